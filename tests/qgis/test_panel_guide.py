"""The panel guides a new user: a first-run hint with the sample, the output folder shown and beside the saved
project (asked for when the project is not saved), a Help button, failures said in the message bar, and the
map zoomed to the scenario after a run."""

from pathlib import Path

import pytest
from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QDesktopServices

from ecopark_plugin.gui.guide import HELP_URL, SAMPLE, sample_group
from ecopark_plugin.qgis_io import settings

from . import test_dock, test_panel_map

canvas_bridge, kalundborg, wait_for, messages = (
    test_dock.canvas_bridge,
    test_dock.kalundborg,
    test_dock.wait_for,
    test_dock.messages,
)


@pytest.fixture
def fresh(qgis_iface, qgis_new_project, canvas_bridge):
    """The panel as a new user meets it: an empty, unsaved project and no folder chosen."""
    from ecopark_plugin.gui.dock import EcoParkDock

    settings.remove("output_dir")
    qgis_iface.messageBar().clear_messages()
    panel = EcoParkDock(qgis_iface, qgis_iface.mainWindow())
    yield panel
    panel.unload()
    panel.deleteLater()
    QgsProject.instance().clear()


@pytest.fixture
def opened(monkeypatch):
    """The URLs the desktop is asked to open; ``opened.works = False`` makes the desktop fail."""

    class Desktop(list):
        works = True

    desktop = Desktop()

    def open_url(url):
        desktop.append(url)
        return desktop.works

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return desktop


def test_first_run_hint_loads_the_sample_and_the_folder_is_asked_then_beside_the_project(
    fresh, qgis_iface, tmp_path, monkeypatch
):
    assert fresh.hint.isVisibleTo(fresh) and fresh.sites_combo.currentLayer() is None
    # unsaved and no folder chosen: no silent folder, the note says what to do
    assert fresh.output_folder() is None
    assert "save the project first" in fresh.folder_note.text()
    fresh.hint.sample_button.click()
    sites = fresh.sites_combo.currentLayer()
    assert sites is not None and fresh.streams_combo.currentLayer() is not None
    assert fresh.ports_combo.currentLayer() is not None
    group = QgsProject.instance().layerTreeRoot().findGroup(sample_group())
    assert group is not None and len(group.findLayers()) == 3
    # a copy in the profile: edits never touch the plugin's own sample
    copy = Path(sites.source().split("|")[0])
    assert copy != SAMPLE and copy.exists() and copy.read_bytes()[:16] == SAMPLE.read_bytes()[:16]
    assert fresh.site_fields["site_id"].currentField() == "site_id"
    fresh.hint.sample_button.click()  # again: the same layers, not a second set
    assert len(group.findLayers()) == 3
    # the user is asked for a folder at the run; cancelling runs nothing
    monkeypatch.setattr(fresh.run_tab, "ask_output_folder", lambda: "")
    fresh.run_button.click()
    assert fresh.task is None
    assert "No output folder" in messages(qgis_iface, Qgis.MessageLevel.Warning)[-1]
    chosen = tmp_path / "picked"
    chosen.mkdir()
    monkeypatch.setattr(fresh.run_tab, "ask_output_folder", lambda: str(chosen))
    fresh.run_button.click()
    wait_for(fresh)
    scenario = fresh.store.get("Kalundborg sample")
    assert scenario is not None and Path(scenario.gpkg).parent == chosen
    assert fresh.output_dir.filePath() == str(chosen) and str(chosen) in fresh.folder_note.text()
    assert not fresh.hint.isVisibleTo(fresh)  # a scenario exists: the hint has done its work
    # the map shows the scenario's park (Aalborg Portland, 210 km away, left out of the view)
    test_panel_map.park_in_view(fresh.canvas, fresh.context.scenario_layer(scenario, "sites"))
    # saved, with no folder chosen: the files go beside the project, and the note says so
    fresh.output_dir.setFilePath("")
    project_dir = tmp_path / "plans"
    project_dir.mkdir()
    assert QgsProject.instance().write(str(project_dir / "plan.qgz"))
    assert fresh.output_folder() == project_dir / "ecopark"
    assert str(project_dir / "ecopark") in fresh.folder_note.text()


def test_help_and_a_report_that_cannot_be_opened(fresh, kalundborg, opened, qgis_iface, tmp_path):
    fresh.help_button.click()
    assert [u.toString() for u in opened] == [HELP_URL]
    assert HELP_URL.endswith("#in-the-qgis-desktop")
    opened.works = False
    fresh.help_button.click()
    warning = messages(qgis_iface, Qgis.MessageLevel.Warning)[-1]
    assert HELP_URL in warning and "could not be opened" in warning
    # a report written but not opened is said, with where it is
    sites = QgsVectorLayer(f"{kalundborg}|layername=sites", "sites", "ogr")
    QgsProject.instance().addMapLayer(sites)
    fresh.sites_combo.setLayer(sites)
    fresh.output_dir.setFilePath(str(tmp_path / "out"))
    fresh.scenario_edit.setText("Report")
    fresh.run_button.click()
    wait_for(fresh)
    written = fresh.open_report(replace=True, show=True)
    assert written and written[0].exists()
    warning = messages(qgis_iface, Qgis.MessageLevel.Warning)[-1]
    assert str(written[0]) in warning and "open it by hand" in warning
