"""Housing inside the zones: buildings, residential land and population, before and after, and risk bands."""

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely import Point, box

from ecopark_plugin.core.model.errors import InputError
from ecopark_plugin.core.model.inputs import validate_sites
from ecopark_plugin.core.model.parameters import Parameters
from ecopark_plugin.core.zones import housing
from ecopark_plugin.core.zones import protection as zones
from ecopark_plugin.core.zones.impact import assess

X0, Y0 = 600_000.0, 6_170_000.0


def site(nace="35.11", hazard=None, x=0.0):
    frame = gpd.GeoDataFrame(
        {"site_id": ["S0"], "name": ["power station"], "nace": [nace], "hazard_class": [hazard]},
        geometry=[Point(X0 + x, Y0)],
        crs=25832,
    )
    return validate_sites(frame)


def building(x, y, side=10.0):
    return box(X0 + x, Y0 + y, X0 + x + side, Y0 + y + side)


def ash_exchange(taken):
    return pd.DataFrame(
        {
            "supplier": ["S0"],
            "stream": ["fly_ash"],
            "family": ["minerals"],
            "supply": [1000.0],
            "quantity_selected": [taken],
            "selected": [taken > 0],
        }
    )


def test_buildings_counted_before_and_after_with_estimated_population():
    # class I (1000 m) falls to class II (500 m) when the ash is diverted
    homes = gpd.GeoDataFrame(
        {"building": ["yes"] * 4, "levels": [3, np.nan, 2, 5]},
        geometry=[building(100, 0), building(700, 0), building(995, 0), building(3000, 0)],
        crs=25832,
    )
    params = Parameters()
    h = housing.prepare_housing(homes, params=params)
    assert h.kind == "buildings"
    # 100 m2 x storeys / 45 m2 per person; the unmapped one gets the default 2 storeys
    assert h.frame["population"].tolist() == pytest.approx([100 * 3 / 45, 100 * 2 / 45, 100 * 2 / 45, 100 * 5 / 45])
    impact = assess(site(), ash_exchange(1000), housing=h, params=params)
    totals = impact.summary["housing"]
    assert (totals["housing_before"], totals["housing_after"]) == (3, 1)  # the 995 m one touches the zone
    assert totals["pop_freed"] == pytest.approx(4 * 100 / 45)
    conflicts = impact.conflicts.sort_values("pop_before")
    assert conflicts["status"].value_counts().to_dict() == {"freed by the exchanges": 2, "still inside a zone": 1}
    assert set(conflicts["sites_before"]) == {"S0"}
    assert conflicts.crs.to_epsg() == 25832
    zones_after = impact.reduction.after
    assert zones_after.loc[0, "housing_in_zone"] == 1 and impact.reduction.before.loc[0, "housing_in_zone"] == 3


def test_residential_land_is_shared_by_area():
    # a 2 km x 200 m residential block from x=-1000 to 1000 around a class IV (100 m) site at its middle
    land = gpd.GeoDataFrame(
        {"landuse": ["residential"]}, geometry=[box(X0 - 1000, Y0 + 50, X0 + 1000, Y0 + 250)], crs=25832
    )
    params = Parameters(residential_persons_per_ha=40)
    h = housing.prepare_housing(land, params=params)
    assert h.kind == "landuse" and h.frame["population"].iloc[0] == pytest.approx(40 * 40)
    zone = zones.protection_zones(site("99.00"))  # any other activity: class IV, 100 m
    conflicts, per_site, totals = housing.exposure(zone, None, h)
    # the strip y in [50, 100] inside a 100 m circle: segment area r^2 acos(d/r) - d sqrt(r^2 - d^2), d = 50
    segment = 100**2 * np.arccos(0.5) - 50 * np.sqrt(100**2 - 50**2)
    assert totals["res_area_before_ha"] == pytest.approx(segment / 1e4, rel=2e-3)
    assert totals["pop_before"] == pytest.approx(segment / 1e4 * 40, rel=2e-3)
    # the conflict layer keeps only the part inside the zone
    assert conflicts.geometry.area.iloc[0] == pytest.approx(segment, rel=2e-3)


def test_population_points_and_bands():
    pts = gpd.GeoDataFrame(
        {"pop": [10, 20, 40, 80, 160]},
        geometry=[Point(X0 + d, Y0) for d in (50, 300, 700, 1500, 8000)],
        crs=25832,
    )
    h = housing.prepare_housing(pts, population_field="pop")
    assert h.kind == "population"
    sites = site("23.51")  # class II, 500 m
    zone = zones.protection_zones(sites)
    risk = housing.site_risk(sites, zone, h, bands_m=(500, 1000, 2000, 5000))
    row = risk.iloc[0]
    assert row["pop_in_zone"] == 30 and row["housing_in_zone"] == 2
    assert [row[c] for c in housing.band_labels((500, 1000, 2000, 5000))] == [30, 40, 80, 0]
    assert row["risk_rank"] == 1


def test_housing_works_in_a_geographic_crs():
    homes = gpd.GeoDataFrame({"building": ["house"]}, geometry=[building(200, 0)], crs=25832).to_crs(4326)
    h = housing.prepare_housing(homes)
    assert h.frame["area_m2"].iloc[0] == pytest.approx(100.0, rel=1e-3)
    conflicts, _, totals = housing.exposure(zones.protection_zones(site()), None, h)
    assert totals["housing_before"] == 1 and conflicts.crs.to_epsg() == 4326


