"""Routing on a transport network (:mod:`.network`): snapping, distances for candidate pairs and routed lines.

Sites are snapped to the nearest point of the nearest edge (within ``max_snap_m``). That point
splits its edge at query time, as QGIS's own director does with tie points; several sites on one
edge split it in order along it.

Distances are computed for the candidate pairs only: one Dijkstra per distinct origin, with a
cutoff, by scipy's compiled ``csgraph.dijkstra`` in chunks of origins so that memory stays bounded,
on a graph reduced to the same distances between the snapped points and, for many origins, split
across worker processes (:mod:`.shortcuts`).
Metres and seconds of the *same* route come from one search: each edge weight packs the quantity
minimised in its high digits and the other one in its low digits. The quantum of the first is the
cutoff / 2**26 (0.45 mm for 30 km, 7.5 mm for 500 km; without a cutoff the longest pair cost found
by a first, plain search takes its place), that of the second is set so any route within the
cutoff fits. Sums of integers below 2**53 are exact in float64, so the
total of a path decodes into both figures exactly, and the search is lexicographic: shortest first,
then the faster of equally short routes.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import shapely
from pyproj import Transformer
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from .geodesy import GEOD, WGS84
from .network import Network
from .shortcuts import contract, many_sources, simplify

__all__ = ["Snapped", "snap", "pair_costs", "routes", "edge_slice", "simplify", "contract"]

#: bytes of one chunk of the distance matrix (origins x nodes float64)
CHUNK_BYTES = 64 * 2**20
#: from this many distinct origins the graph is contracted (:func:`.shortcuts.contract`) before the
#: searches; for fewer, the contraction (pure Python, about 13 us a node) costs more than it saves
CONTRACT_MIN_SOURCES = 64
_PACK_BITS = 52  # float64 holds integers exactly up to 2**53; one bit of headroom


@dataclass
class Snapped:
    """Where points meet a network: the edge, the metres and seconds from its start, the point."""

    edge: np.ndarray
    at_m: np.ndarray
    at_s: np.ndarray
    x: np.ndarray
    y: np.ndarray
    #: geodesic distance from the point to the network, metres
    snap_m: np.ndarray
    #: False where the nearest edge is farther than the maximum snapping distance
    ok: np.ndarray
    #: component of the network the point snapped to (0 is the largest)
    component: np.ndarray

    def __len__(self) -> int:
        return len(self.edge)

    def take(self, index) -> Snapped:
        """The points at ``index``."""
        return Snapped(*(getattr(self, f)[index] for f in Snapped.__dataclass_fields__))

    def join(self, other: Snapped) -> Snapped:
        """These points followed by ``other``'s."""
        return Snapped(*(np.concatenate([getattr(self, f), getattr(other, f)]) for f in Snapped.__dataclass_fields__))


def snap(net: Network, lon, lat, max_snap_m: float | None = None) -> Snapped:
    """Snap points (WGS 84 degrees) to the nearest point of the nearest edge."""
    lon, lat = np.asarray(lon, float), np.asarray(lat, float)
    px, py = Transformer.from_crs(WGS84, net.crs, always_xy=True).transform(lon, lat)
    points = shapely.points(px, py)
    found = net.tree().query_nearest(points, all_matches=False)
    edge = np.full(len(lon), -1, np.int64)
    edge[found[0]] = found[1]
    lines = net.lines()[edge]
    along = shapely.line_locate_point(lines, points)
    near = shapely.line_interpolate_point(lines, along)
    x, y = shapely.get_x(near), shapely.get_y(near)
    at_m, at_s = _along(net, edge, along)
    nlon, nlat = Transformer.from_crs(net.crs, WGS84, always_xy=True).transform(x, y)
    _, _, snap_m = GEOD.inv(lon, lat, nlon, nlat)
    snap_m = np.asarray(snap_m, float)
    ok = np.ones(len(lon), bool) if max_snap_m is None else snap_m <= max_snap_m
    component = net.component()[net.u[edge]]
    return Snapped(edge, at_m, at_s, np.asarray(x), np.asarray(y), snap_m, ok, component)


