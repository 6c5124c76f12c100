"""PostgreSQL/PostGIS as the shared store: inputs read from tables or views, results written to a schema.

Inputs: ``postgis:schema.table`` (or a view) names a layer of the database given by a connection string
(libpq ``host=... dbname=...`` or ``postgresql://...``) or by a QGIS connection's name. It becomes a QGIS
``postgres`` layer, so every reader that takes a layer or a data source takes it.

Results: :func:`write_scenario` writes each result layer as a table of one schema per scenario, with
the same fields as the GeoPackage, and its style (the shipped .qml, legend translated) as the default
style in ``public.layer_styles``, where QGIS looks for it. It all happens in one transaction: a failure
leaves nothing behind, and an existing schema is kept unless the caller allows replacing it.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd

from ..core.model.errors import EcoParkError, InputError
from ..i18n import translator

tr = translator("PostGIS")

PREFIX = "postgis:"

#: QGIS's own definition of the style table (QgsPostgresProvider creates the same when saving a style)
LAYER_STYLES = """
CREATE TABLE IF NOT EXISTS public.layer_styles (
    id SERIAL PRIMARY KEY,
    f_table_catalog varchar,
    f_table_schema varchar,
    f_table_name varchar,
    f_geometry_column varchar,
    stylename text,
    styleqml xml,
    stylesld xml,
    useasdefault boolean,
    description text,
    owner varchar(63) DEFAULT CURRENT_USER,
    ui xml,
    update_time timestamp DEFAULT CURRENT_TIMESTAMP,
    type varchar
)"""


def _psycopg2():
    try:
        import psycopg2
    except ImportError as exc:  # pragma: no cover - Debian's python3-psycopg2 is installed by make setup
        raise EcoParkError(
            tr("PostGIS needs the psycopg2 module (Debian: apt install python3-psycopg2; or pip install psycopg2)")
        ) from exc
    return psycopg2


def connection_info(database: str) -> str:
    """A libpq connection string from one, from a ``postgresql://`` URL, or from a QGIS connection's name."""
    text = (database or "").strip()
    if not text:
        raise InputError.single("database", tr("no database given: a connection string or a QGIS connection name"))
    if "=" in text or text.startswith(("postgresql://", "postgres://")):
        return text
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(text)
    except Exception:  # noqa: BLE001 - QGIS raises QgsProviderConnectionException for an unknown name
        connection = None
    if connection is None:
        raise InputError.single(
            "database",
            tr("'{name}' is neither a connection string (host=... dbname=...) nor a QGIS PostgreSQL connection").format(
                name=text
            ),
        )
    from qgis.core import QgsDataSourceUri

    return QgsDataSourceUri(connection.uri()).connectionInfo(True)


def connect(database: str):
    """An open psycopg2 connection (autocommit off) to ``database``."""
    psycopg2 = _psycopg2()
    info = connection_info(database)
    try:
        return psycopg2.connect(info)
    except psycopg2.Error as exc:
        raise EcoParkError(tr("cannot connect to the database ({info}): {error}").format(info=info, error=exc)) from exc


def is_postgis(source) -> bool:
    return isinstance(source, str) and source.strip().lower().startswith(PREFIX)


def _split_name(name: str, label: str) -> tuple[str, str]:
    parts = name.split(".")
    if len(parts) == 1:
        return "public", parts[0]
    if len(parts) == 2 and all(parts):
        return parts[0], parts[1]
    raise InputError.single(label, tr("'{name}' is not a table name: write schema.table").format(name=name))


