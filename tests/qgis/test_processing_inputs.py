"""What every EcoPark algorithm shares: feature-source inputs (selected features only), the engine's errors as
Processing errors, a cancel as an empty result, and help that links into the README."""

import re
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample_data" / "kalundborg.gpkg"
#: the power station, the refinery, the plasterboard plant and the district heating: partners of each other
CHOSEN = ("ASV", "REF", "GYP", "KDH")


@pytest.fixture
def sample_sites():
    """The Kalundborg sites, in the project (a selection is made on a project layer), with CHOSEN selected."""
    layer = QgsVectorLayer(f"{SAMPLE}|layername=sites", "sites", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    layer.selectByExpression(f"site_id IN ({', '.join(repr(s) for s in CHOSEN)})")
    assert layer.selectedFeatureCount() == len(CHOSEN) < layer.featureCount()
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def _ids(layer, field="site_id"):
    return {f[field] for f in layer.getFeatures()}


def test_find_exchanges_runs_on_the_selected_sites_only(provider, sample_sites):
    import processing

    selected = QgsProcessingFeatureSourceDefinition(sample_sites.id(), selectedFeaturesOnly=True)
    # the streams of the other sites are filtered out too: the engine refuses streams of sites it does not have
    streams = QgsProcessingFeatureSourceDefinition(
        f"{SAMPLE}|layername=streams", filterExpression=f"site_id IN ({', '.join(repr(s) for s in CHOSEN)})"
    )
    out = processing.run(
        "ecopark:findexchanges",
        {
            "SITES": selected,
            "STREAMS": streams,
            "OUTPUT_EXCHANGES": "memory:",
            "OUTPUT_SITES": "memory:",
        },
    )
    assert _ids(out["OUTPUT_SITES"]) == set(CHOSEN)
    exchanges = out["OUTPUT_EXCHANGES"]
    assert exchanges.featureCount() > 0
    assert _ids(exchanges, "supplier") | _ids(exchanges, "receiver") <= set(CHOSEN)
    whole = processing.run(
        "ecopark:findexchanges",
        {"SITES": sample_sites, "OUTPUT_EXCHANGES": "memory:", "OUTPUT_SITES": "memory:"},
    )
    assert whole["OUTPUT_SITES"].featureCount() == sample_sites.featureCount()  # the layer itself: every site


def test_protection_zones_follow_a_feature_filter(provider, sample_sites):
    import processing

    filtered = QgsProcessingFeatureSourceDefinition(sample_sites.id(), filterExpression="nace LIKE '35%'")
    out = processing.run("ecopark:protectionzones", {"SITES": filtered, "OUTPUT": "memory:"})
    assert _ids(out["OUTPUT"]) == {"ASV", "KDH", "KBG"}  # the energy sites (NACE 35)


def _plants(naces):
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=id:string&field=name:string&field=nace:string", "plants", "memory"
    )
    for fid, nace in enumerate(naces, start=1):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"S{fid}", "x", nace])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(11, 55 + fid / 100)))
        layer.dataProvider().addFeature(feature)
    return layer


def test_an_input_error_is_a_processing_error_with_the_engines_message(provider):
    import processing

    with pytest.raises(QgsProcessingException) as caught:
        processing.run("ecopark:protectionzones", {"SITES": _plants(["35.11", "power"]), "OUTPUT": "memory:"})
    # the engine's whole message: layer, feature and field, and what is wrong
    assert re.match(r"layer 'plants', feature 2, field 'nace': 'power' is not a NACE", str(caught.value))


def _raising(error):
    """An EcoPark algorithm whose work raises ``error`` (a class attribute: Processing runs a fresh instance)."""
    from ecopark_plugin.processing.base import EcoParkAlgorithm

    class Raises(EcoParkAlgorithm):
        NAME = "raises"

        def initAlgorithm(self, config=None):
            pass

        def process(self, parameters, context, feedback):
            raise error

    alg = Raises()
    alg.initAlgorithm()
    return alg


def test_the_base_class_converts_engine_errors_and_a_cancel():
    import processing

    from ecopark_plugin.core.model.errors import Cancelled, CatalogueError, InputError

    for error, message in (
        (
            InputError.single("plants", "no NACE code", 7, "nace"),
            "layer 'plants', feature 7, field 'nace': no NACE code",
        ),
        (CatalogueError("rules.csv, row 3, column 'price': not a number"), "rules.csv, row 3, column 'price'"),
    ):
        with pytest.raises(QgsProcessingException, match=re.escape(message)):
            processing.run(_raising(error), {})
    assert processing.run(_raising(Cancelled("cancelled by the user")), {}) == {}


