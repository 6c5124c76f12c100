"""Register hygiene: which of a register's facilities can take part in a proposal today.

A pollutant register lists every facility that ever reported. Left as it is, plants closed years ago
supply steam, a plant that changed its register id counts twice, and one plant appears as two partners.
:func:`register_status` marks each facility:

- ``active``: it reported within ``stale_years`` of the last year its country reports;
- ``stale``: it stopped reporting earlier (a closed, sold or merged plant);
- ``merged``: an earlier id of a plant that reports under a newer id at the same place (the same name
  stem within ``same_place_m``), or a second entry of the same plant; its newest id carries it on
  (``former_ids``), so a plant's history never makes it vanish.

The engine leaves every facility that is not ``active`` out of the choice unless the user keeps them.
"""

from __future__ import annotations

import re

import geopandas as gpd
import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from ..transport.geodesy import unit_vectors

#: years without a report after which a facility counts as stopped (assumption: E-PRTR reports are yearly
#: and a plant below the thresholds for a year or two may skip one; three missing years means it stopped)
STALE_YEARS = 2
#: two entries of one plant lie this close (assumption: a register's coordinates of one site differ by
#: its gate vs its centre, a few hundred metres)
SAME_PLACE_M = 500.0
EARTH_RADIUS_M = 6_371_000.0
#: legal forms and filler words left out of a name's stem
_LEGAL = re.compile(
    r"\b(a/s|as|ab|asa|aps|i/s|k/s|p/s|amba|a\.m\.b\.a|oy|oyj|gmbh|ag|ltd|plc|inc|sa|spa|bv|nv|v/|og|and|&|the)\b"
)


def name_stem(name: str) -> str:
    """A plant's name as words: lower case, no legal form, no punctuation."""
    text = _LEGAL.sub(" ", str(name).lower())
    return " ".join(re.findall(r"[a-z0-9æøåäöü]+", text))


def same_operator(a: str, b: str) -> bool:
    """Whether two name stems name one operator: the shorter is the start of the longer
    (``novozymes`` and ``novozymes kalundborg``; not ``kalundborg refinery`` and ``kalundborg forsyning``)."""
    x, y = a.split(), b.split()
    if not x or not y:
        return False
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return long_[: len(short)] == short


def register_status(
    sites: gpd.GeoDataFrame,
    stale_years: int = STALE_YEARS,
    same_place_m: float = SAME_PLACE_M,
    country: str = "country",
) -> gpd.GeoDataFrame:
    """Add ``register_status`` (active, stale, merged), ``status_reason`` and ``former_ids`` to a register's
    facilities (columns ``site_id``, ``name``, ``last_year``, optionally ``country``; points in EPSG:4326)."""
    out = sites.copy()
    n = len(out)
    status = np.array(["active"] * n, dtype=object)
    reason = np.array([""] * n, dtype=object)
    former = [[] for _ in range(n)]
    if n == 0:
        out["register_status"], out["status_reason"], out["former_ids"] = [], [], []
        return out
    years = out["last_year"].astype(int).to_numpy()
    stems = [name_stem(x) for x in out["name"]]
    points = out.geometry.to_crs("EPSG:4326") if out.crs is not None else out.geometry
    xyz = unit_vectors(points.x.to_numpy(), points.y.to_numpy())
    chord = same_place_m / EARTH_RADIUS_M
    for i, j in sorted(cKDTree(xyz).query_pairs(chord)):
        if not same_operator(stems[i], stems[j]):
            continue
        old, new = (i, j) if (years[i], str(out["site_id"].iat[i])) < (years[j], str(out["site_id"].iat[j])) else (j, i)
        if status[old] == "merged":
            continue
        status[old] = "merged"
        reason[old] = f"reports as {out['site_id'].iat[new]} ({out['name'].iat[new]}) at the same place"
        former[new].append(str(out["site_id"].iat[old]))
    groups = out[country] if country in out else pd.Series(["all"] * n, index=out.index)
    last = groups.map(pd.Series(years, index=out.index).groupby(groups).max()).to_numpy()
    stale = (last - years > stale_years) & (status == "active")
    status[stale] = "stale"
    reason[stale] = [
        f"last report {y}, {c}'s register runs to {m}" for y, c, m in zip(years[stale], groups[stale], last[stale])
    ]
    out["register_status"] = status
    out["status_reason"] = reason
    out["former_ids"] = [";".join(f) for f in former]
    return out
