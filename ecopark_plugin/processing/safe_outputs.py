"""Outputs that would destroy data, refused before anything is written.

A Processing feature sink given a file path replaces the whole file: an output naming an input GeoPackage
deletes every layer of it (sites, streams, ports ...), and two outputs naming the same file leave only the
last one written. :func:`clashes` finds both so that the algorithm refuses to run.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

from qgis.core import (
    QgsMapLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
)

from ..i18n import translator

tr = translator("SafeOutputs")
#: destinations that are no file
_NOT_FILES = ("memory:", "TEMPORARY_OUTPUT", "ogr:", "postgres:", "postgis:", "spatialite:")


def _text(value) -> str | None:
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.staticValue()
    if isinstance(value, QgsMapLayer):
        value = value.source()
    return value if isinstance(value, str) and value.strip() else None


def _file(text: str) -> Path | None:
    """The file a data source or destination string names (``a.gpkg|layername=x``, ``file:///a.csv?...``)."""
    text = text.split("|")[0].strip()
    if text.startswith(_NOT_FILES):
        return None
    if text.startswith("file:"):
        text = unquote(urlparse(text).path)
    if not text or "://" in text or "?" in text or text.lower().startswith(("dbname=", "service=", "host=")):
        return None
    try:
        return Path(text).expanduser().resolve()
    except (OSError, ValueError):
        return None


def _exists(text: str) -> bool:
    try:
        return Path(text).exists()
    except (OSError, ValueError):  # a memory layer's URI is no path, and may be longer than one can be
        return False


def input_file(value, context) -> Path | None:
    """The file behind an input parameter's value (a path, a layer, a layer id of the project); None for a
    memory layer, a database or anything else that is no file."""
    if isinstance(value, QgsMapLayer) and value.providerType() not in ("ogr", "delimitedtext"):
        return None
    text = _text(value)
    if text is None:
        return None
    if not _exists(text.split("|")[0]) and not text.startswith("file:"):
        layer = QgsProcessingUtils.mapLayerFromString(text, context, False)
        if layer is None or layer.providerType() not in ("ogr", "delimitedtext"):
            return None
        text = layer.source()
    return _file(text)


def clashes(definitions, parameters: dict, context) -> list[str]:
    """Why the outputs given in ``parameters`` would destroy data: an output file that is an input's file or
    another output's. Empty when none would."""
    inputs, outputs = {}, {}
    for definition in definitions:
        name = definition.name()
        value = parameters.get(name)
        if value is None:
            continue
        if definition.isDestination():
            text = _text(value)
            path = _file(text) if text else None
            if path is not None:
                outputs.setdefault(path, []).append(name)
        else:
            values = value if isinstance(value, list) else [value]
            for item in values:
                path = input_file(item, context)
                if path is not None:
                    inputs.setdefault(path, []).append(name)
    errors = []
    for path, names in outputs.items():
        if path in inputs:
            errors.append(
                tr(
                    "{outputs}: {path} is also the input {inputs}; writing it would delete the input's layers. "
                    "Choose another file"
                ).format(outputs=", ".join(names), path=path, inputs=", ".join(inputs[path]))
            )
        elif len(names) > 1:
            errors.append(
                tr("{outputs} all name {path}: each would replace the one before. Give each its own file").format(
                    outputs=", ".join(names), path=path
                )
            )
    return errors
