"""PostGIS in and out, against a real PostgreSQL + PostGIS the tests start themselves (conftest ``postgres``).

The Copenhagen sample's sites, roads (through a view) and buildings are loaded into the database with
GDAL's ogr2ogr (an independent writer); the runner reads them from there and writes its result layers
into a schema. The result must be the one the same run gives from the GeoPackage.
"""

import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample_data" / "copenhagen.gpkg"


def cli(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "ecopark_plugin", "run", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def query(dsn, text, args=()):
    import psycopg2

    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(text, args)
            rows = cur.fetchall() if cur.description else None
        conn.commit()
        return rows
    finally:
        conn.close()


@pytest.fixture(scope="module")
def database(postgres):
    """A database holding the Copenhagen sample in schema ``input`` (roads also as a view)."""
    dsn = postgres.create_database("copenhagen")
    query(dsn, "CREATE SCHEMA input")
    for layer in ("sites", "roads", "buildings"):
        proc = subprocess.run(
            ["ogr2ogr", "-f", "PostgreSQL", f"PG:{dsn}", str(SAMPLE), layer, "-nln", f"input.{layer}"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
    query(dsn, "CREATE VIEW input.roads_view AS SELECT * FROM input.roads")
    return dsn


@pytest.fixture(scope="module")
def runs(database, tmp_path_factory):
    """The same job from the GeoPackage and from the database, the latter written to schema ``copenhagen``."""
    out = tmp_path_factory.mktemp("pg")
    common = ["--no-png", "--no-project", "--quiet"]
    from_file = cli(
        "--sites", SAMPLE, "--network", f"{SAMPLE}|layername=roads", "--housing", f"{SAMPLE}|layername=buildings",
        "--out", out / "file.gpkg", *common,
    )  # fmt: skip
    assert from_file.returncode == 0, from_file.stderr
    from_db = cli(
        "--db", database, "--sites", "postgis:input.sites", "--network", "postgis:input.roads_view",
        "--housing", "postgis:input.buildings", "--out", out / "db.gpkg", "--schema", "copenhagen", *common,
    )  # fmt: skip
    assert from_db.returncode == 0, from_db.stderr
    return out, from_db


def test_inputs_from_postgis_give_the_same_result(runs):
    out, _ = runs
    a = gpd.read_file(out / "file.gpkg", layer="exchanges")
    b = gpd.read_file(out / "db.gpkg", layer="exchanges")
    assert len(a) >= 5
    keys = ["supplier", "receiver", "stream"]
    a, b = a.sort_values(keys).reset_index(drop=True), b.sort_values(keys).reset_index(drop=True)
    pd.testing.assert_frame_equal(a[keys], b[keys])
    np.testing.assert_allclose(b["distance_km"], a["distance_km"], rtol=1e-9)  # the roads came through the view
    houses_a = gpd.read_file(out / "file.gpkg", layer="housing_conflicts")
    houses_b = gpd.read_file(out / "db.gpkg", layer="housing_conflicts")
    assert len(houses_a) == len(houses_b) > 0


def test_every_result_layer_is_a_table_of_the_scenario_schema_with_the_same_fields(runs, database):
    import pyogrio

    out, proc = runs
    assert "Wrote schema copenhagen" in proc.stdout
    # the result layers; the table ``parameters`` is the GeoPackage's record of the run, not a result layer
    names = [str(n) for n in pyogrio.list_layers(out / "db.gpkg")[:, 0] if n != "parameters"]
    tables = {
        r[0]
        for r in query(database, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'copenhagen'")
    }
    assert tables == set(names)
    for name in names:
        frame = gpd.read_file(out / "db.gpkg", layer=name)
        columns = query(
            database,
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'copenhagen' AND table_name = %s "
            "ORDER BY ordinal_position",
            (name,),
        )
        fields = [c[0] for c in columns]
        # the rows left out (``rejected``) are a table without geometry, as in the GeoPackage
        geom = ["geom"] if "geometry" in frame.columns else []
        assert fields == ["fid", *[c for c in frame.columns if c != "geometry"], *geom], name
        (count,) = query(database, f'SELECT count(*) FROM copenhagen."{name}"')[0]
        assert count == len(frame), name
    # a number and a geometry, read back
    exchanges = gpd.read_file(out / "db.gpkg", layer="exchanges")
    back = query(
        database, "SELECT sum(distance_km), sum(ST_Length(geom)), max(ST_SRID(geom)) FROM copenhagen.exchanges"
    )
    assert back[0][0] == pytest.approx(exchanges["distance_km"].sum())
    assert back[0][1] == pytest.approx(exchanges.geometry.length.sum())  # the same lines
    assert back[0][2] == exchanges.crs.to_epsg()


def test_styles_are_stored_in_layer_styles_and_qgis_applies_them(runs, database):
    from qgis.core import QgsDataSourceUri, QgsVectorLayer

    rows = query(
        database,
        "SELECT f_table_name, useasdefault, f_geometry_column FROM public.layer_styles WHERE f_table_schema = 'copenhagen'",
    )
    assert {r[0] for r in rows} >= {"exchanges", "sites", "zones"}
    assert all(r[1] and r[2] == "geom" for r in rows)
    uri = QgsDataSourceUri(database)
    uri.setDataSource("copenhagen", "exchanges", "geom", "", "fid")
    layer = QgsVectorLayer(uri.uri(False), "exchanges", "postgres")
    assert layer.isValid() and layer.featureCount() > 0
    # the default style from the database, not QGIS's single-symbol default
    assert layer.renderer().type() != "singleSymbol"


def test_an_existing_scenario_schema_is_kept_unless_overwriting(runs, database):
    out, _ = runs
    before = query(database, "SELECT count(*) FROM copenhagen.exchanges")[0][0]
    query(database, "UPDATE copenhagen.exchanges SET stream = 'edited by a planner' WHERE fid = 1")
    again = cli(
        "--db", database, "--sites", "postgis:input.sites", "--out", out / "again.gpkg", "--schema", "copenhagen",
        "--no-png", "--no-project", "--quiet",
    )  # fmt: skip
    assert again.returncode != 0
    assert "schema copenhagen exists" in again.stderr and "--overwrite" in again.stderr
    assert not (out / "again.gpkg").exists()  # refused before running
    assert query(database, "SELECT count(*) FROM copenhagen.exchanges")[0][0] == before
    assert query(database, "SELECT stream FROM copenhagen.exchanges WHERE fid = 1")[0][0] == "edited by a planner"


def test_a_failed_write_leaves_nothing_behind(database):
    from ecopark_plugin.core.model.errors import EcoParkError
    from ecopark_plugin.qgis_io import postgis

    good = gpd.GeoDataFrame({"site_id": ["a"]}, geometry=gpd.points_from_xy([12.5], [55.7]), crs=4326)
    import shapely

    # the second layer fails (a CRS without an EPSG code) after the first is written, in the same transaction
    bad = gpd.GeoDataFrame({"site_id": ["b"]}, geometry=[shapely.box(0, 0, 1, 1)], crs="+proj=ortho +lat_0=55")
    with pytest.raises(EcoParkError, match="EPSG"):
        postgis.write_scenario({"sites": good, "zones": bad}, database, "half_written")
    assert not query(database, "SELECT 1 FROM information_schema.schemata WHERE schema_name = 'half_written'")
    assert not query(database, "SELECT 1 FROM public.layer_styles WHERE f_table_schema = 'half_written'")


def test_a_missing_table_is_named_with_the_fix(database):
    from ecopark_plugin.core.model.errors import InputError
    from ecopark_plugin.qgis_io import postgis

    with pytest.raises(InputError, match=r"no table or view input\.nowhere"):
        postgis.layer_uri("postgis:input.nowhere", database, "sites")
    with pytest.raises(InputError, match="no database was given"):
        postgis.layer_uri("postgis:input.sites", None, "sites")


def test_processing_writes_the_scenario_into_the_database(provider, postgres, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    sample = ROOT / "resources" / "sample_data" / "kalundborg.gpkg"
    dsn = postgres.create_database("processing")
    params = {
        "SITES": f"{sample}|layername=sites",
        "STREAMS": f"{sample}|layername=streams",
        "OUTPUT_EXCHANGES": str(tmp_path / "exchanges.gpkg"),
        "OUTPUT_SITES": str(tmp_path / "sites.gpkg"),
        "POSTGIS_DATABASE": dsn,
        "POSTGIS_SCHEMA": "kalundborg",
    }
    processing.run("ecopark:findexchanges", params)
    written = gpd.read_file(tmp_path / "exchanges.gpkg")
    (count,) = query(dsn, "SELECT count(*) FROM kalundborg.exchanges")[0]
    assert count == len(written) > 0
    assert query(dsn, "SELECT count(*) FROM public.layer_styles WHERE f_table_schema = 'kalundborg'")[0][0] >= 2
    with pytest.raises(QgsProcessingException, match="schema kalundborg exists"):
        processing.run("ecopark:findexchanges", {**params, "OUTPUT_EXCHANGES": str(tmp_path / "again.gpkg")})
