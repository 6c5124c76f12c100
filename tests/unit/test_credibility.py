"""Credible proposals on a register: hygiene, gating profiles on what a site is, no swaps or one-plant links."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest

from ecopark_plugin.core.model.inputs import USER_STREAM_COLUMNS
from ecopark_plugin.core.model.parameters import Parameters
from ecopark_plugin.core.symbiosis.catalogue import Catalogue
from ecopark_plugin.core.symbiosis.engine import run
from ecopark_plugin.core.symbiosis.hygiene import normalise_name, register_status, same_operator
from ecopark_plugin.core.symbiosis.profiles import burns_sulphur, infer_streams
from ecopark_plugin.core.symbiosis.sense import drop_nonsense


def _sites(rows):
    frame = pd.DataFrame(rows, columns=["site_id", "name", "nace", "lon", "lat", "last_year", "country"])
    return gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(frame["lon"], frame["lat"]), crs="EPSG:4326")


def _no_streams() -> pd.DataFrame:
    """A user streams table with no row: every stream is inferred."""
    return pd.DataFrame(columns=list(USER_STREAM_COLUMNS))


def test_a_plant_under_a_new_id_is_one_plant_and_a_closed_one_is_stale():
    sites = _sites(
        [
            ("old", "Novozymes A/S", "20.14", 11.1214, 55.6712, 2017, "Denmark"),
            ("new", "Novozymes A/S Kalundborg", "20.14", 11.1207, 55.6708, 2024, "Denmark"),
            ("closed", "Amagerværket", "35.11", 12.62, 55.69, 2013, "Denmark"),
            ("norway", "Norsk plant AS", "24.10", 10.0, 60.0, 2017, "Norway"),
        ]
    )
    out = register_status(sites).set_index("site_id")
    assert out.at["old", "register_status"] == "merged" and "new" in out.at["old", "status_reason"]
    assert out.at["new", "register_status"] == "active" and out.at["new", "former_ids"] == "old"
    assert out.at["closed", "register_status"] == "stale" and "2013" in out.at["closed", "status_reason"]
    # Norway's register ends in 2017: its plants are not stale for reporting until then
    assert out.at["norway", "register_status"] == "active"
    assert normalise_name("RGS Nordic A/S Kalundborg") == "rgs nordic kalundborg"
    assert same_operator("Novozymes A/S", "Novozymes A/S Kalundborg")
    assert not same_operator("Kalundborg Refinery A/S", "Kalundborg Forsyning")


def test_stale_facilities_are_left_out_of_the_run_unless_kept():
    sites = register_status(
        _sites(
            [
                ("p", "Coal plant", "35.11", 11.08, 55.66, 2024, "DK"),
                ("b", "Plasterboard", "23.62", 11.09, 55.67, 2010, "DK"),
            ]
        )
    )
    assert not run(sites).exchanges["selected"].any()
    kept = run(sites, params=Parameters(keep_inactive=True))
    assert set(kept.exchanges.loc[kept.exchanges["selected"], "receiver"]) == {"b"}


@pytest.mark.parametrize(
    "sox, co2, expected",
    [(0.0, 500_000.0, False), (2.0, 500_000.0, False), (300.0, 2_000_000.0, True), (5.0, float("nan"), True)],
)
def test_sulphur_in_the_releases_marks_a_solid_or_liquid_fuel(sox, co2, expected):
    assert burns_sulphur(sox, co2) is expected


def test_a_gas_fired_plant_offers_no_fly_ash_and_a_galvaniser_no_furnace_gas():
    profiles = Catalogue.load().profiles
    sites = pd.DataFrame(
        {
            "site_id": ["gas", "coal", "galv", "landfill", "unknown"],
            "nace": ["35.11", "35.11", "24.10", "38.21", "35.11"],
            "activity": ["1(c)", "1(c)", "2(c)", "5(d)", None],
            "sox_t": [1.0, 900.0, 0.0, 0.0, float("nan")],
            "co2_t": [400_000.0, 3_000_000.0, 0.0, 0.0, float("nan")],
        }
    )
    streams = infer_streams(sites, _no_streams(), profiles, 0.3)
    out = {
        s: set(streams.loc[(streams["site_id"] == s) & (streams["direction"] == "output"), "stream"])
        for s in sites["site_id"]
    }
    assert "fly_ash" not in out["gas"] and "fgd_gypsum" not in out["gas"] and "steam" in out["gas"]
    assert {"fly_ash", "fgd_gypsum"} <= out["coal"]
    assert not {"blast_furnace_gas", "coke_oven_gas", "blast_furnace_slag"} & out["galv"]
    assert "steam" not in out["landfill"] and "district_heat" not in out["landfill"] and "biogas" in out["landfill"]
    # a site that says neither its activity nor its releases keeps the sector's defaults
    assert "fly_ash" in out["unknown"]


def test_two_way_swaps_and_links_within_one_plant_are_dropped_with_a_reason():
    sites = pd.DataFrame({"site_id": ["a", "b", "a2"], "name": ["Alpha A/S", "Beta AB", "Alpha A/S plant 2"]})
    lon, lat = pd.Series([11.0, 11.05, 11.001]).to_numpy(), pd.Series([55.0, 55.0, 55.0]).to_numpy()
    ex = pd.DataFrame(
        {
            "supplier": ["a", "b", "a"],
            "receiver": ["b", "a", "a2"],
            "stream": ["steam", "steam", "steam"],
            "net_benefit": [100.0, 50.0, 80.0],
            "feasible": [True, True, True],
            "reason": ["", "", ""],
        }
    )
    out = drop_nonsense(ex, sites, lon, lat)
    assert out["feasible"].tolist() == [True, False, False]
    assert out.at[1, "reason"].startswith("two-way swap") and out.at[2, "reason"].startswith("one plant")


def test_a_chp_plant_pays_for_its_steam_in_lost_electricity_and_waste_fuel_co2_is_net():
    from ecopark_plugin.core.symbiosis.economics import supplier_costs

    params = Parameters()
    ex = pd.DataFrame(
        {
            "stream": ["steam", "district_heat", "steam", "waste_plastics", "fly_ash"],
            "family": ["energy", "energy", "energy", "energy", "minerals"],
            "unit": ["MWh", "MWh", "MWh", "t", "t"],
            "quantity": [1000.0, 1000.0, 1000.0, 100.0, 100.0],
            "net_benefit": [50_000.0] * 5,
            "co2_avoided_t": [500.0] * 5,
        }
    )
    out = supplier_costs(ex, pd.Series(["35.11", "35.11", "24.10", "38.32", "35.11"]), params)
    # 1000 MWh of steam from a CHP plant: 1000 / 4 MWh of electricity at 60 EUR; hot water: 1000 / 7
    assert out["supplier_cost"].tolist()[:3] == pytest.approx([1000 / 4 * 60, 1000 / 7 * 60, 0.0])
    # a steelworks' waste-heat steam costs it no electricity; fly ash is processed at 10 EUR/t
    assert out.at[4, "supplier_cost"] == pytest.approx(100 * 10.0)
    # a spent chemical is regenerated at 300 EUR/t, not sold at a new solvent's price
    chem = supplier_costs(
        pd.DataFrame({"stream": ["spent_solvents"], "family": ["chemicals"], "unit": ["t"], "quantity": [10.0],
                      "net_benefit": [9000.0], "co2_avoided_t": [20.0]}),
        pd.Series(["21.10"]),
        params,
    )  # fmt: skip
    assert chem.at[0, "supplier_cost"] == pytest.approx(3000.0) and chem.at[0, "net_benefit"] == pytest.approx(6000.0)
    # 100 t of plastics burnt emit 275 t of fossil CO2, taken off the CO2 avoided
    assert out.at[3, "co2_avoided_t"] == pytest.approx(500 - 275)
    assert out.at[0, "net_benefit"] == pytest.approx(50_000 - 15_000)


def test_existing_exchanges_are_the_baseline_and_a_bad_table_is_named():
    from ecopark_plugin.core.model.errors import InputError
    from ecopark_plugin.core.symbiosis.baseline import check_existing, mark_existing

    sites = pd.DataFrame({"site_id": ["chp", "dh", "ref", "far_dh"], "nace": ["35.11", "35.30", "19.20", "35.30"]})
    lon, lat = pd.Series([11.08, 11.09, 11.10, 12.5]).to_numpy(), pd.Series([55.66, 55.67, 55.68, 55.9]).to_numpy()
    ex = pd.DataFrame(
        {
            "supplier": ["chp", "chp", "ref", "chp"],
            "receiver": ["dh", "ref", "chp", "far_dh"],
            "stream": ["district_heat", "steam", "cooling_water", "district_heat"],
            "family": ["energy", "energy", "water", "energy"],
        }
    )
    given = pd.DataFrame({"supplier": ["ref"], "receiver": ["chp"], "stream": ["water"]})  # a family is enough
    out = mark_existing(ex, sites, lon, lat, given)
    # the CHP plant's heat to its town's network is evident; the user's water link is given; the steam is new;
    # a network 90 km away is another town's
    assert out["existing"].tolist() == [True, False, True, False]
    assert out.at[0, "existing_basis"].startswith("evident") and out.at[2, "existing_basis"].startswith("given")
    with pytest.raises(InputError) as err:
        check_existing(pd.DataFrame({"supplier": ["a"], "receiver": [""], "stream": ["steam"]}), "existing.csv")
    assert "existing.csv" in str(err.value) and "receiver" in str(err.value)


def test_a_truck_line_over_the_kattegat_crosses_sea_and_one_across_zealand_does_not():
    from ecopark_plugin.core.transport.land import crosses_sea

    kalundborg, aalborg, roskilde = (11.08, 55.66), (9.99, 57.04), (12.08, 55.64)
    found = crosses_sea(
        [kalundborg[0], kalundborg[0]],
        [kalundborg[1], kalundborg[1]],
        [aalborg[0], roskilde[0]],
        [aalborg[1], roskilde[1]],
    )
    assert found.tolist() == [True, False]


def test_a_facility_whose_address_is_withheld_is_left_out(tmp_path):
    from ecopark_plugin.core.symbiosis.register import import_eprtr

    header = (
        "countryName,reportingYear,EPRTRAnnexIMainActivity,FacilityInspireId,facilityName,city,Longitude,Latitude,"
        "addressConfidentialityReason,Pollutant,Releases\n"
    )
    rows = (
        "Denmark,2024,1(c),DK.1,Open plant,Town,11.0,55.5,,Carbon dioxide (CO2),500000000\n"
        "Denmark,2024,1(c),DK.2,Secret plant,Town,11.1,55.5,Article 4(2)(d),Carbon dioxide (CO2),500000000\n"
    )
    releases = tmp_path / "F1_4.csv"
    releases.write_text(header + rows, encoding="utf-8")
    sites = import_eprtr(releases).set_index("site_id")
    assert sites.at["DK.1", "register_status"] == "active"
    assert sites.at["DK.2", "register_status"] == "confidential" and "withholds" in sites.at["DK.2", "status_reason"]
    assert sites.at["DK.1", "co2_t"] == pytest.approx(500_000)


def test_a_facility_without_a_position_is_listed_not_lost(tmp_path):
    from ecopark_plugin.core.symbiosis.register import import_eprtr

    header = (
        "countryName,reportingYear,EPRTRAnnexIMainActivity,FacilityInspireId,facilityName,city,Longitude,Latitude,"
        "Pollutant,Releases\n"
    )
    rows = (
        "Norway,2017,7(a),NO.1,Farm with a place,Town,10.0,60.0,Ammonia (NH3),1000\n"
        "Norway,2016,7(a),NO.2,Farm placed once,Town,10.1,60.0,Ammonia (NH3),1000\n"
        "Norway,2017,7(a),NO.2,Farm placed once,Town,,,Ammonia (NH3),1000\n"
        "Norway,2017,7(a),NO.3,Farm never placed,Town,,,Ammonia (NH3),1000\n"
    )
    releases = tmp_path / "F1_4.csv"
    releases.write_text(header + rows, encoding="utf-8")
    sites = import_eprtr(releases)
    assert set(sites["site_id"]) == {"NO.1", "NO.2"}
    assert sites.attrs["unplaced"] == ["NO.3"]
    # NO.2 reported in 2017 too, without a position: it keeps its 2016 position and is not a year stale
    assert sites.set_index("site_id").at["NO.2", "last_year"] == 2017


def test_a_folder_of_eea_tables_is_read_by_their_names(tmp_path):
    from ecopark_plugin.core.model.errors import InputError
    from ecopark_plugin.core.symbiosis.register import import_eprtr_folder

    with pytest.raises(InputError, match="holds no E-PRTR table"):
        import_eprtr_folder(tmp_path)
    header = (
        "countryName,reportingYear,EPRTRAnnexIMainActivity,FacilityInspireId,facilityName,city,Longitude,Latitude,"
        "Pollutant,Releases\n"
    )
    (tmp_path / "F1_4_Air_Releases_Facilities_Baltics.csv").write_text(
        header + "Estonia,2023,1(c),EE.1,Narva power,Narva,28.1,59.3,Sulphur oxides (SOX),9000000\n", encoding="utf-8"
    )
    sites = import_eprtr_folder(tmp_path)
    assert sites["site_id"].tolist() == ["EE.1"] and sites["sox_t"].tolist() == [9000.0]


def _inferred(sites):
    catalogue = Catalogue.load()
    streams = infer_streams(sites, _no_streams(), catalogue.profiles, 0.3, catalogue.hazardous_streams)
    return streams.set_index(["site_id", "direction", "stream"])


def test_what_a_register_leaves_unreported_caps_the_defaults():
    from ecopark_plugin.core.symbiosis.evidence import (
        CO2_T_PER_MWH_FUEL,
        CO2_THRESHOLD_T,
        PROCESS_HEAT_SHARE,
        SILENT_CO2_SHARE,
    )

    sites = pd.DataFrame(
        {
            # a chemical works below the CO2 threshold; one above it; one whose releases were not read
            "site_id": ["small", "large", "unread"],
            "nace": ["20.13", "20.13", "20.13"],
            "co2_t": [0.0, 200_000.0, float("nan")],
            "sox_t": [0.0, 0.0, float("nan")],
            "waste_hw_t": [0.0, 30.0, float("nan")],
        }
    )
    streams = _inferred(sites)
    steam_cap = CO2_THRESHOLD_T / CO2_T_PER_MWH_FUEL["gas"] * PROCESS_HEAT_SHARE["steam"]
    small = streams.loc[("small", "output", "steam")]
    # under the threshold, anywhere: as large as the plants the register shows below it are on average
    assert small["quantity"] == pytest.approx(steam_cap * SILENT_CO2_SHARE) and small["evidence"] == "default"
    assert small["high"] == pytest.approx(steam_cap * SILENT_CO2_SHARE * 2)
    assert "no CO2" in small["basis"] and "100,000 t/yr" in small["basis"] and "18%" in small["basis"]
    # reported CO2 gives the fuel, and the steam is derived from it
    large = streams.loc[("large", "output", "steam")]
    assert large["evidence"] == "derived"
    assert large["quantity"] == pytest.approx(200_000 / CO2_T_PER_MWH_FUEL["gas"] * PROCESS_HEAT_SHARE["steam"])
    assert streams.loc[("unread", "output", "steam"), "quantity"] == 200_000  # the profile's default, uncapped


def test_hazardous_streams_follow_the_reported_hazardous_waste():
    sites = pd.DataFrame(
        {
            "site_id": ["none", "some", "unread"],
            "nace": ["20.30", "20.30", "20.30"],
            "waste_hw_t": [0.0, 30.0, float("nan")],
        }
    )
    assert "spent_solvents" in Catalogue.load().hazardous_streams
    streams = _inferred(sites)
    assert ("none", "output", "spent_solvents") not in streams.index  # under 2 t/yr: nothing to exchange
    assert streams.loc[("some", "output", "spent_solvents"), "quantity"] == pytest.approx(30.0)
    assert streams.loc[("unread", "output", "spent_solvents"), "quantity"] == 500.0


def test_a_register_read_without_its_waste_table_says_nothing_of_waste(tmp_path):
    from ecopark_plugin.core.symbiosis.register import import_eprtr

    header = (
        "countryName,reportingYear,EPRTRAnnexIMainActivity,FacilityInspireId,facilityName,city,Longitude,Latitude,"
        "Pollutant,Releases\n"
    )
    releases = tmp_path / "F1_4.csv"
    releases.write_text(header + "Denmark,2024,4(b),DK.9,Works,Town,11.0,55.5,Ammonia (NH3),20000\n", encoding="utf-8")
    sites = import_eprtr(releases)
    assert sites["waste_hw_t"].isna().all() and sites["co2_t"].tolist() == [0.0]


def test_a_sugar_mill_makes_bagasse_in_the_cane_belt_and_beet_pulp_in_the_beet_zone():
    mills = gpd.GeoDataFrame(
        {"site_id": ["guangxi", "lolland"], "nace": ["10.81", "10.81"]},
        geometry=gpd.points_from_xy([109.6, 11.5], [23.1, 54.7]),
        crs="EPSG:4326",
    )
    for frame in (mills, mills.to_crs("EPSG:3857")):  # a projected layer is placed by its latitude too
        outputs = _inferred(frame).xs("output", level="direction")
        assert ("guangxi", "bagasse") in outputs.index and ("guangxi", "beet_pulp") not in outputs.index
        assert ("lolland", "beet_pulp") in outputs.index and ("lolland", "bagasse") not in outputs.index
    # a mill without a position keeps both rows: nothing says which crop it presses
    placeless = pd.DataFrame({"site_id": ["x"], "nace": ["10.81"]})
    assert {"bagasse", "beet_pulp"} <= set(
        _inferred(placeless).xs("output", level="direction").index.get_level_values(1)
    )


def test_an_evidence_only_run_chooses_nothing_that_rests_on_a_default():
    sites = _sites(
        [
            ("chp", "Town CHP", "35.11", 11.080, 55.660, 2024, "DK"),
            ("pharma", "Pharma works", "21.10", 11.100, 55.665, 2024, "DK"),
            ("dairy", "Dairy", "10.51", 11.090, 55.650, 2024, "DK"),
            ("pigs", "Pig farm", "01.46", 11.110, 55.655, 2024, "DK"),
        ]
    )
    # the CHP reports its CO2 (its steam is derived from it), and so does the pharma works (its steam need is
    # bounded by it); the others report no CO2 (under the threshold)
    sites["co2_t"] = [400_000.0, 120_000.0, 0.0, 0.0]
    sites["sox_t"] = [0.0, 0.0, 0.0, 0.0]
    every = run(sites).exchanges
    strict = run(sites, params=Parameters(evidence_only=True)).exchanges
    chosen = strict[strict["selected"]]
    assert len(chosen) and set(chosen["basis"]) <= {"reported", "derived"}
    assert ("chp", "pharma", "steam") in set(zip(chosen["supplier"], chosen["receiver"], chosen["stream"]))
    # what the full run chose on defaults (the dairy's whey to the pigs) is left out, with the reason
    defaults = every[every["selected"] & (every["basis"] == "default")]
    assert len(defaults)
    left = strict.set_index(["supplier", "receiver", "stream"]).loc[
        list(zip(defaults["supplier"], defaults["receiver"], defaults["stream"]))
    ]
    assert not left["selected"].any() and left["reason"].str.contains("evidence-only").all()


def test_a_reserve_plant_is_marked_and_a_reservoir_is_not():
    sites = register_status(
        _sites(
            [
                ("r1", "Reservecentral Gasværksvej", "35.11", 9.92, 57.04, 2024, "DK"),
                ("r2", "Reservkraftsanläggning Stor-Porsön", "35.11", 22.13, 65.62, 2024, "SE"),
                ("w", "Reservoir Water Works", "36.00", 10.5, 59.9, 2024, "NO"),
                ("chp", "Aalborg Kraftvarmeværk", "35.11", 9.99, 57.05, 2024, "DK"),
            ]
        )
    ).set_index("site_id")
    assert list(sites["register_status"]) == ["reserve", "reserve", "active", "active"]
    assert "peak-load" in sites.at["r1", "status_reason"]


def test_an_exchange_too_small_to_arrange_is_not_proposed():
    sites = _sites(
        [
            ("plant", "Coal plant", "35.11", 11.08, 55.66, 2024, "DK"),
            ("board", "Plasterboard works", "23.62", 11.09, 55.67, 2024, "DK"),
        ]
    )
    streams = pd.DataFrame(
        {
            "site_id": ["plant", "board"],
            "direction": ["output", "input"],
            "stream": ["fgd_gypsum", "natural_gypsum"],
            "quantity": [40.0, 100_000.0],
            "unit": ["t", "t"],
        }
    )
    small = run(sites, streams).exchanges.set_index("stream").loc["fgd_gypsum"]
    assert not small["selected"] and "worth arranging" in small["reason"]
    assert 0 < small["net_benefit"] < 10_000
    kept = run(sites, streams, params=Parameters(min_exchange_eur=0)).exchanges.set_index("stream").loc["fgd_gypsum"]
    assert kept["selected"] and kept["quantity_selected"] == pytest.approx(40.0)


def test_an_inferred_stream_fits_only_the_uses_whose_rule_names_its_sector():
    sites = _sites(
        [
            ("p1", "Power station 1", "35.11", 11.080, 55.660, 2024, "DK"),
            ("p2", "Power station 2", "35.11", 11.090, 55.662, 2024, "DK"),
            ("ref", "Refinery", "19.20", 11.085, 55.668, 2024, "DK"),
        ]
    )
    ex = run(sites).exchanges
    cooling = set(zip(*ex.loc[ex["stream"] == "cooling_water", ["supplier", "receiver"]].T.to_numpy()))
    # a refinery's used cooling water cools a power station; a power station's warm discharge does not
    assert ("ref", "p1") in cooling and ("ref", "p2") in cooling
    assert ("p1", "p2") not in cooling and ("p2", "p1") not in cooling
    # what the user says a site has fits every use of it
    entered = pd.DataFrame(
        {"site_id": ["p1"], "direction": ["output"], "stream": ["cooling_water"], "quantity": [1e6], "unit": ["m3"]}
    )
    ex = run(sites, entered).exchanges
    assert ("p1", "p2") in set(zip(*ex.loc[ex["stream"] == "cooling_water", ["supplier", "receiver"]].T.to_numpy()))


def test_a_need_the_register_bounds_is_anywhere_below_the_bound():
    from ecopark_plugin.core.symbiosis.evidence import BOILER_EFFICIENCY, CO2_T_PER_MWH_FUEL, CO2_THRESHOLD_T

    sites = pd.DataFrame(
        {
            # pharma works (default steam need 300,000 MWh): one reporting 50 kt CO2, one reporting none
            "site_id": ["reports", "silent"],
            "nace": ["21.10", "21.10"],
            "co2_t": [50_000.0, 0.0],
            "sox_t": [0.0, 0.0],
            "waste_hw_t": [10.0, 10.0],
        }
    )
    streams = _inferred(sites)
    bound = 50_000 / CO2_T_PER_MWH_FUEL["gas"] * BOILER_EFFICIENCY
    reports = streams.loc[("reports", "input", "steam")]
    assert reports["evidence"] == "derived" and "upper bound" in reports["basis"]
    assert (reports["quantity"], reports["low"], reports["high"]) == pytest.approx((bound / 2, 0.0, bound))
    # under the threshold: the 300,000 MWh default is more than the mean plant the register shows below it
    silent = streams.loc[("silent", "input", "steam")]
    threshold_bound = CO2_THRESHOLD_T / CO2_T_PER_MWH_FUEL["gas"] * BOILER_EFFICIENCY
    assert silent["evidence"] == "default" and "18% of that" in silent["basis"]
    assert silent["quantity"] == pytest.approx(threshold_bound * 0.18)
    assert (silent["low"], silent["high"]) == pytest.approx((threshold_bound * 0.18 * 0.33, threshold_bound * 0.36))


def test_a_chp_plants_steam_and_district_heat_share_its_useful_heat():
    from ecopark_plugin.core.symbiosis.choice import optimise

    # a CHP plant offers 100 MWh of steam and 100 MWh of district heat, both inferred: one useful heat of 100
    streams = pd.DataFrame(
        {
            "site_id": ["chp", "chp", "works", "town"],
            "stream": ["steam", "district_heat", "steam", "boiler_heat"],
            "quantity": [100.0, 100.0, 100.0, 100.0],
            "origin": ["inferred", "inferred", "user", "user"],
        }
    )
    ex = pd.DataFrame(
        {
            "supplier": ["chp", "chp"],
            "receiver": ["works", "town"],
            "supplier_nace": ["35.11", "35.11"],
            "stream": ["steam", "district_heat"],
            "supply_row": [0, 1],
            "demand_row": [2, 3],
            "relation": "stream",
            "quantity": [100.0, 100.0],
            "delivered": [100.0, 100.0],
            "substitution_ratio": 1.0,
            "net_benefit": [3000.0, 2000.0],
            "co2_avoided_t": 0.0,
            "feasible": True,
            "reason": "",
        }
    )
    out = optimise(ex, streams, Parameters(weigh_by_confidence=False))
    assert out["quantity_selected"].tolist() == pytest.approx([100.0, 0.0])  # steam is worth more
    # entered by the user, the two are separate streams and both are taken
    both = optimise(ex, streams.assign(origin="user"), Parameters(weigh_by_confidence=False))
    assert both["quantity_selected"].tolist() == pytest.approx([100.0, 100.0])
    # a process plant's heat streams are its own (no shared output)
    other = optimise(ex.assign(supplier_nace="20.14"), streams, Parameters(weigh_by_confidence=False))
    assert other["quantity_selected"].tolist() == pytest.approx([100.0, 100.0])


def _producers(production, unit, nace="24.10"):
    frame = pd.DataFrame(
        {
            "site_id": ["works"],
            "name": ["Works"],
            "nace": [nace],
            "production": [production],
            "production_unit": [unit],
        }
    )
    return gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy([11.08], [55.66]), crs="EPSG:4326")


def test_a_given_production_scales_the_profile_and_a_wrong_unit_is_named():
    from ecopark_plugin.core.model.errors import InputError
    from ecopark_plugin.core.model.inputs import validate_sites

    profile = Catalogue.load().profiles.set_index(["nace", "direction", "stream"])
    base = profile.loc[("24.10", "output", "steel_slag"), "quantity"]
    # 2.5 Mt/yr of crude steel, written as a Russian export would
    streams = run(_producers("2,5", "млн т")).streams.set_index(["site_id", "direction", "stream"])
    slag = streams.loc[("works", "output", "steel_slag")]
    assert slag["quantity"] == pytest.approx(2.5 * float(base))
    assert slag["evidence"] == "derived" and "2,500,000 t/yr of crude steel" in slag["basis"]
    with pytest.raises(InputError) as err:
        validate_sites(_producers(400, "MWth"), layer="register.csv")
    text = str(err.value)
    assert "register.csv" in text and "production_unit" in text and "'MWth' does not fit NACE 24.10" in text
    with pytest.raises(InputError, match="has no unit"):
        validate_sites(_producers(400, None), layer="register.csv")
    # a sector whose profile states no plant size keeps its defaults, and the figure is kept in the output
    dairy = run(_producers(50_000, "t", nace="10.51"))
    assert (dairy.streams.loc[dairy.streams["origin"] == "inferred", "evidence"] == "default").all()
    assert dairy.sites.loc[0, "production"] == 50_000


def test_a_smelters_co2_is_process_co2_and_gives_no_heat():
    sites = pd.DataFrame(
        {
            # the E-PRTR import gives 2(e) non-ferrous works NACE 24.4; a power station reports the same CO2
            "site_id": ["smelter", "power"],
            "nace": ["24.4", "35.11"],
            "co2_t": [300_000.0, 300_000.0],
            "sox_t": [0.0, 0.0],
            "waste_hw_t": [10.0, 10.0],
        }
    )
    streams = _inferred(sites).sort_index()
    assert (streams.loc["smelter", "evidence"] != "derived").all()
    assert streams.loc[("power", "output", "steam"), "evidence"] == "derived"


def test_existing_exchanges_that_count_for_nothing_are_named():
    from ecopark_plugin.core.symbiosis.baseline import existing_left_out

    ex = pd.DataFrame(
        {
            "supplier": ["ref"],
            "receiver": ["chp"],
            "stream": ["cooling_water"],
            "family": ["water"],
            "existing_basis": ["given as existing by the user"],
        }
    )
    given = pd.DataFrame(
        {"supplier": ["ref", "ref", "nowhere"], "receiver": ["chp", "chp", "chp"], "stream": ["water", "steam", "x"]},
        index=[2, 3, 4],
    )
    left = existing_left_out(given, ex, ["ref", "chp"], "existing.csv")
    assert sorted(left) == [3, 4]  # the water link counts; the steam has no candidate; 'nowhere' is no site
    assert "no candidate exchange of 'steam' from ref to chp" in left[3][0].message
    assert left[4][0].message == "supplier 'nowhere' is not in the sites layer" and left[4][0].field == "supplier"


def _register_streams(rows):
    """Inferred streams of register facilities given as (site_id, nace, sox_t, co2_t, co2_fossil_t)."""
    sites = pd.DataFrame(rows, columns=["site_id", "nace", "sox_t", "co2_t", "co2_fossil_t"])
    sites["activity"] = None
    streams = infer_streams(sites, _no_streams(), Catalogue.load().profiles, 0.3)
    return streams.set_index(["site_id", "direction", "stream"])


def test_a_coal_plants_ash_and_fuel_follow_its_reported_co2():
    streams = _register_streams(
        [
            # 244,000 t of fossil CO2 is 100,000 t of bituminous coal (94.6 t/TJ x 25.8 TJ/kt)
            ("coal", "35.11", 300.0, 300_000.0, 94.6 * 25.8 * 100),
            # a small boiler that reports no figure excluding biomass: all its CO2 is taken as coal's
            ("small", "35.11", 0.14, 445.0, float("nan")),
            ("gas", "35.11", 0.001, 200_000.0, 200_000.0),
        ]
    )
    fly = streams.loc[("coal", "output", "fly_ash")]
    assert fly["quantity"] == pytest.approx(8_000.0) and fly["evidence"] == "derived"
    assert "biomass excluded" in fly["basis"] and "IPCC 2006" in fly["basis"]
    assert streams.loc[("coal", "output", "bottom_ash"), "quantity"] == pytest.approx(1_500.0)
    # what co-fired biomass or waste fuels could replace: a tenth of the coal
    assert streams.loc[("coal", "input", "coal"), "quantity"] == pytest.approx(10_000.0)
    assert streams.loc[("coal", "input", "coal"), "evidence"] == "derived"
    # a boiler of 445 t CO2 has about 15 t of fly ash, not the 80,000 t of the sector's medium plant
    small = streams.loc[("small", "output", "fly_ash")]
    assert small["quantity"] == pytest.approx(445.0 / (94.6 * 25.8 / 1000) * 0.08)
    assert "no figure excluding biomass" in small["basis"]
    assert ("gas", "output", "fly_ash") not in streams.index


def test_a_cement_works_is_sized_by_its_reported_co2():
    streams = _register_streams(
        [("cement", "23.51", 400.0, 1_500_000.0, 1_380_000.0), ("quiet", "23.51", float("nan"), 0.0, 0.0)]
    )
    # 1.38 Mt fossil CO2 / 0.69 t per t cement = 2 Mt cement: twice the profile's 1 Mt works
    clinker = streams.loc[("cement", "input", "clinker")]
    assert clinker["quantity"] == pytest.approx(2 * 150_000.0) and clinker["evidence"] == "derived"
    assert (
        "CEMBUREAU" in clinker["basis"] and "2,000,000" in clinker["basis"] and "biomass excluded" in clinker["basis"]
    )
    assert streams.loc[("cement", "output", "cement_kiln_dust"), "quantity"] == pytest.approx(2 * 20_000.0)
    # a works that reports no CO2 keeps the sector's defaults
    assert streams.loc[("quiet", "input", "clinker"), "evidence"] == "default"
    assert streams.loc[("quiet", "input", "clinker"), "quantity"] == pytest.approx(150_000.0)
