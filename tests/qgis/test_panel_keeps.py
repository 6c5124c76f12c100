"""Every result the panel makes is kept: what-ifs and the siting algorithms' outputs are written into the
scenario's GeoPackage and come back with the project; a scenario run again replaces its group; a GeoPackage
written by the command line joins the Scenarios list."""

import time
from pathlib import Path

import geopandas as gpd
import pyogrio
import pytest
from qgis.core import Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.gui import QgsProcessingLayerOutputDestinationWidget
from qgis.PyQt.QtCore import QCoreApplication

from ecopark_plugin.qgis_io.layers import file_layer

from . import test_dock

# the panel's fixtures, shared with test_dock
canvas_bridge, dock, kalundborg = test_dock.canvas_bridge, test_dock.dock, test_dock.kalundborg
ran, wait_for, messages, chosen, new = (
    test_dock.ran,
    test_dock.wait_for,
    test_dock.messages,
    test_dock.chosen,
    test_dock.new,
)

CEMENT = {"site_id": "CEM", "name": "New cement plant", "nace": "23.51"}


def what_if(panel, point):
    panel.what_if_at(point, (CEMENT, None))
    start = time.monotonic()
    while panel.whatif_task is not None:
        QCoreApplication.processEvents()
        time.sleep(0.02)
        assert time.monotonic() - start < 120
    return panel.whatif_layer


def layers_of(gpkg) -> set[str]:
    return {str(name) for name, _ in pyogrio.list_layers(gpkg)}


@pytest.fixture
def wgs84_canvas(qgis_iface):
    """The map in longitude and latitude for one test (the canvas is shared: its CRS is put back after)."""
    canvas = qgis_iface.mapCanvas()
    before = canvas.mapSettings().destinationCrs()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    yield canvas
    canvas.setDestinationCrs(before)


def test_what_if_is_written_into_the_scenario_and_reopens_with_the_project(ran, tmp_path, wgs84_canvas):
    scenario = ran.store.get("Base")
    ran.siting_scenario.setCurrentText("Base")
    assert ran.whatif_gpkg() == Path(scenario.gpkg)
    point = QgsPointXY(11.085, 55.665)
    layer = what_if(ran, point)
    path, name = file_layer(layer.source())
    assert Path(path) == Path(scenario.gpkg) and name == "whatif_new_cement_plant"
    assert layer.providerType() == "ogr"  # a file, not a memory layer
    written = gpd.read_file(scenario.gpkg, layer="whatif_new_cement_plant")
    assert len(written) == layer.featureCount() > 0 and "CEM" in set(written["receiver"])
    site = gpd.read_file(scenario.gpkg, layer="whatif_new_cement_plant_site")
    assert site.geometry.iloc[0].x == pytest.approx(11.085) and site.geometry.iloc[0].y == pytest.approx(55.665)
    assert {"exchanges", "sites", "zones"} <= layers_of(scenario.gpkg)  # the run's own layers are kept
    # in the scenario's group on the map
    group = QgsProject.instance().layerTreeRoot().findGroup("Base")
    assert layer.id() in [node.layerId() for node in group.findLayers()]
    # asked again, the answer replaces the earlier one rather than adding a twin
    again = what_if(ran, point)
    named = QgsProject.instance().mapLayersByName("What if: New cement plant")
    assert named == [again] and len(QgsProject.instance().mapLayersByName("What if: New cement plant (site)")) == 1
    # saved and reopened, the project finds the what-if in its GeoPackage
    project_file = tmp_path / "plan.qgz"
    assert QgsProject.instance().write(str(project_file))
    QgsProject.instance().clear()
    assert QgsProject.instance().read(str(project_file))
    back = QgsProject.instance().mapLayersByName("What if: New cement plant")
    assert len(back) == 1 and back[0].isValid() and back[0].featureCount() == len(written)


