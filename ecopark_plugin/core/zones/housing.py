"""Housing near industrial sites: who lives inside the sanitary protection zones, before and after.

A housing layer is one of three kinds:

``buildings``
    Building polygons. A building touching a zone is in it (the whole building counts). Its population is
    the layer's population field, else an estimate: footprint x storeys / floor area per person, with the
    storeys from a levels field or a default (both assumptions, see :mod:`parameters`).
``landuse``
    Residential land-use polygons. The area inside a zone counts; its population is the field's value
    times the share of the polygon's area inside, else that area x a gross density.
``population``
    A population grid (polygons, shared by area) or points (whole), with a population field.

Areas and distances are measured in a metric working CRS (the layer's own when projected in metres, else
an azimuthal equidistant one centred on the data); the zones come in exact from :mod:`zones`.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS

from ..model.errors import InputError, InputProblem
from ..model.i18n import localised_number, translator
from ..model.parameters import Parameters
from ..model.positions import check_crs_usable
from ..model.rejects import rejected_rows
from ..transport.geodesy import lonlat
from ..transport.network import work_crs
from .protection import LocalFrames, buffer_m

KINDS = ("buildings", "landuse", "population")
#: the checks of a housing layer speak the run's language, as the other input checks
tr = translator("InputErrors")
#: OSM building values that are not homes (https://wiki.openstreetmap.org/wiki/Key:building)
NOT_HOMES = frozenset(
    "industrial warehouse factory manufacture commercial office retail supermarket kiosk service "
    "transportation train_station hangar garage garages carport shed roof parking bicycle_parking "
    "church chapel cathedral mosque temple synagogue religious school university college kindergarten "
    "hospital public civic government fire_station stadium grandstand sports_hall construction ruins "
    "greenhouse barn cowshed stable farm_auxiliary silo storage_tank tower transformer_tower bunker "
    "toilets container".split()
)
#: OSM land uses whose buildings are taken not to be homes even when tagged ``building=yes``
NOT_RESIDENTIAL_LAND = frozenset("industrial commercial retail railway port military garages landfill quarry".split())

CONFLICT_FIELDS = [
    "housing_id",
    "kind",
    "population",
    "pop_basis",
    "pop_before",
    "pop_after",
    "area_before_ha",
    "area_after_ha",
    "sites_before",
    "sites_after",
    "status",
]


@dataclass
class Housing:
    """A housing layer prepared for counting: features in a metric CRS with their population."""

    kind: str
    #: ``housing_id``, ``population``, ``pop_basis``, ``area_m2`` and geometry, in ``crs``
    frame: gpd.GeoDataFrame
    crs: CRS
    source_crs: CRS
    #: read from OpenStreetMap (an ``osm_id`` field), to be credited on maps
    from_osm: bool = False
    #: features left out because their geometry collapsed when repaired
    dropped: int = 0
    #: those features as a rejected table (:mod:`..model.rejects`), each with its reason
    left_out: pd.DataFrame | None = None

    @property
    def extent(self):
        """Where the housing data says anything: the convex hull of its features (in ``crs``). A zone reaching
        beyond it is only partly counted (:func:`cover_share`)."""
        if getattr(self, "_extent", None) is None:
            coords = shapely.get_coordinates(self.frame.geometry.to_numpy())
            self._extent = shapely.convex_hull(shapely.MultiPoint(coords)) if len(coords) else shapely.Polygon()
        return self._extent


def cover_share(housing: Housing, region) -> float:
    """The share of ``region`` (a polygon in the housing CRS) inside the housing data's extent: 1 when the data
    covers it, less when the zone reaches where the layer has nothing to say (its homes there are not counted)."""
    if region is None or region.is_empty or region.area == 0:
        return 1.0
    extent = housing.extent
    if extent.geom_type not in ("Polygon", "MultiPolygon"):
        return 0.0
    return float(min(1.0, shapely.area(shapely.intersection(region, extent)) / region.area))


def _levels(text) -> float:
    match = re.search(r'"building:levels"=>"(\d+(?:\.\d+)?)', str(text or ""))
    return float(match.group(1)) if match else np.nan


def read_osm_housing(path: str | Path, kind: str = "buildings") -> gpd.GeoDataFrame:
    """Homes from an OSM extract: building polygons that are not known non-homes and do not stand on
    industrial, commercial or similar land (``kind='buildings'``), or ``landuse=residential`` polygons
    (``kind='landuse'``). Returns WGS 84 polygons with ``osm_id``, ``building`` or ``landuse`` and
    ``levels`` (from ``building:levels``, NaN where not mapped)."""
    import pyogrio

    if kind not in ("buildings", "landuse"):
        raise InputError.single(str(path), tr("an OSM extract gives buildings or landuse, not '{}'").format(kind))
    if not Path(path).exists():
        raise InputError.single(str(path), tr("file not found"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # GDAL: unclosed rings in broken OSM multipolygons
        frame = pyogrio.read_dataframe(
            str(path),
            layer="multipolygons",
            columns=["osm_id", "osm_way_id", "building", "landuse", "other_tags"],
            where="building IS NOT NULL OR landuse IS NOT NULL",
            on_invalid="ignore",
        )
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    frame["osm_id"] = frame["osm_id"].fillna(frame["osm_way_id"])
    if kind == "landuse":
        out = frame[frame["landuse"] == "residential"]
        return out[["osm_id", "landuse", "geometry"]].reset_index(drop=True)
    land = frame[frame["landuse"].isin(NOT_RESIDENTIAL_LAND)]
    out = frame[frame["building"].notna() & ~frame["building"].str.lower().isin(NOT_HOMES)].copy()
    if len(land):
        points = gpd.GeoSeries(out.geometry.representative_point(), crs=out.crs)
        on_land = points.sindex.query(land.geometry.to_numpy(), predicate="contains")[1]
        out = out.drop(index=out.index[np.unique(on_land)])
    out["levels"] = out["other_tags"].map(_levels)
    return out[["osm_id", "building", "levels", "geometry"]].reset_index(drop=True)


def _polygonal(geoms: np.ndarray) -> np.ndarray:
    """Repaired geometries may come back as collections with stray lines; keep their polygons."""
    out = geoms.copy()
    for i in np.flatnonzero(shapely.get_type_id(geoms) == 7):  # GeometryCollection
        parts = [p for p in shapely.get_parts(geoms[i]) if p.geom_type in ("Polygon", "MultiPolygon")]
        out[i] = shapely.union_all(parts) if parts else shapely.Polygon()
    return out


#: field names that hold a population (compared case-insensitively): GEOSTAT's TOT_P, national grids' own
POPULATION_NAMES = (
    "population",
    "pop",
    "tot_p",
    "pop_total",
    "inhabitants",
    "residents",
    "einwohner",
    "befolkning",
    "folketal",
    "население",
)


def population_column(frame: gpd.GeoDataFrame) -> str | None:
    """The field of ``frame`` named like a population (:data:`POPULATION_NAMES`, a year suffix allowed:
    ``TOT_P_2021``), or None."""
    for col in frame.columns:
        name = re.sub(r"[_ ]?(19|20)\d\d$", "", str(col).strip().lower())
        if name in POPULATION_NAMES:
            return str(col)
    return None


def looks_like_grid(frame: gpd.GeoDataFrame) -> float | None:
    """The cell size in the layer's units when its polygons are equal squares (a population grid), else None."""
    polygons = frame.geometry[frame.geom_type == "Polygon"]
    if len(polygons) < 4 or len(polygons) < 0.95 * len(frame):
        return None
    sample = polygons.iloc[:500]
    rect = shapely.area(sample.envelope.to_numpy())
    area = shapely.area(sample.to_numpy())
    if not (np.all(rect > 0) and np.allclose(area, rect, rtol=1e-6) and np.ptp(area) <= 1e-3 * area.mean()):
        return None
    return float(np.sqrt(area.mean()))


