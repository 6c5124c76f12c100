"""The map after a run: zoomed to the scenario, an OpenStreetMap basemap when asked for (a layer; nothing is
fetched here: the canvas does not render in the tests), and a print layout with north arrow, scale bar, legend
and credits kept in the project."""

from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsProject,
    QgsRasterLayer,
)

from ecopark_plugin.qgis_io import settings
from ecopark_plugin.qgis_io.results import OSM_CREDIT

from . import test_dock

canvas_bridge, dock, kalundborg, wait_for = (
    test_dock.canvas_bridge,
    test_dock.dock,
    test_dock.kalundborg,
    test_dock.wait_for,
)


def items(layout, kind):
    return [item for item in layout.items() if isinstance(item, kind)]


def check_layout(layout, scenario_layers: set[str]) -> None:
    (main, *_insets) = sorted(items(layout, QgsLayoutItemMap), key=lambda m: -m.rect().width())
    assert scenario_layers <= {layer.id() for layer in main.layers()}
    arrow = next(item for item in items(layout, QgsLayoutItemPicture) if item.id() == "north_arrow")
    assert arrow.linkedMap() is main and Path(arrow.picturePath()).name == "NorthArrow_02.svg"
    assert Path(arrow.picturePath()).is_file()
    (scale,) = items(layout, QgsLayoutItemScaleBar)
    assert scale.linkedMap() is main
    (legend,) = items(layout, QgsLayoutItemLegend)
    assert legend.linkedMap() is main
    labels = " ".join(label.text() for label in items(layout, QgsLayoutItemLabel))
    assert "EEA Industrial Reporting" in labels and OSM_CREDIT in labels


def test_basemap_and_print_layout_kept_with_the_project(dock, tmp_path):
    from ecopark_plugin.gui.dock import EcoParkDock

    settings.remove("basemap")
    fresh = EcoParkDock(dock.iface, None)
    assert not fresh.basemap.isChecked()  # off unless asked for: no tiles fetched behind the user's back
    fresh.unload()
    fresh.deleteLater()
    dock.basemap.setChecked(True)
    try:
        ran_twice_and_reopened(dock, tmp_path)
    finally:
        settings.remove("basemap")


def ran_twice_and_reopened(dock, tmp_path):
    dock.scenario_edit.setText("Base")
    dock.run_button.click()
    wait_for(dock)
    project = QgsProject.instance()
    basemaps = [lay for lay in project.mapLayers().values() if isinstance(lay, QgsRasterLayer)]
    assert len(basemaps) == 1 and basemaps[0].providerType() == "wms"
    assert "tile.openstreetmap.org" in basemaps[0].source() and "type=xyz" in basemaps[0].source()
    assert project.layerTreeRoot().children()[-1].layerId() == basemaps[0].id()  # under everything
    group = project.layerTreeRoot().findGroup("Base")
    ids = {node.layerId() for node in group.findLayers()}
    layout = project.layoutManager().layoutByName("EcoPark map: Base")
    assert layout is not None
    check_layout(layout, ids)
    # the map shows the scenario
    sites = dock.context.scenario_layer(dock.store.get("Base"), "sites")
    to_map = QgsCoordinateTransform(sites.crs(), dock.canvas.mapSettings().destinationCrs(), QgsProject.instance())
    assert dock.canvas.extent().contains(to_map.transformBoundingBox(sites.extent()))
    # run again: one basemap, one layout of that name
    dock.overwrite.setChecked(True)
    dock.run_button.click()
    wait_for(dock)
    assert len([lay for lay in project.mapLayers().values() if isinstance(lay, QgsRasterLayer)]) == 1
    names = [lay.name() for lay in project.layoutManager().printLayouts()]
    assert names.count("EcoPark map: Base") == 1
    # saved and reopened: the layout is there, the user's to edit and print
    path = tmp_path / "plan.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    again = project.layoutManager().layoutByName("EcoPark map: Base")
    assert again is not None
    ids = {node.layerId() for node in project.layerTreeRoot().findGroup("Base").findLayers()}
    check_layout(again, ids)
