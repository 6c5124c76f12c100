"""The main job as a Processing algorithm, and the map it renders, on the bundled Kalundborg sample."""

from pathlib import Path

import numpy as np
import pytest
from qgis.core import Qgis, QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample_data" / "kalundborg.gpkg"


@pytest.fixture(scope="module")
def result(sample_run):
    return sample_run


def _layer(path):
    layer = QgsVectorLayer(str(path), "x", "ogr")
    assert layer.isValid()
    return layer


def test_exchanges_written_with_required_fields(result):
    layer = _layer(result["OUTPUT_EXCHANGES"])
    names = layer.fields().names()
    for field in (
        "supplier",
        "receiver",
        "stream",
        "quantity",
        "unit",
        "distance_km",
        "mode",
        "transport_cost",
        "co2_transport_t",
        "net_benefit",
        "co2_avoided_t",
        "selected",
        "reason",
    ):
        assert field in names
    assert layer.crs().authid() == "EPSG:25832"
    # the new exchanges chosen (those that exist already are the baseline, counted apart)
    chosen = {
        (f["supplier"], f["receiver"], f["stream"]) for f in layer.getFeatures() if f["selected"] and not f["existing"]
    }
    # the documented core of Kalundborg is among the chosen exchanges
    assert ("ASV", "GYP", "fgd_gypsum") in chosen
    assert ("ASV", "REF", "steam") in chosen
    # the power station's heat to the town's district heating is chosen too, as the baseline: it exists already
    baseline = {(f["supplier"], f["receiver"], f["stream"]) for f in layer.getFeatures() if f["existing"]}
    assert ("ASV", "KDH", "district_heat") in baseline and ("ASV", "KDH", "district_heat") not in chosen
    assert ("NZY", "KBG", "organic_sludge") in chosen
    assert result["SELECTED"] == len(chosen)


def test_lines_join_supplier_and_receiver(result):
    sites = {f["site_id"]: f.geometry().asPoint() for f in _layer(result["OUTPUT_SITES"]).getFeatures()}
    for f in _layer(result["OUTPUT_EXCHANGES"]).getFeatures():
        line = f.geometry().asPolyline()
        assert line[0].distance(sites[f["supplier"]]) < 1e-6
        assert line[-1].distance(sites[f["receiver"]]) < 1e-6


def test_gypsum_distance_is_geodesic_times_detour(result):
    from pyproj import Geod

    layer = _layer(result["OUTPUT_EXCHANGES"])
    row = next(f for f in layer.getFeatures() if f["supplier"] == "ASV" and f["receiver"] == "GYP")
    # Asnaes (E-PRTR) and Gyproc (approximate) in WGS 84
    _, _, metres = Geod(ellps="WGS84").inv(11.079610019681116, 55.659724727218695, 11.0905, 55.6725)
    assert row["distance_km"] == pytest.approx(metres / 1000 * 1.3, rel=1e-4)


def test_bad_input_raises_a_named_error(provider, tmp_path):
    import processing

    bad = QgsVectorLayer("Point?crs=EPSG:4326&field=id:string&field=name:string&field=nace:string", "plants", "memory")
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    for fid, nace in ((1, "35.11"), (2, "power")):
        f = QgsFeature(bad.fields())
        f.setAttributes([f"S{fid}", "x", nace])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(11, 55 + fid / 100)))
        bad.dataProvider().addFeature(f)
    with pytest.raises(QgsProcessingException, match=r"layer 'plants', feature 2, field 'nace': 'power' is not a NACE"):
        processing.run(
            "ecopark:findexchanges", {"SITES": bad, "OUTPUT_EXCHANGES": "memory:", "OUTPUT_SITES": "memory:"}
        )


def test_render_map_draws_links_in_family_colours(provider, result, tmp_path):
    import processing

    from ecopark_plugin.core.symbiosis.catalogue import FAMILY_COLOURS

    png = tmp_path / "map.png"
    processing.run(
        "ecopark:rendermap",
        {
            "SITES": result["OUTPUT_SITES"],
            "EXCHANGES": result["OUTPUT_EXCHANGES"],
            "TITLE": "Test map",
            "OUTPUT": str(png),
        },
    )
    image = QImage(str(png))
    assert image.width() > 1000 and image.height() > 700
    ptr = image.convertToFormat(QImage.Format.Format_RGB888)
    data = np.frombuffer(ptr.constBits().asstring(ptr.sizeInBytes()), np.uint8)
    pixels = data.reshape(ptr.height(), ptr.bytesPerLine())[:, : ptr.width() * 3].reshape(ptr.height(), ptr.width(), 3)
    for family in ("energy", "minerals", "organics"):
        rgb = np.array([int(FAMILY_COLOURS[family][i : i + 2], 16) for i in (1, 3, 5)])
        close = (np.abs(pixels.astype(int) - rgb).sum(axis=2) < 30).sum()
        assert close > 50, f"{family} links not drawn ({close} pixels)"


