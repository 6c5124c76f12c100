"""Modes and mode chains on small networks, priced by hand."""

import re

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from pyproj import Geod, Transformer
from shapely import LineString, Point

from ecopark_plugin.core.model.parameters import Parameters
from ecopark_plugin.core.symbiosis.engine import run
from ecopark_plugin.core.transport import network
from ecopark_plugin.core.transport.plan import Networks

GEOD = Geod(ellps="WGS84")
TO_LL = Transformer.from_crs(25832, 4326, always_xy=True)
X0, Y0 = 600_000.0, 6_150_000.0


def pt(x, y):
    return Point(X0 + x, Y0 + y)


def geodesic_km(a, b):
    (lon1, lat1), (lon2, lat2) = TO_LL.transform(X0 + a[0], Y0 + a[1]), TO_LL.transform(X0 + b[0], Y0 + b[1])
    return GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000


@pytest.fixture
def catalogue(small_catalogue):
    rules = small_catalogue.rules
    fly_ash = rules["rule_id"] == "T2"
    rules.loc[fly_ash, "modes"] = pd.Series([("truck", "rail", "ship")] * fly_ash.sum(), index=rules.index[fly_ash])
    rules.loc[fly_ash, ["max_km_rail", "max_km_ship"]] = [800.0, 2000.0]
    return small_catalogue


def sites(far_x=200_000.0):
    return gpd.GeoDataFrame(
        {"id": ["A", "C"], "name": ["Power", "Cement"], "nace": ["35.11", "23.51"]},
        geometry=[pt(0, 0), pt(far_x, 0)],
        crs="EPSG:25832",
    )


STREAMS = pd.DataFrame(
    {"site_id": ["A"], "direction": ["output"], "stream": ["fly ash"], "quantity": [500.0], "unit": ["t"]}
)
PORTS = gpd.GeoDataFrame({"name": ["Harbour A", "Harbour C"]}, geometry=[pt(0, 2000), pt(200_000, 3000)], crs=25832)


def fly_ash(result):
    ex = result.exchanges
    return ex[(ex["supplier"] == "A") & (ex["receiver"] == "C")].iloc[0]


def test_without_ports_a_far_receiver_is_out_of_reach(catalogue):
    row = fly_ash(run(sites(), STREAMS, catalogue, networks=Networks()))
    assert not row["feasible"]
    assert row["reason"].startswith("too far")


def test_truck_ship_truck_chain_priced_by_hand(catalogue):
    result = run(sites(), STREAMS, catalogue, networks=Networks(ports=PORTS))
    row = fly_ash(result)
    assert row["selected"] and row["mode"] == "ship"
    assert row["mode_chain"] == "truck+ship+truck"
    assert row["via"] == "Harbour A -> Harbour C"
    access = (geodesic_km((0, 0), (0, 2000)) + geodesic_km((200_000, 0), (200_000, 3000))) * 1.3
    sea = geodesic_km((0, 2000), (200_000, 3000)) * 1.25
    assert row["access_km"] == pytest.approx(access, rel=1e-6)
    assert row["distance_km"] == pytest.approx(sea, rel=1e-6)
    assert row["transport_cost"] == pytest.approx(500 * (10.0 + 0.02 * sea + 0.10 * access), rel=1e-6)
    assert row["co2_transport_t"] == pytest.approx(500 * (sea * 0.00353 + access * 0.10163) / 1000, rel=1e-6)
    assert row["travel_time_h"] == pytest.approx(access / 50 + sea / 20, rel=1e-6)
    # the drawn link goes through both harbours
    coords = np.array(result.exchanges.loc[row.name, "geometry"].coords)
    assert [tuple(np.round(c - [X0, Y0])) for c in coords] == [(0, 0), (0, 2000), (200_000, 3000), (200_000, 0)]


def test_rail_sidings_and_a_forced_mode(catalogue):
    rail = gpd.GeoDataFrame(
        {"railway": ["rail"]}, geometry=[LineString([(X0, Y0 + 300), (X0 + 200_000, Y0 + 300)])], crs=25832
    )
    net = network.build_network(rail, kind="rail")
    nets = Networks(rail=net, ports=PORTS)
    row = fly_ash(run(sites(), STREAMS, catalogue, networks=nets))
    # ship: 10 + 0.02 * 250 + 0.10 * 6.5 = 15.7 EUR/t beats rail: 8 + 0.05 * 200 = 18 EUR/t
    assert row["mode"] == "ship"
    forced = fly_ash(run(sites(), STREAMS, catalogue, Parameters(modes=("rail",)), networks=nets))
    assert forced["mode"] == "rail" and forced["mode_chain"] == "rail"  # both ends have their own siding
    assert forced["access_km"] == 0
    # along the line, plus the two 300 m sidings
    rail_km = geodesic_km((0, 300), (200_000, 300)) + geodesic_km((0, 0), (0, 300)) * 2
    assert forced["distance_km"] == pytest.approx(rail_km, rel=1e-4)
    assert forced["transport_cost"] == pytest.approx(500 * (8 + 0.05 * forced["distance_km"]), rel=1e-9)