def guess_kind(frame: gpd.GeoDataFrame, population_field: str | None) -> str:
    """``population`` for points, for polygons with a population field (given or named like one) and for a
    grid of equal squares; ``buildings`` when the layer has a ``building`` field or small polygons, else
    ``landuse``."""
    types = set(frame.geom_type.dropna())
    if types <= {"Point", "MultiPoint"}:
        return "population"
    columns = {str(c).lower() for c in frame.columns}
    if "building" in columns:
        return "buildings"
    if "landuse" in columns:
        return "landuse"
    if population_field or population_column(frame) or looks_like_grid(frame):
        return "population"
    return "buildings"


def prepare_housing(
    frame: gpd.GeoDataFrame,
    kind: str = "auto",
    population_field: str | None = None,
    levels_field: str | None = None,
    params: Parameters | None = None,
    layer: str = "housing",
    id_field: str | None = None,
) -> Housing:
    """Check a housing layer and give every feature a population (module notes).

    Raises
    ------
    InputError
        No CRS, no features, a field that does not exist, a population that is not a number >= 0,
        points without a population field, lines.
    """
    params = params or Parameters()
    if frame.crs is None:
        raise InputError.single(layer, tr("the layer has no coordinate reference system (CRS); set one"))
    if len(frame) == 0:
        raise InputError.single(layer, tr("the layer has no features"))
    for name, value in (("population", population_field), ("levels", levels_field), ("id", id_field)):
        if value and value not in frame.columns:
            said = {
                "population": tr("no field '{}' for population (fields: {})"),
                "levels": tr("no field '{}' for levels (fields: {})"),
                "id": tr("no field '{}' for id (fields: {})"),
            }[name]
            raise InputError.single(layer, said.format(value, ", ".join(map(str, frame.columns))), field=value)
    kind = guess_kind(frame, population_field) if kind == "auto" else kind
    if kind == "population" and not population_field:
        population_field = population_column(frame)
    if kind not in KINDS:
        raise InputError.single(layer, tr("kind '{}' is not one of {}").format(kind, ", ".join(KINDS)))
    problems = []
    geoms = frame.geometry
    types = geoms.geom_type
    bad = types.isna() | ~types.isin(["Point", "MultiPoint", "Polygon", "MultiPolygon"])
    for fid in frame.index[bad.to_numpy()][:20]:
        problems.append(
            InputProblem(
                layer,
                tr("{} geometry; housing is polygons or points").format(types.get(fid))
                if types.get(fid)
                else tr("missing geometry; housing is polygons or points"),
                fid,
            )
        )
    points = types.isin(["Point", "MultiPoint"])
    if kind != "population" and points.any():
        problems.append(
            InputProblem(
                layer,
                tr("{} points in a '{}' layer; give polygons").format(localised_number(str(int(points.sum()))), kind),
            )
        )
    if kind == "population" and not population_field:
        cell = looks_like_grid(frame)
        said = tr("a grid of {}-unit squares: ").format(localised_number(f"{cell:g}")) if cell else ""
        problems.append(
            InputProblem(
                layer,
                said
                + tr(
                    "a population layer needs its population field (none is named like one of {}); give it "
                    "(--population-field, POPULATION_FIELD)"
                ).format(", ".join(POPULATION_NAMES)),
            )
        )
    population = None
    if population_field:
        population = pd.to_numeric(frame[population_field], errors="coerce")
        for fid in frame.index[(population.isna() & frame[population_field].notna()) | (population < 0)][:20]:
            problems.append(
                InputProblem(
                    layer,
                    tr("population '{}' is not a number >= 0").format(frame.at[fid, population_field]),
                    fid,
                    population_field,
                )
            )
    if problems:
        raise InputError(problems)

    check_crs_usable(frame.crs, layer)
    source_crs = CRS.from_user_input(frame.crs)
    lon, lat = lonlat(frame.geometry.envelope)
    crs = work_crs(source_crs, lon, lat)
    geo = frame.geometry.to_crs(crs)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        geo = gpd.GeoSeries(_polygonal(shapely.make_valid(geo.to_numpy())), index=frame.index, crs=crs)
    # buildings that collapse to lines when repaired (zero area) hold nobody and are left out
    keep = geo.geom_type.isin(["Point", "MultiPoint", "Polygon", "MultiPolygon"]).to_numpy() & ~geo.is_empty.to_numpy()
    dropped = int((~keep).sum())
    left_out = rejected_rows(
        frame,
        {
            fid: [
                InputProblem(
                    layer, tr("its geometry is no area or point once repaired: it holds nobody"), fid, "geometry"
                )
            ]
            for fid in frame.index[~keep]
        },
        layer,
    )
    frame, geo = frame[keep], geo[keep]
    if population is not None:
        population = population[keep]
    area = geo.area.to_numpy()
    if population is not None:
        pop = population.fillna(0.0).to_numpy(float)
        basis = np.full(len(frame), f"field {population_field}", dtype=object)
    elif kind == "buildings":
        levels = np.full(len(frame), np.nan)
        if levels_field:
            levels = pd.to_numeric(frame[levels_field], errors="coerce").to_numpy(float)
        elif "levels" in frame.columns:
            levels = pd.to_numeric(frame["levels"], errors="coerce").to_numpy(float)
        known = np.isfinite(levels) & (levels > 0)
        levels = np.where(known, levels, params.housing_default_levels)
        pop = area * levels / params.housing_m2_per_person
        basis = np.where(
            known,
            f"estimated: footprint x mapped storeys / {params.housing_m2_per_person:g} m2 per person",
            f"estimated: footprint x {params.housing_default_levels:g} storeys / {params.housing_m2_per_person:g} m2 per person",
        ).astype(object)
    else:
        pop = area / 10_000.0 * params.residential_persons_per_ha
        basis = np.full(len(frame), f"estimated: {params.residential_persons_per_ha:g} persons per ha", dtype=object)
    ids = (
        frame[id_field].astype(str).to_numpy()
        if id_field
        else (
            frame["osm_id"].astype(str).to_numpy()
            if "osm_id" in frame.columns
            else np.asarray([str(i) for i in frame.index])
        )
    )
    out = gpd.GeoDataFrame(
        {"housing_id": ids, "population": pop, "pop_basis": basis, "area_m2": area},
        geometry=geo.values,
        crs=crs,
        index=frame.index,
    )
    return Housing(kind, out, crs, source_crs, from_osm="osm_id" in frame.columns, dropped=dropped, left_out=left_out)


