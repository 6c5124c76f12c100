"""Top candidate sites (core/candidates.py): separation, exclusions and anchor tenants on grids with a known answer."""

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from ecopark_plugin.core.model.errors import InputError
from ecopark_plugin.core.model.parameters import Parameters
from ecopark_plugin.core.siting.candidates import FIELDS, pick_separated, top_candidates
from ecopark_plugin.core.siting.suitability import square_grid, suitability_grid
from ecopark_plugin.core.symbiosis.catalogue import Catalogue

UTM = "EPSG:32632"
NO_SITES = gpd.GeoDataFrame({"site_id": [], "name": []}, geometry=[], crs=UTM)
NO_EXCHANGES = pd.DataFrame({"supplier": [], "stream": [], "rule_id": [], "net_benefit": [], "feasible": []})


def synthetic_grid():
    """20 x 20 cells of 1 km scoring 0.1, a peak of 1 at (row 2, col 2) with a 0.95 neighbour at (2, 3),
    a second peak of 0.9 at (15, 15) and an excluded cell (10, 10) that would score 0.99."""
    grid = square_grid((0, 0, 20_000, 20_000), 1000, UTM)
    grid["score"] = 0.1
    for row, col, score in ((2, 2, 1.0), (2, 3, 0.95), (15, 15, 0.9), (10, 10, 0.99)):
        grid.loc[(grid["row"] == row) & (grid["col"] == col), "score"] = score
    grid["excluded"] = np.where((grid["row"] == 10) & (grid["col"] == 10), "lake", "")
    grid["exchange_eur"] = 0.0
    for name in ("s_exchange", "s_road", "s_rail", "s_housing"):
        grid[name] = np.nan
    return grid


def cells_of(candidates):
    return [(int(c) - 1) // 20 for c in candidates["cell_id"]], [(int(c) - 1) % 20 for c in candidates["cell_id"]]


def test_two_far_peaks_are_both_chosen_and_the_neighbour_and_excluded_cell_skipped():
    got = top_candidates(synthetic_grid(), NO_SITES, NO_EXCHANGES, n=3, min_separation_m=3000)
    rows, cols = cells_of(got)
    # (2, 2) first; (10, 10) excluded; (2, 3) 1 km from the first; (15, 15) second; then the first 0.1 cell
    # (lowest id) at least 3 km from both: (0, 5) is sqrt(3^2 + 2^2) = 3.6 km from (2, 2), (0, 4) only 2.8 km
    assert list(zip(rows, cols)) == [(2, 2), (15, 15), (0, 5)]
    assert got["rank"].tolist() == [1, 2, 3]
    assert got["score"].tolist() == pytest.approx([1.0, 0.9, 0.1])
    assert list(got.columns) == [*FIELDS, "geometry"]
    # points at the cell centres
    assert (got.geometry.x.iloc[0], got.geometry.y.iloc[0]) == (2500.0, 2500.0)
    xy = np.column_stack([got.geometry.x, got.geometry.y])
    assert min(np.hypot(*(xy[i] - xy[j])) for i in range(3) for j in range(i)) >= 3000


def test_without_separation_the_neighbour_comes_second_but_never_the_same_cell():
    got = top_candidates(synthetic_grid(), NO_SITES, NO_EXCHANGES, n=3, min_separation_m=0)
    rows, cols = cells_of(got)
    assert list(zip(rows, cols)) == [(2, 2), (2, 3), (15, 15)]
    assert got["cell_id"].is_unique


def test_default_separation_is_three_cells():
    # (2, 3) is 1 cell from the peak, (2, 5) exactly 3: allowed
    grid = synthetic_grid()
    grid.loc[(grid["row"] == 2) & (grid["col"] == 5), "score"] = 0.92
    got = top_candidates(grid, NO_SITES, NO_EXCHANGES, n=2)
    assert list(zip(*cells_of(got))) == [(2, 2), (2, 5)]


def test_excluded_and_zero_cells_are_never_chosen():
    grid = synthetic_grid()
    grid["score"] = 0.0
    grid.loc[grid["excluded"] != "", "score"] = 0.99
    assert len(top_candidates(grid, NO_SITES, NO_EXCHANGES, n=5)) == 0


def test_pick_separated_is_greedy_by_score():
    xy = np.array([[0.0, 0.0], [500.0, 0.0], [2000.0, 0.0], [2600.0, 0.0]])
    assert pick_separated(xy, np.array([0.5, 0.9, 0.8, 0.7]), 10, 1000).tolist() == [1, 2]


def test_anchors_are_the_suppliers_contributing_most_with_the_potential_formula():
    # A (1 M EUR/yr) and B (0.4 M) a few km from the grid, C (2 M) beyond the rule's reach; D has a loss
    sites = gpd.GeoDataFrame(
        {"site_id": ["A", "B", "C", "D"], "name": ["Alpha power", "", "Gamma", "Delta"]},
        geometry=[
            shapely.Point(600_500, 6_100_500),
            shapely.Point(605_500, 6_100_500),
            shapely.Point(1_000_000, 6_100_500),
            shapely.Point(601_500, 6_100_500),
        ],
        crs=UTM,
    )
    exchanges = pd.DataFrame(
        {
            "supplier": ["A", "B", "C", "D"],
            "stream": ["fgd_gypsum"] * 4,
            "rule_id": ["R038"] * 4,
            "net_benefit": [1_000_000.0, 400_000.0, 2_000_000.0, -5.0],
            "feasible": [True] * 4,
        }
    )
    params = Parameters()
    grid = suitability_grid(sites, exchanges, (600_000, 6_100_000, 610_000, 6_110_000), 1000, crs=UTM, params=params)
    got = top_candidates(grid, sites, exchanges, n=1, params=params)
    best = got.iloc[0]
    # only the exchange criterion has data: the best cell is the one on A
    assert (best.geometry.x, best.geometry.y) == (600_500, 6_100_500)
    reach = float(Catalogue.load().rules.set_index("rule_id").at["R038", "max_km_truck"]) * 1000
    f = params.detour_factor
    assert best["anchor_1"] == "Alpha power" and best["anchor_1_eur"] == pytest.approx(1_000_000.0)
    # B has no name: its id; 5 km away
    assert best["anchor_2"] == "B"
    assert best["anchor_2_eur"] == pytest.approx(400_000.0 * (1 - 5000 * f / reach))
    assert best["anchor_3"] == "" and np.isnan(best["anchor_3_eur"])
    # the contributions add up to the cell's potential
    assert best["anchor_1_eur"] + best["anchor_2_eur"] == pytest.approx(best["exchange_eur"])
    assert best["anchors"] == f"Alpha power (1,000,000 EUR/yr); B ({best['anchor_2_eur']:,.0f} EUR/yr)"


def test_bad_input_is_named():
    with pytest.raises(InputError, match="number of candidates"):
        top_candidates(synthetic_grid(), NO_SITES, NO_EXCHANGES, n=0)
    with pytest.raises(InputError, match="separation"):
        top_candidates(synthetic_grid(), NO_SITES, NO_EXCHANGES, min_separation_m=-1)
    with pytest.raises(InputError, match="score"):
        top_candidates(synthetic_grid().drop(columns="score"), NO_SITES, NO_EXCHANGES)
