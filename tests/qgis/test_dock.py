"""The dock panel driven as a planner would: choose layers, press Run, wait for the background task,
then read the table, the map's layers, the scenarios kept in the project, and edit sites."""

import csv
import json
import re
import shutil
import time
from pathlib import Path

import geopandas as gpd
import pytest
from qgis.core import Qgis, QgsApplication, QgsPointXY, QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt, QUrl
from qgis.PyQt.QtWidgets import QPushButton

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "sample_data"


def wait_for(holder, timeout=180.0, what="the run") -> float:
    """Let the task manager run ``holder``'s task (the panel's run, a dialog's reading) to its end, as QGIS's
    event loop would; the seconds it took."""
    start = time.monotonic()
    while holder.task is not None:
        QCoreApplication.processEvents()
        time.sleep(0.01)
        assert time.monotonic() - start < timeout, f"{what} did not end"
    QCoreApplication.processEvents()
    return time.monotonic() - start


def run_with_ports(dock, kalundborg, scenario: str):
    """Run the panel on the sample with its ports (the fly ash then goes by ship to Aalborg Portland); the
    scenario kept."""
    ports = QgsVectorLayer(f"{kalundborg}|layername=ports", "Ports", "ogr")
    QgsProject.instance().addMapLayer(ports)
    dock.ports_combo.setLayer(ports)
    dock.scenario_edit.setText(scenario)
    dock.run_button.click()
    wait_for(dock)
    return dock.store.get(scenario)


@pytest.fixture
def kalundborg(tmp_path):
    """A copy of the Kalundborg sample (the edit tests write into it)."""
    path = tmp_path / "kalundborg.gpkg"
    shutil.copy(SAMPLES / "kalundborg.gpkg", path)
    return path


@pytest.fixture
def canvas_bridge(qgis_iface):
    """What the QGIS desktop does for its canvas: a layer removed from the project leaves the canvas first
    (pytest-qgis's stand-in only follows whole-project clears; the panel replaces a scenario's group), and
    nothing renders while a project is cleared or read (the desktop freezes its canvas then; a render thread
    evaluating the sites' size expression against a project being cleared crashes QGIS). The tests read
    the canvas's extent, not its pixels, so it does not render at all."""
    canvas = qgis_iface.mapCanvas()

    def drop(ids):
        canvas.setLayers([layer for layer in canvas.layers() if layer.id() not in ids])

    canvas.stopRendering()
    canvas.setRenderFlag(False)
    QgsProject.instance().layersWillBeRemoved.connect(drop)
    yield
    QgsProject.instance().layersWillBeRemoved.disconnect(drop)
    canvas.setRenderFlag(True)


@pytest.fixture
def dock(qgis_iface, qgis_new_project, canvas_bridge, kalundborg, tmp_path):
    from ecopark_plugin.gui.dock import EcoParkDock

    project = QgsProject.instance()
    sites = QgsVectorLayer(f"{kalundborg}|layername=sites", "Kalundborg sites", "ogr")
    streams = QgsVectorLayer(f"{kalundborg}|layername=streams", "Kalundborg streams", "ogr")
    assert sites.isValid() and streams.isValid()
    project.addMapLayers([sites, streams])
    qgis_iface.messageBar().clear_messages()
    panel = EcoParkDock(qgis_iface, qgis_iface.mainWindow())
    panel.sites_combo.setLayer(sites)
    panel.streams_combo.setLayer(streams)
    panel.output_dir.setFilePath(str(tmp_path / "out"))
    panel.sites, panel.streams = sites, streams
    yield panel
    panel.unload()
    panel.deleteLater()
    project.clear()


def messages(iface, level):
    return iface.messageBar().get_messages(level)


def chosen(gpkg):
    ex = gpd.read_file(gpkg, layer="exchanges")
    return ex[ex["selected"].astype(bool)]


