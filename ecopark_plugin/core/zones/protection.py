"""Sanitary protection zones and the zones a symbiosis frees.

Each site gets a class of the run's zone regime (:mod:`.regimes`; SanPiN 2.2.1/2.1.1.1200-03 by
default, hazard classes I-V): from its ``hazard_class`` field when the user gave one, else inferred
from its activity (NACE) with the regime's activity table (``resources/catalogue/hazard_classes.csv``
for SanPiN) or the user's own. ``hazard_class`` is the class's rank (1 = widest zone), ``class_label``
the regime's name for it. Its zone is the area within the class's width (SanPiN: 1000/500/300/100/50 m)
of the site's boundary: a polygon site is buffered from its outline, a point site from the point.

Widths are metres on the ground in any CRS: every site is buffered in its own azimuthal equidistant
projection centred on it (distances from the centre are exact there, and a plant a few km wide is
distorted by less than a millimetre), then taken back to the sites' CRS. Areas are geodesic.

Pollution-reduction rule (``resources/catalogue/zone_reduction.csv``, editable)
    A row names a stream key or a stream family, the share of the site's output of that stream that must
    leave through chosen exchanges, and how many classes the site then moves down (I -> II ...).
    A site's *zone-driving* outputs are those that match a row with ``class_steps > 0`` (a stream row
    wins over its family's row). The site moves down by the smallest number of steps any of its
    zone-driving outputs earns, where an output below its share earns none: the zone shrinks only when
    every dump or emission that sets it is diverted. Class V is the floor. Sites with no zone-driving
    output keep their class.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS, Transformer
from shapely.geometry.polygon import orient

from ..model.errors import CatalogueError, InputError, InputProblem
from ..model.i18n import format_number, translate_marked, translator
from ..symbiosis.catalogue import RESOURCES, nace_matches
from ..symbiosis.catalogue import tr as tr_catalogue
from ..transport.geodesy import GEOD, WGS84, lonlat
from .regimes import Regime, load_regime

HAZARD_FILE = RESOURCES / "catalogue" / "hazard_classes.csv"
REDUCTION_FILE = RESOURCES / "catalogue" / "zone_reduction.csv"
#: zone width by hazard class, metres (SanPiN 2.2.1/2.1.1.1200-03, classes I-V)
ZONE_WIDTHS_M = {1: 1000.0, 2: 500.0, 3: 300.0, 4: 100.0, 5: 50.0}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}
#: zone polygons are drawn with this many segments per quarter circle
QUAD_SEGMENTS = 32

ZONE_FIELDS = [
    "site_id",
    "name",
    "nace",
    "hazard_class",
    "class_label",
    "class_source",
    "width_m",
    "area_ha",
    #: the zone regime's key (:mod:`.regimes`), so that a report made from the layers names it
    "regime",
]
REDUCTION_FIELDS = [
    "site_id",
    "name",
    "class_before",
    "class_after",
    "width_before_m",
    "width_after_m",
    "area_before_ha",
    "area_after_ha",
    "freed_ha",
    "freed_net_ha",
    "diverted",
    "rule",
]


#: a site's class the regime does not know, in the run's language, as the other input checks
tr = translator("InputErrors")
#: where a site's class comes from and why it changes (``class_source``, ``diverted``, ``rule``), in the run's
#: language; the regime table's activities and bases in the catalogue's words (CatalogueSources)
tr_zone = translator("ZoneClasses")


def _percent(share: float) -> str:
    """``0.8`` -> ``80%`` (English, as ``f"{share:.0%}"``) / ``80 %`` (Russian)."""
    return tr_zone("{}%").format(format_number(100 * share, 0))


def _read(path: Path, columns: tuple[str, ...]) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except pd.errors.EmptyDataError as exc:
        raise CatalogueError(
            tr_catalogue("{}: the file is empty; it needs a header row with {}").format(path, ", ".join(columns))
        ) from exc
    except UnicodeDecodeError as exc:
        raise CatalogueError(
            tr_catalogue("{}: not UTF-8 text (byte {}); save it as UTF-8 CSV").format(path, exc.start)
        ) from exc
    except (OSError, pd.errors.ParserError) as exc:
        raise CatalogueError(tr_catalogue("{}: cannot read: {}").format(path, exc)) from exc
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise CatalogueError(tr_catalogue("{}: missing columns {}").format(path, ", ".join(missing)))
    return frame.apply(lambda col: col.str.strip())


def _raise(path: Path, problems: list[str]) -> None:
    if problems:
        raise CatalogueError(f"{path}: " + "; ".join(problems))


def _regime(regime: Regime | None, widths_m: dict | None = None) -> Regime:
    if regime is not None:
        return regime
    return load_regime("sanpin", tuple(widths_m[k] for k in sorted(widths_m)) if widths_m else None)


def load_hazard_classes(path: str | Path | None = None, regime: Regime | None = None) -> pd.DataFrame:
    """The activity -> class table: ``nace`` prefix (``*`` for any other), ``hazard_class`` (a class of
    ``regime``, by label or, for Roman labels, number; default SanPiN), ``activity``, ``basis``.
    Default: the regime's own table. The classes come back as ranks (see :mod:`.regimes`)."""
    regime = _regime(regime)
    path = Path(path) if path else regime.activities
    frame = _read(path, ("nace", "hazard_class", "activity", "basis"))
    problems = []
    ranks = []
    for i, row in frame.iterrows():
        rank = regime.rank_of(row["hazard_class"])
        if rank is None:
            problems.append(
                tr_catalogue("row {}, hazard_class: '{}' is not a class of the {} regime ({})").format(
                    i + 2, row["hazard_class"], regime.key, ", ".join(regime.labels[r] for r in regime.ranks)
                )
            )
        ranks.append(rank)
        if not row["basis"]:
            problems.append(tr_catalogue("row {}, basis: every class needs its basis").format(i + 2))
    _raise(path, problems)
    frame["hazard_class"] = pd.Series(ranks, index=frame.index, dtype=int) if len(frame) else frame["hazard_class"]
    # longest prefix first, so 35.11 wins over 35; the catch-all last
    frame["_len"] = frame["nace"].map(lambda p: -1 if p == "*" else len(p))
    return frame.sort_values("_len", ascending=False, kind="stable").drop(columns="_len").reset_index(drop=True)


