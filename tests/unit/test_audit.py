"""The plausibility audit: each rule on small frames that break it and that don't, and one run on the register."""

from __future__ import annotations

import re

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point

from ecopark_plugin.core.symbiosis.catalogue import Catalogue
from ecopark_plugin.core.symbiosis.hygiene import normalise_name, same_operator
from ecopark_plugin.core.validation import audit as au

#: lon, lat of places used below (Copenhagen and Malmoe face each other across the Oresund)
COPENHAGEN = (12.57, 55.68)
MALMOE = (13.00, 55.60)
ROSKILDE = (12.08, 55.64)


def site(sid, name, lon=12.0, lat=55.5, nace="20.14", activity="4(a)", country="Denmark", year=2024, city="X"):
    return {
        "site_id": sid,
        "name": name,
        "nace": nace,
        "eprtr_activity": activity,
        "country": country,
        "city": city,
        "last_year": year,
        "geometry": Point(lon, lat),
    }


def sites_frame(*rows):
    return gpd.GeoDataFrame(list(rows), geometry="geometry", crs="EPSG:4326")


def exchange(eid, supplier, receiver, stream="steam", **extra):
    row = {
        "exchange_id": eid,
        "supplier": supplier,
        "receiver": receiver,
        "supplier_name": supplier,
        "receiver_name": receiver,
        "rule_id": "R001",
        "stream": stream,
        "family": "energy",
        "quantity": 100.0,
        "quantity_selected": 100.0,
        "unit": "MWh",
        "mode": "pipeline",
        "distance_km": 1.0,
        "straight_km": 1.0,
        "avoided_purchase": 4000.0,
        "avoided_disposal": 0.0,
        "net_benefit": 3000.0,
        "co2_avoided_t": 20.0,
        "supply_origin": "inferred",
        "demand_origin": "inferred",
        "selected": True,
    }
    row.update(extra)
    return row


def frame(*rows):
    return pd.DataFrame(list(rows))


def ids(found):
    return sorted(found["exchange_id"].tolist())


# ---------------------------------------------------------------- a. stale partner


def test_stale_partner_is_measured_against_its_own_country():
    sites = sites_frame(
        site("A", "Alpha", year=2024),
        site("B", "Beta", year=2019),  # 5 years before Denmark's last: stale
        site("C", "Gamma", year=2020),  # 4 years: not stale (a plant below the thresholds for a while)
        site("N", "Nord", country="Norway", year=2017),  # Norway ends in 2017: current
        site("M", "Mo", country="Norway", year=2012),  # 5 years before Norway's last
    )
    chosen = frame(exchange(1, "A", "B"), exchange(2, "A", "C"), exchange(3, "N", "A"), exchange(4, "M", "C"))
    found = au.stale_partner(chosen, sites)
    assert ids(found) == [1, 4]
    assert "receiver Beta last reported 2019 (Denmark reports to 2024)" in found["reason"].iloc[0]
    assert "supplier Mo last reported 2012 (Norway reports to 2017)" in found["reason"].iloc[1]
    # given years win over the register's, and the tolerance is a parameter
    assert ids(au.stale_partner(chosen, sites, {"Denmark": 2020, "Norway": 2017})) == [4]
    assert ids(au.stale_partner(chosen, sites, years=5)) == []


# ---------------------------------------------------------------- b. two-way swap


def test_two_way_swap_of_one_stream_or_interchangeable_ones():
    sites = sites_frame(site("A", "Alpha"), site("B", "Beta"), site("C", "Gamma"))
    chosen = frame(
        exchange(1, "A", "B", "steam"),
        exchange(2, "B", "A", "waste_heat"),  # heat back for heat: a swap
        exchange(3, "A", "C", "rdf", unit="t", mode="truck"),
        exchange(4, "C", "A", "steam"),  # fuel one way, steam back: a real exchange
        exchange(5, "B", "C", "hydrogen", unit="t", mode="truck"),
        exchange(6, "C", "B", "hydrogen", unit="t", mode="truck"),
    )
    found = au.two_way_swap(chosen, sites)
    assert ids(found) == [1, 2, 5, 6]
    assert found.set_index("exchange_id").at[1, "reason"] == "steam goes back the other way as #2 waste_heat"


# ---------------------------------------------------------------- c. landfill energy


