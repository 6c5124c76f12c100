"""The main job, the one QGIS-free way in: a :class:`Job` (frames and parameters) in, a :class:`JobResult` out.

The command line, every Processing algorithm that runs the engine, the panel's background task and the
what-if all build a :class:`Job` and call :func:`run`. ``qgis_io`` only turns QGIS layers into the frames a
job holds and the result's frames back into layers.

Networks and housing may be given ready, or as a loader (a function of no argument) that :func:`run` calls
at its stage: a file read in a background task then does not hold up the user's screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import geopandas as gpd
import pandas as pd

from .model.errors import Cancelled, InputError
from .model.i18n import translator
from .model.inputs import (
    QUANTITY_FIELDS,
    SITE_FIELDS,
    STREAM_FIELDS,
    FieldMapping,
    points_from_columns,
    validate_sites,
    validate_streams,
)
from .model.mapping import ImportMapping, coordinate_check, prepare_sites, resolved
from .model.outputs import LAYERS
from .model.parameters import Parameters
from .model.rejects import REJECTED_COLUMNS, as_given, concat_rejected, keep_good_rows, rejected_rows
from .model.tables import parse_number
from .siting.whatif import what_if as siting_what_if
from .symbiosis.baseline import existing_left_out
from .symbiosis.catalogue import Catalogue
from .symbiosis.engine import Result
from .symbiosis.engine import run as run_engine
from .transport.plan import Networks
from .zones.housing import Housing
from .zones.impact import Impact, assess

tr = translator("MapCredits")

Progress = Callable[[float, str], None]
IsCancelled = Callable[[], bool]

#: the stages of :func:`run`: name, share of the progress bar (from, to) and the words shown as it starts
STAGES = {
    "networks": (0, 8, "Reading networks"),
    "housing": (8, 10, "Reading housing"),
    "engine": (10, 85, "Checking input"),
    "zones": (85, 97, "Sanitary protection zones before and after the exchanges"),
    "layers": (97, 100, "Writing the GeoPackage"),
}


@dataclass
class Job:
    """One run of the main job: the sites (and streams) as frames, the parameters, and what else was given."""

    sites: pd.DataFrame
    sites_layer: str = "sites"
    #: the CRS of the sites table's coordinate columns when it has no geometry (a spreadsheet, a register's
    #: table; default EPSG:4326)
    sites_crs: str | None = None
    streams: pd.DataFrame | None = None
    streams_layer: str = "streams"
    #: the user's field mapping (model field -> column); fields left out are guessed from the column names
    site_fields: dict = field(default_factory=dict)
    stream_fields: dict = field(default_factory=dict)
    params: Parameters = field(default_factory=Parameters)
    catalogue: Catalogue | None = None
    #: road, rail and sea infrastructure, or a loader of it; None: straight lines times the detour factor
    networks: Networks | Callable[[], Networks | None] | None = None
    #: homes for the zones' exposure, or a loader of them
    housing: Housing | Callable[[], Housing | None] | None = None
    #: the user's zone-reduction rules and hazard classes (None: the shipped tables)
    rules: pd.DataFrame | None = None
    classes: pd.DataFrame | None = None
    #: exchanges that exist already (supplier, receiver, stream): the baseline, apart from new benefit
    existing: pd.DataFrame | None = None
    #: leave out the sites and streams rows that cannot be used (kept in :attr:`JobResult.rejected`) instead of
    #: stopping with every problem named
    skip_bad_rows: bool = False
    #: the import mapping (coordinate and year columns, the kind of activity code); its field names join
    #: ``site_fields`` and ``stream_fields`` (which win), its CRS ``sites_crs``
    mapping: ImportMapping | None = None
    #: the decimal mark of the sites table's coordinates where known (declared in the mapping or detected in
    #: the file): a lone other mark before three digits then groups thousands
    sites_decimal: str | None = None
    #: the same for the streams table (its quantities)
    streams_decimal: str | None = None


@dataclass
class JobResult:
    """What :func:`run` made: the engine's result, the zones and housing, and what they were measured on."""

    result: Result
    impact: Impact
    networks: Networks | None = None
    housing: Housing | None = None
    #: the output layers by name, in map order (see :data:`.model.outputs.LAYERS`)
    layers: dict[str, gpd.GeoDataFrame] = field(default_factory=dict)
    #: the input rows left out (:mod:`.model.rejects`); empty unless the job skips bad rows
    rejected: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(REJECTED_COLUMNS)))
    #: the sites come from the E-PRTR register (the map's credit line says so)
    register: bool = True

    @property
    def credits(self) -> str:
        return credits_for(self.networks, self.housing, self.impact.summary.get("regime"), self.register)


