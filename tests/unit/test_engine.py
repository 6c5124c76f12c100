"""The engine end to end on small cases whose figures are worked out by hand."""

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely import Point

from ecopark_plugin.core.model.errors import Cancelled
from ecopark_plugin.core.model.parameters import Parameters
from ecopark_plugin.core.symbiosis.engine import run


def haversine_km(lon1, lat1, lon2, lat2, r=6371.0088):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def make_sites(extra=()):
    rows = [
        ("A", "Power", "35.11", 9.2, 56.0),
        ("B", "Board", "23.62", 9.2, 56.1),
        ("C", "Cement", "23.51", 9.4, 56.0),
        ("D", "Roads", "42.11", 9.2, 55.6),
        *extra,
    ]
    return gpd.GeoDataFrame(
        {"id": [r[0] for r in rows], "name": [r[1] for r in rows], "nace": [r[2] for r in rows]},
        geometry=[Point(r[3], r[4]) for r in rows],
        crs="EPSG:4326",
    )


STREAMS = pd.DataFrame(
    {
        "site_id": ["A", "A", "B"],
        "direction": ["output", "output", "input"],
        "stream": ["FGD gypsum", "fly ash", "gypsum"],
        "quantity": [1000, 500, 800],
        "unit": ["t", "t", "t"],
    }
)