def test_landfill_or_disposal_site_supplying_heat_or_fuel_gas():
    sites = sites_frame(
        site("L", "Deponi", nace="38.21", activity="5(d)"),
        site("D", "Disposal", nace="38.21", activity="5.(c)"),
        site("H", "Hazardous", nace="38.22", activity="5(a)"),
        site("I", "Incinerator", nace="38.21", activity="5(b)"),
        site("R", "Receiver", nace="35.11", activity="1(c)"),
    )
    chosen = frame(
        exchange(1, "L", "R", "steam"),
        exchange(2, "L", "R", "biogas"),  # landfill gas from a landfill: allowed
        exchange(3, "D", "R", "biogas"),  # biogas from a disposal site that is not a landfill
        exchange(4, "D", "R", "landfill_gas"),  # named landfill gas: allowed
        exchange(5, "H", "R", "refinery_fuel_gas"),
        exchange(6, "I", "R", "district_heat"),  # an incinerator's heat is the textbook exchange
        exchange(7, "L", "R", "bottom_ash", unit="t", family="minerals"),
        exchange(8, "H", "R", "hydrogen", unit="t"),
        exchange(9, "R", "L", "steam"),  # the receiver side does not count
    )
    found = au.landfill_energy(chosen, sites)
    assert ids(found) == [1, 3, 5, 8]
    assert found["reason"].iloc[0] == "Deponi (E-PRTR 5(d), NACE 38.21) supplies steam"
    # with incineration counted as disposal too, the incinerator's heat is flagged
    assert ids(au.landfill_energy(chosen, sites, activities={"5(b)", "5(d)"})) == [1, 6]


# ---------------------------------------------------------------- d. same plant


def test_names_are_normalised():
    assert normalise_name("ALTUGLAS INTERNATIONAL DENMARK A/S") == "altuglas international denmark"
    assert normalise_name("Altuglas International Denmark A/S (Repsol)") == "altuglas international denmark"
    assert normalise_name("A/S Østbirk Bygninsindustri") == "ostbirk bygninsindustri"
    assert normalise_name("Kredsløb Halmenergi A/S") == "kredslob halmenergi"
    assert normalise_name("Kemira Kemi AB") == "kemira kemi"
    assert same_operator("Novozymes A/S", "Novozymes A/S Kalundborg") == "'novozymes' starts both names"
    assert same_operator("Dansk Skalform A/S", "Dansk Præcisionsstøberi ApS") == ""
    assert same_operator("Fjernvarme Fyn Affaldsenergi", "Fjernvarme Fyn Produktion A/S") == (
        "same operator 'fjernvarme fyn'"
    )
    # a shared first word is often the town, not the operator
    assert same_operator("Hurum Energigjenvinning", "Hurum Paper Mill") == ""


def test_same_plant_by_id_or_by_name_within_500_m():
    # 0.001 degree of latitude is about 111 m
    sites = sites_frame(
        site("A", "Novozymes A/S", lat=55.5),
        site("B", "NOVOZYMES A/S Kalundborg", lat=55.5009),  # about 100 m
        site("C", "Novozymes A/S", lat=55.52),  # about 2.2 km: another plant of the firm
        site("D", "Dansk Skalform A/S", lat=55.5001),
        site("E", "Dansk Præcisionsstøberi ApS", lat=55.5002),
    )
    chosen = frame(
        exchange(1, "A", "A"),
        exchange(2, "A", "B"),
        exchange(3, "A", "C"),
        exchange(4, "D", "E"),
    )
    found = au.same_plant(chosen, sites)
    assert ids(found) == [1, 2]
    assert found["reason"].iloc[0] == "supplier and receiver are the same site A"
    metres = int(re.search(r"(\d+) m apart", found["reason"].iloc[1]).group(1))
    assert 95 <= metres <= 105
    assert ids(au.same_plant(chosen, sites, within_m=3000)) == [1, 2, 3]


# ---------------------------------------------------------------- e. receiver over capacity

LIMITS = pd.DataFrame(
    {
        "nace": ["23.51", "23.51", "23", "23.51"],
        "unit": ["t", "t", "MWh", "MWh"],
        "stream": ["fly_ash", "", "", ""],
        "max_per_year": [1000.0, 5000.0, 100.0, 1000.0],
        "source": ["test"] * 4,
    }
)


