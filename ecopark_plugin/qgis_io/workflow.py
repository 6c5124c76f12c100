"""The main job on QGIS layers: read them into frames, run the engine, hand back frames."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from qgis.core import QgsVectorLayer

from ..core.catalogue import Catalogue
from ..core.errors import Cancelled
from ..core.housing import Housing
from ..core.impact import Impact, assess
from ..core.model import SITE_FIELDS, STREAM_FIELDS, FieldMapping
from ..core.parameters import Parameters
from ..core.pipeline import Result, run
from ..core.transport import Networks
from .layers import Input, layer_to_frame
from .networks import networks_from
from .results import housing_from, write_gpkg

CREDITS = (
    "EcoPark. Sites: EEA Industrial Reporting (E-PRTR), CC BY 4.0; some locations approximate. "
    "Distances: geodesic x detour factor. Figures: see the catalogue's sources."
)


def credits_for(networks, housing=None) -> str:
    """The map's credit line: where sites and homes come from, what the distances were measured on."""
    if networks is None and housing is None:
        return CREDITS
    parts = ["EcoPark. Sites: EEA Industrial Reporting (E-PRTR), CC BY 4.0; some locations approximate."]
    if housing is not None:
        origin = "(c) OpenStreetMap contributors, ODbL 1.0" if housing.from_osm else "the user's layer"
        parts.append(f"Homes ({housing.kind}): {origin}. Zones: SanPiN 2.2.1/2.1.1.1200-03 classes.")
    if networks is None or networks.road is None:
        parts.append("Road distances: geodesic x detour factor.")
    else:
        parts.append("Roads: (c) OpenStreetMap contributors, ODbL 1.0; chosen links drawn along their routes.")
    if networks is not None and networks.ports is not None:
        parts.append(
            "Sea: between ports"
            + (" along the waterways." if networks.water is not None else ", geodesic x sea detour factor.")
        )
    parts.append("Figures: see the catalogue's sources.")
    return " ".join(parts)


@dataclass
class Job:
    """One run of the main job, its layers already read on the main thread: :func:`execute` may then run
    in a background task. Network and housing inputs may also be file paths the run reads itself."""

    sites: pd.DataFrame
    #: the GeoPackage :func:`execute` writes (None when the caller writes the layers itself)
    out: Path | None = None
    sites_layer: str = "sites"
    streams: pd.DataFrame | None = None
    streams_layer: str = "streams"
    site_fields: dict = field(default_factory=dict)
    stream_fields: dict = field(default_factory=dict)
    params: Parameters = field(default_factory=Parameters)
    catalogue: Catalogue | None = None
    #: road, rail, water, ports, terminals: an :class:`Input`, a path or None each
    networks: dict = field(default_factory=dict)
    housing: Input | str | None = None
    housing_kind: str = "auto"
    population_field: str | None = None
    levels_field: str | None = None
    rules: pd.DataFrame | None = None
    classes: pd.DataFrame | None = None
    overwrite: bool = False

    @classmethod
    def from_layers(
        cls, sites: QgsVectorLayer, out: Path | None = None, streams: QgsVectorLayer | None = None, **options
    ) -> Job:
        """Read ``sites`` and ``streams`` now (call on the thread that owns them)."""
        stream_frame = None
        if streams is not None:
            stream_frame = layer_to_frame(streams)
            if hasattr(stream_frame, "geometry"):
                stream_frame = pd.DataFrame(stream_frame.drop(columns="geometry"))
        return cls(
            layer_to_frame(sites),
            Path(out) if out is not None else None,
            sites_layer=sites.name(),
            streams=stream_frame,
            streams_layer=streams.name() if streams is not None else "streams",
            **options,
        )


@dataclass
class Outcome:
    """What :func:`execute` made: the engine's result and impact, and the GeoPackage written."""

    result: Result
    impact: Impact
    gpkg: Path
    #: layer names in the GeoPackage
    names: list[str]
    networks: Networks | None = None
    housing: Housing | None = None

    @property
    def credits(self) -> str:
        return credits_for(self.networks, self.housing)


