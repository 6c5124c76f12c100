"""Land and sea: a truck cannot drive across open sea, whatever a straight line times a detour factor says.

Without a road network a truck's distance is the straight line times the detour factor; that is only
sound over land. :func:`longest_sea_km` samples the great circle between two points on the GLOBE 1 km
land mask (PyPI package ``global-land-mask``) and returns the longest unbroken stretch of sea on it.
The mask knows no bridges or tunnels: a line over the Great Belt or the Oresund counts as sea, so without
a road network such pairs go by ship (when ports are given) or not at all; a road network routes them.
"""

from __future__ import annotations

import numpy as np

from .geodesy import geodesic_km

#: the longest stretch of sea (km) a straight truck line may cross: a river mouth or a fjord's neck
#: (assumption, EcoPark 2026; the mask's cells are about 1 km)
MAX_SEA_KM = 3.0
STEP_KM = 1.0


def _great_circle_points(lon1, lat1, lon2, lat2, n: int):
    """``n`` points evenly spaced on the great circle from (lon1, lat1) to (lon2, lat2), degrees."""

    def xyz(lon, lat):
        lon, lat = np.radians(lon), np.radians(lat)
        return np.array([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])

    a, b = xyz(lon1, lat1), xyz(lon2, lat2)
    omega = np.arccos(np.clip(np.dot(a, b), -1.0, 1.0))
    t = np.linspace(0.0, 1.0, n)
    if omega < 1e-12:
        v = np.repeat(a[None, :], n, axis=0)
    else:
        v = (np.sin((1 - t) * omega)[:, None] * a + np.sin(t * omega)[:, None] * b) / np.sin(omega)
    return np.degrees(np.arctan2(v[:, 1], v[:, 0])), np.degrees(np.arcsin(np.clip(v[:, 2], -1.0, 1.0)))


def longest_sea_km(lon1, lat1, lon2, lat2, step_km: float = STEP_KM) -> float:
    """The longest unbroken stretch of sea (km) on the straight line between two points."""
    from global_land_mask import globe

    km = float(geodesic_km(lon1, lat1, lon2, lat2))
    n = max(2, int(np.ceil(km / step_km)) + 1)
    lon, lat = _great_circle_points(lon1, lat1, lon2, lat2, n)
    sea = ~globe.is_land(lat, lon)
    if not sea.any():
        return 0.0
    edges = np.diff(np.concatenate(([0], sea.astype(int), [0])))
    runs = np.flatnonzero(edges == -1) - np.flatnonzero(edges == 1)
    return float(runs.max()) * km / (n - 1)


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
        out[part] = _crosses_sea(lon1[part], lat1[part], lon2[part], lat2[part], max_sea_km, step_km)
    return out


def _crosses_sea(lon1, lat1, lon2, lat2, max_sea_km: float, step_km: float) -> np.ndarray:
    from global_land_mask import globe

    if len(lon1) == 0:
        return np.zeros(0, dtype=bool)
    km = np.asarray(geodesic_km(lon1, lat1, lon2, lat2), dtype=float)
    n = np.maximum(2, np.ceil(km / step_km).astype(int) + 1)
    pair = np.repeat(np.arange(len(n)), n)
    first = np.concatenate(([0], np.cumsum(n)[:-1]))
    t = (np.arange(pair.size) - first[pair]) / (n[pair] - 1)
    a, b = _unit(lon1, lat1), _unit(lon2, lat2)
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
        lengths = np.bincount(run[sea])
        run_pair = pair[np.flatnonzero(start)]
        np.maximum.at(longest, run_pair, lengths)
    return longest * km / (n - 1) > max_sea_km


def _unit(lon, lat) -> np.ndarray:
    lon, lat = np.radians(lon), np.radians(lat)
    return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])
