"""ecopark:findexchanges writes its GeoPackage all or nothing: a run that fails or is cancelled after its
first output leaves an earlier scenario GeoPackage as it was, byte for byte, and no temporary file behind."""

import hashlib
from pathlib import Path

import pandas as pd
import pyogrio
import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject

from ecopark_plugin.processing.find_exchanges import FindExchanges
from ecopark_plugin.qgis_io.results import read_parameters

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_data" / "kalundborg.gpkg"


def params(out: Path, truck_cost: float) -> dict:
    return {
        "SITES": f"{SAMPLE}|layername=sites",
        "STREAMS": f"{SAMPLE}|layername=streams",
        "TRUCK_COST": truck_cost,
        "OUTPUT_EXCHANGES": f"ogr:dbname='{out}' table=\"exchanges\" (geom)",
        "OUTPUT_SITES": f"ogr:dbname='{out}' table=\"sites\" (geom)",
    }


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def earlier(provider, tmp_path):
    """A scenario GeoPackage written by an earlier run (cheap trucks), with a layer of the user's."""
    import processing

    out = tmp_path / "scenario.gpkg"
    done = processing.run("ecopark:findexchanges", params(out, 0.05))
    assert done["SELECTED"] > 0
    pyogrio.write_dataframe(
        pyogrio.read_dataframe(SAMPLE, layer="ports"), out, layer="my_notes", driver="GPKG", append=False
    )
    return out


def run_failing_at_sites(monkeypatch, out: Path, how: str) -> dict:
    """Run again (dear trucks: other figures) with the sites output failing or cancelled once the exchanges
    output is written."""
    import processing

    written = []
    original = FindExchanges.write_frame

    def write_frame(self, parameters, key, context, feedback, *args, **kwargs):
        if key == FindExchanges.OUT_SITES:
            assert written == [FindExchanges.OUT_EXCHANGES]  # the exchanges are in their sink already
            if how == "fail":
                raise QgsProcessingException("disk full")
            feedback.cancel()
        dest = original(self, parameters, key, context, feedback, *args, **kwargs)
        written.append(key)
        return dest

    monkeypatch.setattr(FindExchanges, "write_frame", write_frame)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run("ecopark:findexchanges", params(out, 0.4), context=context, feedback=QgsProcessingFeedback())


@pytest.mark.parametrize("how", ["fail", "cancel"])
def test_a_failed_or_cancelled_run_leaves_the_earlier_geopackage_untouched(earlier, monkeypatch, how):
    before = digest(earlier)
    exchanges = pyogrio.read_dataframe(earlier, layer="exchanges")
    if how == "fail":
        with pytest.raises(QgsProcessingException, match="disk full"):
            run_failing_at_sites(monkeypatch, earlier, how)
    else:
        assert run_failing_at_sites(monkeypatch, earlier, how) == {}
    assert digest(earlier) == before
    again = pyogrio.read_dataframe(earlier, layer="exchanges")
    pd.testing.assert_series_equal(again["net_benefit"], exchanges["net_benefit"])
    assert sorted(p.name for p in earlier.parent.iterdir()) == ["scenario.gpkg"]


def test_a_finished_run_replaces_its_layers_and_keeps_the_others(earlier):
    import processing

    cheap = pyogrio.read_dataframe(earlier, layer="exchanges")
    done = processing.run("ecopark:findexchanges", params(earlier, 0.4))
    assert done["OUTPUT_EXCHANGES"].startswith(str(earlier)) and done["OUTPUT_SITES"].startswith(str(earlier))
    layers = {str(name) for name, _ in pyogrio.list_layers(earlier)}
    assert {"exchanges", "sites", "parameters", "my_notes"} <= layers
    dear = pyogrio.read_dataframe(earlier, layer="exchanges")
    # dearer trucks: no exchange nets more than with cheap ones, the trucked ones less
    both = cheap.merge(dear, on=["supplier", "receiver", "stream"], suffixes=("_cheap", "_dear")).dropna(
        subset=["net_benefit_cheap"]
    )
    assert len(both) > 10 and (both["net_benefit_dear"] <= both["net_benefit_cheap"] + 0.01).all()
    assert (both["net_benefit_dear"] < both["net_benefit_cheap"] - 1000).sum() >= 2
    values, _version = read_parameters(earlier)
    assert values["truck_eur_per_tkm"] == pytest.approx(0.4)
    assert sorted(p.name for p in earlier.parent.iterdir()) == ["scenario.gpkg"]


def test_loaded_outputs_name_the_scenario_geopackage_not_its_temporary_copy(earlier):
    """As the Processing dialog runs it: output definitions; the layers to load when done, styled."""
    from qgis.core import QgsApplication, QgsProcessingOutputLayerDefinition

    given = params(earlier, 0.4)
    for key in ("OUTPUT_EXCHANGES", "OUTPUT_SITES"):
        given[key] = QgsProcessingOutputLayerDefinition(given[key], QgsProject.instance())
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    alg = QgsApplication.processingRegistry().createAlgorithmById("ecopark:findexchanges")
    done, ok = alg.run(given, context, QgsProcessingFeedback())
    assert ok
    expected = [f"{earlier}|layername=exchanges", f"{earlier}|layername=sites"]
    assert [done["OUTPUT_EXCHANGES"], done["OUTPUT_SITES"]] == expected
    assert sorted(context.layersToLoadOnCompletion()) == sorted(expected)
    for source in expected:
        assert context.layerToLoadOnCompletionDetails(source).postProcessor() is not None  # styled when loaded
    assert len(pyogrio.read_dataframe(earlier, layer="exchanges")) == 26
    assert sorted(p.name for p in earlier.parent.iterdir()) == ["scenario.gpkg"]
