"""Transport networks through Processing and the command line, on the bundled Copenhagen sample."""

from pathlib import Path

import numpy as np
import pyogrio
import pytest
import shapely
from qgis.core import QgsProcessingException
from qgis.PyQt.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
CPH = ROOT / "resources" / "sample_data" / "copenhagen.gpkg"
KAL = ROOT / "resources" / "sample_data" / "kalundborg.gpkg"
ROADS = f"{CPH}|layername=roads"
SITES = f"{CPH}|layername=sites"


def test_build_network_from_the_osm_road_layer(provider, tmp_path):
    import processing

    out = processing.run("ecopark:buildnetwork", {"INPUT": ROADS, "OUTPUT": str(tmp_path / "net.gpkg")})
    edges = pyogrio.read_dataframe(out["OUTPUT"])
    assert out["EDGES"] == len(edges) == 5975  # chains between junctions of the truck-worthy streets
    assert out["COMPONENTS"] == 19
    assert set(edges["direction"]) == {"forward", "both"}
    assert edges.crs.to_epsg() == 4326  # written in the layer's own CRS
    # lengths are geodesic metres although the layer is in degrees
    utm = edges.to_crs(25832)
    assert edges["length_m"].sum() == pytest.approx(utm.length.sum(), rel=2e-3)
    assert (edges["speed_kmh"] <= 80).all()


def test_build_network_reads_its_own_output_back(provider, tmp_path):
    import processing

    first = processing.run("ecopark:buildnetwork", {"INPUT": ROADS, "OUTPUT": str(tmp_path / "a.gpkg")})
    again = processing.run("ecopark:buildnetwork", {"INPUT": first["OUTPUT"], "OUTPUT": str(tmp_path / "b.gpkg")})
    a, b = pyogrio.read_dataframe(first["OUTPUT"]), pyogrio.read_dataframe(again["OUTPUT"])
    assert b["length_m"].sum() == pytest.approx(a["length_m"].sum(), rel=1e-9)
    assert b["time_s"].sum() == pytest.approx(a["time_s"].sum(), rel=1e-6)
    assert (b["direction"] == "forward").sum() == (a["direction"] == "forward").sum()


def test_build_network_needs_input(provider):
    import processing

    with pytest.raises(QgsProcessingException, match="Give a line layer or a file"):
        processing.run("ecopark:buildnetwork", {"OUTPUT": "TEMPORARY_OUTPUT"})


def test_candidate_distances_on_the_streets(provider, tmp_path):
    import processing

    # all ten sample facilities, as a user's own layer without the register's status (stale ones included)
    sites = pyogrio.read_dataframe(CPH, layer="sites").drop(columns=["register_status"])
    pyogrio.write_dataframe(sites, tmp_path / "all_sites.gpkg", layer="sites")
    out = processing.run(
        "ecopark:candidatedistances",
        {
            "SITES": str(tmp_path / "all_sites.gpkg"),
            "ROAD_NETWORK": ROADS,
            "OUTPUT": str(tmp_path / "pairs.gpkg"),
            "OUT_SITES": str(tmp_path / "s.gpkg"),
        },
    )
    pairs = pyogrio.read_dataframe(out["OUTPUT"])
    assert len(pairs) > 20
    by_truck = pairs[pairs["truck_note"] != "truck not allowed for this stream"]
    routed = by_truck[by_truck["truck_route"] == "network"]
    # every site is within 100 m of a street; three of the sample's candidate pairs may go by truck
    assert len(routed) == len(by_truck) >= 3
    assert (pairs["pipeline_route"].isin(["network", "straight"])).all()
    # a road is never shorter than the straight line, and in a city rarely 3 times longer
    assert (routed["truck_km"] >= routed["straight_km"]).all()
    assert routed["truck_km"].median() / routed["straight_km"].median() < 3
    assert (routed["truck_h"] > 0).all()
    # pipelines may run against one-way streets: never longer than the truck route
    both = routed[routed["pipeline_route"] == "network"]
    assert len(both) and (both["pipeline_km"] <= both["truck_km"] + 1e-5).all()  # to the centimetre
    sites = pyogrio.read_dataframe(out["OUT_SITES"])
    assert (sites["network_status"] == "ok").all()
    assert sites["road_snap_m"].max() < 100


def test_find_exchanges_with_a_road_file_routes_the_chosen_links(provider, tmp_path):
    import processing

    out = processing.run(
        "ecopark:findexchanges",
        {
            "SITES": SITES,
            "ROAD_FILE": str(CPH) + "|layername=roads",
            "OUTPUT_EXCHANGES": str(tmp_path / "ex.gpkg"),
            "OUTPUT_SITES": str(tmp_path / "sites.gpkg"),
        },
    )
    ex = pyogrio.read_dataframe(out["OUTPUT_EXCHANGES"])
    chosen = ex[ex["selected"]]
    assert len(chosen) >= 5
    assert (chosen["route"] == "network").all()
    lengths = chosen.to_crs(25832).length / 1000
    # the drawn line is the route: as long as its distance, and with many vertices
    assert lengths.to_numpy() == pytest.approx(chosen["distance_km"].to_numpy(), rel=0.02)
    assert (chosen.geometry.apply(lambda g: len(g.coords)) > 5).all()
    assert (ex.loc[~ex["selected"]].geometry.apply(lambda g: len(g.coords)) == 2).all()


@pytest.fixture(scope="module")
def straight_run(provider, tmp_path_factory):
    """Find exchanges on the Copenhagen sites without a network: straight links to route afterwards."""
    import processing

    out = tmp_path_factory.mktemp("straight")
    return processing.run(
        "ecopark:findexchanges",
        {"SITES": SITES, "OUTPUT_EXCHANGES": str(out / "ex.gpkg"), "OUTPUT_SITES": str(out / "s.gpkg")},
    )


