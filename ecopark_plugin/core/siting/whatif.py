"""What if a new plant came to the park: the exchanges it would join and what they are worth.

The engine runs twice, without and with the new plant (its sector, location and streams); the answer is
the difference of the two runs: the exchanges the plant joins, those it could join but that were not
chosen, the park's totals before and after (:func:`compare.compare`) and the exchanges it displaces.
All figures come from :func:`pipeline.run`; nothing is priced here.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
from pyproj import CRS, Transformer
from shapely import Point

from ..model.errors import InputError, InputProblem
from ..model.i18n import localised_number, translator
from ..model.inputs import STREAM_FIELDS, FieldMapping, normalise_nace, validate_sites, validate_streams
from ..model.parameters import Parameters
from ..report.compare import compare
from ..symbiosis.catalogue import Catalogue
from ..symbiosis.engine import Progress, Result, chosen_flows, run
from ..transport.plan import Networks

#: the checks of what this module is given, in the run's language
tr = translator("SitingErrors")

#: the name under which problems of the new plant are reported
NEW_LAYER = "new plant"
NEW_STREAMS_LAYER = "new plant's streams"
#: columns that identify an exchange across two runs (exchange ids are renumbered every run)
LINK_KEY = ["supplier", "receiver", "stream", "rule_id"]
#: how the new plant's streams were set (:attr:`WhatIf.streams_origin`)
STREAMS_GIVEN, STREAMS_INFERRED, STREAMS_NONE = "given", "inferred", "none"


@dataclass
class WhatIf:
    """The answer of :func:`what_if`."""

    #: the new plant, normalised: site_id, name, nace, hazard_class (or None), x, y
    site: dict
    #: ``'given'``, ``'inferred'`` (from its sector profile) or ``'none'`` (no profile: it can still
    #: receive what its sector uses, as any site without streams)
    streams_origin: str
    #: the new plant's streams as the second run used them
    streams: pd.DataFrame
    before: Result
    after: Result
    #: the exchanges the new plant joins in the new optimum, with their figures at the chosen quantity
    joined: gpd.GeoDataFrame
    #: candidate exchanges of the new plant that were not chosen, with their ``reason``
    missed: gpd.GeoDataFrame
    #: exchanges chosen without the plant and not with it (figures of the run without it)
    displaced: gpd.GeoDataFrame
    #: :func:`compare.compare` of the two summaries: key, before, after, difference, decimals
    changes: pd.DataFrame

    def gain(self, key: str) -> float:
        """The change of one figure of :data:`compare.FIGURES` (after - before)."""
        return float(self.changes.loc[self.changes["key"] == key, "difference"].iloc[0])

    @property
    def net_benefit_gain(self) -> float:
        """Change of the park's net benefit, EUR a year."""
        return self.gain("net_benefit_eur")

    @property
    def co2_gain(self) -> float:
        """Change of the park's net CO2 avoided, t a year."""
        return self.gain("co2_avoided_t")


