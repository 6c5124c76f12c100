"""The map issue through QGIS: zone and housing algorithms, the scenario group, and rendered pixels."""

from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
from qgis.core import (
    QgsLayerTreeGroup,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
from shapely import LineString, Point

ROOT = Path(__file__).resolve().parents[2]
KAL = ROOT / "resources" / "sample_data" / "kalundborg.gpkg"
CPH = ROOT / "resources" / "sample_data" / "copenhagen.gpkg"
BUILDINGS = f"{CPH}|layername=buildings"


def near(colour: QColor, hex_colour: str, tol: int = 30) -> bool:
    want = QColor(hex_colour)
    return all(abs(a - b) <= tol for a, b in zip(colour.getRgb()[:3], want.getRgb()[:3]))


def test_protection_zones_algorithm_on_the_sample(provider, tmp_path):
    import processing

    out = processing.run(
        "ecopark:protectionzones", {"SITES": f"{KAL}|layername=sites", "OUTPUT": str(tmp_path / "z.gpkg")}
    )
    zones = pyogrio.read_dataframe(out["OUTPUT"]).set_index("site_id")
    assert len(zones) == 15
    assert zones.loc["APO", "hazard_class"] == 2 and zones.loc["APO", "width_m"] == 500  # cement, 7.1.4
    assert zones.loc["ASV", "width_m"] == 1000
    # a 1000 m zone around a point: pi km2 less the polygon's inscribed-shape shortfall (< 0.1 %)
    assert zones.loc["ASV", "area_ha"] == pytest.approx(np.pi * 100, rel=1e-3)
    assert out["AREA_HA"] < zones["area_ha"].sum()  # overlapping zones counted once


def test_find_exchanges_puts_zones_and_homes_in_the_scenario_group(provider, tmp_path, qgis_iface, monkeypatch):
    from qgis import processing
    from qgis.core import QgsLayerTreeModel
    from qgis.gui import QgsLayerTreeView

    project = QgsProject.instance()
    project.clear()
    # QGIS 3.44's Processing hands iface.layerTreeView() to C++, where pytest-qgis's MagicMock will not do
    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(project.layerTreeRoot()))
    monkeypatch.setattr(qgis_iface, "layerTreeView", lambda: view)
    result = processing.runAndLoadResults(
        "ecopark:findexchanges",
        {
            "SITES": f"{CPH}|layername=sites",
            "ROAD_NETWORK": f"{CPH}|layername=roads",
            "HOUSING": BUILDINGS,
            "SCENARIO": "Copenhagen 2026",
            "OUTPUT_EXCHANGES": "TEMPORARY_OUTPUT",
            "OUTPUT_SITES": "TEMPORARY_OUTPUT",
            "OUTPUT_ZONES": "TEMPORARY_OUTPUT",
            "OUTPUT_ZONES_AFTER": "TEMPORARY_OUTPUT",
            "OUTPUT_FREED": "TEMPORARY_OUTPUT",
            "OUTPUT_CONFLICTS": "TEMPORARY_OUTPUT",
            "OUTPUT_RISK": "TEMPORARY_OUTPUT",
        },
    )
    groups = [c for c in project.layerTreeRoot().children() if isinstance(c, QgsLayerTreeGroup)]
    assert [g.name() for g in groups] == ["Copenhagen 2026"]
    names = [node.name() for node in groups[0].findLayers()]
    assert names[:2] == ["Exchanges (width: quantity)", "Sites (size: by-product output)"]
    assert "Homes inside zones" in names and "Sanitary protection zones, before" in names
    # Lynetten's zone shrinks (its sludge goes), but lies inside the class I zone of BIOFOS's entry for the same
    # plant: nobody leaves a zone
    assert result["POP_BEFORE"] > 10_000 and result["POP_AFTER"] == pytest.approx(result["POP_BEFORE"])
    conflicts = project.mapLayersByName("Homes inside zones")[0]
    # six of the ten sample facilities stopped reporting to the register and are left out (hygiene)
    assert conflicts.featureCount() > 300
    # the layer is styled from the shipped .qml: homes still inside a zone in red
    assert conflicts.renderer().type() == "RuleRenderer"
    zones = project.mapLayersByName("Sanitary protection zones, before")[0]
    assert zones.renderer().type() == "categorizedSymbol"
    project.clear()