def by_pair(result, supplier, receiver, stream):
    ex = result.exchanges
    rows = ex[(ex["supplier"] == supplier) & (ex["receiver"] == receiver) & (ex["stream"] == stream)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_gypsum_exchange_priced_by_hand(small_catalogue):
    result = run(make_sites(), STREAMS, small_catalogue)
    row = by_pair(result, "A", "B", "fgd_gypsum")
    straight = haversine_km(9.2, 56.0, 9.2, 56.1)
    assert row["straight_km"] == pytest.approx(straight, rel=5e-3)  # ellipsoid vs sphere
    assert row["straight_km"] == pytest.approx(11.13, abs=0.01)
    km = row["straight_km"] * 1.3
    assert row["distance_km"] == pytest.approx(km)
    assert row["mode"] == "truck"
    assert row["quantity"] == 800  # the board plant needs 800 t; the power plant has 1000 t
    assert row["transport_cost"] == pytest.approx(800 * (5.0 + 0.10 * km))
    assert row["co2_transport_t"] == pytest.approx(800 * km * 0.10163 / 1000)
    assert row["avoided_purchase"] == pytest.approx(800 * 1.0 * 20)
    assert row["avoided_disposal"] == pytest.approx(800 * 30)
    # less making the gypsum fit for use (Parameters.processing_eur_per_t, 10 EUR/t)
    assert row["supplier_cost"] == pytest.approx(800 * 10.0)
    assert row["net_benefit"] == pytest.approx(800 * 20 + 800 * 30 - 800 * (5.0 + 0.10 * km) - 800 * 10.0)
    assert row["co2_avoided_t"] == pytest.approx(800 * 0.01 - 800 * km * 0.10163 / 1000)
    assert row["selected"] and row["quantity_selected"] == pytest.approx(800)
    assert row["demand_origin"] == "user" and row["supply_origin"] == "user"


#: the toy quantities here are worth less than the smallest exchange worth arranging: no floor
NO_FLOOR = Parameters(min_exchange_eur=0)


def test_competing_uses_go_to_the_better_one(small_catalogue):
    result = run(make_sites(), STREAMS, small_catalogue, NO_FLOOR)
    cement = by_pair(result, "A", "C", "fly_ash")
    roads = by_pair(result, "A", "D", "fly_ash")
    # per tonne: cement 0.8 * 50 + 25 = 65 EUR, roads 1 * 10 + 25 = 35 EUR, minus transport
    assert cement["selected"] and cement["quantity_selected"] == pytest.approx(500)
    assert not roads["selected"]
    assert roads["reason"] == "supply taken by better exchanges"
    assert roads["feasible"]
    s = result.summary
    assert s["selected"] == 2 and s["partners"] == 3
    assert s["tonnes_diverted"] == pytest.approx(1300)
    assert s["net_benefit_eur"] == pytest.approx(
        result.exchanges.loc[result.exchanges["selected"], "net_benefit"].sum()
    )


def test_too_far_is_explained(small_catalogue):
    far = ("E", "Far cement", "23.51", 9.9, 57.05)  # about 125 km straight over land, 162 km by road > 150
    result = run(make_sites([far]), STREAMS, small_catalogue)
    row = by_pair(result, "A", "E", "fly_ash")
    assert not row["feasible"] and not row["selected"]
    assert row["reason"] == f"too far: {row['distance_km']:.0f} km by truck > 150 km"
    assert 158 < row["distance_km"] < 166


def test_distance_cap_shortens_the_catalogue_limit(small_catalogue):
    # cement is 12.8 km away in a straight line, 16.6 km by the detour factor: a 15 km truck cap puts it
    # out of reach and says why; the board plant, 14.5 km by road, stays
    result = run(make_sites(), STREAMS, small_catalogue, Parameters(max_km=(15.0, 0.0, 0.0, 0.0)))
    cement = by_pair(result, "A", "C", "fly_ash")
    assert not cement["feasible"] and cement["reason"] == f"too far: {cement['distance_km']:.0f} km by truck > 15 km"
    assert by_pair(result, "A", "B", "fgd_gypsum")["selected"]
    # a cap longer than the rule's 150 km changes nothing
    wide = run(make_sites(), STREAMS, small_catalogue, Parameters(max_km=(500.0, 0.0, 0.0, 0.0)))
    assert wide.summary["selected"] == 2 and by_pair(wide, "A", "C", "fly_ash")["selected"]
    with pytest.raises(ValueError, match="max_km"):
        Parameters(max_km=(10.0,)).check()


def test_same_result_in_any_crs(small_catalogue):
    plain = run(make_sites(), STREAMS, small_catalogue).exchanges
    projected = run(make_sites().to_crs("EPSG:25832"), STREAMS, small_catalogue).exchanges
    pd.testing.assert_series_equal(plain["distance_km"], projected["distance_km"], rtol=1e-6)
    assert projected.crs.to_epsg() == 25832


def test_polygon_sites_are_measured_from_inside(small_catalogue):
    sites = make_sites()
    sites.loc[1, "geometry"] = Point(9.2, 56.1).buffer(0.01)
    result = run(sites, STREAMS, small_catalogue)
    assert by_pair(result, "A", "B", "fgd_gypsum")["straight_km"] == pytest.approx(11.13, abs=0.05)


def test_streams_inferred_from_sector_when_none_given(small_catalogue):
    result = run(make_sites(), None, small_catalogue)
    inferred = result.streams[result.streams["origin"] == "inferred"]
    # 35.11 is more specific than 35; the board plant needs natural gypsum, cement clinker, roads gravel
    assert set(zip(inferred["site_id"], inferred["stream"])) == {
        ("A", "fly_ash"),
        ("A", "fgd_gypsum"),
        ("A", "steam"),
        ("B", "natural_gypsum"),
        ("C", "clinker"),
        ("D", "gravel"),
    }
    row = by_pair(result, "A", "B", "fgd_gypsum")
    assert row["quantity"] == 20000 and row["supply_origin"] == "inferred"
    assert row["confidence"] == pytest.approx(0.8)


def test_user_streams_win_over_inferred(small_catalogue):
    result = run(make_sites(), STREAMS, small_catalogue)
    a_outputs = result.streams[(result.streams["site_id"] == "A") & (result.streams["direction"] == "output")]
    assert set(a_outputs["origin"]) == {"user"}


def test_pipeline_mode_for_steam_and_its_costs(small_catalogue):
    sites = make_sites([("R", "Refinery", "19.20", 9.25, 56.0)])
    streams = pd.DataFrame(
        {
            "site_id": ["A", "R"],
            "direction": ["output", "input"],
            "stream": ["steam", "steam"],
            "quantity": [50000, 40000],
            "unit": ["MWh", "MWh"],
        }
    )
    p = Parameters()
    row = by_pair(run(sites, streams, small_catalogue, p), "A", "R", "steam")
    assert row["mode"] == "pipeline"
    mw = 40000 / p.heat_full_load_hours  # 8 MW
    per_m = 195 + (976 - 195) * (math.log(mw) - math.log(0.2)) / (math.log(190) - math.log(0.2))
    capital = per_m * row["distance_km"] * 1000 + mw * (15000 + 100000)
    annuity = 0.05 / (1 - 1.05**-30)
    assert row["transport_cost"] == pytest.approx(capital * annuity)
    assert row["co2_transport_t"] == 0
    delivered = 40000 * (1 - 0.15)  # the rule's loss
    assert row["avoided_purchase"] == pytest.approx(delivered * 1.1 * 40)


def test_objective_changes_the_choice(small_catalogue):
    # with the CO2 objective the cement use (0.8 t CO2 per t clinker) beats roads all the more;
    # make roads the only use within reach and look at its CO2 figures
    result = run(make_sites(), STREAMS, small_catalogue, Parameters(objective="co2"))
    assert by_pair(result, "A", "C", "fly_ash")["selected"]
    assert result.summary["co2_avoided_t"] == pytest.approx(
        result.exchanges.loc[result.exchanges["selected"], "co2_avoided_t"].sum()
    )


def test_cancel_stops_the_run(small_catalogue):
    with pytest.raises(Cancelled):
        run(make_sites(), STREAMS, small_catalogue, is_cancelled=lambda: True)


def test_progress_reports_stages(small_catalogue):
    seen = []
    run(make_sites(), STREAMS, small_catalogue, progress=lambda pct, stage: seen.append((pct, stage)))
    stages = [s for _, s in seen]
    assert stages[0] == "Checking input" and stages[-1] == "Done"
    assert [p for p, _ in seen] == sorted(p for p, _ in seen)


def test_no_candidates_gives_empty_layers(small_catalogue):
    sites = make_sites().iloc[[1, 2]]
    result = run(sites, None, small_catalogue, Parameters(infer_streams=False))
    assert len(result.exchanges) == 0 and result.summary["selected"] == 0
    assert np.isclose(result.summary["net_benefit_eur"], 0)


def test_entered_need_comes_before_an_inferred_one(small_catalogue):
    # two board plants want the same gypsum: one said so (800 t), the other is inferred (100,000 t)
    sites = make_sites([("B2", "Board 2", "23.62", 9.2, 56.09)])
    streams = STREAMS.assign(quantity=[900, 500, 800])
    result = run(sites, streams, small_catalogue, NO_FLOOR)
    entered = by_pair(result, "A", "B", "fgd_gypsum")
    inferred = by_pair(result, "A", "B2", "fgd_gypsum")
    assert inferred["demand_origin"] == "inferred" and inferred["confidence"] == pytest.approx(0.9)
    assert entered["quantity_selected"] == pytest.approx(800)
    assert inferred["quantity_selected"] == pytest.approx(100)
    # without the weighting the nearer, inferred plant would take it all
    plain = run(sites, streams, small_catalogue, Parameters(weigh_by_confidence=False))
    assert by_pair(plain, "A", "B2", "fgd_gypsum")["quantity_selected"] == pytest.approx(900)


def test_reported_waste_sets_the_quantity_of_the_marked_stream(small_catalogue):
    profiles = small_catalogue.profiles.copy()
    profiles.loc[(profiles["nace"] == "35.11") & (profiles["stream"] == "fly_ash"), "reported_as"] = "nonhw"
    catalogue = type(small_catalogue)(small_catalogue.rules, profiles)
    sites = make_sites().assign(waste_nonhw_t=[1234.0, None, None, None], waste_hw_t=[5.0, None, None, None])
    streams = run(sites, None, catalogue).streams.set_index(["site_id", "stream"])
    assert streams.loc[("A", "fly_ash"), "quantity"] == 1234.0
    assert streams.loc[("A", "fly_ash"), "confidence"] == pytest.approx(0.9)  # max(profile 0.9, reported 0.8)
    assert streams.loc[("A", "fly_ash"), "basis"].startswith("reported off-site non-hazardous waste transfers")
    assert streams.loc[("A", "fgd_gypsum"), "quantity"] == 20000  # not marked: the typical figure
    # nothing reported: the typical figure
    plain = run(make_sites(), None, catalogue).streams.set_index(["site_id", "stream"])
    assert plain.loc[("A", "fly_ash"), "quantity"] == 50000


def test_reported_waste_must_be_a_number(small_catalogue):
    from ecopark_plugin.core.model.errors import InputError

    sites = make_sites().assign(waste_nonhw_t=["lots", None, -3, None])
    with pytest.raises(InputError) as info:
        run(sites, None, small_catalogue)
    assert [str(p) for p in info.value.problems] == [
        "layer 'sites', feature 0, field 'waste_nonhw_t': reported waste 'lots' is not a number",
        "layer 'sites', feature 2, field 'waste_nonhw_t': negative reported waste -3",
    ]
