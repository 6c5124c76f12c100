"""Siting eco-parks: clusters of existing sites with strong exchange potential.

The *potential* network joins two sites when at least one feasible candidate exchange between them
pays (positive net benefit), whether or not the optimiser chose it; an edge weighs the net benefit of
all those candidates (EUR/yr, both directions summed). Its communities are found with the Louvain
method (:func:`networkx.community.louvain_communities`): it maximises weighted modularity like the
greedy (Clauset-Newman-Moore) method but scales to thousands of sites and usually reaches a higher
modularity; a fixed seed makes it reproducible. Communities of one site are dropped.

Totals of a cluster count its internal candidates (both ends inside) without counting a supplier's
stream twice: each supplier stream is counted once, at its best candidate inside the cluster (the
highest net benefit). This is a floor for a stream that could be split among several receivers;
a receiver's need fed by two suppliers is not deduplicated.

The proposed park boundary is the convex hull of the members' geometries buffered by a margin in
metres, drawn in an azimuthal equidistant projection centred on the hull (as the protection zones
are, :mod:`.zones`), and measured on the ellipsoid.
"""

from __future__ import annotations

import geopandas as gpd
import networkx as nx
import numpy as np
import pandas as pd
import shapely

from ..model.errors import InputError, InputProblem
from ..model.i18n import translator
from ..zones.protection import QUAD_SEGMENTS, LocalFrames, geodesic_area_ha

#: the checks of what this module is given, in the run's language
tr = translator("SitingErrors")

#: margin around the members' convex hull, metres. An assumption (not a planning norm): room for
#: the sites' own plots, which are given as points, and for shared roads and pipes between them
DEFAULT_MARGIN_M = 500.0
#: longest candidate exchange (km, by its mode's distance) counted as potential between members of one park.
#: Assumption (EcoPark 2026): partners of a park share pipes and short truck runs; Kalundborg's documented
#: partners lie within about 10 km. Without a cap, exchanges that pay over 100 km join whole regions into one
#: "park" (all of Denmark's facilities give 5 clusters, the largest 12.8 Mha). 0 removes the cap.
DEFAULT_MAX_LINK_KM = 30.0
#: seed of the Louvain method, so that a run gives the same clusters every time
DEFAULT_SEED = 42
#: columns of the exchanges table that :func:`exchange_clusters` reads
EXCHANGE_COLUMNS = (
    "supplier",
    "receiver",
    "stream",
    "unit",
    "quantity",
    "net_benefit",
    "co2_avoided_t",
    "feasible",
)
#: columns of the clusters frame, before ``geometry``
CLUSTER_COLUMNS = (
    "cluster_id",
    "n_sites",
    "members",
    "member_ids",
    "anchor",
    "anchor_name",
    "n_candidates",
    "tonnes",
    "mwh",
    "m3",
    "net_benefit",
    "co2_avoided_t",
    "margin_m",
    "area_ha",
)
#: columns of the members frame, before ``geometry``
MEMBER_COLUMNS = ("site_id", "name", "cluster_id", "weighted_degree", "anchor")


def potential_graph(
    exchanges: pd.DataFrame, min_benefit: float = 0.0, max_link_km: float = DEFAULT_MAX_LINK_KM
) -> nx.Graph:
    """Undirected graph of the feasible candidates that pay at least ``min_benefit`` (and more than 0) and are
    no longer than ``max_link_km`` (0: any length).

    An edge's ``weight`` is the summed net benefit (EUR/yr) of the candidates between its two sites,
    in either direction; ``candidates`` counts them.
    """
    usable = _usable(exchanges, min_benefit, max_link_km)
    graph = nx.Graph()
    pairs = pd.DataFrame(
        {
            "a": np.minimum(usable["supplier"].astype(str), usable["receiver"].astype(str)),
            "b": np.maximum(usable["supplier"].astype(str), usable["receiver"].astype(str)),
            "net_benefit": usable["net_benefit"].astype(float),
        }
    )
    summed = pairs.groupby(["a", "b"])["net_benefit"].agg(["sum", "size"])
    for (a, b), row in summed.iterrows():
        graph.add_edge(a, b, weight=float(row["sum"]), candidates=int(row["size"]))
    return graph


