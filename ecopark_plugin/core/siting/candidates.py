"""Top candidate sites for a new park, picked from a suitability grid (:mod:`.suitability`).

Greedy non-maximum suppression: the cells that are not excluded and score above 0 are taken best score
first (ties: lower ``cell_id``); a cell is chosen unless its centre lies closer than the minimum
separation to the centre of a cell already chosen. Each candidate is a distinct cell, and no two are
closer than the separation, so the list names different places rather than the neighbours of one peak.

Anchor tenants of a candidate: the existing suppliers whose by-products make up its exchange potential,
with the potential's own formula at the cell centre (``V * max(0, 1 - d * f / R)`` per by-product, summed
per supplier); the :data:`N_ANCHORS` largest contributions, in EUR/yr.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from scipy.spatial import cKDTree

from ..model.errors import InputError
from ..model.i18n import localised_number, translator
from ..model.parameters import Parameters
from ..symbiosis.catalogue import Catalogue
from .suitability import located_supplier_values

#: the checks of what this module is given, in the run's language
tr = translator("SitingErrors")

#: default minimum separation between candidates, in cell sides (assumption, EcoPark 2026: three cells
#: apart, the candidates are different places and not the edge of the same hot spot)
SEPARATION_CELLS = 3.0
#: anchor tenants listed per candidate
N_ANCHORS = 3
#: output fields besides the geometry
FIELDS = [
    "rank",
    "cell_id",
    "score",
    "s_exchange",
    "s_road",
    "s_rail",
    "s_housing",
    "exchange_eur",
    *[f"anchor_{i}{suffix}" for i in range(1, N_ANCHORS + 1) for suffix in ("", "_eur")],
    "anchors",
]


def cell_size_m(grid: gpd.GeoDataFrame) -> float:
    """Side of the grid's square cells (the first cell's width)."""
    xmin, _, xmax, _ = grid.geometry.iloc[0].bounds
    return float(xmax - xmin)


def pick_separated(xy: np.ndarray, score: np.ndarray, n: int, min_separation_m: float) -> np.ndarray:
    """Indices of up to ``n`` points, best ``score`` first, each at least ``min_separation_m`` from those
    chosen before it (greedy non-maximum suppression); ties go to the lower index."""
    order = np.argsort(-score, kind="stable")
    suppressed = np.zeros(len(xy), bool)
    tree = cKDTree(xy) if len(xy) else None
    chosen: list[int] = []
    for i in order:
        if len(chosen) >= n:
            break
        if suppressed[i]:
            continue
        chosen.append(int(i))
        if min_separation_m > 0:
            # closer than the separation is suppressed; exactly at it is allowed (the ball is closed,
            # so the points at the separation are re-checked)
            near = np.asarray(tree.query_ball_point(xy[i], min_separation_m), int)
            near = near[np.hypot(*(xy[near] - xy[i]).T) < min_separation_m]
            suppressed[near] = True
    return np.asarray(chosen, int)


def anchor_contributions(
    centres: np.ndarray, values: pd.DataFrame, supplier_xy: np.ndarray, detour_factor: float
) -> np.ndarray:
    """Each by-product's contribution to the exchange potential at each centre, EUR/yr: a
    ``len(centres) x len(values)`` array of ``V * max(0, 1 - d * f / R)``."""
    d = np.hypot(
        centres[:, None, 0] - supplier_xy[None, :, 0],
        centres[:, None, 1] - supplier_xy[None, :, 1],
    )
    reach = values["reach_km"].to_numpy(float) * 1000.0
    share = np.clip(1.0 - d * detour_factor / reach[None, :], 0.0, 1.0)
    return values["value_eur"].to_numpy(float)[None, :] * share


def _label(name, site_id) -> str:
    """The site's name, else its id."""
    return str(name).strip() if isinstance(name, str) and name.strip() else str(site_id)


