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


def test_top_candidates_on_the_sample(sample_run, tmp_path):
    import processing

    out = processing.run(
        "ecopark:suitability",
        {
            "SITES": sample_run["OUTPUT_SITES"],
            "EXCHANGES": sample_run["OUTPUT_EXCHANGES"],
            "CELL_SIZE": 1000,
            "N_CANDIDATES": 4,
            "MIN_SEPARATION": 5000,
            "OUTPUT": "memory:",
            "CANDIDATES": str(tmp_path / "candidates.gpkg"),
        },
    )
    points = QgsVectorLayer(out["CANDIDATES"], "candidates", "ogr")
    assert points.isValid() and points.featureCount() == 4
    rows = sorted(points.getFeatures(), key=lambda f: f["rank"])
    assert [f["rank"] for f in rows] == [1, 2, 3, 4]
    scores = [f["score"] for f in rows]
    assert scores == sorted(scores, reverse=True) and scores[0] == pytest.approx(out["BEST_SCORE"])
    xy = [f.geometry().asPoint() for f in rows]
    assert min(a.distance(b) for i, a in enumerate(xy) for b in xy[:i]) >= 5000
    # the best place draws on suppliers of the sample, the largest first
    names = {f["name"] for f in QgsVectorLayer(sample_run["OUTPUT_SITES"], "s", "ogr").getFeatures()}
    assert rows[0]["anchor_1"] in names and rows[0]["anchor_1_eur"] > 0
    assert rows[0]["anchor_1_eur"] >= (rows[0]["anchor_2_eur"] or 0)
    assert rows[0]["anchors"].startswith(rows[0]["anchor_1"])


def test_candidates_style_labels_the_rank():
    from ecopark_plugin.qgis_io.styles import apply_style

    layer = QgsVectorLayer("Point?crs=EPSG:32632&field=rank:integer&field=anchors:string", "c", "memory")
    apply_style(layer, "suitability_candidates")
    assert layer.labelsEnabled() and "rank" in layer.labeling().settings().fieldName