def _along(net: Network, edge: np.ndarray, planar: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Geodesic metres and seconds from an edge's start at a planar distance along it."""
    at_m = np.empty(len(edge))
    at_s = np.empty(len(edge))
    for i, (e, d) in enumerate(zip(edge.tolist(), planar.tolist())):
        lo, hi = net.offsets[e], net.offsets[e + 1]
        xy = net.coords[lo:hi]
        steps = np.hypot(*np.diff(xy, axis=0).T)
        cum = np.concatenate([[0.0], np.cumsum(steps)])
        k = min(max(int(np.searchsorted(cum, d, side="right")) - 1, 0), len(steps) - 1)
        frac = 0.0 if steps[k] == 0 else min(max((d - cum[k]) / steps[k], 0.0), 1.0)
        m, s = net.cum_m[lo:hi], net.cum_s[lo:hi]
        at_m[i] = m[k] + frac * (m[k + 1] - m[k])
        at_s[i] = s[k] + frac * (s[k + 1] - s[k])
    return at_m, at_s


@dataclass
class _QueryGraph:
    """The network with its snapped points inserted as nodes, as a CSR matrix of packed weights."""

    matrix: csr_matrix
    #: node of each snapped point
    point_node: np.ndarray
    #: per stored matrix entry: the edge it lies on and its metres from/to along that edge
    piece_edge: np.ndarray
    piece_from: np.ndarray
    piece_to: np.ndarray
    scale: float  # packed = primary_quanta * scale + secondary_quanta
    q_primary: float
    q_secondary: float
    primary: str


def _query_graph(net: Network, snapped: Snapped, weight: str, cutoff: float | None, directed: bool) -> _QueryGraph:
    """Insert the snapped points into their edges and pack (primary, secondary) into each weight."""
    use = np.flatnonzero(snapped.ok & (snapped.edge >= 0))
    # one node per distinct location on an edge
    key = np.round(np.column_stack([snapped.edge[use], snapped.at_m[use] * 1000.0])).astype(np.int64)
    uniq, first, inverse = np.unique(key, axis=0, return_index=True, return_inverse=True)
    point_node = np.full(len(snapped), -1, np.int64)
    tie = net.n_nodes + np.arange(len(uniq))
    point_node[use] = tie[inverse.ravel()]
    t_edge = snapped.edge[use][first]
    t_m, t_s = snapped.at_m[use][first], snapped.at_s[use][first]
    # pieces: every edge without ties whole, edges with ties split in order along them
    length, time = net.length_m, net.time_s
    has_tie = np.zeros(net.n_edges, bool)
    has_tie[t_edge] = True
    plain = np.flatnonzero(~has_tie)
    src = [net.u[plain]]
    dst = [net.v[plain]]
    p_edge, p_from, p_to, p_m, p_s = [plain], [np.zeros(len(plain))], [length[plain]], [length[plain]], [time[plain]]
    order = np.lexsort((t_m, t_edge))
    te, tm, ts, tn = t_edge[order], t_m[order], t_s[order], tie[order]
    starts = np.flatnonzero(np.r_[True, te[1:] != te[:-1]])
    for k, lo in enumerate(starts):
        hi = starts[k + 1] if k + 1 < len(starts) else len(te)
        e = te[lo]
        nodes = np.concatenate([[net.u[e]], tn[lo:hi], [net.v[e]]])
        ms = np.concatenate([[0.0], tm[lo:hi], [length[e]]])
        ss = np.concatenate([[0.0], ts[lo:hi], [time[e]]])
        src.append(nodes[:-1])
        dst.append(nodes[1:])
        p_edge.append(np.full(len(nodes) - 1, e))
        p_from.append(ms[:-1])
        p_to.append(ms[1:])
        p_m.append(np.diff(ms))
        p_s.append(np.diff(ss))
    src, dst = np.concatenate(src), np.concatenate(dst)
    p_edge, p_from, p_to = np.concatenate(p_edge), np.concatenate(p_from), np.concatenate(p_to)
    p_m, p_s = np.concatenate(p_m), np.concatenate(p_s)
    twoway = ~net.oneway[p_edge] | (not directed)
    # reverse copies of two-way pieces
    src, dst = np.concatenate([src, dst[twoway]]), np.concatenate([dst, src[twoway]])
    p_edge = np.concatenate([p_edge, p_edge[twoway]])
    p_from, p_to = np.concatenate([p_from, p_to[twoway]]), np.concatenate([p_to, p_from[twoway]])
    p_m, p_s = np.concatenate([p_m, p_m[twoway]]), np.concatenate([p_s, p_s[twoway]])

    prim, sec = (p_m, p_s) if weight == "length" else (p_s, p_m)
    total_prim = float(prim.sum()) or 1.0
    limit = min(cutoff, total_prim) if cutoff is not None and math.isfinite(cutoff) else total_prim
    # primary gets half the bits, the secondary of any path within the limit the other half
    half = 2.0 ** (_PACK_BITS // 2)
    q_primary = limit * 1.01 / half
    ratio = np.where(prim > 0, sec / np.maximum(prim, 1e-300), 0.0)
    q_secondary = max(limit * float(ratio.max(initial=0.0)) * 2.0 / half, 1e-12)
    packed = np.round(prim / q_primary) * half + np.round(sec / q_secondary)
    packed = np.maximum(packed, 1.0)  # csgraph reads an explicit 0 as no edge
    # parallel pieces between the same nodes: keep the lightest
    n = net.n_nodes + len(uniq)
    best = np.lexsort((packed, dst, src))
    src, dst, packed = src[best], dst[best], packed[best]
    p_edge, p_from, p_to = p_edge[best], p_from[best], p_to[best]
    keep = np.r_[True, (src[1:] != src[:-1]) | (dst[1:] != dst[:-1])] & (src != dst)
    matrix = csr_matrix((packed[keep], (src[keep], dst[keep])), shape=(n, n))
    matrix.sort_indices()
    # entry order in CSR equals the (src, dst) lexicographic order we kept
    return _QueryGraph(matrix, point_node, p_edge[keep], p_from[keep], p_to[keep], half, q_primary, q_secondary, weight)


def _decode(qg: _QueryGraph, packed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    prim_q = np.floor(packed / qg.scale)
    sec_q = packed - prim_q * qg.scale
    prim, sec = prim_q * qg.q_primary, sec_q * qg.q_secondary
    return (prim, sec) if qg.primary == "length" else (sec, prim)


def pair_costs(
    net: Network,
    origins: Snapped,
    destinations: Snapped,
    pairs_o: np.ndarray,
    pairs_d: np.ndarray,
    cutoff: float | None = None,
    weight: str = "length",
    directed: bool = True,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    shortcuts: bool | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Network metres and seconds of the route for each pair (origin index, destination index).

    Parameters
    ----------
    cutoff
        Largest cost searched (metres when ``weight`` is ``length``, seconds for ``time``); pairs
        beyond it, unreachable, or with an end not snapped get NaN.
    weight
        ``length`` (shortest route) or ``time`` (fastest route).
    directed
        False ignores one-way rules (for a pipe laid along the roads).
    workers
        Processes for the searches (default :data:`.shortcuts.WORKERS`; 1: this process only).
    shortcuts
        Contract the graph before searching (default: from :data:`CONTRACT_MIN_SOURCES` origins).
        Neither option changes a result: they are for speed.
    """
    if weight not in ("length", "time"):
        raise ValueError("weight must be 'length' or 'time'")
    both = origins.join(destinations)
    if not (both.ok & (both.edge >= 0)).any():  # no point on the network: no route, not an empty graph
        return np.full(len(pairs_o), np.nan), np.full(len(pairs_o), np.nan)
    if cutoff is None or not math.isfinite(cutoff):
        cutoff = _longest(net, both, len(origins), pairs_o, pairs_d, weight, directed)
    qg = _query_graph(net, both, weight, cutoff, directed)
    o_node = qg.point_node[: len(origins)][pairs_o]
    d_node = qg.point_node[len(origins) :][pairs_d]
    metres = np.full(len(pairs_o), np.nan)
    seconds = np.full(len(pairs_o), np.nan)
    valid = np.flatnonzero((o_node >= 0) & (d_node >= 0))
    if not len(valid):
        return metres, seconds
    limit = np.inf
    if cutoff is not None and math.isfinite(cutoff):
        limit = (math.floor(cutoff / qg.q_primary) + 1) * qg.scale - 1
    n_sources = len(_dense_unique(o_node[valid], qg.matrix.shape[0])[0])
    reduce = contract if (shortcuts if shortcuts is not None else n_sources >= CONTRACT_MIN_SOURCES) else simplify
    matrix, renum = reduce(qg.matrix, np.unique(qg.point_node[qg.point_node >= 0]))
    sources, where = _dense_unique(renum[o_node[valid]], matrix.shape[0])
    targets, col = _dense_unique(renum[d_node[valid]], matrix.shape[0])
    chunk = max(1, int(CHUNK_BYTES // (8 * matrix.shape[0])))
    # pairs ordered by source, so that each block of sources owns one slice of them
    order = np.argsort(where, kind="stable")
    bounds = np.searchsorted(where[order], np.arange(len(sources) + 1))
    blocks = many_sources(matrix, sources, targets, limit, directed, chunk, workers, progress, is_cancelled)
    for lo, dist in blocks:
        mine = order[bounds[lo] : bounds[lo + len(dist)]]
        packed = dist[where[mine] - lo, col[mine]]
        reached = np.isfinite(packed)
        m, s = _decode(qg, np.where(reached, packed, 0.0))
        metres[valid[mine]] = np.where(reached, m, np.nan)
        seconds[valid[mine]] = np.where(reached, s, np.nan)
    return metres, seconds


def _dense_unique(values: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_inverse=True)`` for integers in ``[0, size)``, without sorting
    (a million pairs' nodes: 10 ms instead of 100)."""
    seen = np.zeros(size, bool)
    seen[values] = True
    rank = np.cumsum(seen) - 1
    return np.flatnonzero(seen), rank[values]


def _longest(net, both, n_origins, pairs_o, pairs_d, weight, directed) -> float:
    """The longest finite cost among the pairs, by a plain float search: the packing's precision
    is set by the largest cost it must hold, so without a cutoff this one is found first."""
    coarse = _query_graph(net, both, weight, None, directed)
    o = coarse.point_node[:n_origins][pairs_o]
    d = coarse.point_node[n_origins:][pairs_d]
    ok = (o >= 0) & (d >= 0)
    if not ok.any():
        return 1.0
    matrix = coarse.matrix.copy()
    prim_q = np.floor(matrix.data / coarse.scale)
    matrix.data = np.maximum(prim_q, 1e-3) * coarse.q_primary
    sources, where = np.unique(o[ok], return_inverse=True)
    dist = dijkstra(matrix, directed=directed, indices=sources)
    reached = dist[where, d[ok]]
    reached = reached[np.isfinite(reached)]
    # a little headroom for the coarse quantisation of this first pass
    return float(reached.max()) * 1.01 + 1.0 if len(reached) else 1.0


def routes(
    net: Network,
    origins: Snapped,
    destinations: Snapped,
    pairs_o: np.ndarray,
    pairs_d: np.ndarray,
    weight: str = "length",
    directed: bool = True,
    cutoff: float | None = None,
) -> list[np.ndarray | None]:
    """The vertices (in ``net.crs``) of the route of each pair, from the origin's snapped point to
    the destination's; None where there is no route.

    ``cutoff`` (metres or seconds, as for :func:`pair_costs`) only sets the precision of the weights:
    give the longest cost expected, so that the route drawn is the one :func:`pair_costs` measured.
    """
    both = origins.join(destinations)
    qg = _query_graph(net, both, weight, cutoff, directed)
    o_node = qg.point_node[: len(origins)][pairs_o]
    d_node = qg.point_node[len(origins) :][pairs_d]
    out: list[np.ndarray | None] = [None] * len(pairs_o)
    valid = np.flatnonzero((o_node >= 0) & (d_node >= 0))
    if not len(valid):
        return out
    sources, where = np.unique(o_node[valid], return_inverse=True)
    indptr, indices = qg.matrix.indptr, qg.matrix.indices
    for k, source in enumerate(sources):
        dist, pred = dijkstra(qg.matrix, directed=directed, indices=int(source), return_predecessors=True)
        for i in valid[where == k]:
            node = int(d_node[i])
            if not np.isfinite(dist[node]):
                continue
            pieces = []
            while node != source:
                prev = int(pred[node])
                entry = _entry(indptr, indices, prev, node)
                if entry < 0:  # undirected search walked a one-way piece backwards
                    entry = _entry(indptr, indices, node, prev)
                    pieces.append((qg.piece_edge[entry], qg.piece_to[entry], qg.piece_from[entry]))
                else:
                    pieces.append((qg.piece_edge[entry], qg.piece_from[entry], qg.piece_to[entry]))
                node = prev
            xy = [np.array([[both.x[pairs_o[i]], both.y[pairs_o[i]]]])]
            for e, m0, m1 in reversed(pieces):
                xy.append(edge_slice(net, int(e), float(m0), float(m1)))
            xy.append(np.array([[both.x[len(origins) + pairs_d[i]], both.y[len(origins) + pairs_d[i]]]]))
            line = np.concatenate(xy)
            keep = np.r_[True, np.any(np.abs(np.diff(line, axis=0)) > 1e-9, axis=1)]
            out[i] = line[keep]
    return out


def _entry(indptr, indices, row: int, col: int) -> int:
    lo, hi = indptr[row], indptr[row + 1]
    j = lo + int(np.searchsorted(indices[lo:hi], col))
    return j if j < hi and indices[j] == col else -1


def edge_slice(net: Network, edge: int, m0: float, m1: float) -> np.ndarray:
    """Vertices of ``edge`` between ``m0`` and ``m1`` metres from its start (reversed if m1 < m0)."""
    lo, hi = net.offsets[edge], net.offsets[edge + 1]
    xy, cum = net.coords[lo:hi], net.cum_m[lo:hi]
    a, b = min(m0, m1), max(m0, m1)
    inner = (cum > a) & (cum < b)
    pa = np.array([np.interp(a, cum, xy[:, 0]), np.interp(a, cum, xy[:, 1])])
    pb = np.array([np.interp(b, cum, xy[:, 0]), np.interp(b, cum, xy[:, 1])])
    out = np.vstack([pa, xy[inner], pb])
    return out[::-1] if m1 < m0 else out
