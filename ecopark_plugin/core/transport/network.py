"""Transport networks: a routable graph built from any line layer (roads, rail, waterways).

A network is built from any line layer or the ``lines`` layer of an OSM extract read through GDAL:

* lines are split at every vertex they share with another line (OSM ways meet at shared nodes; a
  bridge over a road shares none and stays apart); optionally lines that cross without a shared
  vertex are noded too (``node_crossings``), and endpoints closer than ``tolerance_m`` are merged;
* every two-point segment is measured on the WGS 84 ellipsoid (pyproj Geod), so lengths are metres
  whatever the layer's CRS; its travel time comes from the road class speed, or the OSM ``maxspeed``
  tag, capped by ``max_speed_kmh``;
* one-way streets follow the OSM ``oneway`` tag (``junction=roundabout`` and motorways imply it);
* chains of segments through nodes of degree two are contracted into one edge, which keeps its
  vertices for the drawn route and its cumulative metres and seconds for snapping.

Snapping sites to it and the distances between them are :mod:`.routing`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import CRS, Transformer
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from ..model.errors import Cancelled, InputError, InputProblem
from ..model.i18n import localised_number, translator
from ..model.rejects import rejected_rows
from ..symbiosis.catalogue import RESOURCES
from .geodesy import GEOD, WGS84

CLASSES_FILE = RESOURCES / "network" / "road_classes.csv"
#: the checks of a network file and of the class table speak the run's language, as the other input checks
tr = translator("InputErrors")
KINDS = ("road", "rail", "water")
#: OSM tag that classifies lines of each kind of network (GDAL's OSM driver gives these as fields)
OSM_CLASS_FIELD = {"road": "highway", "rail": "railway", "water": "waterway"}
_ONEWAY_FORWARD = {"yes", "true", "1"}
_ONEWAY_BACKWARD = {"-1", "reverse"}
_ONEWAY_NO = {"no", "false", "0"}


def load_classes(path: str | Path | None = None) -> pd.DataFrame:
    """The speed and permission of each line class per network kind (``resources/network``).

    Columns: ``network``, ``class``, ``speed_kmh``, ``allowed`` (bool), ``source``. Class ``*`` is
    the default of its network.
    """
    path = Path(path) if path else CLASSES_FILE
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"network", "class", "speed_kmh", "allowed"} - set(frame.columns)
    if missing:
        raise InputError.single(str(path), tr("missing columns {}").format(sorted(missing)))
    problems = []
    frame["speed_kmh"] = pd.to_numeric(frame["speed_kmh"], errors="coerce")
    frame["allowed"] = frame["allowed"].str.strip().str.lower().isin(("yes", "true", "1"))
    for i, row in frame.iterrows():
        if row["network"] not in KINDS:
            problems.append(
                InputProblem(str(path), tr("unknown network '{}'").format(row["network"]), i + 2, "network")
            )
        if not (row["speed_kmh"] >= 0) or (row["allowed"] and row["speed_kmh"] <= 0):
            problems.append(InputProblem(str(path), tr("speed must be a positive number"), i + 2, "speed_kmh"))
    if problems:
        raise InputError(problems)
    return frame


def osm_tag(other_tags: pd.Series, key: str) -> pd.Series:
    """One tag out of GDAL's ``other_tags`` hstore text (``"key"=>"value",...``), or NaN."""
    pattern = r'(?:^|,)"' + re.escape(key) + r'"=>"((?:[^"\\]|\\.)*)"'
    return other_tags.astype("string").str.extract(pattern, expand=False)


def parse_maxspeed(values: pd.Series) -> np.ndarray:
    """OSM ``maxspeed`` values to km/h: ``50``, ``50 mph``, ``30;50`` (first); NaN for the rest
    (``none``, ``signals``, country codes such as ``DK:urban``)."""
    text = values.astype("string").str.strip().str.lower()
    number = pd.to_numeric(text.str.extract(r"^(\d+(?:\.\d+)?)", expand=False), errors="coerce")
    mph = text.str.contains("mph", na=False)
    return np.where(mph, number * 1.609344, number).astype(float)