def _measure(housing: Housing, region) -> pd.DataFrame:
    """Per housing feature touching ``region`` (a polygon in the housing CRS): population and area inside.

    Buildings and points count whole; land use and grid polygons by their area share.
    """
    frame = housing.frame
    if region is None or region.is_empty:
        return pd.DataFrame({"population": [], "area_m2": []})
    hits = frame.sindex.query(region, predicate="intersects")
    part = frame.iloc[np.sort(hits)]
    if housing.kind == "buildings" or len(part) == 0:
        return pd.DataFrame({"population": part["population"], "area_m2": part["area_m2"]}, index=part.index)
    polygons = part.geom_type.isin(["Polygon", "MultiPolygon"]).to_numpy()
    inside = np.where(polygons, shapely.area(shapely.intersection(part.geometry.to_numpy(), region)), 0.0)
    share = np.where(
        polygons,
        np.divide(inside, part["area_m2"].to_numpy(), out=np.zeros(len(part)), where=part["area_m2"].to_numpy() > 0),
        1.0,
    )
    return pd.DataFrame({"population": part["population"].to_numpy() * share, "area_m2": inside}, index=part.index)


def _totals(housing: Housing, region) -> dict:
    m = _measure(housing, region)
    return {
        "features": int(len(m)),
        "population": float(m["population"].sum()),
        "area_ha": float(m["area_m2"].sum() / 10_000.0),
    }