def new(frame):
    """The chosen exchanges that are new: those that exist already are the baseline, not in the summary."""
    return frame[~frame["existing"].astype(bool)]


def shown_rows(panel):
    """The table's rows as shown: a dict of header -> text per row (the totals row last)."""
    proxy = panel.proxy
    # a figure's header carries its unit on a second line
    heads = [" ".join(proxy.headerData(c, Qt.Orientation.Horizontal).split()) for c in range(proxy.columnCount())]
    return [{heads[c]: proxy.index(r, c).data() for c in range(proxy.columnCount())} for r in range(proxy.rowCount())]


def number(text):
    return float(text.replace(",", ""))


def test_fields_are_guessed_and_remembered_per_project(dock):
    assert dock.site_fields["site_id"].currentField() == "site_id"
    assert dock.site_fields["nace"].currentField() == "nace"
    assert dock.stream_fields["quantity"].currentField() == "quantity"
    dock.site_fields["name"].setField("city")  # the user's choice is kept in the project
    stored = json.loads(QgsProject.instance().readEntry("ecopark", f"fields/{dock.sites.id()}", "")[0])
    assert stored["name"] == "city"
    dock.sites_combo.setLayer(None)
    dock.sites_combo.setLayer(dock.sites)
    assert dock.site_fields["name"].currentField() == "city"


def bar_items(iface, text: str) -> list:
    """The message bar's items (messages with buttons) whose text holds ``text``."""
    return [item for item in iface.messageBar().items() if text in item.text()]


def test_run_in_background_fills_table_map_and_project(dock, qgis_iface, monkeypatch):
    dock.scenario_edit.setText("Base case")
    qgis_iface.messageBar().clearWidgets()  # the messages with buttons of the tests before
    logged = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, tag, level: logged.append((tag, text)))
    stages = []
    dock.run_button.click()
    assert dock.task is not None and not dock.run_button.isEnabled() and dock.cancel_button.isEnabled()
    dock.task.stageChanged.connect(stages.append)
    wait_for(dock)
    assert "Pricing exchanges" in stages and stages[-1] == "Done"
    assert not [t for t in QgsApplication.taskManager().tasks() if t.description().startswith("EcoPark")]
    assert not messages(qgis_iface, Qgis.MessageLevel.Critical), messages(qgis_iface, Qgis.MessageLevel.Critical)
    gpkg = Path(dock.output_folder()) / "Base_case.gpkg"
    assert gpkg.exists()
    assert dock.progress.value() == 100 and dock.stage.text().startswith("Done")
    assert dock.run_button.isEnabled() and not dock.cancel_button.isEnabled()
    # the layers are on the map in the scenario's group
    group = QgsProject.instance().layerTreeRoot().findGroup("Base case")
    assert group is not None
    names = {node.layer().source().split("layername=")[1] for node in group.findLayers()}
    assert {"exchanges", "sites", "zones", "zones_after", "zone_reduction"} <= names
    # the table holds every exchange, shows the chosen ones, and the totals row sums them
    want = chosen(gpkg)
    assert dock.model.rowCount() == len(gpd.read_file(gpkg, layer="exchanges")) + 1
    rows = shown_rows(dock)
    assert len(rows) == len(want) + 1
    total = rows[-1]
    assert total["Supplier"] == f"Total of {len(want)} chosen shown"
    assert number(total["Net benefit EUR/yr"]) == pytest.approx(want["net_benefit"].sum(), abs=1)
    assert number(total["CO2 avoided t/yr"]) == pytest.approx(want["co2_avoided_t"].sum(), abs=1)
    scenario = dock.store.get("Base case")
    assert scenario.summary["net_benefit_eur"] == pytest.approx(new(want)["net_benefit"].sum(), rel=1e-9)
    assert scenario.summary["selected"] == len(new(want)) and scenario.summary["baseline_selected"] == 1
    assert f"{len(new(want))} exchanges chosen" in dock.summary.text()
    assert dock.tabs.currentIndex() == 2
    # the message bar says, short, what was written and where (a link to the file), with the report a click
    # away; the figures go to the log panel
    (item,) = bar_items(qgis_iface, "Base_case.gpkg")
    assert item.level() == Qgis.MessageLevel.Success
    text = re.sub(r"<[^>]+>", "", item.text())
    assert text == f"{len(new(want))} exchanges chosen, saved", text  # one line over a laptop's map
    assert item.title() == "" and f'title="{gpkg}"' in item.text()  # the path shows on the link
    assert f'href="{QUrl.fromLocalFile(str(gpkg)).toString()}"' in item.text()
    log = [m for tag, m in logged if tag == "EcoPark" and "Base case" in m]
    assert log and "net benefit" in log[-1] and str(gpkg) in log[-1] and "exchanges" in log[-1]
    opened = []
    monkeypatch.setattr(dock.context, "open_url", opened.append)
    dock.results_scenario.setCurrentIndex(-1)
    (button,) = item.findChildren(QPushButton)
    assert button.text() == "Open report"
    button.click()
    page = gpkg.with_name("Base_case_report.html")
    assert page.exists() and opened == [page]
    assert dock.results_scenario.currentText() == "Base case"


