"""Benchmark cases of the routing backends, run by scripts/bench.py (each in its own process).

* ``malta_pandana``: pandana's contraction hierarchy (C++, PyPI) on the same Malta query graph as
  EcoPark's, installed by ``make bench`` into ``build/bench-deps`` (not a plugin dependency).
* ``malta_pgrouting``: pgRouting's ``pgr_withPointsCost`` on EcoPark's Malta network loaded into a
  throwaway PostgreSQL server (tests/postgres_server.py); peak memory is the server process's.
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