def exposure(zones_before: gpd.GeoDataFrame, zones_after: gpd.GeoDataFrame | None, housing: Housing):
    """Housing inside the zones before and after the exchanges.

    Returns
    -------
    (conflicts, per_site, totals)
        ``conflicts``: every housing feature inside a zone before or after (:data:`CONFLICT_FIELDS`; the
        geometry is the building or point, or the part of a polygon inside the zones before), in the housing
        layer's own CRS. ``per_site``: per zone, the housing inside it before and after. ``totals``: over
        the union of the zones (nobody counted twice).
    """
    zones_after = zones_before if zones_after is None else zones_after
    zb = zones_before.to_crs(housing.crs)
    za = zones_after.to_crs(housing.crs)
    union_before = shapely.union_all(zb.geometry.to_numpy())
    union_after = shapely.union_all(za.geometry.to_numpy())
    mb, ma = _measure(housing, union_before), _measure(housing, union_after)
    frame = housing.frame
    index = mb.index.union(ma.index)
    conflicts = frame.loc[index, ["housing_id", "population", "pop_basis"]].copy()
    conflicts.insert(1, "kind", housing.kind)
    conflicts["pop_before"] = mb["population"].reindex(index).fillna(0.0)
    conflicts["pop_after"] = ma["population"].reindex(index).fillna(0.0)
    conflicts["area_before_ha"] = mb["area_m2"].reindex(index).fillna(0.0) / 10_000.0
    conflicts["area_after_ha"] = ma["area_m2"].reindex(index).fillna(0.0) / 10_000.0

    def sites_touching(zones):
        pairs = zones.sindex.query(frame.loc[index].geometry.to_numpy(), predicate="intersects")
        ids = zones["site_id"].to_numpy()
        names = [[] for _ in range(len(index))]
        for h, z in zip(*pairs):
            names[h].append(str(ids[z]))
        return [", ".join(sorted(n)) for n in names]

    conflicts["sites_before"] = sites_touching(zb) if len(index) else []
    conflicts["sites_after"] = sites_touching(za) if len(index) else []
    inside_before = conflicts["sites_before"] != ""
    inside_after = conflicts["sites_after"] != ""
    conflicts["status"] = np.select(
        [inside_before & ~inside_after, inside_before & inside_after],
        ["freed by the exchanges", "still inside a zone"],
        "inside a zone only after",
    )
    geoms = frame.loc[index].geometry
    if housing.kind != "buildings":
        polygons = geoms.geom_type.isin(["Polygon", "MultiPolygon"]).to_numpy()
        clipped = shapely.intersection(geoms.to_numpy(), shapely.union(union_before, union_after))
        geoms = gpd.GeoSeries(np.where(polygons, clipped, geoms.to_numpy()), index=index, crs=housing.crs)
    conflicts = gpd.GeoDataFrame(conflicts[CONFLICT_FIELDS], geometry=geoms.values, crs=housing.crs)
    conflicts = conflicts.to_crs(housing.source_crs).reset_index(drop=True)

    rows = []
    for (_, b), (_, a) in zip(zb.iterrows(), za.iterrows()):
        before, after = _totals(housing, b.geometry), _totals(housing, a.geometry)
        rows.append(
            {
                "site_id": b["site_id"],
                "housing_cover": cover_share(housing, b.geometry),
                "housing_before": before["features"],
                "housing_after": after["features"],
                "pop_before": before["population"],
                "pop_after": after["population"],
                "res_area_before_ha": before["area_ha"],
                "res_area_after_ha": after["area_ha"],
            }
        )
    per_site = pd.DataFrame(rows, index=zones_before.index)
    totals = housing_totals(conflicts, housing.kind)
    # the zones' area the housing data says nothing about: their homes there are not in the counts above
    totals["zone_cover_share"] = cover_share(housing, union_before)
    return conflicts, per_site, totals