def what_if(
    sites: gpd.GeoDataFrame,
    streams: pd.DataFrame | None,
    new_site: dict,
    location: tuple[float, float],
    new_streams: pd.DataFrame | None = None,
    catalogue: Catalogue | None = None,
    params: Parameters | None = None,
    site_mapping: FieldMapping | None = None,
    stream_mapping: FieldMapping | None = None,
    networks: Networks | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    sites_layer: str = "sites",
    streams_layer: str = "streams",
) -> WhatIf:
    """Run the engine without and with a hypothetical new plant and tell what the plant changes.

    Parameters
    ----------
    sites, streams
        The park as for :func:`pipeline.run` (streams may be ``None``).
    new_site
        ``site_id``, ``name`` and ``nace`` (required), optional ``hazard_class`` (1-5).
    location
        (x, y) of the new plant in the CRS of ``sites``.
    new_streams
        The new plant's streams in the streams table's form (``direction``, ``stream``, ``quantity``,
        ``unit``, optional ``ewc``; ``site_id`` may be left out). ``None`` or empty: inferred from its
        NACE code like any site without streams.
    progress
        Called with (percent, stage); the first run fills 0-50, the second 50-100.

    Raises
    ------
    InputError
        Bad park input, or a new plant whose id clashes, whose NACE code is missing or wrong, whose
        location is outside the CRS's range or whose streams are wrong.
    """
    params = params or Parameters()
    catalogue = catalogue or Catalogue.load()
    clean = validate_sites(sites, site_mapping, sites_layer)
    site = _check_new_site(new_site, location, clean)
    added = _new_streams(new_streams, site, clean.crs)

    def stage(low: float):
        return lambda p, text: progress and progress(low + p / 2, text)

    options = dict(catalogue=catalogue, params=params, networks=networks, is_cancelled=is_cancelled)
    before = run(
        sites, streams, site_mapping=site_mapping, stream_mapping=stream_mapping, sites_layer=sites_layer, streams_layer=streams_layer,
        progress=stage(0), **options,
    )  # fmt: skip
    row = gpd.GeoDataFrame(
        {
            "site_id": [site["site_id"]],
            "name": [site["name"]],
            "nace": [site["nace"]],
            "hazard_class": pd.array([site["hazard_class"]], dtype="Int64"),
        },
        geometry=[Point(site["x"], site["y"])],
        crs=clean.crs,
        index=[_next_index(clean.index)],
    )
    # the park keeps what its input says beyond the model's fields (a register's activity, releases and
    # waste transfers, hygiene status), so the second run infers the same streams for it as the first
    extra = [c for c in sites.columns if c not in clean.columns and c != sites.geometry.name]
    park = clean.copy()
    park[extra] = sites.loc[clean.index, extra].to_numpy()
    with_new = pd.concat([park, row])
    all_streams, all_mapping = _append_streams(streams, stream_mapping, added)
    after = run(
        with_new, all_streams, stream_mapping=all_mapping, sites_layer=sites_layer, streams_layer=streams_layer,
        progress=stage(50), **options,
    )  # fmt: skip

    sid = site["site_id"]
    ex = after.exchanges
    mine = (ex["supplier"] == sid) | (ex["receiver"] == sid)
    chosen = ex["selected"].astype(bool)
    joined = chosen_flows(ex[mine & chosen])
    chosen_before = before.exchanges[before.exchanges["selected"].astype(bool)]
    kept = set(map(tuple, ex.loc[chosen, LINK_KEY].to_numpy()))
    gone = [tuple(k) not in kept for k in chosen_before[LINK_KEY].to_numpy()]
    origin = STREAMS_GIVEN if len(added) else STREAMS_NONE
    used = after.streams[after.streams["site_id"] == sid].reset_index(drop=True)
    if not len(added) and len(used):
        origin = STREAMS_INFERRED
    return WhatIf(
        site=site,
        streams_origin=origin,
        streams=used,
        before=before,
        after=after,
        joined=joined,
        missed=ex[mine & ~chosen],
        displaced=chosen_flows(chosen_before[np.array(gone, dtype=bool)]),
        changes=_changes(before.summary, after.summary),
    )


def _changes(before: dict, after: dict) -> pd.DataFrame:
    """:func:`compare.compare` of the two summaries, without the figures neither run has (zones, homes)."""
    table = compare(before, after).rename(columns={"a": "before", "b": "after"})
    return table[table[["before", "after"]].notna().any(axis=1)].reset_index(drop=True)


def _next_index(index: pd.Index):
    """A feature id for the new plant after the layer's ids (row numbers when they are not numbers)."""
    try:
        return int(max(index)) + 1 if len(index) else 1
    except (TypeError, ValueError):
        return len(index) + 1


