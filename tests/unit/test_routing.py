"""Network building, snapping, pair distances and routes on small networks worked out by hand."""

import geopandas as gpd
import networkx as nx
import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Transformer
from shapely import LineString

from ecopark_plugin.core.model.errors import InputError
from ecopark_plugin.core.transport import network, routing

X0, Y0 = 640_000.0, 6_170_000.0  # near Kalundborg, UTM 32N
TO_LL = Transformer.from_crs(25832, 4326, always_xy=True)


def line(*xy):
    return LineString([(X0 + x, Y0 + y) for x, y in xy])


def ll(x, y):
    return TO_LL.transform(np.atleast_1d(X0 + np.asarray(x, float)), np.atleast_1d(Y0 + np.asarray(y, float)))


@pytest.fixture
def roads():
    """A square block: the west-east road, a one-way street north, the way back, and a bridge."""
    return gpd.GeoDataFrame(
        {
            "highway": ["residential", "residential", "residential", "primary", "footway"],
            "other_tags": [None, '"oneway"=>"yes"', None, '"maxspeed"=>"50"', None],
        },
        geometry=[
            line((0, 0), (500, 0), (1000, 0), (2000, 0)),
            line((1000, 0), (1000, 1000)),
            line((2000, 0), (2000, 1000), (1000, 1000)),
            line((500, -500), (500, 500)),  # crosses the first road without a shared vertex: a bridge
            line((0, 0), (0, 1000), (1000, 1000)),  # a footway: not for trucks
        ],
        crs="EPSG:25832",
    )


def costs(net, xs, ys, pairs, **kw):
    lon, lat = ll(xs, ys)
    s = routing.snap(net, lon, lat)
    o, d = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    return routing.pair_costs(net, s, s, o, d, **kw)


def test_build_nodes_at_shared_vertices_and_contracts_chains(roads):
    net = network.build_network(roads)
    # footway dropped; the bridge stays apart; 500 m vertex of the first road passes through
    assert net.stats["features"] == 4
    assert net.stats["components"] == 2
    assert net.stats["segments"] == 7
    # (0,0)-(1000,0); one-way north; the way back through (2000,0), where nothing else meets; bridge
    assert net.n_edges == 4
    assert net.length_m.sum() == pytest.approx(2000 + 1000 + 2000 + 1000, rel=1e-3)
    assert net.oneway.sum() == 1


def test_one_way_and_travel_time(roads):
    net = network.build_network(roads)
    m, s = costs(net, [0, 1000], [0, 1000], [(0, 1), (1, 0)])
    # north on the one-way street; back the long way round
    assert m[0] == pytest.approx(2000, rel=1e-3)
    assert m[1] == pytest.approx(4000, rel=1e-3)
    # 25 km/h on residential streets (the road class table)
    assert s[0] == pytest.approx(2000 / (25 / 3.6), rel=1e-3)
    two_way = network.build_network(roads, respect_oneway=False)
    m2, _ = costs(two_way, [0, 1000], [0, 1000], [(1, 0)])
    assert m2[0] == pytest.approx(2000, rel=1e-3)
    undirected, _ = costs(net, [0, 1000], [0, 1000], [(1, 0)], directed=False)
    assert undirected[0] == pytest.approx(2000, rel=1e-3)


def test_maxspeed_and_speed_cap(roads):
    net = network.build_network(roads)
    bridge = np.flatnonzero(net.feature == 3)[0]
    assert net.length_m[bridge] / net.time_s[bridge] * 3.6 == pytest.approx(50)
    capped = network.build_network(roads, max_speed_kmh=20)
    assert (capped.length_m / capped.time_s * 3.6).max() == pytest.approx(20)


def test_fastest_route_differs_from_shortest():
    # a 1 km residential street against a 1.4 km primary road between the same ends
    lines = gpd.GeoDataFrame(
        {"highway": ["residential", "primary"]},
        geometry=[line((0, 0), (1000, 0)), line((0, 0), (500, 480), (1000, 0))],
        crs="EPSG:25832",
    )
    net = network.build_network(lines)
    short_m, short_s = costs(net, [0, 1000], [0, 0], [(0, 1)])
    fast_m, fast_s = costs(net, [0, 1000], [0, 0], [(0, 1)], weight="time")
    assert short_m[0] == pytest.approx(1000, rel=1e-3)
    assert short_s[0] == pytest.approx(1000 / (25 / 3.6), rel=1e-3)
    assert fast_m[0] == pytest.approx(2 * np.hypot(500, 480), rel=1e-3)
    assert fast_s[0] == pytest.approx(fast_m[0] / (65 / 3.6), rel=1e-3)


