"""Check a plugin zip as plugins.qgis.org checks an upload; exit 1 with one line per problem.

What is checked, after the repository's publishing page (plugins.qgis.org/docs/publish, read 2026-12) and
its upload validation: one top folder holding ``__init__.py`` and ``metadata.txt``; the metadata fields it
requires, a version of digits and dots, ``qgisMaximumVersion`` not below ``qgisMinimumVersion``, homepage,
repository and tracker as http(s) links; a licence file; no compiled or cached files (``*.pyc``,
``__pycache__``, ``.git``, ``__MACOSX``, hidden files) and no binaries; at most 25 MB; and the security
scan the repository runs on uploads: ``bandit`` with no finding, and ``flake8`` with no error of the
E9, F63, F7, F82 classes (syntax errors, undefined names, misplaced statements).

``--tools DIR`` says where bandit and flake8 are (make check-package passes .venv-tools/bin).
"""

from __future__ import annotations

import argparse
import configparser
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

MAX_BYTES = 25 * 1024 * 1024  # plugins.qgis.org/docs/publish: "should not exceed 25MB"
REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email")
LINKS = ("homepage", "repository", "tracker")
LICENCES = ("LICENSE", "LICENSE.txt", "LICENSE.md", "COPYING")
BINARY = (".pyc", ".pyo", ".so", ".dll", ".dylib", ".exe", ".pyd")
FLAKE8_ERRORS = "E9,F63,F7,F82"


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.split("."))


def check_zip(zip_path: Path, tools: Path | None = None, security: bool = True) -> list[str]:
    """Problems with the plugin zip ``zip_path``; empty when it would be accepted.

    ``security=False`` leaves out the bandit and flake8 scan (for a Python without them)."""
    problems: list[str] = []
    if zip_path.stat().st_size > MAX_BYTES:
        problems.append(f"{zip_path}: {zip_path.stat().st_size / 2**20:.1f} MB, over the repository's 25 MB")
    with zipfile.ZipFile(zip_path) as archive:
        bad = archive.testzip()
        if bad:
            problems.append(f"{zip_path}: {bad} is corrupt")
        names = archive.namelist()
        tops = {PurePosixPath(n).parts[0] for n in names}
        if len(tops) != 1:
            return [*problems, f"{zip_path}: needs exactly one top folder, has {sorted(tops)}"]
        top = tops.pop()
        for name in names:
            parts = PurePosixPath(name).parts
            if any(p in ("__pycache__", ".git", "__MACOSX") or p.startswith(".") for p in parts):
                problems.append(f"{zip_path}: {name}: cache, VCS or hidden file")
            elif name.endswith(BINARY):
                problems.append(f"{zip_path}: {name}: compiled or binary file")
        for needed in ("__init__.py", "metadata.txt"):
            if f"{top}/{needed}" not in names:
                problems.append(f"{zip_path}: {top}/{needed} is missing")
        if not any(f"{top}/{lic}" in names for lic in LICENCES):
            problems.append(f"{zip_path}: no licence file ({' or '.join(LICENCES)}) in {top}/")
        if f"{top}/metadata.txt" in names:
            problems += check_metadata(
                archive.read(f"{top}/metadata.txt").decode("utf-8"), f"{zip_path}:{top}/metadata.txt"
            )
        if security:
            with tempfile.TemporaryDirectory() as tmp:
                archive.extractall(tmp)
                problems += scan(Path(tmp) / top, tools)
    return problems


def check_metadata(text: str, where: str) -> list[str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys keep their case (qgisMinimumVersion)
    try:
        parser.read_string(text)
    except configparser.Error as exc:
        return [f"{where}: not readable as metadata: {exc}"]
    if not parser.has_section("general"):
        return [f"{where}: no [general] section"]
    meta = parser["general"]
    problems = [f"{where}: field {key} is missing or empty" for key in REQUIRED if not meta.get(key, "").strip()]
    for key in LINKS:
        if not re.match(r"https?://\S+$", meta.get(key, "").strip()):
            problems.append(f"{where}: field {key} must be an http(s) link, is {meta.get(key)!r}")
    if meta.get("version") and not re.fullmatch(r"\d+(\.\d+){0,3}", meta["version"].strip()):
        problems.append(f"{where}: version {meta['version']!r} is not digits and dots")
    low, high = meta.get("qgisMinimumVersion", "").strip(), meta.get("qgisMaximumVersion", "").strip()
    for key, value in (("qgisMinimumVersion", low), ("qgisMaximumVersion", high)):
        if value and not re.fullmatch(r"\d+\.\d+(\.\d+)?", value):
            problems.append(f"{where}: {key} {value!r} is not a QGIS version")
    if re.fullmatch(r"\d+\.\d+(\.\d+)?", low) and re.fullmatch(r"\d+\.\d+(\.\d+)?", high or "0.0"):
        if high and _version(high) < _version(low):
            problems.append(f"{where}: qgisMaximumVersion {high} is below qgisMinimumVersion {low}")
    for key in ("experimental", "deprecated", "supportsQt6", "hasProcessingProvider"):
        value = meta.get(key)
        if value is not None and value.strip().lower() not in ("true", "false", "yes", "no"):
            problems.append(f"{where}: {key} must be True or False, is {value!r}")
    return problems


def scan(folder: Path, tools: Path | None) -> list[str]:
    """bandit and flake8's error classes over the unpacked plugin."""
    problems = []

    def tool(name: str) -> str:
        return str(tools / name) if tools else name

    try:
        bandit = subprocess.run(
            [tool("bandit"), "-r", "-q", "-f", "txt", str(folder)], capture_output=True, text=True, check=False
        )
        if bandit.returncode != 0:
            problems.append(f"bandit found issues:\n{bandit.stdout.strip() or bandit.stderr.strip()}")
        flake8 = subprocess.run(
            [tool("flake8"), "--isolated", f"--select={FLAKE8_ERRORS}", str(folder)],
            capture_output=True,
            text=True,
            check=False,
        )
        if flake8.returncode != 0:
            problems.append(f"flake8 {FLAKE8_ERRORS}:\n{flake8.stdout.strip() or flake8.stderr.strip()}")
    except FileNotFoundError as exc:
        problems.append(f"{exc.filename} not found: make check-package installs bandit and flake8 into .venv-tools")
    return problems


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("zip", type=Path)
    parser.add_argument("--tools", type=Path, help="folder holding the bandit and flake8 executables")
    args = parser.parse_args()
    found = check_zip(args.zip, args.tools)
    for problem in found:
        print(problem)
    print(f"check_package: {args.zip}: {len(found)} problem(s)")
    sys.exit(1 if found else 0)
