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


def crosses_sea(lon1, lat1, lon2, lat2, max_sea_km: float = MAX_SEA_KM) -> np.ndarray:
    """For arrays of pairs: whether each straight line crosses more than ``max_sea_km`` of sea in a row."""
    lon1, lat1, lon2, lat2 = (np.asarray(x, dtype=float) for x in (lon1, lat1, lon2, lat2))
    out = np.zeros(len(lon1), dtype=bool)
    done: dict[tuple, bool] = {}
    for i in range(len(lon1)):
        key = (lon1[i], lat1[i], lon2[i], lat2[i])
        if key not in done:
            done[key] = longest_sea_km(*key) > max_sea_km
        out[i] = done[key]
    return out
