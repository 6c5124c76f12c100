"""Exchanges that make no sense are left out before the choice, each with the reason shown to the user.

- within one plant: supplier and receiver are the same plant entered twice (the same operator's name stem
  within :data:`.hygiene.SAME_PLACE_M`), which is internal recycling, not symbiosis;
- two-way swaps: the same stream both ways between two sites; only the direction worth more stays;
- trucks over open sea: without a road network, a truck's straight line may not cross open sea
  (:mod:`..transport.land`); the exchange then needs a ship (ports) or a road network that routes it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..transport.geodesy import geodesic_km
from ..transport.land import crosses_sea
from .hygiene import SAME_PLACE_M, same_operator
from .reasons import tr


def drop_nonsense(ex: pd.DataFrame, sites: pd.DataFrame, lon: np.ndarray, lat: np.ndarray) -> pd.DataFrame:
    """Mark candidates within one plant and the weaker half of two-way swaps not feasible, with a reason."""
    if not len(ex):
        return ex
    ex = ex.copy()
    pos = {sid: i for i, sid in enumerate(sites["site_id"])}
    stems = np.array(list(sites["name"]), dtype=object)
    s = ex["supplier"].map(pos).to_numpy(int)
    r = ex["receiver"].map(pos).to_numpy(int)
    km = geodesic_km(lon[s], lat[s], lon[r], lat[r])
    near = km * 1000.0 <= SAME_PLACE_M
    same = near & np.array([bool(n) and same_operator(stems[i], stems[j]) for n, i, j in zip(near, s, r)], dtype=bool)
    ex.loc[same & ex["feasible"].to_numpy(bool), "reason"] = tr(
        "one plant: supplier and receiver are the same operator at the same place"
    )
    ex.loc[same, "feasible"] = False
    # the same stream both ways between two sites: keep the direction worth more
    feasible = ex[ex["feasible"].astype(bool)]
    best = feasible.groupby(["supplier", "receiver", "stream"])["net_benefit"].max()
    back = best.rename_axis(["receiver", "supplier", "stream"]).reorder_levels(["supplier", "receiver", "stream"])
    both = best.index.intersection(back.index)
    if len(both):
        weaker = [k for k in both if (best[k], k[0]) < (back[k], k[1])]
        key = pd.MultiIndex.from_frame(ex[["supplier", "receiver", "stream"]])
        hit = key.isin(weaker) & ex["feasible"].to_numpy(bool)
        ex.loc[hit, "reason"] = tr(
            "two-way swap: the same stream goes the other way between these sites with more value"
        )
        ex.loc[hit, "feasible"] = False
    return ex


def mark_sea_crossings(cand: pd.DataFrame, lon: np.ndarray, lat: np.ndarray, catalogue, networks) -> pd.DataFrame:
    """Add ``sea_crossing``: the straight line of a candidate that may go by truck crosses open sea, which no
    detour factor makes drivable. With a road network the route itself decides, so nothing is marked."""
    cand = cand.copy()
    cand["sea_crossing"] = False
    if not len(cand) or (networks is not None and getattr(networks, "road", None) is not None):
        return cand
    truck = catalogue.rules.set_index("rule_id")["modes"].map(lambda m: "truck" in m)
    rows = np.flatnonzero(cand["rule_id"].map(truck).fillna(False).to_numpy(bool))
    if len(rows):
        s = cand["supplier_pos"].to_numpy(int)[rows]
        r = cand["receiver_pos"].to_numpy(int)[rows]
        pairs = np.unique(np.column_stack([s, r]), axis=0)
        hit = crosses_sea(lon[pairs[:, 0]], lat[pairs[:, 0]], lon[pairs[:, 1]], lat[pairs[:, 1]])
        over = {(a, b) for (a, b), h in zip(pairs.tolist(), hit) if h}
        flags = np.array([(a, b) in over for a, b in zip(s.tolist(), r.tolist())], dtype=bool)
        cand.loc[cand.index[rows], "sea_crossing"] = flags
    return cand
