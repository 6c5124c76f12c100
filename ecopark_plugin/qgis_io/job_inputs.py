"""A :class:`~ecopark_plugin.core.job.Job` from QGIS layers and files, and its result written out.

QGIS layers are read here, on the thread that owns them; files GDAL opens directly (road networks, OSM
extracts, housing files) become loaders that the job calls in the run itself, where a background task
reads them without holding up the screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pandas as pd
from qgis.core import QgsFeatureSource

from ..core.job import STAGES, Job, JobResult, engine, run, stage_progress
from ..core.model.parameters import Parameters
from ..core.model.rejects import REJECTED_LAYER, as_frame
from ..core.symbiosis.catalogue import Catalogue
from ..core.symbiosis.engine import Result
from ..core.transport.plan import Networks
from ..core.zones.housing import Housing
from .layers import layer_decimal, source_to_frame
from .networks import networks_from
from .results import housing_from, write_gpkg

NETWORK_KINDS = ("road", "rail", "water", "ports", "terminals")


def job_from_layers(
    sites: QgsFeatureSource,
    streams: QgsFeatureSource | None = None,
    networks: dict | None = None,
    housing=None,
    housing_kind: str = "auto",
    population_field: str | None = None,
    levels_field: str | None = None,
    road_costs=None,
    **options,
) -> Job:
    """A job on ``sites`` and ``streams`` (read now: call on the thread that owns them).

    ``sites`` and ``streams`` are layers or Processing feature sources (only the features the user chose);
    the job names them by their layer names.

    ``networks`` maps road, rail, water, ports and terminals to an :class:`Input`, a layer or a file path;
    ``housing`` is one of these too. Both are read when the job runs (or given ready as
    :class:`Networks` and :class:`Housing`). ``road_costs`` routes on the road network instead of the
    in-process router (:attr:`Networks.road_costs`, e.g. a :class:`.pgrouting.Router`). ``options`` are
    :class:`Job` fields.
    """
    stream_frame = None
    if streams is not None:
        stream_frame = source_to_frame(streams)
        if hasattr(stream_frame, "geometry"):
            stream_frame = pd.DataFrame(stream_frame.drop(columns="geometry"))
    params = options.get("params") or Parameters()
    options["params"] = params
    # a CSV's quantities (and coordinates) are read with its own decimal mark, where the layer says it
    options.setdefault("sites_decimal", layer_decimal(sites))
    if streams is not None:
        options.setdefault("streams_decimal", layer_decimal(streams))
    if isinstance(networks, Networks) or networks is None:
        network_loader = networks
    else:
        given = {k: v for k, v in networks.items() if v is not None and v != ""}
        network_loader = partial(_networks, params, given) if given else None
    if road_costs is not None and network_loader is not None:
        network_loader = partial(_routed, network_loader, road_costs)
    if isinstance(housing, Housing) or housing is None or housing == "":
        housing_loader = housing or None
    else:
        housing_loader = partial(housing_from, housing, housing_kind, population_field, levels_field, params)
    return Job(
        source_to_frame(sites),
        sites_layer=sites.sourceName(),
        streams=stream_frame,
        streams_layer=streams.sourceName() if streams is not None else "streams",
        networks=network_loader,
        housing=housing_loader,
        **options,
    )


def _networks(params: Parameters, given: dict):
    return networks_from(params, *(given.get(kind) for kind in NETWORK_KINDS))


def _routed(networks, road_costs):
    networks = networks() if callable(networks) else networks
    if networks is not None:
        networks.road_costs = road_costs
    return networks


@dataclass
class Written:
    """A run's result and the GeoPackage its layers were written to."""

    outcome: JobResult
    gpkg: Path
    #: the layers in the GeoPackage, in map order
    names: list[str]

    @property
    def result(self) -> Result:
        return self.outcome.result

    @property
    def credits(self) -> str:
        return self.outcome.credits


def run_and_write(job: Job, out: Path, overwrite: bool = False, progress=None, is_cancelled=None) -> Written:
    """:func:`~ecopark_plugin.core.job.run`, then its layers into the GeoPackage ``out`` (all or nothing; an
    existing file is kept unless ``overwrite``). Touches no QGIS layer, so it may run in a QgsTask."""
    outcome = run(job, progress, is_cancelled)
    stage_progress(progress, is_cancelled, "layers")(0, STAGES["layers"][2])
    tables = {REJECTED_LAYER: as_frame(outcome.rejected)} if len(outcome.rejected) else {}
    write_gpkg({**outcome.layers, **tables}, Path(out), overwrite, job.params)
    if progress is not None:
        progress(100, "Done")
    return Written(outcome, Path(out), list(outcome.layers))


def run_on_layers(
    sites: QgsFeatureSource,
    streams: QgsFeatureSource | None = None,
    site_fields: dict | None = None,
    stream_fields: dict | None = None,
    params: Parameters | None = None,
    catalogue: Catalogue | None = None,
    progress=None,
    is_cancelled=None,
    networks=None,
) -> Result:
    """The engine alone on QGIS layers or feature sources (no zones), through :func:`job_from_layers`; field
    mappings left out are guessed from the field names."""
    job = job_from_layers(
        sites,
        streams,
        site_fields=site_fields or {},
        stream_fields=stream_fields or {},
        params=params or Parameters(),
        catalogue=catalogue,
    )
    return engine(job, networks, progress, is_cancelled)


def import_to_gpkg(
    frame,
    mapping,
    layer: str,
    out: Path,
    overwrite: bool = False,
    source: Path | None = None,
    decimal=None,
    is_cancelled=None,
):
    """:func:`~ecopark_plugin.core.job.import_sites` on a table read by :func:`.layers.read_table`, its sites and
    rejected rows written as the layers ``sites`` and (when any) ``rejected`` of the GeoPackage ``out`` (all or nothing; an
    existing file keeps its other layers, and is replaced only with ``overwrite``). ``source``: the table's
    file, which ``out`` may not name; ``decimal``: its decimal mark as detected. Returns the :class:`~ecopark_plugin.core.job.ImportedSites`.
    ``is_cancelled``: checked before anything is written (Cancelled: nothing is)."""
    from ..core.job import import_sites
    from ..core.model.errors import Cancelled, EcoParkError
    from ..core.model.i18n import translate

    out = Path(out)
    if source is not None and out.resolve() == Path(source).resolve():
        raise EcoParkError(
            translate("InputErrors", "{} is the table being imported; choose another file for the sites").format(out)
        )
    imported = import_sites(frame, mapping, layer, decimal)
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    tables = {REJECTED_LAYER: as_frame(imported.rejected)} if len(imported.rejected) else {}
    write_gpkg({"sites": imported.sites, **tables}, out, overwrite)
    return imported