def test_no_road_route_is_explained(catalogue):
    # two road pieces that never meet; the receiver is close enough for a truck in a straight line
    roads = gpd.GeoDataFrame(
        {"highway": ["primary", "primary"]},
        geometry=[
            LineString([(X0 - 1000, Y0 + 50), (X0 + 1000, Y0 + 50)]),
            LineString([(X0 + 30_000, Y0 + 50), (X0 + 32_000, Y0 + 50)]),
        ],
        crs=25832,
    )
    nets = Networks(road=network.build_network(roads))
    result = run(sites(31_000), STREAMS, catalogue, networks=nets)
    row = fly_ash(result)
    assert not row["feasible"]
    assert "no road route: the two sites are on road networks that do not connect" in row["reason"]
    report = result.site_network.set_index("site_id")
    assert report.loc["A", "road_snap_m"] == pytest.approx(50, rel=1e-2)
    assert report.loc["C", "status"].startswith("on a road piece")


def test_site_far_from_roads_is_flagged_and_estimated(catalogue):
    roads = gpd.GeoDataFrame(
        {"highway": ["primary"]}, geometry=[LineString([(X0 - 1000, Y0 + 50), (X0 + 40_000, Y0 + 50)])], crs=25832
    )
    far = sites(30_000)
    far.loc[1, "geometry"] = pt(30_000, 5_000)
    result = run(far, STREAMS, catalogue, networks=Networks(road=network.build_network(roads)))
    row = fly_ash(result)
    assert row["route"] == "estimate"
    assert row["distance_km"] == pytest.approx(row["straight_km"] * 1.3)
    status = result.site_network.set_index("site_id").loc["C", "status"]
    assert re.match(r"not snapped: nearest road 4,95\d m away > 1,000 m; straight-line estimate used", status)


def test_truck_on_the_road_network_and_routed_line(catalogue):
    # the road bends north: the route is longer than the straight line and drawn along it
    roads = gpd.GeoDataFrame(
        {"highway": ["primary"]},
        geometry=[LineString([(X0, Y0 + 10), (X0 + 20_000, Y0 + 15_000), (X0 + 40_000, Y0 + 10)])],
        crs=25832,
    )
    result = run(sites(40_000), STREAMS, catalogue, networks=Networks(road=network.build_network(roads)))
    row = fly_ash(result)
    road_km = geodesic_km((0, 10), (20_000, 15_000)) + geodesic_km((20_000, 15_000), (40_000, 10))
    assert row["route"] == "network" and row["mode"] == "truck"
    assert row["distance_km"] == pytest.approx(road_km + 0.02, rel=1e-4)
    assert row["travel_time_h"] == pytest.approx((road_km + 0.02) / 65, rel=1e-3)
    line = result.exchanges.loc[row.name, "geometry"]
    assert line.length / 1000 == pytest.approx(road_km + 0.02, rel=2e-3)
    assert line.distance(pt(20_000, 15_000)) < 1


def test_a_road_router_given_with_the_networks_prices_the_truck(catalogue):
    """Networks.road_costs (pgRouting's router in a run) replaces the in-process router for road distances."""
    from ecopark_plugin.core.transport import routing

    roads = gpd.GeoDataFrame(
        {"highway": ["primary"]},
        geometry=[LineString([(X0, Y0 + 10), (X0 + 20_000, Y0 + 15_000), (X0 + 40_000, Y0 + 10)])],
        crs=25832,
    )
    calls = []

    def longer(net, origins, destinations, o, d, **options):
        calls.append(options["weight"])
        metres, seconds = routing.pair_costs(net, origins, destinations, o, d, **options)
        return metres + 10_000.0, seconds + 3600.0  # a router that finds every route 10 km and 1 h longer

    nets = Networks(road=network.build_network(roads), road_costs=longer)
    row = fly_ash(run(sites(40_000), STREAMS, catalogue, networks=nets))
    road_km = geodesic_km((0, 10), (20_000, 15_000)) + geodesic_km((20_000, 15_000), (40_000, 10))
    assert calls and set(calls) <= {"length", "time"}
    assert row["route"] == "network" and row["mode"] == "truck"
    assert row["distance_km"] == pytest.approx(road_km + 0.02 + 10.0, rel=1e-4)
    assert row["travel_time_h"] == pytest.approx((road_km + 0.02) / 65 + 1.0, rel=1e-3)
