"""A throwaway PostgreSQL + PostGIS (+ pgRouting) server for the tests, as pytest-postgresql starts one.

Debian's server binaries (``/usr/lib/postgresql/<version>/bin``, installed by ``make setup`` through
scripts/install_postgis.sh) run an ``initdb`` cluster in a temporary folder, listening only on a Unix
socket in that folder (no TCP port), as the ``postgres`` system user when the tests run as root (the
server refuses root). The cluster is removed when the server stops.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path


def server_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


def why_not() -> str | None:
    """Why no server can be started here (None: it can)."""
    if server_bin() is None:
        return "PostgreSQL is not installed (make setup installs postgresql, postgresql-postgis, postgresql-pgrouting)"
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        return "psycopg2 is not installed (Debian python3-psycopg2)"
    share = (
        Path(glob.glob("/usr/share/postgresql/*/extension")[-1])
        if glob.glob("/usr/share/postgresql/*/extension")
        else None
    )
    if share is None or not list(share.glob("postgis.control")):
        return "PostGIS is not installed for this PostgreSQL (Debian postgresql-postgis)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server as"
    return None


class Server:
    """``start()``, then ``dsn(dbname)``; ``stop()`` removes everything."""

    def __init__(self, port: int = 54329):
        self.bin = server_bin()
        self.folder = Path(tempfile.mkdtemp(prefix="ecopark-pg-"))
        self.data = self.folder / "data"
        self.port = port
        self.user = "ecopark"
        self._as = None
        if os.geteuid() == 0:
            entry = pwd.getpwnam("postgres")
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        command = (self._as or []) + [str(self.bin / args[0]), *args[1:]]
        proc = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{proc.stdout}\n{proc.stderr}")

    def start(self) -> Server:
        self._run("initdb", "-D", str(self.data), "-U", self.user, "-A", "trust", "-E", "UTF8", "--no-sync")
        options = f"-c listen_addresses='' -c unix_socket_directories='{self.folder}' -p {self.port} -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-o", options, "-w", "start")
        return self

    def dsn(self, dbname: str = "postgres") -> str:
        return f"host={self.folder} port={self.port} user={self.user} dbname={dbname}"

    def create_database(self, name: str, extensions=("postgis",)) -> str:
        import psycopg2

        conn = psycopg2.connect(self.dsn())
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}"')
        conn.close()
        conn = psycopg2.connect(self.dsn(name))
        conn.autocommit = True
        with conn.cursor() as cur:
            for extension in extensions:
                cur.execute(f"CREATE EXTENSION IF NOT EXISTS {extension}")
        conn.close()
        return self.dsn(name)

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