def stage_progress(progress: Progress | None, is_cancelled: IsCancelled | None, stage: str) -> Progress:
    """A progress callback for ``stage`` that fills its share of the bar and stops on cancel."""
    low, high, _ = STAGES[stage]

    def report(percent: float, text: str) -> None:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled("cancelled by the user")
        if progress is not None:
            progress(low + (high - low) * percent / 100.0, text)

    return report


def _loaded(value):
    return value() if callable(value) else value


def _eprtr_nace(activity: str) -> str | None:
    from .symbiosis.register import activity_to_nace

    return activity_to_nace(activity)[0]


def mapped_sites(job: Job) -> tuple[pd.DataFrame, dict]:
    """The job's sites table as its import mapping reads it (latest year per site, activity codes as NACE),
    and the notes of what that did (:func:`.model.mapping.prepare_sites`)."""
    if job.mapping is None:
        return job.sites, {}
    # the fields named in the job (a Processing algorithm's field parameters) win over the mapping's
    mapping = job.mapping.merged(ImportMapping({k: v for k, v in job.site_fields.items() if v}))
    return prepare_sites(job.sites, mapping, _eprtr_nace, job.sites_layer)


def _crs_and_columns(job: Job):
    mapping = job.mapping or ImportMapping()
    return job.sites_crs or mapping.sites_crs, (mapping.sites.get("x"), mapping.sites.get("y"))


def _decimal(job: Job) -> str | None:
    return (job.mapping.table.get("decimal") if job.mapping else None) or job.sites_decimal


def job_sites(job: Job, mapped: tuple[pd.DataFrame, dict] | None = None) -> pd.DataFrame:
    """The job's sites; a table without geometry (a spreadsheet, a register's table) gets points from its
    coordinate columns in ``job.sites_crs``. Without such columns it is left for validation to name.
    ``mapped``: :func:`mapped_sites` of the job, where the caller has it already."""
    sites, _ = mapped or mapped_sites(job)
    if hasattr(sites, "geometry"):
        return sites
    crs, columns = _crs_and_columns(job)
    points = points_from_columns(sites, crs, job.sites_layer, columns, _decimal(job))
    return sites if points is None else points


def mappings(job: Job) -> tuple[FieldMapping, FieldMapping | None]:
    """The job's site and stream field mappings, fields the user left out guessed from the column names."""
    mapping = job.mapping or ImportMapping()
    stream_map = None
    if job.streams is not None:
        given = {**mapping.streams, **job.stream_fields}
        stream_map = FieldMapping.guess(job.streams.columns, STREAM_FIELDS, given, job.streams_decimal)
    site_fields = {**{k: v for k, v in mapping.sites.items() if k in SITE_FIELDS}, **job.site_fields}
    # quantities are read with the table's decimal mark, as its coordinates are
    return FieldMapping.guess(job.sites.columns, SITE_FIELDS, site_fields, _decimal(job)), stream_map


def usable_rows(
    job: Job, mapped: tuple[pd.DataFrame, dict] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame | None, pd.DataFrame]:
    """The job's sites (with points from coordinate columns) and streams, and the rows left out as a rejected
    table: with ``job.skip_bad_rows`` the rows that cannot be used (a coordinate that is no number, a bad
    activity code, a quantity out of range, a stream of an unknown or rejected site ...), else none (the engine
    then stops on the first bad row with every problem named). ``mapped``: as for :func:`job_sites`."""
    mapped = mapped or mapped_sites(job)
    if not job.skip_bad_rows:
        return job_sites(job, mapped), job.streams, pd.DataFrame(columns=list(REJECTED_COLUMNS))
    site_map, stream_map = mappings(job)
    layer = job.sites_layer
    sites, _ = mapped
    rejected_points = None
    if not hasattr(sites, "geometry"):
        crs, columns = _crs_and_columns(job)
        points, rejected_points = keep_good_rows(
            sites, lambda frame: points_from_columns(frame, crs, layer, columns, _decimal(job)), layer
        )
        sites = sites if points is None else points
    sites, rejected_sites = keep_good_rows(
        sites, lambda frame: (validate_sites(frame, site_map, layer), frame)[1], layer
    )
    streams, rejected_streams = job.streams, None
    if streams is not None:
        valid_sites = validate_sites(sites, site_map, layer)
        streams, rejected_streams = keep_good_rows(
            streams,
            lambda frame: (validate_streams(frame, valid_sites, stream_map, job.streams_layer), frame)[1],
            job.streams_layer,
        )
    rejected = concat_rejected(rejected_points, rejected_sites, rejected_streams)
    return sites, streams, as_given(rejected, job.sites, layer)


