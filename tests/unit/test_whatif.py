"""What if a new plant came: the small hand case of test_engine with one plant more."""

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from ecopark_plugin.core.model.errors import InputError
from ecopark_plugin.core.model.parameters import Parameters
from ecopark_plugin.core.siting.whatif import what_if

#: the toy quantities here are worth less than the smallest exchange worth arranging: no floor
NO_FLOOR = Parameters(min_exchange_eur=0)

# the hand case of test_engine (tests import each other by path under --import-mode=importlib)
_spec = importlib.util.spec_from_file_location("_test_engine", Path(__file__).with_name("test_engine.py"))
_engine = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_engine)
make_sites, STREAMS = _engine.make_sites, _engine.STREAMS

CEMENT = {"site_id": "E", "name": "New cement", "nace": "23.51"}
NEAR_A = (9.22, 56.0)  # about 1.3 km east of the power station A; the cement works C is 12.8 km away


def links(frame):
    return sorted(zip(frame["supplier"], frame["receiver"], frame["stream"]))


def test_new_cement_plant_takes_the_fly_ash_from_the_far_one(small_catalogue):
    w = what_if(make_sites(), STREAMS, CEMENT, NEAR_A, catalogue=small_catalogue)
    assert links(w.joined) == [("A", "E", "fly_ash")]
    joined = w.joined.iloc[0]
    assert joined["quantity_selected"] == pytest.approx(500)
    # the same tonnes and prices as the far cement works, with less transport
    assert links(w.displaced) == [("A", "C", "fly_ash")]
    far = w.displaced.iloc[0]
    assert joined["distance_km"] < far["distance_km"] / 5
    assert joined["net"] > far["net"] and joined["transport_cost"] < far["transport_cost"]
    # the gypsum exchange stays; the park's gain is the difference of the two summaries
    assert w.net_benefit_gain == pytest.approx(w.after.summary["net_benefit_eur"] - w.before.summary["net_benefit_eur"])
    assert w.net_benefit_gain == pytest.approx(joined["net"] - far["net"])
    assert w.co2_gain == pytest.approx(joined["co2"] - far["co2"])
    assert w.net_benefit_gain > 0
    row = w.changes.set_index("key").loc["partners"]
    assert (row["before"], row["after"], row["difference"]) == (3, 3, 0)  # C leaves, E comes
    assert "zones.freed_ha" not in set(w.changes["key"])  # neither run has zones
    # the new cement works needs clinker (the small catalogue's 23.51 input), which the fly ash replaces
    assert w.streams_origin == "inferred" and set(w.streams["stream"]) == {"clinker"}


def test_a_plant_that_loses_the_competition_is_told_why(small_catalogue):
    roads = {"site_id": "R", "name": "New road works", "nace": "42.11"}
    w = what_if(make_sites(), STREAMS, roads, NEAR_A, catalogue=small_catalogue, params=NO_FLOOR)
    assert len(w.joined) == 0 and len(w.displaced) == 0
    assert links(w.missed) == [("A", "R", "fly_ash")]
    assert w.missed.iloc[0]["reason"] == "supply taken by better exchanges"
    assert w.net_benefit_gain == pytest.approx(0)


def test_streams_given_or_inferred(small_catalogue):
    board = {"site_id": "F", "name": "New board", "nace": "23.62"}
    inferred = what_if(make_sites(), STREAMS, board, (9.2, 56.01), catalogue=small_catalogue, params=NO_FLOOR)
    assert inferred.streams_origin == "inferred"
    assert inferred.streams[["stream", "quantity"]].values.tolist() == [["natural_gypsum", 100000]]
    # the board plant near the power station takes the 200 t of gypsum that the other one leaves
    assert links(inferred.joined) == [("A", "F", "fgd_gypsum")]
    assert inferred.joined.iloc[0]["quantity_selected"] == pytest.approx(200)
    given = pd.DataFrame({"direction": ["input"], "stream": ["gypsum"], "quantity": [50], "unit": ["t"]})
    w = what_if(
        make_sites(), STREAMS, board, (9.2, 56.01), new_streams=given, catalogue=small_catalogue, params=NO_FLOOR
    )
    assert w.streams_origin == "given"
    assert w.joined.iloc[0]["quantity_selected"] == pytest.approx(50)
    assert w.net_benefit_gain < inferred.net_benefit_gain


def test_bad_new_plants_are_refused_clearly(small_catalogue):
    with pytest.raises(
        InputError, match="layer 'new plant', field 'site_id': id 'C' is already the id of site 'Cement'"
    ):
        what_if(make_sites(), STREAMS, {**CEMENT, "site_id": "C"}, NEAR_A, catalogue=small_catalogue)
    with pytest.raises(InputError, match="field 'nace': a NACE Rev.2 code .* is required"):
        what_if(make_sites(), STREAMS, {**CEMENT, "nace": ""}, NEAR_A, catalogue=small_catalogue)
    with pytest.raises(InputError, match="'cement' is not a NACE Rev.2 code"):
        what_if(make_sites(), STREAMS, {**CEMENT, "nace": "cement"}, NEAR_A, catalogue=small_catalogue)
    with pytest.raises(InputError, match="field 'location'.*another CRS"):
        what_if(make_sites(), STREAMS, CEMENT, (630000.0, 6170000.0), catalogue=small_catalogue)
    bad = pd.DataFrame({"direction": ["input"], "stream": ["gypsum"], "quantity": [-5], "unit": ["t"]})
    with pytest.raises(InputError, match="layer 'new plant's streams', feature 1"):
        what_if(make_sites(), STREAMS, CEMENT, NEAR_A, new_streams=bad, catalogue=small_catalogue)


def test_the_park_keeps_what_the_register_says_of_its_plants_in_the_second_run():
    import geopandas as gpd

    # a galvaniser classed 24.10: its E-PRTR activity 2(c) says it has no blast furnace, hence no slag
    park = gpd.GeoDataFrame(
        {"site_id": ["galv"], "name": ["Galvaniser"], "nace": ["24.10"], "eprtr_activity": ["2(c)"]},
        geometry=gpd.points_from_xy([9.2], [56.0]),
        crs="EPSG:4326",
    )
    w = what_if(park, None, CEMENT, (9.21, 56.0))
    offered = set(w.after.streams.loc[w.after.streams["site_id"] == "galv", "stream"])
    assert offered == set(w.before.streams.loc[w.before.streams["site_id"] == "galv", "stream"])
    assert "blast_furnace_slag" not in offered
    assert "blast_furnace_slag" not in set(w.joined["stream"])
