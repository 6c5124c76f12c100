#!/usr/bin/env bash
# PostgreSQL with PostGIS and pgRouting from the distribution, for the PostGIS tests and the pgRouting
# backend (tests/postgres_server.py starts a throwaway server of its own; the packages' default cluster is
# not used), plus Debian's psycopg2 for the plugin's PostGIS reader and writer.
# Idempotent: does nothing when all are there. Without root or sudo it says what is missing and stops
# without failing: the PostGIS tests then skip, naming the reason.
set -euo pipefail

have_all() {
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
    && ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 \
    && ls /usr/share/postgresql/*/extension/pgrouting.control >/dev/null 2>&1 \
    && /usr/bin/python3 -c "import psycopg2" 2>/dev/null
}
if have_all; then
  echo "install_postgis: PostgreSQL, PostGIS, pgRouting and psycopg2 already present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "install_postgis: need root or sudo to install postgresql postgresql-postgis postgresql-pgrouting python3-psycopg2; the PostGIS tests will skip" >&2
    exit 0
  fi
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# the meta packages follow the distribution's PostgreSQL (15 on Debian 12, 17 on Debian 13)
$SUDO apt-get install -y -qq --no-install-recommends postgresql postgresql-postgis postgresql-pgrouting python3-psycopg2