def test_route_links_redraws_an_exchanges_layer(provider, straight_run, tmp_path):
    import processing

    straight = pyogrio.read_dataframe(straight_run["OUTPUT_EXCHANGES"])
    out = processing.run(
        "ecopark:routelinks",
        {
            "LINKS": straight_run["OUTPUT_EXCHANGES"],
            "SITES": straight_run["OUTPUT_SITES"],
            "ROAD_NETWORK": ROADS,
            "OUTPUT": str(tmp_path / "r.gpkg"),
        },
    )
    routed = pyogrio.read_dataframe(out["OUTPUT"])
    assert len(routed) == straight["selected"].sum()
    assert (routed["route_status"] == "routed").all()
    assert (routed["route_km"] >= routed["straight_km"]).all()
    assert (routed.to_crs(25832).length / 1000).to_numpy() == pytest.approx(routed["route_km"].to_numpy(), rel=0.02)


def test_route_links_names_an_unknown_site(provider, straight_run):
    import processing

    kalundborg_sites = f"{KAL}|layername=sites"
    with pytest.raises(
        QgsProcessingException, match=r"feature \d+, field 'supplier': no site 'CPH\d\d' in 'kalundborg'"
    ):
        processing.run(
            "ecopark:routelinks",
            {
                "LINKS": straight_run["OUTPUT_EXCHANGES"],
                "SITES": kalundborg_sites,
                "ROAD_NETWORK": ROADS,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        )


def test_cli_network_option_writes_routes_and_draws_the_streets(cli, tmp_path):
    out = tmp_path / "cph.gpkg"
    proc = cli("run", "--sites", CPH, "--network", ROADS, "--out", out, "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert {"sites", "exchanges", "road_network"} <= set(dict(pyogrio.list_layers(out)))
    assert "Road network: 5,975 edges" in proc.stdout
    ex = pyogrio.read_dataframe(out, layer="exchanges")
    truck = ex[ex["selected"] & (ex["mode"] == "truck")]
    assert len(truck) >= 1 and (truck["travel_time_h"] > 0).all()
    # the map shows the grey street backdrop outside the links and zones: sample the map area
    image = QImage(str(out.with_suffix(".png")))
    grey = 0
    for y in range(200, 1000, 4):
        for x in range(80, 1200, 16):
            c = image.pixelColor(x, y)
            grey += abs(c.red() - 0xB9) < 12 and abs(c.green() - 0xBE) < 12 and abs(c.blue() - 0xC4) < 12
    assert grey >= 50


def kalundborg_by_sea(out):
    """The command line on the Kalundborg sample with its ports, no map."""
    return (
        "run",
        "--sites",
        KAL,
        "--streams",
        KAL,
        "--ports",
        f"{KAL}|layername=ports",
        "--out",
        out,
        "--no-png",
        "--quiet",
    )


def test_cli_ports_ship_the_fly_ash(cli, tmp_path):
    out = tmp_path / "kal.gpkg"
    proc = cli(*kalundborg_by_sea(out))
    assert proc.returncode == 0, proc.stderr
    ex = pyogrio.read_dataframe(out, layer="exchanges")
    ash = ex[ex["selected"] & (ex["stream"] == "fly_ash") & (ex["receiver"] == "APO")].iloc[0]
    assert ash["mode_chain"] == "truck+ship+truck"
    assert ash["via"] == "Asnaes power station quay -> Aalborg Portland quay, Rordal"
    coords = np.array(ash.geometry.coords)
    assert len(coords) == 4  # site, quay, quay, site
    assert shapely.Point(coords[1]).distance(shapely.Point(coords[0])) < 1000


def test_cli_forced_mode_and_unknown_mode(cli, tmp_path):
    out = tmp_path / "kal.gpkg"
    args = kalundborg_by_sea(out)
    proc = cli(*args, "--modes", "truck,pipeline")
    assert proc.returncode == 0, proc.stderr
    ex = pyogrio.read_dataframe(out, layer="exchanges")
    ash = ex[(ex["stream"] == "fly_ash") & (ex["receiver"] == "APO")].iloc[0]
    assert ash["mode"] == "truck" and "ship" not in set(ex["mode"])
    bad = cli(*args, "--modes", "truck,plane", "--overwrite")
    assert bad.returncode == 1 and "unknown transport modes ['plane']" in bad.stderr


def test_find_exchanges_forced_to_ship(provider, tmp_path):
    import processing

    out = processing.run(
        "ecopark:findexchanges",
        {
            "SITES": f"{KAL}|layername=sites",
            "STREAMS": f"{KAL}|layername=streams",
            "PORTS": f"{KAL}|layername=ports",
            "MODES": [2],
            "OUTPUT_EXCHANGES": str(tmp_path / "ex.gpkg"),
            "OUTPUT_SITES": str(tmp_path / "s.gpkg"),
        },
    )
    ex = pyogrio.read_dataframe(out["OUTPUT_EXCHANGES"])
    assert set(ex.loc[ex["feasible"], "mode"]) == {"ship"}
    assert (ex["mode_chain"] == "truck+ship+truck").all()
    # steam and heat travel by pipe only: with ships forced they are not candidates at all
    assert not {"steam", "district_heat"} & set(ex["stream"])


def test_cli_bad_network_file(cli, tmp_path):
    proc = cli(
        "run", "--sites", CPH, "--network", tmp_path / "nowhere.osm.pbf", "--out", tmp_path / "x.gpkg", "--quiet"
    )
    assert proc.returncode == 1
    assert "nowhere.osm.pbf" in proc.stderr and "file not found" in proc.stderr
    assert not (tmp_path / "x.gpkg").exists()
