"""Check that Python code will run under QGIS 4 (Qt 6, PyQt6) as it is, without QGIS's migration script.

The rules are those that QGIS's own PyQt5-to-PyQt6 migration script (scripts/pyqt5_to_pyqt6 in the QGIS
sources) rewrites or warns about, checked instead of rewritten:

- Qt is imported only through ``qgis.PyQt`` (never PyQt5/PyQt6/PySide directly), from modules PyQt6 has
  (no QtWebKit and other PyQt5-only modules, no ``qgis.PyQt.Qt``, no compiled ``resources_rc``);
- every name imported from ``qgis.PyQt.<module>`` exists in PyQt6's module (QRegExp, QDesktopWidget, qApp ...
  do not);
- every attribute read from a Qt class (``Qt.AlignLeft``, ``QVariant.Int``, ``QMessageBox.Yes`` ...) resolves
  in PyQt6, whose enums are scoped: an unscoped enum member is reported with its scoped spelling
  (``Qt.AlignmentFlag.AlignLeft``);
- no ``exec_`` / ``print_`` (PyQt6 has ``exec`` and ``print``), no ``QVariant()`` for NULL, no
  ``activated[str]`` signal overload, no ``QFontMetrics.width()``.

The valid names come from pip's PyQt6, so this script runs in a Python that has PyQt6 and NOT QGIS's PyQt5
beside it (``make lint`` builds ``.venv-tools`` for it). Exit status 1 when anything is found; each finding is
``path:line:col: QT6xxx message``. ``# noqa: QT6xxx`` on the line silences one finding there.
"""

from __future__ import annotations

import argparse
import ast
import enum
import importlib
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

DIRECT_QT = ("PyQt5", "PyQt6", "PySide2", "PySide6", "sip")
#: names QGIS's qgis.PyQt shim adds on Qt 6 beyond PyQt6's own modules (python/PyQt/PyQt6 in QGIS)
QGIS_SHIM = {
    "QtWidgets": {"QAction", "QActionGroup", "QShortcut"},
    "QtCore": {"NULL"},
}
#: qgis.PyQt modules that are not PyQt6 modules but exist in QGIS 4's shim
SHIM_MODULES = {"sip", "uic"}
#: renamed members QGIS's migration script knows (class, old) -> scoped new spelling
RENAMED = {
    ("Qt", "MidButton"): "Qt.MouseButton.MiddleButton",
    ("Qt", "TextColorRole"): "Qt.ItemDataRole.ForegroundRole",
    ("Qt", "BackgroundColorRole"): "Qt.ItemDataRole.BackgroundRole",
    ("QPainter", "HighQualityAntialiasing"): "QPainter.RenderHint.Antialiasing",
}
RENAMED_METHODS = {"exec_": "exec", "print_": "print"}


class Finding(tuple):
    __slots__ = ()

    def __new__(cls, path: str, line: int, col: int, code: str, message: str):
        return super().__new__(cls, (path, line, col, code, message))

    def __str__(self) -> str:
        path, line, col, code, message = self
        return f"{path}:{line}:{col + 1}: {code} {message}"


def pyqt6_module(name: str):
    """PyQt6's module ``name`` (e.g. ``QtCore``), or None when PyQt6 has none."""
    try:
        return importlib.import_module(f"PyQt6.{name}")
    except ImportError:
        return None


def _is_enum(obj) -> bool:
    return isinstance(obj, type) and issubclass(obj, enum.Enum)


def enum_scope(cls: type, member: str) -> list[str]:
    """The names of the enums of ``cls`` (and its bases) that have a member ``member``."""
    scopes = []
    for klass in getattr(cls, "__mro__", (cls,)):
        for name, value in vars(klass).items():
            if _is_enum(value) and member in value.__members__ and name not in scopes:
                scopes.append(name)
    return scopes