def test_node_crossings_joins_the_bridge(roads):
    net = network.build_network(roads, node_crossings=True)
    assert net.stats["components"] == 1
    m, _ = costs(net, [500, 0], [500, 0], [(0, 1)])
    assert m[0] == pytest.approx(500 + 500, rel=1e-3)


def test_snapping_distance_and_limit(roads):
    net = network.build_network(roads)
    lon, lat = ll([1500, 5000], [30, 5000])
    s = routing.snap(net, lon, lat, max_snap_m=1000)
    assert s.snap_m[0] == pytest.approx(30, rel=1e-2)
    assert s.ok.tolist() == [True, False]
    m, _ = routing.pair_costs(net, s, s, np.array([0]), np.array([1]))
    assert np.isnan(m[0])


def test_points_on_the_same_edge_and_unreachable_component(roads):
    net = network.build_network(roads)
    m, _ = costs(net, [200, 700, 1500, 500], [10, 10, -10, 400], [(0, 1), (1, 0), (0, 2), (0, 3)])
    assert m[:3] == pytest.approx([500, 500, 1300], rel=1e-3)
    assert np.isnan(m[3])  # the bridge does not meet the road
    m, _ = costs(net, [200, 700], [10, 10], [(0, 1)], cutoff=400)
    assert np.isnan(m[0])


def test_geographic_crs_gives_the_same_metres(roads):
    projected = network.build_network(roads)
    geographic = network.build_network(roads.to_crs(4326))
    assert geographic.crs.to_epsg() is None  # an equidistant projection around the data
    assert np.sort(geographic.length_m) == pytest.approx(np.sort(projected.length_m), rel=1e-9)
    a, _ = costs(projected, [0, 1000], [0, 1000], [(1, 0)])
    b, _ = costs(geographic, [0, 1000], [0, 1000], [(1, 0)])
    assert a == pytest.approx(b, rel=1e-6)


def test_route_follows_the_streets(roads):
    net = network.build_network(roads)
    lon, lat = ll([1000, 0], [1000, 0])
    s = routing.snap(net, lon, lat)
    (xy,) = routing.routes(net, s, s, np.array([0]), np.array([1]))
    route = shapely.linestrings(xy)
    to_utm = Transformer.from_crs(net.crs, 25832, always_xy=True)
    x, y = to_utm.transform(xy[:, 0], xy[:, 1])
    corners = {(round(a - X0), round(b - Y0)) for a, b in zip(x, y)}
    assert {(1000, 1000), (2000, 1000), (2000, 0), (1000, 0), (0, 0)} <= corners
    assert route.length == pytest.approx(4000, rel=2e-3)


def test_bad_input_names_layer_and_field(roads):
    with pytest.raises(InputError, match="layer 'roads'.*field 'speed'"):
        network.build_network(roads, speed_field="speed", layer="roads")
    with pytest.raises(InputError, match="no line features"):
        network.build_network(gpd.GeoDataFrame(geometry=[shapely.Point(0, 0)], crs=25832))
    only_paths = roads.assign(highway="footway")
    with pytest.raises(InputError, match="no line is open to road traffic"):
        network.build_network(only_paths, layer="roads")


def test_osm_tag_parsing():
    tags = pd.Series(['"maxspeed"=>"30 mph","oneway"=>"-1"', '"oneway"=>"no"', None, '"junction"=>"roundabout"'])
    assert network.osm_tag(tags, "oneway").tolist()[:2] == ["-1", "no"]
    speed = network.parse_maxspeed(pd.Series(["50", "30 mph", "DK:urban", "none", "60;80", None]))
    assert speed[:2] == pytest.approx([50, 48.28032])
    assert np.isnan(speed[2]) and np.isnan(speed[3]) and speed[4] == 60
    direction = network.oneway_direction(
        network.osm_tag(tags, "oneway"),
        pd.Series(["residential", "motorway", "motorway", "primary"]),
        network.osm_tag(tags, "junction"),
    )
    assert direction.tolist() == [-1, 0, 1, 1]