def test_siting_outputs_are_written_into_the_scenario(ran, provider):
    import processing

    scenario = ran.store.get("Base")
    ran.siting_scenario.setCurrentText("Base")
    params = ran.siting_parameters("ecopark:exchangeclusters")
    assert params["OUTPUT"] == f"ogr:dbname='{scenario.gpkg}' table=\"clusters\" (geom)"
    # the algorithm dialog's output widget takes the destination as given (the user sees and may change it)
    definition = QgsApplication.processingRegistry().algorithmById("ecopark:exchangeclusters")
    widget = QgsProcessingLayerOutputDestinationWidget(definition.parameterDefinition("OUTPUT"), False)
    widget.setValue(params["OUTPUT"])
    assert widget.value().sink.staticValue() == params["OUTPUT"]
    result = processing.run("ecopark:exchangeclusters", params)
    assert {"clusters", "cluster_members", "exchanges", "sites"} <= layers_of(scenario.gpkg)
    clusters = QgsVectorLayer(result["OUTPUT"], "clusters", "ogr")
    assert clusters.isValid() and clusters.featureCount() >= 1
    assert Path(file_layer(clusters.source())[0]) == Path(scenario.gpkg)
    # the scenario's own figures still read back whole
    assert len(new(chosen(scenario.gpkg))) == scenario.summary["selected"]


def test_siting_outputs_loaded_by_the_dialog_join_the_scenarios_group(ran, provider, monkeypatch):
    """The Processing dialog loads what it wrote at the top of the tree; the panel moves it into the scenario's
    group, where the what-ifs are, and leaves other layers where they are."""
    import processing as qgis_processing
    from qgis import processing as dialogs

    project = QgsProject.instance()
    root = project.layerTreeRoot()
    other = QgsVectorLayer("Point?crs=EPSG:4326", "mine", "memory")
    project.addMapLayer(other)

    def dialog(algorithm, params):  # what the dialog does when the user presses Run: run, load the outputs
        result = qgis_processing.run(algorithm, params)
        for key in ("OUTPUT", "MEMBERS"):
            project.addMapLayer(QgsVectorLayer(result[key], key.lower(), "ogr"))
        return result

    monkeypatch.setattr(dialogs, "execAlgorithmDialog", dialog)
    ran.siting_scenario.setCurrentText("Base")
    ran.open_siting("ecopark:exchangeclusters")
    group = root.findGroup("Base")
    names = [node.name() for node in group.children()]
    assert sorted(names[:2]) == ["members", "output"]  # on top of the group, in the order they had
    assert {node.name() for node in root.children()} & {"output", "members"} == set()
    assert root.findLayer(other.id()).parent() is root  # not the scenario's: left alone
    assert all(node.layer().isValid() for node in group.findLayers())
    project.removeMapLayer(other.id())


def test_rerun_replaces_the_group_after_asking(ran, monkeypatch):
    monkeypatch.setattr(ran.run_tab, "confirm_replace", lambda name, out: True)
    root = QgsProject.instance().layerTreeRoot()
    first = {node.layerId() for node in root.findGroup("Base").findLayers()}
    ran.scenario_edit.setText("Base")
    ran.run_button.click()
    wait_for(ran)
    groups = [g.name() for g in root.children() if g.name().startswith("Base")]
    assert groups == ["Base"]
    second = {node.layerId() for node in root.findGroup("Base").findLayers()}
    assert second and not first & second  # the earlier layers left with their group
    assert not [i for i in first if QgsProject.instance().mapLayer(i) is not None]


def test_add_existing_scenario_written_by_the_command_line(dock, kalundborg, cli, tmp_path, qgis_iface):
    out = tmp_path / "cli" / "Harbour plan.gpkg"
    done = cli("run", "--sites", kalundborg, "--streams", kalundborg, "--out", out, "--no-png", "--no-project")
    assert done.returncode == 0, done.stderr
    scenario = dock.add_existing(str(out))
    assert scenario is not None and scenario.name == "Harbour plan"
    assert dock.store.names() == ["Harbour plan"]
    want = new(chosen(out))
    assert scenario.summary["selected"] == len(want)
    assert scenario.summary["net_benefit_eur"] == pytest.approx(want["net_benefit"].sum(), rel=1e-9)
    assert f"Net benefit <b>{want['net_benefit'].sum():,.0f} EUR/yr</b>" in dock.summary.text()
    assert f"{scenario.summary['net_benefit_eur']:,.0f}" in done.stdout  # the runner says the same figure
    group = QgsProject.instance().layerTreeRoot().findGroup("Harbour plan")
    assert group is not None and {"exchanges", "sites"} <= {
        file_layer(n.layer().source())[1] for n in group.findLayers()
    }
    assert dock.results_scenario.currentText() == "Harbour plan" and dock.model.rowCount() > 1
    # added twice, it is listed once
    assert dock.add_existing(str(out)).name == "Harbour plan" and dock.store.names() == ["Harbour plan"]
    # a GeoPackage that is not a result is refused, naming the file and what it lacks
    other = tmp_path / "other.gpkg"
    gpd.read_file(kalundborg, layer="sites").to_file(other, layer="sites", driver="GPKG")
    assert dock.add_existing(str(other)) is None
    warning = messages(qgis_iface, Qgis.MessageLevel.Warning)[-1]
    assert str(other) in warning and "exchanges" in warning