def run_on_layers(
    sites: QgsVectorLayer,
    streams: QgsVectorLayer | None = None,
    site_fields: dict | None = None,
    stream_fields: dict | None = None,
    params: Parameters | None = None,
    catalogue: Catalogue | None = None,
    progress=None,
    is_cancelled=None,
    networks=None,
) -> Result:
    """Run the engine on QGIS layers; field mappings left out are guessed from the field names."""
    job = Job.from_layers(
        sites,
        streams=streams,
        site_fields=site_fields or {},
        stream_fields=stream_fields or {},
        params=params or Parameters(),
        catalogue=catalogue,
    )
    return run_job(job, networks, progress, is_cancelled)


def run_job(job: Job, networks: Networks | None = None, progress=None, is_cancelled=None) -> Result:
    """The engine on a job's frames, field mappings left out guessed from the field names."""
    stream_map = None
    if job.streams is not None:
        stream_map = FieldMapping.guess(job.streams.columns, STREAM_FIELDS, job.stream_fields)
    return run(
        job.sites,
        job.streams,
        catalogue=job.catalogue,
        params=job.params,
        site_mapping=FieldMapping.guess(job.sites.columns, SITE_FIELDS, job.site_fields),
        stream_mapping=stream_map,
        sites_layer=job.sites_layer,
        streams_layer=job.streams_layer,
        progress=progress,
        is_cancelled=is_cancelled,
        networks=networks,
    )


#: share of the progress bar each stage of :func:`analyse` and :func:`execute` fills
_SPAN = {"networks": (0, 8), "housing": (8, 10), "run": (10, 85), "zones": (85, 97)}


def _stage(progress, is_cancelled, stage: str):
    """A progress callback for ``stage`` that fills its share of the bar and stops on cancel."""
    low, high = _SPAN[stage]

    def report(percent: float, text: str) -> None:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled("cancelled by the user")
        if progress is not None:
            progress(low + (high - low) * percent / 100.0, text)

    return report


def analyse(
    job: Job, networks: Networks | None = None, homes: Housing | None = None, progress=None, is_cancelled=None
) -> tuple[Result, Impact]:
    """The engine, then the zones and housing, on a job whose networks and homes are already read; the
    result's summary carries the zone figures. Shared by :func:`execute` and Processing."""
    result = run_job(job, networks, _stage(progress, is_cancelled, "run"), is_cancelled)
    impact = assess(
        result.sites,
        result.exchanges,
        result.streams,
        homes,
        job.params,
        job.catalogue,
        job.rules,
        job.classes,
        progress=_stage(progress, is_cancelled, "zones"),
        is_cancelled=is_cancelled,
    )
    result.summary["zones"] = impact.summary
    return result, impact


def execute(job: Job, progress=None, is_cancelled=None) -> Outcome:
    """Run ``job``: networks and housing read first (a bad file stops the run before the engine), the engine,
    the zones, then the GeoPackage (all or nothing).

    Touches no QGIS layer of the caller, so it may run in a :class:`~qgis.core.QgsTask`.
    """
    _stage(progress, is_cancelled, "networks")(0, "Reading networks")
    nets = job.networks
    networks = networks_from(
        job.params, nets.get("road"), nets.get("rail"), nets.get("water"), nets.get("ports"), nets.get("terminals")
    )
    homes = None
    if job.housing is not None and job.housing != "":
        _stage(progress, is_cancelled, "housing")(0, "Reading housing")
        homes = housing_from(job.housing, job.housing_kind, job.population_field, job.levels_field, job.params)
    result, impact = analyse(job, networks, homes, progress, is_cancelled)
    layers = {"sites": result.sites, "exchanges": result.exchanges, **impact.layers()}
    if networks is not None and networks.road is not None:
        layers["road_network"] = networks.road.edges_frame(result.sites.crs)
    _stage(progress, is_cancelled, "zones")(100, "Writing the GeoPackage")
    write_gpkg(layers, job.out, job.overwrite)
    if progress is not None:
        progress(100, "Done")
    return Outcome(result, impact, job.out, list(layers), networks, homes)
