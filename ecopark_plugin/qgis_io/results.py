"""Result layers in QGIS: housing read from a layer or an OSM extract, styled layers in a group named
after the scenario, and a project file that opens the result as the planner should see it."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
import zipfile
from contextlib import closing
from datetime import datetime
from pathlib import Path
from urllib.parse import quote, unquote

import pandas as pd
import pyogrio
from osgeo import ogr
from qgis.core import Qgis, QgsLayerTreeGroup, QgsProject, QgsRasterLayer, QgsVectorLayer

from ..core.model.errors import EcoParkError
from ..core.model.outputs import LAYERS as ORDER
from ..core.model.outputs import LINE_LAYERS
from ..core.model.outputs import VISIBLE_LAYERS as VISIBLE
from ..core.model.parameters import Parameters
from ..core.model.rejects import REJECTED_LAYER
from ..core.zones.housing import Housing, prepare_housing, read_osm_housing
from ..i18n import translator
from .layers import Input, layer_to_frame, load_vector
from .styles import apply_style, legend_names

tr = translator("ResultFiles")


def is_osm(source: str) -> bool:
    return str(source).split("|")[0].lower().endswith((".osm.pbf", ".osm", ".pbf"))


def housing_from(
    source,
    kind: str = "auto",
    population_field: str | None = None,
    levels_field: str | None = None,
    params: Parameters | None = None,
) -> Housing:
    """A housing layer from an OSM extract (buildings or residential land use), a file, a data source
    string, a QGIS layer or an :class:`~.layers.Input`."""
    if isinstance(source, Input):
        if source.frame is not None:
            return prepare_housing(source.frame, kind, population_field, levels_field, params, layer=source.name)
        source = source.path
    if isinstance(source, QgsVectorLayer) and is_osm(source.source()):
        source = source.source()  # an OSM extract's layer: read its homes with the OSM rules
    if isinstance(source, QgsVectorLayer):
        frame, name = layer_to_frame(source), source.name()
    elif is_osm(source):
        osm_kind = "landuse" if kind == "landuse" else "buildings"
        frame, name = read_osm_housing(str(source).split("|")[0], osm_kind), Path(str(source)).name
        kind = osm_kind
    else:
        layer = load_vector(source, None, "housing")
        frame, name = layer_to_frame(layer), layer.name()
    return prepare_housing(frame, kind, population_field, levels_field, params, layer=name)


#: the non-spatial table of a result GeoPackage that records the run's parameters and the EcoPark version
PARAMETERS_TABLE = "parameters"
#: the layers a run writes (and replaces when it is run again into the same GeoPackage); any other layer of
#: the file (what-ifs, clusters, suitability, the user's own) is carried over
RUN_LAYERS = (*ORDER, REJECTED_LAYER, PARAMETERS_TABLE)


def ecopark_version() -> str:
    """The plugin's version from its metadata.txt (in the package when installed, beside it in the source)."""
    here = Path(__file__).resolve().parent.parent
    for folder in (here, here.parent):
        meta = folder / "metadata.txt"
        if meta.exists():
            found = re.search(r"^version=(.+)$", meta.read_text(encoding="utf-8"), re.MULTILINE)
            if found:
                return found.group(1).strip()
    return "unknown"


def parameters_frame(params: Parameters) -> pd.DataFrame:
    """The one-row table ``parameters``: the run's parameters as JSON, the EcoPark version and when."""
    return pd.DataFrame(
        {
            "parameters": [params.to_json()],
            "ecopark_version": [ecopark_version()],
            "written": [datetime.now().isoformat(timespec="seconds")],
        }
    )


def write_parameters(gpkg: str | Path, params: Parameters) -> None:
    """Write (or replace) the table ``parameters`` of the existing GeoPackage ``gpkg`` (Processing's outputs,
    written one by one by QGIS, get it after them). A table ``parameters`` of the file that is not EcoPark's
    is left as it is: :class:`EcoParkError` says so."""
    try:
        if PARAMETERS_TABLE in {str(name) for name, _ in pyogrio.list_layers(str(gpkg))}:
            fields = set(pyogrio.read_info(str(gpkg), layer=PARAMETERS_TABLE)["fields"])
            if not {"parameters", "ecopark_version"} <= fields:
                raise EcoParkError(
                    tr(
                        "{file}: its layer '{layer}' is not EcoPark's; the run's parameters were not recorded "
                        "(save the outputs to another GeoPackage to record them)"
                    ).format(file=gpkg, layer=PARAMETERS_TABLE)
                )
        pyogrio.write_dataframe(parameters_frame(params), str(gpkg), layer=PARAMETERS_TABLE, driver="GPKG")
    except EcoParkError:
        raise
    except Exception as exc:  # noqa: BLE001 - GDAL says why (read-only, locked)
        raise EcoParkError(
            tr("{file}: layer '{layer}' cannot be written: {error}").format(
                file=gpkg, layer=PARAMETERS_TABLE, error=exc
            )
        ) from exc