def test_rerun_keeps_the_what_if_in_the_file_and_in_the_group(ran, monkeypatch, wgs84_canvas):
    scenario = ran.store.get("Base")
    ran.siting_scenario.setCurrentText("Base")
    layer = what_if(ran, QgsPointXY(11.085, 55.665))
    count = layer.featureCount()
    assert count > 0 and "whatif_new_cement_plant" in layers_of(scenario.gpkg)
    monkeypatch.setattr(ran.run_tab, "confirm_replace", lambda name, out: True)
    ran.scenario_edit.setText("Base")
    ran.run_button.click()
    wait_for(ran)
    # the rerun wrote its own layers again and carried the what-if over
    assert {"exchanges", "sites", "parameters", "whatif_new_cement_plant", "whatif_new_cement_plant_site"} <= (
        layers_of(scenario.gpkg)
    )
    assert len(gpd.read_file(scenario.gpkg, layer="whatif_new_cement_plant")) == count
    root = QgsProject.instance().layerTreeRoot()
    assert [g.name() for g in root.children() if g.name().startswith("Base")] == ["Base"]
    kept = {file_layer(n.layer().source())[1]: n.layer() for n in root.findGroup("Base").findLayers()}
    assert {"whatif_new_cement_plant", "whatif_new_cement_plant_site", "exchanges", "sites"} <= set(kept)
    whatif = kept["whatif_new_cement_plant"]
    assert whatif.isValid() and whatif.featureCount() == count and whatif.name() == "What if: New cement plant"
    assert len(QgsProject.instance().mapLayersByName("What if: New cement plant")) == 1  # no twin left behind
    # the figures of the new run are its own, read back whole
    assert len(new(chosen(scenario.gpkg))) == ran.store.get("Base").summary["selected"]


def test_a_failing_rerun_leaves_the_old_file_byte_for_byte(ran, monkeypatch, wgs84_canvas, qgis_iface):
    from ecopark_plugin.qgis_io import results

    scenario = ran.store.get("Base")
    ran.siting_scenario.setCurrentText("Base")
    what_if(ran, QgsPointXY(11.085, 55.665))
    before = Path(scenario.gpkg).read_bytes()
    folder = sorted(p.name for p in Path(scenario.gpkg).parent.iterdir())

    def broken(params):  # the last step of the write, after the layers went into the temporary file
        raise OSError("disk full (test)")

    monkeypatch.setattr(results, "parameters_frame", broken)
    monkeypatch.setattr(ran.run_tab, "confirm_replace", lambda name, out: True)
    ran.scenario_edit.setText("Base")
    ran.run_button.click()
    wait_for(ran)
    assert "disk full (test)" in messages(qgis_iface, Qgis.MessageLevel.Critical)[-1]
    assert Path(scenario.gpkg).read_bytes() == before
    assert sorted(p.name for p in Path(scenario.gpkg).parent.iterdir()) == folder  # no temporary file left


