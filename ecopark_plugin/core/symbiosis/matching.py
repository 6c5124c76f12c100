"""Candidate exchanges: (supplier stream, receiver need) pairs that a catalogue rule links, within reach.

Pairs are searched per rule with a KD-tree over the sites' points on the unit sphere, so the work
grows with the number of pairs actually within reach, never with all pairs of sites.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from ..transport.geodesy import chord_radius, geodesic_km, unit_vectors
from .catalogue import MODES, Catalogue, nace_matches

#: candidates up to this multiple of the longest allowed distance are kept, marked too far, so
#: that the user sees why a plausible partner was left out
TOO_FAR_MARGIN = 1.5


def _rule_index(catalogue: Catalogue):
    by_key: dict[str, list[int]] = defaultdict(list)
    by_ewc: dict[str, list[int]] = defaultdict(list)
    by_input: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, r in catalogue.rules.iterrows():
        for key in (r["stream"], *r["aliases"]):
            by_key[key].append(i)
            by_input[key].append((i, "stream"))
        for code in r["ewc_codes"]:
            by_ewc[code].append(i)
        for key in (r["substitutes"], *r["substitutes_aliases"]):
            by_input[key].append((i, "virgin"))
    return by_key, by_ewc, by_input


def reach_km(rule: pd.Series, modes) -> float:
    """Longest allowed transport distance of a rule over the modes in use (NaN if none)."""
    values = [rule[f"max_km_{m}"] for m in MODES if m in rule["modes"] and m in modes]
    values = [v for v in values if v == v]
    return max(values) if values else float("nan")


def find_candidates(
    sites: pd.DataFrame,
    streams: pd.DataFrame,
    catalogue: Catalogue,
    lon: np.ndarray,
    lat: np.ndarray,
    detour_factor: float,
    modes=MODES,
    progress=None,
    is_cancelled=None,
) -> pd.DataFrame:
    """List every candidate exchange.

    Parameters
    ----------
    sites
        Validated sites (``site_id``, ``nace``), in the order of ``lon``/``lat``.
    streams
        User and inferred streams (see :func:`profiles.infer_streams`).
    lon, lat
        Anchor point of each site, degrees WGS 84.
    detour_factor
        Transport distance over straight distance; shrinks the search radius accordingly.

    Returns
    -------
    DataFrame
        One row per (supplier stream, receiver, rule): ``supplier``, ``receiver``, ``rule_id``,
        ``supply_row`` and ``demand_row`` (indices into ``streams``, ``-1`` for a receiver found by
        its sector alone), ``relation`` (``virgin``/``stream``/``sector``), ``supply``, ``demand``
        (stream units, NaN when unknown), ``confidence``, ``straight_km`` and ``reach_km``.
    """
    by_key, by_ewc, by_input = _rule_index(catalogue)
    rules = catalogue.rules
    site_pos = {sid: i for i, sid in enumerate(sites["site_id"])}
    xyz = unit_vectors(lon, lat)
    nace = sites["nace"].tolist()

    supplies: dict[int, list[int]] = defaultdict(list)  # rule -> stream rows
    demands: dict[int, list[tuple[int, str]]] = defaultdict(list)
    streams = streams.reset_index(drop=True)
    origin = streams["origin"].tolist() if "origin" in streams else ["user"] * len(streams)
    for row, s in streams.iterrows():
        if s["direction"] == "output":
            hits = set(by_key.get(s["stream"], ())) | set(by_ewc.get(s["ewc"], ()) if s["ewc"] else ())
            for i in hits:
                if rules.at[i, "unit"] == s["unit"]:
                    supplies[i].append(row)
        else:
            for i, relation in by_input.get(s["stream"], ()):
                if rules.at[i, "unit"] == s["unit"]:
                    demands[i].append((row, relation))
    # a need that names the by-product itself takes the uses of the receiver's sector when there
    # are any (steam for a refinery, not steam for a dairy); otherwise every use of that stream
    fits_some_use = {
        row: any(
            nace_matches(nace[site_pos[streams.at[row, "site_id"]]], rules.at[i, "receiver_nace"])
            for i, rel in by_input.get(streams.at[row, "stream"], ())
            if rel == "stream"
        )
        for row in streams.index[streams["direction"] == "input"]
    }

    records = []
    n_rules = len(rules)
    for k, (i, rule) in enumerate(rules.iterrows()):
        if is_cancelled and is_cancelled():
            break
        if progress:
            progress(100.0 * k / max(n_rules, 1))
        if i not in supplies:
            continue
        reach = reach_km(rule, modes)
        if reach != reach:
            continue
        # a need named by its virgin material fits only the uses of the receiver's sector (gypsum
        # for plasterboard is not gypsum for cement); a need that names the by-product itself fits any
        receivers = [
            (row, rel, pos)
            for row, rel in demands.get(i, ())
            for pos in [site_pos[streams.at[row, "site_id"]]]
            if nace_matches(nace[pos], rule["receiver_nace"]) or (rel == "stream" and not fits_some_use[row])
        ]
        # a receiver takes only what it declared or its sector profile names, within that quantity: a site
        # whose sector has no input profile takes nothing (it would otherwise take any amount of anything)
        if not receivers:
            continue
        recv_pos = np.array([p for _, _, p in receivers])
        tree = cKDTree(xyz[recv_pos])
        # a stream the user entered fits every use of it; one inferred from a sector profile only the uses
        # whose rule names the supplier's sector (cooling water from a refinery to a power station, not
        # a power station's warm discharge to another power station)
        supply_rows = [
            r
            for r in supplies[i]
            if origin[r] != "inferred" or nace_matches(nace[site_pos[streams.at[r, "site_id"]]], rule["supplier_nace"])
        ]
        if not supply_rows:
            continue
        sup_pos = np.array([site_pos[streams.at[r, "site_id"]] for r in supply_rows])
        radius = chord_radius(reach * TOO_FAR_MARGIN / detour_factor)
        for srow, spos, hits in zip(supply_rows, sup_pos, tree.query_ball_point(xyz[sup_pos], radius)):
            for h in hits:
                drow, relation, rpos = receivers[h]
                if rpos == spos:
                    continue
                supply = streams.at[srow, "quantity"]
                if drow < 0:
                    demand, d_conf = np.nan, 0.5
                else:
                    demand = streams.at[drow, "quantity"]
                    if relation == "virgin":
                        demand = demand / rule["substitution_ratio"]
                    d_conf = streams.at[drow, "confidence"]
                records.append(
                    (
                        sites["site_id"].iat[spos],
                        sites["site_id"].iat[rpos],
                        rule["rule_id"],
                        srow,
                        drow,
                        relation,
                        supply,
                        demand,
                        min(streams.at[srow, "confidence"], d_conf),
                        spos,
                        rpos,
                        reach,
                    )
                )
    cols = [
        "supplier",
        "receiver",
        "rule_id",
        "supply_row",
        "demand_row",
        "relation",
        "supply",
        "demand",
        "confidence",
        "supplier_pos",
        "receiver_pos",
        "reach_km",
    ]
    cand = pd.DataFrame.from_records(records, columns=cols)
    if len(cand):
        cand["straight_km"] = geodesic_km(
            lon[cand["supplier_pos"]],
            lat[cand["supplier_pos"]],
            lon[cand["receiver_pos"]],
            lat[cand["receiver_pos"]],
        )
        cand = cand[cand["straight_km"] * detour_factor <= cand["reach_km"] * TOO_FAR_MARGIN]
    else:
        cand["straight_km"] = pd.Series(dtype=float)
    if progress:
        progress(100.0)
    return cand.reset_index(drop=True)
