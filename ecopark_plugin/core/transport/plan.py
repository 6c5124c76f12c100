"""Transport modes on real networks: distances per mode and mode chain, and the routed lines.

For each candidate pair (supplier, receiver) and each mode the pair's rule allows:

* **truck**: the road network route (shortest, or fastest with ``route_weight='time'``), plus the
  short straight legs from each site to the point where it meets the road. Without a road network,
  or for a site farther than ``max_snap_m`` from any road, the straight line times the detour
  factor (an estimate, flagged in ``route``);
* **rail**: rail network distance between rail terminals (a terminals layer, and any site within
  ``own_terminal_m`` of a rail line, which then has its own siding), with trucks to and from the
  terminals where needed: ``truck+rail+truck``;
* **ship**: between ports (a ports layer), along a waterway network when one is given or else the
  straight line times ``sea_detour_factor``, with trucks to and from the ports: ``truck+ship+truck``;
* **pipeline**: along the roads (ignoring one-way rules) when ``pipeline_route='roads'`` and a road
  network is given, else the straight line times the detour factor.

For the chains, every combination of the ``TERMINALS_PER_SITE`` nearest terminals or ports of each
end is priced per tonne and the cheapest kept. :func:`evaluate` then prices each mode and keeps the
cheapest feasible one, unless the user allows only one mode.

The lines drawn for the chosen exchanges and for routed pairs are :mod:`.lines`'.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd

from ..model.errors import Cancelled, InputError
from ..model.i18n import translator
from ..model.parameters import Parameters
from ..symbiosis.catalogue import Catalogue
from .geodesy import geodesic_km, lonlat
from .network import Network
from .routing import Snapped, pair_costs, snap

#: the checks of the ports and terminals, in the run's language
tr = translator("InputErrors")

#: how many nearest terminals or ports of each end are tried for a rail or sea chain
TERMINALS_PER_SITE = 3


@dataclass
class Networks:
    """The infrastructure a user gave: any of them may be missing."""

    road: Network | None = None
    rail: Network | None = None
    water: Network | None = None
    #: points: seaports or inland ports (a ``name`` column is used in labels when present)
    ports: gpd.GeoDataFrame | None = None
    #: points: rail freight terminals
    terminals: gpd.GeoDataFrame | None = None
    #: the road router: a function with :func:`.routing.pair_costs`'s arguments and result (metres and seconds
    #: of each pair), e.g. pgRouting's in ``qgis_io.pgrouting``; None: the in-process router
    road_costs: Callable | None = None


@dataclass
class Legs:
    """One mode's transport between the two ends of each candidate pair (arrays over pairs)."""

    mode: str
    #: main haul, km (NaN: the mode cannot serve the pair; ``why`` says why)
    km: np.ndarray
    #: truck legs to and from terminals or ports, km
    access_km: np.ndarray
    #: travel time of the whole chain, hours (NaN for pipelines)
    hours: np.ndarray
    #: e.g. ``truck``, ``truck+ship+truck``
    chain: np.ndarray
    #: ``network``, ``straight`` or ``estimate`` (a site not on the network)
    route: np.ndarray
    #: terminal or port names, ``A -> B``, for chains
    via: np.ndarray
    why: np.ndarray
    #: chosen terminal or port at each end (-1: none)
    start: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    end: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))

    def take(self, index: np.ndarray) -> Legs:
        return Legs(self.mode, *(getattr(self, f)[index] for f in list(self.__dataclass_fields__)[1:]))

    @classmethod
    def none(cls, mode: str, n: int, why: str = "", chain: str | None = None) -> Legs:
        """Legs for ``n`` pairs that the mode does not serve (yet): NaN km, ``why`` for each."""
        text = lambda value: np.full(n, value, object)  # noqa: E731
        return cls(
            mode,
            np.full(n, np.nan),
            np.zeros(n),
            np.full(n, np.nan),
            text(chain or mode),
            text(""),
            text(""),
            text(why),
            np.full(n, -1, np.int64),
            np.full(n, -1, np.int64),
        )


