"""Register hygiene: which of a register's facilities can take part in a proposal today.

A pollutant register lists every facility that ever reported. Left as it is, plants closed years ago
supply steam, a plant that changed its register id counts twice, and one plant appears as two partners.
:func:`register_status` marks each facility:

- ``active``: it reported within ``stale_years`` of the last year its country reports;
- ``stale``: it stopped reporting earlier (a closed, sold or merged plant);
- ``merged``: an earlier id of a plant that reports under a newer id at the same place (the same name
  stem within ``same_place_m``), or a second entry of the same plant; its newest id carries it on
  (``former_ids``), so a plant's history never makes it vanish;
- ``reserve``: its name marks a reserve or peak-load plant (Danish *reservecentral*, *spidslast*; Swedish
  *reservkraft*, *topplast*; Norwegian *reservekraft*, *spisslast*), which runs a few hundred hours a year
  and cannot promise a neighbour steady steam or heat;
- ``confidential``: the register withholds its address (``addressConfidentialityReason``), so its
  position cannot be used to measure distances.

The engine leaves every facility that is not ``active`` out of the choice unless the user keeps them.
"""

from __future__ import annotations

import re
import unicodedata

import geopandas as gpd
import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from ..model.i18n import translator
from ..transport.geodesy import unit_vectors

#: why a facility is not active (``status_reason``) and why two names are one operator's, in the run's language
tr = translator("RegisterImport")

#: years without a report after which a facility counts as stopped (assumption, EcoPark 2026: E-PRTR
#: reports are yearly, but a plant that falls below the reporting thresholds for a few years stops
#: reporting while it still operates, as Novozymes Kalundborg did after 2020; five missing years means
#: it stopped)
STALE_YEARS = 4
#: two entries of one plant lie this close (assumption: a register's coordinates of one site differ by
#: its gate vs its centre, a few hundred metres)
SAME_PLACE_M = 500.0
EARTH_RADIUS_M = 6_371_000.0
#: name words that mark a reserve or peak-load plant (Danish, Swedish, Norwegian, English)
RESERVE_WORDS = re.compile(r"\b(reserv(?!oir)\w*|spidslast\w*|spisslast\w*|topplast\w*|peak ?load\w*)")
#: legal forms dropped before names are compared (Nordic and a few others)
LEGAL_FORMS = frozenset(
    "a s as asa ab publ aps a m b a amba i s k s p s smba oy oyj gmbh ltd plc inc bv nv sa ag hf ehf".split()
)


#: letters that Unicode does not split into a base letter and an accent (Nordic and a few more)
_UNFOLDED = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "þ": "th", "ł": "l"})


def normalise_name(name) -> str:
    """Lower case, accents and punctuation gone, parentheses and legal forms (A/S, AB, AS, ApS ...) dropped."""
    text = str(name or "").lower().translate(_UNFOLDED)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"\([^)]*\)", " ", text)
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    while words and words[-1] in LEGAL_FORMS:
        words.pop()
    # 'A/S' becomes 'a s': drop the pair wherever it stands ('A/S Ostbirk ...')
    joined = " " + " ".join(words) + " "
    for form in (" a s ", " i s ", " k s ", " p s ", " a m b a "):
        joined = joined.replace(form, " ")
    return " ".join(w for w in joined.split() if w not in LEGAL_FORMS)


def same_operator(a, b) -> str:
    """Why two names are one operator's ('' if they are not): equal once normalised, one the start of
    the other, or the same first two words."""
    x, y = normalise_name(a).split(), normalise_name(b).split()
    if not x or not y:
        return ""
    if x == y:
        return tr("same name")
    short, long_ = sorted((x, y), key=len)
    if long_[: len(short)] == short:
        return tr("'{}' starts both names").format(" ".join(short))
    # one shared first word is not enough: it is often the town ("Kalundborg Refinery", "Kalundborg
    # Forsyning"; "Hurum Paper Mill", "Hurum Energigjenvinning"); two are the operator's name
    if len(x) > 1 and len(y) > 1 and x[:2] == y[:2]:
        return tr("same operator '{}'").format(" ".join(x[:2]))
    return ""


def register_status(
    sites: gpd.GeoDataFrame,
    stale_years: int = STALE_YEARS,
    same_place_m: float = SAME_PLACE_M,
    country: str = "country",
) -> gpd.GeoDataFrame:
    """Add ``register_status`` (active, stale, merged, reserve, confidential), ``status_reason`` and ``former_ids`` to a register's
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
    stems = list(out["name"])
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
        reason[old] = tr("reports as {} ({}) at the same place").format(out["site_id"].iat[new], out["name"].iat[new])
        former[new].append(str(out["site_id"].iat[old]))
    groups = out[country] if country in out else pd.Series(["all"] * n, index=out.index)
    last = groups.map(pd.Series(years, index=out.index).groupby(groups).max()).to_numpy()
    stale = (last - years > stale_years) & (status == "active")
    status[stale] = "stale"
    # years are dates, not figures: written as they are in any language
    reason[stale] = [
        tr("last report {}, {}'s register runs to {}").format(y, c, m)
        for y, c, m in zip(years[stale], groups[stale], last[stale])
    ]
    reserve = np.array([bool(RESERVE_WORDS.search(normalise_name(nm))) for nm in out["name"]]) & (status == "active")
    status[reserve] = "reserve"
    reason[reserve] = tr("its name marks a reserve or peak-load plant: no steady supply to promise a neighbour")
    if "confidential" in out:
        secret = out["confidential"].fillna(False).astype(bool).to_numpy() & (status == "active")
        status[secret] = "confidential"
        reason[secret] = tr("the register withholds its address: the position is not the plant's")
    out["register_status"] = status
    out["status_reason"] = reason
    out["former_ids"] = [";".join(f) for f in former]
    return out