def load_reduction_rules(path: str | Path | None = None) -> pd.DataFrame:
    """The pollution-reduction rule: ``match`` (stream or family), ``min_diverted_share``, ``class_steps``, ``basis``."""
    path = Path(path) if path else REDUCTION_FILE
    frame = _read(path, ("match", "min_diverted_share", "class_steps", "basis"))
    problems = []
    for i, row in frame.iterrows():
        try:
            share = float(row["min_diverted_share"])
            ok = 0 < share <= 1
        except ValueError:
            ok = False
        if not ok:
            problems.append(
                tr_catalogue("row {}, min_diverted_share: '{}' is not in (0, 1]").format(
                    i + 2, row["min_diverted_share"]
                )
            )
        if row["class_steps"] not in {"0", "1", "2", "3", "4"}:
            problems.append(tr_catalogue("row {}, class_steps: '{}' is not 0-4").format(i + 2, row["class_steps"]))
        if not row["basis"]:
            problems.append(tr_catalogue("row {}, basis: every rule needs its basis").format(i + 2))
    for dup in frame.loc[frame["match"].duplicated(), "match"]:
        problems.append(tr_catalogue("match: '{}' is listed twice").format(dup))
    _raise(path, problems)
    frame["min_diverted_share"] = frame["min_diverted_share"].astype(float)
    frame["class_steps"] = frame["class_steps"].astype(int)
    return frame.set_index("match")


