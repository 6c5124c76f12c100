"""The panel's Import a table dialog driven as a planner would: a national register's export (';', cp1252,
SWEREF 99 TM metres with decimal commas, Annex I codes written '1.(c)') is picked, what was detected is read
off the dialog, the columns and CRS are corrected, the mapping saved and loaded again, and the import adds
the sites and the rows refused to the project, by the same code as the runner."""

import json

import pandas as pd
import pyogrio
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsProject

from . import test_dock, test_register_import

canvas_bridge, dock, kalundborg = test_dock.canvas_bridge, test_dock.dock, test_dock.kalundborg
export = test_register_import.export
X, Y = test_register_import.X, test_register_import.Y
COLUMNS = {
    "site_id": "AnläggningsID",
    "name": "Anläggningsnamn",
    "nace": "Huvudverksamhet (E-PRTR)",
    "year": "Rapportår",
    "x": X,
    "y": Y,
}


def settled(dialog, timeout: float = 60.0):
    """Let the dialog's reading or import (a task) end; the dialog."""
    test_dock.wait_for(dialog, timeout, "the dialog's task")
    return dialog


def _choose(dialog, columns: dict) -> None:
    for key, column in columns.items():
        combo = dialog.columns[key]
        combo.setCurrentIndex(combo.findData(column))


def test_a_register_is_checked_corrected_and_imported_with_its_refused_rows(dock, export, qgis_iface, tmp_path):
    path, rows = export
    bad = test_register_import._with_bad_rows(path)
    dialog = dock.run_tab.import_dialog()
    dialog.file.setFilePath(str(bad))
    settled(dialog)
    # what was detected, in the choices and in words
    assert dialog.separator.itemText(0) == "detected: ;" and dialog.encoding.itemText(0) == "detected: cp1252"
    assert dialog.decimal.itemText(0) == "detected: comma" and dialog.header.itemText(0) == "detected: yes"
    assert dialog.preview.columnCount() == 6 and dialog.preview.rowCount() == 8
    assert dialog.columns["x"].currentData() is None  # Swedish column names: not guessed
    assert dialog.columns["year"].currentData() == "Rapportår"  # but the reporting year is proposed
    assert "Choose the x (or longitude)" in dialog.found.text()
    _choose(dialog, COLUMNS)
    found = dialog.found.text()
    assert "89 rows, 6 columns. Activity codes: E-PRTR Annex I (mapped to NACE) (detected)." in found
    assert "x 312,039 to 319,000, y 6,441,546 to 6,450,000: metres of a projected CRS. Choose the CRS" in found
    assert "Rows with no usable coordinates, to be refused: 1." in found
    # imported as it is, the metres are refused with the option to give, and nothing is written
    out = tmp_path / "out" / "se_sites.gpkg"
    dialog.out.setFilePath(str(out))
    dialog.run_import()
    settled(dialog)
    assert not out.exists() and "SITES_CRS in Processing, 'CRS of x/y' in the panel" in dialog.found.text()
    dialog.crs.setCrs(QgsCoordinateReferenceSystem("EPSG:3006"))
    assert "metres of a projected CRS. They fit EPSG:3006. Rows with no usable" in dialog.found.text()

    saved = dialog.save_mapping(tmp_path / "se.json")
    mapping = json.loads(saved.read_text(encoding="utf-8"))
    assert mapping["sites"] == COLUMNS and mapping["sites_crs"] == "EPSG:3006" and mapping["activity_kind"] == "eprtr"

    dialog.run_import()
    assert dialog.task is not None and "Importing" in dialog.found.text()  # in a task, too
    settled(dialog)
    sites = pyogrio.read_dataframe(out, layer="sites")
    assert sorted(sites["site_id"]) == sorted(rows["FacilityInspireId"].unique())
    rejected = pyogrio.read_dataframe(out, layer="rejected").set_index("AnläggningsID")
    assert sorted(rejected.index) == ["SE.X/1", "SE.X/2"] and rejected.loc["SE.X/1", "reason"] == "no coordinate"
    # the rows refused: in the dialog, in the message bar, and as a layer of the project
    assert dialog.tabs.tabText(1) == "Rows refused (2)" and dialog.rejected.rowCount() == 2
    said = [m for m in test_dock.messages(qgis_iface, Qgis.MessageLevel.Warning) if "2 rows refused" in m]
    assert said and f"{len(sites)} sites imported from {bad.name}" in said[-1]
    names = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
    assert f"{bad.stem} rejected" in names and f"{bad.stem} sites" in names
    chosen = dock.run_tab.inputs.sites_combo.currentLayer()
    assert chosen.name() == f"{bad.stem} sites" and chosen.featureCount() == len(sites)
    assert chosen.crs().authid() == "EPSG:3006"

    # next year: a new dialog, the saved mapping loaded, nothing else chosen
    again = dock.run_tab.import_dialog()
    again.file.setFilePath(str(bad))
    settled(again)
    assert again.load_mapping(saved)
    settled(again)
    assert {k: c.currentData() for k, c in again.columns.items() if c.currentData()} == COLUMNS
    assert again.crs.crs().authid() == "EPSG:3006" and again.kind.currentData() == "eprtr"
    # a mapping the runner saved with its streams columns keeps them when the panel saves it again
    runner = json.loads(saved.read_text(encoding="utf-8"))
    saved.write_text(json.dumps({**runner, "streams": {"quantity": "Mängd"}}), encoding="utf-8")
    assert again.load_mapping(saved)
    settled(again)
    assert json.loads(again.save_mapping(saved).read_text(encoding="utf-8"))["streams"] == {"quantity": "Mängd"}
    again.out.setFilePath(str(tmp_path / "again.gpkg"))
    again.run_import()
    settled(again)
    assert sorted(pyogrio.read_dataframe(tmp_path / "again.gpkg", layer="sites")["site_id"]) == sorted(sites["site_id"])