def oneway_direction(oneway: pd.Series, highway: pd.Series | None = None, junction: pd.Series | None = None):
    """+1 one-way along the line, -1 against it, 0 both ways, from OSM tags.

    Untagged motorways and roundabouts are one-way, as OSM specifies.
    """
    text = oneway.astype("string").str.strip().str.lower()
    out = np.zeros(len(text), dtype=np.int8)
    out[text.isin(_ONEWAY_FORWARD).fillna(False).to_numpy(bool)] = 1
    out[text.isin(_ONEWAY_BACKWARD).fillna(False).to_numpy(bool)] = -1
    untagged = text.isna().to_numpy(bool) | ~text.isin(_ONEWAY_FORWARD | _ONEWAY_BACKWARD | _ONEWAY_NO).fillna(
        False
    ).to_numpy(bool)
    implied = np.zeros(len(text), bool)
    if highway is not None:
        implied |= highway.astype("string").isin(["motorway"]).fillna(False).to_numpy(bool)
    if junction is not None:
        implied |= junction.astype("string").isin(["roundabout", "circular"]).fillna(False).to_numpy(bool)
    out[untagged & implied] = 1
    return out


def read_lines(path: str | Path, kind: str = "road", layer: str | None = None) -> gpd.GeoDataFrame:
    """The lines of a network from a file: an OSM extract (``.osm.pbf``, ``.osm``; its ``lines``
    with the kind's tag) or any line file GDAL reads (``layer`` picks one of several).

    ``path`` may also be written ``file.gpkg|layername=roads``, as QGIS writes sources.
    """
    import pyogrio

    text = str(path)
    if "|layername=" in text:
        text, layer = text.split("|layername=", 1)
    if not Path(text).exists():
        raise InputError.single(str(path), tr("file not found"))
    if Path(text).is_file() and Path(text).stat().st_size == 0:
        empty = {
            "road": tr("the road network file is empty (0 bytes): give the network's file"),
            "rail": tr("the rail network file is empty (0 bytes): give the network's file"),
            "water": tr("the water network file is empty (0 bytes): give the network's file"),
        }
        raise InputError.single(str(path), empty[kind])
    try:
        if text.lower().endswith((".osm.pbf", ".osm", ".pbf")):
            return pyogrio.read_dataframe(text, layer="lines", where=f"{OSM_CLASS_FIELD[kind]} IS NOT NULL")
        if layer is None:
            names = [str(n) for n in pyogrio.list_layers(text)[:, 0]]
            guess = {"road": ("roads", "road"), "rail": ("rail", "railways"), "water": ("waterways", "water")}[kind]
            found = [n for n in guess if n in names]
            if found:
                layer = found[0]
            elif len(names) > 1:
                raise InputError.single(
                    str(path), tr("holds several layers ({}); name one with |layername=").format(", ".join(names))
                )
        return pyogrio.read_dataframe(text, layer=layer)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        unreadable = {
            "road": tr("cannot be read as a road network (an OSM extract or a line layer GDAL reads): {}"),
            "rail": tr("cannot be read as a rail network (an OSM extract or a line layer GDAL reads): {}"),
            "water": tr("cannot be read as a water network (an OSM extract or a line layer GDAL reads): {}"),
        }
        raise InputError.single(str(path), unreadable[kind].format(exc)) from exc


#: fields of a network written by :meth:`Network.edges_frame`, read back without a class table
EDGE_FIELDS = ("length_m", "time_s", "speed_kmh", "direction")


def work_crs(crs, lon: np.ndarray, lat: np.ndarray) -> CRS:
    """A CRS in metres to snap in: the layer's own if projected in metres, else an azimuthal
    equidistant projection centred on the data."""
    crs = CRS.from_user_input(crs)
    if crs.is_projected and crs.axis_info and crs.axis_info[0].unit_name in ("metre", "meter"):
        return crs
    lon0 = float(np.nanmedian(lon)) if len(lon) else 0.0
    lat0 = float(np.nanmedian(lat)) if len(lat) else 0.0
    return CRS.from_proj4(f"+proj=aeqd +lat_0={lat0:.6f} +lon_0={lon0:.6f} +datum=WGS84 +units=m +no_defs")


