"""Network distances agree with QGIS's own shortest path algorithm on real OSM data.

Requirement: on ``../shared/data/osm/kbh.osm.pbf`` the network distances between the E-PRTR
facilities inside that extent agree with ``native:shortestpathpointtolayer`` within 0.5 %, on the
same network and the same snapping.

How both tools are made to see the same thing:

* QGIS routes on EcoPark's own edges (a memory layer) with their ``direction`` field (``forward`` /
  ``both``), so the graph and its one-way rules are the same;
* the edges stay in ``net.crs``, the metric CRS EcoPark snaps in. QGIS transforms the points to the
  network layer's CRS and ties each one to the nearest point of the nearest segment there, which is
  what ``routing.snap`` does: the tie points are the same (checked on the ends of QGIS's routes);
* QGIS measures its edges with the context's ellipsoid, set to WGS 84 like EcoPark's pyproj Geod
  (in this azimuthal equidistant CRS planar lengths are within 1e-7 of geodesic ones anyway), and
  divides its cost by the factor from the project CRS's units to metres: the project CRS is set to
  the (metric) network CRS.

QGIS reports no route between two points tied to the same place (its Dijkstra tree has no edge
into the start vertex); the two Lynetten facilities share their coordinates, so that pair is
checked on our side only (0 m).
"""

from types import SimpleNamespace

import numpy as np
import pytest
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

TOLERANCE = 0.005  # relative, from the requirement
WGS84_ELLIPSOID = "EPSG:7030"


def memory_layer(kind: str, crs: QgsCoordinateReferenceSystem, field: str, values, geometries) -> QgsVectorLayer:
    """A memory layer of one field; geometries go through WKB, so coordinates are kept exactly.

    (Memory rather than GeoPackage layers: OGR layers held inside a fixture's value segfaulted in
    GDALClose when pytest tore the fixture down.)
    """
    kind_of_field = "string" if isinstance(values[0], str) else "integer"
    layer = QgsVectorLayer(f"{kind}?crs=wkt:{crs.toWkt()}&field={field}:{kind_of_field}", field, "memory")
    features = []
    for value, wkb in zip(values, shapely.to_wkb(geometries)):
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        feature.setGeometry(geometry)
        feature.setAttributes([value])
        features.append(feature)
    assert layer.isValid() and layer.dataProvider().addFeatures(features)[0]
    assert layer.crs().toProj() == crs.toProj() and layer.featureCount() == len(features)
    return layer


@pytest.fixture
def kbh(shared_data):
    """The kbh road network and its E-PRTR facilities, snapped by EcoPark, and both as QGIS layers."""
    import pyogrio

    from ecopark_plugin.core.symbiosis.register import import_eprtr_folder
    from ecopark_plugin.core.transport import network, routing

    pbf = shared_data / "osm" / "kbh.osm.pbf"
    if not pbf.is_file():
        pytest.skip(f"{pbf} not found")
    lines = pyogrio.read_dataframe(pbf, layer="lines", where="highway IS NOT NULL")
    folder = shared_data / "eprtr_nordics"
    facilities = import_eprtr_folder(folder, bbox=tuple(lines.total_bounds))
    net = network.build_network(lines, kind="road")
    snapped = routing.snap(net, facilities.geometry.x.to_numpy(), facilities.geometry.y.to_numpy())

    edges = net.edges_frame()
    net_crs = QgsCoordinateReferenceSystem.fromWkt(net.crs.to_wkt())
    edges_layer = memory_layer("LineString", net_crs, "direction", edges["direction"].tolist(), edges.geometry.values)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    points_layer = memory_layer("Point", wgs84, "k", list(range(len(facilities))), facilities.geometry.values)
    return SimpleNamespace(
        net=net, facilities=facilities, snapped=snapped, edges_layer=edges_layer, points_layer=points_layer
    )


