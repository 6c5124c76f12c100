"""pgRouting as a routing backend: the network in a database table, pair distances computed by the server.

For networks already in PostgreSQL, or too large for the desktop's memory. :func:`load_network` writes
a line layer (EcoPark's network edges, as ``ecopark:buildnetwork`` writes them, or any line layer whose
lines meet at their ends) into a table and builds its topology with ``pgr_createTopology``.
:func:`pair_costs` then answers the same question as the in-process
:func:`~ecopark_plugin.core.transport.routing.pair_costs`: the network cost of each (origin,
destination) pair between the sites' snapped points. The points are given to ``pgr_withPointsCost``,
pgRouting's many-to-many Dijkstra with points on edges (``pgr_dijkstraCost`` between vertices, plus
the part of the edge each site sits on), so both backends measure between the same points. The cutoff
is applied to the costs pgRouting returns: its Dijkstra has no cost limit for many-to-many costs.

The cost is the route's metres (``weight='length'``) or seconds (``weight='time'``); the other figure of
the same route is NaN, since pgRouting returns one cost per pair.
"""

from __future__ import annotations

import io
import time
import uuid

import numpy as np

from ..core.model.errors import Cancelled, InputError
from ..core.transport.network import Network
from ..core.transport.routing import Snapped
from ..i18n import translator
from .postgis import check_schema_name, connect

tr = translator("PgRouting")


def load_network(
    conn, net: Network, table: str = "public.ecopark_edges", tolerance_m: float = 0.001, topology: bool = True
) -> dict:
    """Write ``net``'s edges to ``table`` (replaced if there) with ``cost_m``/``reverse_cost_m`` and
    ``cost_s``/``reverse_cost_s`` (-1: one-way against the line) and build its topology with
    ``pgr_createTopology`` (``topology=False``: take ``source``/``target`` from the network's own junction
    numbers instead; pgr_createTopology works row by row, about 1,000 edges a second here).

    Returns ``{'edges': n, 'vertices': n, 'seconds': s}``. Commits.
    """
    schema, name = table.split(".") if "." in table else ("public", table)
    check_schema_name(schema)
    check_schema_name(name)
    start = time.perf_counter()
    length, seconds = net.length_m, net.time_s
    back_m = np.where(net.oneway, -1.0, length)
    back_s = np.where(net.oneway, -1.0, seconds)
    buffer = io.StringIO()
    for e in range(net.n_edges):
        xy = net.coords[net.offsets[e] : net.offsets[e + 1]]
        wkt = "LINESTRING(" + ",".join(f"{x!r} {y!r}" for x, y in xy.tolist()) + ")"
        ends = "" if topology else f"\t{net.u[e] + 1}\t{net.v[e] + 1}"
        buffer.write(f"{e + 1}\t{length[e]!r}\t{back_m[e]!r}\t{seconds[e]!r}\t{back_s[e]!r}\t{wkt}{ends}\n")
    buffer.seek(0)
    with conn.cursor() as cur:
        cur.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        cur.execute(f'DROP TABLE IF EXISTS "{schema}"."{name}" CASCADE')
        cur.execute(f'DROP TABLE IF EXISTS "{schema}"."{name}_vertices_pgr" CASCADE')
        cur.execute(
            f"""CREATE TABLE "{schema}"."{name}" (id bigint PRIMARY KEY, cost_m float8, reverse_cost_m float8,
                cost_s float8, reverse_cost_s float8, geom geometry(LineString), source bigint, target bigint)"""
        )
        columns = "id, cost_m, reverse_cost_m, cost_s, reverse_cost_s, geom" + ("" if topology else ", source, target")
        cur.copy_expert(f'COPY "{schema}"."{name}" ({columns}) FROM STDIN', buffer)
        if topology:
            cur.execute("SELECT pgr_createTopology(%s, %s, 'geom', 'id')", (f"{schema}.{name}", tolerance_m))
            (status,) = cur.fetchone()
            if status != "OK":
                raise RuntimeError(f"pgr_createTopology on {schema}.{name} said {status}")
            from psycopg2 import sql  # lazily: the plugin loads without psycopg2

            cur.execute(
                sql.SQL("SELECT count(*) FROM {}.{}").format(
                    sql.Identifier(schema), sql.Identifier(f"{name}_vertices_pgr")
                )
            )
            (vertices,) = cur.fetchone()
        else:
            vertices = net.n_nodes
    conn.commit()
    return {"edges": int(net.n_edges), "vertices": int(vertices), "seconds": time.perf_counter() - start}