def test_a_production_column_is_mapped_read_with_the_tables_decimal_comma_and_imported(dock, tmp_path):
    path = tmp_path / "bruk.csv"
    path.write_text(
        "Id;Namn;Nace;lon;lat;Produktion;Enhet\n"
        "A;Bruk A;17.11;11,10;55,60;1.234;t\n"
        "B;Bruk B;17.11;11,20;55,70;500.000,5;t\n"
        "C;Kraftverk;35.11;11,30;55,80;400;t\n",
        encoding="utf-8",
    )
    dialog = dock.run_tab.import_dialog()
    dialog.file.setFilePath(str(path))
    settled(dialog)
    assert dialog.decimal.itemText(0) == "detected: comma"
    assert dialog.columns["production"].currentData() is None  # a Swedish name: not guessed
    _choose(dialog, {"site_id": "Id", "name": "Namn", "nace": "Nace", "production": "Produktion"})
    dialog.columns["production_unit"].setCurrentIndex(dialog.columns["production_unit"].findData("Enhet"))
    saved = json.loads(dialog.save_mapping(tmp_path / "bruk.json").read_text(encoding="utf-8"))
    assert saved["sites"]["production"] == "Produktion" and saved["sites"]["production_unit"] == "Enhet"
    out = tmp_path / "bruk_sites.gpkg"
    dialog.out.setFilePath(str(out))
    dialog.run_import()
    settled(dialog)
    sites = pyogrio.read_dataframe(out, layer="sites").set_index("site_id")
    # 1.234 in a table with a decimal comma is 1234 t, written as a number a run reads as it is
    assert list(sites["production"]) == [1234.0, 500000.5] and list(sites["production_unit"]) == ["t", "t"]
    rejected = pyogrio.read_dataframe(out, layer="rejected")
    assert list(rejected["Id"]) == ["C"] and rejected["source_field"].iloc[0] == "Enhet"
    assert rejected["reason"].iloc[0].startswith("production unit 't' does not fit NACE 35.11")
    assert dialog.tabs.tabText(1) == "Rows refused (1)"
    # loaded again, the production columns are shown as saved
    again = dock.run_tab.import_dialog()
    again.file.setFilePath(str(path))
    settled(again)
    assert again.load_mapping(tmp_path / "bruk.json")
    settled(again)
    assert again.columns["production"].currentData() == "Produktion"


def test_a_declared_format_reads_the_table_again_and_a_wrong_one_is_named(dock, export):
    path, _ = export
    dialog = dock.run_tab.import_dialog()
    dialog.file.setFilePath(str(path))
    settled(dialog)
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))
    settled(dialog)
    assert "is not utf-8 text" in dialog.found.text() and not dialog.import_button.isEnabled()
    dialog.encoding.setCurrentIndex(0)
    settled(dialog)
    dialog.separator.setCurrentIndex(dialog.separator.findData(","))
    settled(dialog)
    assert dialog.preview.columnCount() != 6  # read with the wrong separator, as the user asked
    dialog.separator.setCurrentIndex(0)
    settled(dialog)
    assert dialog.preview.columnCount() == 6 and dialog.import_button.isEnabled()


def test_a_geopackage_table_is_imported_but_never_into_itself(dock, export, tmp_path):
    path, rows = export
    table = pd.read_csv(path, sep=";", encoding="cp1252", dtype=str)
    gpkg = tmp_path / "register.gpkg"
    pyogrio.write_dataframe(table, gpkg, layer="utslapp", driver="GPKG")
    pyogrio.write_dataframe(table.head(2), gpkg, layer="other", driver="GPKG")
    dialog = dock.run_tab.import_dialog()
    dialog.file.setFilePath(str(gpkg))
    settled(dialog)
    assert [dialog.sublayer.itemText(i) for i in range(dialog.sublayer.count())] == ["utslapp", "other"]
    assert dialog.format is None and len(dialog.frame) == len(table)
    _choose(dialog, COLUMNS)
    dialog.crs.setCrs(QgsCoordinateReferenceSystem("EPSG:3006"))
    before = gpkg.read_bytes()
    dialog.out.setFilePath(str(gpkg))
    dialog.run_import()
    settled(dialog)
    assert "is the table being imported; choose another file" in dialog.found.text()
    assert gpkg.read_bytes() == before
    dialog.out.setFilePath(str(tmp_path / "sites.gpkg"))
    dialog.run_import()
    settled(dialog)
    assert (
        pyogrio.read_dataframe(tmp_path / "sites.gpkg", layer="sites")["site_id"].nunique()
        == rows["FacilityInspireId"].nunique()
    )