@pytest.fixture
def context(qgis_processing, kbh):
    """A processing context measuring on WGS 84, in a project whose CRS is the metric network CRS."""
    project = QgsProject.instance()
    saved = project.crs(), project.ellipsoid()
    project.setCrs(kbh.edges_layer.crs())
    project.setEllipsoid(WGS84_ELLIPSOID)
    context = QgsProcessingContext()
    context.setProject(project)
    context.setEllipsoid(WGS84_ELLIPSOID)
    assert project.crs().mapUnits() == kbh.edges_layer.crs().mapUnits()
    yield context
    project.setCrs(saved[0])
    project.setEllipsoid(saved[1])


def qgis_costs(kbh, context, directed: bool):
    """QGIS's cost from every facility to every other (NaN: no route), and the ends of its routes."""
    import processing

    n = len(kbh.facilities)
    cost = np.full((n, n), np.nan)
    ends = {}
    params = {
        "INPUT": kbh.edges_layer,
        "STRATEGY": 0,  # shortest
        "TOLERANCE": 0,
        "DEFAULT_DIRECTION": 2,  # both
        "END_POINTS": kbh.points_layer,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    if directed:
        params |= {"DIRECTION_FIELD": "direction", "VALUE_FORWARD": "forward", "VALUE_BOTH": "both"}
    for i, point in enumerate(kbh.facilities.geometry):
        start = f"{float(point.x)!r},{float(point.y)!r} [EPSG:4326]"
        out = processing.run(
            "native:shortestpathpointtolayer",
            {**params, "START_POINT": start},
            context=context,
            feedback=QgsProcessingFeedback(),
        )["OUTPUT"]
        for feature in out.getFeatures():
            if feature.hasGeometry():
                j = int(feature["k"])
                cost[i, j] = feature["cost"]
                line = feature.geometry().asPolyline()
                ends[i, j] = (line[0], line[-1])
    return cost, ends


@pytest.mark.parametrize("directed", [True, False], ids=["one-way", "two-way"])
def test_pair_distances_agree_with_qgis(kbh, context, directed):
    from ecopark_plugin.core.transport import routing

    net, snapped = kbh.net, kbh.snapped
    n = len(kbh.facilities)
    o, d = np.nonzero(~np.eye(n, dtype=bool))
    ours, _ = routing.pair_costs(net, snapped, snapped, o, d, directed=directed)
    cost, ends = qgis_costs(kbh, context, directed)
    theirs = cost[o, d]

    # same snapping: QGIS's routes run between our snapped points
    for (i, j), (first, last) in ends.items():
        assert np.hypot(first.x() - snapped.x[i], first.y() - snapped.y[i]) < 1e-3, f"start of {i} -> {j}"
        assert np.hypot(last.x() - snapped.x[j], last.y() - snapped.y[j]) < 1e-3, f"end of {i} -> {j}"

    # facilities tied to the same place: 0 m for us, no route (or 0) for QGIS
    same = np.hypot(snapped.x[o] - snapped.x[d], snapped.y[o] - snapped.y[d]) < 1e-3
    assert np.all(ours[same] == 0)
    assert np.all(np.isnan(theirs[same]) | (theirs[same] == 0))
    ours, theirs, o, d = ours[~same], theirs[~same], o[~same], d[~same]

    # both tools reach the same pairs, and enough of them to mean something (88 of 90 here)
    reached = np.isfinite(ours)
    differ = np.flatnonzero(reached != np.isfinite(theirs))
    assert not len(differ), f"reached by one tool only: {list(zip(o[differ], d[differ]))}"
    assert reached.sum() >= 80, f"only {reached.sum()} pairs compared"

    relative = np.abs(theirs[reached] - ours[reached]) / ours[reached]
    worst = np.argsort(relative)[::-1][:5]
    detail = [
        f"{o[reached][k]}->{d[reached][k]}: ours {ours[reached][k]:.2f} m, QGIS {theirs[reached][k]:.2f} m"
        for k in worst
    ]
    assert relative.max() <= TOLERANCE, detail

    if directed:
        # one-way streets lengthen some of these routes: the direction field was exercised
        two_way, _ = routing.pair_costs(net, snapped, snapped, o, d, directed=False)
        assert np.any(ours > two_way + 1.0)
