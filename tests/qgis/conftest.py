"""QGIS tests run headless (offscreen) through pytest-qgis."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for path in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
    if os.path.isdir(path) and path not in sys.path:
        sys.path.append(path)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def geopackages_in_rollback_journal(qgis_app):
    """QGIS opens a local GeoPackage in WAL mode when it edits one, and its read-only connections take no
    locks (NOLOCK=ON). A test that adds a site while the same file's streams layer is open then saw, now and
    then on QGIS 3.44, the file's -shm vanish under it: "unable to open database file" on the next read (CI,
    test_new_site_by_clicking_the_map). QGIS's own tests turn WAL off the same way, which also keeps the
    shipped samples byte for byte unchanged when a test opens them. The user's setting comes back after."""
    from qgis.core import QgsSettings

    settings, key = QgsSettings(), "qgis/walForSqlite3"
    before = settings.value(key)
    settings.setValue(key, False)
    yield
    if before is None:
        settings.remove(key)
    else:
        settings.setValue(key, before)


@pytest.fixture(scope="module")
def provider(qgis_processing):
    """The ecopark Processing provider, registered for the tests of one module."""
    from qgis.core import QgsApplication

    from ecopark_plugin.processing.provider import EcoParkProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("ecopark") is None:
        registry.addProvider(EcoParkProvider())
    yield
    registry.removeProvider("ecopark")


@pytest.fixture(scope="module")
def sample_run(provider, tmp_path_factory):
    """``ecopark:findexchanges`` on the bundled Kalundborg sample, written to GeoPackages."""
    import processing

    sample = ROOT / "resources" / "sample_data" / "kalundborg.gpkg"
    out = tmp_path_factory.mktemp("run")
    return processing.run(
        "ecopark:findexchanges",
        {
            "SITES": f"{sample}|layername=sites",
            "STREAMS": f"{sample}|layername=streams",
            "OUTPUT_EXCHANGES": str(out / "exchanges.gpkg"),
            "OUTPUT_SITES": str(out / "sites.gpkg"),
        },
    )


def _cli(*args, cwd=ROOT):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "ecopark_plugin", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def cli():
    """Run the documented command line as a user would: ``cli("run", "--sites", ...)``."""
    return _cli


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL + PostGIS server of the tests' own (tests/postgres_server.py), stopped after the session."""
    sys.path.insert(0, str(ROOT / "tests"))
    import postgres_server

    reason = postgres_server.why_not()
    if reason:
        pytest.skip(reason)
    server = postgres_server.Server().start()
    yield server
    server.stop()
