"""`make package` gives a zip that a fresh QGIS profile loads, and qgis_process runs its algorithms."""

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pyogrio
import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample_data" / "kalundborg.gpkg"


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    if shutil.which("qgis_process") is None:
        pytest.skip("qgis_process is not installed")
    tmp = tmp_path_factory.mktemp("pkg")
    zip_path = tmp / "ecopark_plugin.zip"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "package.py"), "--out", str(zip_path), "--stage", str(tmp / "stage")],
        check=True,
    )
    config = tmp / "config"
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        assert all(n.startswith("ecopark_plugin/") for n in names)
        for required in (
            "ecopark_plugin/metadata.txt",
            "ecopark_plugin/__init__.py",
            "ecopark_plugin/LICENSE",
            "ecopark_plugin/resources/catalogue/exchange_rules.csv",
            "ecopark_plugin/resources/icons/ecopark.svg",
            "ecopark_plugin/resources/report/report.html",  # the report page's frame and style
            "ecopark_plugin/resources/report/report.css",
            "ecopark_plugin/i18n.py",
            "ecopark_plugin/i18n/ecopark_ru.qm",  # compiled from resources/i18n/ecopark_ru.ts
        ):
            assert required in names
        assert not any("__pycache__" in n or n.endswith("deps_path.txt") for n in names)
        archive.extractall(plugins)
    # what plugins.qgis.org checks on upload; bandit and flake8 where the tools venv works (not in the Debian 13 root)
    tools = ROOT / ".venv-tools" / "bin"
    try:
        security = subprocess.run([str(tools / "bandit"), "--version"], capture_output=True).returncode == 0
    except OSError:  # no tools venv, or the host's seen from the Debian 13 root
        security = False
    assert _check_package().check_zip(zip_path, tools, security=security) == []
    metadata = (plugins / "ecopark_plugin" / "metadata.txt").read_text()
    assert "qgisMaximumVersion=4.99" in metadata and "supportsQt6=True" in metadata  # QGIS 4 lists it
    # what `make deploy` does: tell the plugin where this environment's packages are
    (plugins / "ecopark_plugin" / "deps_path.txt").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "enable_plugin.py"), "--profile-plugins", str(plugins), "--enable"],
        check=True,
    )
    return config


def _check_package():
    spec = importlib.util.spec_from_file_location("check_package", ROOT / "scripts" / "check_package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def qgis_process(config, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(config))
    return subprocess.run(["qgis_process", *args], env=env, capture_output=True, text=True, timeout=300, cwd=config)


def test_fresh_profile_lists_the_provider(profile):
    proc = qgis_process(profile, "list")
    assert proc.returncode == 0, proc.stderr
    assert "ecopark:findexchanges" in proc.stdout and "ecopark:rendermap" in proc.stdout


def test_qgis_process_runs_the_main_job(profile, tmp_path):
    out = tmp_path / "exchanges.gpkg"
    proc = qgis_process(
        profile,
        "run",
        "ecopark:findexchanges",
        "--",
        f"SITES={SAMPLE}|layername=sites",
        f"STREAMS={SAMPLE}|layername=streams",
        f"OUTPUT_EXCHANGES={out}",
        f"OUTPUT_SITES={tmp_path / 'sites.gpkg'}",
    )
    assert proc.returncode == 0, proc.stderr
    assert "SELECTED:" in proc.stdout
    exchanges = pyogrio.read_dataframe(out)
    selected = int(proc.stdout.split("SELECTED:")[1].split()[0])
    new = exchanges["selected"].astype(bool) & ~exchanges["existing"].astype(bool)  # the baseline is apart
    assert selected == new.sum() >= 4


CPH = ROOT / "resources" / "sample_data" / "copenhagen.gpkg"


def test_qgis_process_takes_choices_by_name(profile, tmp_path):
    """Choice parameters by key (``landuse``), by label (``Buildings``) or by index, as the user types them."""
    zones = tmp_path / "zones.gpkg"
    proc = qgis_process(
        profile, "run", "ecopark:protectionzones", "--", f"SITES={CPH}|layername=sites", f"OUTPUT={zones}"
    )
    assert proc.returncode == 0, proc.stderr

    def exposure(kind, name):
        out = tmp_path / f"{name}.gpkg"
        proc = qgis_process(
            profile,
            "run",
            "ecopark:housingexposure",
            "--",
            f"ZONES={zones}",
            f"HOUSING={CPH}|layername=buildings",
            f"HOUSING_KIND={kind}",
            f"OUTPUT={out}",
        )
        return proc, out

    by_key, land = exposure("landuse", "by_key")
    assert by_key.returncode == 0, by_key.stderr
    by_index, land_index = exposure("2", "by_index")
    assert by_index.returncode == 0, by_index.stderr
    by_label, buildings = exposure("buildings", "by_label")
    assert by_label.returncode == 0, by_label.stderr
    as_land, as_index = pyogrio.read_dataframe(land), pyogrio.read_dataframe(land_index)
    assert (as_land["kind"] == "landuse").all() and len(as_land) == len(as_index) > 0
    assert 0 < as_land["pop_before"].sum() == pytest.approx(as_index["pop_before"].sum())
    assert (pyogrio.read_dataframe(buildings)["kind"] == "buildings").all()
    # a name it does not know: refused, naming the parameter and what it takes, no traceback
    bad, out = exposure("flats", "bad")
    assert bad.returncode != 0 and not out.exists()
    said = bad.stdout + bad.stderr
    assert "HOUSING_KIND: flats is not one of its choices" in said and "3=population" in said
    assert "Traceback" not in said