@dataclass
class ImportedSites:
    """A register's table read as sites (:func:`import_sites`)."""

    #: the usable rows as points, the mapped columns under the model's names (site_id, name, nace ...)
    sites: gpd.GeoDataFrame
    #: the rows left out, each with its reasons (:mod:`.model.rejects`)
    rejected: pd.DataFrame
    #: what the mapping did (:func:`.model.mapping.prepare_sites`: older_years, activity_kind)
    notes: dict
    #: the mapping used, with what was guessed written in (to save for next year's file)
    mapping: ImportMapping


def import_sites(
    frame: pd.DataFrame, mapping: ImportMapping, layer: str = "sites", decimal: str | None = None
) -> ImportedSites:
    """A register's table (no geometry: coordinate columns) as a sites layer, by the steps a run takes with
    ``skip_bad_rows`` (:func:`mapped_sites`, :func:`usable_rows`): the latest year of each site, activity codes
    as NACE, points in the mapping's CRS, every row that cannot be used set apart with its reasons.

    ``InputError`` when the table as a whole cannot be read (a mapped column missing, no usable row).
    ``decimal``: the table's decimal mark as detected (:class:`.model.tables.TableFormat`), where the mapping
    declares none.
    """
    if not hasattr(frame, "geometry"):
        check = coordinate_check(frame, mapping, decimal=decimal)
        if check.usable and not check.degrees and not check.declared:
            # every row would be refused one by one; the table's CRS is what is missing
            raise InputError.single(layer, f"{check.said()}: {check.advice}", field=check.x)
    job = Job(sites=frame, sites_layer=layer, mapping=mapping, skip_bad_rows=True, sites_decimal=decimal)
    mapped = mapped_sites(job)
    sites, _, rejected = usable_rows(job, mapped)
    site_map, _ = mappings(job)
    renames = {
        col: name
        for name, col in site_map.fields.items()
        if col and col != name and col in sites.columns and name not in sites.columns
    }
    # the index (a CSV's line, a layer's feature id) named the rows refused; a GeoPackage's own fid column
    # may bear its name
    sites = sites.rename(columns=renames).rename_axis(None)
    # quantities as numbers, read with the table's decimal mark: a run on the layer reads them as they were meant
    for name in QUANTITY_FIELDS:
        col = site_map.get(name)
        if col and name in sites.columns and name in (col, renames.get(col)):
            sites[name] = sites[name].map(lambda v: parse_number(v, site_map.decimal)).astype(float)
    return ImportedSites(sites, rejected, mapped[1], resolved(frame, mapping))


def engine(job: Job, networks: Networks | None = None, progress: Progress | None = None, is_cancelled=None) -> Result:
    """The symbiosis engine alone on a job's frames (no zones): field mappings left out are guessed."""
    return _engine(job, networks, progress, is_cancelled)[0]


def _engine(job: Job, networks, progress, is_cancelled) -> tuple[Result, pd.DataFrame]:
    site_map, stream_map = mappings(job)
    mapped = mapped_sites(job)  # a register's import mapping applied once, for the rows and the summary
    sites, streams, rejected = usable_rows(job, mapped)
    result = run_engine(
        sites,
        streams,
        catalogue=job.catalogue,
        params=job.params,
        site_mapping=site_map,
        stream_mapping=stream_map,
        sites_layer=job.sites_layer,
        streams_layer=job.streams_layer,
        progress=progress,
        is_cancelled=is_cancelled,
        networks=networks,
        existing=job.existing,
    )
    # existing exchanges that name no site or no candidate would be left out of the baseline without a word
    left = existing_left_out(job.existing, result.exchanges, result.sites["site_id"])
    if left:
        rejected = concat_rejected(rejected, rejected_rows(job.existing, left, "existing exchanges"))
    result.summary["rejected_rows"] = len(rejected)
    result.summary["import"] = mapped[1]
    return result, rejected