def layer_uri(source: str, database: str | None, label: str = "layer") -> str:
    """The QGIS ``postgres`` data source of ``postgis:schema.table`` in ``database``: its geometry column
    (if any) from ``geometry_columns``, its key from the primary key (tables) or the first integer column
    named like an id (views)."""
    if not database:
        raise InputError.single(
            label, tr("{source} names a database table, but no database was given (--db)").format(source=source)
        )
    schema, table = _split_name(source.strip()[len(PREFIX) :], label)
    with connect(database) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND table_name = %s", (schema, table)
        )
        if cur.fetchone() is None:
            raise InputError.single(
                label, tr("no table or view {schema}.{table} in the database").format(schema=schema, table=table)
            )
        cur.execute(
            "SELECT f_geometry_column FROM geometry_columns WHERE f_table_schema = %s AND f_table_name = %s",
            (schema, table),
        )
        row = cur.fetchone()
        geometry = row[0] if row else None
        cur.execute(
            """SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid
               AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary""",
            (f'"{schema}"."{table}"',),
        )
        keys = [r[0] for r in cur.fetchall()]
        if not keys:
            cur.execute(
                """SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND table_name = %s
                   AND data_type IN ('integer', 'bigint') ORDER BY ordinal_position""",
                (schema, table),
            )
            ints = [r[0] for r in cur.fetchall()]
            keys = [c for c in ints if c in ("fid", "id", "gid", "ogc_fid") or c.endswith("_id")][:1] or ints[:1]
    conn.close()
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri(connection_info(database))
    uri.setDataSource(schema, table, geometry, "", keys[0] if len(keys) == 1 else "")
    return uri.uri(False)


def load_layer(source: str, database: str | None, label: str):
    """``postgis:schema.table`` as a QGIS layer."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(layer_uri(source, database, label), label, "postgres")
    if not layer.isValid():
        raise InputError.single(label, tr("QGIS could not open {source} from the database").format(source=source))
    return layer


# ------------------------------------------------------------------ results

_SQL_TYPES = (
    (pd.api.types.is_bool_dtype, "boolean"),
    (pd.api.types.is_integer_dtype, "bigint"),
    (pd.api.types.is_float_dtype, "double precision"),
    (pd.api.types.is_datetime64_any_dtype, "timestamp"),
)


def _sql_type(series: pd.Series) -> str:
    for test, name in _SQL_TYPES:
        if test(series.dtype):
            return name
    return "text"


def _value(value):
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, np.generic):
        value = value.item()
        if isinstance(value, float) and math.isnan(value):
            return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, list | dict | tuple | set):
        return str(value)
    return value


def _geometry_type(frame) -> tuple[str, bool]:
    """The PostGIS geometry type of a layer, and whether single parts are promoted to multi."""
    kinds = set(frame.geom_type.dropna().unique())
    if len(kinds) == 1:
        return next(iter(kinds)), False
    bases = {k.removeprefix("Multi") for k in kinds}
    if len(bases) == 1 and kinds:
        return "Multi" + next(iter(bases)), True
    if not kinds:
        return "MultiPolygon", False  # an empty zone layer: zones are polygons
    return "Geometry", False


def check_schema_name(schema: str) -> str:
    """A scenario's schema name: lower case letters, digits and underscores, as PostgreSQL folds them."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", schema or ""):
        raise InputError.single(
            "schema",
            tr(
                "'{schema}' is not a usable schema name: lower-case letters, digits and _, starting with a letter"
            ).format(schema=schema),
        )
    return schema


def scenario_schema(scenario: str) -> str:
    """A schema name from a scenario's name (``Kalundborg 2030`` -> ``kalundborg_2030``)."""
    text = re.sub(r"[^a-z0-9_]+", "_", (scenario or "").strip().lower()).strip("_") or "scenario"
    if text[0].isdigit():
        text = "s_" + text
    return text[:63]


def _style_qml(name: str, frame) -> str | None:
    """The shipped style of result layer ``name``, as QGIS would store it (legend translated)."""
    from qgis.core import Qgis, QgsVectorLayer, QgsWkbTypes
    from qgis.PyQt.QtXml import QDomDocument

    from .layers import frame_wkb_type
    from .styles import apply_style, style_file

    kind = frame_wkb_type(frame, empty=Qgis.WkbType.MultiPolygon) if hasattr(frame, "geometry") else None
    probe = QgsVectorLayer(f"{QgsWkbTypes.displayString(kind) if kind else 'None'}?crs=EPSG:4326", name, "memory")
    if style_file(name, probe) is None:
        return None
    apply_style(probe, name)
    document = QDomDocument()
    probe.exportNamedStyle(document)
    return document.toString()


def schema_exists(database: str, schema: str) -> bool:
    conn = connect(database)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM information_schema.schemata WHERE schema_name = %s", (schema,))
            return cur.fetchone() is not None
    finally:
        conn.close()