def hazard_classes(
    sites: pd.DataFrame, table: pd.DataFrame | None = None, regime: Regime | None = None
) -> pd.DataFrame:
    """Each site's class in ``regime`` (default SanPiN) and where it comes from.

    Parameters
    ----------
    sites
        Validated sites (``site_id``, ``nace``, ``hazard_class`` may be missing).
    table
        From :func:`load_hazard_classes` with the same regime (default: the regime's own table).

    Returns
    -------
    DataFrame
        ``hazard_class`` (the class's rank, int) and ``class_source`` on the sites' index.

    Raises
    ------
    InputError
        A site's own class is not one the regime lists, or the table has no class for its activity and
        no ``*`` row: the message names each such site and what to do.
    """
    regime = _regime(regime)
    table = load_hazard_classes(regime=regime) if table is None else table
    classes, sources, problems = [], [], []
    given = sites["hazard_class"] if "hazard_class" in sites else pd.Series(pd.NA, index=sites.index)
    labels = ", ".join(regime.labels[r] for r in regime.ranks)
    for fid, site_id, nace, value in zip(sites.index, sites["site_id"], sites["nace"], given):
        if not pd.isna(value):
            rank = regime.rank_of(value)
            if rank is None:
                problems.append(
                    InputProblem(
                        "sites",
                        tr(
                            "site {}: class '{}' is not a class of the {} regime ({}); clear the field to infer the "
                            "class from the activity, or choose another regime"
                        ).format(site_id, value, regime.key, labels),
                        fid,
                        "hazard_class",
                    )
                )
                rank = regime.ranks[-1]
            classes.append(rank)
            sources.append(tr_zone("given"))
            continue
        for row in table.itertuples():
            if row.nace == "*" or nace_matches(nace, (row.nace,)):
                classes.append(row.hazard_class)
                # the activity and its basis are texts of the regime's table (CatalogueSources)
                activity = translate_marked("CatalogueSources", row.activity)
                label = (
                    translate_marked("CatalogueSources", "any other activity")
                    if row.nace == "*"
                    else tr_zone("NACE {} {}").format(row.nace, activity)
                )
                sources.append(
                    tr_zone("inferred: {} ({})").format(label, translate_marked("CatalogueSources", row.basis))
                )
                break
        else:
            problems.append(
                InputProblem(
                    "sites",
                    tr(
                        "site {}: the {} regime's activity table has no class for NACE {}; give the site's class ({}) "
                        "in its hazard class field, or add the activity to the table"
                    ).format(site_id, regime.key, nace, labels),
                    fid,
                    "hazard_class",
                )
            )
            classes.append(regime.ranks[-1])
            sources.append("")
    if problems:
        raise InputError(problems)
    return pd.DataFrame({"hazard_class": classes, "class_source": sources}, index=sites.index)


class LocalFrames:
    """Per site, an azimuthal equidistant frame centred on it, to buffer and measure in metres.

    The frame is the ellipsoidal azimuthal equidistant projection (a point's distance and azimuth from the centre
    are its geodesic ones on WGS 84), computed with geodesics (``GEOD.inv`` and ``GEOD.fwd``) on arrays. It was one
    pair of PROJ transformers per site: building a transformer costs 20 ms from EPSG:4326 and 40-50 ms from a
    projected CRS, 100 s for the Nordic register in SWEREF 99 TM. Now the sites' CRS is turned into longitude and
    latitude by one transformer for all sites, and the frames cost nothing to make.
    """

    def __init__(self, sites: gpd.GeoDataFrame):
        self.crs = CRS.from_user_input(sites.crs)
        lon, lat = lonlat(sites)
        self._centres = np.column_stack([np.asarray(lon, float), np.asarray(lat, float)])
        lonlat_crs = self.crs.equals(WGS84) or (self.crs.is_geographic and self.crs.to_epsg() == 4326)
        self._to_lonlat = None if lonlat_crs else Transformer.from_crs(self.crs, WGS84, always_xy=True)
        self._from_lonlat = None if lonlat_crs else Transformer.from_crs(WGS84, self.crs, always_xy=True)

    def _forward(self, i: int, xy: np.ndarray) -> np.ndarray:
        x, y = xy[:, 0], xy[:, 1]
        if self._to_lonlat is not None:
            x, y = self._to_lonlat.transform(x, y)
        lon0, lat0 = self._centres[i]
        azimuth, _, metres = GEOD.inv(np.full(len(xy), lon0), np.full(len(xy), lat0), x, y)
        radians = np.radians(azimuth)
        return np.column_stack([metres * np.sin(radians), metres * np.cos(radians)])

    def _inverse(self, i: int, xy: np.ndarray) -> np.ndarray:
        metres = np.hypot(xy[:, 0], xy[:, 1])
        azimuth = np.degrees(np.arctan2(xy[:, 0], xy[:, 1]))
        lon0, lat0 = self._centres[i]
        lon, lat, _ = GEOD.fwd(np.full(len(xy), lon0), np.full(len(xy), lat0), azimuth, metres)
        if self._from_lonlat is not None:
            lon, lat = self._from_lonlat.transform(lon, lat)
        return np.column_stack([lon, lat])

    def to_local(self, i: int, geom):
        return shapely.transform(geom, lambda xy: self._forward(i, xy))

    def from_local(self, i: int, geom):
        return shapely.transform(geom, lambda xy: self._inverse(i, xy))


