"""Sanitary protection zones: classes, widths on the ground in any CRS, and the reduction rule."""

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from pyproj import Geod, Transformer
from shapely import Point, box

from ecopark_plugin.core.model.errors import CatalogueError
from ecopark_plugin.core.model.inputs import validate_sites
from ecopark_plugin.core.zones import protection as zones

GEOD = Geod(ellps="WGS84")
LON, LAT = 11.09, 55.66  # Kalundborg


def point_sites(crs, nace=("35.11",), hazard=None):
    to = Transformer.from_crs(4326, crs, always_xy=True)
    pts = [Point(*to.transform(LON + 0.1 * i, LAT)) for i in range(len(nace))]
    frame = gpd.GeoDataFrame(
        {
            "site_id": [f"S{i}" for i in range(len(nace))],
            "name": [f"site {i}" for i in range(len(nace))],
            "nace": list(nace),
        },
        geometry=pts,
        crs=crs,
    )
    if hazard is not None:
        frame["hazard_class"] = hazard
    return validate_sites(frame)


@pytest.mark.parametrize("crs", [4326, 25832, 3857, 3035])
def test_zone_is_its_width_on_the_ground_in_any_crs(crs):
    site = point_sites(crs, ("23.51",))  # cement: class II, 500 m
    zone = zones.protection_zones(site)
    assert zone.loc[0, "hazard_class"] == 2 and zone.loc[0, "width_m"] == 500
    ring = gpd.GeoSeries([zone.geometry[0].exterior], crs=crs).to_crs(4326).iloc[0]
    lon, lat = np.asarray(ring.coords).T
    metres = GEOD.inv(np.full(len(lon), LON), np.full(len(lon), LAT), lon, lat)[2]
    assert metres == pytest.approx(500.0, abs=0.01)  # vertices exact, even in Web Mercator
    # 128-gon inscribed in the 500 m circle
    n = 4 * zones.QUAD_SEGMENTS
    assert zone.loc[0, "area_ha"] == pytest.approx(0.5 * n * math.sin(2 * math.pi / n) * 500**2 / 1e4, rel=1e-5)


def test_polygon_site_is_buffered_from_its_outline():
    frame = gpd.GeoDataFrame(
        {"site_id": ["P"], "name": ["plant"], "nace": ["01.13"]},  # crops: class V, 50 m
        geometry=[box(600_000, 6_170_000, 600_200, 6_170_200)],
        crs=25832,
    )
    zone = zones.protection_zones(validate_sites(frame))
    assert zone.loc[0, "width_m"] == 50
    # square + four 200 x 50 strips + a (polygonal) 50 m disc at the corners; UTM scale ~0.9996 at 9 E
    expected = (200 * 200 + 4 * 200 * 50 + math.pi * 50**2) / 1e4
    assert zone.loc[0, "area_ha"] == pytest.approx(expected, rel=2e-3)


def test_classes_from_field_activity_and_default():
    sites = point_sites(25832, ("23.51", "19.20", "99.00", "35.11"), hazard=[None, None, None, "V"])
    classes = zones.hazard_classes(sites)
    assert classes["hazard_class"].tolist() == [2, 1, 4, 5]
    assert "7.1.4" in classes.loc[0, "class_source"]
    assert classes.loc[2, "class_source"].startswith("inferred: any other activity")
    assert classes.loc[3, "class_source"] == "given"


def exchanges(ash_taken, gypsum_taken, heat_taken=0.0):
    return pd.DataFrame(
        {
            "supplier": ["S0", "S0", "S0"],
            "stream": ["fly_ash", "fgd_gypsum", "district_heat"],
            "family": ["minerals", "minerals", "energy"],
            "supply": [1000.0, 500.0, 9000.0],
            "quantity_selected": [ash_taken, gypsum_taken, heat_taken],
            "selected": [ash_taken > 0, gypsum_taken > 0, heat_taken > 0],
        }
    )


