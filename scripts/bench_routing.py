"""Benchmark cases of the routing backends, run by scripts/bench.py (each in its own process).

* ``malta_pandana``: pandana's contraction hierarchy (C++, PyPI) on the same Malta query graph as
  EcoPark's, installed by ``make bench`` into ``build/bench-deps`` (not a plugin dependency).
* ``malta_pgrouting``: pgRouting's ``pgr_withPointsCost`` on EcoPark's Malta network loaded into a
  throwaway PostgreSQL server (tests/postgres_server.py); peak memory is the server process's.
* ``country_ecopark``, ``country_pgrouting``: a synthetic country-size road network built here (a
  perturbed 1,000 x 1,000 grid of junctions 500 m apart, about 1.8 million edges over 500 x 500 km) and
  5,000 random sites; the candidate pairs within 50 km, routed with a 60 km cutoff by each backend.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH_DEPS = ROOT / "build" / "bench-deps"


def _relative(ours, theirs) -> str:
    import numpy as np

    both = np.isfinite(ours) & np.isfinite(theirs) & (ours > 0)
    rel = np.abs(theirs[both] - ours[both]) / ours[both]
    return (
        f"relative difference to EcoPark median {np.median(rel):.1e}, max {rel.max():.1e} on {int(both.sum()):,} pairs"
    )


def case_malta_pandana(shared: Path) -> dict:
    import bench
    import numpy as np
    import pandas as pd

    from ecopark_plugin.core.transport import routing

    sys.path.insert(0, str(BENCH_DEPS))
    import pandana

    n = bench.MALTA_SITES
    net, _ = bench._malta_network(shared)
    lon, lat = bench._malta_sites(shared)
    ours, _ = bench._malta_query(net, lon, lat)
    start = time.perf_counter()
    snapped = routing.snap(net, lon, lat)
    qg = routing._query_graph(net, snapped, "length", bench.CUTOFF_M, True)
    arcs = qg.matrix.tocoo()
    metres, _ = routing._decode(qg, arcs.data)
    size = qg.matrix.shape[0]
    # node ids are given, so pandana's own snapping (a KD-tree on x, y) is not used
    graph = pandana.Network(
        np.arange(size, dtype=float), np.zeros(size), arcs.row, arcs.col, pd.DataFrame({"m": metres}), twoway=False
    )
    build_s = time.perf_counter() - start
    o, d = (a.ravel() for a in np.meshgrid(np.arange(n), np.arange(n), indexing="ij"))
    start = time.perf_counter()
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns, pair by pair, about unconnected pairs
        theirs = np.asarray(graph.shortest_path_lengths(qg.point_node[:n][o], qg.point_node[n:][d], "m"), float)
    seconds = time.perf_counter() - start
    theirs = theirs.reshape(n, n)
    theirs[(theirs > bench.CUTOFF_M) | (theirs >= 4e6)] = np.nan  # no cutoff in pandana; unreachable: 4,294,967.295
    return {
        "seconds": seconds,
        "origins": n,
        "destinations": n,
        "note": f"pandana {pandana.__version__}: Network.shortest_path_lengths on the {n * n:,} pairs (one "
        f"bidirectional CH query each, no many-to-many, no cutoff) on EcoPark's query graph; contraction "
        f"({build_s:.1f} s, both cores) not timed; {_relative(ours, theirs)}",
    }


def _server_peak_mb(conn) -> float:
    """Peak resident memory of the database backend serving ``conn`` (its /proc status, VmHWM)."""
    with conn.cursor() as cur:
        cur.execute("SELECT pg_backend_pid()")
        (pid,) = cur.fetchone()
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def case_malta_pgrouting(shared: Path) -> dict:
    import bench
    import numpy as np
    import psycopg2

    from ecopark_plugin.core.transport import routing
    from ecopark_plugin.qgis_io import pgrouting

    sys.path.insert(0, str(ROOT / "tests"))
    import postgres_server

    reason = postgres_server.why_not()
    if reason:
        raise SystemExit(f"pgRouting case: {reason}")
    n = bench.MALTA_SITES
    net, _ = bench._malta_network(shared)
    lon, lat = bench._malta_sites(shared)
    ours, _ = bench._malta_query(net, lon, lat)
    server = postgres_server.Server(port=54330).start()
    try:
        conn = psycopg2.connect(server.create_database("bench", ("postgis", "pgrouting")))
        loaded = pgrouting.load_network(conn, net, "roads.malta")
        o, d = (a.ravel() for a in np.meshgrid(np.arange(n), np.arange(n), indexing="ij"))
        start = time.perf_counter()
        snapped = routing.snap(net, lon, lat)
        theirs, _ = pgrouting.pair_costs(
            conn, "roads.malta", snapped.take(slice(0, n)), snapped.take(slice(n, 2 * n)), o, d,
            cutoff=bench.CUTOFF_M, lengths_m=net.length_m,
        )  # fmt: skip
        seconds = time.perf_counter() - start
        server_mb = _server_peak_mb(conn)
        conn.close()
    finally:
        server.stop()
    theirs = theirs.reshape(n, n)
    both = np.isfinite(ours) & np.isfinite(theirs) & (ours > 0)
    rel = np.abs(theirs[both] - ours[both]) / ours[both]
    return {
        "seconds": seconds,
        "origins": n,
        "destinations": n,
        "server_peak_mb": server_mb,
        "note": f"timed: snap (EcoPark) + pgr_withPointsCost many-to-many on {loaded['edges']:,} edges, cutoff "
        f"applied to its costs; loading the table + pgr_createTopology ({loaded['seconds']:.1f} s, "
        f"{loaded['vertices']:,} vertices) not timed. Server backend peak {server_mb:,.0f} MB (the peak MB "
        f"column is the client's). Against EcoPark: {int(np.isfinite(theirs).sum()):,} pairs reached "
        f"(EcoPark {int(np.isfinite(ours).sum()):,}), relative difference median {np.median(rel):.1e}, max "
        f"{rel.max():.1e}",
    }


COUNTRY_SIDE = 1000  # junctions per side of the grid
COUNTRY_SPACING_M = 500.0
COUNTRY_SITES = 5000
COUNTRY_RADIUS_M = 50_000.0
COUNTRY_CUTOFF_M = 60_000.0
COUNTRY_SEED = 20261207


def country_network():
    """The synthetic network (EPSG:3035 metres, planar lengths): junctions of a grid moved by up to 30 %
    of the spacing, 8 % of the links missing, 3 % one-way, every 20th row and column a 90 km/h trunk road,
    the rest 50 km/h."""
    import numpy as np
    from pyproj import CRS

    from ecopark_plugin.core.transport.network import Network

    rng = np.random.default_rng(COUNTRY_SEED)
    n, step = COUNTRY_SIDE, COUNTRY_SPACING_M
    iy, ix = np.divmod(np.arange(n * n), n)
    x = 4_000_000.0 + ix * step + rng.uniform(-0.3, 0.3, n * n) * step
    y = 3_000_000.0 + iy * step + rng.uniform(-0.3, 0.3, n * n) * step
    right = np.flatnonzero(ix < n - 1)
    up = np.flatnonzero(iy < n - 1)
    u = np.concatenate([right, up])
    v = np.concatenate([right + 1, up + n])
    trunk = np.concatenate([iy[right] % 20 == 0, ix[up] % 20 == 0])
    keep = trunk | (rng.random(len(u)) > 0.08)
    u, v, trunk = u[keep], v[keep], trunk[keep]
    length = np.hypot(x[v] - x[u], y[v] - y[u])
    speed = np.where(trunk, 90.0, 50.0) / 3.6
    edges = len(u)
    coords = np.empty((2 * edges, 2))
    coords[0::2, 0], coords[0::2, 1] = x[u], y[u]
    coords[1::2, 0], coords[1::2, 1] = x[v], y[v]
    cum_m = np.zeros(2 * edges)
    cum_s = np.zeros(2 * edges)
    cum_m[1::2], cum_s[1::2] = length, length / speed
    net = Network(
        kind="road",
        crs=CRS.from_epsg(3035),
        u=u.astype(np.int64),
        v=v.astype(np.int64),
        oneway=(rng.random(edges) < 0.03) & ~trunk,
        offsets=np.arange(0, 2 * edges + 1, 2),
        coords=coords,
        cum_m=cum_m,
        cum_s=cum_s,
        feature=np.arange(edges),
        n_nodes=n * n,
    )
    net.stats = {"edges": edges, "nodes": n * n, "length_km": float(length.sum() / 1000)}
    return net


def country_sites():
    """5,000 random sites (lon, lat) over the network and the ordered pairs within 50 km of each other."""
    import numpy as np
    from pyproj import Transformer
    from scipy.spatial import cKDTree

    rng = np.random.default_rng(COUNTRY_SEED + 1)
    span = (COUNTRY_SIDE - 1) * COUNTRY_SPACING_M
    x = 4_000_000.0 + rng.uniform(0, span, COUNTRY_SITES)
    y = 3_000_000.0 + rng.uniform(0, span, COUNTRY_SITES)
    pairs = cKDTree(np.column_stack([x, y])).query_pairs(COUNTRY_RADIUS_M, output_type="ndarray")
    o = np.concatenate([pairs[:, 0], pairs[:, 1]])
    d = np.concatenate([pairs[:, 1], pairs[:, 0]])
    lon, lat = Transformer.from_crs(3035, 4326, always_xy=True).transform(x, y)
    return np.asarray(lon), np.asarray(lat), o, d


def _country_note(net, o, build_s, metres) -> str:
    import numpy as np

    return (
        f"{net.stats['edges']:,} edges, {net.stats['nodes']:,} junctions, {net.stats['length_km']:,.0f} km (built in "
        f"{build_s:.1f} s, not timed); {COUNTRY_SITES:,} sites, {len(o):,} ordered pairs within "
        f"{COUNTRY_RADIUS_M / 1000:g} km, cutoff {COUNTRY_CUTOFF_M / 1000:g} km: {int(np.isfinite(metres).sum()):,} "
        f"reached, median {np.nanmedian(metres) / 1000:.1f} km"
    )


def case_country_ecopark(shared: Path) -> dict:
    import numpy as np

    from ecopark_plugin.core.transport import routing, shortcuts

    start = time.perf_counter()
    net = country_network()
    lon, lat, o, d = country_sites()
    build_s = time.perf_counter() - start
    start = time.perf_counter()
    snapped = routing.snap(net, lon, lat)
    metres, _ = routing.pair_costs(net, snapped, snapped, o, d, cutoff=COUNTRY_CUTOFF_M)
    seconds = time.perf_counter() - start
    np.save(ROOT / "build" / "country_ecopark.npy", metres)  # for the pgRouting case's agreement
    return {
        "seconds": seconds,
        "origins": COUNTRY_SITES,
        "destinations": COUNTRY_SITES,
        "note": f"timed: snap + pair_costs ({shortcuts.WORKERS} processes); " + _country_note(net, o, build_s, metres),
    }


def case_country_pgrouting(shared: Path) -> dict:
    import numpy as np
    import psycopg2

    from ecopark_plugin.core.transport import routing
    from ecopark_plugin.qgis_io import pgrouting

    sys.path.insert(0, str(ROOT / "tests"))
    import postgres_server

    reason = postgres_server.why_not()
    if reason:
        raise SystemExit(f"pgRouting case: {reason}")
    start = time.perf_counter()
    net = country_network()
    lon, lat, o, d = country_sites()
    build_s = time.perf_counter() - start
    server = postgres_server.Server(port=54332).start()
    try:
        conn = psycopg2.connect(server.create_database("country", ("postgis", "pgrouting")))
        loaded = pgrouting.load_network(conn, net, "roads.country", topology=False)
        start = time.perf_counter()
        snapped = routing.snap(net, lon, lat)
        metres, _ = pgrouting.pair_costs(
            conn, "roads.country", snapped, snapped, o, d, cutoff=COUNTRY_CUTOFF_M, lengths_m=net.length_m
        )
        seconds = time.perf_counter() - start
        server_mb = _server_peak_mb(conn)
        conn.close()
    finally:
        server.stop()
    agreement = ""
    ours_path = ROOT / "build" / "country_ecopark.npy"
    if ours_path.exists():
        ours = np.load(ours_path)
        both = np.isfinite(ours) & np.isfinite(metres) & (ours > 0)
        rel = np.abs(metres[both] - ours[both]) / ours[both]
        agreement = (
            f"; against EcoPark: same reach on {int((np.isfinite(ours) == np.isfinite(metres)).sum()):,} of "
            f"{len(o):,} pairs, relative difference max {rel.max():.1e}"
        )
    return {
        "seconds": seconds,
        "origins": COUNTRY_SITES,
        "destinations": COUNTRY_SITES,
        "server_peak_mb": server_mb,
        "note": f"timed: snap (EcoPark) + pgr_withPointsCost on the pairs (combinations); loading the table "
        f"({loaded['seconds']:.0f} s, junction numbers as source/target, no pgr_createTopology) not timed; server "
        f"backend peak {server_mb:,.0f} MB (peak MB column: the client); "
        + _country_note(net, o, build_s, metres)
        + agreement,
    }


MALTA_CASES = {
    "malta_pandana": (
        "Malta OSM roads: 1,000 x 1,000 building sites, 30 km cutoff",
        "pandana contraction hierarchy (PyPI), pair by pair",
        case_malta_pandana,
    ),
    "malta_pgrouting": (
        "Malta OSM roads: 1,000 x 1,000 building sites, 30 km cutoff",
        "pgRouting 3 pgr_withPointsCost in PostgreSQL (Debian packages)",
        case_malta_pgrouting,
    ),
}

COUNTRY_CASE = "Synthetic country: 1.8 M road edges, 5,000 sites, pairs within 50 km, 60 km cutoff"
COUNTRY_CASES = {
    "country_ecopark": (COUNTRY_CASE, "EcoPark routing.pair_costs (in process)", case_country_ecopark),
    "country_pgrouting": (COUNTRY_CASE, "pgRouting pgr_withPointsCost (combinations)", case_country_pgrouting),
}