@pytest.fixture
def ran(dock):
    dock.scenario_edit.setText("Base")
    dock.run_button.click()
    wait_for(dock)
    assert dock.store.get("Base") is not None
    return dock


def test_sorting_and_filtering_keep_the_totals_row_last(ran):
    co2 = 11
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        ran.table.sortByColumn(co2, order)
        rows = shown_rows(ran)
        assert rows[-1]["Supplier"].startswith("Total of")
        values = [number(r["CO2 avoided t/yr"]) for r in rows[:-1]]
        assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)
    ran.filter_edit.setText("gypsum")
    rows = shown_rows(ran)
    assert len(rows) >= 2 and all("gypsum" in r["Stream"].lower() for r in rows[:-1])
    assert number(rows[-1]["Net benefit EUR/yr"]) == pytest.approx(
        sum(number(r["Net benefit EUR/yr"]) for r in rows[:-1])
    )
    ran.filter_edit.setText("")
    ran.chosen_only.setChecked(False)
    assert len(shown_rows(ran)) == ran.model.rowCount()


def test_table_and_map_selection_follow_each_other(ran):
    layer = ran.sync.layer
    assert layer is not None and layer.source().endswith("layername=exchanges")
    ran.table.sortByColumn(10, Qt.SortOrder.DescendingOrder)
    ran.table.selectRow(0)
    first = shown_rows(ran)[0]
    assert len(layer.selectedFeatureIds()) == 1
    feature = layer.getFeature(layer.selectedFeatureIds()[0])
    assert feature["supplier_name"] == first["Supplier"] and feature["stream_en"] == first["Stream"]
    # the canvas zoomed to the link
    assert ran.canvas.extent().contains(feature.geometry().boundingBox())
    # a link picked on the map selects its row, even one the filter hid
    hidden = next(f for f in layer.getFeatures() if not f["selected"])
    layer.selectByIds([hidden.id()])
    rows = ran.table.selectionModel().selectedRows()
    assert len(rows) == 1
    assert rows[0].siblingAtColumn(0).data() == str(hidden["exchange_id"])
    assert not ran.chosen_only.isChecked()


def test_csv_export_writes_the_rows_shown_and_totals(ran, tmp_path):
    ran.filter_edit.setText("ash")
    path = ran.export_csv(str(tmp_path / "shown.csv"))
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    shown = shown_rows(ran)
    assert len(rows) == len(shown)  # the rows and the totals row
    assert [r["supplier_name"] for r in rows[:-1]] == [r["Supplier"] for r in shown[:-1]]
    assert rows[-1]["supplier_name"] == "TOTAL"
    assert float(rows[-1]["net_benefit"]) == pytest.approx(sum(float(r["net_benefit"]) for r in rows[:-1]), abs=0.01)


