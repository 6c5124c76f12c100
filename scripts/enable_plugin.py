"""Enable or disable the plugin in a QGIS profile (the ``[PythonPlugins]`` section of QGIS3.ini).

Edits the file line by line, leaving every other setting as it is.
"""

from __future__ import annotations

import argparse
from pathlib import Path

KEY = "ecopark_plugin"


def set_enabled(ini: Path, enabled: bool) -> None:
    lines = ini.read_text(encoding="utf-8").splitlines() if ini.exists() else []
    value = f"{KEY}={'true' if enabled else 'false'}"
    out, in_section, done = [], False, False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("["):
            if in_section and not done:
                out.append(value)
                done = True
            in_section = stripped == "[PythonPlugins]"
        elif in_section and stripped.split("=", 1)[0] == KEY:
            if not done:
                out.append(value)
                done = True
            continue
        out.append(line)
    if not done:
        if not in_section:
            out += ["", "[PythonPlugins]"]
        out.append(value)
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profile-plugins", required=True, type=Path, help="<profile>/python/plugins")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--enable", action="store_true")
    group.add_argument("--disable", action="store_true")
    args = parser.parse_args()
    ini = args.profile_plugins.resolve().parents[1] / "QGIS" / "QGIS3.ini"
    set_enabled(ini, args.enable)
    print(f"{'enabled' if args.enable else 'disabled'} {KEY} in {ini}")
