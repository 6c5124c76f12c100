"""Transport networks from QGIS layers or files, for the engine."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsVectorLayer

from ..core.model.errors import InputError
from ..core.model.i18n import translator
from ..core.model.parameters import Parameters
from ..core.transport.network import Network, build_network, read_lines
from ..core.transport.plan import Networks
from .layers import Input, is_postgres_uri, layer_to_frame, load_vector

#: the checks of an input file, in the run's language (as the engine's input checks)
tr = translator("InputErrors")


def network_from(source, kind: str, params: Parameters, **options) -> Network | None:
    """A network from a QGIS line layer, a file path (OSM extract or any line file) or an :class:`Input`."""
    if source is None or source == "":
        return None
    if isinstance(source, Input):
        lines = source.frame if source.frame is not None else read_lines(source.path, kind)
        name = source.name
    elif isinstance(source, QgsVectorLayer):
        path = source.source().split("|")[0]
        if path.lower().endswith((".osm.pbf", ".osm")) and not source.subsetString():
            lines = read_lines(path, kind)  # the whole extract: GDAL directly is faster
        else:
            lines = layer_to_frame(source)
        name = source.name()
    elif is_postgres_uri(str(source)):
        layer = load_vector(str(source), None, kind)
        lines, name = layer_to_frame(layer), layer.name()
    else:
        lines = read_lines(source, kind)
        name = Path(str(source).split("|")[0]).name
    speed_cap = params.truck_max_kmh if kind == "road" else None
    return build_network(lines, kind=kind, max_speed_kmh=speed_cap, layer=name, **options)


def points_from(source, name: str):
    """Ports or terminals: a QGIS point layer or a file the command line names."""
    if source is None or source == "":
        return None
    if isinstance(source, Input) and source.frame is not None:
        frame, label = source.frame, source.name
    else:
        path = source.path if isinstance(source, Input) else source
        layer = path if isinstance(path, QgsVectorLayer) else load_vector(str(path), None, name)
        frame, label = layer_to_frame(layer), layer.name()
    if not hasattr(frame, "geometry"):
        raise InputError.single(label, tr("has no geometry: ports and terminals must be points"))
    return frame


def networks_from(params: Parameters, road=None, rail=None, water=None, ports=None, terminals=None) -> Networks | None:
    """All the infrastructure the user gave, or None when none was given."""
    if all(x is None or x == "" for x in (road, rail, water, ports, terminals)):
        return None
    return Networks(
        road=network_from(road, "road", params),
        rail=network_from(rail, "rail", params),
        water=network_from(water, "water", params),
        ports=points_from(ports, "ports"),
        terminals=points_from(terminals, "terminals"),
    )