def test_cancel_stops_promptly_and_writes_nothing(qgis_iface, qgis_new_project, canvas_bridge, tmp_path):
    """Copenhagen with its road network and 8,000 homes runs for several seconds; cancel in the middle."""
    from ecopark_plugin.gui.dock import EcoParkDock

    project = QgsProject.instance()
    cph = SAMPLES / "copenhagen.gpkg"
    sites = QgsVectorLayer(f"{cph}|layername=sites", "sites", "ogr")
    roads = QgsVectorLayer(f"{cph}|layername=roads", "roads", "ogr")
    homes = QgsVectorLayer(f"{cph}|layername=buildings", "buildings", "ogr")
    project.addMapLayers([sites, roads, homes])
    panel = EcoParkDock(qgis_iface, qgis_iface.mainWindow())
    try:
        panel.sites_combo.setLayer(sites)
        panel.streams_combo.setLayer(None)
        panel.network_combo.setLayer(roads)
        panel.housing_combo.setLayer(homes)
        panel.output_dir.setFilePath(str(tmp_path))
        panel.scenario_edit.setText("Cancelled")
        panel.run_button.click()
        start = time.monotonic()
        while panel.task is not None and panel.progress.value() < 12:  # past reading the network
            QCoreApplication.processEvents()
            time.sleep(0.01)
            assert time.monotonic() - start < 120
        assert panel.task is not None, "the run ended before it could be cancelled"
        panel.cancel_button.click()
        took = wait_for(panel)
        assert took < 3.0, f"cancel took {took:.1f} s"
        assert "Cancelled" in panel.stage.text()
        assert not (tmp_path / "Cancelled.gpkg").exists() and not list(tmp_path.glob("*.gpkg"))
        assert project.layerTreeRoot().findGroup("Cancelled") is None
        assert panel.store.all() == []
        assert panel.run_button.isEnabled()
    finally:
        panel.unload()
        panel.deleteLater()
        project.clear()


def test_bad_input_is_reported_in_the_message_bar(dock, qgis_iface):
    dock.site_fields["nace"].setField("")
    dock.run_button.click()
    assert dock.task is None
    warning = messages(qgis_iface, Qgis.MessageLevel.Warning)[-1]
    assert "Kalundborg sites" in warning and "nace" in warning
    # a NACE field that holds no NACE codes fails in the engine: a readable error naming layer and field
    dock.site_fields["nace"].setField("city")
    dock.run_button.click()
    wait_for(dock)
    critical = messages(qgis_iface, Qgis.MessageLevel.Critical)[-1]
    assert "Kalundborg sites" in critical and "city" in critical
    assert dock.stage.text() == "Failed"
    assert not list(Path(dock.output_folder()).glob("*.gpkg"))


def test_existing_output_is_kept_unless_replacing(ran, qgis_iface, monkeypatch):
    gpkg = Path(ran.output_folder()) / "Base.gpkg"
    before = gpkg.stat().st_mtime_ns
    asked = []
    monkeypatch.setattr(ran.run_tab, "confirm_replace", lambda name, out: asked.append((name, out)) or False)
    ran.scenario_edit.setText("Base")
    ran.run_button.click()
    assert ran.task is None and asked == [("Base", gpkg)]  # the user is asked, and says no
    assert str(gpkg) in messages(qgis_iface, Qgis.MessageLevel.Warning)[-1]
    assert gpkg.stat().st_mtime_ns == before
    # asked again, the user agrees: the scenario is run again over its output
    monkeypatch.setattr(ran.run_tab, "confirm_replace", lambda name, out: asked.append((name, out)) or True)
    ran.parameters.objective.setCurrentIndex(ran.parameters.objective.findData("co2"))
    ran.run_button.click()
    wait_for(ran)
    assert len(asked) == 2
    assert gpkg.stat().st_mtime_ns != before
    root = QgsProject.instance().layerTreeRoot()
    assert [g.name() for g in root.children() if g.name().startswith("Base")] == ["Base"]  # replaced, not doubled
    assert ran.store.names() == ["Base"] and ran.store.get("Base").params["objective"] == "co2"


