#!/usr/bin/env bash
# Install QGIS >= 3.34 from the distribution when the system Python cannot import it.
# Debian 12 (bookworm) ships 3.22, so the LTR comes from bookworm-backports.
# Idempotent: does nothing when a recent enough QGIS is already importable.
set -euo pipefail

PY=/usr/bin/python3
have_qgis() {
  "$PY" - <<'PYEOF' 2>/dev/null
import sys
from qgis.core import Qgis
major, minor = (int(x) for x in Qgis.QGIS_VERSION.split(".")[:2])
sys.exit(0 if (major, minor) >= (3, 34) else 1)
PYEOF
}

need_pkgs=()
have_qgis || need_pkgs+=(python3-qgis qgis-providers qgis)
command -v Xvfb >/dev/null || need_pkgs+=(xvfb)
# pyproj built against the same PROJ library as QGIS (a PyPI wheel brings a second PROJ that crashes QGIS)
"$PY" -c "import pyproj" 2>/dev/null || need_pkgs+=(python3-pyproj)
[ -x "$PY" ] && "$PY" -c "import venv, ensurepip" 2>/dev/null || need_pkgs+=(python3-venv)
# lrelease compiles the translations for make package and the tests (Debian's /usr/bin/lrelease is a
# qtchooser wrapper that fails without the Qt 5 tools behind it)
have_lrelease() {
  [ -x /usr/lib/qt5/bin/lrelease ] || { command -v lrelease >/dev/null && lrelease -version >/dev/null 2>&1; }
}
have_lrelease || need_pkgs+=(qttools5-dev-tools)

if [ ${#need_pkgs[@]} -eq 0 ]; then
  echo "install_qgis: QGIS >= 3.34, Xvfb, python3-venv and lrelease already present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install_qgis: need root or sudo to install ${need_pkgs[*]}" >&2; exit 1; }
  SUDO="sudo"
fi

. /etc/os-release
export DEBIAN_FRONTEND=noninteractive
target=()
if [ "${ID:-}" = "debian" ] && [ "${VERSION_CODENAME:-}" = "bookworm" ]; then
  list=/etc/apt/sources.list.d/bookworm-backports.sources
  if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    $SUDO tee "$list" >/dev/null <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  fi
  target=(-t bookworm-backports)
fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${target[@]}" "${need_pkgs[@]}"
have_qgis || { echo "install_qgis: QGIS >= 3.34 still not importable by $PY; on this distribution add the qgis.org repository (https://qgis.org/resources/installation-guide/)" >&2; exit 1; }