def _readme_anchors() -> set[str]:
    """GitHub's anchors of the README's headings (lower case, punctuation dropped, spaces as hyphens)."""
    anchors = set()
    inside_code = False
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            inside_code = not inside_code
        elif not inside_code and line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            anchors.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return anchors


def test_every_algorithm_has_help_and_a_link_into_the_readme(provider):
    repository = re.search(r"^repository=(\S+)", (ROOT / "metadata.txt").read_text(encoding="utf-8"), re.M)[1]
    anchors = _readme_anchors()
    algorithms = [a for a in QgsApplication.processingRegistry().algorithms() if a.provider().id() == "ecopark"]
    assert len(algorithms) == 17
    for alg in algorithms:
        assert len(alg.shortHelpString()) > 200, alg.id()
        url, _, anchor = alg.helpUrl().partition("#")
        assert url == repository and anchor in anchors, (alg.id(), alg.helpUrl())
    by_id = {a.id(): a.helpUrl() for a in algorithms}
    assert by_id["ecopark:whatif"].endswith("#siting-what-if")
    assert by_id["ecopark:report"].endswith("#reports")


def test_exchanges_that_exist_already_are_the_baseline(provider, tmp_path):
    """The user's table of existing exchanges marks them; the run's totals count only the new ones."""
    import processing

    existing = tmp_path / "existing.csv"
    existing.write_text("supplier,receiver,stream\nASV,GYP,fgd_gypsum\n", encoding="utf-8")
    common = {
        "SITES": f"{SAMPLE}|layername=sites",
        "STREAMS": f"{SAMPLE}|layername=streams",
        "OUTPUT_EXCHANGES": "memory:",
        "OUTPUT_SITES": "memory:",
    }
    before = processing.run("ecopark:findexchanges", common)
    after = processing.run("ecopark:findexchanges", {**common, "EXISTING": str(existing)})
    rows = {(f["supplier"], f["receiver"], f["stream"]): f for f in after["OUTPUT_EXCHANGES"].getFeatures()}
    gypsum = rows[("ASV", "GYP", "fgd_gypsum")]
    assert gypsum["selected"] and gypsum["existing"] and gypsum["existing_basis"] == "given as existing by the user"
    # the gypsum's benefit leaves the new total, the exchange count drops by one
    assert after["NET_BENEFIT"] == pytest.approx(before["NET_BENEFIT"] - gypsum["net_benefit"], rel=1e-6)
    assert after["SELECTED"] == before["SELECTED"] - 1


def test_choices_by_name_equal_choices_by_index(provider, tmp_path):
    """OBJECTIVE and MODES given by name (a list or one comma-separated string) run as their indexes do."""
    import processing

    def run(objective, modes, name):
        return processing.run(
            "ecopark:findexchanges",
            {
                "SITES": f"{SAMPLE}|layername=sites",
                "STREAMS": f"{SAMPLE}|layername=streams",
                "OBJECTIVE": objective,
                "MODES": modes,
                "OUTPUT_EXCHANGES": str(tmp_path / f"{name}.gpkg"),
                "OUTPUT_SITES": "memory:",
            },
        )

    by_name = run("co2", "Truck, pipeline", "by_name")
    by_index = run(1, [0, 3], "by_index")
    by_list = run("CO2", ["truck", "3"], "by_list")
    chains = {f["mode_chain"] for f in QgsVectorLayer(by_name["OUTPUT_EXCHANGES"]).getFeatures() if f["selected"]}
    assert chains and chains <= {"truck", "pipeline"}
    assert by_name["SELECTED"] == by_index["SELECTED"] == by_list["SELECTED"] > 0
    with pytest.raises(QgsProcessingException, match=r"MODES: plane is not one of its choices; give one of 0=truck"):
        run("co2", "truck,plane", "bad")