def test_receiver_over_capacity_sums_its_intake_and_takes_the_most_specific_limit():
    sites = sites_frame(
        site("P", "Power", nace="35.11"),
        site("K", "Kiln", nace="23.51"),
        site("Q", "Other kiln", nace="23.51"),
        site("G", "Glass", nace="23.1"),
    )
    ash = {"unit": "t", "stream": "fly_ash", "family": "minerals", "mode": "truck"}
    chosen = frame(
        exchange(1, "P", "K", quantity_selected=600.0, **ash),
        exchange(2, "P", "K", quantity_selected=500.0, **ash),  # 1,100 t of fly ash > 1,000
        exchange(3, "P", "Q", quantity_selected=900.0, **ash),
        exchange(4, "P", "Q", "steam", quantity_selected=500.0),  # 23.51's 1,000 MWh wins over 23's 100
        exchange(5, "P", "G", "steam", quantity_selected=150.0),  # 23's 100 MWh applies to glass
    )
    found = au.over_capacity(chosen, sites, LIMITS)
    assert ids(found) == [1, 2, 5]
    assert found["reason"].iloc[0] == (
        "Kiln (NACE 23.51) takes 1,100 t/yr of fly_ash; a 23.51 plant uses at most 1,000"
    )
    assert found["reason"].iloc[2] == "Glass (NACE 23.1) takes 150 MWh/yr of all MWh; a 23 plant uses at most 100"


def test_shipped_intake_limits_are_sourced_or_reasoned():
    limits = au.load_intake_limits()
    assert len(limits) >= 10
    assert limits["max_per_year"].gt(0).all()
    assert set(limits["unit"]) <= {"t", "MWh", "m3"}
    for text in limits["source"]:
        assert text.startswith("assumption:") or "http" in text, text


# ---------------------------------------------------------------- f. gas by truck


def test_gas_steam_or_heat_by_truck():
    sites = sites_frame(site("A", "Alpha"), site("B", "Beta"))
    chosen = frame(
        exchange(1, "A", "B", "hydrogen", unit="t", mode="truck", distance_km=11.4),
        exchange(2, "A", "B", "hydrogen", unit="t", mode="pipeline"),
        exchange(3, "A", "B", "fly_ash", unit="t", mode="truck", family="minerals"),
        exchange(4, "A", "B", "coke_oven_gas", mode="truck"),
        exchange(5, "A", "B", "co2", unit="t", mode="truck"),
        exchange(6, "A", "B", "rdf", unit="t", mode="truck"),
    )
    found = au.gas_by_truck(chosen, sites)
    assert ids(found) == [1, 4, 5]
    assert found["reason"].iloc[0] == "hydrogen by truck over 11 km"


# ---------------------------------------------------------------- g. truck over sea


def test_longest_sea_stretch_on_the_land_mask():
    pytest.importorskip("global_land_mask")
    oresund = au.longest_sea_km(*COPENHAGEN, *MALMOE)
    assert 10.0 < oresund < 30.0  # the Oresund is about 16-20 km wide between the two cities
    assert au.longest_sea_km(*COPENHAGEN, *ROSKILDE) < 3.0


def test_truck_route_across_open_sea():
    pytest.importorskip("global_land_mask")
    sites = sites_frame(
        site("K", "Copenhagen", *COPENHAGEN), site("M", "Malmoe", *MALMOE), site("R", "Roskilde", *ROSKILDE)
    )
    chosen = frame(
        exchange(1, "K", "M", "fly_ash", unit="t", mode="truck", straight_km=33.0),
        exchange(2, "K", "R", "fly_ash", unit="t", mode="truck", straight_km=31.0),
        exchange(3, "K", "M", "steam", mode="pipeline"),  # not a truck
    )
    found = au.truck_over_sea(chosen, sites)
    assert ids(found) == [1]
    assert found["reason"].iloc[0].endswith("km of sea in a row (33 km in all)")
    assert ids(au.truck_over_sea(chosen, sites, max_sea_km=40.0)) == []


# ---------------------------------------------------------------- h. value above price


