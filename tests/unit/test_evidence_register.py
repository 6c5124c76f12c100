"""What the register's figures say of plants it is silent about, measured again on the real register."""

from __future__ import annotations

import pandas as pd
import pytest

from ecopark_plugin.core.symbiosis.evidence import (
    BOILER_EFFICIENCY,
    CO2_T_PER_MWH_FUEL,
    CO2_THRESHOLD_T,
    SILENT_CO2_SHARE,
    derive_need,
    need_share,
    register_cap,
)


def test_the_silent_share_is_what_the_danish_register_shows_below_its_threshold(shared_data):
    """Denmark publishes CO2 below the threshold from 2018: the latest figure of each facility that does
    averages 0.18 of the threshold, the share a silent plant is taken at."""
    air = pd.read_csv(shared_data / "eprtr_nordics" / "F1_4_Air_Releases_Facilities_Nordics.csv")
    co2 = air[
        (air["Pollutant"] == "Carbon dioxide (CO2)")
        & (air["countryName"] == "Denmark")
        & (air["reportingYear"] >= 2018)
    ]
    latest = co2.sort_values("reportingYear").groupby("FacilityInspireId").tail(1)
    tonnes = latest["Releases"] / 1000.0  # the register gives kg
    below = tonnes[(tonnes > 0) & (tonnes < CO2_THRESHOLD_T)]
    assert len(below) >= 50  # enough plants to speak of an average (67 in the 2026-02 release)
    assert below.mean() / CO2_THRESHOLD_T == pytest.approx(SILENT_CO2_SHARE, abs=0.02)
    # the mean is well above the median: a few plants near the threshold, most far below it
    assert below.median() < below.mean() / 2


def test_a_refinery_raises_steam_with_a_quarter_of_its_fuel():
    """Refineries fire most fuel in process heaters (ORNL 2012: 23 % raises steam), so their reported CO2
    bounds their steam need far lower than a chemical works' of the same CO2."""
    refinery = derive_need("steam", "19.20", {"co2": 500_000.0})
    chemicals = derive_need("steam", "20.14", {"co2": 500_000.0})
    fuel = 500_000.0 / CO2_T_PER_MWH_FUEL["gas"]
    assert refinery[0] == pytest.approx(fuel * 0.23 * BOILER_EFFICIENCY)
    assert chemicals[0] == pytest.approx(fuel * BOILER_EFFICIENCY)
    assert "23%" in refinery[1] and "ORNL/TM-2012/504" in refinery[1] and "90%" in refinery[1]
    # the gas a refinery burns is all of its fuel, whatever raises steam
    assert need_share("natural_gas", "19.20") == 1.0
    # and a silent refinery's cap says the same, with its source
    cap, why, silent = register_cap("steam", "input", "19.20", {"co2": 0.0}, float("nan"), False)
    assert silent and cap == pytest.approx(CO2_THRESHOLD_T / CO2_T_PER_MWH_FUEL["gas"] * 0.23 * BOILER_EFFICIENCY)
    assert "ORNL/TM-2012/504" in why


def test_a_gas_fired_power_plant_needs_the_gas_its_co2_measures():
    """A combustion plant needs no steam (it makes it), but a gas-fired one burns gas that refinery gas or
    biogas can replace: its reported CO2 measures that need, not only bounds it; a coal plant has none."""
    from ecopark_plugin.core.model.inputs import USER_STREAM_COLUMNS
    from ecopark_plugin.core.symbiosis.catalogue import Catalogue
    from ecopark_plugin.core.symbiosis.profiles import infer_streams

    sites = pd.DataFrame(
        {
            "site_id": ["gas", "coal", "silent"],
            "nace": ["35.11", "35.11", "35.11"],
            "co2_t": [200_000.0, 2_000_000.0, 0.0],
            "sox_t": [1.0, 900.0, 0.0],  # 0.005 kg SOx per t CO2 (gas); 0.45 (coal)
            "waste_hw_t": [10.0, 10.0, 10.0],
        }
    )
    empty = pd.DataFrame(columns=list(USER_STREAM_COLUMNS))
    catalogue = Catalogue.load()
    streams = infer_streams(sites, empty, catalogue.profiles, 0.3, catalogue.hazardous_streams)
    streams = streams.set_index(["site_id", "direction", "stream"])
    gas = streams.loc[("gas", "input", "natural_gas")]
    fuel = 200_000.0 / CO2_T_PER_MWH_FUEL["gas"]
    assert gas["evidence"] == "derived" and gas["quantity"] == pytest.approx(fuel)
    assert (gas["low"], gas["high"]) == pytest.approx((fuel * 0.5, fuel * 1.5))
    assert "gas-fired" in gas["basis"] and "upper bound" not in gas["basis"]
    # a coal plant's gas is the profile's start-up default, and a silent plant's too: no figure to derive from
    assert streams.loc[("coal", "input", "natural_gas"), "evidence"] == "default"
    assert streams.loc[("silent", "input", "natural_gas"), "evidence"] == "default"
    # and no plant of the three needs steam
    assert not any(s == "steam" and d == "input" for _, d, s in streams.index)