@dataclass
class Network:
    """A routable network; edges are chains of segments between junctions.

    ``coords[offsets[e]:offsets[e + 1]]`` are the vertices of edge ``e`` (in ``crs``, metres) from
    ``u[e]`` to ``v[e]``; ``cum_m`` and ``cum_s`` are the metres and seconds from ``u[e]`` at each.
    """

    kind: str
    crs: CRS
    u: np.ndarray
    v: np.ndarray
    oneway: np.ndarray
    offsets: np.ndarray
    coords: np.ndarray
    cum_m: np.ndarray
    cum_s: np.ndarray
    #: the source feature (row of the lines frame) of each edge's first segment
    feature: np.ndarray
    n_nodes: int
    source_crs: CRS | None = None
    layer: str = "network"
    stats: dict = field(default_factory=dict)
    #: features of the layer with no line to route on (no geometry, points, polygons), as a rejected table
    left_out: pd.DataFrame | None = None
    _tree: object = field(default=None, repr=False)
    _lines: object = field(default=None, repr=False)
    _component: np.ndarray | None = field(default=None, repr=False)

    @property
    def length_m(self) -> np.ndarray:
        return self.cum_m[self.offsets[1:] - 1]

    @property
    def time_s(self) -> np.ndarray:
        return self.cum_s[self.offsets[1:] - 1]

    @property
    def n_edges(self) -> int:
        return len(self.u)

    def lines(self) -> np.ndarray:
        """The edges as shapely LineStrings in ``crs``."""
        if self._lines is None:
            index = np.repeat(np.arange(self.n_edges), np.diff(self.offsets))
            self._lines = shapely.linestrings(self.coords, indices=index)
        return self._lines

    def tree(self) -> shapely.STRtree:
        if self._tree is None:
            self._tree = shapely.STRtree(self.lines())
        return self._tree

    def component(self) -> np.ndarray:
        """Weakly connected component of every node (label 0 is the largest)."""
        if self._component is None:
            graph = csr_matrix((np.ones(self.n_edges), (self.u, self.v)), shape=(self.n_nodes, self.n_nodes))
            _, labels = connected_components(graph, directed=True, connection="weak")
            order = np.argsort(-np.bincount(labels), kind="stable")
            rank = np.empty_like(order)
            rank[order] = np.arange(len(order))
            self._component = rank[labels]
        return self._component

    def edges_frame(self, crs=None) -> gpd.GeoDataFrame:
        """The edges as a layer: ``edge_id``, ``from_node``, ``to_node``, ``length_m``, ``time_s``,
        ``speed_kmh``, ``direction`` (``forward`` or ``both``, as QGIS's network tools read it),
        ``component``."""
        comp = self.component()
        length, time = self.length_m, self.time_s
        frame = gpd.GeoDataFrame(
            {
                "edge_id": np.arange(self.n_edges),
                "from_node": self.u,
                "to_node": self.v,
                "length_m": length,
                "time_s": time,
                "speed_kmh": np.where(time > 0, length / np.maximum(time, 1e-12) * 3.6, np.nan),
                "direction": np.where(self.oneway, "forward", "both"),
                "component": comp[self.u],
            },
            geometry=self.lines(),
            crs=self.crs,
        )
        return frame.to_crs(crs) if crs is not None else frame


