"""Layers and feature sources <-> (Geo)DataFrames, and loading the files a user points the command line at."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingFeatureSource,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QMetaType, QVariant

from ..core.model.errors import Cancelled, EcoParkError, InputError
from ..core.model.i18n import translator
from ..core.model.tables import table_format

#: the checks of an input file, in the run's language (as the engine's input checks)
tr = translator("InputErrors")

LON_NAMES = ("lon", "longitude", "long", "lng", "x", "easting", "east")
LAT_NAMES = ("lat", "latitude", "y", "northing", "north")
#: separators a CSV may use (national registers export with ';' where the decimal mark is ',')
CSV_SEPARATORS = ",;\t|"


def _python_value(value):
    if value is None:
        return None
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value


def source_to_frame(
    source: QgsFeatureSource, request: QgsFeatureRequest | None = None, progress=None, is_cancelled=None
):
    """Read a feature source into a GeoDataFrame (or a DataFrame when it has no geometry).

    ``source`` is a layer or what ``parameterAsSource`` gives a Processing algorithm; the latter yields only
    the features the user chose (selected features only, a feature filter or limit), as in QGIS's own
    algorithms. The index holds the QGIS feature ids, so that engine errors name the feature the user sees
    in the attribute table. The CRS is the source's (``None`` when it has none or an invalid one).
    ``progress`` (percent) and ``is_cancelled`` follow a long read (in a task); a cancel raises Cancelled.
    """
    names = [f.name() for f in source.fields()]
    ids, rows, wkbs = [], [], []
    # as QgsVectorLayer.isSpatial(): a table, or a layer of unknown geometry, is read without geometry
    spatial = QgsWkbTypes.geometryType(source.wkbType()) not in (
        Qgis.GeometryType.Null,
        Qgis.GeometryType.Unknown,
    )
    request = request or QgsFeatureRequest()
    if isinstance(source, QgsProcessingFeatureSource):
        # the engine checks every geometry itself and names the feature; Processing's own check would drop
        # or refuse an invalid one before that, with a message that does not say what is wrong with it
        features = source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
    else:
        features = source.getFeatures(request)
    total = max(source.featureCount(), 1) if progress or is_cancelled else 0
    for feature in features:
        if total and len(ids) % 2000 == 0:
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            if progress is not None:
                progress(min(99.0, 100.0 * len(ids) / total))
        ids.append(feature.id())
        rows.append([_python_value(v) for v in feature.attributes()])
        if spatial:
            geom = feature.geometry()
            wkbs.append(None if geom is None or geom.isNull() else bytes(geom.asWkb()))
    frame = pd.DataFrame(rows, columns=names, index=pd.Index(ids, name="fid"))
    if not spatial:
        return frame
    geoms = shapely.from_wkb(np.array(wkbs, dtype=object)) if wkbs else []
    crs = source.sourceCrs()
    return gpd.GeoDataFrame(
        frame, geometry=gpd.GeoSeries(geoms, index=frame.index), crs=crs.toWkt() if crs.isValid() else None
    )


def layer_to_frame(layer: QgsVectorLayer, request: QgsFeatureRequest | None = None, progress=None, is_cancelled=None):
    """Read a layer into a GeoDataFrame (or a DataFrame when it has no geometry): all its features, as
    :func:`source_to_frame` reads them (a layer is a feature source)."""
    return source_to_frame(layer, request, progress, is_cancelled)


def qgis_crs(crs) -> QgsCoordinateReferenceSystem:
    """The QGIS CRS of a pyproj CRS (that of a frame the engine made)."""
    return QgsCoordinateReferenceSystem.fromWkt(crs.to_wkt())


def file_layer(source: str) -> tuple[str, str | None]:
    """The file and the layer name of an OGR data source string (``file.gpkg|layername=zones``), parsed as QGIS
    parses it: ``zones`` is not ``zones_after``, and a ``|subset=`` after the name is not part of it."""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", source)
    name = parts.get("layerName")
    return str(parts.get("path") or source.split("|")[0]), (str(name) if name else None)


def is_file_layer(layer: QgsVectorLayer, path: str | Path, name: str) -> bool:
    """Whether ``layer`` is the layer ``name`` of the file ``path`` (the same file, the same layer name)."""
    if layer.providerType() != "ogr":
        return False
    file, layer_name = file_layer(layer.source())
    try:
        return layer_name == name and Path(file).resolve() == Path(path).resolve()
    except OSError:
        return False


@dataclass
class Input:
    """A layer read on the main thread (``frame``) or a file left for the background run to read (``path``).

    QGIS layers may only be read on the thread that owns them; files GDAL opens directly (OGR files without
    a filter, OSM extracts) are cheaper to read in the run itself, where the UI does not wait for them.
    """

    name: str
    frame: pd.DataFrame | None = None
    path: str | None = None

    @classmethod
    def of(cls, layer: QgsVectorLayer | None, osm_only: bool = False) -> Input | None:
        """``layer`` as an input; a plain OGR file (or, with ``osm_only``, only an OSM extract) by its path."""
        if layer is None:
            return None
        path, name = file_layer(layer.source())
        plain_file = layer.providerType() == "ogr" and not layer.subsetString() and Path(path).is_file()
        osm = path.lower().endswith((".osm.pbf", ".osm", ".pbf"))
        if plain_file and (osm or not osm_only):
            if not osm and name:
                path = f"{path}|layername={name}"
            return cls(layer.name(), path=path)
        return cls(layer.name(), frame=layer_to_frame(layer))


def _qgs_type(series: pd.Series) -> QMetaType.Type:
    if pd.api.types.is_bool_dtype(series):
        return QMetaType.Type.Bool
    if pd.api.types.is_integer_dtype(series):
        return QMetaType.Type.LongLong
    if pd.api.types.is_float_dtype(series):
        return QMetaType.Type.Double
    return QMetaType.Type.QString


def frame_fields(frame: pd.DataFrame) -> QgsFields:
    """QGIS fields for the non-geometry columns of ``frame``."""
    fields = QgsFields()
    for name in frame.columns:
        if name == "geometry":
            continue
        fields.append(QgsField(str(name), _qgs_type(frame[name])))
    return fields


def _feature_value(value):
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


def frame_features(frame: pd.DataFrame, fields: QgsFields):
    """Yield QgsFeatures holding the rows of ``frame`` (geometry from its ``geometry`` column)."""
    columns = [c for c in frame.columns if c != "geometry"]
    has_geom = isinstance(frame, gpd.GeoDataFrame)
    wkbs = shapely.to_wkb(frame.geometry.values) if has_geom else None
    for i, row in enumerate(frame[columns].itertuples(index=False, name=None)):
        feature = QgsFeature(fields)
        feature.setAttributes([_feature_value(v) for v in row])
        if has_geom and wkbs[i] is not None:
            geom = QgsGeometry()
            geom.fromWkb(wkbs[i])
            feature.setGeometry(geom)
        yield feature


def frame_wkb_type(frame: gpd.GeoDataFrame, empty=None):
    """The QGIS WKB type for a frame's geometries (the multi type when single and multi mix); for a frame
    without rows, ``empty`` when given (an empty output still wants the geometry type it will have)."""
    if empty is not None and not len(frame):
        return empty
    types = set(frame.geom_type.dropna())
    if len(types) == 1:
        name = types.pop()
    else:
        base = {t.replace("Multi", "") for t in types}
        name = "Multi" + base.pop() if len(base) == 1 else "Unknown"
    return getattr(Qgis.WkbType, name)


def is_postgres_uri(text: str) -> bool:
    """A QGIS ``postgres`` data source (``dbname='x' host=... table="schema"."table" (geom)``)."""
    text = str(text).strip().lower()
    return (
        text.startswith("postgres")
        or (re.match(r"(dbname|service|host|port|user)=", text) is not None and "table=" in text)
        or text.startswith(("dbname=", "service="))
    )


def load_vector(
    path: str | Path,
    layer_name: str | None = None,
    label: str | None = None,
    crs: str | None = None,
    points: bool = True,
    table: dict | None = None,
) -> QgsVectorLayer:
    """Open a file (GeoPackage, shapefile, GeoJSON, CSV ...) or a QGIS data source string as a layer.

    A CSV with coordinate columns (lon/lat, longitude/latitude, x/y, easting/northing) becomes points: in
    ``crs`` when given (a national register's x/y in metres, e.g. ``EPSG:25832``), else in EPSG:4326. Its
    separator (``,``, ``;``, tab, ``|``), decimal mark and encoding (UTF-8, Windows Cyrillic or Western) are
    detected (:func:`~ecopark_plugin.core.model.tables.table_format`).
    A CSV without coordinates is a table; so is one with them when ``points`` is false (the engine then makes the
    points and names each row whose coordinates are no numbers, where QGIS would leave it out silently). For a multi-layer file give ``layer_name``, or the file's layer
    named like ``label`` (e.g. ``sites``) is taken. ``table``: how a CSV is written where the user says so
    (encoding, separator, decimal, header: :func:`~ecopark_plugin.core.model.tables.table_format`'s options).

    Raises
    ------
    InputError
        The file does not exist or no valid layer can be opened from it.
    """
    label = label or Path(str(path)).stem
    text = str(path)
    if is_postgres_uri(text):
        layer = QgsVectorLayer(text, label, "postgres")
        if not layer.isValid():
            raise InputError.single(label, tr("could not open PostGIS source '{}'").format(text))
        return layer
    file = Path(text.split("|")[0])
    if not file.exists():
        raise InputError.single(label, tr("file not found: {}").format(file))
    if file.suffix.lower() in (".csv", ".txt"):
        table = table_format(file, **(table or {}))
        delimiter = "\\t" if table.separator == "\t" else table.separator
        # text as written: type detection would read unit "t" as true and NACE 01.46 as 1.46
        uri = (
            f"{file.resolve().as_uri()}?delimiter={delimiter}&detectTypes=no&trimFields=yes"
            f"&encoding={table.qgis_encoding}"
        )
        if table.decimal == ",":
            uri += "&decimalPoint=,"
        if not table.header:
            uri += "&useHeader=no"
        if table.x and table.y and points:
            uri += f"&xField={table.x}&yField={table.y}&crs={crs or 'EPSG:4326'}"
        else:
            uri += "&geomType=none"
        layer = QgsVectorLayer(uri, label, "delimitedtext")
    else:
        if file.suffix.lower() in (".xlsx", ".ods", ".xls"):
            # a table's first row holds its field names, even when every cell below is text (GDAL guesses
            # otherwise and names the fields Field1, Field2 ...)
            from osgeo import gdal

            for option in ("OGR_XLSX_HEADERS", "OGR_ODS_HEADERS", "OGR_XLS_HEADERS"):
                gdal.SetConfigOption(option, "FORCE")
        source = text
        if "|" not in text:
            sublayers = QgsProviderRegistry.instance().querySublayers(str(file))
            names = [s.name() for s in sublayers]
            wanted = layer_name or (label if label in names else None)
            if wanted is None and len(names) > 1:
                raise InputError.single(
                    label, tr("{} holds several layers ({}); name one").format(file.name, ", ".join(names))
                )
            if wanted is not None:
                if wanted not in names:
                    raise InputError.single(
                        label, tr("{} has no layer '{}' (it has {})").format(file.name, wanted, ", ".join(names))
                    )
                source = f"{file}|layername={wanted}"
        layer = QgsVectorLayer(source, label, "ogr")
    if not layer.isValid():
        raise InputError.single(label, tr("could not open {} as a vector layer").format(text))
    return layer


def text_decimal(source) -> str | None:
    """The decimal mark of a delimited-text layer (a CSV as QGIS reads it), from its source: ``,`` where it says
    ``decimalPoint=,``, ``.`` where :func:`load_vector` opened it (its text as written, the mark detected) and
    said none; ``None`` for other layers, a CSV QGIS typed itself, and Processing's feature sources."""
    provider = source.dataProvider() if isinstance(source, QgsVectorLayer) else None
    if provider is None or provider.name() != "delimitedtext":
        return None
    query = parse_qs(urlparse(provider.dataSourceUri()).query)
    if query.get("decimalPoint", [""])[0] == ",":
        return ","
    return "." if query.get("detectTypes", [""])[0] == "no" else None


def layer_decimal(source) -> str | None:
    """The decimal mark a layer's text numbers are written with: :func:`text_decimal`'s, and for a CSV that OGR
    opened (as Processing opens a path, every column text) the mark detected in the file; ``None`` otherwise."""
    mark = text_decimal(source)
    provider = source.dataProvider() if isinstance(source, QgsVectorLayer) else None
    if mark is not None or provider is None or provider.name() != "ogr":
        return mark
    file = Path(provider.dataSourceUri().split("|")[0])
    if file.suffix.lower() not in (".csv", ".txt") or not file.is_file():
        return None
    try:
        return table_format(file).decimal
    except (EcoParkError, OSError):
        return None  # the run names what is wrong with the file when it reads it


def read_table(
    path: str | Path, layer_name: str | None = None, table: dict | None = None, progress=None, is_cancelled=None
):
    """A register's table (CSV, XLSX, any OGR layer) as a frame to import (coordinate columns kept as text,
    the index a CSV's line numbers), and how a CSV is written (:class:`~..core.model.tables.TableFormat`,
    ``None`` for other files). ``table``: what the user declared of the CSV's encoding, separator, decimal
    mark and header row. ``progress`` and ``is_cancelled``: as :func:`source_to_frame`'s (the panel reads in a
    task)."""
    file = Path(str(path).split("|")[0])
    label = file.name
    fmt = None
    if file.suffix.lower() in (".csv", ".txt") and file.exists():
        fmt = table_format(file, **(table or {}))
    layer = load_vector(path, layer_name, label, points=False, table=table)
    frame = layer_to_frame(layer, progress=progress, is_cancelled=is_cancelled)
    if not len(frame.columns):
        raise InputError.single(label, tr("holds no columns: give a table with a header row"))
    return frame, fmt
