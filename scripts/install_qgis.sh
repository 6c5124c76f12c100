#!/usr/bin/env bash
# Install QGIS >= 3.34 and the few system packages the tests need, when the system Python cannot import them.
#
# Supported: Debian 12 (bookworm: QGIS 3.40 LTR from bookworm-backports) and Debian 13 (trixie: QGIS 3.44 from
# trixie-backports). Only the QGIS packages come from backports: an apt preferences file pins that suite for
# them alone (the suite's default priority, 100, keeps everything else on stable), so nothing else on the
# system is upgraded. `-t SUITE` for the whole transaction, as this script once did, also upgraded systemd.
# Elsewhere (Ubuntu, other distributions, Windows, macOS) it changes nothing and says what to install.
# Idempotent: does nothing when a recent enough QGIS, Xvfb, python3-venv and lrelease are present.
#
# ECOPARK_APT_SIMULATE=1 prints the apt transaction (apt-get -s) instead of installing it.
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
[ -x "$PY" ] && "$PY" -c "import pyproj" 2>/dev/null || need_pkgs+=(python3-pyproj)
[ -x "$PY" ] && "$PY" -c "import venv, ensurepip" 2>/dev/null || need_pkgs+=(python3-venv)
# PROJ's database (only recommended by libproj; without it no CRS can be built)
[ -f /usr/share/proj/proj.db ] || need_pkgs+=(proj-data)
# pyproj in a venv (sys.prefix is the venv) finds that database beside the proj program (Debian 13 has no
# other way in: PROJ_DATA unset, no data inside the package)
command -v proj >/dev/null || need_pkgs+=(proj-bin)
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

ID="" VERSION_CODENAME=""
[ -r /etc/os-release ] && . /etc/os-release
case "${ID:-}:${VERSION_CODENAME:-}" in
  debian:bookworm | debian:trixie) suite="${VERSION_CODENAME}-backports" ;;
  *)
    cat >&2 <<MSG
install_qgis: this script installs QGIS only on Debian 12 (bookworm) and Debian 13 (trixie); this system is
'${PRETTY_NAME:-$(uname -s)}'. Missing: ${need_pkgs[*]}.
  Ubuntu: add the qgis.org repository for your release (https://qgis.org/resources/installation-guide/), then
          sudo apt install qgis python3-qgis python3-pyproj python3-venv xvfb qttools5-dev-tools
  Windows, macOS: the QGIS installer from qgis.org; the plugin itself needs no make setup (see README, Install).
Then run make setup again.
MSG
    exit 1
    ;;
esac

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install_qgis: need root or sudo to install ${need_pkgs[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive

if ! grep -rqs -- "$suite" /etc/apt/sources.list /etc/apt/sources.list.d/; then
  $SUDO tee "/etc/apt/sources.list.d/$suite.sources" >/dev/null <<SRC
Types: deb
URIs: http://deb.debian.org/debian
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi
# QGIS's own binary packages (all built from the source package qgis) from backports; every other package,
# including QGIS's dependencies, stays on the stable release. Rewritten each time: it names only QGIS.
$SUDO tee /etc/apt/preferences.d/ecopark-qgis.pref >/dev/null <<PREF
Explanation: EcoPark (scripts/install_qgis.sh): QGIS >= 3.34 from $suite, nothing else from that suite
Package: qgis qgis-* python3-qgis python3-qgis-* libqgis*
Pin: release n=$suite
Pin-Priority: 500
PREF

$SUDO apt-get update -qq
if [ "${ECOPARK_APT_SIMULATE:-0}" = 1 ]; then
  apt-get install -s --no-install-recommends "${need_pkgs[@]}"
  exit 0
fi
$SUDO apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}"
have_qgis || { echo "install_qgis: QGIS >= 3.34 still not importable by $PY after installing from $suite" >&2; exit 1; }
echo "install_qgis: $("$PY" -c 'from qgis.core import Qgis; print("QGIS", Qgis.QGIS_VERSION)') from $suite"