def test_pair_costs_match_networkx_on_a_random_grid():
    rng = np.random.default_rng(7)
    lines = []
    for i in range(12):
        for j in range(12):
            x, y = i * 300 + rng.uniform(-40, 40), j * 300 + rng.uniform(-40, 40)
            if i < 11:
                lines.append(line((x, y), (x + 300, y + rng.uniform(-40, 40))))
            if j < 11:
                lines.append(line((x, y), (x + rng.uniform(-40, 40), y + 300)))
    # a grid whose lines do not share vertices: node it at crossings and join near ends
    frame = gpd.GeoDataFrame({"highway": ["residential"] * len(lines)}, geometry=lines, crs="EPSG:25832")
    net = network.build_network(frame, tolerance_m=60, node_crossings=True)
    graph = nx.Graph()
    for e in range(net.n_edges):
        u, v, w = int(net.u[e]), int(net.v[e]), float(net.length_m[e])
        if u != v and w < graph.get_edge_data(u, v, {"weight": np.inf})["weight"]:
            graph.add_edge(u, v, weight=w)
    nodes = rng.choice(net.n_nodes, 30, replace=False)
    where = {int(u): net.coords[net.offsets[e]] for e, u in enumerate(net.u)}
    where.update({int(v): net.coords[net.offsets[e + 1] - 1] for e, v in enumerate(net.v)})
    xy = np.array([where[int(n)] for n in nodes])
    lon, lat = Transformer.from_crs(net.crs, 4326, always_xy=True).transform(xy[:, 0], xy[:, 1])
    s = routing.snap(net, lon, lat)
    o, d = np.meshgrid(np.arange(30), np.arange(30), indexing="ij")
    ours, _ = routing.pair_costs(net, s, s, o.ravel(), d.ravel())
    ref = [nx.dijkstra_path_length(graph, int(nodes[i]), int(nodes[j])) for i, j in zip(o.ravel(), d.ravel())]
    assert ours == pytest.approx(ref, abs=0.01)


def test_simplify_keeps_distances_between_kept_nodes():
    rng = np.random.default_rng(3)
    n = 200
    rows, cols = rng.integers(0, n, 700), rng.integers(0, n, 700)
    w = rng.integers(1, 1000, 700).astype(float)
    keep = np.unique(rows[rng.choice(700, 20)])
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import dijkstra

    frame = pd.DataFrame({"r": rows, "c": cols, "w": w}).query("r != c").groupby(["r", "c"]).min().reset_index()
    full = csr_matrix((frame["w"], (frame["r"], frame["c"])), shape=(n, n))
    small, renum = routing.simplify(full, keep)
    assert small.shape[0] < n
    before = dijkstra(full, indices=keep)[:, keep]
    after = dijkstra(small, indices=renum[keep])[:, renum[keep]]
    assert after == pytest.approx(before)


def test_no_route_when_no_point_reaches_the_network(roads):
    """Points all farther than the snapping limit get no route (NaN), not an error from an empty graph."""
    net = network.build_network(roads, kind="road")
    lon, lat = ll([50_000, 60_000], [50_000, 50_000])  # 50 km from the block
    far = routing.snap(net, lon, lat, 1000.0)
    assert not far.ok.any()
    metres, seconds = routing.pair_costs(net, far, far, np.array([0, 1]), np.array([1, 0]))
    assert np.isnan(metres).all() and np.isnan(seconds).all()


def _random_graph(seed: int, n: int = 300, arcs: int = 1100):
    from scipy.sparse import csr_matrix

    rng = np.random.default_rng(seed)
    rows, cols = rng.integers(0, n, arcs), rng.integers(0, n, arcs)
    w = rng.integers(1, 1000, arcs).astype(float)
    frame = pd.DataFrame({"r": rows, "c": cols, "w": w}).query("r != c").groupby(["r", "c"]).min().reset_index()
    return csr_matrix((frame["w"], (frame["r"], frame["c"])), shape=(n, n)), rng


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_contract_keeps_distances_exactly_and_shrinks_the_graph(seed):
    from scipy.sparse.csgraph import dijkstra

    full, rng = _random_graph(seed)
    keep = np.sort(rng.choice(full.shape[0], 40, replace=False))
    small, renum = routing.contract(full, keep)
    simple, _ = routing.simplify(full, keep)
    assert (renum[keep] >= 0).all()
    assert small.shape[0] < simple.shape[0] < full.shape[0]
    before = dijkstra(full, indices=keep)[:, keep]
    after = dijkstra(small, indices=renum[keep])[:, renum[keep]]
    np.testing.assert_array_equal(after, before)  # integer weights: the same floats, not close ones