def write_scenario(layers: dict, database: str, schema: str, overwrite: bool = False, styles: bool = True) -> list[str]:
    """Write result frames as the tables of ``schema`` (one transaction) with their default styles.

    An existing schema is an error unless ``overwrite``, which replaces it (and its styles) whole.
    Returns the table names written.
    """
    from psycopg2 import sql
    from psycopg2.extras import execute_values

    check_schema_name(schema)
    qml = {name: _style_qml(name, frame) for name, frame in layers.items()} if styles else {}
    conn = connect(database)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM information_schema.schemata WHERE schema_name = %s", (schema,))
            if cur.fetchone() is not None:
                if not overwrite:
                    raise EcoParkError(
                        tr(
                            "schema {schema} exists in the database; choose another scenario name or allow overwriting"
                        ).format(schema=schema)
                    )
                cur.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))
            cur.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
            for name, frame in layers.items():
                _write_table(cur, sql, execute_values, schema, name, frame)
            if qml:
                cur.execute(LAYER_STYLES)
                cur.execute("DELETE FROM public.layer_styles WHERE f_table_schema = %s", (schema,))
                for name, text in qml.items():
                    if text is None:
                        continue
                    # type NULL: QGIS takes a style whose type is NULL or the geometry type its layer's data
                    # source names ("Unknown geometry" for a source without type=), so NULL fits them all
                    geometry = "geom" if hasattr(layers[name], "geometry") else None
                    cur.execute(
                        """INSERT INTO public.layer_styles (f_table_catalog, f_table_schema, f_table_name,
                           f_geometry_column, stylename, styleqml, stylesld, useasdefault, description, type)
                           VALUES (current_database(), %s, %s, %s, %s, XMLPARSE(DOCUMENT %s), NULL, true, %s, %s)""",
                        (schema, name, geometry, name, text, "EcoPark", None),
                    )
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()
    return list(layers)


def _write_table(cur, sql, execute_values, schema: str, name: str, frame) -> None:
    has_geometry = hasattr(frame, "geometry") and frame.geometry.name in frame.columns
    columns = [c for c in frame.columns if not (has_geometry and c == frame.geometry.name)]
    definitions = [sql.SQL("fid bigserial PRIMARY KEY")]
    definitions += [sql.SQL("{} {}").format(sql.Identifier(str(c)), sql.SQL(_sql_type(frame[c]))) for c in columns]
    srid = 0
    multi = False
    if has_geometry:
        if frame.crs is None or frame.crs.to_epsg() is None:
            raise EcoParkError(tr("layer {name}: its CRS has no EPSG code, which PostGIS needs").format(name=name))
        srid = int(frame.crs.to_epsg())
        kind, multi = _geometry_type(frame)
        definitions.append(sql.SQL("geom geometry({}, {})").format(sql.SQL(kind), sql.Literal(srid)))
    table = sql.Identifier(schema, name)
    cur.execute(sql.SQL("CREATE TABLE {} ({})").format(table, sql.SQL(", ").join(definitions)))
    names = [sql.Identifier(str(c)) for c in columns] + ([sql.Identifier("geom")] if has_geometry else [])
    if not len(frame) or not names:
        return
    values = [frame[c].astype(object).to_numpy() for c in columns]
    rows = [[_value(v[i]) for v in values] for i in range(len(frame))]
    if has_geometry:
        import shapely

        wkb = shapely.to_wkb(frame.geometry.to_numpy(), hex=True)
        for row, geometry in zip(rows, wkb):
            row.append(geometry)
    geometry_sql = (
        "ST_Multi(ST_GeomFromWKB(decode(%s, 'hex'), {srid}))" if multi else "ST_GeomFromWKB(decode(%s, 'hex'), {srid})"
    ).format(srid=srid)
    template = "(" + ", ".join(["%s"] * len(columns) + ([geometry_sql] if has_geometry else [])) + ")"
    statement = sql.SQL("INSERT INTO {} ({}) VALUES %s").format(table, sql.SQL(", ").join(names))
    execute_values(cur, statement.as_string(cur), rows, template=template, page_size=1000)
    if has_geometry:
        cur.execute(sql.SQL("CREATE INDEX ON {} USING gist (geom)").format(table))
