"""Bad input as a new user gives it: a clear error naming the file, feature and field, and nothing lost."""

import shutil
from pathlib import Path

import pyogrio

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample_data" / "kalundborg.gpkg"


def _sites(tmp_path, rows: str, name="sites.csv", encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(("site_id,name,nace,lon,lat\n" + rows).encode(encoding))
    return path


def _run(cli, tmp_path, *args):
    return cli("run", *args, "--out", tmp_path / "out.gpkg", "--no-png", "--no-project", "--quiet")


def test_a_latitude_of_200_is_named_not_a_traceback(cli, tmp_path):
    sites = _sites(tmp_path, "A,Power,35.11,11.0,200\nB,Board,23.62,11.1,55.6\n")
    done = _run(cli, tmp_path, "--sites", sites)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "field 'geometry'" in done.stderr and "11, 200 is not longitude/latitude" in done.stderr


def test_an_unknown_nace_code_and_an_absurd_quantity_are_refused(cli, tmp_path):
    sites = _sites(tmp_path, "A,Power,35.11,11.0,55.6\nB,Board,99.99,11.1,55.6\n")
    done = _run(cli, tmp_path, "--sites", sites)
    assert done.returncode == 1 and "field 'nace': NACE '99.99' is no NACE Rev.2" in done.stderr
    good = _sites(tmp_path, "A,Power,35.11,11.0,55.6\nB,Board,23.62,11.1,55.6\n", "good.csv")
    streams = tmp_path / "streams.csv"
    streams.write_text("site_id,direction,stream,quantity,unit\nA,output,fly ash,1e30,t\n", encoding="utf-8")
    done = _run(cli, tmp_path, "--sites", good, "--streams", streams)
    assert done.returncode == 1 and "layer 'streams'" in done.stderr and "more than any plant handles" in done.stderr
    assert not (tmp_path / "out.gpkg").exists()  # nothing half written


def test_a_russian_excel_csv_in_cp1251_is_read(cli, tmp_path):
    sites = _sites(tmp_path, "A,Электростанция,35.11,11.0,55.6\nB,Завод,23.62,11.1,55.6\n", encoding="cp1251")
    done = _run(cli, tmp_path, "--sites", sites)
    assert done.returncode == 0, done.stderr
    names = pyogrio.read_dataframe(tmp_path / "out.gpkg", layer="sites")["name"].tolist()
    assert names == ["Электростанция", "Завод"]


def test_an_empty_layer_is_named(cli, tmp_path):
    sites = _sites(tmp_path, "")
    done = _run(cli, tmp_path, "--sites", sites)
    assert done.returncode == 1 and "layer 'sites': the layer has no features" in done.stderr


def test_an_output_that_is_also_an_input_is_refused_and_the_input_kept(cli, tmp_path):
    gpkg = tmp_path / "k.gpkg"
    shutil.copy(SAMPLE, gpkg)
    layers = [name for name, _ in pyogrio.list_layers(gpkg)]
    done = cli("run", "--sites", gpkg, "--streams", gpkg, "--out", gpkg, "--overwrite", "--no-png", "--quiet")
    assert done.returncode == 2 and "is also an input" in done.stderr
    assert [name for name, _ in pyogrio.list_layers(gpkg)] == layers


def test_a_road_network_far_from_every_site_and_housing_without_a_crs_are_named(cli, tmp_path):
    import geopandas as gpd
    import shapely
    from shapely.geometry import LineString

    sites = _sites(tmp_path, "A,Power,35.11,11.0,55.6\nB,Board,23.62,11.05,55.6\n")
    far = tmp_path / "far.gpkg"
    gpd.GeoDataFrame(
        {"highway": ["primary"]}, geometry=[LineString([(20, 60), (20.1, 60.1)])], crs="EPSG:4326"
    ).to_file(far, layer="roads")
    done = _run(cli, tmp_path, "--sites", sites, "--network", far)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "none of the 2 sites lies within" in done.stderr and "far.gpkg" in done.stderr
    homes = tmp_path / "homes.gpkg"
    gpd.GeoDataFrame({"building": ["yes"]}, geometry=[shapely.box(11.0, 55.6, 11.001, 55.601)]).to_file(
        homes, layer="buildings"
    )
    done = _run(cli, tmp_path, "--sites", sites, "--housing", homes)
    assert done.returncode == 1 and "Traceback" not in done.stderr and "layer 'housing'" in done.stderr
    # GDAL 3.6 (Debian 12) gives the layer an undefined CRS, GDAL 3.10 (Debian 13) none at all
    assert "set its CRS" in done.stderr or "has no coordinate reference system (CRS); set one" in done.stderr


def _national_export(tmp_path) -> Path:
    """The Kalundborg sites as a Nordic register exports them: ';' separated, decimal commas, Windows-1252,
    x/y in metres of ETRS89 / UTM 32N, its own column names."""
    import geopandas as gpd

    sites = gpd.read_file(SAMPLE, layer="sites")
    lines = ["id;navn;nace;x;y;affald_t"]
    for r in sites.itertuples():
        x, y = (f"{v:.2f}".replace(".", ",") for v in (r.geometry.x, r.geometry.y))
        lines.append(f"{r.site_id};{r.name};{r.nace};{x};{y};1234,5")
    path = tmp_path / "national.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode("cp1252"))
    return path


def test_a_national_register_export_is_read_with_its_crs_and_field_mapping(cli, tmp_path):
    import geopandas as gpd

    export = _national_export(tmp_path)
    done = _run(
        cli,
        tmp_path,
        "--sites",
        export,
        "--sites-crs",
        "EPSG:25832",
        "--map-sites",
        "site_id=id,name=navn,waste_nonhw_t=affald_t",
    )
    assert done.returncode == 0, done.stderr
    got = pyogrio.read_dataframe(tmp_path / "out.gpkg", layer="sites")
    want = gpd.read_file(SAMPLE, layer="sites")
    assert got.crs.to_epsg() == 25832 and got["name"].tolist() == want["name"].tolist()  # æ, ø in cp1252
    assert got["waste_nonhw_t"].tolist() == [1234.5] * len(want)  # decimal commas
    assert got.geometry.distance(want.geometry.to_crs(got.crs)).max() < 0.01
    # without the CRS the metres would be read as degrees: refused, with the way out named
    done = _run(cli, tmp_path, "--sites", export, "--map-sites", "site_id=id,name=navn", "--overwrite")
    assert done.returncode == 1 and "are these metres of a projected CRS?" in done.stderr


def test_a_spreadsheet_of_sites_with_coordinate_columns_is_read(cli, tmp_path):
    import pandas as pd

    table = pd.DataFrame(
        {
            "site_id": ["ASV", "GYP"],
            "name": ["Asnæs power station", "Gyproc"],
            "nace": ["35.11", "23.62"],
            "easting": ["630827,57", "632550,00"],
            "northing": ["6170169,71", "6171000,00"],
        }
    )
    xlsx = tmp_path / "sites.xlsx"
    pyogrio.write_dataframe(table, xlsx, driver="XLSX")
    done = _run(cli, tmp_path, "--sites", xlsx, "--sites-crs", "EPSG:25832")
    assert done.returncode == 0, done.stderr
    got = pyogrio.read_dataframe(tmp_path / "out.gpkg", layer="sites")
    assert got.crs.to_epsg() == 25832 and round(got.geometry.x.iloc[0], 2) == 630827.57


def test_an_empty_or_unreadable_network_file_is_named(cli, tmp_path):
    sites = _sites(tmp_path, "A,Power,35.11,11.0,55.6\nB,Board,23.62,11.1,55.6\n")
    empty = tmp_path / "roads.gpkg"
    empty.write_bytes(b"")
    done = _run(cli, tmp_path, "--sites", sites, "--network", empty)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "roads.gpkg': the road network file is empty (0 bytes)" in done.stderr
    junk = tmp_path / "rail.gpkg"
    junk.write_bytes(b"not a geopackage")
    done = _run(cli, tmp_path, "--sites", sites, "--rail", junk)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "rail.gpkg': cannot be read as a rail network" in done.stderr