def _check_new_site(new_site: dict, location, clean: gpd.GeoDataFrame) -> dict:
    """The new plant normalised, or every problem of it in one :class:`InputError`."""
    problems = []
    raw_id = new_site.get("site_id")
    site_id = "" if raw_id is None else str(raw_id).strip()
    if not site_id:
        problems.append(InputProblem(NEW_LAYER, tr("the new plant needs an id"), field="site_id"))
    elif site_id in set(clean["site_id"]):
        other = clean.loc[clean["site_id"] == site_id, "name"].iloc[0]
        problems.append(
            InputProblem(
                NEW_LAYER,
                tr("id '{}' is already the id of site '{}'; choose another").format(site_id, other),
                None,
                "site_id",
            )
        )
    raw_nace = new_site.get("nace")
    nace = normalise_nace(raw_nace)
    if raw_nace is None or str(raw_nace).strip() == "":
        problems.append(InputProblem(NEW_LAYER, tr("a NACE Rev.2 code (such as 23.51) is required"), field="nace"))
    elif nace is None:
        problems.append(
            InputProblem(NEW_LAYER, tr("'{}' is not a NACE Rev.2 code such as 23.51").format(raw_nace), field="nace")
        )
    hazard = new_site.get("hazard_class")
    if hazard is not None and not (isinstance(hazard, int | np.integer) and 1 <= hazard <= 5):
        problems.append(
            InputProblem(NEW_LAYER, tr("hazard class '{}' is not 1-5").format(hazard), field="hazard_class")
        )
    x, y = (float(v) for v in location)
    problem = _location_problem(x, y, CRS.from_user_input(clean.crs))
    if problem:
        problems.append(InputProblem(NEW_LAYER, problem, field="location"))
    if problems:
        raise InputError(problems)
    name = str(new_site.get("name") or "").strip() or site_id
    return {"site_id": site_id, "name": name, "nace": nace, "hazard_class": hazard, "x": x, "y": y}


def _location_problem(x: float, y: float, crs: CRS) -> str | None:
    """Why (x, y) cannot be a place in ``crs`` (not finite, off the globe, or far outside the area the CRS is
    made for, where its distances mean little), or None."""
    if not (math.isfinite(x) and math.isfinite(y)):
        return tr("({}, {}) is not a point").format(x, y)
    lon, lat = Transformer.from_crs(crs, "EPSG:4326", always_xy=True).transform(x, y)
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        return tr("({}, {}) is not a place in {}; is the point in another CRS?").format(
            localised_number(f"{x:,.0f}"), localised_number(f"{y:,.0f}"), crs.name
        )
    area = crs.area_of_use
    margin = 10.0  # degrees: a click a little outside a UTM zone is still measured well enough
    if area is not None and not (
        area.west - margin <= lon <= area.east + margin and area.south - margin <= lat <= area.north + margin
    ):
        return tr("the point ({}, {} lon/lat) is far outside the area of {}").format(
            localised_number(f"{lon:.3f}"), localised_number(f"{lat:.3f}"), crs.name
        )
    return None


def _new_streams(new_streams: pd.DataFrame | None, site: dict, crs) -> pd.DataFrame:
    """The new plant's streams with its id, checked on their own so that problems name their rows."""
    if new_streams is None or not len(new_streams):
        return pd.DataFrame(columns=list(STREAM_FIELDS))
    frame = new_streams.copy()
    frame["site_id"] = site["site_id"]
    frame.index = pd.RangeIndex(1, len(frame) + 1)  # rows are named from 1
    only = gpd.GeoDataFrame({"site_id": [site["site_id"]]}, geometry=[Point(site["x"], site["y"])], crs=crs)
    validate_streams(frame, only, FieldMapping.guess(frame.columns, STREAM_FIELDS), NEW_STREAMS_LAYER)
    return frame.reindex(columns=[c for c in STREAM_FIELDS if c in frame.columns])


def _append_streams(
    streams: pd.DataFrame | None, mapping: FieldMapping | None, added: pd.DataFrame
) -> tuple[pd.DataFrame | None, FieldMapping | None]:
    """The park's streams with the new plant's appended in the park's field names."""
    if not len(added):
        return streams, mapping
    if streams is None or not len(streams.columns):
        return added, None
    mapping = mapping or FieldMapping.guess(streams.columns, STREAM_FIELDS)
    rename = {k: mapping.get(k) for k in added.columns if mapping.get(k) in streams.columns}
    extra = added[list(rename)].rename(columns=rename)
    extra.index = pd.RangeIndex(_next_index(streams.index), _next_index(streams.index) + len(extra))
    return pd.concat([streams, extra]), mapping