def test_a_need_scaled_by_the_given_production_gets_the_derived_range():
    """A cement works given at twice the profile plant's output needs twice its clinker substitutes, with
    the derived basis's range (half to one and a half), not a range left over from another row."""
    from ecopark_plugin.core.model.inputs import USER_STREAM_COLUMNS
    from ecopark_plugin.core.symbiosis.catalogue import Catalogue
    from ecopark_plugin.core.symbiosis.profiles import infer_streams

    sites = pd.DataFrame(
        {"site_id": ["works"], "nace": ["23.51"], "production": [2_000_000.0], "production_unit": ["t"]}
    )
    catalogue = Catalogue.load()
    streams = infer_streams(sites, pd.DataFrame(columns=list(USER_STREAM_COLUMNS)), catalogue.profiles, 0.3)
    inputs = streams[streams["direction"] == "input"]
    assert len(inputs) and (inputs["evidence"] == "derived").all()
    for row in inputs.itertuples():
        assert (row.low, row.high) == pytest.approx((row.quantity * 0.5, row.quantity * 1.5)), row.stream


def test_blast_furnace_streams_need_a_works_that_reports_a_blast_furnaces_co2():
    """A steelworks offers blast-furnace gas and slag only if its CO2 says it has a blast furnace (over
    1 Mt/yr); an electric-arc or rolling works, silent or under that, offers its mill scale all the same."""
    from ecopark_plugin.core.model.inputs import USER_STREAM_COLUMNS
    from ecopark_plugin.core.symbiosis.catalogue import Catalogue
    from ecopark_plugin.core.symbiosis.profiles import infer_streams

    sites = pd.DataFrame(
        {
            "site_id": ["integrated", "arc", "silent", "unread"],
            "nace": ["24.10"] * 4,
            "co2_t": [1_600_000.0, 220_000.0, 0.0, float("nan")],
            "sox_t": [500.0, 0.0, 0.0, float("nan")],
            "waste_hw_t": [100.0, 100.0, 100.0, float("nan")],
        }
    )
    catalogue = Catalogue.load()
    streams = infer_streams(sites, pd.DataFrame(columns=list(USER_STREAM_COLUMNS)), catalogue.profiles, 0.3)
    offered = {
        s: set(streams.loc[(streams["site_id"] == s) & (streams["direction"] == "output"), "stream"])
        for s in sites["site_id"]
    }
    for furnace in ("blast_furnace_gas", "blast_furnace_slag", "coke_oven_gas"):
        assert furnace in offered["integrated"] and furnace in offered["unread"]
        assert furnace not in offered["arc"] and furnace not in offered["silent"]
    assert all("mill_scale" in offered[s] for s in offered)


def test_a_release_gate_with_a_least_figure_is_read_and_a_bad_one_named(tmp_path):
    from ecopark_plugin.core.model.errors import CatalogueError
    from ecopark_plugin.core.symbiosis.catalogue import load_profiles, release_gate

    assert release_gate("co2>=1000000") == ("co2", 1_000_000.0)
    assert release_gate("sox") == ("sox", 0.0)
    assert release_gate("nox>=5") is None and release_gate("co2>") is None
    path = tmp_path / "profiles.csv"
    path.write_text(
        "nace,direction,stream,tonnes_or_units_per_year,unit,confidence,basis,requires\n"
        "24.10,output,blast_furnace_gas,1000,MWh,0.4,assumption: x,co2>=1e6\n",
        encoding="utf-8",
    )
    with pytest.raises(CatalogueError, match=r"profiles.csv row 2, column 'requires': 'co2>=1e6'.*co2>=1000000"):
        load_profiles(path)