def test_reduction_zones_from_a_run(provider, tmp_path):
    import processing

    run = processing.run(
        "ecopark:findexchanges",
        {
            "SITES": f"{KAL}|layername=sites",
            "STREAMS": f"{KAL}|layername=streams",
            "OUTPUT_EXCHANGES": str(tmp_path / "ex.gpkg"),
            "OUTPUT_SITES": str(tmp_path / "sites.gpkg"),
        },
    )
    out = processing.run(
        "ecopark:reductionzones",
        {
            "SITES": run["OUTPUT_SITES"],
            "EXCHANGES": run["OUTPUT_EXCHANGES"],
            "STREAMS": f"{KAL}|layername=streams",
            "ZONES_BEFORE": "TEMPORARY_OUTPUT",
            "ZONES_AFTER": "TEMPORARY_OUTPUT",
            "FREED": str(tmp_path / "freed.gpkg"),
        },
    )
    freed = pyogrio.read_dataframe(out["FREED"])
    # Novozymes sends all its sludge to biogas: class III (300 m) -> IV (100 m)
    assert freed["site_id"].tolist() == ["NZY"] and out["SITES_REDUCED"] == 1
    assert freed.loc[0, "freed_ha"] == pytest.approx(np.pi * (300**2 - 100**2) / 1e4, rel=2e-3)
    # the ring lies inside the class I zones of its neighbours: no land is freed net
    assert freed.loc[0, "freed_net_ha"] == pytest.approx(0, abs=0.01) and out["FREED_HA"] == pytest.approx(0, abs=0.01)
    after = out["ZONES_AFTER"]
    asv = next(f for f in after.getFeatures() if f["site_id"] == "ASV")
    # without ports the fly ash to Aalborg is not proposed (no truck over the Kattegat): the gypsum all goes
    assert asv["hazard_class"] == 1 and "fgd_gypsum 100%" in asv["diverted"] and "fly_ash 0%" in asv["diverted"]


def test_housing_exposure_and_site_risk_on_copenhagen(provider, tmp_path):
    import processing

    zones = processing.run("ecopark:protectionzones", {"SITES": f"{CPH}|layername=sites", "OUTPUT": "TEMPORARY_OUTPUT"})
    exposure = processing.run(
        "ecopark:housingexposure",
        {"ZONES": zones["OUTPUT"], "HOUSING": BUILDINGS, "OUTPUT": str(tmp_path / "homes.gpkg")},
    )
    homes = pyogrio.read_dataframe(exposure["OUTPUT"])
    assert len(homes) == exposure["HOUSING_BEFORE"] == exposure["HOUSING_AFTER"]  # no after-zones: unchanged
    assert 500 < len(homes) < 2000
    assert homes["pop_basis"].str.startswith("estimated: footprint").all()
    risk = processing.run(
        "ecopark:siterisk",
        {
            "SITES": f"{CPH}|layername=sites",
            "HOUSING": BUILDINGS,
            "BANDS": "500, 1000, 2000",
            "OUTPUT": str(tmp_path / "risk.gpkg"),
        },
    )
    ranked = pyogrio.read_dataframe(risk["OUTPUT"]).sort_values("risk_rank")
    assert list(ranked.columns[:3]) == ["site_id", "name", "hazard_class"]
    assert {"pop_0_500m", "pop_500_1000m", "pop_1000_2000m"} <= set(ranked.columns)
    assert ranked["pop_in_zone"].is_monotonic_decreasing
    assert risk["POP_IN_ZONES"] == pytest.approx(ranked["pop_in_zone"].sum())