#: fields of the housing in conflict that :func:`housing_totals` reads
HOUSING_TOTALS_FIELDS = tuple(
    f for f in CONFLICT_FIELDS if f not in ("housing_id", "population", "pop_basis", "status")
)


def housing_totals(conflicts: pd.DataFrame, kind: str | None = None) -> dict:
    """Homes, people and residential area inside the zones before and after, from the housing in conflict
    (:func:`exposure`'s first result, or that layer read back): nobody is counted twice.

    ``kind`` defaults to the layer's ``kind`` field (``'housing'`` when the layer is empty).
    """
    if kind is None:
        kind = str(conflicts["kind"].iloc[0]) if len(conflicts) else "housing"
    inside_before = conflicts["sites_before"].fillna("").astype(str) != ""
    inside_after = conflicts["sites_after"].fillna("").astype(str) != ""
    pop_before, pop_after = float(conflicts["pop_before"].sum()), float(conflicts["pop_after"].sum())
    return {
        "kind": kind,
        "housing_before": int(inside_before.sum()),
        "housing_after": int(inside_after.sum()),
        "pop_before": pop_before,
        "pop_after": pop_after,
        "res_area_before_ha": float(conflicts["area_before_ha"].sum()),
        "res_area_after_ha": float(conflicts["area_after_ha"].sum()),
        "pop_freed": pop_before - pop_after,
    }


