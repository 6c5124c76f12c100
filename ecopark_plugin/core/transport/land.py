"""Land and sea: a truck cannot drive across open sea, whatever a straight line times a detour factor says.

Without a road network a truck's distance is the straight line times the detour factor; that is only
sound over land. :func:`longest_sea_km` samples the great circle between two points on the GLOBE 1 km
land mask (PyPI package ``global-land-mask``) and returns the longest unbroken stretch of sea on it.
The mask knows no bridges or tunnels: a line over the Great Belt or the Oresund counts as sea, so without
a road network such pairs go by ship (when ports are given) or not at all; a road network routes them.
"""

from __future__ import annotations

import numpy as np

from .geodesy import geodesic_km, unit_vectors

#: the longest stretch of sea (km) a straight truck line may cross: a river mouth or a fjord's neck
#: (assumption, EcoPark 2026; the mask's cells are about 1 km)
MAX_SEA_KM = 3.0
STEP_KM = 1.0


def longest_sea_km(lon1, lat1, lon2, lat2, step_km: float = STEP_KM) -> float:
    """The longest unbroken stretch of sea (km) on the straight line between two points."""
    return float(
        _longest_sea_km(*(np.atleast_1d(np.asarray(v, dtype=float)) for v in (lon1, lat1, lon2, lat2)), step_km)[0]
    )


#: pairs sampled together: bounds the memory of one pass (a few hundred thousand points)
CHUNK_PAIRS = 2000


def crosses_sea(lon1, lat1, lon2, lat2, max_sea_km: float = MAX_SEA_KM, step_km: float = STEP_KM) -> np.ndarray:
    """For arrays of pairs: whether each straight line crosses more than ``max_sea_km`` of sea in a row.

    Pairs are sampled in chunks (every ``step_km`` along each great circle) and each chunk is looked up on
    the mask in one call; the longest run of sea samples is found per pair.
    """
    lon1, lat1, lon2, lat2 = (np.asarray(x, dtype=float) for x in (lon1, lat1, lon2, lat2))
    out = np.zeros(len(lon1), dtype=bool)
    for start in range(0, len(lon1), CHUNK_PAIRS):
        part = slice(start, start + CHUNK_PAIRS)
        out[part] = _longest_sea_km(lon1[part], lat1[part], lon2[part], lat2[part], step_km) > max_sea_km
    return out


def _longest_sea_km(lon1, lat1, lon2, lat2, step_km: float) -> np.ndarray:
    """The longest stretch of sea (km) on each pair's great circle, sampled every ``step_km``."""
    from global_land_mask import globe

    if len(lon1) == 0:
        return np.zeros(0)
    km = np.asarray(geodesic_km(lon1, lat1, lon2, lat2), dtype=float).reshape(-1)
    n = np.maximum(2, np.ceil(km / step_km).astype(int) + 1)
    pair = np.repeat(np.arange(len(n)), n)
    first = np.concatenate(([0], np.cumsum(n)[:-1]))
    t = (np.arange(pair.size) - first[pair]) / (n[pair] - 1)
    a, b = unit_vectors(lon1, lat1), unit_vectors(lon2, lat2)
    omega = np.arccos(np.clip(np.einsum("ij,ij->i", a, b), -1.0, 1.0))
    w = omega[pair]
    safe = np.where(w < 1e-12, 1.0, np.sin(w))
    wa = np.where(w < 1e-12, 1.0 - t, np.sin((1 - t) * w) / safe)
    wb = np.where(w < 1e-12, t, np.sin(t * w) / safe)
    v = wa[:, None] * a[pair] + wb[:, None] * b[pair]
    lon = np.degrees(np.arctan2(v[:, 1], v[:, 0]))
    lat = np.degrees(np.arcsin(np.clip(v[:, 2] / np.linalg.norm(v, axis=1), -1.0, 1.0)))
    sea = ~globe.is_land(lat, lon)
    # runs of consecutive sea samples within a pair: a run starts at a sea sample whose predecessor is land
    # or belongs to another pair
    start = sea & np.concatenate(([True], ~sea[:-1] | (pair[1:] != pair[:-1])))
    run = np.cumsum(start) - 1
    longest = np.zeros(len(n))
    if sea.any():
        np.maximum.at(longest, pair[np.flatnonzero(start)], np.bincount(run[sea]))
    return longest * km / (n - 1)