def test_bad_bands_are_refused(provider):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Distance bands 'near, far'"):
        processing.run(
            "ecopark:siterisk",
            {
                "SITES": f"{CPH}|layername=sites",
                "HOUSING": BUILDINGS,
                "BANDS": "near, far",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )


def render(layers, extent: QgsRectangle, size=(600, 600)):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(layers[0].crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage(), settings.mapToPixel()


def test_rendered_links_zones_and_homes(tmp_path):
    """Render a small made-up case through the shipped styles and look at the pixels where things are."""
    from ecopark_plugin.core.model.inputs import validate_sites
    from ecopark_plugin.core.symbiosis.catalogue import FAMILY_COLOURS
    from ecopark_plugin.core.zones.protection import protection_zones, reduction_zones
    from ecopark_plugin.qgis_io.styles import CLASS_COLOURS, STATUS_COLOURS, apply_style

    x0, y0 = 600_000.0, 6_170_000.0
    sites = validate_sites(
        gpd.GeoDataFrame(
            {"site_id": ["A", "B", "C"], "name": ["power", "cement", "farm"], "nace": ["35.11", "23.51", "01.13"]},
            geometry=[Point(x0, y0), Point(x0 + 4000, y0), Point(x0, y0 + 4000)],
            crs=25832,
        )
    )
    exchanges = gpd.GeoDataFrame(
        {
            "supplier": ["A", "A"],
            "receiver": ["B", "C"],
            "stream": ["fly_ash", "district_heat"],
            "stream_en": ["Fly ash", "Heat"],
            "family": ["minerals", "energy"],
            "supply": [1000.0, 500.0],
            "quantity": [1000.0, 500.0],
            "quantity_selected": [1000.0, 500.0],
            "unit": ["t", "MWh"],
            "selected": [True, True],
        },
        geometry=[LineString([(x0, y0), (x0 + 4000, y0)]), LineString([(x0, y0), (x0, y0 + 4000)])],
        crs=25832,
    )
    reduction = reduction_zones(sites, exchanges)  # all the ash goes: class I -> II
    assert reduction.steps["class_after"].tolist() == [2, 2, 5]
    homes = gpd.GeoDataFrame(
        {"status": ["freed by the exchanges", "still inside a zone"]},
        geometry=[
            Point(x0 - 750, y0 - 750).buffer(60, cap_style="square"),
            Point(x0 - 200, y0 - 200).buffer(60, cap_style="square"),
        ],
        crs=25832,
    )
    gpkg = tmp_path / "case.gpkg"
    for name, frame in (
        ("exchanges", exchanges),
        ("zones", protection_zones(sites)),
        ("zones_after", reduction.after),
        ("zone_reduction", reduction.freed),
        ("housing_conflicts", homes),
    ):
        frame.to_file(gpkg, layer=name)
    layers = []
    for name in ("exchanges", "housing_conflicts", "zones_after", "zone_reduction", "zones"):
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        apply_style(layer, name)
        layers.append(layer)
    image, m2p = render(layers, QgsRectangle(x0 - 1500, y0 - 1500, x0 + 4500, y0 + 4500))
    image.save(str(tmp_path / "case.png"))

    def pixel(x, y):
        p = m2p.transform(x, y)
        return image.pixelColor(round(p.x()), round(p.y()))

    # links where expected, in their family's colour
    assert near(pixel(x0 + 2600, y0), FAMILY_COLOURS["minerals"])
    assert near(pixel(x0, y0 + 2600), FAMILY_COLOURS["energy"])
    # homes by status
    assert near(pixel(x0 - 750, y0 - 750), STATUS_COLOURS["freed by the exchanges"][0])
    assert near(pixel(x0 - 200, y0 - 200), STATUS_COLOURS["still inside a zone"][0])
    # the zone before (1000 m) is a tint; the freed ring between 500 and 1000 m is hatched green over it
    ring = [pixel(x0 - 700 + dx, y0 + 300 + dy) for dx in range(0, 60, 3) for dy in range(0, 60, 3)]
    greenish = [c.green() > c.red() + 15 and c.green() > c.blue() + 10 for c in ring]
    assert sum(greenish) > 0.8 * len(ring)
    inside = pixel(x0 - 250, y0 + 250)  # within 500 m: the class I tint, no hatch
    assert inside.red() > inside.green() and inside.getRgb()[:3] != (255, 255, 255)
    outside = pixel(x0 - 1300, y0 + 1300)
    assert outside.getRgb()[:3] == (255, 255, 255)
    # the after-zone's outline (class II) sits at 500 m
    edge = [pixel(x0 - 500 + d, y0) for d in (-2, -1, 0, 1, 2)]
    assert any(near(c, CLASS_COLOURS[2], 45) for c in edge)


def test_demo_map_draws_zones_and_homes(cli, tmp_path):
    out = tmp_path / "cph.gpkg"
    proc = cli(
        "run", "--sites", CPH, "--network", f"{CPH}|layername=roads", "--housing", BUILDINGS, "--out", out, "--quiet"
    )
    assert proc.returncode == 0, proc.stderr
    layers = dict(pyogrio.list_layers(out))
    assert {"zones", "zones_after", "zone_reduction", "housing_conflicts", "site_risk"} <= set(layers)
    assert "Housing (buildings) inside zones: 344 before, 344 after" in proc.stdout, proc.stdout
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(out.with_suffix(".png")))
    counts = {"home": 0, "zone": 0}
    for y in range(150, image.height() - 150, 3):
        for x in range(60, int(image.width() * 0.72), 3):
            c = image.pixelColor(x, y)
            counts["home"] += near(c, "#d7191c", 20)
            counts["zone"] += near(c, "#a50026", 20)
    assert counts["home"] > 200 and counts["zone"] > 200
    project = QgsProject()
    assert project.read(str(out.with_suffix(".qgz")))
    group = project.layerTreeRoot().children()[0]
    assert group.name() == "EcoPark: proposed industrial symbiosis"
    assert all(node.layer() is not None and node.layer().isValid() for node in group.findLayers())


def test_residential_land_of_lauf_from_the_osm_layer(provider, shared_data, tmp_path):
    """An OSM extract's multipolygons layer as housing: its landuse=residential polygons are read."""
    import processing

    site = gpd.GeoDataFrame(
        {"site_id": ["L1"], "name": ["works in Lauf"], "nace": ["24.10"]}, geometry=[Point(11.2770, 49.5110)], crs=4326
    )
    site.to_file(tmp_path / "site.gpkg", layer="sites")
    zones = processing.run(
        "ecopark:protectionzones", {"SITES": str(tmp_path / "site.gpkg"), "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    out = processing.run(
        "ecopark:housingexposure",
        {
            "ZONES": zones["OUTPUT"],
            "HOUSING": f"{shared_data / 'osm' / 'lauf-200115.osm.pbf'}|layername=multipolygons",
            "HOUSING_KIND": 2,  # residential land use
            "OUTPUT": str(tmp_path / "land.gpkg"),
        },
    )
    land = pyogrio.read_dataframe(out["OUTPUT"])
    assert (land["kind"] == "landuse").all() and len(land) == out["HOUSING_BEFORE"] > 5
    # clipped to the 1 km zone (pi km2 = 314 ha): the residential share of it, 40 people per ha
    assert 10 < out["AREA_BEFORE_HA"] < 314
    assert out["POP_BEFORE"] == pytest.approx(40 * out["AREA_BEFORE_HA"], rel=1e-6)
    assert land.to_crs(25832).area.sum() / 1e4 == pytest.approx(out["AREA_BEFORE_HA"], rel=5e-3)
