"""Straight-line distances on the ellipsoid, whatever the layer's CRS.

Sites are reduced to one point each (the point itself, or a point inside the polygon), taken to
WGS 84 longitude/latitude, and measured with :class:`pyproj.Geod` on the WGS 84 ellipsoid.
"""

from __future__ import annotations

import warnings

import geopandas as gpd
import numpy as np
from pyproj import CRS, Geod, Transformer

WGS84 = CRS.from_epsg(4326)
GEOD = Geod(ellps="WGS84")
#: mean Earth radius (IUGG), km: only for the spherical search radius of the KD-tree
EARTH_RADIUS_KM = 6371.0088


def anchor_points(sites: gpd.GeoSeries):
    """One point per site, in the sites' CRS: a point as it is, a polygon's centroid when it lies
    inside the polygon, else a point guaranteed inside (for C- or ring-shaped sites)."""
    geoms = sites.geometry if isinstance(sites, gpd.GeoDataFrame) else sites
    with warnings.catch_warnings():
        # in degrees a centroid is slightly off, which is fine for a site a few hundred metres wide
        warnings.simplefilter("ignore", UserWarning)
        centroids = geoms.centroid
    inside = centroids.within(geoms) | (geoms.geom_type.isin(["Point", "MultiPoint"]) & geoms.is_valid)
    return centroids.where(inside, geoms.representative_point())


def lonlat(sites: gpd.GeoDataFrame | gpd.GeoSeries) -> tuple[np.ndarray, np.ndarray]:
    """Longitude and latitude (degrees, WGS 84) of every site's anchor point."""
    pts = anchor_points(sites)
    x, y = pts.x.to_numpy(), pts.y.to_numpy()
    crs = CRS.from_user_input(sites.crs)
    if crs.equals(WGS84) or (crs.is_geographic and crs.to_epsg() == 4326):
        return x, y
    transformer = Transformer.from_crs(crs, WGS84, always_xy=True)
    return transformer.transform(x, y)


def geodesic_km(lon1, lat1, lon2, lat2) -> np.ndarray:
    """Geodesic distance in km between arrays of points (degrees)."""
    _, _, metres = GEOD.inv(
        np.asarray(lon1, float), np.asarray(lat1, float), np.asarray(lon2, float), np.asarray(lat2, float)
    )
    return np.asarray(metres) / 1000.0


def unit_vectors(lon, lat) -> np.ndarray:
    """Points on the unit sphere: Euclidean (chord) distance there is monotone in arc distance,
    so a KD-tree on them finds neighbours within a great-circle radius anywhere on Earth."""
    lam, phi = np.radians(lon), np.radians(lat)
    return np.column_stack((np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)))


def chord_radius(km: float) -> float:
    """Chord length on the unit sphere for an arc of ``km`` (with 1 % slack for the ellipsoid)."""
    angle = min(np.pi, km * 1.01 / EARTH_RADIUS_KM)
    return 2.0 * np.sin(angle / 2.0)