def test_network_analysis_of_the_result(provider, result):
    import processing

    out = processing.run(
        "ecopark:networkanalysis", {"EXCHANGES": result["OUTPUT_EXCHANGES"], "ANCHORS": 2, "OUTPUT": "memory:"}
    )
    rows = {f["site_id"]: f for f in out["OUTPUT"].getFeatures()}
    assert out["PARTNERS"] == len(rows) >= 8
    assert out["LINKS"] >= result["SELECTED"] - 3  # a pair with two streams is one link
    asnaes = rows["ASV"]
    assert asnaes["anchor"] and asnaes["degree"] == max(f["degree"] for f in rows.values())
    # the refinery sends cooling water back to the power station that sends it steam: a closed loop
    assert asnaes["in_loop"] and rows["REF"]["in_loop"] and out["LOOPS"] >= 1
    assert asnaes["benefit_lost_if_closed"] > 0.5 * sum(f["net_benefit"] for f in rows.values())


def test_network_analysis_names_missing_fields(provider):
    import processing

    lines = QgsVectorLayer("LineString?crs=EPSG:4326&field=supplier:string", "my links", "memory")
    with pytest.raises(QgsProcessingException, match="layer 'my links': missing fields receiver"):
        processing.run("ecopark:networkanalysis", {"EXCHANGES": lines, "OUTPUT": "memory:"})


def test_import_eprtr_country_and_extent(provider, shared_data):
    import processing

    folder = shared_data / "eprtr_nordics"
    out = processing.run(
        "ecopark:importeprtr",
        {
            "RELEASES": str(folder / "F1_4_Air_Releases_Facilities_Nordics.csv"),
            "WASTE": str(folder / "F4_2_WasteTransfers_Facilities_Nordics.csv"),
            "COUNTRIES": "Denmark",
            "EXTENT": "10.9,11.3,55.6,55.8 [EPSG:4326]",
            "OUTPUT": "memory:",
        },
    )
    layer = out["OUTPUT"]
    names = {f["name"] for f in layer.getFeatures()}
    assert {"Ørsted Asnæsværket", "Kalundborg Refinery A/S", "Novo Nordisk A/S Kalundborg"} <= names
    assert all(f["country"] == "Denmark" for f in layer.getFeatures())
    refinery = next(f for f in layer.getFeatures() if f["name"] == "Kalundborg Refinery A/S")
    assert refinery["nace"] == "19.20" and refinery["eprtr_activity"] == "1(a)"
    assert layer.crs().authid() == "EPSG:4326"


def test_exchange_clusters_of_the_result(provider, result):
    import processing

    out = processing.run(
        "ecopark:exchangeclusters",
        {
            "SITES": result["OUTPUT_SITES"],
            "EXCHANGES": result["OUTPUT_EXCHANGES"],
            "MARGIN": 250,
            "OUTPUT": "memory:",
            "MEMBERS": "memory:",
        },
    )
    parks, members = out["OUTPUT"], out["MEMBERS"]
    assert parks.geometryType() == Qgis.GeometryType.Polygon and parks.crs().isValid()
    for field in ("cluster_id", "n_sites", "members", "anchor", "tonnes", "net_benefit", "co2_avoided_t", "area_ha"):
        assert parks.fields().indexOf(field) >= 0, field
    rows = sorted(parks.getFeatures(), key=lambda f: f["cluster_id"])
    assert out["CLUSTERS"] == len(rows) >= 1 and [f["cluster_id"] for f in rows] == list(range(1, len(rows) + 1))
    assert [f["net_benefit"] for f in rows] == sorted((f["net_benefit"] for f in rows), reverse=True)
    cluster_of = {f["site_id"]: f["cluster_id"] for f in members.getFeatures()}
    assert len({cluster_of[s] for s in ("ASV", "REF", "NNO", "GYP", "KDH")}) == 1
    assert cluster_of.get("APO") != cluster_of["ASV"]  # Aalborg is beyond the default 30 km of one park
    assert sum(f["n_sites"] for f in rows) == members.featureCount()
    # every member lies inside its park
    parks_by_id = {f["cluster_id"]: f.geometry() for f in rows}
    for member in members.getFeatures():
        assert parks_by_id[member["cluster_id"]].contains(member.geometry())
    assert all(f["area_ha"] > 0 and f["margin_m"] == 250 for f in rows)
    from ecopark_plugin.qgis_io.styles import apply_style

    apply_style(parks, "exchange_clusters")
    assert parks.renderer().type() == "singleSymbol" and parks.labelsEnabled()


def test_import_eprtr_writes_the_facilities_it_leaves_out(provider, tmp_path):
    import processing
    import pyogrio

    table = tmp_path / "F1_4_Air_Releases_Facilities_Test.csv"
    table.write_text(
        "FacilityInspireId,facilityName,city,Longitude,Latitude,EPRTRAnnexIMainActivity,reportingYear,countryName,"
        "Pollutant,Releases\n"
        "F1,Power,Town,11.0,55.6,1(c),2022,Denmark,Carbon dioxide (CO2),1000\n"
        "F2,Mystery,Town,11.1,55.6,99(z),2022,Denmark,Carbon dioxide (CO2),1000\n"
        "F3,Nowhere,Town,,,3(c)(i),2022,Denmark,Carbon dioxide (CO2),1000\n",
        encoding="utf-8",
    )
    rejected = tmp_path / "left_out.gpkg"
    out = processing.run(
        "ecopark:importeprtr", {"RELEASES": str(table), "OUTPUT": "memory:", "OUTPUT_REJECTED": str(rejected)}
    )
    assert out["OUTPUT"].featureCount() == 1
    left = pyogrio.read_dataframe(rejected, read_geometry=False).set_index("site_id")
    assert set(left.index) == {"F2", "F3"} and "no NACE mapping" in left.loc["F2", "reason"]
