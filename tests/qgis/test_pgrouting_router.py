"""pgRouting selectable for a run: ``--router pgrouting`` and Processing's ROUTER.

Requirement (issue 22): a run routed by pgRouting on the Copenhagen sample (its ``roads`` layer loaded into
the tests' own PostgreSQL + pgRouting server, conftest ``postgres``) chooses the same exchanges as the
in-process run, with every candidate's road distance within 0.5 %; a run that cannot use pgRouting stops
with a message naming what is missing.
"""

import geopandas as gpd
import numpy as np
import pytest

from .test_postgis import SAMPLE, cli, query

TOLERANCE = 0.005  # relative, from the requirement
NETWORK = f"{SAMPLE}|layername=roads"
COMMON = ("--sites", SAMPLE, "--network", NETWORK, "--no-png", "--no-project", "--quiet")


@pytest.fixture(scope="module")
def routing_db(postgres):
    return postgres.create_database("router", ("postgis", "pgrouting"))


@pytest.fixture(scope="module")
def runs(routing_db, tmp_path_factory):
    """The Copenhagen sample run in process, by pgRouting in a named schema, and by pgRouting in a temporary one."""
    out = tmp_path_factory.mktemp("router")
    own = cli(*COMMON, "--out", out / "own.gpkg")
    assert own.returncode == 0, own.stderr
    kept = cli(
        *COMMON, "--router", "pgrouting", "--db", routing_db, "--router-schema", "kbh", "--out", out / "kept.gpkg"
    )
    assert kept.returncode == 0, kept.stderr
    temporary = cli(*COMMON, "--router", "pgrouting", "--db", routing_db, "--out", out / "temporary.gpkg")
    assert temporary.returncode == 0, temporary.stderr
    return out, kept, temporary


def _exchanges(path):
    frame = gpd.read_file(path, layer="exchanges")
    return frame.sort_values(["supplier", "receiver", "rule_id"]).reset_index(drop=True)


@pytest.mark.parametrize("run", ["kept", "temporary"])
def test_pgrouting_run_chooses_the_same_exchanges_within_half_a_percent(runs, run):
    out = runs[0]
    own, theirs = _exchanges(out / "own.gpkg"), _exchanges(out / f"{run}.gpkg")
    assert len(own) == len(theirs) > 0
    key = ["supplier", "receiver", "rule_id", "mode"]
    assert own[key].equals(theirs[key])
    assert own["selected"].sum() > 0
    assert own["selected"].equals(theirs["selected"])
    routed = (own["route"] == "network").to_numpy()
    assert routed.sum() >= 5  # candidates routed on the roads (trucks, and pipes laid along them)
    np.testing.assert_array_equal(theirs["route"].to_numpy(), own["route"].to_numpy())
    ours, pgr = own["distance_km"].to_numpy(float), theirs["distance_km"].to_numpy(float)
    relative = np.abs(pgr[routed] - ours[routed]) / ours[routed]
    assert relative.max() <= TOLERANCE, f"largest difference {relative.max():.2%}"
    # travel times: pgRouting's fastest route's time for the shortest route (documented), never longer
    own_h, pgr_h = own["travel_time_h"].to_numpy(float), theirs["travel_time_h"].to_numpy(float)
    timed = routed & np.isfinite(own_h)
    assert np.isfinite(pgr_h[timed]).all()
    assert (pgr_h[timed] <= own_h[timed] * (1 + 1e-6)).all()


def test_the_network_is_loaded_into_the_named_schema_and_the_temporary_one_dropped(runs, routing_db):
    _, kept, temporary = runs
    assert "Road distances by pgRouting: 5,975 edges" in kept.stdout
    assert "table kbh.road_edges" in kept.stdout
    assert "temporary schema" in temporary.stdout
    (edges,) = query(routing_db, "SELECT count(*) FROM kbh.road_edges")[0]
    assert edges == 5975  # the road network's edges, as the run's summary counts them
    left = query(routing_db, "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'ecopark_route_%%'")
    assert left == []


def test_an_existing_router_table_is_kept_unless_overwriting(runs, routing_db):
    out = runs[0]
    again = cli(*COMMON, "--router", "pgrouting", "--db", routing_db, "--router-schema", "kbh", "--out", out / "b.gpkg")
    assert again.returncode == 1
    assert "table kbh.road_edges exists" in again.stderr
    assert not (out / "b.gpkg").exists()


def test_pgrouting_without_db_or_network_or_extension_is_named(postgres, tmp_path):
    no_db = cli(*COMMON, "--router", "pgrouting", "--out", tmp_path / "a.gpkg")
    assert no_db.returncode == 2
    assert "--router pgrouting needs --db" in no_db.stderr
    no_network = cli(
        "--sites", SAMPLE, "--router", "pgrouting", "--db", "host=/nowhere dbname=x", "--out", tmp_path / "b.gpkg"
    )
    assert no_network.returncode == 2
    assert "--router pgrouting needs a road network (--network)" in no_network.stderr
    plain = postgres.create_database("no_pgrouting", ("postgis",))
    no_extension = cli(*COMMON, "--router", "pgrouting", "--db", plain, "--out", tmp_path / "c.gpkg")
    assert no_extension.returncode == 1
    assert "CREATE EXTENSION pgrouting" in no_extension.stderr
    assert not any(tmp_path.iterdir())


def test_processing_routes_with_pgrouting_by_name(provider, routing_db, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    base = {"SITES": f"{SAMPLE}|layername=sites", "ROAD_FILE": NETWORK, "OUTPUT_SITES": "TEMPORARY_OUTPUT"}
    own = processing.run("ecopark:findexchanges", {**base, "OUTPUT_EXCHANGES": str(tmp_path / "own.gpkg")})
    said = []

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802 - Qt naming
            said.append(info)

    theirs = processing.run(
        "ecopark:findexchanges",
        {**base, "ROUTER": "pgrouting", "POSTGIS_DATABASE": routing_db, "OUTPUT_EXCHANGES": str(tmp_path / "pgr.gpkg")},
        feedback=Feedback(),
    )
    assert any(line.startswith("Road distances by pgRouting: 5,975 edges") for line in said), said
    assert theirs["SELECTED"] == own["SELECTED"] > 0
    a, b = gpd.read_file(tmp_path / "own.gpkg"), gpd.read_file(tmp_path / "pgr.gpkg")
    a, b = (f.sort_values(["supplier", "receiver", "rule_id"]).reset_index(drop=True) for f in (a, b))
    routed = (a["route"] == "network").to_numpy()
    assert routed.sum() >= 5
    ours, pgr = a["distance_km"].to_numpy(float), b["distance_km"].to_numpy(float)
    assert np.max(np.abs(pgr[routed] - ours[routed]) / ours[routed]) <= TOLERANCE
    assert query(routing_db, "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'ecopark_route_%%'") == []
    with pytest.raises(QgsProcessingException, match="ROUTER pgrouting needs POSTGIS_DATABASE"):
        processing.run(
            "ecopark:findexchanges", {**base, "ROUTER": "pgrouting", "OUTPUT_EXCHANGES": str(tmp_path / "x.gpkg")}
        )
    with pytest.raises(QgsProcessingException, match=r"ROUTER pgrouting needs a road network \(ROAD or ROAD_FILE\)"):
        processing.run(
            "ecopark:findexchanges",
            {
                "SITES": base["SITES"],
                "OUTPUT_SITES": "TEMPORARY_OUTPUT",
                "ROUTER": "pgrouting",
                "POSTGIS_DATABASE": routing_db,
                "OUTPUT_EXCHANGES": str(tmp_path / "y.gpkg"),
            },
        )