def buffer_m(sites: gpd.GeoDataFrame, widths_m, frames: LocalFrames | None = None) -> gpd.GeoSeries:
    """Each site's geometry buffered by its width in metres (ground distance), in the sites' CRS."""
    frames = frames or LocalFrames(sites)
    widths = np.broadcast_to(np.asarray(widths_m, float), (len(sites),))
    out = []
    for i, (geom, width) in enumerate(zip(sites.geometry, widths)):
        local = frames.to_local(i, geom)
        out.append(frames.from_local(i, shapely.buffer(local, width, quad_segs=QUAD_SEGMENTS)))
    return gpd.GeoSeries(out, index=sites.index, crs=sites.crs)


def geodesic_area_ha(geoms: gpd.GeoSeries) -> np.ndarray:
    """Area of each polygon on the WGS 84 ellipsoid, hectares (0 for empty)."""
    if len(geoms) == 0:
        return np.zeros(0)
    lonlat_geoms = geoms.to_crs(WGS84) if not CRS.from_user_input(geoms.crs).equals(WGS84) else geoms
    areas = []
    for geom in lonlat_geoms:
        parts = [] if not hasattr(geom, "is_empty") or geom.is_empty else getattr(geom, "geoms", [geom])
        # counter-clockwise shells and clockwise holes, so holes are subtracted
        area = sum(GEOD.geometry_area_perimeter(orient(p, 1.0))[0] for p in parts if p.geom_type == "Polygon")
        areas.append(area / 10_000.0)
    return np.asarray(areas)


def protection_zones(
    sites: gpd.GeoDataFrame,
    table: pd.DataFrame | None = None,
    widths_m: dict | None = None,
    frames: LocalFrames | None = None,
    regime: Regime | None = None,
) -> gpd.GeoDataFrame:
    """One sanitary protection zone per site (see the module notes for the class and the width).

    ``regime`` (default: SanPiN with ``widths_m``, a dict class 1-5 -> metres) gives the classes and widths.

    Returns
    -------
    GeoDataFrame
        :data:`ZONE_FIELDS`, polygons in the sites' CRS, on the sites' index.
    """
    regime = _regime(regime, widths_m)
    classes = hazard_classes(sites, table, regime)
    width = classes["hazard_class"].map(regime.widths_m).astype(float)
    geoms = buffer_m(sites, width.to_numpy(), frames)
    zones = gpd.GeoDataFrame(
        {
            "site_id": sites["site_id"],
            "name": sites["name"],
            "nace": sites["nace"],
            "hazard_class": classes["hazard_class"],
            "class_label": classes["hazard_class"].map(regime.labels),
            "class_source": classes["class_source"],
            "width_m": width,
            "regime": regime.key,
        },
        geometry=geoms,
        crs=sites.crs,
    )
    zones["area_ha"] = geodesic_area_ha(zones.geometry)
    return zones[ZONE_FIELDS + ["geometry"]]


