"""The suitability surface (core/suitability.py) on hand-checkable grids and on the Kalundborg sample."""

import math
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from ecopark_plugin.core.model.errors import Cancelled, InputError
from ecopark_plugin.core.model.parameters import Parameters
from ecopark_plugin.core.siting.suitability import (
    HOUSING_FULL_MULTIPLE,
    ROAD_ZERO_M,
    exchange_potential,
    suitability_grid,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample_data" / "kalundborg.gpkg"
UTM = "EPSG:32632"
#: a plain 10 x 10 km square, cells of 1 km; the supplier sits in the lower left cell
EXTENT = (600_000.0, 6_100_000.0, 610_000.0, 6_110_000.0)


def sites_and_exchanges(net=1_000_000.0, rule="R038", feasible=True):
    sites = gpd.GeoDataFrame(
        {"site_id": ["A", "B"]},
        geometry=[shapely.Point(600_500, 6_100_500), shapely.Point(640_000, 6_140_000)],
        crs=UTM,
    )
    exchanges = pd.DataFrame(
        {"supplier": ["A"], "stream": ["fgd_gypsum"], "rule_id": [rule], "net_benefit": [net], "feasible": [feasible]}
    )
    return sites, exchanges


def cell(grid, row, col):
    return grid[(grid["row"] == row) & (grid["col"] == col)].iloc[0]


def test_cell_count_is_ceil_of_extent_over_cell():
    sites, ex = sites_and_exchanges()
    grid = suitability_grid(sites, ex, (600_000, 6_100_000, 610_500, 6_103_200), 1000, crs=UTM)
    assert len(grid) == math.ceil(10.5) * math.ceil(3.2) == 44
    assert grid.crs == UTM
    assert np.allclose(grid.area, 1e6)
    square = suitability_grid(sites, ex, EXTENT, 1000, crs=UTM)
    assert len(square) == 100


def test_exchange_potential_decays_linearly_with_distance():
    # reach 10 km, detour 1.25: full value on the supplier, half at 4 km, nothing beyond 8 km
    centres = np.array([[0.0, 0.0], [4000.0, 0.0], [8000.0, 0.0], [9000.0, 0.0]])
    got = exchange_potential(centres, np.array([[0.0, 0.0]]), np.array([100.0]), np.array([10_000.0]), 1.25)
    assert got == pytest.approx([100.0, 50.0, 0.0, 0.0])


def test_cell_next_to_a_supplier_scores_higher_than_a_far_one():
    sites, ex = sites_and_exchanges()
    grid = suitability_grid(sites, ex, EXTENT, 1000, crs=UTM, params=Parameters(detour_factor=1.3))
    near, far = cell(grid, 0, 0), cell(grid, 9, 9)
    assert near["s_exchange"] == 1.0 and near["exchange_eur"] == pytest.approx(1_000_000.0)
    assert near["s_exchange"] > far["s_exchange"] > 0
    # gypsum by truck: the catalogue's R038 reach; straight 9 x sqrt(2) km x 1.3
    from ecopark_plugin.core.symbiosis.catalogue import Catalogue

    reach = float(Catalogue.load().rules.set_index("rule_id").at["R038", "max_km_truck"])
    assert far["exchange_eur"] == pytest.approx(1e6 * (1 - 9000 * math.sqrt(2) * 1.3 / (reach * 1000)))
    # only the criteria with data count: here the score is the exchange score
    assert grid["score"].to_numpy() == pytest.approx(grid["s_exchange"].to_numpy())
    assert grid["s_road"].isna().all()


def test_infeasible_or_losing_exchanges_give_no_potential():
    for kwargs in ({"feasible": False}, {"net": -5.0}):
        sites, ex = sites_and_exchanges(**kwargs)
        grid = suitability_grid(sites, ex, EXTENT, 1000, crs=UTM)
        assert (grid["exchange_eur"] == 0).all() and (grid["score"] == 0).all()


def test_cell_inside_the_housing_zone_is_excluded():
    sites, ex = sites_and_exchanges()
    home = gpd.GeoDataFrame(geometry=[shapely.Point(605_500, 6_105_500)], crs=UTM)
    # class III: 300 m; the home sits in the middle of cell (5, 5), 500 m from its neighbours' edges
    grid = suitability_grid(sites, ex, EXTENT, 1000, housing=home, hazard_class=3, crs=UTM)
    excluded = grid[grid["excluded"] != ""]
    assert list(zip(excluded["row"], excluded["col"])) == [(5, 5)]
    assert excluded["excluded"].iat[0] == "housing inside the class III zone (300 m)"
    assert excluded["score"].iat[0] == 0
    # the neighbour: 500 m away, (500 - 300) / (2 x 300)
    assert cell(grid, 5, 6)["s_housing"] == pytest.approx((500 - 300) / ((HOUSING_FULL_MULTIPLE - 1) * 300))
    assert cell(grid, 0, 0)["s_housing"] == 1.0
    # class I: 1000 m excludes the ring of eight neighbours too
    wide = suitability_grid(sites, ex, EXTENT, 1000, housing=home, hazard_class=1, crs=UTM)
    assert (wide["excluded"] != "").sum() == 9


def test_exclusion_polygon_excludes_exactly_the_cells_it_touches():
    sites, ex = sites_and_exchanges()
    # a lake over parts of cells (2..3, 4) and (2..3, 5)
    lake = gpd.GeoDataFrame(geometry=[shapely.box(604_200, 6_102_100, 605_300, 6_103_900)], crs=UTM)
    grid = suitability_grid(sites, ex, EXTENT, 1000, exclusions={"lakes": lake}, crs=UTM)
    excluded = grid[grid["excluded"] != ""]
    assert sorted(zip(excluded["row"], excluded["col"])) == [(2, 4), (2, 5), (3, 4), (3, 5)]
    assert set(excluded["excluded"]) == {"lakes"}
    assert (excluded["score"] == 0).all() and (grid.loc[grid["excluded"] == "", "score"] > 0).all()


def test_weights_change_the_ranking():
    sites, ex = sites_and_exchanges()
    # a road along the top edge of the grid, far from the supplier in the lower left
    road = gpd.GeoDataFrame(geometry=[shapely.LineString([(600_000, 6_110_000), (610_000, 6_110_000)])], crs=UTM)
    near_supplier, near_road = (0, 0), (9, 0)

    def best(weights):
        grid = suitability_grid(sites, ex, EXTENT, 1000, weights=weights, road=road, crs=UTM)
        top = grid.loc[grid["score"].idxmax()]
        return (top["row"], top["col"]), grid

    assert best({"exchange": 1.0, "road": 0.0})[0] == near_supplier
    where, grid = best({"exchange": 0.0, "road": 1.0})
    assert where[0] == 9
    assert cell(grid, *near_road)["s_road"] == pytest.approx(1 - 500 / ROAD_ZERO_M)
    # equal weights: the mean of the two scores
    _, grid = best({"exchange": 1.0, "road": 1.0})
    c = cell(grid, 4, 4)
    assert c["score"] == pytest.approx((c["s_exchange"] + c["s_road"]) / 2)


def test_bad_input_is_named():
    sites, ex = sites_and_exchanges()
    with pytest.raises(InputError, match="hazard class 7"):
        suitability_grid(sites, ex, EXTENT, 1000, hazard_class=7, crs=UTM)
    with pytest.raises(InputError, match="unknown criteria"):
        suitability_grid(sites, ex, EXTENT, 1000, weights={"noise": 1.0}, crs=UTM)
    with pytest.raises(InputError, match="feasible"):
        suitability_grid(sites, ex.drop(columns="feasible"), EXTENT, 1000, crs=UTM)
    with pytest.raises(InputError, match="not projected in metres"):
        suitability_grid(sites, ex, EXTENT, 1000, crs="EPSG:4326")
    with pytest.raises(Cancelled):
        suitability_grid(sites, ex, EXTENT, 1000, crs=UTM, is_cancelled=lambda: True)


def test_kalundborg_sample_surface_peaks_at_the_industrial_cluster():
    from ecopark_plugin.core.symbiosis.engine import run

    sites = gpd.read_file(SAMPLE, layer="sites")
    streams = pd.DataFrame(gpd.read_file(SAMPLE, layer="streams")).drop(columns="geometry", errors="ignore")
    result = run(sites, streams)
    stages = []
    grid = suitability_grid(result.sites, result.exchanges, None, 2000, progress=lambda p, s: stages.append(s))
    assert grid.crs.to_epsg() == 32632  # Kalundborg, 11.1 E: UTM zone 32
    assert stages[0] == "Building the grid" and stages[-1] == "Suitability done"
    top = grid.loc[grid["score"].idxmax(), "geometry"]
    asv = result.sites.to_crs(grid.crs).set_index("site_id").at["ASV", "geometry"]
    # the best cell lies within a few km of the power station, the largest supplier
    assert top.centroid.distance(asv) < 5000
    assert grid["score"].between(0, 1).all() and grid["score"].max() == 1.0


def test_reach_respects_the_runs_distance_cap():
    from ecopark_plugin.core.siting.suitability import supplier_values
    from ecopark_plugin.core.symbiosis.catalogue import Catalogue

    _, exchanges = sites_and_exchanges()
    catalogue = Catalogue.load()
    free = supplier_values(exchanges, catalogue, Parameters())
    capped = supplier_values(exchanges, catalogue, Parameters(max_km=(10.0, 0.0, 0.0, 0.0)))
    assert free["reach_km"].iloc[0] > 10  # the gypsum rule's own truck limit
    assert capped["reach_km"].iloc[0] == 10