def test_class_falls_only_when_every_zone_driving_output_is_diverted():
    sites = point_sites(25832, ("35.11", "23.51"))
    partial = zones.reduction_zones(sites, exchanges(1000, 400))  # gypsum 80 % < 90 %
    assert partial.steps["class_after"].tolist() == [1, 2]
    assert partial.freed.empty and partial.totals["freed_ha"] == pytest.approx(0, abs=1e-9)

    full = zones.reduction_zones(sites, exchanges(1000, 460))  # 92 %
    assert full.steps["class_after"].tolist() == [2, 2]
    freed = full.freed.iloc[0]
    assert (freed["class_before"], freed["class_after"]) == (1, 2)
    assert freed["freed_ha"] == pytest.approx(freed["area_before_ha"] - freed["area_after_ha"], rel=1e-6)
    assert freed["freed_ha"] == pytest.approx(math.pi * (1000**2 - 500**2) / 1e4, rel=2e-3)
    # the cement works 6.3 km away overlaps nothing: all the ring is freed
    assert freed["freed_net_ha"] == pytest.approx(freed["freed_ha"], rel=1e-9)
    assert "fly_ash 100%" in freed["diverted"] and "fgd_gypsum 92%" in freed["diverted"]
    # heat is not zone-driving: sending it away changes nothing on its own
    heat_only = zones.reduction_zones(sites, exchanges(0, 0, 9000))
    assert heat_only.steps["class_after"].tolist() == [1, 2]


def test_land_still_in_a_neighbours_zone_is_not_freed():
    sites = point_sites(25832, ("35.11", "19.20"))
    near = Transformer.from_crs(4326, 25832, always_xy=True).transform(LON + 0.012, LAT)  # ~750 m east
    sites.loc[1, "geometry"] = Point(*near)
    out = zones.reduction_zones(sites, exchanges(1000, 500))
    freed = out.freed.iloc[0]
    assert freed["freed_net_ha"] < 0.8 * freed["freed_ha"]
    # the union's shrinkage is what the summary reports
    assert out.totals["freed_ha"] == pytest.approx(freed["freed_net_ha"], rel=1e-3)


def test_rule_file_is_editable(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_text(
        "match,min_diverted_share,class_steps,basis\n"
        "fly_ash,0.5,3,test: ash alone\n"
        "minerals,0.9,0,test: other minerals do not count\n"
    )
    rules = zones.load_reduction_rules(path)
    out = zones.reduction_zones(point_sites(25832), exchanges(600, 0), rules=rules)
    assert out.steps.loc[0, "class_after"] == 4
    four = path.read_text().replace("fly_ash,0.5,3", "fly_ash,0.5,4")
    path.write_text(four)
    capped = zones.reduction_zones(
        point_sites(25832, hazard=["II"]), exchanges(600, 0), rules=zones.load_reduction_rules(path)
    )
    assert capped.steps.loc[0, "class_after"] == 5  # class V is the floor


@pytest.mark.parametrize(
    "row, message",
    [
        ("minerals,1.5,1,x", "row 2, min_diverted_share: '1.5' is not in (0, 1]"),
        ("minerals,0.9,9,x", "row 2, class_steps: '9' is not 0-4"),
        ("minerals,0.9,1,", "row 2, basis: every rule needs its basis"),
    ],
)
def test_bad_rule_file_names_row_and_column(tmp_path, row, message):
    path = tmp_path / "rules.csv"
    path.write_text("match,min_diverted_share,class_steps,basis\n" + row + "\n")
    with pytest.raises(CatalogueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        zones.load_reduction_rules(path)


def test_shipped_tables_give_every_figure_a_basis():
    classes = zones.load_hazard_classes()
    assert "*" in classes["nace"].tolist()
    assert classes["basis"].str.len().min() > 10
    rules = zones.load_reduction_rules()
    assert set(rules.index) >= {"minerals", "organics", "chemicals", "energy", "water"}
