"""A national register's export as its agency would publish it, read with a field mapping.

Built from the EEA's E-PRTR table (real facilities, positions and Annex I activities around Stenungsund, the
Swedish chemical cluster), written as a national export is: Swedish column names, ';' separator, Windows
Western encoding, one row per facility and year, x/y in SWEREF 99 TM (EPSG:3006) metres with grouped
thousands and a decimal comma, activity codes of E-PRTR Annex I. The runner reads it with a mapping given once,
saved, and used again; the sites it finds are the register's own.
"""

import json
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


def _with_bad_rows(path: Path) -> Path:
    """The export with two rows a planner would send: one with no position, one with an activity unknown to
    Annex I (written as the Swedish agency writes Annex I codes: '9.(z)')."""
    text = path.read_bytes().decode("cp1252").rstrip("\n").split("\n")
    header = text[0].split(";")
    blank = dict.fromkeys(header, "")
    rows = [
        {**blank, "AnläggningsID": "SE.X/1", "Anläggningsnamn": "Utan läge", "Huvudverksamhet (E-PRTR)": "1.(c)",
         "Rapportår": "2022"},
        {**blank, "AnläggningsID": "SE.X/2", "Anläggningsnamn": "Okänd", "Huvudverksamhet (E-PRTR)": "9.(z)",
         "Rapportår": "2022", X: "319\u00a0000,0", Y: "6\u00a0450\u00a0000,0"},
    ]  # fmt: skip
    text += [";".join(r[h] for h in header) for r in rows]
    out = path.with_name("utslapp_med_fel.csv")
    out.write_bytes(("\n".join(text) + "\n").encode("cp1252"))
    return out


def test_processing_imports_the_export_by_column_names_and_keeps_the_rows_it_refuses(provider, export, tmp_path):
    import processing

    path, rows = export
    bad = _with_bad_rows(path)
    mapping = tmp_path / "saved.json"
    out = processing.run(
        "ecopark:importtable",
        {
            "INPUT": str(bad),
            "ID_FIELD": "AnläggningsID",
            "NAME_FIELD": "Anläggningsnamn",
            "ACTIVITY_FIELD": "Huvudverksamhet (E-PRTR)",
            "YEAR_FIELD": "Rapportår",
            "X_FIELD": X,
            "Y_FIELD": Y,
            "SITES_CRS": "EPSG:3006",
            "SEPARATOR": "semicolon",  # by name, as qgis_process takes it
            "DECIMAL": "comma",
            "ENCODING": "cp1252",
            "OUTPUT": str(tmp_path / "sites.gpkg"),
            "OUTPUT_REJECTED": str(tmp_path / "rejected.gpkg"),
            "SAVE_MAPPING": str(mapping),
        },
    )
    sites = pyogrio.read_dataframe(out["OUTPUT"])
    assert sorted(sites["site_id"]) == sorted(rows["FacilityInspireId"].unique())  # one per facility, none lost
    assert sites.crs.to_epsg() == 3006 and sites["nace"].str.fullmatch(r"\d{2}\.\d{1,2}").all()
    rejected = pyogrio.read_dataframe(out["OUTPUT_REJECTED"]).set_index("AnläggningsID")
    assert sorted(rejected.index) == ["SE.X/1", "SE.X/2"]
    assert rejected.loc["SE.X/1", "reason"] == "no coordinate"
    assert "9.(z)" in rejected.loc["SE.X/2", "reason"] and rejected.loc["SE.X/2", "source_layer"] == bad.name
    # the mapping saved is the runner's: the command line reads the same file to the same sites
    saved = json.loads(mapping.read_text(encoding="utf-8"))
    assert saved["format"] == "ecopark-import-mapping" and saved["sites_crs"] == "EPSG:3006"
    assert saved["table"] == {"encoding": "cp1252", "separator": ";", "decimal": ","}
    again = processing.run(
        "ecopark:importtable", {"INPUT": str(bad), "MAPPING": str(mapping), "OUTPUT": str(tmp_path / "again.gpkg")}
    )
    assert sorted(pyogrio.read_dataframe(again["OUTPUT"])["site_id"]) == sorted(sites["site_id"])


def test_processing_says_which_option_to_give_for_metres_read_as_degrees(provider, export, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    path, _ = export
    given = {
        "ID_FIELD": "AnläggningsID",
        "NAME_FIELD": "Anläggningsnamn",
        "ACTIVITY_FIELD": "Huvudverksamhet (E-PRTR)",
        "X_FIELD": X,
        "Y_FIELD": Y,
    }
    with pytest.raises(QgsProcessingException) as err:
        processing.run("ecopark:importtable", {"INPUT": str(path), **given, "OUTPUT": "memory:"})
    said = str(err.value)
    assert said.startswith(f"layer 'utslapp_stenungsund.csv', field '{X}': x ({X}) ")
    assert "metres of a projected CRS, not degrees" in said and "SITES_CRS in Processing" in said


def test_the_runner_imports_the_table_alone_as_processing_and_the_panel_do(cli, export, tmp_path):
    path, rows = export
    bad = _with_bad_rows(path)
    out = tmp_path / "imported.gpkg"
    given = (
        "--id-field", "AnläggningsID", "--name-field", "Anläggningsnamn",
        "--activity-field", "Huvudverksamhet (E-PRTR)", "--year-field", "Rapportår",
        "--x-field", X, "--y-field", Y, "--sites-crs", "EPSG:3006",
    )  # fmt: skip
    done = cli("run", "--sites", bad, *given, "--import-only", "--out", out)
    assert done.returncode == 0, done.stderr
    sites = rows["FacilityInspireId"].nunique()
    assert f"{sites} sites from {len(rows) + 2} rows of {bad.name} written to {out}" in done.stdout
    assert f"2 rows rejected ({bad.name} 2)" in done.stdout and "  row " in done.stdout
    assert pyogrio.read_dataframe(out, layer="sites")["site_id"].nunique() == sites
    assert len(pyogrio.read_dataframe(out, layer="rejected")) == 2
    again = cli("run", "--sites", bad, *given, "--import-only", "--out", out)
    assert again.returncode == 1 and "exists" in again.stderr  # an existing output is kept without --overwrite