def test_the_parameters_travel_with_the_geopackage(dock, kalundborg, cli, tmp_path, qgis_iface):
    from ecopark_plugin.core.model.parameters import Parameters
    from ecopark_plugin.qgis_io.results import ecopark_version, read_parameters

    params = tmp_path / "params.json"
    params.write_text('{"truck_max_kmh": 70.0, "max_access_km": 35.0}', encoding="utf-8")
    out = tmp_path / "cli" / "Slow trucks.gpkg"
    done = cli("run", "--sites", kalundborg, "--streams", kalundborg, "--params", params, "--out", out)
    assert done.returncode == 0, done.stderr
    values, version = read_parameters(out)
    assert values["truck_max_kmh"] == 70.0 and values["max_access_km"] == 35.0
    assert version == ecopark_version() != "unknown"
    scenario = dock.add_existing(str(out))
    assert Parameters.from_dict(scenario.params) == Parameters(truck_max_kmh=70.0, max_access_km=35.0)
    dock.results_scenario.setCurrentText(scenario.name)
    page = dock.results_tab.open_report(replace=True, show=False)[0].read_text(encoding="utf-8")
    assert "max_access_km" in page and "parameters not recorded" not in page
    # a result written before the parameters were recorded: the report says so rather than list defaults
    old = tmp_path / "old" / "Old plan.gpkg"
    old.parent.mkdir()
    for name in ("sites", "exchanges"):
        pyogrio.write_dataframe(pyogrio.read_dataframe(out, layer=name), old, layer=name, driver="GPKG")
    assert read_parameters(old) == (None, None)
    scenario = dock.add_existing(str(old))
    assert scenario.params == {} and scenario.inputs["parameters_recorded"] is False
    dock.results_scenario.setCurrentText(scenario.name)
    assert "not recorded" in dock.summary.text()
    page = dock.results_tab.open_report(replace=True, show=False)[0].read_text(encoding="utf-8")
    assert "parameters not recorded" in page and "max_access_km" not in page


def test_processing_outputs_saved_to_a_geopackage_carry_the_parameters(provider, tmp_path):
    import processing

    from ecopark_plugin.qgis_io.results import read_parameters

    sample = Path(__file__).resolve().parents[2] / "resources" / "sample_data" / "kalundborg.gpkg"
    out = tmp_path / "processing.gpkg"
    processing.run(
        "ecopark:findexchanges",
        {
            "SITES": f"{sample}|layername=sites",
            "STREAMS": f"{sample}|layername=streams",
            "TRUCK_COST": 0.09,
            "OUTPUT_EXCHANGES": f"ogr:dbname='{out}' table=\"exchanges\" (geom)",
            "OUTPUT_SITES": f"ogr:dbname='{out}' table=\"sites\" (geom)",
        },
    )
    assert {"exchanges", "sites", "parameters"} <= layers_of(out)
    values, _version = read_parameters(out)
    assert values is not None and values["truck_eur_per_tkm"] == pytest.approx(0.09)
    # a GeoPackage whose own table 'parameters' is not EcoPark's keeps it as it was
    import pandas as pd

    theirs = tmp_path / "theirs.gpkg"
    pyogrio.write_dataframe(pd.DataFrame({"name": ["budget"], "value": ["12"]}), theirs, layer="parameters")
    processing.run(
        "ecopark:findexchanges",
        {
            "SITES": f"{sample}|layername=sites",
            "STREAMS": f"{sample}|layername=streams",
            "OUTPUT_EXCHANGES": f"ogr:dbname='{theirs}' table=\"exchanges\" (geom)",
            "OUTPUT_SITES": f"ogr:dbname='{theirs}' table=\"sites\" (geom)",
        },
    )
    assert {"exchanges", "sites", "parameters"} <= layers_of(theirs)
    kept = pyogrio.read_dataframe(theirs, layer="parameters", read_geometry=False)
    assert list(kept.columns) == ["name", "value"] and kept["value"].tolist() == ["12"]
    # an output saved alone to its own GeoPackage is not a scenario's: it holds its layer only
    alone = tmp_path / "alone.gpkg"
    processing.run(
        "ecopark:findexchanges",
        {
            "SITES": f"{sample}|layername=sites",
            "STREAMS": f"{sample}|layername=streams",
            "OUTPUT_EXCHANGES": str(alone),
            "OUTPUT_SITES": "memory:",
        },
    )
    assert len(layers_of(alone)) == 1 and "parameters" not in layers_of(alone)
