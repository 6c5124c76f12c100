"""The documented command line, run as a user would."""

import os
from pathlib import Path

import pyogrio
import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample_data" / "kalundborg.gpkg"


def test_run_writes_gpkg_png_and_summary(cli, tmp_path):
    out = tmp_path / "demo.gpkg"
    proc = cli("run", "--sites", SAMPLE, "--streams", SAMPLE, "--out", out, "--quiet")
    assert proc.returncode == 0, proc.stderr
    layers = dict(pyogrio.list_layers(out))
    assert set(layers) == {"sites", "exchanges", "zones", "zones_after", "zone_reduction", "parameters"}
    assert layers["parameters"] is None  # a table: the run's parameters and the EcoPark version
    assert layers["exchanges"] == "LineString"
    assert layers["zones"] in ("Polygon", "MultiPolygon")
    assert (tmp_path / "demo.qgz").stat().st_size > 1_000
    exchanges = pyogrio.read_dataframe(out, layer="exchanges")
    assert exchanges["selected"].sum() >= 4
    assert (tmp_path / "demo.png").stat().st_size > 50_000
    assert "Net benefit" in proc.stdout and "Asn" in proc.stdout


def test_existing_output_is_not_overwritten(cli, tmp_path):
    out = tmp_path / "demo.gpkg"
    out.write_bytes(b"precious")
    proc = cli("run", "--sites", SAMPLE, "--out", out, "--no-png")
    assert proc.returncode == 2
    assert "exists; pass --overwrite" in proc.stderr
    assert out.read_bytes() == b"precious"


def test_csv_with_lon_lat_and_bad_row(cli, tmp_path):
    sites = tmp_path / "sites.csv"
    sites.write_text(
        "id,name,nace,lon,lat\nP,Power,35.11,11.08,55.66\nG,Board,23.62,11.09,55.67\n" "C,Cement,23.51,9.99,57.05\n",
        encoding="utf-8",
    )
    out = tmp_path / "csv.gpkg"
    proc = cli("run", "--sites", sites, "--out", out, "--no-png", "--quiet")
    assert proc.returncode == 0, proc.stderr
    ex = pyogrio.read_dataframe(out, layer="exchanges")
    assert {"P"} == set(ex["supplier"]) and {"G", "C"} <= set(ex["receiver"])

    bad_streams = tmp_path / "streams.csv"
    bad_streams.write_text(
        "site_id,direction,stream,quantity,unit\nP,output,fly_ash,-3,t\nX,output,fly_ash,3,t\n", encoding="utf-8"
    )
    proc = cli("run", "--sites", sites, "--streams", bad_streams, "--out", tmp_path / "bad.gpkg", "--no-png")
    assert proc.returncode == 1
    # a CSV's features are numbered by their line in the file (the header is line 1)
    assert "layer 'streams', feature 2, field 'quantity': negative quantity -3" in proc.stderr
    assert "layer 'streams', feature 3, field 'site_id': site id 'X' is not in the sites layer" in proc.stderr
    assert not (tmp_path / "bad.gpkg").exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (("--sites", "nowhere.gpkg"), "file not found"),
        (("--sites", SAMPLE, "--sites-layer", "plants"), "has no layer 'plants'"),
    ],
)
def test_unreadable_input(cli, tmp_path, args, message):
    proc = cli("run", *args, "--out", tmp_path / "x.gpkg", "--no-png")
    assert proc.returncode == 1 and message in proc.stderr


def test_map_image_follows_the_umask(cli, tmp_path):
    out = tmp_path / "demo.gpkg"
    proc = cli("run", "--sites", SAMPLE, "--streams", SAMPLE, "--out", out, "--quiet")
    assert proc.returncode == 0, proc.stderr
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "demo.png").stat().st_mode & 0o777 == 0o666 & ~mask


def test_rows_that_cannot_be_used_are_named_or_set_apart(cli, tmp_path):
    """A register's export (';', x/y in metres): a row whose x is no number is named, not dropped as QGIS's
    reader drops it; with --skip-bad-rows the run goes on and the row is in the layer 'rejected'."""
    sites = tmp_path / "register.csv"
    sites.write_text(
        "id;name;nace;x;y\nA;Works A;24.10;500000;6200000\nB;Works B;20.14;;\n"
        "C;Works C;35.11;abc;6200500\nD;Works D;35.11;501000;6201000\n",
        encoding="utf-8",
    )
    out = tmp_path / "run.gpkg"
    args = ("run", "--sites", sites, "--sites-crs", "EPSG:25832", "--map-sites", "site_id=id", "--out", out)
    proc = cli(*args, "--no-png", "--no-project", "--quiet")
    assert proc.returncode == 1 and not out.exists()
    assert "layer 'sites', feature 3, field 'x': no coordinate" in proc.stderr
    assert "layer 'sites', feature 4, field 'x': coordinate 'abc' is not a number" in proc.stderr
    assert "2 rows cannot be used" in proc.stderr and "--skip-bad-rows" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = cli(*args, "--no-png", "--no-project", "--quiet", "--skip-bad-rows")
    assert proc.returncode == 0, proc.stderr
    assert "2 rows rejected (sites 2)" in proc.stdout
    assert set(pyogrio.read_dataframe(out, layer="sites")["site_id"]) == {"A", "D"}
    rejected = pyogrio.read_dataframe(out, layer="rejected", read_geometry=False)
    assert list(rejected["source_row"]) == ["3", "4"] and list(rejected["id"]) == ["B", "C"]
    assert rejected.loc[1, "reason"] == "coordinate 'abc' is not a number"