class Checker(ast.NodeVisitor):
    def __init__(self, path: str, source: str):
        self.path = path
        self.lines = source.splitlines()
        self.findings: list[Finding] = []
        self.qt_names: dict[str, object] = {}  # local name -> PyQt6 class or module it stands for

    def report(self, node: ast.AST, code: str, message: str) -> None:
        line = self.lines[node.lineno - 1] if 0 < node.lineno <= len(self.lines) else ""
        if "# noqa" in line and (f"{code}" in line.split("# noqa", 1)[1] or line.rstrip().endswith("# noqa")):
            return
        self.findings.append(Finding(self.path, node.lineno, node.col_offset, code, message))

    # imports -------------------------------------------------------------------------------------
    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            top = alias.name.split(".")[0]
            if top in DIRECT_QT:
                self.report(node, "QT601", f"import {alias.name}: import Qt through qgis.PyQt")
            elif alias.name.startswith("qgis.PyQt."):
                self._check_module(node, alias.name.split(".")[2])
            if alias.name.split(".")[-1] == "resources_rc":
                self.report(node, "QT606", "compiled resources (resources_rc) are gone in PyQt6: load files by path")
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        names = [a.name for a in node.names]
        if module.split(".")[0] in DIRECT_QT:
            self.report(node, "QT601", f"from {module} import ...: import Qt through qgis.PyQt")
        elif module == "qgis.PyQt":
            for alias in node.names:
                mod = self._check_module(node, alias.name)
                if mod is not None:
                    self.qt_names[alias.asname or alias.name] = mod
        elif module.startswith("qgis.PyQt."):
            sub = module.split(".")[2]
            mod = self._check_module(node, sub)
            if mod is not None:
                for alias in node.names:
                    if alias.name == "*":
                        continue
                    if hasattr(mod, alias.name):
                        self.qt_names[alias.asname or alias.name] = getattr(mod, alias.name)
                    elif alias.name not in QGIS_SHIM.get(sub, ()):
                        self.report(node, "QT603", f"{alias.name} is not in PyQt6.{sub}")
        if "resources_rc" in names or module.endswith("resources_rc"):
            self.report(node, "QT606", "compiled resources (resources_rc) are gone in PyQt6: load files by path")
        self.generic_visit(node)

    def _check_module(self, node: ast.AST, name: str):
        if name == "Qt":
            self.report(node, "QT602", "qgis.PyQt.Qt is gone in QGIS 4: import from qgis.PyQt.QtCore etc.")
            return None
        if name in SHIM_MODULES:
            return None
        mod = pyqt6_module(name)
        if mod is None:
            self.report(node, "QT602", f"PyQt6 has no module {name} (PyQt5-only)")
        return mod

    # attributes ----------------------------------------------------------------------------------
    def visit_Attribute(self, node: ast.Attribute) -> None:
        chain = []
        base = node
        while isinstance(base, ast.Attribute):
            chain.append(base.attr)
            base = base.value
        if isinstance(base, ast.Name) and base.id in self.qt_names:
            self._resolve(node, base.id, self.qt_names[base.id], list(reversed(chain)))
            return  # the chain is checked whole; do not check its inner attributes again
        if node.attr in RENAMED_METHODS:
            self.report(node, "QT604", f"{node.attr}() is gone in PyQt6: use {RENAMED_METHODS[node.attr]}()")
        if (
            node.attr == "width"
            and isinstance(node.value, ast.Call)
            and (
                (isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "fontMetrics")
                or (isinstance(node.value.func, ast.Name) and node.value.func.id in ("QFontMetrics", "QFontMetricsF"))
            )
        ):
            self.report(node, "QT607", "QFontMetrics.width() is gone in Qt 6: use horizontalAdvance()")
        self.generic_visit(node)

    def _resolve(self, node: ast.Attribute, root: str, obj, chain: list[str]) -> None:
        spelled = root
        for attr in chain:
            if not isinstance(obj, type) and not _is_module(obj):
                return  # a method or value: what follows is not a Qt name
            if attr in RENAMED_METHODS:
                self.report(node, "QT604", f"{attr}() is gone in PyQt6: use {RENAMED_METHODS[attr]}()")
                return
            try:
                nxt = getattr(obj, attr)
            except AttributeError:
                key = (spelled.split(".")[-1], attr)
                if key in RENAMED:
                    self.report(node, "QT605", f"{spelled}.{attr} is gone in Qt 6: use {RENAMED[key]}")
                    return
                scopes = enum_scope(obj, attr) if isinstance(obj, type) else []
                if scopes:
                    choices = " or ".join(f"{spelled}.{s}.{attr}" for s in scopes)
                    self.report(node, "QT600", f"unscoped enum {spelled}.{attr}: PyQt6 needs {choices}")
                elif spelled.split(".")[-1] == "QVariant":
                    self.report(node, "QT603", f"{spelled}.{attr} does not exist in PyQt6: use QMetaType.Type")
                else:
                    self.report(node, "QT603", f"{spelled}.{attr} does not exist in PyQt6")
                return
            spelled = f"{spelled}.{attr}"
            obj = nxt

    # calls and subscripts --------------------------------------------------------------------------
    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Name) and node.func.id == "QVariant" and not node.args and not node.keywords:
            self.report(node, "QT605", "QVariant() as NULL: use qgis.core's NULL")
        self.generic_visit(node)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if (
            isinstance(node.value, ast.Attribute)
            and node.value.attr == "activated"
            and isinstance(node.slice, ast.Name)
            and node.slice.id == "str"
        ):
            self.report(node, "QT605", "activated[str] is gone in Qt 6: use textActivated")
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name in RENAMED_METHODS:
            self.report(node, "QT604", f"def {node.name}: PyQt6 calls {RENAMED_METHODS[node.name]}")
        self.generic_visit(node)


def _is_module(obj) -> bool:
    return type(obj).__name__ == "module"


def check_source(source: str, path: str = "<string>") -> list[Finding]:
    """Findings for one file's text."""
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as exc:
        return [Finding(path, exc.lineno or 1, (exc.offset or 1) - 1, "QT699", f"cannot parse: {exc.msg}")]
    checker = Checker(path, source)
    checker.visit(tree)
    return sorted(checker.findings, key=lambda f: (f[1], f[2]))


def python_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        else:
            yield path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path, help="files or folders of .py files")
    args = parser.parse_args(argv)
    if pyqt6_module("QtCore") is None:
        print("check_qt6: this Python has no PyQt6 (pip install PyQt6 in a venv without QGIS; make lint does)")
        return 2
    if "PyQt5" in sys.modules:
        print("check_qt6: PyQt5 is loaded in this Python too; run in a venv without QGIS")
        return 2
    findings = [f for path in python_files(args.paths) for f in check_source(path.read_text("utf-8"), str(path))]
    for finding in findings:
        print(finding)
    files = len(list(python_files(args.paths)))
    print(f"check_qt6: {len(findings)} finding(s) in {files} file(s) (PyQt6 {pyqt6_module('QtCore').PYQT_VERSION_STR})")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