def test_scenarios_are_saved_with_the_project_and_compared(ran, tmp_path, qgis_iface, provider):
    ran.scenario_edit.setText("Trucks only")
    for mode in ("rail", "ship", "pipeline"):
        ran.parameters.modes[mode].setChecked(False)
    ran.run_button.click()
    wait_for(ran)
    assert ran.store.names() == ["Base", "Trucks only"]
    project = QgsProject.instance()
    path = tmp_path / "plan.qgz"
    assert project.write(str(path))
    project.clear()
    assert ran.store.all() == [] and ran.results_scenario.count() == 0
    assert project.read(str(path))
    # reopened: the panel lists both, with their figures, and the layers are back in their groups
    assert ran.store.names() == ["Base", "Trucks only"]
    assert ran.scenario_table.rowCount() == 2
    base, trucks = ran.store.get("Base"), ran.store.get("Trucks only")
    assert Path(base.gpkg).exists()
    assert ran.sites_combo.currentLayer().name() == "Kalundborg sites"
    assert not ran.parameters.modes["ship"].isChecked()  # the panel's last choices come back too
    ran.compare_a.setCurrentText("Base")
    ran.compare_b.setCurrentText("Trucks only")
    table = ran.compare_table
    assert [table.horizontalHeaderItem(c).text() for c in range(4)] == ["Figure", "Base", "Trucks only", "Difference"]
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Net benefit, EUR a year")
    a, b = base.summary["net_benefit_eur"], trucks.summary["net_benefit_eur"]
    assert number(table.item(row, 1).text()) == pytest.approx(a, abs=1)
    assert number(table.item(row, 2).text()) == pytest.approx(b, abs=1)
    assert number(table.item(row, 3).text()) == pytest.approx(b - a, abs=1)
    assert b < a  # trucks alone cannot carry the steam and the water
    assert "Only in Trucks only" in ran.compare_links.text() and "Exchanges only in Base" in ran.compare_links.text()
    assert "(Process steam)" in ran.compare_links.text().split("Only in")[0]
    # the Processing algorithm compares the two GeoPackages from their layers: the same figures
    import processing

    out = processing.run(
        "ecopark:comparescenarios",
        {
            "SCENARIO_A": base.gpkg,
            "SCENARIO_B": trucks.gpkg,
            "NAME_A": "Base",
            "OUTPUT": "memory:",
            "LINKS": "memory:",
        },
    )
    assert out["NET_BENEFIT_DIFFERENCE"] == pytest.approx(b - a, rel=1e-9)
    co2 = trucks.summary["co2_avoided_t"] - base.summary["co2_avoided_t"]
    assert out["CO2_DIFFERENCE"] == pytest.approx(co2, rel=1e-9)
    figures = {f["figure"]: f for f in out["OUTPUT"].getFeatures()}
    freed = figures["Land freed, ha"]
    assert freed["a"] == pytest.approx(base.summary["zones"]["freed_ha"], abs=1e-6)
    links = [(f["exchange"], f["only_in"]) for f in out["LINKS"].getFeatures()]
    assert links and {where for _, where in links} == {"Base"}  # trucks alone add no exchange
    assert sorted(e for e, _ in links) == sorted(
        ran.compare_links.text().split(": ", 1)[1].split(". Only in")[0].split("; ")
    )