def test_value_per_unit_above_the_price_of_what_it_replaces():
    catalogue = Catalogue.load()
    rule = catalogue.rule("R033")  # fly ash to cement: 60 EUR/t x 1 + 40 EUR/t disposal = 100 EUR/t
    assert rule["virgin_price_eur"] * rule["substitution_ratio"] + rule["disposal_cost_eur"] == 100.0
    sites = sites_frame(site("P", "Power"), site("K", "Kiln"))
    ash = {"rule_id": "R033", "unit": "t", "stream": "fly_ash", "family": "minerals", "mode": "truck"}
    chosen = frame(
        exchange(1, "P", "K", avoided_purchase=6000.0, avoided_disposal=4000.0, **ash),  # 100 EUR/t: at the price
        exchange(2, "P", "K", avoided_purchase=7000.0, avoided_disposal=4000.0, **ash),  # 110 EUR/t
        exchange(3, "P", "K", rule_id="R999", avoided_purchase=9e9),  # unknown rule: not judged
    )
    found = au.value_above_price(chosen, sites, catalogue)
    assert ids(found) == [2]
    assert found["reason"].iloc[0] == "110.00 EUR/unit > 100.00 (R033)"


# ---------------------------------------------------------------- audit and sample


def test_audit_counts_every_rule_on_the_chosen_only():
    sites = sites_frame(site("A", "Alpha", year=2024), site("B", "Beta", year=2010))
    exchanges = frame(
        exchange(1, "A", "B", "hydrogen", unit="t", mode="truck"),  # stale receiver, gas by truck
        exchange(2, "B", "A", "hydrogen", unit="t", mode="truck", selected=False),  # not chosen
        exchange(3, "A", "A"),  # same site
    )
    violations, counts = au.audit(exchanges, sites, Catalogue.load(), limits=LIMITS)
    assert list(counts) == list(au.RULES)
    assert counts == {
        "stale_partner": 1,
        "two_way_swap": 0,
        "landfill_energy": 0,
        "same_plant": 1,
        "over_capacity": 0,
        "gas_by_truck": 1,
        "truck_over_sea": 0,
        "value_above_price": 0,
    }
    assert sorted(zip(violations["exchange_id"], violations["rule"])) == [
        (1, "gas_by_truck"),
        (1, "stale_partner"),
        (3, "same_plant"),
    ]


def test_audit_sample_is_repeatable_and_carries_the_evidence():
    sites = sites_frame(site("A", "Alpha", nace="35.11"), site("B", "Beta", nace="19.20", year=2010))
    streams = pd.DataFrame(
        {
            "site_id": ["A", "B"],
            "direction": ["output", "input"],
            "stream": ["steam", "steam"],
            "quantity": [200000.0, 300000.0],
            "unit": ["MWh", "MWh"],
            "origin": ["inferred", "user"],
            "basis": ["sector profile 35.11: assumption", "reported by the site"],
        }
    )
    chosen = frame(*(exchange(i, "A", "B", supplier_name="Alpha", receiver_name="Beta") for i in range(1, 11)))
    first = au.audit_sample(chosen, sites, streams, n=4, seed=7)
    again = au.audit_sample(chosen, sites, streams, n=4, seed=7)
    pd.testing.assert_frame_equal(first, again)
    assert len(first) == 4 and first["exchange_id"].is_unique
    row = first.iloc[0]
    assert (row["supplier"], row["supplier_nace"], row["receiver_nace"]) == ("Alpha", "35.11", "19.20")
    assert row["supply_figure"] == "200,000 MWh (inferred)"
    assert row["demand_figure"] == "300,000 MWh (user)"
    assert row["demand_basis"] == "reported by the site"
    assert row["source_price"].startswith("assumption: cost of raising steam")
    assert row["audit_rules"] == "stale_partner"
    assert len(au.audit_sample(chosen, sites, streams, n=30)) == 10


def test_audit_on_the_danish_register(shared_data):
    from ecopark_plugin.core.symbiosis.engine import run
    from ecopark_plugin.core.symbiosis.register import import_eprtr_folder

    folder = shared_data / "eprtr_nordics"
    sites = import_eprtr_folder(folder, ["Denmark"])
    catalogue = Catalogue.load()
    result = run(sites, None, catalogue)
    violations, counts = au.audit(result.exchanges, sites, catalogue)
    assert list(counts) == list(au.RULES)
    chosen = int(result.exchanges["selected"].sum())
    assert all(0 <= n <= chosen for n in counts.values())
    assert violations["rule"].isin(list(au.RULES)).all()
    assert violations.groupby("rule")["exchange_id"].nunique().to_dict() == {k: v for k, v in counts.items() if v}
