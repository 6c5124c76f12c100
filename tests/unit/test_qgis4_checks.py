"""The QGIS 4 checker (scripts/check_qt6.py) and the upload checks (scripts/check_package.py) catch what
they are for: a planted unscoped enum, exec_, a direct PyQt5 import; a zip the plugin repository refuses."""

import importlib.util
import subprocess
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS_PY = ROOT / ".venv-tools" / "bin" / "python"


def tools_python() -> str:
    """The tools venv's Python with pip's PyQt6 (make check-qgis4 builds it), or skip."""
    if not TOOLS_PY.exists():
        pytest.skip("no .venv-tools (make check-qgis4 builds it)")
    probe = subprocess.run([str(TOOLS_PY), "-c", "import PyQt6.QtCore"], capture_output=True)
    if probe.returncode != 0:  # e.g. the host's venv seen from the Debian 13 root
        pytest.skip(".venv-tools cannot import PyQt6 in this system")
    return str(TOOLS_PY)


def run_checker(tmp_path, source: str):
    path = tmp_path / "plugin_module.py"
    path.write_text(textwrap.dedent(source))
    proc = subprocess.run(
        [tools_python(), str(ROOT / "scripts" / "check_qt6.py"), str(path)], capture_output=True, text=True
    )
    return proc.returncode, proc.stdout


def test_planted_unscoped_enum_is_caught_with_its_scoped_name(tmp_path):
    code, out = run_checker(
        tmp_path,
        """
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QMessageBox

        label_alignment = Qt.AlignLeft
        answer = QMessageBox.Yes
        """,
    )
    assert code == 1
    assert "plugin_module.py:5:19: QT600 unscoped enum Qt.AlignLeft: PyQt6 needs Qt.AlignmentFlag.AlignLeft" in out
    assert "plugin_module.py:6:10: QT600 unscoped enum QMessageBox.Yes" in out
    assert "QMessageBox.StandardButton.Yes" in out
    assert "2 finding(s)" in out


def test_scoped_enums_pass(tmp_path):
    code, out = run_checker(
        tmp_path,
        """
        from qgis.PyQt.QtCore import QMetaType, Qt
        from qgis.PyQt.QtWidgets import QDialog, QMessageBox

        label_alignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        answer = QMessageBox.StandardButton.Yes
        kind = QMetaType.Type.Int
        QDialog().exec()
        """,
    )
    assert (code, "0 finding(s)" in out) == (0, True), out


def test_exec_underscore_pyqt5_and_removed_names_are_caught(tmp_path):
    code, out = run_checker(
        tmp_path,
        """
        from PyQt5.QtCore import QCoreApplication
        from qgis.PyQt.QtCore import QRegExp, QVariant
        from qgis.PyQt.QtWidgets import QDialog

        QDialog().exec_()
        kind = QVariant.Int
        """,
    )
    assert code == 1
    for expected in (
        ":2:1: QT601 from PyQt5.QtCore",
        ":3:1: QT603 QRegExp is not in PyQt6.QtCore",
        ":6:1: QT604 exec_() is gone in PyQt6",
        ":7:8: QT603 QVariant.Int does not exist in PyQt6",
    ):
        assert expected in out, out


def _check_package():
    spec = importlib.util.spec_from_file_location("check_package", ROOT / "scripts" / "check_package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


METADATA = """[general]
name=Demo
qgisMinimumVersion=3.34
qgisMaximumVersion={high}
description=d
about=a
version={version}
author=x
email=x@example.org
repository=https://example.org/r
tracker=https://example.org/t
homepage=https://example.org/h
supportsQt6=True
"""


def test_a_zip_the_repository_refuses_is_refused(tmp_path):
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("demo/__init__.py", "def classFactory(iface):\n    return None\n")
        archive.writestr("demo/metadata.txt", METADATA.format(high="3.28", version="0.1-beta"))
        archive.writestr("demo/__pycache__/x.cpython-311.pyc", b"\0")
    problems = _check_package().check_zip(bad, security=False)
    text = "\n".join(problems)
    assert "demo/__pycache__/x.cpython-311.pyc: cache" in text
    assert "no licence file" in text
    assert "qgisMaximumVersion 3.28 is below qgisMinimumVersion 3.34" in text
    assert "version '0.1-beta' is not digits and dots" in text
    assert len(problems) == 4

    good = tmp_path / "good.zip"
    with zipfile.ZipFile(good, "w") as archive:
        archive.writestr("demo/__init__.py", "def classFactory(iface):\n    return None\n")
        archive.writestr("demo/metadata.txt", METADATA.format(high="4.99", version="0.1.0"))
        archive.writestr("demo/LICENSE", "GPL-2.0-or-later")
    assert _check_package().check_zip(good, security=False) == []


def test_the_security_scan_finds_a_shell_call(tmp_path):
    tools = Path(tools_python()).parent
    zip_path = tmp_path / "shell.zip"
    with zipfile.ZipFile(zip_path, "w") as archive:
        archive.writestr(
            "demo/__init__.py", "import subprocess\n\n\ndef run(x):\n    subprocess.call('ls ' + x, shell=True)\n"
        )
        archive.writestr("demo/metadata.txt", METADATA.format(high="4.99", version="0.1.0"))
        archive.writestr("demo/LICENSE", "GPL-2.0-or-later")
    problems = _check_package().check_zip(zip_path, tools)
    assert len(problems) == 1 and problems[0].startswith("bandit found issues") and "B602" in problems[0]