def read_parameters(gpkg: str | Path) -> tuple[dict | None, str | None]:
    """The parameters a result GeoPackage records and the EcoPark version that wrote them; ``(None, None)``
    when it has no table ``parameters`` (written before EcoPark recorded them, or by hand).

    Raises :class:`EcoParkError` naming the file when the table is there but unreadable."""
    try:
        present = {str(name) for name, _ in pyogrio.list_layers(str(gpkg))}
    except Exception as exc:  # noqa: BLE001 - GDAL says why it cannot open the file
        raise EcoParkError(tr("{} cannot be opened: {}").format(gpkg, exc)) from exc
    if PARAMETERS_TABLE not in present:
        return None, None
    try:
        table = pyogrio.read_dataframe(str(gpkg), layer=PARAMETERS_TABLE, read_geometry=False)
        values = json.loads(table["parameters"].iloc[0])
        Parameters.from_dict(values)  # a table EcoPark can use, else the error below
    except Exception as exc:  # noqa: BLE001 - a damaged or hand-edited table
        raise EcoParkError(
            tr(
                "{file}: table '{layer}', field 'parameters' is not EcoPark's parameters ({error}); delete the table "
                "or run the scenario again"
            ).format(file=gpkg, layer=PARAMETERS_TABLE, error=exc)
        ) from exc
    version = str(table["ecopark_version"].iloc[0]) if "ecopark_version" in table.columns else None
    return values, version


def _copy_gpkg(source: Path, target: str) -> None:
    """A consistent copy of the GeoPackage ``source`` (SQLite's backup: also what a QGIS session still holds
    in its write-ahead log) at ``target``, less the layers a run writes."""
    try:
        with (
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(target)) as dst,
        ):
            src.backup(dst)
        dataset = ogr.Open(target, 1)
        if dataset is None:
            raise EcoParkError(tr("GDAL cannot open it as a GeoPackage"))
        for i in reversed(range(dataset.GetLayerCount())):
            if dataset.GetLayerByIndex(i).GetName() in RUN_LAYERS:
                dataset.DeleteLayer(i)
        dataset = None
    except (sqlite3.Error, RuntimeError, EcoParkError) as exc:
        raise EcoParkError(
            tr("{path} cannot be read to keep its other layers ({error}); choose another name").format(
                path=source, error=exc
            )
        ) from exc