def _usable(exchanges: pd.DataFrame, min_benefit: float, max_link_km: float = DEFAULT_MAX_LINK_KM) -> pd.DataFrame:
    net = pd.to_numeric(exchanges["net_benefit"], errors="coerce")
    near = pd.Series(True, index=exchanges.index)
    if max_link_km and max_link_km > 0 and "distance_km" in exchanges.columns:  # a run's exchanges always have it
        near = pd.to_numeric(exchanges["distance_km"], errors="coerce") <= max_link_km
    keep = (
        near
        & exchanges["feasible"].fillna(False).astype(bool)
        & (net > 0)
        & (net >= min_benefit)
        & (exchanges["supplier"].astype(str) != exchanges["receiver"].astype(str))
    )
    return exchanges[keep.to_numpy()]


def _check(sites: gpd.GeoDataFrame, exchanges: pd.DataFrame, layer: str) -> None:
    problems = [
        InputProblem(layer, tr("missing field (use the exchanges output of 'Find symbiosis exchanges')"), field=c)
        for c in EXCHANGE_COLUMNS
        if c not in exchanges.columns
    ]
    problems += [
        InputProblem("sites", tr("missing field (use the sites output of 'Find symbiosis exchanges')"), field=c)
        for c in ("site_id", "name")
        if c not in sites.columns
    ]
    if problems:
        raise InputError(problems)
    known = set(sites["site_id"].astype(str))
    for column in ("supplier", "receiver"):
        unknown = exchanges.index[~exchanges[column].astype(str).isin(known)]
        if len(unknown):
            first = exchanges.loc[unknown[0], column]
            raise InputError.single(
                layer,
                f"site '{first}' is not in the sites layer ({len(unknown)} exchanges name unknown sites)",
                feature=unknown[0],
                field=column,
            )


def _totals(inside: pd.DataFrame) -> dict:
    """Totals of a cluster's internal candidates, each supplier stream counted once at its best use."""
    best = inside.sort_values("net_benefit", ascending=False, kind="stable").drop_duplicates(["supplier", "stream"])
    quantity = best["quantity"].astype(float)
    return {
        "n_candidates": int(len(inside)),
        "tonnes": float(quantity[best["unit"] == "t"].sum()),
        "mwh": float(quantity[best["unit"] == "MWh"].sum()),
        "m3": float(quantity[best["unit"] == "m3"].sum()),
        "net_benefit": float(best["net_benefit"].astype(float).sum()),
        "co2_avoided_t": float(best["co2_avoided_t"].astype(float).sum()),
    }


def park_boundaries(sites: gpd.GeoDataFrame, groups: list[list[int]], margin_m: float) -> gpd.GeoSeries:
    """One polygon per group of site rows: their convex hull buffered by ``margin_m`` metres, in the sites' CRS.

    The hull and the buffer are drawn in an azimuthal equidistant projection centred on the hull.
    """
    if margin_m <= 0:
        raise ValueError(f"park margin must be more than 0 m, got {margin_m}")
    unions = [shapely.union_all(sites.geometry.iloc[rows].to_numpy()) for rows in groups]
    hulls = gpd.GeoDataFrame(geometry=[u.convex_hull for u in unions], crs=sites.crs)
    frames = LocalFrames(hulls)
    out = [
        frames.from_local(i, shapely.buffer(frames.to_local(i, union).convex_hull, margin_m, quad_segs=QUAD_SEGMENTS))
        for i, union in enumerate(unions)
    ]
    return gpd.GeoSeries(out, crs=sites.crs)