def test_an_exchange_rests_on_a_default_supply_even_where_a_derived_need_sets_its_quantity():
    from ecopark_plugin.core.symbiosis.explain import exchange_basis

    streams = pd.DataFrame({"evidence": ["default", "derived", "reported", "default"]}, index=[0, 1, 2, 3])
    ex = pd.DataFrame(
        {
            # default gas to a derived need smaller than it; reported sludge to a default need larger than it;
            # reported sludge to a default need smaller than it; derived steam to a derived need
            "supply_row": [0, 2, 2, 1],
            "demand_row": [1, 3, 3, 1],
            "supply": [2_000_000.0, 10_000.0, 10_000.0, 500.0],
            "demand": [500_000.0, 50_000.0, 5_000.0, 400.0],
        }
    )
    supply, demand, basis = exchange_basis(ex, streams)
    assert list(basis) == ["default", "reported", "default", "derived"]
    assert list(supply) == ["default", "reported", "reported", "derived"]


def test_a_steelworks_gas_to_the_power_plant_at_its_fence_is_the_baseline():
    """Luleå's CHP plant has burnt SSAB's works gases for decades: counting that as new benefit would
    inflate the total by tens of millions. Beside the works it is evident; 40 km away, or slag, it is new."""
    from ecopark_plugin.core.report.evidence import phrases
    from ecopark_plugin.core.symbiosis.baseline import mark_existing

    sites = pd.DataFrame({"site_id": ["works", "chp", "far", "cement"], "nace": ["24.10", "35.11", "35.30", "23.51"]})
    lon = pd.Series([22.10, 22.11, 22.70, 22.12]).to_numpy()
    lat = pd.Series([65.58, 65.585, 65.70, 65.59]).to_numpy()
    ex = pd.DataFrame(
        {
            "supplier": ["works", "works", "works", "works"],
            "receiver": ["chp", "chp", "far", "cement"],
            "stream": ["blast_furnace_gas", "coke_oven_gas", "blast_furnace_gas", "blast_furnace_slag"],
            "family": ["energy", "energy", "energy", "minerals"],
        }
    )
    out = mark_existing(ex, sites, lon, lat)
    assert out["existing"].tolist() == [True, True, False, False]
    assert "steelworks" in out.at[0, "existing_basis"] and "3 km" in out.at[0, "existing_basis"]
    # the report reads the phrase back and writes it in its language
    assert phrases(out.at[0, "existing_basis"]) == out.at[0, "existing_basis"]


def test_the_steelworks_baseline_phrase_is_written_in_russian_in_a_russian_report():
    from ecopark_plugin.core.model.i18n import using
    from ecopark_plugin.core.report.evidence import phrases
    from ecopark_plugin.core.symbiosis.baseline import EVIDENT_WORKS_GAS_TEMPLATE

    with using("ru"):
        text = phrases(EVIDENT_WORKS_GAS_TEMPLATE.format("3"))
    assert text.startswith("очевидно: доменный или коксовый газ") and "3 км" in text


def test_organic_residues_to_a_farm_or_a_digester_carry_no_processing_cost():
    """Digestate is spread as it leaves the biogas plant: charging it the 10 EUR/t of screening and drying
    that fly ash needs made every digestate-to-farm exchange a loss."""
    from ecopark_plugin.core.model.parameters import Parameters
    from ecopark_plugin.core.symbiosis.economics import supplier_costs

    ex = pd.DataFrame(
        {
            "stream": ["digestate", "whey", "paper_sludge", "fly_ash"],
            "family": ["organics", "organics", "organics", "minerals"],
            "unit": ["t"] * 4,
            "quantity": [1000.0] * 4,
            "net_benefit": [0.0] * 4,
            "co2_avoided_t": [0.0] * 4,
        }
    )
    params = Parameters()
    out = supplier_costs(
        ex, pd.Series(["35.21", "10.51", "17.12", "35.11"]), params, pd.Series(["01.11", "35.21", "23.51", "01.11"])
    )
    assert out["supplier_cost"].tolist() == [
        0.0,
        0.0,
        1000 * params.processing_eur_per_t,
        1000 * params.processing_eur_per_t,
    ]
    # without the receivers' sectors every by-product is processed, as before
    assert (
        supplier_costs(ex, pd.Series(["35.21"] * 4), params)["supplier_cost"] == 1000 * params.processing_eur_per_t
    ).all()
