"""GeoPackage outputs of an algorithm written all or nothing: into a temporary copy, moved into place at the end.

A Processing feature sink writes into its file as it goes: a run that fails or is cancelled after its first
output would leave a scenario GeoPackage with the new exchanges beside the old sites. :class:`StagedOutputs`
points every output that names a GeoPackage (``ogr:dbname='x.gpkg' table="exchanges" (geom)`` or a plain
``x.gpkg``) at a temporary GeoPackage in the same folder, a copy of the existing file when the output adds a
layer to it; :meth:`StagedOutputs.commit` moves each copy over its file, as the runner's ``write_gpkg`` does.
Until then the earlier file is not opened for writing.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from ..core.model.errors import EcoParkError
from ..i18n import translator

tr = translator("SafeOutputs")
_OGR_URI = re.compile(r"^ogr:dbname='(?P<path>(?:[^']|'')+)'(?P<rest>.*)$", re.DOTALL)


def gpkg_destination(value) -> tuple[Path, bool] | None:
    """The GeoPackage an output's destination string names, and whether it adds a layer to that file (an
    ``ogr:`` URI with a table) rather than replacing the file; ``None`` for anything else."""
    if not isinstance(value, str):
        return None
    match = _OGR_URI.match(value.strip())
    text, adds = (match.group("path").replace("''", "'"), True) if match else (value.strip(), False)
    if "|" in text or not text.lower().endswith(".gpkg"):
        return None
    return Path(text).expanduser().resolve(), adds


def _retarget(value: str, tmp: Path) -> str:
    match = _OGR_URI.match(value.strip())
    if match:
        return "ogr:dbname='" + str(tmp).replace("'", "''") + "'" + match.group("rest")
    return str(tmp)


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of the GeoPackage ``source`` (SQLite's backup: what a QGIS session still holds in
    its write-ahead log too) at ``target``."""
    try:
        with (
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(target)) as dst,
        ):
            src.backup(dst)
    except sqlite3.Error as exc:
        raise EcoParkError(
            tr("{path} cannot be read to keep its other layers ({error}); choose another file").format(
                path=source, error=exc
            )
        ) from exc


class StagedOutputs:
    """The parameters of a run with its GeoPackage outputs pointed at temporary copies.

    Use as a context manager: the copies are removed on leaving unless :meth:`commit` moved them into place.
    """

    def __init__(self, parameters: dict, keys):
        self.parameters = dict(parameters)
        #: real GeoPackage -> its temporary copy
        self.files: dict[Path, Path] = {}
        for key in keys:
            value = self.parameters.get(key)
            sink = getattr(value, "sink", None)  # a QgsProcessingOutputLayerDefinition
            text = sink.staticValue() if sink is not None else value
            found = gpkg_destination(text)
            if found is None:
                continue
            path, adds = found
            tmp = self.files.get(path) or self._temporary(path, adds)
            self.files[path] = tmp
            retargeted = _retarget(text, tmp)
            if sink is not None:
                from qgis.core import QgsProcessingOutputLayerDefinition, QgsProperty

                copy = QgsProcessingOutputLayerDefinition(value)
                copy.sink = QgsProperty.fromValue(retargeted)
                self.parameters[key] = copy
            else:
                self.parameters[key] = retargeted

    def _temporary(self, path: Path, adds: bool) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        # one dot only: QGIS picks the driver of an ogr: URI's new file from all that follows the first dot
        stem = path.stem.replace(".", "_")
        fd, name = tempfile.mkstemp(prefix=f"{stem}-partial-", suffix=".gpkg", dir=path.parent)
        os.close(fd)
        os.remove(name)
        tmp = Path(name)
        if adds and path.exists():
            _copy(path, tmp)
        return tmp

    def real(self, text):
        """``text`` (a destination or layer source) with each temporary file named by its real one."""
        if not isinstance(text, str):
            return text
        for path, tmp in self.files.items():
            text = text.replace(str(tmp), str(path))
        return text

    def staged(self, path: Path) -> Path | None:
        """The temporary copy standing for the GeoPackage ``path`` (``None`` when no output names it)."""
        return self.files.get(Path(path).resolve())

    def commit(self, context=None, outputs: dict | None = None) -> dict:
        """Move every temporary copy over its file; the layers Processing loads on completion and ``outputs``'s
        destinations then name the real files. Returns ``outputs`` so renamed."""
        for path, tmp in self.files.items():
            if not tmp.exists():
                continue
            if Path(f"{tmp}-wal").exists():
                # a writer left its write-ahead log: fold it in, or the moved file would lack its last pages
                with closing(sqlite3.connect(tmp)) as db:
                    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            os.replace(tmp, path)
        if context is not None:
            layers = context.layersToLoadOnCompletion()
            if any(self.real(key) != key for key in layers):
                context.setLayersToLoadOnCompletion({self.real(key): details for key, details in layers.items()})
        return {key: self.real(value) for key, value in (outputs or {}).items()}

    def discard(self) -> None:
        for tmp in self.files.values():
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"), Path(f"{tmp}-journal")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.discard()
