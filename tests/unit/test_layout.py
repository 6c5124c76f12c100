"""The code layout the house style asks for, and the engine's independence from QGIS and Qt."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FORBIDDEN = ("qgis", "PyQt5", "PyQt6", "PySide2", "PySide6", "sip")


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_core_imports_no_qgis_or_qt():
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / "ecopark_plugin" / "core").rglob("*.py"))
        for name in _imports(path)
        if name.split(".")[0] in FORBIDDEN
    ]
    assert offenders == []


def test_the_check_catches_a_qgis_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\nfrom qgis.core import QgsProject\n")
    assert "qgis.core" in list(_imports(bad))


def test_layout():
    for path in (
        "ecopark_plugin/__init__.py",
        "ecopark_plugin/plugin.py",
        "ecopark_plugin/core",
        "ecopark_plugin/processing/provider.py",
        "ecopark_plugin/gui",
        "resources",
        "tests/unit",
        "tests/qgis",
        "metadata.txt",
        "Makefile",
        "README.md",
        ".ci/run",
    ):
        assert (ROOT / path).exists(), path


def test_metadata_complete():
    import configparser

    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    for key in (
        "name",
        "qgisMinimumVersion",
        "description",
        "about",
        "version",
        "author",
        "email",
        "repository",
        "tracker",
        "homepage",
        "category",
        "tags",
        "icon",
        "hasProcessingProvider",
        "experimental",
        "changelog",
        "supportsQt6",
    ):
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.34"
    assert general["hasProcessingProvider"] == "yes"
    assert general["supportsQt6"] == "True"
    assert "qgisMaximumVersion" not in general
    assert (ROOT / general["icon"]).exists()


def test_no_direct_pyqt_imports_in_plugin():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "ecopark_plugin").rglob("*.py")
        for name in _imports(path)
        if name.split(".")[0] in ("PyQt5", "PyQt6")
    ]
    assert offenders == []