def test_an_unforeseen_error_is_said_in_the_dialog_not_fatal_to_qgis(dock, export, monkeypatch):
    from ecopark_plugin.gui import import_dialog

    def broken(*_args, **_kwargs):
        raise KeyError("a column GDAL names twice")

    monkeypatch.setattr(import_dialog, "read_table", broken)
    path, _ = export
    dialog = dock.run_tab.import_dialog()
    dialog.file.setFilePath(str(path))  # a slot: an exception out of it would end QGIS
    settled(dialog)
    assert "KeyError: 'a column GDAL names twice'" in dialog.found.text()
    assert dialog.frame is None


def test_a_large_table_is_read_in_a_task_with_progress_and_cancel(dock, tmp_path):
    """A register's table of 300,000 rows: the dialog reads it in a task (QGIS stays usable), shows the
    progress and a Cancel that stops the reading; read again, the whole table is there."""
    rows = 300_000
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("id,name,nace,lon,lat\n")
        for i in range(rows):
            out.write(f"S{i},Plant {i},35.11,{10 + (i % 1000) / 1000:.4f},{55 + (i % 997) / 1000:.4f}\n")
    dialog = dock.run_tab.import_dialog()
    dialog.file.setFilePath(str(path))
    # back at once: the reading goes on in a task, said in the dialog, with its progress and Cancel
    assert dialog.task is not None and dialog.frame is None
    assert "Reading big.csv" in dialog.found.text() and not dialog.import_button.isEnabled()
    assert dialog.progress.isVisibleTo(dialog) and dialog.cancel_button.isVisibleTo(dialog)
    task = dialog.task
    dialog.cancel_button.click()
    assert task.isCanceled() and dialog.task is None and dialog.frame is None
    assert "Reading cancelled" in dialog.found.text() and not dialog.progress.isVisibleTo(dialog)
    settled(dialog)
    assert dialog.frame is None  # the cancelled reading's table is let go
    # read again, to its end, the progress followed
    dialog.reload()
    seen = []
    dialog.task.progressChanged.connect(seen.append)
    settled(dialog, timeout=180)
    assert len(dialog.frame) == rows and dialog.preview.rowCount() == 8
    assert any(0 < value < 100 for value in seen), seen
    assert f"{rows} rows, 5 columns." in dialog.found.text() and dialog.import_button.isEnabled()
    assert not dialog.progress.isVisibleTo(dialog)


def test_metres_without_a_crs_are_offered_the_projects_crs_where_it_fits(dock, export):
    """Nothing in a table names its CRS; the one candidate the dialog can offer is the project's, when it is
    projected, not world-wide, and the positions fall where it is used, and it says that it is a guess."""
    path, _ = export
    project = QgsProject.instance()
    dialog = dock.run_tab.import_dialog()
    dialog.file.setFilePath(str(path))
    settled(dialog)
    _choose(dialog, COLUMNS)
    said = {}
    for crs in ("EPSG:3006", "EPSG:27700", "EPSG:3857", "EPSG:4326"):
        project.setCrs(QgsCoordinateReferenceSystem(crs))
        dialog.show_found()
        said[crs] = (dialog.found.text(), dialog.use_crs_button.isVisibleTo(dialog))
    # SWEREF 99 TM metres in a Swedish project: offered, as a guess to check
    text, offered = said["EPSG:3006"]
    assert "Choose the CRS they are in" in text and offered
    assert "The project's CRS, EPSG:3006, is projected and they fall where it is used: it may be theirs" in text
    # the British National Grid: said not to fit, not offered
    text, offered = said["EPSG:27700"]
    assert "The project's CRS, EPSG:27700, does not fit them: 87 of 87 positions would fall far" in text
    assert not offered
    # Web Mercator fits any metres and a geographic CRS is no candidate: nothing said
    for crs in ("EPSG:3857", "EPSG:4326"):
        text, offered = said[crs]
        assert "The project's CRS" not in text and not offered
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3006"))
    dialog.show_found()
    assert dialog.use_crs_button.text() == "Use EPSG:3006"
    dialog.use_crs_button.click()
    assert dialog.crs.crs().authid() == "EPSG:3006" and not dialog.use_crs_button.isVisibleTo(dialog)
    assert "They fit EPSG:3006." in dialog.found.text()
