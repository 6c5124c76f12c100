"""The plugin's Python dependencies: where a deployment put them, and which ones are missing."""

from __future__ import annotations

import importlib.util
import platform
import sys
from pathlib import Path

REQUIRED = ("numpy", "pandas", "scipy", "shapely", "pyproj", "geopandas", "networkx", "global_land_mask")
#: the names to install by, where they differ from the module's
PIP_NAMES = {"global_land_mask": "global-land-mask"}
#: modules Debian does not package: installed with pip
NOT_IN_DEBIAN = frozenset({"global_land_mask"})
#: written by ``make deploy``: one directory per line, added in front of sys.path
PATHS_FILE = Path(__file__).with_name("deps_path.txt")


def add_deployed_paths() -> list[str]:
    """Put the directories named in ``deps_path.txt`` (if any) in front of ``sys.path``."""
    added = []
    if PATHS_FILE.exists():
        for line in PATHS_FILE.read_text(encoding="utf-8").splitlines():
            path = line.strip()
            if path and Path(path).is_dir() and path not in sys.path:
                sys.path.insert(0, path)
                added.append(path)
    return added


def missing() -> list[str]:
    """Names of the required modules that cannot be imported."""
    return [name for name in REQUIRED if importlib.util.find_spec(name) is None]


def install_hint(names: list[str]) -> str:
    """How to install ``names`` for the QGIS of this platform."""
    packages = " ".join(PIP_NAMES.get(n, n) for n in names)
    system = platform.system()
    if system == "Windows":
        return f"open the OSGeo4W Shell and run: python -m pip install {packages}"
    if system == "Darwin":
        return f"run in a terminal: /Applications/QGIS.app/Contents/MacOS/bin/pip3 install {packages}"
    debian = " ".join(f"python3-{n}" for n in names if n not in NOT_IN_DEBIAN)
    pip_only = " ".join(PIP_NAMES.get(n, n) for n in names if n in NOT_IN_DEBIAN)
    steps = []
    if debian:
        steps.append(f"sudo apt install {debian}")
    if pip_only:
        steps.append(f"python3 -m pip install --user {pip_only}")
    return (
        f"on Debian/Ubuntu run: {' and '.join(steps)} (or, from a source checkout, make deploy); "
        f"elsewhere: pip install {packages} for the Python QGIS uses"
    )