def worst_sites(risk: pd.DataFrame, n: int = 3) -> list[str]:
    """Names of the ``n`` sites with the most people inside their zone (:func:`site_risk`)."""
    return risk.sort_values("risk_rank", kind="stable")["name"].head(n).tolist()


def band_labels(bands_m) -> list[str]:
    edges = [0, *bands_m]
    return [f"pop_{int(a)}_{int(b)}m" for a, b in zip(edges[:-1], edges[1:])]


def site_risk(
    sites: gpd.GeoDataFrame, zones: gpd.GeoDataFrame, housing: Housing, bands_m=(500, 1000, 2000, 5000)
) -> gpd.GeoDataFrame:
    """For each site: the housing and population inside its zone, and the population in distance bands
    from its boundary (0-500 m, 500-1000 m, ...: a building or point is in the nearest band it touches,
    polygons are shared by area). ``risk_rank`` 1 is the site with the most people inside its zone.

    Returns the sites (their geometry and CRS) with ``hazard_class``, ``width_m``, ``housing_in_zone``,
    ``pop_in_zone``, ``res_area_in_zone_ha``, one ``pop_<a>_<b>m`` column per band and ``risk_rank``.
    """
    bands_m = sorted(float(b) for b in bands_m)
    zb = zones.to_crs(housing.crs)
    frames = LocalFrames(sites)
    out = sites[["site_id", "name"]].copy()
    out["hazard_class"] = zones["hazard_class"].to_numpy()
    out["width_m"] = zones["width_m"].to_numpy()
    in_zone = [_totals(housing, g) for g in zb.geometry]
    out["housing_in_zone"] = [t["features"] for t in in_zone]
    out["pop_in_zone"] = [t["population"] for t in in_zone]
    out["res_area_in_zone_ha"] = [t["area_ha"] for t in in_zone]
    # the share of the zone the housing data covers: below 1 the counts are a floor, not the whole
    out["housing_cover"] = [cover_share(housing, g) for g in zb.geometry]
    cumulative = []
    for width in bands_m:
        rings = buffer_m(sites, width, frames).to_crs(housing.crs)
        cumulative.append([_totals(housing, g)["population"] for g in rings])
    # the site's own footprint: nobody lives in a plant, but a polygon site may cover homes
    own = [
        _totals(housing, g)["population"] if g.geom_type.endswith("Polygon") else 0.0
        for g in sites.to_crs(housing.crs).geometry
    ]
    previous = np.asarray(own)
    for label, values in zip(band_labels(bands_m), cumulative):
        values = np.asarray(values)
        out[label] = np.maximum(values - previous, 0.0)
        previous = values
    out["risk_rank"] = out["pop_in_zone"].rank(ascending=False, method="min").astype(int)
    return gpd.GeoDataFrame(out, geometry=sites.geometry.values, crs=sites.crs, index=sites.index)