def exchange_clusters(
    sites: gpd.GeoDataFrame,
    exchanges: pd.DataFrame,
    min_benefit: float = 0.0,
    resolution: float = 1.0,
    margin_m: float = DEFAULT_MARGIN_M,
    seed: int = DEFAULT_SEED,
    layer: str = "exchanges",
    max_link_km: float = DEFAULT_MAX_LINK_KM,
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Clusters of sites with strong exchange potential, each with a proposed park boundary.

    Parameters
    ----------
    sites
        The sites (``site_id``, ``name``, geometry), e.g. the sites output of a run.
    exchanges
        Every candidate exchange of a run (see :data:`EXCHANGE_COLUMNS`), chosen or not.
    min_benefit
        Candidates paying less than this (EUR/yr) are left out of the network; those paying 0 or
        less always are.
    resolution
        Louvain resolution: above 1 gives more, smaller clusters; below 1 fewer, larger ones.
    margin_m
        Margin around the members' convex hull, metres (default :data:`DEFAULT_MARGIN_M`, an assumption).
    seed
        Seed of the Louvain method.
    layer
        Name of the exchanges layer, for error messages.
    max_link_km
        Candidates longer than this (km, their ``distance_km``) are not potential within one park (default
        :data:`DEFAULT_MAX_LINK_KM`, an assumption; 0: no cap; a table without ``distance_km`` is not capped).

    Returns
    -------
    clusters
        One row per cluster of two sites or more (:data:`CLUSTER_COLUMNS`, polygon geometry), ``cluster_id``
        1 for the largest potential net benefit. ``net_benefit`` (EUR/yr), ``co2_avoided_t`` (net t CO2/yr),
        ``tonnes``, ``mwh`` and ``m3`` follow the module's counting rule; ``area_ha`` is geodesic.
    members
        One row per member site (:data:`MEMBER_COLUMNS`, the site's geometry); ``weighted_degree`` is the
        summed weight (EUR/yr) of its links inside its cluster and ``anchor`` marks the largest one.

    Raises
    ------
    InputError
        A field is missing, or an exchange names a site not in ``sites``.
    """
    _check(sites, exchanges, layer)
    if resolution <= 0:
        raise ValueError(f"resolution must be more than 0, got {resolution}")
    graph = potential_graph(exchanges, min_benefit, max_link_km)
    communities = nx.community.louvain_communities(graph, weight="weight", resolution=resolution, seed=seed)
    communities = [sorted(c) for c in communities if len(c) > 1]

    usable = _usable(exchanges, min_benefit, max_link_km)
    supplier, receiver = usable["supplier"].astype(str), usable["receiver"].astype(str)
    site_ids = sites["site_id"].astype(str)
    names = dict(zip(site_ids, sites["name"]))
    row_of = {sid: i for i, sid in enumerate(site_ids)}
    found = []
    for members in communities:
        inside = usable[(supplier.isin(members) & receiver.isin(members)).to_numpy()]
        strength = dict(graph.subgraph(members).degree(weight="weight"))
        # the anchor: the largest weighted degree inside the cluster (a tie goes to the first id)
        anchor = min(members, key=lambda m: (-strength[m], m))
        found.append((members, strength, anchor, _totals(inside)))
    # ranked by potential benefit, then size; the site ids break a tie so the order never depends on chance
    found.sort(key=lambda f: (-f[3]["net_benefit"], -len(f[0]), f[0]))

    boundaries = (
        park_boundaries(sites, [[row_of[m] for m in f[0]] for f in found], margin_m)
        if found
        else gpd.GeoSeries([], crs=sites.crs)
    )
    rows, member_rows = [], []
    for number, (members, strength, anchor, totals) in enumerate(found, start=1):
        by_strength = sorted(members, key=lambda m: (-strength[m], m))
        rows.append(
            {
                "cluster_id": number,
                "n_sites": len(members),
                "members": "; ".join(str(names[m]) for m in by_strength),
                "member_ids": "; ".join(by_strength),
                "anchor": anchor,
                "anchor_name": names[anchor],
                **totals,
                "margin_m": float(margin_m),
            }
        )
        member_rows += [
            {
                "site_id": m,
                "name": names[m],
                "cluster_id": number,
                "weighted_degree": float(strength[m]),
                "anchor": m == anchor,
                "geometry": sites.geometry.iloc[row_of[m]],
            }
            for m in by_strength
        ]
    clusters = gpd.GeoDataFrame(
        pd.DataFrame(rows, columns=[c for c in CLUSTER_COLUMNS if c != "area_ha"]),
        geometry=boundaries.reset_index(drop=True),
        crs=sites.crs,
    )
    clusters.insert(len(CLUSTER_COLUMNS) - 1, "area_ha", geodesic_area_ha(clusters.geometry))
    members_frame = gpd.GeoDataFrame(
        pd.DataFrame(member_rows, columns=[*MEMBER_COLUMNS, "geometry"]), geometry="geometry", crs=sites.crs
    )
    return clusters, members_frame