def write_gpkg(layers: dict, path: Path, overwrite: bool = False, params: Parameters | None = None) -> Path:
    """Write frames as the layers of one GeoPackage, with the table ``parameters`` when ``params`` are given:
    into a temporary file moved into place, all or nothing.

    An existing ``path`` is kept unless ``overwrite``; overwritten, only the layers a run writes
    (:data:`RUN_LAYERS`) are replaced and its other layers (what-ifs, clusters, the user's) are carried over.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and not overwrite:
        raise EcoParkError(tr("{path} exists; choose another name or allow overwriting").format(path=path))
    fd, tmp = tempfile.mkstemp(suffix=".gpkg", dir=path.parent)
    os.close(fd)
    os.remove(tmp)
    try:
        if path.exists():
            _copy_gpkg(path, tmp)
        for name, frame in layers.items():
            if not hasattr(frame, "geometry"):
                # a table (the rejected rows): an attribute table of the GeoPackage
                pyogrio.write_dataframe(frame, tmp, layer=name, driver="GPKG")
                continue
            # an empty layer (no zone shrank) has no geometry to tell its type: the zone layers are polygons
            kind = {"geometry_type": "MultiPolygon"} if len(frame) == 0 and name not in LINE_LAYERS else {}
            frame.to_file(tmp, layer=name, driver="GPKG", **kind)
        if params is not None:
            pyogrio.write_dataframe(parameters_frame(params), tmp, layer=PARAMETERS_TABLE, driver="GPKG")
        if path.exists() and not overwrite:
            raise EcoParkError(tr("{path} exists; choose another name or allow overwriting").format(path=path))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path


def write_layer(frame, gpkg: str | Path, name: str) -> QgsVectorLayer:
    """Write ``frame`` as the layer ``name`` of the GeoPackage ``gpkg`` (made if missing; its other layers are
    kept, an earlier layer ``name`` is replaced) and open it: a result kept with the project, not in memory."""
    gpkg = Path(gpkg)
    gpkg.parent.mkdir(parents=True, exist_ok=True)
    # an empty layer has no geometry to tell its type; a what-if that joins nothing still writes its lines
    kind = {"geometry_type": "LineString"} if len(frame) == 0 else {}
    try:
        frame.to_file(gpkg, layer=name, driver="GPKG", **kind)
    except Exception as exc:  # noqa: BLE001 - GDAL says why (read-only folder, locked file)
        raise EcoParkError(
            tr("{file}: layer '{layer}' cannot be written: {error}").format(file=gpkg, layer=name, error=exc)
        ) from exc
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise EcoParkError(tr("{file}: layer '{layer}' cannot be opened").format(file=gpkg, layer=name))
    return layer


def styled_layers(gpkg: str | Path, names, labels: bool = False) -> dict[str, QgsVectorLayer]:
    """The named layers of a result GeoPackage, styled, legend-named, in tree order."""
    layers = {}
    for name in names:
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        if not layer.isValid():
            raise EcoParkError(tr("{file}: layer '{layer}' cannot be opened").format(file=gpkg, layer=name))
        layers[name] = layer
    return _styled(layers, labels)


def styled_copies(layers: dict[str, QgsVectorLayer], labels: bool = False) -> dict[str, QgsVectorLayer]:
    """Copies of result layers by name, styled with the shipped styles and legend-named, in tree order;
    the originals (a user's project layers) keep their own styles."""
    return _styled({name: layer.clone() for name, layer in layers.items() if layer is not None}, labels)


def _styled(layers: dict[str, QgsVectorLayer], labels: bool) -> dict[str, QgsVectorLayer]:
    unknown = set(layers) - set(ORDER)
    if unknown:
        raise EcoParkError(
            tr("not result layers: {unknown}; known: {known}").format(
                unknown=", ".join(sorted(unknown)), known=", ".join(ORDER)
            )
        )
    out = {}
    for name in ORDER:
        if name in layers:
            layers[name].setName(legend_names()[name])
            apply_style(layers[name], name, labels if name == "exchanges" else None)
            out[name] = layers[name]
    return out


def add_group(project: QgsProject, scenario: str, layers: dict[str, QgsVectorLayer]) -> QgsLayerTreeGroup:
    """Put ``layers`` into a new group named after the scenario at the top of the layer tree.

    An existing group of that name is left as it is; the new one gets a number (``Scenario (2)``).
    """
    root = project.layerTreeRoot()
    taken = {child.name() for child in root.children() if isinstance(child, QgsLayerTreeGroup)}
    name, n = scenario, 2
    while name in taken:
        name, n = f"{scenario} ({n})", n + 1
    group = root.insertGroup(0, name)
    for key in ORDER:
        if key in layers:
            if project.addMapLayer(layers[key], False) is None:
                raise ValueError(f"{layers[key].name()}: QGIS refused to add the layer to the project")
            node = group.addLayer(layers[key])
            node.setItemVisibilityChecked(key in VISIBLE)
            node.setExpanded(key in ("exchanges", "sites", "zones"))
    return group


#: OpenStreetMap's standard tiles (tile usage policy: https://operations.osmfoundation.org/policies/tiles/)
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_CREDIT = "Basemap © OpenStreetMap contributors (ODbL)"


def osm_basemap(project: QgsProject) -> QgsRasterLayer:
    """OpenStreetMap's tiles as an XYZ layer at the bottom of ``project``'s layer tree (the one already there
    is reused). Tiles are fetched only when the map is drawn."""
    source = f"type=xyz&url={quote(OSM_TILES, safe=':/')}&zmax=19&zmin=0"
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsRasterLayer) and OSM_TILES.split("{")[0] in unquote(layer.source()):
            return layer
    layer = QgsRasterLayer(source, "OpenStreetMap", "wms")
    if not layer.isValid():
        raise EcoParkError(tr("QGIS could not make the OpenStreetMap basemap layer"))
    if project.addMapLayer(layer, False) is None:
        raise EcoParkError(tr("QGIS refused to add the OpenStreetMap basemap layer to the project"))
    project.layerTreeRoot().addLayer(layer)  # last: under everything
    return layer


def _drop_font_families(qgz: str) -> None:
    """Leave label fonts to the opening QGIS: a headless QGIS records its own default family, which the
    user's machine may lack (QGIS then warns on every labelled layer)."""
    with zipfile.ZipFile(qgz) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(qgz, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            if info.filename.endswith(".qgs"):
                data = re.sub(rb' (fontFamily|namedStyle)="[^"]*"', b"", data)
            archive.writestr(info, data)


def write_project(path: str | Path, scenario: str, gpkg: str | Path, names, overwrite: bool = False) -> Path:
    """A QGIS project holding the result layers of ``gpkg`` (by relative path) in the scenario's group."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise EcoParkError(tr("{path} exists; choose another name or allow overwriting").format(path=path))
    project = QgsProject()
    project.setTitle(scenario)
    layers = styled_layers(Path(gpkg).resolve(), names)
    first = next(iter(layers.values()))
    project.setCrs(first.crs())
    project.setEllipsoid("EPSG:7030")
    project.setFilePathStorage(Qgis.FilePathType.Relative)  # the project moves with its GeoPackage
    add_group(project, scenario, layers)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=path.suffix or ".qgz", dir=path.parent)
    os.close(fd)
    try:
        if not project.write(tmp):
            raise EcoParkError(
                tr("QGIS could not write the project {path}: {error}").format(path=path, error=project.error())
            )
        _drop_font_families(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path
