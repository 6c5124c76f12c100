"""The suitability surface as a Processing algorithm, on the bundled Kalundborg sample."""

from pathlib import Path

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample_data" / "kalundborg.gpkg"


def test_suitability_grid_on_the_sample(sample_run, tmp_path):
    import processing

    sites = QgsVectorLayer(sample_run["OUTPUT_SITES"], "sites", "ogr")
    # an exclusion layer: a 3 km square on the largest supplier, Asnaes power station
    asv = next(f for f in sites.getFeatures() if f["site_id"] == "ASV").geometry().centroid().asPoint()
    lake = QgsVectorLayer(f"Polygon?crs={sites.crs().authid()}", "no-build area", "memory")
    feature = QgsFeature()
    feature.setGeometry(
        QgsGeometry.fromRect(QgsRectangle(asv.x() - 1500, asv.y() - 1500, asv.x() + 1500, asv.y() + 1500))
    )
    lake.dataProvider().addFeatures([feature])
    out = processing.run(
        "ecopark:suitability",
        {
            "SITES": sample_run["OUTPUT_SITES"],
            "EXCHANGES": sample_run["OUTPUT_EXCHANGES"],
            "CELL_SIZE": 2000,
            "HAZARD_CLASS": 1,
            "EXCLUSIONS": [lake],
            "OUTPUT": str(tmp_path / "grid.gpkg"),
        },
    )
    grid = QgsVectorLayer(out["OUTPUT"], "grid", "ogr")
    assert grid.isValid() and grid.featureCount() == out["CELLS"] > 100
    assert grid.crs().authid() == "EPSG:32632"
    # a 3 km square touches 4 to 9 cells of 2 km
    assert 4 <= out["EXCLUDED"] <= 9
    reasons = {f["excluded"] for f in grid.getFeatures()}
    assert reasons == {"", "no-build area"}
    scores = [f["score"] for f in grid.getFeatures()]
    assert max(scores) == pytest.approx(out["BEST_SCORE"]) and 0 < max(scores) <= 1
    assert all(f["score"] == 0 for f in grid.getFeatures() if f["excluded"])


def test_style_is_graduated_on_the_score():
    from ecopark_plugin.qgis_io.styles import apply_style

    layer = QgsVectorLayer("Polygon?crs=EPSG:32632&field=score:double&field=excluded:string", "g", "memory")
    apply_style(layer, "suitability")
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == "score"
    assert len(renderer.ranges()) == 5


def test_bad_exchanges_layer_is_named(sample_run):
    import processing

    with pytest.raises(QgsProcessingException, match="feasible"):
        processing.run(
            "ecopark:suitability",
            {"SITES": sample_run["OUTPUT_SITES"], "EXCHANGES": sample_run["OUTPUT_SITES"], "OUTPUT": "memory:"},
        )