def pair_costs(
    conn,
    table: str,
    origins: Snapped,
    destinations: Snapped,
    pairs_o: np.ndarray,
    pairs_d: np.ndarray,
    cutoff: float | None = None,
    weight: str = "length",
    directed: bool = True,
    lengths_m: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Metres and seconds of each pair's route, computed by pgRouting on ``table`` (see module doc).

    ``lengths_m`` are the network's edge lengths (``net.length_m``), to place each snapped point on its
    edge as a fraction. Pairs with an end not snapped, unreachable or beyond ``cutoff`` get NaN.
    """
    if weight not in ("length", "time"):
        raise ValueError("weight must be 'length' or 'time'")
    pairs_o, pairs_d = np.asarray(pairs_o), np.asarray(pairs_d)
    both = origins.join(destinations)
    ok = both.ok & (both.edge >= 0)
    # a point at an edge's very end (fraction 0 or 1) comes back from pgRouting as that vertex, not as the
    # point: keep every point a hair (a micrometre on a 10 m edge) inside its edge
    fraction = np.clip(both.at_m / np.maximum(lengths_m[np.maximum(both.edge, 0)], 1e-12), 1e-7, 1.0 - 1e-7)
    n_o = len(origins)
    # one pgRouting point per distinct place (it keeps one of several points at one place), ids 1-based
    place = np.round(np.column_stack([np.maximum(both.edge, 0), fraction * 1e9])).astype(np.int64)
    _, first, inverse = np.unique(place, axis=0, return_index=True, return_inverse=True)
    pid = first[inverse.ravel()] + 1
    o_pid, d_pid = pid[pairs_o], pid[n_o + pairs_d]
    valid = ok[pairs_o] & ok[n_o + pairs_d]
    suffix = "m" if weight == "length" else "s"
    schema, name = table.split(".") if "." in table else ("public", table)
    from psycopg2 import sql  # lazily: the plugin loads without psycopg2

    edges_sql = (
        sql.SQL("SELECT id, source, target, {} AS cost, {} AS reverse_cost FROM {}.{}")
        .format(
            sql.Identifier(f"cost_{suffix}"),
            sql.Identifier(f"reverse_cost_{suffix}"),
            sql.Identifier(schema),
            sql.Identifier(name),
        )
        .as_string(conn)
    )
    costs = np.full(len(pairs_o), np.nan)
    if not valid.any():
        return (costs, costs.copy())
    with conn.cursor() as cur:
        cur.execute("CREATE TEMP TABLE IF NOT EXISTS ecopark_points (pid bigint, edge_id bigint, fraction float8)")
        cur.execute("TRUNCATE ecopark_points")
        used = np.flatnonzero(ok & (pid == np.arange(len(pid)) + 1))
        buffer = io.StringIO("".join(f"{i + 1}\t{both.edge[i] + 1}\t{fraction[i]!r}\n" for i in used.tolist()))
        cur.copy_expert("COPY ecopark_points (pid, edge_id, fraction) FROM STDIN", buffer)
        # negative ids name points (positive ones would be vertices)
        starts, ends = np.unique(o_pid[valid]), np.unique(d_pid[valid])
        pairs = np.unique(np.column_stack([o_pid[valid], d_pid[valid]]), axis=0)
        points_sql = "SELECT pid, edge_id, fraction FROM ecopark_points"
        if len(pairs) < 0.5 * len(starts) * len(ends):
            # the pairs asked for only: each search stops once its own destinations are found
            cur.execute("CREATE TEMP TABLE IF NOT EXISTS ecopark_pairs (source bigint, target bigint)")
            cur.execute("TRUNCATE ecopark_pairs")
            text = "".join(f"{-a}\t{-b}\n" for a, b in pairs.tolist() if a != b)
            cur.copy_expert("COPY ecopark_pairs (source, target) FROM STDIN", io.StringIO(text))
            cur.execute(
                """SELECT start_pid, end_pid, agg_cost FROM pgr_withPointsCost(%s, %s,
                       'SELECT source, target FROM ecopark_pairs', directed => %s, driving_side => 'b')""",
                (edges_sql, points_sql, bool(directed)),
            )
        else:
            cur.execute(
                """SELECT start_pid, end_pid, agg_cost FROM pgr_withPointsCost(%s, %s, %s::bigint[], %s::bigint[],
                       directed => %s, driving_side => 'b')""",
                (edges_sql, points_sql, (-starts).tolist(), (-ends).tolist(), bool(directed)),
            )
        rows = np.array(cur.fetchall(), dtype=float).reshape(-1, 3)
    conn.commit()
    key = {(int(-a), int(-b)): c for a, b, c in rows.tolist()}
    for i in np.flatnonzero(valid).tolist():
        a, b = int(o_pid[i]), int(d_pid[i])
        same_place = both.edge[a - 1] == both.edge[b - 1] and abs(both.at_m[a - 1] - both.at_m[b - 1]) < 1e-3
        costs[i] = 0.0 if same_place else key.get((a, b), np.nan)
    if cutoff is not None and np.isfinite(cutoff):
        costs[costs > cutoff] = np.nan
    other = np.full(len(pairs_o), np.nan)
    return (costs, other) if weight == "length" else (other, costs)


class Router:
    """pgRouting as the road router of a run (``--router pgrouting``, Processing's ROUTER).

    Called like :func:`~ecopark_plugin.core.transport.routing.pair_costs` (it goes into
    :attr:`~ecopark_plugin.core.transport.plan.Networks.road_costs`), so the engine stays free of the
    database. The first call writes the network into ``<schema>.road_edges`` (:func:`load_network`, with the
    network's own junctions as its topology); each call then asks pgRouting for the costs of its pairs.
    Without ``schema`` the table goes into a new schema ``ecopark_route_<random>`` that :meth:`close` drops;
    a named schema keeps the table after the run (an existing table is replaced only with ``overwrite``).

    pgRouting returns one cost per pair. The other figure (seconds of the shortest route, or metres of
    the fastest) comes from a second query with the other weight: it is that of the other weight's best
    route, so no larger than the in-process router's (the same where one route is both shortest and fastest).
    """

    TABLE = "road_edges"

    def __init__(self, database: str, schema: str | None = None, overwrite: bool = False):
        self.database = database
        self.temporary = not schema
        self.schema = check_schema_name(schema) if schema else f"ecopark_route_{uuid.uuid4().hex[:12]}"
        self.table = f"{self.schema}.{self.TABLE}"
        self.overwrite = overwrite
        self.conn = None
        self._net = None
        #: ``load_network``'s figures, and the seconds spent in pgRouting's queries
        self.loaded: dict = {}
        self.query_seconds = 0.0

    def _connect(self):
        if self.conn is not None:
            return self.conn
        conn = connect(self.database)
        with conn.cursor() as cur:
            cur.execute("SELECT extversion FROM pg_extension WHERE extname = 'pgrouting'")
            found = cur.fetchone()
            if found is None:
                conn.close()
                raise InputError.single(
                    "database",
                    tr(
                        "the pgRouting router needs the pgrouting extension in the database; run "
                        "CREATE EXTENSION pgrouting CASCADE there (as its owner), or route in process"
                    ),
                )
            if not self.temporary and not self.overwrite:
                cur.execute("SELECT to_regclass(%s)", (f'"{self.schema}"."{self.TABLE}"',))
                if cur.fetchone()[0] is not None:
                    conn.close()
                    raise InputError.single(
                        "database",
                        tr(
                            "table {table} exists in the database; choose another schema for the router's network, or allow overwriting"
                        ).format(table=self.table),
                    )
        conn.rollback()
        self.conn = conn
        return conn

    def check(self) -> None:
        """Connect now (before a long run) and say what is wrong with the database, if anything."""
        self._connect()

    def __call__(
        self,
        net: Network,
        origins: Snapped,
        destinations: Snapped,
        pairs_o: np.ndarray,
        pairs_d: np.ndarray,
        cutoff: float | None = None,
        weight: str = "length",
        directed: bool = True,
        progress=None,
        is_cancelled=None,
        **_speed_options,
    ) -> tuple[np.ndarray, np.ndarray]:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled("cancelled by the user")
        conn = self._connect()
        if self._net is not net:
            self.loaded = load_network(conn, net, self.table, topology=False)
            self._net = net
        start = time.perf_counter()
        first = pair_costs(
            conn, self.table, origins, destinations, pairs_o, pairs_d, cutoff, weight, directed, net.length_m
        )
        found = first[0] if weight == "length" else first[1]
        if progress is not None:
            progress(50.0)
        if is_cancelled is not None and is_cancelled():
            raise Cancelled("cancelled by the user")
        other_weight = "time" if weight == "length" else "length"
        reached = np.flatnonzero(np.isfinite(found))
        other = np.full(len(found), np.nan)
        if len(reached):
            second = pair_costs(
                conn,
                self.table,
                origins,
                destinations,
                np.asarray(pairs_o)[reached],
                np.asarray(pairs_d)[reached],
                None,
                other_weight,
                directed,
                net.length_m,
            )
            other[reached] = second[0] if other_weight == "length" else second[1]
        self.query_seconds += time.perf_counter() - start
        if progress is not None:
            progress(100.0)
        return (found, other) if weight == "length" else (other, found)

    def close(self) -> None:
        """Drop the temporary schema (a named one is kept) and close the connection."""
        if self.conn is None:
            return
        try:
            if self.temporary:
                self.conn.rollback()
                with self.conn.cursor() as cur:
                    cur.execute(f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE')
                self.conn.commit()
        finally:
            self.conn.close()
            self.conn = None
            self._net = None
