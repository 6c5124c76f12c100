"""Build the plugin zip as plugins.qgis.org expects it.

One top folder ``ecopark_plugin`` holding the code, ``metadata.txt``, ``resources/`` (without the
sample data's build inputs), README, LICENSE and compiled translations (``i18n/*.qm``) when .ts
sources exist. The unpacked tree is left in ``build/package`` for ``make deploy``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = "ecopark_plugin"
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "deps_path.txt", ".pytest_cache")


def lrelease() -> str:
    """Qt's lrelease: where Debian's qttools5-dev-tools puts it, or on PATH."""
    for candidate in (
        "/usr/lib/qt5/bin/lrelease",
        shutil.which("lrelease"),
        shutil.which("lrelease-qt5"),
        "/usr/lib/qt6/bin/lrelease",
    ):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise SystemExit("lrelease not found: install Qt's translation tools (Debian: qttools5-dev-tools; make setup does)")


def compile_translations(target: Path) -> list[Path]:
    """``resources/i18n/ecopark_<lang>.ts`` -> ``target/ecopark_<lang>.qm``; the files written."""
    written = []
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        target.mkdir(parents=True, exist_ok=True)
        qm = target / f"{ts.stem}.qm"
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def build(out_zip: Path, stage: Path | None = None) -> Path:
    """Zip the plugin into ``out_zip``, staged in ``stage`` (``build/package``, which ``make deploy`` copies;
    the tests give their own, so two test runs on one checkout do not clear each other's)."""
    stage = stage or ROOT / "build" / "package"
    shutil.rmtree(stage, ignore_errors=True)
    target = stage / PKG
    shutil.copytree(ROOT / PKG, target, ignore=SKIP)
    shutil.copytree(ROOT / "resources", target / "resources", ignore=SKIP)
    for name in ("metadata.txt", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, target / name)
    compile_translations(target / "i18n")
    out_zip = out_zip if out_zip.is_absolute() else ROOT / out_zip
    out_zip.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_zip.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(target.rglob("*")):
            archive.write(path, path.relative_to(stage).as_posix())
    tmp.replace(out_zip)
    return out_zip


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--stage", type=Path, help="folder to stage the plugin in (default: build/package)")
    args = parser.parse_args()
    print(f"built {build(args.out, args.stage)}")
