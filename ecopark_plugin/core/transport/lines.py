"""The lines drawn for transport: the routed line of each chosen exchange, and routes between pairs of sites.

:func:`link_lines` follows what :mod:`.plan` chose for each exchange (the road route for truck and
pipeline, the trucks to and from the terminals or ports and the rail or waterway route between them);
:func:`route_pairs` routes given pairs of sites on one network. Lines are in the sites' CRS, with the
straight line where no route is known.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer

from ..model.parameters import Parameters
from .geodesy import WGS84, geodesic_km, lonlat
from .network import Network
from .plan import Plan, road_legs
from .routing import routes, snap


def link_lines(
    plan_: Plan, supplier_pos: np.ndarray, receiver_pos: np.ndarray, modes: np.ndarray, fallback: np.ndarray
) -> np.ndarray:
    """Routed lines (in the sites' CRS) of the given exchanges; ``fallback`` where no route is known."""
    out = np.array(fallback, dtype=object)
    crs = plan_.sites.crs
    nets = plan_.networks
    lon, lat = lonlat(plan_.sites)
    site_xy = _to(crs, lon, lat)

    def road_route(o, dd, directed=True, longest_km=None):
        net = nets.road
        weight = plan_.params.route_weight if directed else "length"
        cutoff = None
        if longest_km is not None and np.isfinite(longest_km):
            # metres, or seconds at walking pace as a safe bound for the fastest route
            cutoff = longest_km * 1000.0 * (1.01 if weight == "length" else 3.6 / 2.0)
        res = routes(
            net,
            plan_.road_snap,
            plan_.road_snap,
            o,
            dd,
            weight=weight,
            directed=directed,
            cutoff=cutoff,
        )
        return [None if r is None else _line_to(net.crs, crs, r) for r in res]

    for mode in ("truck", "pipeline"):
        pick = np.flatnonzero(modes == mode)
        if not len(pick) or nets.road is None or plan_.road_snap is None:
            continue
        legs = plan_.legs_for(supplier_pos[pick], receiver_pos[pick], ids=False)[mode]
        use = pick[legs.route == "network"]
        if not len(use):
            continue
        longest = float(np.nanmax(legs.km[legs.route == "network"]))
        lines = road_route(supplier_pos[use], receiver_pos[use], directed=mode == "truck", longest_km=longest)
        for i, line in zip(use, lines):
            if line is not None:
                out[i] = np.vstack([site_xy[supplier_pos[i]], line, site_xy[receiver_pos[i]]])
    for mode in ("rail", "ship"):
        pick = np.flatnonzero(modes == mode)
        if not len(pick) or mode not in plan_.stops or plan_.stops[mode] is None:
            continue
        legs = plan_.legs_for(supplier_pos[pick], receiver_pos[pick], ids=False)[mode]
        s_lon, s_lat, _, stop_snap, _ = plan_.stops[mode]
        stop_xy = _to(crs, s_lon, s_lat)
        main_net = nets.rail if mode == "rail" else nets.water
        for j, i in enumerate(pick):
            a, b = int(legs.start[j]), int(legs.end[j])
            if a < 0:
                continue
            parts = [site_xy[supplier_pos[i]][None, :], *_truck_leg(plan_, supplier_pos[i], a, mode, True, crs)]
            parts.append(stop_xy[a][None, :])
            if main_net is not None and stop_snap is not None:
                r = routes(main_net, stop_snap, stop_snap, np.array([a]), np.array([b]))[0]
                if r is not None:
                    parts.append(_line_to(main_net.crs, crs, r))
            parts.append(stop_xy[b][None, :])
            parts += [*_truck_leg(plan_, receiver_pos[i], b, mode, False, crs), site_xy[receiver_pos[i]][None, :]]
            out[i] = np.vstack(parts)
    return np.array(
        [g if isinstance(g, shapely.Geometry) else shapely.linestrings(_dedupe(g)) for g in out], dtype=object
    )


def _truck_leg(plan_: Plan, site: int, stop: int, mode: str, outbound: bool, crs) -> list[np.ndarray]:
    """The road route between a site and a terminal or port (empty when it has its own)."""
    net, stop_road = plan_.networks.road, plan_.stops[mode][4]
    if net is None or stop_road is None or plan_.road_snap is None:
        return []
    n_sites = len(plan_.road_snap)
    joint = plan_.road_snap.join(stop_road)
    a, b = (site, n_sites + stop) if outbound else (n_sites + stop, site)
    if not (joint.ok[a] and joint.ok[b]):
        return []
    r = routes(net, joint, joint, np.array([a]), np.array([b]), weight=plan_.params.route_weight)[0]
    return [] if r is None else [_line_to(net.crs, crs, r)]


def _dedupe(xy: np.ndarray) -> np.ndarray:
    keep = np.r_[True, np.any(np.abs(np.diff(xy, axis=0)) > 1e-9, axis=1)]
    xy = xy[keep]
    return xy if len(xy) >= 2 else np.vstack([xy, xy])


def _to(crs, lon, lat) -> np.ndarray:
    x, y = Transformer.from_crs(WGS84, crs, always_xy=True).transform(lon, lat)
    return np.column_stack([x, y])


def _line_to(src_crs, dst_crs, xy: np.ndarray) -> np.ndarray:
    x, y = Transformer.from_crs(src_crs, dst_crs, always_xy=True).transform(xy[:, 0], xy[:, 1])
    return np.column_stack([x, y])


def route_pairs(
    sites: gpd.GeoDataFrame,
    net: Network,
    supplier_pos: np.ndarray,
    receiver_pos: np.ndarray,
    directed: np.ndarray,
    params: Parameters,
) -> pd.DataFrame:
    """Route each (supplier, receiver) pair of ``sites`` positions on ``net``.

    Returns one row per pair: ``route_km`` and ``route_h`` (snap legs included), ``route_status``
    and ``geometry`` (in the sites' CRS; the straight line where there is no route).
    """
    lon, lat = lonlat(sites)
    snapped = snap(net, lon, lat, params.max_snap_m)
    n = len(supplier_pos)
    km = np.full(n, np.nan)
    hours = np.full(n, np.nan)
    status = np.full(n, "", object)
    site_xy = _to(sites.crs, lon, lat)
    geometry = np.array(
        [shapely.linestrings(_dedupe(np.vstack([site_xy[a], site_xy[b]]))) for a, b in zip(supplier_pos, receiver_pos)],
        dtype=object,
    )
    straight = geodesic_km(lon[supplier_pos], lat[supplier_pos], lon[receiver_pos], lat[receiver_pos])
    for flag in (True, False):
        pick = np.flatnonzero(directed == flag)
        if not len(pick):
            continue
        o, d = supplier_pos[pick], receiver_pos[pick]
        k, h, route, why = road_legs(
            net,
            snapped,
            o,
            d,
            straight[pick],
            params,
            np.inf,
            directed=flag,
            weight=params.route_weight if flag else "length",
        )
        km[pick], hours[pick] = k, h
        status[pick] = np.where(
            route == "network", "routed", np.where(route == "estimate", "estimate: a site is not on the network", why)
        )
        lines = routes(net, snapped, snapped, o, d, weight=params.route_weight if flag else "length", directed=flag)
        for i, xy, kind in zip(pick, lines, route):
            if xy is not None and kind == "network":
                geometry[i] = shapely.linestrings(
                    _dedupe(
                        np.vstack(
                            [site_xy[supplier_pos[i]], _line_to(net.crs, sites.crs, xy), site_xy[receiver_pos[i]]]
                        )
                    )
                )
    return pd.DataFrame({"route_km": km, "route_h": hours, "route_status": status, "geometry": geometry})
