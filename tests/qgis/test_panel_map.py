"""The map after a run: zoomed to the scenario, an OpenStreetMap basemap when asked for (a layer; nothing is
fetched here: the canvas does not render in the tests), and a print layout with north arrow, scale bar, legend
and credits kept in the project."""

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
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


def park_in_view(canvas, sites, far=("APO",)) -> None:
    """The canvas shows the park: every site but the far partners ``far`` (Aalborg Portland, 210 km up the
    ship link) inside its extent, those outside it, so the park is not a dot beside one long link."""
    to_map = QgsCoordinateTransform(sites.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
    extent = canvas.extent()
    inside = {f["site_id"]: extent.contains(to_map.transform(f.geometry().asPoint())) for f in sites.getFeatures()}
    assert {site for site, shown in inside.items() if not shown} == set(far), inside
    park = QgsRectangle()
    park.setNull()
    for feature in sites.getFeatures():
        if feature["site_id"] not in far:
            park.combineExtentWith(to_map.transformBoundingBox(feature.geometry().boundingBox()))
    # and fills it: the view is at most a few times the park's size
    assert extent.width() < 4 * max(park.width(), park.height(), 1000)


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
    # the map shows the scenario's park, its far partner left out of the view
    park_in_view(dock.canvas, dock.context.scenario_layer(dock.store.get("Base"), "sites"))
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


def test_zoom_to_scenario_shows_the_park_and_keeps_the_long_link_drawn(dock, kalundborg):
    """Kalundborg's fly ash goes by ship to Aalborg Portland, 210 km away (with the sample's ports): "Zoom to
    scenario" shows the park (the sites within it), not a dot beside that link, and the link stays on the map."""
    scenario = test_dock.run_with_ports(dock, kalundborg, "Base")
    sites = dock.context.scenario_layer(scenario, "sites")
    links = dock.context.scenario_layer(scenario, "exchanges")
    far = [f for f in links.getFeatures() if "APO" in (f["supplier"], f["receiver"]) and f["selected"]]
    assert far and far[0].geometry().length() > 150_000  # the long ship link is chosen
    dock.canvas.setExtent(QgsRectangle(0, 0, 10, 10))  # the user looks elsewhere
    dock.zoom_button.click()
    park_in_view(dock.canvas, sites)
    # and the park's protection zones whole, none cut at the map's edge
    zones = dock.context.scenario_layer(scenario, "zones")
    to_map = QgsCoordinateTransform(zones.crs(), dock.canvas.mapSettings().destinationCrs(), QgsProject.instance())
    cut = [
        f["site_id"]
        for f in zones.getFeatures()
        if f["site_id"] != "APO"
        and not dock.canvas.extent().contains(to_map.transformBoundingBox(f.geometry().boundingBox()))
    ]
    assert zones.featureCount() > 5 and not cut, cut
    node = QgsProject.instance().layerTreeRoot().findLayer(links.id())
    assert node.isVisible() and links.featureCount() >= len(far)  # the long link stays drawn


def test_the_zoom_keeps_the_zones_whole_where_no_site_is_far(dock):
    """Four sites 2 km apart, none far: the view is their extent widened to their 1.5 km zones, not cut by it."""
    crs = QgsCoordinateReferenceSystem("EPSG:25832")
    sites = QgsVectorLayer("Point?crs=EPSG:25832", "sites", "memory")
    zones = QgsVectorLayer("Polygon?crs=EPSG:25832", "zones", "memory")
    for x, y in ((650000, 6170000), (652000, 6170000), (650000, 6172000), (652000, 6172000)):
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        for layer, geometry in ((sites, point), (zones, point.buffer(1500, 16))):
            feature = QgsFeature()
            feature.setGeometry(geometry)
            assert layer.dataProvider().addFeature(feature)
    for layer in (sites, zones):
        layer.updateExtents()
    dock.canvas.setDestinationCrs(crs)
    assert dock.context.zoom_to([sites], focus=sites, around=[zones])
    extent = dock.canvas.extent()
    assert all(extent.contains(f.geometry().boundingBox()) for f in zones.getFeatures()), extent.toString()
    # and not far beyond them (the canvas's shape widens one side)
    assert min(extent.width(), extent.height()) < 2 * zones.extent().height()
