"""pgRouting as a routing backend agrees with the in-process router on the Copenhagen extract.

Requirement: on ``../shared/data/osm/kbh.osm.pbf`` every pair's network distance from pgRouting is within
0.5 % of EcoPark's own. The network goes into a PostgreSQL + pgRouting server the tests start themselves
(conftest ``postgres``); 80 points spread over the extract are snapped once by EcoPark and placed on the
same edges for pgRouting, and all 6,320 ordered pairs between different points are compared.
"""

import numpy as np
import pytest

TOLERANCE = 0.005  # relative, from the requirement


@pytest.fixture(scope="module")
def kbh(postgres):
    import psycopg2
    import pyogrio

    from ecopark_plugin.core.transport import network, routing
    from ecopark_plugin.qgis_io import pgrouting
    from tests.conftest import SHARED

    pbf = SHARED / "osm" / "kbh.osm.pbf"
    if not pbf.is_file():
        pytest.skip(f"{pbf} not found")
    lines = pyogrio.read_dataframe(pbf, layer="lines", where="highway IS NOT NULL")
    net = network.build_network(lines, kind="road")
    xmin, ymin, xmax, ymax = lines.total_bounds
    rng = np.random.default_rng(2026)
    lon, lat = rng.uniform(xmin, xmax, 80), rng.uniform(ymin, ymax, 80)
    snapped = routing.snap(net, lon, lat, max_snap_m=500.0)
    conn = psycopg2.connect(postgres.create_database("routing", ("postgis", "pgrouting")))
    loaded = pgrouting.load_network(conn, net, "roads.kbh")
    yield net, snapped, conn, loaded
    conn.close()


@pytest.mark.parametrize("directed", [True, False], ids=["one-way", "two-way"])
def test_pgrouting_agrees_with_the_in_process_router(kbh, directed):
    from ecopark_plugin.core.transport import routing
    from ecopark_plugin.qgis_io import pgrouting

    net, snapped, conn, loaded = kbh
    assert loaded["edges"] == net.n_edges
    assert loaded["vertices"] == net.n_nodes  # the same junctions, from the lines' ends alone
    n = len(snapped)
    o, d = np.nonzero(~np.eye(n, dtype=bool))
    ours, _ = routing.pair_costs(net, snapped, snapped, o, d, directed=directed)
    theirs, seconds = pgrouting.pair_costs(
        conn, "roads.kbh", snapped, snapped, o, d, directed=directed, lengths_m=net.length_m
    )
    assert np.isnan(seconds).all()  # one cost per pair from pgRouting
    reached = np.isfinite(ours)
    assert reached.sum() >= 0.8 * len(o), f"only {reached.sum()} of {len(o)} pairs reached"
    differ = np.flatnonzero(reached != np.isfinite(theirs))
    assert not len(differ), f"reached by one backend only: {list(zip(o[differ], d[differ]))[:10]}"
    far = reached & (ours > 0)
    relative = np.abs(theirs[far] - ours[far]) / ours[far]
    worst = np.argmax(relative)
    assert (
        relative.max() <= TOLERANCE
    ), f"pair {o[far][worst]}->{d[far][worst]}: ours {ours[far][worst]:.2f} m, pgRouting {theirs[far][worst]:.2f} m"
    np.testing.assert_array_equal(theirs[reached & (ours == 0)], 0.0)


def test_pgrouting_cutoff_and_time(kbh):
    from ecopark_plugin.core.transport import routing
    from ecopark_plugin.qgis_io import pgrouting

    net, snapped, conn, _ = kbh
    o, d = np.nonzero(~np.eye(20, dtype=bool))
    ours, _ = routing.pair_costs(net, snapped, snapped, o, d, cutoff=1500.0)
    theirs, _ = pgrouting.pair_costs(conn, "roads.kbh", snapped, snapped, o, d, cutoff=1500.0, lengths_m=net.length_m)
    inside = np.isfinite(ours)
    assert 0 < inside.sum() < len(o)  # the cutoff bites
    # pairs near the limit may fall on either side by the backends' rounding; all others agree
    clear = np.abs(np.nan_to_num(ours, nan=1e9) - 1500.0) > 1.0
    np.testing.assert_array_equal(np.isfinite(theirs)[clear], inside[clear])
    _, our_s = routing.pair_costs(net, snapped, snapped, o, d, weight="time")
    _, their_s = pgrouting.pair_costs(conn, "roads.kbh", snapped, snapped, o, d, weight="time", lengths_m=net.length_m)
    ok = np.isfinite(our_s) & (our_s > 0)
    assert np.max(np.abs(their_s[ok] - our_s[ok]) / our_s[ok]) <= TOLERANCE


def test_pgrouting_on_a_few_pairs_of_many_points(kbh):
    """Sparse pairs go to pgRouting as combinations (each search stops at its own destinations)."""
    from ecopark_plugin.core.transport import routing
    from ecopark_plugin.qgis_io import pgrouting

    net, snapped, conn, _ = kbh
    o = np.arange(80)
    d = (o * 7 + 3) % 80  # 80 pairs out of 6,400
    ours, _ = routing.pair_costs(net, snapped, snapped, o, d)
    theirs, _ = pgrouting.pair_costs(conn, "roads.kbh", snapped, snapped, o, d, lengths_m=net.length_m)
    reached = np.isfinite(ours)
    assert reached.sum() >= 60
    np.testing.assert_array_equal(np.isfinite(theirs), reached)
    far = reached & (ours > 0)
    assert np.max(np.abs(theirs[far] - ours[far]) / ours[far]) <= 0.005