def test_site_form_edits_fields_and_streams(dock):
    from ecopark_plugin.gui.site_editor import SiteDialog

    sites, streams = dock.sites, dock.streams
    feature = next(f for f in sites.getFeatures() if f["site_id"] == "ASV")
    dialog = dock.site_dialog(feature)
    assert isinstance(dialog, SiteDialog)
    own = [f for f in streams.getFeatures() if f["site_id"] == "ASV"]
    assert dialog.table.rowCount() == len(own) > 0
    assert {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())} == {f["stream"] for f in own}
    # a bad quantity is refused with the layer, row and field named, and nothing changes
    dialog.add_row({"direction": "output", "stream": "slag", "quantity": "lots", "unit": "t"})
    dialog.accept()
    assert "Kalundborg streams" in dialog.note.text() and "quantity" in dialog.note.text()
    assert streams.featureCount() == 21
    # the sample's quantity field holds whole numbers: a fraction is refused, not rounded
    dialog.table.item(dialog.table.rowCount() - 1, 2).setText("1234.5")
    dialog.accept()
    assert "whole numbers" in dialog.note.text() and "'quantity'" in dialog.note.text()
    assert streams.featureCount() == 21 and not streams.isEditable()
    # fixed, it is saved: a new stream row and a new name
    dialog.table.item(dialog.table.rowCount() - 1, 2).setText("1234")
    dialog.edits["name"].setText("Asnæs power station (edited)")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.note.text()
    assert not sites.isEditable() and not streams.isEditable()  # committed
    again = QgsVectorLayer(f"{sites.source()}", "check", "ogr")
    assert next(f for f in again.getFeatures() if f["site_id"] == "ASV")["name"] == "Asnæs power station (edited)"
    table = gpd.read_file(sites.source().split("|")[0], layer="streams")
    row = table[(table["site_id"] == "ASV") & (table["stream"] == "slag")]
    assert len(row) == 1 and row["quantity"].iloc[0] == 1234 and row["unit"].iloc[0] == "t"


def test_new_site_by_clicking_the_map(dock):
    sites = dock.sites
    count = sites.featureCount()
    crs = sites.crs()
    dock.canvas.setDestinationCrs(crs)
    point = QgsPointXY(645000, 6170000)
    fid = dock.new_site(point, {"site_id": "NEW-1", "name": "Biogas plant", "nace": "35.21", "hazard_class": ""})
    assert fid is not None and sites.featureCount() == count + 1
    # the edit went through the rollback journal (conftest turns WAL off): no -wal file beside the copy
    assert not Path(sites.source().split("|")[0] + "-wal").exists()
    frame = gpd.read_file(sites.source().split("|")[0], layer="sites")
    new = frame[frame["site_id"] == "NEW-1"].iloc[0]
    assert new["name"] == "Biogas plant" and new["nace"] == "35.21"
    assert new.geometry.x == pytest.approx(645000) and new.geometry.y == pytest.approx(6170000)
    # a taken identifier is refused by the dialog
    from ecopark_plugin.gui.site_editor import EditError, NewSiteDialog

    dialog = NewSiteDialog(sites, dock.mapping(dock.site_fields))
    dialog.edits["site_id"].setText("ASV")
    with pytest.raises(EditError, match="taken"):
        dialog.values()


def test_settings_live_under_ecopark(dock, tmp_path):
    settings = QgsSettings()
    before = set(settings.allKeys())
    dock.output_dir.setFilePath(str(tmp_path / "elsewhere"))
    added = set(QgsSettings().allKeys()) - before
    assert "ecopark/output_dir" in added or settings.value("ecopark/output_dir") == str(tmp_path / "elsewhere")
    assert all(key.startswith("ecopark/") for key in added), added


