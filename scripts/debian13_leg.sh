#!/usr/bin/env bash
# The second test leg: Debian 13 (trixie), QGIS 3.44 from trixie-backports, Python 3.13, numpy 2 and the
# current scientific stack (requirements-debian13.txt), in a throwaway Debian 13 root made by debootstrap.
#
# The root (QGIS installed by scripts/install_qgis.sh, a venv from requirements-debian13.txt) is cached under
# $ECOPARK_CACHE (default /var/cache/ecopark), keyed by a hash of what it installs; a change to any of those
# files builds a new one and removes the old. The repository is bind-mounted read-write at /work/repo/main
# and its ../shared beside it, so the tests see the same relative paths as on the host.
#
#   bash scripts/debian13_leg.sh            build the root if needed, run the unit and QGIS tests in it
#                                           (ECOPARK_PYTEST_ARGS: more pytest arguments, e.g. -x or -k)
#   bash scripts/debian13_leg.sh build      only build (or find) the root
#   bash scripts/debian13_leg.sh newest     the unit tests on the newest PyPI releases, on its Python 3.13
#   bash scripts/debian13_leg.sh shell      an interactive shell in it (for debugging)
# Needs root (debootstrap, chroot, mount) and the debootstrap package (installed when missing).
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
SHARED_DIR="$(readlink -f "$REPO/../shared" 2>/dev/null || true)"
CACHE="${ECOPARK_CACHE:-/var/cache/ecopark}"
MIRROR="${ECOPARK_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
mode="${1:-test}"

[ "$(id -u)" -eq 0 ] || { echo "debian13_leg: needs root (debootstrap, chroot, mount)" >&2; exit 1; }
# each run in a mount namespace of its own: its /proc, /dev, /tmp and the repository's bind mount are seen by it
# alone, so two runs on one machine (a developer's and CI's, both using the cached root) neither mount over nor
# unmount each other's, and nothing stays mounted when a run is killed
if [ -z "${ECOPARK_LEG_NAMESPACE:-}" ] && command -v unshare >/dev/null; then
  ECOPARK_LEG_NAMESPACE=1 exec unshare --mount --propagation private bash "$0" "$@"
fi
command -v debootstrap >/dev/null || {
  apt-get -o DPkg::Lock::Timeout=600 update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends debootstrap
}

# what the root is made of; bump RECIPE when build_root changes what it builds
RECIPE=1
inputs=(scripts/install_qgis.sh requirements-debian13.txt)
key="$( (echo "recipe $RECIPE"; cd "$REPO" && cat "${inputs[@]}") | sha256sum | cut -c1-16)"
ROOT="$CACHE/trixie-$key"

mounts=()
cleanup() {
  local m
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
    m="${mounts[$i]}"
    umount -l "$m" 2>/dev/null || true
  done
  mounts=()
}
trap cleanup EXIT
bind() { # bind SRC DEST: mount SRC at DEST inside the root, unmounted on exit
  mkdir -p "$2"
  mount --bind "$1" "$2"
  mounts+=("$2")
}
sys_mounts() { # the kernel file systems a chroot needs
  local r="$1"
  mkdir -p "$r/proc" "$r/dev" "$r/sys" "$r/tmp"
  mount -t proc proc "$r/proc" && mounts+=("$r/proc")
  bind /dev "$r/dev"
  mount -t devpts devpts "$r/dev/pts" -o newinstance,ptmxmode=0666 2>/dev/null && mounts+=("$r/dev/pts") || true
  mount -t tmpfs tmpfs "$r/tmp" && mounts+=("$r/tmp")
  cp /etc/resolv.conf "$r/etc/resolv.conf"
  # pip in the root trusts what the host trusts (a proxy's own certificate authority, for one)
  local ca="${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}"
  [ -r "$ca" ] && mkdir -p "$r/opt/ecopark" && cp "$ca" "$r/opt/ecopark/host-ca.crt"
}
in_root() { # run a command in the root with a clean environment
  chroot "$1" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    QT_QPA_PLATFORM=offscreen DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 ECOPARK_PYTEST_ARGS="${ECOPARK_PYTEST_ARGS:-}" PIP_CERT=/opt/ecopark/host-ca.crt PIP_DEFAULT_TIMEOUT=180 "${@:2}"
}

