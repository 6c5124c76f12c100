"""Layers and feature sources <-> (Geo)DataFrames, and loading the files a user points the command line at."""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

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

from ..core.model.errors import InputError

LON_NAMES = ("lon", "longitude", "long", "lng", "x")
LAT_NAMES = ("lat", "latitude", "y")


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


def source_to_frame(source: QgsFeatureSource, request: QgsFeatureRequest | None = None):
    """Read a feature source into a GeoDataFrame (or a DataFrame when it has no geometry).

    ``source`` is a layer or what ``parameterAsSource`` gives a Processing algorithm; the latter yields only
    the features the user chose (selected features only, a feature filter or limit), as in QGIS's own
    algorithms. The index holds the QGIS feature ids, so that engine errors name the feature the user sees
    in the attribute table. The CRS is the source's (``None`` when it has none or an invalid one).
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
    for feature in features:
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


def layer_to_frame(layer: QgsVectorLayer, request: QgsFeatureRequest | None = None):
    """Read a layer into a GeoDataFrame (or a DataFrame when it has no geometry): all its features, as
    :func:`source_to_frame` reads them (a layer is a feature source)."""
    return source_to_frame(layer, request)


def qgis_crs(crs) -> QgsCoordinateReferenceSystem:
    """The QGIS CRS of a pyproj CRS (that of a frame the engine made)."""
    return QgsCoordinateReferenceSystem.fromWkt(crs.to_wkt())


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
        path = layer.source().split("|")[0]
        plain_file = layer.providerType() == "ogr" and not layer.subsetString() and Path(path).is_file()
        osm = path.lower().endswith((".osm.pbf", ".osm", ".pbf"))
        if plain_file and (osm or not osm_only):
            if not osm and "|layername=" in layer.source():
                path = f"{path}|layername={layer.source().split('|layername=')[1].split('|')[0]}"
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


#: encodings a text table is read in, in order: UTF-8 (with or without BOM), then Windows Cyrillic (the default
#: of Russian Excel); Latin-1 decodes any byte, so it is not guessed but must be a clean file's
CSV_ENCODINGS = (("utf-8-sig", "UTF-8"), ("cp1251", "windows-1251"))


def csv_encoding(path: Path) -> tuple[str, str]:
    """The (Python, QGIS) names of the encoding a CSV file is written in; ``InputError`` names the file when
    none fits."""
    data = Path(path).read_bytes()
    for python_name, qgis_name in CSV_ENCODINGS:
        try:
            text = data.decode(python_name)
        except UnicodeDecodeError:
            continue
        # cp1251 decodes most byte strings: accept it only when the text reads as Cyrillic or plain ASCII
        if python_name == "cp1251" and not any("\u0400" <= ch <= "\u04ff" for ch in text):
            continue
        return python_name, qgis_name
    raise InputError.single(
        Path(path).name,
        "the file is neither UTF-8 nor Windows Cyrillic (cp1251) text: save it as UTF-8 CSV and try again",
    )


def _csv_coordinate_columns(path: Path) -> tuple[str | None, str | None]:
    with open(path, newline="", encoding=csv_encoding(path)[0]) as handle:
        header = next(csv.reader(handle), [])
    lower = {h.strip().lower(): h.strip() for h in header}
    lon = next((lower[n] for n in LON_NAMES if n in lower), None)
    lat = next((lower[n] for n in LAT_NAMES if n in lower), None)
    return lon, lat


def load_vector(path: str | Path, layer_name: str | None = None, label: str | None = None) -> QgsVectorLayer:
    """Open a file (GeoPackage, shapefile, GeoJSON, CSV ...) or a QGIS data source string as a layer.

    A CSV with lon/lat (or longitude/latitude, x/y) columns becomes points in EPSG:4326; a CSV without
    them a table. For a multi-layer file give ``layer_name``, or the file's layer named like
    ``label`` (e.g. ``sites``) is taken.

    Raises
    ------
    InputError
        The file does not exist or no valid layer can be opened from it.
    """
    label = label or Path(str(path)).stem
    text = str(path)
    if text.lower().startswith(("postgres", "dbname=", "service=")):
        layer = QgsVectorLayer(text, label, "postgres")
        if not layer.isValid():
            raise InputError.single(label, f"could not open PostGIS source '{text}'")
        return layer
    file = Path(text.split("|")[0])
    if not file.exists():
        raise InputError.single(label, f"file not found: {file}")
    if file.suffix.lower() in (".csv", ".txt"):
        lon, lat = _csv_coordinate_columns(file)
        # text as written: type detection would read unit "t" as true and NACE 01.46 as 1.46
        uri = f"{file.resolve().as_uri()}?delimiter=,&detectTypes=no&trimFields=yes&encoding={csv_encoding(file)[1]}"
        uri += f"&xField={lon}&yField={lat}&crs=EPSG:4326" if lon and lat else "&geomType=none"
        layer = QgsVectorLayer(uri, label, "delimitedtext")
    else:
        source = text
        if "|" not in text:
            sublayers = QgsProviderRegistry.instance().querySublayers(str(file))
            names = [s.name() for s in sublayers]
            wanted = layer_name or (label if label in names else None)
            if wanted is None and len(names) > 1:
                raise InputError.single(label, f"{file.name} holds several layers ({', '.join(names)}); name one")
            if wanted is not None:
                if wanted not in names:
                    raise InputError.single(label, f"{file.name} has no layer '{wanted}' (it has {', '.join(names)})")
                source = f"{file}|layername={wanted}"
        layer = QgsVectorLayer(source, label, "ogr")
    if not layer.isValid():
        raise InputError.single(label, f"could not open {text} as a vector layer")
    return layer