def build_network(
    lines: gpd.GeoDataFrame,
    kind: str = "road",
    classes: pd.DataFrame | None = None,
    class_field: str | None = None,
    speed_field: str | None = None,
    oneway_field: str | None = None,
    osm: bool | None = None,
    respect_oneway: bool = True,
    max_speed_kmh: float | None = None,
    tolerance_m: float = 0.0,
    node_crossings: bool = False,
    layer: str = "network",
    is_cancelled: Callable[[], bool] | None = None,
) -> Network:
    """Build a routable network from a line layer.

    Parameters
    ----------
    lines
        Lines or multilines in any CRS (an OSM ``lines`` layer, a road or rail layer).
    kind
        ``road``, ``rail`` or ``water``: which rows of ``classes`` apply.
    class_field
        Field holding the class (OSM ``highway``, ``railway``, ``waterway`` by default when the
        layer has it). Classes not allowed in ``classes`` are left out.
    speed_field
        Optional field with a speed in km/h (OSM ``maxspeed`` is read from ``other_tags``).
    oneway_field
        Optional field: OSM values (yes, -1, no), or QGIS's ``forward``/``backward``/``both``.
    osm
        Read OSM tags from ``other_tags``; by default when the layer has that field.
    max_speed_kmh
        Cap on every speed (a truck's limit on a motorway).
    tolerance_m
        Line ends closer than this are joined (0: only identical vertices meet).
    node_crossings
        Also split lines where they cross without a shared vertex (for layers digitised without
        topology; wrong for OSM, where a bridge crosses a road without meeting it).
    """
    if kind not in KINDS:
        raise ValueError(f"network kind '{kind}' is not one of {KINDS}")
    if lines.crs is None:
        raise InputError.single(layer, tr("the layer has no coordinate reference system"))
    classes = load_classes() if classes is None else classes
    cls = classes[classes["network"] == kind].set_index("class")
    usable = lines.geometry.notna() & ~lines.geometry.is_empty
    usable &= lines.geom_type.isin(["LineString", "MultiLineString"])
    frame = lines[usable].copy()
    if frame.empty:
        raise InputError.single(layer, tr("no line features: a network needs a line layer"))
    left_out = rejected_rows(
        lines,
        {
            fid: [InputProblem(layer, tr("no line to route on (no geometry, or not a line)"), fid, "geometry")]
            for fid in lines.index[~usable.to_numpy()][:1000]
        },
        layer,
    )
    osm = "other_tags" in frame.columns if osm is None else osm
    if not osm and class_field is None and set(EDGE_FIELDS) <= set(frame.columns):
        # a network EcoPark wrote: its own speeds and directions
        speed_field = speed_field or "speed_kmh"
        oneway_field = oneway_field or "direction"
    if class_field is None and OSM_CLASS_FIELD[kind] in frame.columns:
        class_field = OSM_CLASS_FIELD[kind]
    for name in (class_field, speed_field, oneway_field):
        if name and name not in frame.columns:
            raise InputError.single(
                layer, tr("no field '{}' (fields: {})").format(name, ", ".join(map(str, frame.columns))), field=name
            )
    if class_field:
        klass = frame[class_field].astype("string")
        frame = frame[klass.notna().to_numpy(bool)]
        klass = frame[class_field].astype("string").to_numpy(object)
    else:
        klass = np.full(len(frame), "*", dtype=object)
    default = cls.loc["*"] if "*" in cls.index else None
    known = np.isin(klass, cls.index.to_numpy())
    if default is None and not known.all():
        raise InputError.single(
            layer, tr("class '{}' is not in the class table").format(klass[~known][0]), field=class_field
        )
    allowed = np.where(
        known, cls["allowed"].reindex(klass).to_numpy(), default["allowed"] if default is not None else False
    ).astype(bool)
    speed = np.where(
        known, cls["speed_kmh"].reindex(klass).to_numpy(float), default["speed_kmh"] if default is not None else 0
    )
    tags = frame["other_tags"] if osm and "other_tags" in frame.columns else None
    if tags is not None:
        access = osm_tag(tags, "access").str.lower()
        allowed &= ~access.isin(["no"]).fillna(False).to_numpy(bool)
        allowed &= ~osm_tag(tags, "motor_vehicle").str.lower().isin(["no"]).fillna(False).to_numpy(bool)
        tagged = parse_maxspeed(osm_tag(tags, "maxspeed"))
        speed = np.where(np.isnan(tagged) | (tagged <= 0), speed, tagged)
    if speed_field:
        given = pd.to_numeric(frame[speed_field], errors="coerce").to_numpy(float)
        bad = np.flatnonzero(~np.isnan(given) & (given <= 0))
        if len(bad):
            raise InputError.single(
                layer,
                tr("speed {} is not positive").format(localised_number(str(given[bad[0]]))),
                feature=frame.index[bad[0]],
                field=speed_field,
            )
        speed = np.where(np.isnan(given), speed, given)
    if max_speed_kmh:
        speed = np.minimum(speed, max_speed_kmh)
    direction = np.zeros(len(frame), np.int8)
    if respect_oneway:
        if oneway_field:
            text = frame[oneway_field].astype("string").str.strip().str.lower()
            direction = oneway_direction(text.replace({"forward": "yes", "backward": "-1", "both": "no"}))
        elif tags is not None:
            highway = frame[class_field] if class_field == "highway" else None
            direction = oneway_direction(osm_tag(tags, "oneway"), highway, osm_tag(tags, "junction"))
    keep = allowed.astype(bool) & (speed > 0)
    frame, speed, direction = frame[keep], speed[keep], direction[keep]
    if frame.empty:
        closed = {
            "road": tr("no line is open to road traffic after the class filter"),
            "rail": tr("no line is open to rail traffic after the class filter"),
            "water": tr("no line is open to water traffic after the class filter"),
        }
        raise InputError.single(layer, closed[kind], field=class_field)
    rows = frame.index.to_numpy()
    geoms = frame.geometry.to_numpy()
    if node_crossings:
        geoms, src = _node(geoms)
        rows, speed, direction = rows[src], speed[src], direction[src]
    parts, part_row = shapely.get_parts(geoms, return_index=True)
    xy, part = shapely.get_coordinates(parts, return_index=True)
    line_of = part_row[part]

    to_ll = Transformer.from_crs(frame.crs, WGS84, always_xy=True)
    lon, lat = to_ll.transform(xy[:, 0], xy[:, 1])
    crs = work_crs(frame.crs, lon, lat)
    if CRS.from_user_input(frame.crs).equals(crs):
        wx, wy = xy[:, 0], xy[:, 1]
    else:
        wx, wy = Transformer.from_crs(WGS84, crs, always_xy=True).transform(lon, lat)
    node = _node_ids(np.column_stack([wx, wy]), tolerance_m)
    if is_cancelled and is_cancelled():
        raise Cancelled("cancelled by the user")

    same = part[1:] == part[:-1]
    a, b = np.flatnonzero(same), np.flatnonzero(same) + 1
    seg_line = line_of[a]
    # orient every one-way segment along its direction of travel
    back = direction[seg_line] == -1
    a, b = np.where(back, b, a), np.where(back, a, b)
    _, _, seg_m = GEOD.inv(lon[a], lat[a], lon[b], lat[b])
    seg_m = np.asarray(seg_m, float)
    real = node[a] != node[b]
    a, b, seg_m, seg_line = a[real], b[real], seg_m[real], seg_line[real]
    seg_s = seg_m / (speed[seg_line] / 3.6)
    seg_oneway = direction[seg_line] != 0
    chains, flip = _contract(node[a], node[b], seg_oneway)
    a, b = np.where(flip, b, a), np.where(flip, a, b)
    first = np.array([c[0] for c in chains])
    last = np.array([c[-1] for c in chains])
    ends, uv = np.unique(np.concatenate([node[a][first], node[b][last]]), return_inverse=True)
    order = np.concatenate(chains)
    lengths = np.array([len(c) for c in chains])
    offsets = np.concatenate([[0], np.cumsum(lengths + 1)])
    pos = np.arange(len(order)) + np.repeat(np.arange(len(chains)), lengths) + 1  # slot of each segment's end
    wxy = np.column_stack([wx, wy])
    coords = np.empty((offsets[-1], 2))
    coords[offsets[:-1]] = wxy[a[first]]
    coords[pos] = wxy[b[order]]
    inc_m = np.zeros(offsets[-1])
    inc_s = np.zeros(offsets[-1])
    inc_m[pos], inc_s[pos] = seg_m[order], seg_s[order]
    group = np.repeat(np.arange(len(chains)), lengths + 1)
    cum_m = _grouped_cumsum(inc_m, group)
    cum_s = _grouped_cumsum(inc_s, group)
    u, v = uv[: len(chains)].astype(np.int64), uv[len(chains) :].astype(np.int64)
    net = Network(
        kind=kind,
        crs=crs,
        u=u,
        v=v,
        oneway=seg_oneway[first],
        offsets=offsets,
        coords=coords,
        cum_m=cum_m,
        cum_s=cum_s,
        feature=rows[seg_line[first]],
        n_nodes=len(ends),
        source_crs=CRS.from_user_input(frame.crs),
        layer=layer,
        left_out=left_out,
    )
    net.stats = {
        "features": int(len(frame)),
        "features_left_out": int((~usable).sum()),
        "segments": int(len(a)),
        "edges": int(net.n_edges),
        "nodes": int(net.n_nodes),
        "oneway_edges": int(net.oneway.sum()),
        "length_km": float(net.length_m.sum() / 1000),
        "components": int(net.component().max() + 1),
    }
    return net