def test_bad_housing_input_names_layer_feature_and_field():
    pts = gpd.GeoDataFrame({"pop": ["12", "many", "-3"]}, geometry=[Point(X0, Y0)] * 3, crs=25832, index=[7, 8, 9])
    with pytest.raises(InputError) as err:
        housing.prepare_housing(pts, population_field="pop", layer="census")
    text = str(err.value)
    assert "census" in text and "feature 8" in text and "'many'" in text and "feature 9" in text and "pop" in text
    with pytest.raises(InputError, match="needs its population field"):
        housing.prepare_housing(pts.drop(columns="pop"), kind="population")
    with pytest.raises(InputError, match="no field 'people'"):
        housing.prepare_housing(pts, population_field="people")


def test_osm_buildings_of_copenhagen(shared_data):
    homes = housing.read_osm_housing(shared_data / "osm" / "kbh.osm.pbf", "buildings")
    # 8,448 building polygons; non-homes and buildings on industrial or commercial land are left out
    assert 7_500 < len(homes) < 8_448
    assert not homes["building"].isin(["industrial", "church", "school"]).any()
    h = housing.prepare_housing(homes)
    sites = gpd.GeoDataFrame(
        {"site_id": ["HCO"], "name": ["H.C. Orsted Vaerket"], "nace": ["35.11"]},
        geometry=[Point(12.5653, 55.6597)],
        crs=4326,
    )
    impact = assess(validate_sites(sites), ash_exchange(0), housing=h)
    totals = impact.summary["housing"]
    assert 20 < totals["housing_before"] < 2_000
    # the buildings counted are the ones that touch the 1 km zone, within 1 km of the site
    dist = impact.conflicts.to_crs(25832).distance(validate_sites(sites).to_crs(25832).geometry.iloc[0])
    assert dist.max() <= 1000.5


def test_osm_residential_land_of_lauf(shared_data):
    land = housing.read_osm_housing(shared_data / "osm" / "lauf-200115.osm.pbf", "landuse")
    assert 300 < len(land) < 391
    h = housing.prepare_housing(land)
    sites = gpd.GeoDataFrame(
        {"site_id": ["L"], "name": ["a plant in Lauf"], "nace": ["24.10"]}, geometry=[Point(11.2770, 49.5110)], crs=4326
    )
    impact = assess(validate_sites(sites), ash_exchange(0), housing=h)
    totals = impact.summary["housing"]
    zone_ha = impact.reduction.before["area_ha"].iloc[0]
    assert 0 < totals["res_area_before_ha"] < zone_ha
    assert totals["pop_before"] == pytest.approx(totals["res_area_before_ha"] * 40, rel=1e-6)


def _grid(x_from, x_to, y_from, y_to, cell=500.0, people=100.0, field="TOT_P_2021"):
    """A population grid: ``cell``-metre squares, ``people`` in each, over [x_from, x_to) x [y_from, y_to)."""
    cells = [
        box(X0 + x, Y0 + y, X0 + x + cell, Y0 + y + cell)
        for x in np.arange(x_from, x_to, cell)
        for y in np.arange(y_from, y_to, cell)
    ]
    return gpd.GeoDataFrame({field: [people] * len(cells)}, geometry=cells, crs=25832)


def test_a_population_grid_is_told_from_buildings_and_shared_by_area():
    """A grid offered as housing was read as buildings (its squares' footprints x storeys): now its population
    field is found by name, and a cell counts by the share of its area inside the zone."""
    grid = _grid(-3000, 3000, -3000, 3000)
    h = housing.prepare_housing(grid)
    assert h.kind == "population" and set(h.frame["pop_basis"]) == {"field TOT_P_2021"}
    impact = assess(site(), ash_exchange(0), housing=h)  # class I: a 1000 m circle, nothing diverted
    circle = np.pi * 1000.0**2
    # 100 people per 500 m square, 400 per km2: the circle's people, to the polygon's approximation of it
    assert impact.summary["housing"]["pop_before"] == pytest.approx(100 * circle / 500.0**2, rel=2e-3)
    assert impact.summary["housing"]["zone_cover_share"] == pytest.approx(1.0)
    assert impact.risk.loc[0, "housing_cover"] == pytest.approx(1.0)
    # without a population field a grid is not taken for buildings: the message says what it looks like
    bare = grid.drop(columns="TOT_P_2021").assign(code="x")
    with pytest.raises(InputError, match="a grid of 500-unit squares: a population layer needs its population field"):
        housing.prepare_housing(bare)


def test_a_zone_reaching_beyond_the_housing_data_says_how_much_is_covered():
    """Housing data that covers half the zone is counted as half, and the result says so."""
    grid = _grid(0, 3000, -3000, 3000)  # east of the site only
    h = housing.prepare_housing(grid)
    impact = assess(site(), ash_exchange(0), housing=h)
    assert impact.summary["housing"]["zone_cover_share"] == pytest.approx(0.5, abs=2e-3)
    assert impact.risk.loc[0, "housing_cover"] == pytest.approx(0.5, abs=2e-3)
    assert impact.summary["housing"]["pop_before"] == pytest.approx(100 * np.pi * 1000.0**2 / 2 / 500.0**2, rel=2e-3)


def test_a_building_that_holds_nobody_is_kept_with_its_reason():
    from shapely import Polygon

    flat = Polygon([(X0, Y0), (X0 + 10, Y0), (X0 + 20, Y0), (X0, Y0)])  # no area: a line once repaired
    homes = gpd.GeoDataFrame(
        {"building": ["yes", "yes"], "name": ["Home", "Sliver"]},
        geometry=[building(100, 0), flat],
        crs=25832,
        index=[7, 8],
    )
    h = housing.prepare_housing(homes, layer="houses.gpkg")
    assert list(h.frame.index) == [7] and h.dropped == 1
    left = h.left_out.set_index("source_row")
    assert list(left.index) == ["8"] and left.loc["8", "name"] == "Sliver"
    assert left.loc["8", "source_layer"] == "houses.gpkg" and "holds nobody" in left.loc["8", "reason"]