def test_report_from_the_panel(dock):
    from pypdf import PdfReader

    dock.scenario_edit.setText("<script>alert(1)</script> plan")
    dock.run_button.click()
    wait_for(dock)
    scenario = dock.store.get("<script>alert(1)</script> plan")
    written = dock.open_report(replace=True, show=False)
    assert [p.suffix for p in written] == [".html", ".pdf"] and all(p.exists() for p in written)
    assert written[0].parent == Path(scenario.gpkg).parent
    html = written[0].read_text(encoding="utf-8")
    # the scenario name is the title, escaped; no script runs
    assert "&lt;script&gt;alert(1)&lt;/script&gt; plan" in html and "<script>" not in html
    want = chosen(scenario.gpkg)
    for name in want["receiver_name"]:
        assert html.count(name.replace("&", "&amp;")) >= 1
    text = " ".join(page.extract_text() for page in PdfReader(written[1]).pages)
    assert f"{scenario.summary['net_benefit_eur']:,.0f}" in text
    # asked not to replace, the existing report is left as it is
    before = written[0].stat().st_mtime_ns
    assert dock.open_report(replace=False, show=False) == written
    assert written[0].stat().st_mtime_ns == before


def test_panel_and_command_line_agree_with_ports(dock, kalundborg, cli, tmp_path):
    """The Kalundborg case of `make demo` (sites, streams, ports) through the panel and the command line."""
    panel = run_with_ports(dock, kalundborg, "With ports")
    assert panel.inputs["ports"] == "Ports"
    out = tmp_path / "cli.gpkg"
    done = cli(
        "run",
        "--sites",
        kalundborg,
        "--streams",
        kalundborg,
        "--ports",
        f"{kalundborg}|layername=ports",
        "--out",
        out,
        "--no-png",
        "--no-project",
        "--quiet",
    )
    assert done.returncode == 0, done.stderr
    want = new(chosen(out))
    assert panel.summary["selected"] == len(want)
    assert panel.summary["net_benefit_eur"] == pytest.approx(want["net_benefit"].sum(), rel=1e-9)
    assert "truck+ship+truck" in set(chosen(panel.gpkg)["mode_chain"])  # Aalborg by sea, as in the demo


def test_rule_tables_chosen_in_the_panel_are_used(dock, tmp_path, qgis_iface):
    # every activity class V (50 m) where the sites layer gives no class: the zones shrink accordingly
    table = tmp_path / "classes.csv"
    table.write_text('nace,hazard_class,activity,basis\n*,5,any activity,"test table"\n', encoding="utf-8")
    dock.site_fields["hazard_class"].setField("")
    dock.scenario_edit.setText("Default classes")
    dock.run_button.click()
    wait_for(dock)
    dock.rule_files["hazard_classes"].setFilePath(str(table))
    dock.scenario_edit.setText("All class V")
    dock.run_button.click()
    wait_for(dock)
    zones = gpd.read_file(dock.store.get("All class V").gpkg, layer="zones")
    assert set(zones["hazard_class"]) == {5}
    before = dock.store.get("Default classes").summary["zones"]["zone_area_before_ha"]
    after = dock.store.get("All class V").summary["zones"]["zone_area_before_ha"]
    assert after < before / 10
    # a table that is not one is refused before anything runs, naming the file
    table.write_text("nonsense\n1\n", encoding="utf-8")
    dock.scenario_edit.setText("Broken table")
    dock.run_button.click()
    assert dock.task is None and dock.store.get("Broken table") is None
    assert "classes.csv" in messages(qgis_iface, Qgis.MessageLevel.Warning)[-1]


