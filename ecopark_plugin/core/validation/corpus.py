"""The corpus of documented industrial-symbiosis networks (``resources/validation/<network>/``).

Each network folder holds ``network.json`` (name, country, references), ``sites.csv`` (the partners, with
their NACE Rev.2 code and location) and ``exchanges.csv`` (the documented flows, each with its source).
:func:`load_corpus` reads and checks them; an error names the file, the row and the column.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd

from ..model.errors import CatalogueError
from ..symbiosis.catalogue import FAMILIES, RESOURCES

CORPUS_DIR = RESOURCES / "validation"
SITE_COLUMNS = ("id", "name", "nace", "lon", "lat", "location_method", "location_precision_m", "source")
EXCHANGE_COLUMNS = ("supplier", "receiver", "stream", "family", "quantity", "unit", "year", "status", "source")
STATUSES = ("operating", "ended", "planned")


@dataclass
class Network:
    """One documented network: its partners as sites and its documented exchanges."""

    id: str
    name: str
    country: str
    sites: gpd.GeoDataFrame
    exchanges: pd.DataFrame
    references: list[dict] = field(default_factory=list)
    folder: Path | None = None


def _problem(path: Path, row: int | None, column: str, text: str) -> str:
    where = f"{path}" + (f", row {row}" if row is not None else "")
    return f"{where}, column '{column}': {text}"


def _read(path: Path, columns: tuple[str, ...]) -> pd.DataFrame:
    if not path.is_file():
        raise CatalogueError(f"{path}: file missing (a network folder needs network.json, sites.csv, exchanges.csv)")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise CatalogueError(f"{path}: missing columns {', '.join(missing)}")
    return frame


def load_network(folder: Path) -> Network:
    """Read and check one network folder."""
    folder = Path(folder)
    meta_path = folder / "network.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogueError(f"{meta_path}: cannot read ({exc})") from exc
    sites = _read(folder / "sites.csv", SITE_COLUMNS)
    exchanges = _read(folder / "exchanges.csv", EXCHANGE_COLUMNS)
    problems = []
    keys = {r.get("key") for r in meta.get("references", [])}
    spath, epath = folder / "sites.csv", folder / "exchanges.csv"
    for i, row in sites.iterrows():
        n = i + 2  # the header is row 1
        try:
            lon, lat = float(row["lon"]), float(row["lat"])
            if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                problems.append(_problem(spath, n, "lon/lat", f"{lon}, {lat} is not a WGS 84 position"))
        except ValueError:
            problems.append(_problem(spath, n, "lon/lat", f"'{row['lon']}', '{row['lat']}' are not numbers"))
        if not row["nace"] or not row["nace"].replace(".", "").isdigit():
            problems.append(_problem(spath, n, "nace", f"'{row['nace']}' is not a NACE Rev.2 code such as 35.11"))
    if sites["id"].duplicated().any():
        problems.append(
            _problem(spath, None, "id", f"ids repeat: {sorted(set(sites['id'][sites['id'].duplicated()]))}")
        )
    ids = set(sites["id"])
    for i, row in exchanges.iterrows():
        n = i + 2
        for end in ("supplier", "receiver"):
            if row[end] not in ids:
                problems.append(_problem(epath, n, end, f"'{row[end]}' is not a site id of sites.csv"))
        if row["family"] not in FAMILIES:
            problems.append(_problem(epath, n, "family", f"'{row['family']}' is not one of {', '.join(FAMILIES)}"))
        if row["status"] not in STATUSES:
            problems.append(_problem(epath, n, "status", f"'{row['status']}' is not one of {', '.join(STATUSES)}"))
        if not row["source"].strip():
            problems.append(_problem(epath, n, "source", "every documented exchange names its source"))
        elif keys and not any(k and k in row["source"] for k in keys):
            problems.append(_problem(epath, n, "source", "names no reference key of network.json"))
    if problems:
        raise CatalogueError("\n".join(problems))
    geometry = gpd.points_from_xy(sites["lon"].astype(float), sites["lat"].astype(float))
    frame = gpd.GeoDataFrame(
        pd.DataFrame({"site_id": sites["id"], "name": sites["name"], "nace": sites["nace"]}),
        geometry=geometry,
        crs="EPSG:4326",
    )
    return Network(
        meta.get("id", folder.name),
        meta.get("name", folder.name),
        meta.get("country", ""),
        frame,
        exchanges,
        meta.get("references", []),
        folder,
    )


def load_corpus(folder: Path | None = None, only: list[str] | None = None) -> list[Network]:
    """Every network folder under ``folder`` (the shipped corpus by default), sorted by id."""
    folder = Path(folder) if folder else CORPUS_DIR
    names = sorted(p.name for p in folder.iterdir() if (p / "network.json").is_file())
    if only:
        unknown = sorted(set(only) - set(names))
        if unknown:
            raise CatalogueError(f"{folder}: no network {', '.join(unknown)} (there are {', '.join(names)})")
        names = [n for n in names if n in only]
    return [load_network(folder / n) for n in names]