@dataclass
class Plan:
    """Transport worked out for a set of candidate pairs, kept to draw the chosen routes."""

    networks: Networks
    params: Parameters
    sites: gpd.GeoDataFrame
    pairs: pd.DataFrame  # supplier, receiver (site positions), straight_km
    legs: dict[str, Legs]
    site_report: pd.DataFrame
    road_snap: Snapped | None = None
    rail_snap: Snapped | None = None
    stops: dict = field(
        default_factory=dict
    )  # mode -> (GeoDataFrame of terminals, Snapped on main net, Snapped on road)

    def legs_for(self, supplier: np.ndarray, receiver: np.ndarray, ids: bool = True) -> dict[str, Legs]:
        """The legs of each candidate, looked up by its supplier and receiver (site ids, or
        positions in ``sites`` when ``ids`` is false)."""
        if ids:
            pos = pd.Series(np.arange(len(self.sites)), index=self.sites["site_id"].to_numpy())
            supplier_pos, receiver_pos = pos.loc[supplier].to_numpy(), pos.loc[receiver].to_numpy()
        else:
            supplier_pos, receiver_pos = supplier, receiver
        key = pd.MultiIndex.from_arrays([self.pairs["supplier"], self.pairs["receiver"]])
        index = key.get_indexer(pd.MultiIndex.from_arrays([supplier_pos, receiver_pos]))
        if (index < 0).any():
            raise ValueError("a candidate pair was not planned")
        return {mode: legs.take(index) for mode, legs in self.legs.items()}


def _edge_speed(net: Network, s: Snapped) -> np.ndarray:
    """Metres per second of the edge each point snapped to (for the short leg to it)."""
    m, t = net.length_m[s.edge], net.time_s[s.edge]
    return np.where(t > 0, m / np.maximum(t, 1e-9), 1.0)


