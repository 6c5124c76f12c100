"""The main job on QGIS layers: read them into frames, run the engine, hand back frames."""

from __future__ import annotations

from qgis.core import QgsVectorLayer

from ..core.catalogue import Catalogue
from ..core.model import SITE_FIELDS, STREAM_FIELDS, FieldMapping
from ..core.parameters import Parameters
from ..core.pipeline import Result, run
from .layers import layer_to_frame

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
    site_frame = layer_to_frame(sites)
    site_map = FieldMapping.guess(site_frame.columns, SITE_FIELDS, site_fields)
    stream_frame, stream_map = None, None
    if streams is not None:
        stream_frame = layer_to_frame(streams)
        if hasattr(stream_frame, "geometry"):
            stream_frame = stream_frame.drop(columns="geometry")
        stream_map = FieldMapping.guess(stream_frame.columns, STREAM_FIELDS, stream_fields)
    return run(
        site_frame,
        stream_frame,
        catalogue=catalogue,
        params=params,
        site_mapping=site_map,
        stream_mapping=stream_map,
        sites_layer=sites.name(),
        streams_layer=streams.name() if streams is not None else "streams",
        progress=progress,
        is_cancelled=is_cancelled,
        networks=networks,
    )