def regime_of(zones: pd.DataFrame) -> str | None:
    """The key of the regime a zone layer was drawn in (its ``regime`` field); None for a layer without the
    field (drawn before regimes could be chosen) or mixing regimes."""
    if zones is None or "regime" not in zones.columns or not len(zones):
        return None
    keys = [k for k in pd.unique(zones["regime"].astype(str)) if k and k not in ("nan", "None", "NULL", "<NA>")]
    return keys[0] if len(keys) == 1 else None


def _rule_for(stream: str, family: str, rules: pd.DataFrame):
    if stream in rules.index:
        return stream, rules.loc[stream]
    if family in rules.index:
        return family, rules.loc[family]
    return None, None


def diverted_shares(exchanges: pd.DataFrame, outputs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per supplier and output stream: its quantity, the quantity chosen exchanges take, and the share.

    ``outputs`` (``site_id``, ``stream``, ``family``, ``quantity``) lists every output of every site;
    without it the outputs are those the exchanges name, with their ``supply`` quantity.
    """
    chosen = exchanges[exchanges["selected"].astype(bool)]
    taken = chosen.groupby(["supplier", "stream"])["quantity_selected"].sum()
    if outputs is None:
        outputs = (
            exchanges.groupby(["supplier", "stream"])
            .agg(family=("family", "first"), quantity=("supply", "max"))
            .reset_index()
            .rename(columns={"supplier": "site_id"})
        )
    else:
        outputs = outputs.groupby(["site_id", "stream"]).agg(family=("family", "first"), quantity=("quantity", "sum"))
        outputs = outputs.reset_index()
    key = pd.MultiIndex.from_frame(outputs[["site_id", "stream"]])
    outputs["diverted"] = taken.reindex(key).fillna(0.0).to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(outputs["quantity"] > 0, outputs["diverted"] / outputs["quantity"], 0.0)
    outputs["share"] = np.clip(share, 0.0, 1.0)
    return outputs


@dataclass
class Reduction:
    """Zones before and after the chosen exchanges and the area they free."""

    before: gpd.GeoDataFrame
    after: gpd.GeoDataFrame
    #: one feature per site whose class falls: the ring of land its zone no longer covers
    freed: gpd.GeoDataFrame
    #: per site: class before and after, the outputs that set it and how far each was diverted
    steps: pd.DataFrame
    totals: dict


def reduction_zones(
    sites: gpd.GeoDataFrame,
    exchanges: pd.DataFrame,
    outputs: pd.DataFrame | None = None,
    rules: pd.DataFrame | None = None,
    table: pd.DataFrame | None = None,
    widths_m: dict | None = None,
    regime: Regime | None = None,
) -> Reduction:
    """Recompute each site's class after the chosen exchanges with the reduction rule (module notes).

    Parameters
    ----------
    sites
        Validated sites.
    exchanges
        Exchanges with ``supplier``, ``stream``, ``family``, ``selected``, ``quantity_selected`` and,
        when ``outputs`` is not given, ``supply``.
    outputs
        Every output stream of every site (``site_id``, ``stream``, ``family``, ``quantity``).
    """
    regime = _regime(regime, widths_m)
    rules = load_reduction_rules() if rules is None else rules
    frames = LocalFrames(sites)  # the zones before and after are buffered in the same local projections
    before = protection_zones(sites, table, frames=frames, regime=regime)
    shares = diverted_shares(exchanges, outputs)
    rows = []
    for site_id, klass in zip(before["site_id"], before["hazard_class"]):
        mine = shares[shares["site_id"] == site_id]
        earned, driving = [], []
        for out in mine.itertuples():
            matched, rule = _rule_for(out.stream, out.family, rules)
            if rule is None or rule["class_steps"] == 0:
                continue
            ok = out.share >= rule["min_diverted_share"] - 1e-9
            earned.append(int(rule["class_steps"]) if ok else 0)
            driving.append(
                tr_zone("{} {} (rule '{}': {})").format(
                    out.stream, _percent(out.share), matched, _percent(rule["min_diverted_share"])
                )
            )
        steps = min(earned) if earned else 0
        rows.append(
            {
                "site_id": site_id,
                "class_before": int(klass),
                "class_after": regime.step_down(klass, steps),
                "diverted": "; ".join(driving),
                "rule": (
                    tr_zone("{} class(es) down: every zone-driving output diverted").format(steps)
                    if steps
                    else tr_zone("no change: an output below its share")
                    if earned
                    else tr_zone("no change: no zone-driving output")
                ),
            }
        )
    steps = pd.DataFrame(rows, index=before.index)
    after = before.copy()
    after["hazard_class"] = steps["class_after"]
    after["class_label"] = after["hazard_class"].map(regime.labels)
    after["width_m"] = after["hazard_class"].map(regime.widths_m).astype(float)
    changed = steps["class_after"] != steps["class_before"]
    after["class_source"] = np.where(
        changed,
        [tr_zone("reduced by the chosen exchanges: {}").format(d) for d in steps["diverted"]],
        before["class_source"],
    )
    # why each site keeps or loses its class
    after["diverted"] = steps["diverted"]
    after["reduction"] = steps["rule"]
    after_geoms = buffer_m(sites, after["width_m"].to_numpy(), frames)
    after = after.set_geometry(after_geoms.values)
    after["area_ha"] = geodesic_area_ha(after.geometry)

    freed_rows, freed_geoms = [], []
    for idx in steps.index[changed.to_numpy()]:
        ring = shapely.difference(before.geometry.loc[idx], after.geometry.loc[idx])
        # land still inside another site's zone after the exchanges is not freed
        others = after.geometry.drop(index=idx)
        near = others.iloc[others.sindex.query(ring, predicate="intersects")] if len(others) else others
        net = shapely.difference(ring, shapely.union_all(near.to_numpy())) if len(near) else ring
        area_ring, area_net = geodesic_area_ha(gpd.GeoSeries([ring, net], crs=sites.crs))
        freed_geoms.append(ring)
        freed_rows.append(
            {
                "site_id": steps.at[idx, "site_id"],
                "name": before.at[idx, "name"],
                "class_before": steps.at[idx, "class_before"],
                "class_after": steps.at[idx, "class_after"],
                "width_before_m": before.at[idx, "width_m"],
                "width_after_m": after.at[idx, "width_m"],
                "area_before_ha": before.at[idx, "area_ha"],
                "area_after_ha": after.at[idx, "area_ha"],
                "freed_ha": area_ring,
                "freed_net_ha": area_net,
                "diverted": steps.at[idx, "diverted"],
                "rule": steps.at[idx, "rule"],
            }
        )
    freed = gpd.GeoDataFrame(pd.DataFrame(freed_rows, columns=REDUCTION_FIELDS), geometry=freed_geoms, crs=sites.crs)
    return Reduction(before, after, freed, steps, zone_totals(before, after))


def zone_totals(before: gpd.GeoDataFrame, after: gpd.GeoDataFrame) -> dict:
    """Area of the zones before and after (their union: overlaps count once), the land freed and the sites
    whose class fell, from the two zone layers (``site_id``, ``hazard_class``) as written or read back."""
    after_class = dict(zip(after["site_id"], after["hazard_class"]))
    reduced = sum(
        1 for sid, klass in zip(before["site_id"], before["hazard_class"]) if after_class.get(sid, klass) != klass
    )
    union_before = shapely.union_all(before.geometry.to_numpy())
    union_after = shapely.union_all(after.geometry.to_numpy())
    area_before, area_after = geodesic_area_ha(gpd.GeoSeries([union_before, union_after], crs=before.crs))
    return {
        "sites_reduced": int(reduced),
        "zone_area_before_ha": float(area_before),
        "zone_area_after_ha": float(area_after),
        "freed_ha": float(area_before - area_after),
    }