def test_pair_costs_the_same_with_shortcuts_and_worker_processes(monkeypatch):
    """Contraction and worker processes are for speed only: every metre and second is identical."""
    from ecopark_plugin.core.transport import shortcuts

    rng = np.random.default_rng(11)
    lines = []
    for i in range(15):
        for j in range(15):
            x, y = i * 250.0, j * 250.0
            lines.append(line((x, y), (x + 250, y + rng.uniform(-30, 30))))
            lines.append(line((x, y), (x + rng.uniform(-30, 30), y + 250)))
    tags = np.where(rng.random(len(lines)) < 0.2, '"oneway"=>"yes"', None)
    frame = gpd.GeoDataFrame({"highway": "residential", "other_tags": tags}, geometry=lines, crs="EPSG:25832")
    net = network.build_network(frame, tolerance_m=40, node_crossings=True)
    lon, lat = ll(rng.uniform(0, 3500, 120), rng.uniform(0, 3500, 120))
    s = routing.snap(net, lon, lat)
    o, d = (a.ravel() for a in np.meshgrid(np.arange(120), np.arange(120), indexing="ij"))
    monkeypatch.setattr(shortcuts, "PARALLEL_MIN_WORK", 0)  # fork even for this small search
    pools = []

    class Counted(shortcuts.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            pools.append(kwargs.get("max_workers"))
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(shortcuts, "ProcessPoolExecutor", Counted)
    results = {}
    cutoff = {"length": 2500.0, "time": 250.0}  # metres, seconds: both leave some pairs out of reach
    for workers in (1, 2):
        for contracted in (False, True):
            for weight in ("length", "time"):
                m, t = routing.pair_costs(
                    net, s, s, o, d, cutoff=cutoff[weight], weight=weight, workers=workers, shortcuts=contracted
                )
                results[workers, contracted, weight] = m, t
    assert pools == [2] * 4  # the four runs with workers=2 searched in two forked processes
    for weight in ("length", "time"):
        m0, t0 = results[1, False, weight]
        assert 0.2 < np.isfinite(m0).mean() < 0.95  # the cutoff bites, and most pairs are reached
        for key, (m, t) in results.items():
            if key[2] == weight:
                np.testing.assert_array_equal(m, m0, err_msg=str(key))
                np.testing.assert_array_equal(t, t0, err_msg=str(key))


def test_worker_processes_stop_when_cancelled(monkeypatch):
    from ecopark_plugin.core.model.errors import Cancelled
    from ecopark_plugin.core.transport import shortcuts

    full, _ = _random_graph(5, n=2000, arcs=8000)
    monkeypatch.setattr(shortcuts, "PARALLEL_MIN_WORK", 0)
    blocks = shortcuts.many_sources(full, np.arange(2000), np.arange(10), np.inf, True, 50, 2, None, lambda: True)
    with pytest.raises(Cancelled):
        next(blocks)


def test_features_with_no_line_to_route_on_are_kept_with_their_reason(roads):
    from shapely import Point

    extra = gpd.GeoDataFrame(
        {"highway": ["residential", "residential"], "other_tags": [None, None]},
        geometry=[None, Point(X0, Y0)],
        crs="EPSG:25832",
        index=[10, 11],
    )
    net = network.build_network(pd.concat([roads, extra]), layer="roads.gpkg")
    assert net.stats["features_left_out"] == 2
    left = net.left_out.set_index("source_row")
    assert sorted(left.index) == ["10", "11"] and set(left["source_layer"]) == {"roads.gpkg"}
    assert left.loc["11", "reason"] == "no line to route on (no geometry, or not a line)"
    assert left.loc["11", "geometry_wkt"].startswith("POINT")