def test_siting_tab_opens_the_algorithms_with_the_scenario_layers(ran, provider, monkeypatch):
    from qgis import processing  # the module the plugin calls (flake8-qgis QGS111)

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda alg, params: opened.append((alg, params)))
    assert ran.siting_scenario.currentText() == "Base"
    ran.siting_buttons["ecopark:exchangeclusters"].click()
    alg, params = opened[-1]
    assert alg == "ecopark:exchangeclusters"
    sites, exchanges = (QgsProject.instance().mapLayer(params[k]) for k in ("SITES", "EXCHANGES"))
    assert sites.source().endswith("layername=sites") and exchanges.source().endswith("layername=exchanges")
    assert Path(exchanges.source().split("|")[0]) == Path(ran.store.get("Base").gpkg)
    # what the algorithm takes (no road or housing chosen), and its outputs go into the scenario's GeoPackage
    assert set(params) == {"SITES", "EXCHANGES", "OUTPUT", "MEMBERS"}
    assert params["MEMBERS"] == f"ogr:dbname='{ran.store.get('Base').gpkg}' table=\"cluster_members\" (geom)"
    # the prefilled parameters run as they are
    out = processing.run(alg, {**params, "OUTPUT": "memory:", "MEMBERS": "memory:"})
    assert out["OUTPUT"].featureCount() >= 1
    # the suitability surface also gets the Run tab's road layer
    roads = QgsVectorLayer(f"{SAMPLES / 'copenhagen.gpkg'}|layername=roads", "roads", "ogr")
    QgsProject.instance().addMapLayer(roads)
    ran.network_combo.setLayer(roads)
    ran.siting_buttons["ecopark:suitability"].click()
    alg, params = opened[-1]
    assert alg == "ecopark:suitability" and params["ROAD_NETWORK"] == roads.id()
    assert params["SITES"] == sites.id() and params["EXCHANGES"] == exchanges.id()


def test_what_if_a_new_plant_at_a_clicked_point(dock, provider):
    """A cement plant a kilometre from the power station, placed from the Siting tab: it joins the fly-ash
    exchange, and the panel says what that is worth, as the Processing algorithm does."""
    import processing
    from qgis.core import QgsCoordinateReferenceSystem

    crs = QgsCoordinateReferenceSystem("EPSG:4326")
    dock.canvas.setDestinationCrs(crs)
    point = QgsPointXY(11.085, 55.665)
    site = {"site_id": "CEM", "name": "New cement plant", "nace": "23.51"}
    from qgis.core import QgsRectangle

    dock.canvas.setExtent(QgsRectangle(9.0, 50.0, 9.01, 50.01))  # the map somewhere else
    dock.what_if_at(point, (site, None))
    start = time.monotonic()
    while dock.whatif_task is not None:
        QCoreApplication.processEvents()
        time.sleep(0.02)
        assert time.monotonic() - start < 120
    layer = dock.whatif_layer
    assert layer is not None and QgsProject.instance().mapLayer(layer.id()) is layer
    joined = list(layer.getFeatures())
    assert any(f["supplier"] == "ASV" and f["stream"] == "fly_ash" and f["receiver"] == "CEM" for f in joined)
    star = QgsProject.instance().mapLayersByName("What if: New cement plant (site)")
    assert len(star) == 1 and star[0].featureCount() == 1
    assert next(star[0].getFeatures()).geometry().asPoint() == point
    # the map shows the plant and the partners it would join
    from qgis.core import QgsCoordinateTransform

    links = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance()).transformBoundingBox(layer.extent())
    assert dock.canvas.extent().contains(links) and dock.canvas.extent().contains(point)
    text = dock.whatif_result.text()
    assert f"would join {len(joined)} exchanges" in text
    direct = processing.run(
        "ecopark:whatif",
        {
            "SITES": dock.sites.id(),
            "STREAMS": dock.streams.id(),
            "POINT": "11.085,55.665 [EPSG:4326]",
            "NEW_ID": "CEM",
            "NEW_NAME": "New cement plant",
            "NACE": "23.51",
            "OUTPUT_JOINED": "memory:",
            "OUTPUT_CHANGES": "memory:",
        },
    )
    assert f"{direct['NET_BENEFIT_GAIN']:+,.0f} EUR/yr" in text and direct["NET_BENEFIT_GAIN"] > 0
    # an identifier in use: the panel says so (the algorithm's own words), not just that it failed
    dock.what_if_at(point, ({"site_id": "ASV", "name": "Twin", "nace": "23.51"}, None))
    while dock.whatif_task is not None:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    assert "ASV" in dock.whatif_result.text() and "failed" not in dock.whatif_result.text()