def _grouped_cumsum(values: np.ndarray, group: np.ndarray) -> np.ndarray:
    total = np.cumsum(values)
    start = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    base = np.repeat(total[start] - values[start], np.diff(np.r_[start, len(values)]))
    return total - base


def _node_ids(xy: np.ndarray, tolerance_m: float) -> np.ndarray:
    """One id per distinct location (to the millimetre, or within ``tolerance_m``)."""
    key = np.round(xy * 1000.0).astype(np.int64)
    _, ids = np.unique(key, axis=0, return_inverse=True)
    ids = ids.ravel()
    if tolerance_m > 0:
        from scipy.spatial import cKDTree

        first = np.unique(ids, return_index=True)[1]
        pairs = cKDTree(xy[first]).query_pairs(tolerance_m, output_type="ndarray")
        if len(pairs):
            n = len(first)
            graph = csr_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
            _, merged = connected_components(graph, directed=False)
            ids = merged[ids]
    return ids


def _node(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Split lines where they cross; return the pieces and the index of each one's source line."""
    union = shapely.unary_union(geoms)
    pieces = shapely.get_parts(union)
    tree = shapely.STRtree(geoms)
    probe = shapely.line_interpolate_point(pieces, 0.5, normalized=True)
    found = tree.query_nearest(probe, all_matches=False)
    src = np.empty(len(pieces), dtype=np.int64)
    src[found[0]] = found[1]
    return pieces, src


def _contract(a: np.ndarray, b: np.ndarray, oneway: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
    """Group segments (``a[i] -> b[i]``, node ids) into chains through nodes where nothing else meets.

    A node is passed through when exactly two segments touch it and they agree in direction
    (both two-way, or one-way with one in and one out). Returns, per chain, its segments in order
    from its first node, and which two-way segments are walked against their ``a -> b`` order.
    """
    n = len(a)
    degree = np.bincount(np.concatenate([a, b]))
    ends = np.concatenate([a, b])
    segs = np.concatenate([np.arange(n), np.arange(n)])
    order = np.argsort(ends, kind="stable")
    segs = segs[order]
    start = np.searchsorted(ends[order], np.arange(len(degree)))
    through = np.zeros(len(degree), bool)
    cand = np.flatnonzero(degree == 2)
    s1, s2 = segs[start[cand]], segs[start[cand] + 1]
    both_ways = ~oneway[s1] & ~oneway[s2]
    flow = oneway[s1] & oneway[s2] & (((b[s1] == cand) & (a[s2] == cand)) | ((b[s2] == cand) & (a[s1] == cand)))
    through[cand] = (s1 != s2) & (both_ways | flow)

    a_l, b_l, one_l, thr = a.tolist(), b.tolist(), oneway.tolist(), through.tolist()
    segs_l, start_l = segs.tolist(), start.tolist()
    used = [False] * n
    flip = np.zeros(n, bool)
    chains: list[np.ndarray] = []

    def walk(node: int, seg: int) -> None:
        out = []
        while True:
            used[seg] = True
            if a_l[seg] != node:
                flip[seg] = True
                node = a_l[seg]
            else:
                node = b_l[seg]
            out.append(seg)
            if not thr[node]:
                break
            i = start_l[node]
            seg = segs_l[i + 1] if segs_l[i] == seg else segs_l[i]
            if used[seg]:
                break
        chains.append(np.asarray(out, dtype=np.int64))

    for node in np.flatnonzero(~through).tolist():
        for i in range(start_l[node], start_l[node] + int(degree[node])):
            seg = segs_l[i]
            if not used[seg] and (not one_l[seg] or a_l[seg] == node):
                walk(node, seg)
    for seg in range(n):  # rings made only of pass-through nodes
        if not used[seg]:
            walk(a_l[seg], seg)
    return chains, flip