def road_legs(
    net: Network | None,
    snapped: Snapped | None,
    o: np.ndarray,
    d: np.ndarray,
    straight_km: np.ndarray,
    params: Parameters,
    cutoff_km: float,
    directed: bool = True,
    weight: str = "length",
    progress=None,
    is_cancelled=None,
    costs: Callable | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Road km, hours, route kind and reason for pairs of sites ``o -> d`` (positions); ``costs`` is the
    router (:attr:`Networks.road_costs`; None: :func:`.routing.pair_costs`)."""
    n = len(o)
    estimate_km = straight_km * params.detour_factor
    estimate_h = estimate_km / params.truck_estimate_kmh
    if net is None or snapped is None:
        return estimate_km, estimate_h, np.full(n, "straight", object), np.full(n, "", object)
    metres, seconds = (costs or pair_costs)(
        net,
        snapped,
        snapped,
        o,
        d,
        cutoff=cutoff_km * 1000.0,
        weight=weight if directed else "length",
        directed=directed,
        progress=progress,
        is_cancelled=is_cancelled,
    )
    speed = _edge_speed(net, snapped)
    access_m = snapped.snap_m[o] + snapped.snap_m[d]
    access_s = snapped.snap_m[o] / speed[o] + snapped.snap_m[d] / speed[d]
    km = (metres + access_m) / 1000.0
    hours = (seconds + access_s) / 3600.0
    route = np.full(n, "network", object)
    why = np.full(n, "", object)
    off = ~snapped.ok[o] | ~snapped.ok[d]
    km[off], hours[off], route[off] = estimate_km[off], estimate_h[off], "estimate"
    lost = np.isnan(km)
    if lost.any():
        same = snapped.component[o] == snapped.component[d]
        why[lost & same] = f"no road route within {cutoff_km:,.0f} km"
        why[lost & ~same] = "no road route: the two sites are on road networks that do not connect"
    return km, hours, route, why


def plan(
    sites: gpd.GeoDataFrame,
    candidates: pd.DataFrame,
    catalogue: Catalogue,
    params: Parameters,
    networks: Networks | None,
    progress: Callable[[float, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Plan:
    """Transport of every candidate pair by every mode that has what it needs.

    ``sites`` are the validated sites in the order the candidates' positions refer to;
    ``candidates`` carry ``supplier``/``receiver`` site ids, ``rule_id`` and ``straight_km``.
    """
    networks = networks or Networks()
    lon, lat = lonlat(sites)
    pos = {sid: i for i, sid in enumerate(sites["site_id"])}
    rules = catalogue.rules.set_index("rule_id")
    cand = candidates.assign(
        o=candidates["supplier"].map(pos).to_numpy(int), d=candidates["receiver"].map(pos).to_numpy(int)
    )
    modes_of = rules["modes"].reindex(cand["rule_id"]).to_numpy()
    pairs = (
        pd.DataFrame({"supplier": cand["o"], "receiver": cand["d"], "straight_km": cand["straight_km"]})
        .drop_duplicates(["supplier", "receiver"])
        .reset_index(drop=True)
    )
    o, d = pairs["supplier"].to_numpy(int), pairs["receiver"].to_numpy(int)
    straight = pairs["straight_km"].to_numpy(float)
    n = len(pairs)

    def limit(mode: str) -> float:
        values = rules.loc[cand["rule_id"][[mode in m for m in modes_of]], f"max_km_{mode}"].astype(float)
        values = values[np.isfinite(values)]
        return float(values.max()) * 1.5 if len(values) else 0.0

    def needs(mode: str) -> np.ndarray:
        """Pairs with at least one candidate whose rule allows ``mode``."""
        if mode not in params.modes:
            return np.zeros(n, bool)
        allowed = cand[[mode in m for m in modes_of]]
        key = pd.MultiIndex.from_arrays([allowed["o"], allowed["d"]]).unique()
        return pd.MultiIndex.from_arrays([o, d]).isin(key)

    def step(share, text):
        if is_cancelled and is_cancelled():
            raise Cancelled("cancelled by the user")
        if progress:
            progress(share, text)

    report = pd.DataFrame({"site_id": sites["site_id"].to_numpy()})
    road_snap = None
    if networks.road is not None:
        step(0, "Snapping sites to the road network")
        road_snap = snap(networks.road, lon, lat, params.max_snap_m)
        if len(road_snap) and not road_snap.ok.any():
            raise InputError.single(
                networks.road.layer or "road network",
                f"none of the {len(road_snap)} sites lies within {params.max_snap_m:,.0f} m of this road network (the "
                f"nearest is {np.nanmin(road_snap.snap_m) / 1000:,.1f} km away): is it the network of this area, in "
                "the right CRS?",
            )
        report["road_snap_m"] = road_snap.snap_m
        report["road_component"] = road_snap.component
    legs: dict[str, Legs] = {}

    # truck
    step(5, "Road distances")
    need = needs("truck")
    truck = Legs.none("truck", n, "truck not allowed for this stream")
    if need.any():
        idx = np.flatnonzero(need)
        truck.km[idx], truck.hours[idx], truck.route[idx], truck.why[idx] = road_legs(
            networks.road,
            road_snap,
            o[idx],
            d[idx],
            straight[idx],
            params,
            limit("truck"),
            weight=params.route_weight,
            progress=lambda p: progress and progress(5 + 0.4 * p, "Road distances"),
            is_cancelled=is_cancelled,
            costs=networks.road_costs,
        )
    legs["truck"] = truck

    # pipeline
    step(45, "Pipeline distances")
    need = needs("pipeline")
    pipe = Legs.none("pipeline", n)
    pipe.km[:] = straight * params.detour_factor
    pipe.route[:] = "straight"
    if need.any() and params.pipeline_route == "roads" and networks.road is not None:
        idx = np.flatnonzero(need)
        k, _, r, _ = road_legs(
            networks.road,
            road_snap,
            o[idx],
            d[idx],
            straight[idx],
            params,
            limit("pipeline"),
            directed=False,
            is_cancelled=is_cancelled,
            costs=networks.road_costs,
        )
        # a pipe can still be laid straight where the roads do not connect
        pipe.km[idx] = np.where(np.isnan(k), pipe.km[idx], k)
        pipe.route[idx] = np.where(np.isnan(k), "straight", r)
    legs["pipeline"] = pipe

    stops = {}
    rail_snap = None
    if networks.rail is not None and needs("rail").any():
        step(55, "Rail distances")
        rail_snap = snap(networks.rail, lon, lat, params.max_snap_m)
        report["rail_snap_m"] = rail_snap.snap_m
        legs["rail"], stops["rail"] = _chain_legs(
            "rail",
            networks.rail,
            networks.terminals,
            rail_snap,
            networks,
            road_snap,
            lon,
            lat,
            o,
            d,
            needs("rail"),
            params,
            limit("rail"),
            is_cancelled,
        )
    if networks.ports is not None and len(networks.ports) >= 2 and needs("ship").any():
        step(75, "Sea distances")
        legs["ship"], stops["ship"] = _chain_legs(
            "ship",
            networks.water,
            networks.ports,
            None,
            networks,
            road_snap,
            lon,
            lat,
            o,
            d,
            needs("ship"),
            params,
            limit("ship"),
            is_cancelled,
        )
    for mode in ("rail", "ship"):
        if mode not in legs:
            missing = "a rail network" if mode == "rail" else "a ports layer with two ports or more"
            legs[mode] = Legs.none(mode, n, f"{mode} needs {missing}")
    step(95, "Checking sites on the networks")
    report = _flag_sites(report, sites, road_snap, params, networks)
    return Plan(networks, params, sites, pairs, legs, report, road_snap, rail_snap, stops)


def _flag_sites(report, sites, road_snap, params, networks) -> pd.DataFrame:
    """One message per site that the road network does not serve well."""
    status = np.full(len(report), "ok", object)
    if road_snap is not None:
        far = ~road_snap.ok
        status[far] = [
            f"not snapped: nearest road {m:,.0f} m away > {params.max_snap_m:,.0f} m; straight-line estimate used"
            for m in road_snap.snap_m[far]
        ]
        cut = road_snap.ok & (road_snap.component != 0)
        sizes = pd.Series(road_snap.component).map(pd.Series(networks.road.component()).value_counts())
        status[cut] = [f"on a road piece of {int(s)} junctions cut off from the main road network" for s in sizes[cut]]
    report["status"] = status
    report["name"] = sites["name"].to_numpy()
    return report


def _chain_legs(
    mode,
    main_net,
    stops_layer,
    site_main_snap,
    networks,
    road_snap,
    lon,
    lat,
    o,
    d,
    need,
    params,
    limit_km,
    is_cancelled,
):
    """Legs for rail or ship: truck to a terminal, the main haul, truck from a terminal."""
    n = len(o)
    n_sites = len(lon)
    # the stops: a layer's points, and (for rail) every site close enough to have its own siding
    if stops_layer is not None and len(stops_layer):
        slon, slat = lonlat(stops_layer)
        names = _names(stops_layer, "terminal" if mode == "rail" else "port")
    else:
        slon = slat = np.zeros(0)
        names = np.zeros(0, object)
    own = np.zeros(n_sites, bool)
    if mode == "rail":
        own = site_main_snap.snap_m <= params.own_terminal_m
    all_lon = np.concatenate([slon, lon[own]])
    all_lat = np.concatenate([slat, lat[own]])
    site_stop = np.full(n_sites, -1, np.int64)
    site_stop[own] = len(slon) + np.arange(own.sum())
    names = np.concatenate([names, np.full(own.sum(), "siding", object)])
    n_stops = len(all_lon)
    chain_name = "truck+rail+truck" if mode == "rail" else "truck+ship+truck"
    rate = params.rail_eur_per_tkm if mode == "rail" else params.ship_eur_per_tkm
    speed = params.rail_kmh if mode == "rail" else params.ship_kmh
    if n_stops < 2 or not need.any():
        return Legs.none(mode, n, f"{mode}: fewer than two terminals or ports", chain_name), None
    # main haul between stops
    stop_snap = None
    if main_net is not None:
        stop_snap = snap(main_net, all_lon, all_lat, params.max_snap_m)
        on_net = stop_snap.ok
    else:
        on_net = np.ones(n_stops, bool)
    # truck access: each site to its nearest stops (straight), then by road
    k = min(TERMINALS_PER_SITE, n_stops)
    near = np.argsort(_km_matrix(lon, lat, all_lon, all_lat) + np.where(on_net, 0, np.inf), axis=1)[:, :k]
    s_i = np.repeat(np.arange(n_sites), k)
    t_i = near.ravel()
    straight_access = geodesic_km(lon[s_i], lat[s_i], all_lon[t_i], all_lat[t_i])
    stop_road = snap(networks.road, all_lon, all_lat, params.max_snap_m) if road_snap is not None else None
    if road_snap is not None:
        joint = road_snap.join(stop_road)
        to_km, to_h, _, _ = road_legs(
            networks.road,
            joint,
            s_i,
            n_sites + t_i,
            straight_access,
            params,
            params.max_access_km * 1.5,
            weight=params.route_weight,
            is_cancelled=is_cancelled,
            costs=networks.road_costs,
        )
        from_km, from_h, _, _ = road_legs(
            networks.road,
            joint,
            n_sites + t_i,
            s_i,
            straight_access,
            params,
            params.max_access_km * 1.5,
            weight=params.route_weight,
            is_cancelled=is_cancelled,
            costs=networks.road_costs,
        )
    else:
        to_km = from_km = straight_access * params.detour_factor
        to_h = from_h = to_km / params.truck_estimate_kmh
    own_stop = site_stop[s_i] == t_i
    for arr in (to_km, from_km, to_h, from_h):
        arr[own_stop] = 0.0
    too_far = ~(to_km <= params.max_access_km)
    to_km[too_far] = np.nan
    too_far = ~(from_km <= params.max_access_km)
    from_km[too_far] = np.nan
    to_km, from_km = to_km.reshape(n_sites, k), from_km.reshape(n_sites, k)
    to_h, from_h = to_h.reshape(n_sites, k), from_h.reshape(n_sites, k)
    # the stop pairs needed, and their main-haul km
    idx = np.flatnonzero(need)
    a = near[o[idx]]  # (m, k) stops of the supplier
    b = near[d[idx]]
    sa = np.repeat(a, k, axis=1)
    sb = np.tile(b, (1, k))
    stop_pairs = np.unique(np.column_stack([sa.ravel(), sb.ravel()]), axis=0)
    main = np.full((n_stops, n_stops), np.nan)
    if main_net is not None:
        m_km, _ = pair_costs(
            main_net,
            stop_snap,
            stop_snap,
            stop_pairs[:, 0],
            stop_pairs[:, 1],
            cutoff=limit_km * 1000.0,
            is_cancelled=is_cancelled,
        )
        access = stop_snap.snap_m[stop_pairs[:, 0]] + stop_snap.snap_m[stop_pairs[:, 1]]
        main[stop_pairs[:, 0], stop_pairs[:, 1]] = (m_km + access) / 1000.0
    else:
        sea = geodesic_km(
            all_lon[stop_pairs[:, 0]], all_lat[stop_pairs[:, 0]], all_lon[stop_pairs[:, 1]], all_lat[stop_pairs[:, 1]]
        )
        main[stop_pairs[:, 0], stop_pairs[:, 1]] = sea * params.sea_detour_factor
    main[np.arange(n_stops), np.arange(n_stops)] = np.nan  # a chain needs two different stops
    # per tonne cost of every combination; keep the cheapest
    acc = np.repeat(to_km[o[idx]], k, axis=1) + np.tile(from_km[d[idx]], (1, k))
    haul = main[sa, sb]
    cost = params.truck_eur_per_tkm * acc + rate * haul
    cost = np.where(np.isnan(cost), np.inf, cost)
    best = np.argmin(cost, axis=1)
    rows = np.arange(len(idx))
    ok = np.isfinite(cost[rows, best])
    legs = Legs.none(mode, n, chain=chain_name)
    ia, ib = best // k, best % k
    start, end = a[rows, ia], b[rows, ib]
    legs.km[idx] = np.where(ok, haul[rows, best], np.nan)
    legs.access_km[idx] = np.where(ok, acc[rows, best], 0.0)
    t_in = to_h[o[idx], ia]
    t_out = from_h[d[idx], ib]
    legs.hours[idx] = np.where(ok, t_in + t_out + haul[rows, best] / speed, np.nan)
    legs.start[idx], legs.end[idx] = np.where(ok, start, -1), np.where(ok, end, -1)
    legs.via[idx] = np.where(ok, [f"{names[s]} -> {names[e]}" for s, e in zip(start, end)], "")
    legs.route[idx] = np.where(ok, "network" if main_net is not None else "straight", "")
    legs.chain[idx] = [
        "+".join([*(["truck"] if ta > 0 else []), mode, *(["truck"] if tb > 0 else [])])
        for ta, tb in zip(to_km[o[idx], ia], from_km[d[idx], ib])
    ]
    legs.why[idx] = np.where(ok, "", f"{mode}: no terminal or port pair within reach")
    no = ~need
    legs.why[no] = f"{mode} not allowed for this stream"
    return legs, (all_lon, all_lat, names, stop_snap, stop_road)


def _names(layer: gpd.GeoDataFrame, what: str) -> np.ndarray:
    for col in ("name", "NAME", "Name"):
        if col in layer.columns:
            values = layer[col].astype("string").fillna("")
            return np.array([v or f"{what} {i + 1}" for i, v in enumerate(values)], dtype=object)
    return np.array([f"{what} {i + 1}" for i in range(len(layer))], dtype=object)


def _km_matrix(lon1, lat1, lon2, lat2) -> np.ndarray:
    a = np.repeat(np.arange(len(lon1)), len(lon2))
    b = np.tile(np.arange(len(lon2)), len(lon1))
    return geodesic_km(lon1[a], lat1[a], lon2[b], lat2[b]).reshape(len(lon1), len(lon2))


def check_layers(networks: Networks) -> None:
    """Ports and terminals must be points."""
    for name, layer in (("ports", networks.ports), ("terminals", networks.terminals)):
        if layer is None:
            continue
        bad = ~layer.geom_type.isin(["Point", "MultiPoint"]) | layer.geometry.isna()
        if bad.any():
            raise InputError.single(name, tr("must be points"), feature=layer.index[np.flatnonzero(bad.to_numpy())[0]])