def top_candidates(
    grid: gpd.GeoDataFrame,
    sites: gpd.GeoDataFrame,
    exchanges: pd.DataFrame,
    n: int = 5,
    min_separation_m: float | None = None,
    catalogue: Catalogue | None = None,
    params: Parameters | None = None,
) -> gpd.GeoDataFrame:
    """The ``n`` best separated cells of a suitability grid and the suppliers they would link to.

    Parameters
    ----------
    grid
        The output of :func:`.suitability.suitability_grid` (square cells, metric CRS).
    sites, exchanges
        The run's sites and exchanges that the grid was scored with.
    n
        Most candidates to return; fewer when the grid has fewer separated cells scoring above 0.
    min_separation_m
        Least distance between two candidates' cell centres, metres; default :data:`SEPARATION_CELLS`
        cell sides.
    catalogue, params
        As given to :func:`.suitability.suitability_grid` (defaults: the bundled catalogue, default
        parameters).

    Returns
    -------
    GeoDataFrame
        One point (the cell centre) per candidate in the grid's CRS, by ``rank`` (1 best), with
        :data:`FIELDS`: the cell's scores, ``anchor_1..3`` (supplier names, else ids) with their
        ``_eur`` contribution to the exchange potential there (EUR/yr; empty and NaN when fewer), and
        ``anchors`` the same as text.

    Raises
    ------
    InputError
        ``n`` below 1, a negative separation, a grid without the suitability fields.
    """
    if n < 1:
        raise InputError.single("candidates", tr("number of candidates {}: give 1 or more").format(n))
    missing = {"cell_id", "score", "excluded", "exchange_eur"} - set(grid.columns)
    if missing:
        raise InputError.single(
            "grid", tr("lacks the fields {}: give a suitability grid").format(", ".join(sorted(missing)))
        )
    params = params or Parameters()
    catalogue = catalogue or Catalogue.load()
    empty = gpd.GeoDataFrame({k: [] for k in FIELDS}, geometry=[], crs=grid.crs)
    if not len(grid):
        return empty
    if min_separation_m is None:
        min_separation_m = SEPARATION_CELLS * cell_size_m(grid)
    if not min_separation_m >= 0:
        raise InputError.single(
            "candidates",
            tr("minimum separation {} m: give 0 or more").format(localised_number(str(min_separation_m))),
        )

    open_cells = grid[(grid["excluded"].fillna("") == "") & (grid["score"] > 0)]
    if not len(open_cells):
        return empty
    centres_all = shapely.get_coordinates(open_cells.geometry.centroid.to_numpy())
    picked = pick_separated(centres_all, open_cells["score"].to_numpy(float), n, float(min_separation_m))
    chosen = open_cells.iloc[picked]
    centres = centres_all[picked]

    values, supplier_xy = located_supplier_values(sites, exchanges, catalogue, params, grid.crs)
    names = sites.set_index("site_id")["name"] if "name" in sites else pd.Series(dtype=object)
    out = pd.DataFrame({"rank": np.arange(1, len(chosen) + 1)})
    for field in FIELDS[1:8]:
        out[field] = chosen[field].to_numpy() if field in chosen else np.nan
    contrib = anchor_contributions(centres, values, supplier_xy, params.detour_factor)
    per_supplier = (
        pd.DataFrame(contrib.T, index=values["supplier"].to_numpy(), columns=range(len(chosen)))
        .groupby(level=0, sort=False)
        .sum()
    )
    texts = []
    for i in range(len(chosen)):
        best = per_supplier[i][per_supplier[i] > 0].sort_values(ascending=False, kind="stable").head(N_ANCHORS)
        labels = [_label(names.get(sid), sid) for sid in best.index]
        for k in range(N_ANCHORS):
            out.loc[i, f"anchor_{k + 1}"] = labels[k] if k < len(labels) else ""
            out.loc[i, f"anchor_{k + 1}_eur"] = float(best.iloc[k]) if k < len(labels) else np.nan
        texts.append("; ".join(f"{label} ({eur:,.0f} EUR/yr)" for label, eur in zip(labels, best.to_numpy())))
    out["anchors"] = texts
    return gpd.GeoDataFrame(out[FIELDS], geometry=shapely.points(centres), crs=grid.crs)
