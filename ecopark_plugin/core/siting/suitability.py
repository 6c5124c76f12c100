"""Where to put a new eco-industrial park: a suitability surface over a region.

The region is cut into square cells of a user size in a metric CRS (the sites' UTM zone unless one is
given). Every cell gets a score in [0, 1] for each criterion and a weighted total:

``s_exchange``
    Exchange potential. Each existing by-product (a supplier's output stream with a feasible candidate
    exchange of positive net benefit in the run's exchanges; its value ``V`` is the best such exchange's
    net benefit, EUR/yr) could also reach a new plant in the cell if the cell's centre lies within the
    economic distance ``R`` of the catalogue rule of that exchange (``max_km_truck``; a rule without a
    truck distance uses its longest distance over the modes in use). With ``d`` the straight distance
    from supplier to cell centre and ``f`` the detour factor, ``E = sum V * max(0, 1 - d * f / R)``; the
    score is ``E / max(E)`` over the grid.
``s_road``, ``s_rail``
    Access: ``max(0, 1 - d / D)`` with ``d`` the straight distance from the cell centre to the nearest
    line of the network and ``D`` :data:`ROAD_ZERO_M` or :data:`RAIL_ZERO_M`.
``s_housing``
    Distance from housing: ``d`` the distance from the cell (any point of it: the park may sit anywhere
    inside) to the nearest home, ``w`` the zone width of the new park's hazard class; 0 for ``d < w``,
    rising linearly to 1 at ``HOUSING_FULL_MULTIPLE * w``. A cell with ``d < w`` is excluded.
Exclusions
    A cell that intersects a feature of an exclusion layer is excluded, the layer's name as the reason.

``score = sum(weight_i * s_i) / sum(weight_i)`` over the criteria with data (a criterion whose layer is
not given is left out, weight and all); 0 for an excluded cell. Every step works on whole arrays.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS, Transformer
from scipy.spatial import cKDTree

from ..model.errors import Cancelled, InputError
from ..model.i18n import localised_number, translator
from ..model.parameters import Parameters
from ..symbiosis.catalogue import MODES, Catalogue
from ..symbiosis.engine import Progress, progress_stage
from ..symbiosis.matching import reach_km
from ..transport.geodesy import anchor_points
from ..transport.network import Network
from ..zones.housing import Housing
from ..zones.protection import ROMAN

#: the checks of what this module is given, in the run's language
tr = translator("SitingErrors")

#: default weights of the criteria (assumption, EcoPark 2026: exchange potential first, as the reason for
#: an eco-park; road access and distance from housing next; rail a bonus). Edit them per study.
DEFAULT_WEIGHTS: dict[str, float] = {"exchange": 0.4, "road": 0.25, "rail": 0.1, "housing": 0.25}
#: road access falls to 0 this far from a road, metres (assumption, EcoPark 2026: a private access road
#: of a few km is the most a park is built with)
ROAD_ZERO_M = 5000.0
#: rail access falls to 0 this far from a railway, metres (assumption, EcoPark 2026: beyond 10 km a siding
#: is rarely built and goods go by truck to a terminal)
RAIL_ZERO_M = 10_000.0
#: housing scores 1 at this multiple of the zone width (assumption, EcoPark 2026: a buffer beyond the
#: zone against nuisance and a later change of class)
HOUSING_FULL_MULTIPLE = 3.0
#: margin around the sites of the default extent, metres (assumption, EcoPark 2026: room for a park
#: just outside the outermost sites)
EXTENT_MARGIN_M = 5000.0
#: output fields besides the geometry
FIELDS = [
    "cell_id",
    "row",
    "col",
    "exchange_eur",
    "s_exchange",
    "road_m",
    "s_road",
    "rail_m",
    "s_rail",
    "housing_m",
    "s_housing",
    "score",
    "excluded",
]


def grid_crs(sites: gpd.GeoDataFrame, crs=None) -> CRS:
    """The given CRS (it must be in metres), else the UTM zone of the sites."""
    if crs is not None:
        crs = CRS.from_user_input(crs)
        if not (crs.is_projected and crs.axis_info and crs.axis_info[0].unit_name in ("metre", "meter")):
            raise InputError.single("grid", tr("CRS {} is not projected in metres; give a metric CRS").format(crs.name))
        return crs
    if sites.crs is None:
        raise InputError.single("sites", tr("the layer has no coordinate reference system (CRS); set one"))
    return CRS.from_user_input(sites.estimate_utm_crs())


def square_grid(extent, cell_m: float, crs) -> gpd.GeoDataFrame:
    """Square cells of ``cell_m`` metres covering ``extent`` (xmin, ymin, xmax, ymax in ``crs``) from its
    lower left corner: ``ceil(width / cell) x ceil(height / cell)`` cells, numbered row by row."""
    xmin, ymin, xmax, ymax = (float(v) for v in extent)
    if not cell_m > 0:
        raise InputError.single(
            "grid", tr("cell size {} m: give a positive size").format(localised_number(str(cell_m)))
        )
    if not (xmax > xmin and ymax > ymin):
        raise InputError.single("grid", tr("extent {} is empty").format(extent))
    n_cols, n_rows = math.ceil((xmax - xmin) / cell_m), math.ceil((ymax - ymin) / cell_m)
    if n_cols * n_rows > 5_000_000:
        raise InputError.single(
            "grid",
            tr("{} x {} cells of {} m is over 5 million cells: give a larger cell size").format(
                localised_number(str(n_cols)), localised_number(str(n_rows)), localised_number(f"{cell_m:g}")
            ),
        )
    row, col = np.divmod(np.arange(n_rows * n_cols), n_cols)
    x0, y0 = xmin + col * cell_m, ymin + row * cell_m
    cells = shapely.box(x0, y0, x0 + cell_m, y0 + cell_m)
    return gpd.GeoDataFrame({"cell_id": np.arange(len(cells)) + 1, "row": row, "col": col}, geometry=cells, crs=crs)


def supplier_values(exchanges: pd.DataFrame, catalogue: Catalogue, params: Parameters) -> pd.DataFrame:
    """One row per (supplier, stream) with a feasible exchange of positive net benefit: ``supplier``,
    ``stream``, ``value_eur`` (the best such exchange's net benefit, EUR/yr) and ``reach_km`` (the economic
    distance of that exchange's rule: ``max_km_truck``, else its longest over ``params.modes``)."""
    needed = {"supplier", "stream", "rule_id", "net_benefit", "feasible"}
    missing = needed - set(exchanges.columns)
    if missing:
        raise InputError.single(
            "exchanges",
            f"lacks the fields {', '.join(sorted(missing))}: give the exchanges of 'Find symbiosis exchanges'",
        )
    net = pd.to_numeric(exchanges["net_benefit"], errors="coerce")
    feasible = exchanges["feasible"].fillna(False).astype(bool)
    useful = exchanges.assign(net_benefit=net)[feasible & (net > 0)]
    best = useful.sort_values("net_benefit", ascending=False, kind="stable").drop_duplicates(["supplier", "stream"])
    # the run's own caps on distance (Parameters.max_km) bound the reach as they bound the exchanges
    rules = catalogue.capped(dict(zip(MODES, params.max_km))).rules.set_index("rule_id")
    reach = {}
    for rule_id in best["rule_id"].unique():
        if rule_id not in rules.index:
            raise InputError.single(
                "exchanges", tr("rule '{}' is not in the catalogue").format(rule_id), field="rule_id"
            )
        rule = rules.loc[rule_id]
        truck = float(rule["max_km_truck"]) if rule["max_km_truck"] == rule["max_km_truck"] else math.nan
        reach[rule_id] = truck if truck > 0 else reach_km(rule, params.modes)
    out = best[["supplier", "stream"]].copy()
    out["value_eur"] = best["net_benefit"].to_numpy(float)
    out["reach_km"] = best["rule_id"].map(reach).astype(float)
    return out[out["reach_km"] > 0].reset_index(drop=True)


def located_supplier_values(
    sites: gpd.GeoDataFrame, exchanges: pd.DataFrame, catalogue: Catalogue, params: Parameters, crs
) -> tuple[pd.DataFrame, np.ndarray]:
    """:func:`supplier_values` of the suppliers found in ``sites`` and their anchor points' (x, y) in ``crs``."""
    values = supplier_values(exchanges, catalogue, params)
    anchors = anchor_points(sites.to_crs(crs))
    pos = dict(zip(sites["site_id"], range(len(sites))))
    values = values[values["supplier"].isin(pos)].reset_index(drop=True)
    at = values["supplier"].map(pos).to_numpy(int)
    return values, np.column_stack([anchors.x.to_numpy()[at], anchors.y.to_numpy()[at]])


def exchange_potential(
    centres: np.ndarray, supplier_xy: np.ndarray, value_eur: np.ndarray, reach_m: np.ndarray, detour_factor: float
) -> np.ndarray:
    """``sum V * max(0, 1 - d * f / R)`` at each centre (module notes), through a KD-tree per distinct reach."""
    total = np.zeros(len(centres))
    if not len(supplier_xy) or not len(centres):
        return total
    cells = cKDTree(centres)
    for reach in np.unique(reach_m):
        take = reach_m == reach
        # the ndarray output keeps pairs at distance 0 (a cell centre on a supplier)
        pairs = cKDTree(supplier_xy[take]).sparse_distance_matrix(cells, reach / detour_factor, output_type="ndarray")
        weight = value_eur[take][pairs["i"]] * np.clip(1.0 - pairs["v"] * detour_factor / reach, 0.0, 1.0)
        np.add.at(total, pairs["j"], weight)
    return total


def _lines_of(network, crs: CRS) -> np.ndarray:
    """The lines of a :class:`Network` or a line frame, in ``crs``."""
    if isinstance(network, Network):
        lines = gpd.GeoSeries(network.lines(), crs=network.crs)
    else:
        if network.crs is None:
            raise InputError.single("network", tr("the layer has no coordinate reference system (CRS); set one"))
        lines = network.geometry
    lines = lines[~(lines.isna() | lines.is_empty)]
    return lines.to_crs(crs).to_numpy()


def nearest_m(points_or_cells: np.ndarray, geoms: np.ndarray) -> np.ndarray:
    """Planar distance from each geometry of ``points_or_cells`` to the nearest of ``geoms`` (inf if none)."""
    out = np.full(len(points_or_cells), np.inf)
    if len(geoms) and len(points_or_cells):
        (i, _), dist = shapely.STRtree(geoms).query_nearest(points_or_cells, return_distance=True, all_matches=False)
        out[i] = dist
    return out


def suitability_grid(
    sites: gpd.GeoDataFrame,
    exchanges: pd.DataFrame,
    extent,
    cell_m: float,
    weights: Mapping[str, float] | None = None,
    road=None,
    rail=None,
    housing: Housing | gpd.GeoDataFrame | None = None,
    exclusions: Mapping[str, gpd.GeoDataFrame] | None = None,
    hazard_class: int = 3,
    params: Parameters | None = None,
    catalogue: Catalogue | None = None,
    extent_crs=None,
    crs=None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> gpd.GeoDataFrame:
    """Score every cell of a square grid over ``extent`` for a new park (module notes: the formulas).

    Parameters
    ----------
    sites
        The run's sites with ``site_id`` (any CRS).
    exchanges
        The run's exchanges (``supplier``, ``stream``, ``rule_id``, ``net_benefit``, ``feasible``).
    extent
        (xmin, ymin, xmax, ymax) in ``extent_crs`` (default: the sites' CRS); ``None``: the sites' extent
        plus :data:`EXTENT_MARGIN_M` on every side.
    cell_m
        Cell side, metres.
    weights
        Weight of ``exchange``, ``road``, ``rail`` and ``housing`` (missing keys: :data:`DEFAULT_WEIGHTS`).
    road, rail
        A :class:`network.Network` or a frame of lines; ``None`` leaves the criterion out.
    housing
        Homes (:class:`housing.Housing` or a frame of polygons or points); ``None`` leaves it out.
    exclusions
        Layer name -> frame of features no cell may touch.
    hazard_class
        Expected hazard class (1-5) of the new park: its zone width (``params.zone_widths_m``) keeps housing off.
    crs
        Metric CRS of the grid; default the sites' UTM zone.

    Returns
    -------
    GeoDataFrame
        One polygon per cell in the grid CRS with :data:`FIELDS`; a left-out criterion's columns are NaN.
        ``excluded`` is empty or the reasons, separated by ``; ``.

    Raises
    ------
    InputError
        A weight below 0 or all zero, a hazard class outside 1-5, an empty extent, missing fields.
    Cancelled
        ``is_cancelled`` answered true.
    """
    params = params or Parameters()
    catalogue = catalogue or Catalogue.load()
    if hazard_class not in (1, 2, 3, 4, 5):
        raise InputError.single("parameters", tr("hazard class {}: give 1 to 5 (I-V)").format(hazard_class))
    unknown = set(weights or {}) - set(DEFAULT_WEIGHTS)
    if unknown:
        raise InputError.single(
            "weights", tr("unknown criteria {}; known: {}").format(sorted(unknown), ", ".join(DEFAULT_WEIGHTS))
        )
    weights = {**DEFAULT_WEIGHTS, **(weights or {})}
    bad = {k: w for k, w in weights.items() if not (w >= 0)}
    if bad:
        raise InputError.single("weights", tr("weights must be 0 or more ({})").format(bad))
    progress_stage(progress, is_cancelled, 0, "Building the grid")
    metric = grid_crs(sites, crs)
    if extent is None:
        xmin, ymin, xmax, ymax = sites.to_crs(metric).total_bounds
        bounds = (xmin - EXTENT_MARGIN_M, ymin - EXTENT_MARGIN_M, xmax + EXTENT_MARGIN_M, ymax + EXTENT_MARGIN_M)
    else:
        source = CRS.from_user_input(extent_crs if extent_crs is not None else sites.crs)
        bounds = Transformer.from_crs(source, metric, always_xy=True).transform_bounds(*extent)
    grid = square_grid(bounds, cell_m, metric)
    centres = np.column_stack([bounds[0] + (grid["col"] + 0.5) * cell_m, bounds[1] + (grid["row"] + 0.5) * cell_m])
    centre_points = shapely.points(centres)
    cells = grid.geometry.to_numpy()
    scores: dict[str, np.ndarray] = {}

    progress_stage(progress, is_cancelled, 10, "Exchange potential")
    values, supplier_xy = located_supplier_values(sites, exchanges, catalogue, params, metric)
    potential = exchange_potential(
        centres,
        supplier_xy,
        values["value_eur"].to_numpy(float),
        values["reach_km"].to_numpy(float) * 1000.0,
        params.detour_factor,
    )
    grid["exchange_eur"] = potential
    top = potential.max() if len(potential) else 0.0
    scores["exchange"] = potential / top if top > 0 else np.zeros(len(grid))

    for share, stage, name, network, zero_m in (
        (30, "Road access", "road", road, ROAD_ZERO_M),
        (45, "Rail access", "rail", rail, RAIL_ZERO_M),
    ):
        progress_stage(progress, is_cancelled, share, stage)
        if network is None:
            grid[f"{name}_m"] = np.nan
            continue
        dist = nearest_m(centre_points, _lines_of(network, metric))
        grid[f"{name}_m"] = np.where(np.isfinite(dist), dist, np.nan)
        scores[name] = np.clip(1.0 - dist / zero_m, 0.0, 1.0)

    reasons = np.full(len(grid), "", dtype=object)
    progress_stage(progress, is_cancelled, 60, "Distance from housing")
    if housing is not None:
        homes = housing.frame.geometry if isinstance(housing, Housing) else housing.geometry
        if homes.crs is None:
            raise InputError.single("housing", tr("the layer has no coordinate reference system (CRS); set one"))
        homes = homes[~(homes.isna() | homes.is_empty)].to_crs(metric).to_numpy()
        dist = nearest_m(cells, homes)
        width = float(params.zone_widths_m[hazard_class - 1])
        grid["housing_m"] = np.where(np.isfinite(dist), dist, np.nan)
        scores["housing"] = np.clip((dist - width) / ((HOUSING_FULL_MULTIPLE - 1.0) * width), 0.0, 1.0)
        inside = dist < width
        reasons[inside] = f"housing inside the class {ROMAN[hazard_class]} zone ({width:g} m)"
    else:
        grid["housing_m"] = np.nan

    progress_stage(progress, is_cancelled, 75, "Exclusion layers")
    if exclusions:
        tree = shapely.STRtree(cells)
        for name, frame in exclusions.items():
            if frame.crs is None:
                raise InputError.single(name, tr("the layer has no coordinate reference system (CRS); set one"))
            geoms = frame.geometry
            geoms = geoms[~(geoms.isna() | geoms.is_empty)].to_crs(metric).to_numpy()
            hit = np.unique(tree.query(geoms, predicate="intersects")[1]) if len(geoms) else np.array([], int)
            reasons[hit] = [f"{r}; {name}" if r else name for r in reasons[hit]]
            if is_cancelled and is_cancelled():
                raise Cancelled("cancelled by the user")

    progress_stage(progress, is_cancelled, 90, "Scoring")
    used = {k: weights[k] for k in scores}
    total_weight = sum(used.values())
    if total_weight <= 0:
        raise InputError.single("weights", tr("the weights of the criteria with data ({}) are all 0").format(used))
    for name in DEFAULT_WEIGHTS:
        grid[f"s_{name}"] = scores.get(name, np.full(len(grid), np.nan))
    score = sum(w * scores[k] for k, w in used.items()) / total_weight
    excluded = reasons != ""
    grid["score"] = np.where(excluded, 0.0, score)
    grid["excluded"] = reasons
    progress_stage(progress, is_cancelled, 100, "Suitability done")
    return grid[[*FIELDS, "geometry"]]
