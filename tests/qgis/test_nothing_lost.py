"""Nothing lost: outputs go to a temporary file moved into place when complete, so a run that fails or is
cancelled leaves the earlier output as it was (and no temporary file behind)."""

import hashlib
from pathlib import Path

import geopandas as gpd
import pytest

from ecopark_plugin.core.job import Job
from ecopark_plugin.core.model.errors import Cancelled
from ecopark_plugin.qgis_io.job_inputs import run_and_write

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample_data" / "kalundborg.gpkg"


def _digest(folder: Path) -> dict:
    """Every file of ``folder`` and its content's hash."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def earlier(tmp_path):
    """A folder with an earlier run's GeoPackage, and the job that made it."""
    sites = gpd.read_file(SAMPLE, layer="sites")
    streams = gpd.read_file(SAMPLE, layer="streams")
    job = Job(sites, streams=streams.drop(columns="geometry", errors="ignore"))
    out = tmp_path / "run.gpkg"
    run_and_write(job, out)
    return job, out


def test_a_cancelled_run_leaves_the_earlier_output(earlier):
    job, out = earlier
    before = _digest(out.parent)
    calls = []

    def cancel_at_the_zones():
        calls.append(1)
        return len(calls) > 5  # after the engine has begun: a cancel in the middle of the run

    with pytest.raises(Cancelled):
        run_and_write(job, out, overwrite=True, is_cancelled=cancel_at_the_zones)
    assert len(calls) > 5
    assert _digest(out.parent) == before


def test_a_run_failing_while_writing_leaves_the_earlier_output(earlier, monkeypatch):
    job, out = earlier
    before = _digest(out.parent)
    written = []
    to_file = gpd.GeoDataFrame.to_file

    def fail_on_the_third_layer(self, *args, **kwargs):
        written.append(kwargs.get("layer"))
        if len(written) == 3:
            raise OSError("disk full")
        return to_file(self, *args, **kwargs)

    monkeypatch.setattr(gpd.GeoDataFrame, "to_file", fail_on_the_third_layer)
    with pytest.raises(OSError, match="disk full"):
        run_and_write(job, out, overwrite=True)
    assert len(written) == 3  # two layers were written, to the temporary file
    assert _digest(out.parent) == before


def test_a_failed_run_of_the_runner_leaves_every_earlier_output(cli, tmp_path):
    out = tmp_path / "run.gpkg"
    common = ("--out", out, "--report", tmp_path / "run.html", "--overwrite", "--quiet")
    done = cli("run", "--sites", SAMPLE, "--streams", SAMPLE, *common)
    assert done.returncode == 0, done.stderr
    before = _digest(tmp_path)
    assert {"run.gpkg", "run.png", "run.qgz", "run.html"} <= set(before)
    bad = tmp_path.parent / f"{tmp_path.name}-bad.csv"
    bad.write_text("id,name,nace,lon,lat\nA,Works,99.99,11.0,55.6\n", encoding="utf-8")
    done = cli("run", "--sites", bad, *common)
    assert done.returncode == 1 and "99.99" in done.stderr
    assert _digest(tmp_path) == before
