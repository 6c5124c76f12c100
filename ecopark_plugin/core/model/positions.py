"""Whether a layer's positions can be where they say: a CRS that turns into longitude/latitude, and projected
positions that fall within reach of where their CRS is used."""

from __future__ import annotations

import math

import geopandas as gpd
from pyproj import CRS

from .errors import InputError
from .i18n import localised_number as _n
from .i18n import translator

tr = translator("InputErrors")


def check_crs_usable(crs, layer: str) -> None:
    """``InputError`` naming ``layer`` when its CRS cannot be turned into longitude/latitude (a layer written
    without one may carry an empty or unknown definition that passes as a CRS)."""
    from pyproj import Transformer
    from pyproj.exceptions import CRSError, ProjError

    try:
        Transformer.from_crs(CRS.from_user_input(crs), CRS.from_epsg(4326), always_xy=True)
    except (CRSError, ProjError) as exc:
        raise InputError.single(
            layer,
            tr("its coordinate reference system cannot be turned into longitude/latitude ({}); set its CRS").format(
                exc
            ),
        ) from exc


#: how far (degrees of longitude, latitude) a site may lie outside its projected CRS's area of use: national grids
#: and UTM zones are used beyond their bounds (UTM 32N over all of Norway, to 31 E), never a continent away;
#: degrees read as metres land near the equator and are always caught
AREA_OF_USE_MARGIN_DEG = (20.0, 5.0)


def outside_area_of_use(sites: gpd.GeoDataFrame) -> dict:
    """Sites of a projected layer that fall far outside where its CRS is used: feature id -> what was found.

    Degrees read as metres (``11.0, 55.6`` in SWEREF 99 TM lands near the equator) or metres of another zone
    give positions a PROJ transform accepts but that make no sense; empty for a geographic CRS or one
    without a known area of use."""
    crs = CRS.from_user_input(sites.crs)
    area = crs.area_of_use
    if crs.is_geographic or area is None or len(sites) == 0:
        return {}
    from pyproj import Transformer

    valid = sites.geometry.notna() & ~sites.geometry.is_empty
    if not valid.any():
        return {}
    points = sites.geometry[valid].representative_point()
    lon, lat = Transformer.from_crs(crs, CRS.from_epsg(4326), always_xy=True).transform(
        points.x.to_numpy(), points.y.to_numpy()
    )
    dx, dy = AREA_OF_USE_MARGIN_DEG
    bounds = (area.west, area.east, area.south, area.north)
    out = {}
    for fid, x, y, a, b in zip(points.index, points.x, points.y, lon, lat, strict=True):
        inside = math.isfinite(a) and math.isfinite(b)
        inside = inside and area.west - dx <= a <= area.east + dx and area.south - dy <= b <= area.north + dy
        if not inside:
            at = (
                tr("longitude {}, latitude {}").format(_n(f"{a:.2f}"), _n(f"{b:.2f}"))
                if math.isfinite(a + b)
                else tr("nowhere")
            )
            out[fid] = tr(
                "position {}, {} in {} falls at {}, far from where that CRS is used ({}: longitude {} to {}, latitude "
                "{} to {}): are the coordinates in another CRS (degrees, another zone)? Give the one they are in "
                "(--sites-crs, or the layer's CRS)"
            ).format(
                *(_n(f"{v:g}") for v in (x, y)), crs.name, at, area.name.rstrip("."), *(_n(f"{v:g}") for v in bounds)
            )
    return out
