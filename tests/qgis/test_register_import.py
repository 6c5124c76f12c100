"""A national register's export as its agency would publish it, read with a field mapping.

Built from the EEA's E-PRTR table (real facilities, positions and Annex I activities around Stenungsund, the
Swedish chemical cluster), written as a national export is: Swedish column names, ';' separator, Windows
Western encoding, one row per facility and year, x/y in SWEREF 99 TM (EPSG:3006) metres with grouped
thousands and a decimal comma, activity codes of E-PRTR Annex I. The runner reads it with a mapping given once,
saved, and used again; the sites it finds are the register's own.
"""

from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest

BBOX = (11.70, 57.95, 12.00, 58.15)  # Stenungsund
COLUMNS = {
    "FacilityInspireId": "AnläggningsID",
    "facilityName": "Anläggningsnamn",
    "EPRTRAnnexIMainActivity": "Huvudverksamhet (E-PRTR)",
    "reportingYear": "Rapportår",
}
X, Y = "E (SWEREF 99 TM)", "N (SWEREF 99 TM)"


def _swedish_number(value: float) -> str:
    """6441234.5 -> '6 441 234,5' (a no-break space groups the thousands)."""
    return f"{value:,.1f}".replace(",", "\u00a0").replace(".", ",")


@pytest.fixture
def export(shared_data, tmp_path) -> tuple[Path, pd.DataFrame]:
    table = pd.read_csv(shared_data / "eprtr_nordics" / "F1_4_Air_Releases_Facilities_Nordics.csv", low_memory=False)
    x0, y0, x1, y1 = BBOX
    table = table[table["Longitude"].between(x0, x1) & table["Latitude"].between(y0, y1)]
    rows = table.drop_duplicates(["FacilityInspireId", "reportingYear"])
    assert rows["FacilityInspireId"].nunique() >= 5 and rows["reportingYear"].nunique() > 5
    points = gpd.GeoSeries(gpd.points_from_xy(rows["Longitude"], rows["Latitude"]), crs=4326).to_crs(3006)
    out = rows[list(COLUMNS)].rename(columns=COLUMNS)
    out[X] = [_swedish_number(p.x) for p in points]
    out[Y] = [_swedish_number(p.y) for p in points]
    path = tmp_path / "utslapp_stenungsund.csv"
    path.write_bytes(out.to_csv(sep=";", index=False).encode("cp1252"))
    return path, rows


def test_a_national_export_is_inspected_mapped_saved_and_run(cli, export, tmp_path):
    path, rows = export
    inspect = cli("run", "--inspect", path)
    assert inspect.returncode == 0, inspect.stderr
    assert "encoding cp1252, separator ';', decimal mark ','" in inspect.stdout
    assert "x                      <- (none)" in inspect.stdout  # Swedish column names: not guessed
    mapping = tmp_path / "se_register.json"
    given = (
        "--id-field", "AnläggningsID", "--name-field", "Anläggningsnamn",
        "--activity-field", "Huvudverksamhet (E-PRTR)", "--year-field", "Rapportår",
        "--x-field", X, "--y-field", Y, "--sites-crs", "EPSG:3006",
    )  # fmt: skip
    inspect = cli("run", "--inspect", path, *given, "--save-mapping", mapping)
    assert inspect.returncode == 0, inspect.stderr
    assert "activity codes: eprtr (detected)" in inspect.stdout
    assert "metres of a projected CRS; CRS used: EPSG:3006" in inspect.stdout
    assert mapping.exists()

    out = tmp_path / "stenungsund.gpkg"
    done = cli("run", "--sites", path, "--mapping", mapping, "--out", out, "--no-png", "--no-project", "--quiet")
    assert done.returncode == 0, done.stderr
    older = len(rows) - rows["FacilityInspireId"].nunique()
    assert f"Import: {older} rows of earlier years left out (each site's latest year kept); activity codes: eprtr" in (
        done.stdout
    )
    sites = pyogrio.read_dataframe(out, layer="sites")
    latest = rows.sort_values("reportingYear").groupby("FacilityInspireId").tail(1).set_index("FacilityInspireId")
    assert sorted(sites["site_id"]) == sorted(latest.index)  # one site per facility, none lost
    # positions back in degrees agree with the register's to a metre
    here = sites.set_index("site_id").to_crs(4326)
    there = gpd.GeoSeries(gpd.points_from_xy(latest["Longitude"], latest["Latitude"]), index=latest.index, crs=4326)
    assert (here.geometry.to_crs(3006).distance(there.reindex(here.index).to_crs(3006)) < 1.0).all()
    # the Annex I activities became NACE codes through resources/catalogue/eprtr_activity_nace.csv
    assert sites["nace"].str.fullmatch(r"\d{2}\.\d{1,2}").all()
    by_activity = dict(zip(latest.index, latest["EPRTRAnnexIMainActivity"], strict=True))
    assert by_activity["SE.CAED/10018832.Facility"] == "4(a)(i)"  # Borealis' cracker: basic organic chemicals
    assert here.loc["SE.CAED/10018832.Facility", "nace"] == "20.14"
    assert by_activity["SE.CAED/10018831.Facility"] == "4(a)(viii)"  # Inovyn's PVC: plastics in primary forms
    assert here.loc["SE.CAED/10018831.Facility", "nace"] == "20.16"