build_root() {
  # one build at a time: a second run waits for the first's root instead of building into the same folder
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.build.lock"
  flock 9
  build_root_locked
  flock -u 9
  exec 9>&-
}

build_root_locked() {
  [ -f "$ROOT/.ecopark-ready" ] && { echo "debian13_leg: cached root $ROOT"; return; }
  # built in $ROOT.part, one stamp per stage, so an interrupted build resumes where it stopped
  local tmp="$ROOT.part" started=$SECONDS
  mkdir -p "$CACHE"
  if [ ! -f "$tmp/.stage-debootstrap" ]; then
    rm -rf "$tmp"
    echo "debian13_leg: debootstrap trixie -> $tmp"
    debootstrap --variant=minbase trixie "$tmp" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 ||
      { tail -20 "$CACHE/debootstrap.log" >&2; exit 1; }
    touch "$tmp/.stage-debootstrap"
  fi
  sys_mounts "$tmp"
  mkdir -p "$tmp/opt/ecopark"
  cp "$REPO/scripts/install_qgis.sh" "$REPO/requirements-debian13.txt" "$tmp/opt/ecopark/"
  if [ ! -f "$tmp/.stage-qgis" ]; then
    # the project's own installer, as a user on Debian 13 would run it
    in_root "$tmp" bash /opt/ecopark/install_qgis.sh
    in_root "$tmp" apt-get clean
    touch "$tmp/.stage-qgis"
  fi
  in_root "$tmp" /usr/bin/python3 -m venv --system-site-packages /opt/ecopark/venv
  in_root "$tmp" /opt/ecopark/venv/bin/pip install --quiet -r /opt/ecopark/requirements-debian13.txt
  cleanup
  touch "$tmp/.ecopark-ready"
  # only one root per machine: the old ones (other keys) go
  find "$CACHE" -maxdepth 1 -name 'trixie-*' ! -name "trixie-$key" ! -name "trixie-$key.part" -exec rm -rf {} +
  mv "$tmp" "$ROOT"
  echo "debian13_leg: root built in $((SECONDS - started)) s"
}

build_root
[ "$mode" = build ] && exit 0

sys_mounts "$ROOT"
bind "$REPO" "$ROOT/work/repo/main"
[ -n "$SHARED_DIR" ] && [ -d "$SHARED_DIR" ] && bind "$SHARED_DIR" "$ROOT/work/repo/shared"
if [ "$mode" = newest ]; then
  # the engine's unit tests on the newest PyPI releases, on Python 3.13 (several dropped 3.11 already): a
  # venv without system packages, made afresh in the root's /tmp (a tmpfs) on every run
  in_root "$ROOT" bash -c '
    set -e
    cd /work/repo/main
    python3 -m venv /tmp/newest
    /tmp/newest/bin/pip install --quiet numpy pandas geopandas shapely scipy networkx pyproj pyogrio global-land-mask \
      $(grep -E "^(pytest|pypdf|hypothesis)==" requirements-dev.txt)
    /tmp/newest/bin/python -c "import sys, numpy, pandas, geopandas, shapely, scipy, networkx, pyproj
print(\"newest on Python\", sys.version.split()[0] + \":\", *(f\"{m.__name__} {m.__version__}\" for m in (numpy, pandas, geopandas, shapely, scipy, networkx, pyproj)))"
    /tmp/newest/bin/python -m pytest tests/unit -q -p no:pytest_qgis -p no:cacheprovider
  '
  exit
fi
if [ "$mode" = shell ]; then
  in_root "$ROOT" bash -c 'cd /work/repo/main && exec bash -i'
  exit
fi
in_root "$ROOT" bash -c '
  set -e
  cd /work/repo/main
  py=/opt/ecopark/venv/bin/python
  $py -c "import sys, numpy, scipy, pandas; from qgis.core import Qgis
print(\"Debian 13 leg: QGIS\", Qgis.QGIS_VERSION, \"Python\", sys.version.split()[0], \"numpy\", numpy.__version__,
      \"scipy\", scipy.__version__, \"pandas\", pandas.__version__)"
  $py -m pytest tests/unit -q -p no:pytest_qgis -p no:cacheprovider $ECOPARK_PYTEST_ARGS
  $py -m pytest tests/qgis -q -p no:cacheprovider $ECOPARK_PYTEST_ARGS
'
