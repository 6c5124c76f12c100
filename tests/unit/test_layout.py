"""The layout stays true: arrows go gui -> processing -> qgis_io -> core, never back; core has no QGIS or Qt.

Walks every module's imports (module level and inside functions) with ``ast``; fails on any arrow back up,
naming the file, line and the import.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "ecopark_plugin"
#: the layers from the edge inwards: a module may import its own layer or any layer after it
LAYERS = ("gui", "processing", "qgis_io", "core")
#: modules at the package's top, above every layer (plugin entry, translator, dependency check, CLI)
TOP = {"plugin", "__init__", "__main__", "i18n", "dependencies"}
#: what each layer may import from the top modules
TOP_ALLOWED = {"gui": {"i18n"}, "processing": {"i18n"}, "qgis_io": {"i18n"}, "core": set()}
FORBIDDEN_IN_CORE = ("qgis", "PyQt5", "PyQt6", "PySide2", "PySide6", "processing", "sip")
#: the longest module we accept (lines); a longer one wants splitting by subject
MAX_LINES = 650


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, path.relative_to(PACKAGE).with_suffix("").parts


def imports(path: Path, parts: tuple[str, ...]):
    """(line, imported module as a tuple of package parts or ('<abs>', name)) for every import in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = parts[:-1] if parts[-1] != "__init__" else parts[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                target = tuple(base) + tuple((node.module or "").split(".") if node.module else ())
                yield node.lineno, target
            else:
                yield node.lineno, ("<abs>", node.module or "")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, ("<abs>", alias.name)


def layer_of(parts: tuple[str, ...]) -> str:
    return parts[0] if parts and parts[0] in LAYERS else "top"


def arrow_problems(path: Path, parts: tuple[str, ...]) -> list[str]:
    here = layer_of(parts)
    problems = []
    for line, target in imports(path, parts):
        shown = path.relative_to(PACKAGE.parent) if path.is_relative_to(PACKAGE.parent) else path.name
        where = f"{shown}:{line}"
        if target[0] == "<abs>":
            name = target[1]
            if name.startswith("ecopark_plugin."):
                target = tuple(name.split(".")[1:])
            else:
                if here == "core" and name.split(".")[0] in FORBIDDEN_IN_CORE:
                    problems.append(f"{where}: core imports {name}")
                if here == "qgis_io" and name.split(".")[0] == "processing":
                    problems.append(f"{where}: qgis_io imports QGIS Processing ({name})")
                continue
        if not target:
            continue
        there = layer_of(target)
        if here == "top":
            continue
        if there == "top":
            if target[0] not in TOP_ALLOWED[here]:
                problems.append(f"{where}: {here} imports the top module {target[0]}")
            continue
        if LAYERS.index(there) < LAYERS.index(here):
            problems.append(f"{where}: {here} imports {'.'.join(target)} ({there} is above it)")
    return problems


def test_arrows_go_one_way():
    problems = [p for path, parts in modules() for p in arrow_problems(path, parts)]
    assert problems == [], "\n".join(problems)


def test_the_checker_catches_an_arrow_back(tmp_path):
    """A planted import of the GUI from qgis_io, and of QGIS from core, are both found."""
    bad_io = tmp_path / "qgis_io_bad.py"
    bad_io.write_text("from ..gui.dock import EcoParkDock\nimport processing\n")
    bad_core = tmp_path / "core_bad.py"
    bad_core.write_text("def f():\n    from qgis.core import QgsVectorLayer\n")
    io_problems = arrow_problems(bad_io, ("qgis_io", "bad"))
    core_problems = arrow_problems(bad_core, ("core", "bad"))
    assert len(io_problems) == 2 and "gui.dock" in io_problems[0]
    assert len(core_problems) == 1 and "qgis.core" in core_problems[0]


def test_core_is_split_by_subject():
    subpackages = {p.name for p in (PACKAGE / "core").iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert {"model", "symbiosis", "transport", "zones", "siting", "report"} <= subpackages
    loose = sorted(p.name for p in (PACKAGE / "core").glob("*.py") if p.name != "__init__.py")
    assert loose == ["job.py"], loose


@pytest.mark.parametrize("path", [p for p, _ in modules()], ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_too_long(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines; split it by subject"