def run(job: Job, progress: Progress | None = None, is_cancelled: IsCancelled | None = None) -> JobResult:
    """Run ``job``: networks and housing first (a bad file stops the run before the engine), the engine,
    then the zones and housing. The result's summary carries the zone figures.

    Touches nothing but its arguments, so it may run in any thread.
    """
    networks = homes = None
    if job.networks is not None:
        stage_progress(progress, is_cancelled, "networks")(0, STAGES["networks"][2])
        networks = _loaded(job.networks)
    if job.housing is not None:
        stage_progress(progress, is_cancelled, "housing")(0, STAGES["housing"][2])
        homes = _loaded(job.housing)
    result, rejected = _engine(job, networks, stage_progress(progress, is_cancelled, "engine"), is_cancelled)
    # features the networks and housing could not use: counted nowhere else
    left_out = [homes.left_out] if homes is not None else []
    if networks is not None:
        left_out += [getattr(n, "left_out", None) for n in (networks.road, networks.rail, networks.water)]
    left_out = [t for t in left_out if t is not None and len(t)]
    if left_out:
        rejected = concat_rejected(rejected, *left_out)
        result.summary["rejected_rows"] = len(rejected)
    impact = assess(
        result.sites,
        result.exchanges,
        result.streams,
        homes,
        job.params,
        job.catalogue,
        job.rules,
        job.classes,
        progress=stage_progress(progress, is_cancelled, "zones"),
        is_cancelled=is_cancelled,
    )
    result.summary["zones"] = impact.summary
    layers = {"sites": result.sites, "exchanges": result.exchanges, **impact.layers()}
    if networks is not None and networks.road is not None:
        layers["road_network"] = networks.road.edges_frame(result.sites.crs)
    ordered = {name: layers[name] for name in LAYERS if name in layers}
    return JobResult(result, impact, networks, homes, ordered, rejected, from_register(job.sites))


def what_if(job: Job, site: dict, location, new_streams=None, progress: Progress | None = None, is_cancelled=None):
    """What a new plant at ``location`` (in the sites' CRS) would change in the job's park: the what-if of the
    panel and of ``ecopark:whatif`` (:func:`.siting.whatif.what_if`), on the same job as a run."""
    site_map, stream_map = mappings(job)
    return siting_what_if(
        job_sites(job),
        job.streams,
        site,
        location,
        new_streams,
        catalogue=job.catalogue,
        params=job.params,
        site_mapping=site_map,
        stream_mapping=stream_map,
        progress=progress,
        is_cancelled=is_cancelled,
        sites_layer=job.sites_layer,
        streams_layer=job.streams_layer,
    )


#: the zone regime as a map's credit line names it (its full title and status are in the report)
ZONE_CREDITS = {"sanpin": "SanPiN 2.2.1/2.1.1.1200-03", "vng": "VNG 2009", "nrw": "Abstandserlass NRW 2007"}
#: columns that say the sites come from the E-PRTR register (its import and the shipped samples write them)
REGISTER_COLUMNS = ("eprtr_id", "eprtr_activity", "facilityinspireid")


def from_register(sites: pd.DataFrame) -> bool:
    """Whether a sites table comes from the E-PRTR register (it carries the register's ids or activities)."""
    return any(str(c).lower() in REGISTER_COLUMNS for c in sites.columns)


def credits_for(
    networks: Networks | None, housing: Housing | None = None, regime: str | None = None, register: bool = True
) -> str:
    """The map's credit line, in the current language: where sites and homes come from, what the distances
    were measured on. ``register``: the sites come from the E-PRTR register (else: the user's layer)."""
    sites = (
        tr("EcoPark. Sites: EEA Industrial Reporting (E-PRTR), CC BY 4.0; some locations approximate.")
        if register
        else tr("EcoPark. Sites: the input layer, with its own sources; some locations approximate.")
    )
    if networks is None and housing is None:
        return " ".join(
            [sites, tr("Distances: geodesic x detour factor."), tr("Figures: see the catalogue's sources.")]
        )
    parts = [sites]
    if housing is not None:
        origin = tr("(c) OpenStreetMap contributors, ODbL 1.0") if housing.from_osm else tr("the user's layer")
        zones = {**ZONE_CREDITS, "sanpin": tr("SanPiN 2.2.1/2.1.1.1200-03")}.get(
            regime or "sanpin", tr("the '{}' regime").format(regime)
        )
        kind = {"buildings": tr("buildings"), "landuse": tr("residential land"), "population": tr("population points")}
        parts.append(
            tr("Homes ({}): {}. Zones: {} classes.").format(kind.get(housing.kind, housing.kind), origin, zones)
        )
    if networks is None or networks.road is None:
        parts.append(tr("Road distances: geodesic x detour factor."))
    else:
        parts.append(tr("Roads: (c) OpenStreetMap contributors, ODbL 1.0; chosen links drawn along their routes."))
    if networks is not None and networks.ports is not None:
        parts.append(
            tr("Sea: between ports along the waterways.")
            if networks.water is not None
            else tr("Sea: between ports, geodesic x sea detour factor.")
        )
    parts.append(tr("Figures: see the catalogue's sources."))
    return " ".join(parts)