def test_find_exchanges_sets_bad_rows_apart_when_asked(provider, tmp_path):
    """SKIP_BAD_ROWS: the run goes on without a site whose NACE code is unknown; OUTPUT_REJECTED holds it."""
    import processing

    plants = _plants(["24.10", "99.99", "35.11"])
    params = {"SITES": plants, "OUTPUT_EXCHANGES": "memory:", "OUTPUT_SITES": "memory:"}
    with pytest.raises(QgsProcessingException, match=r"feature 2, field 'nace'.*99\.99"):
        processing.run("ecopark:findexchanges", params)
    rejected = tmp_path / "rejected.gpkg"
    out = processing.run("ecopark:findexchanges", {**params, "SKIP_BAD_ROWS": True, "OUTPUT_REJECTED": str(rejected)})
    assert out["REJECTED"] == 1 and out["OUTPUT_SITES"].featureCount() == 2
    import pyogrio

    rows = pyogrio.read_dataframe(rejected, read_geometry=False)
    assert list(rows["source_row"]) == ["2"] and list(rows["nace"]) == ["99.99"]
    assert "NACE '99.99'" in rows.loc[0, "reason"]


def _layers_and_bytes(path):
    import hashlib

    import pyogrio

    return sorted(pyogrio.list_layers(path)[:, 0]), hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_output_naming_an_input_or_another_output_is_refused(provider, tmp_path):
    """A sink given a file replaces the whole file: the input GeoPackage's other layers (ports, streams, waste
    transfers) would be lost, or the first of two outputs in one file. Refused before anything is written;
    QGIS's ``ogr:`` destination, which adds one table to a GeoPackage, writes only its own layer."""
    import shutil

    import processing

    own = tmp_path / "kalundborg.gpkg"
    shutil.copy(SAMPLE, own)
    before = _layers_and_bytes(own)
    assert {"sites", "streams", "ports"} <= set(before[0])
    base = {"SITES": f"{own}|layername=sites", "STREAMS": f"{own}|layername=streams"}
    with pytest.raises(QgsProcessingException, match=r"OUTPUT_SITES: .*kalundborg.gpkg is also the input SITES"):
        processing.run("ecopark:findexchanges", {**base, "OUTPUT_EXCHANGES": "memory:", "OUTPUT_SITES": str(own)})
    assert _layers_and_bytes(own) == before
    both = tmp_path / "both.gpkg"
    with pytest.raises(QgsProcessingException, match="OUTPUT_EXCHANGES, OUTPUT_SITES all name"):
        processing.run("ecopark:findexchanges", {**base, "OUTPUT_EXCHANGES": str(both), "OUTPUT_SITES": str(both)})
    assert not both.exists()
    # a layer of the project counts by its file too
    layer = QgsVectorLayer(f"{own}|layername=sites", "sites", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        with pytest.raises(QgsProcessingException, match="is also the input SITES"):
            processing.run("ecopark:protectionzones", {"SITES": layer.id(), "OUTPUT": str(own)})
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert _layers_and_bytes(own) == before
    out = processing.run(
        "ecopark:protectionzones",
        {"SITES": base["SITES"], "OUTPUT": f"ogr:dbname='{own}' table=\"zones\" (geom)"},
    )
    assert out["OUTPUT"]
    assert sorted(_layers_and_bytes(own)[0]) == sorted([*before[0], "zones"])


def test_find_exchanges_reads_a_register_by_year_and_eprtr_activity(provider):
    """SITE_YEAR keeps each facility's latest year; ACTIVITY_KIND=eprtr maps Annex I codes to NACE."""
    import processing

    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=fid_reg:string&field=title:string&field=annex:string&field=yr:integer",
        "register",
        "memory",
    )
    for i, (fid, activity, year) in enumerate(
        [("P", "1(c)", 2019), ("P", "1(c)", 2022), ("G", "3(c)(i)", 2022), ("R", "1(a)", 2021)]
    ):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([fid, f"plant {fid}", activity, year])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(11.08 + i / 100, 55.66)))
        layer.dataProvider().addFeature(feature)
    out = processing.run(
        "ecopark:findexchanges",
        {
            "SITES": layer,
            "SITE_ID": "fid_reg",
            "SITE_NAME": "title",
            "SITE_NACE": "annex",
            "SITE_YEAR": "yr",
            "ACTIVITY_KIND": "eprtr",
            "OUTPUT_EXCHANGES": "memory:",
            "OUTPUT_SITES": "memory:",
        },
    )
    sites = {f["site_id"]: f["nace"] for f in out["OUTPUT_SITES"].getFeatures()}
    assert sites == {"P": "35.11", "G": "23.51", "R": "19.20"}
