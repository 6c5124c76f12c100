"""The exchanges' ``explanation`` and the streams' ``basis`` it quotes are written in the run's language: in
English as before, in Russian with Russian words and numbers, a sector profile's own basis (a text of
sector_profiles.csv) in the catalogue's Russian words."""

from __future__ import annotations

import re

import geopandas as gpd
import pandas as pd
import pytest

from ecopark_plugin.core.job import Job, run
from ecopark_plugin.core.model.i18n import using
from ecopark_plugin.core.model.sizes import production_factor
from ecopark_plugin.core.symbiosis.evidence import derive, derive_need, register_cap

from ..conftest import SAMPLE
from .test_russian_case import ENGLISH_NUMBER, ENGLISH_RUN

RUSTAVI = SAMPLE.parent / "rustavi.gpkg"
PROFILES = SAMPLE.parents[1] / "catalogue" / "sector_profiles.csv"


def _outcome(language):
    sites = gpd.read_file(RUSTAVI, layer="sites")
    with using(language):
        return run(Job(sites))


@pytest.fixture(scope="module")
def runs():
    return {language: _outcome(language) for language in ("en", "ru")}


def test_every_sector_profiles_basis_has_its_russian_words():
    """The basis a stream quotes from its profile (a text of sector_profiles.csv) reads in Russian too."""
    from ecopark_plugin.core.model.i18n import translate_marked

    bases = sorted(set(pd.read_csv(PROFILES)["basis"].str.strip()))
    assert len(bases) > 400
    with using("ru"):
        russian = {basis: translate_marked("CatalogueSources", basis) for basis in bases}
    missing = [basis for basis, text in russian.items() if text == basis or not re.search("[а-яё]{4,}", text)]
    assert missing == []
    # "допущение: ..." as the English "assumption: ..."
    assert all(text.startswith("допущение: ") for basis, text in russian.items() if basis.startswith("assumption: "))


def test_the_explanation_reads_in_english_as_before(runs):
    ex = runs["en"].result.exchanges
    assert len(ex)
    for text in ex["explanation"]:
        assert re.fullmatch(
            r"(reported|derived|default) supply \(.*\); need: .*; value -?[\d,]+ to -?[\d,]+ EUR/yr", text
        ), text
    assert any("sector profile " in text for text in ex["explanation"])


def test_the_explanation_reads_in_russian(runs):
    english, russian = runs["en"].result.exchanges, runs["ru"].result.exchanges
    assert list(russian["exchange_id"]) == list(english["exchange_id"])
    for text in russian["explanation"]:
        assert re.fullmatch(
            r"(отчётное|расчётное|типовое) предложение \(.*\); потребность: .*; выгода от .* евро/год", text
        )
        rest = re.sub(r"отрасли \d{2}(\.\d+)*", "", text)  # NACE codes are names
        assert not ENGLISH_RUN.search(rest), rest
        assert not ENGLISH_NUMBER.search(rest), rest
    # a figure above a thousand is grouped the Russian way
    assert any(re.search(r"\d\u00a0\d{3}", text) for text in russian["explanation"])


def test_what_would_make_an_exchange_fail_reads_in_the_runs_language(runs):
    english, russian = runs["en"].result.exchanges, runs["ru"].result.exchanges
    assert english["fails_if"].str.len().gt(0).all() and russian["fails_if"].str.len().gt(0).all()
    for en, ru in zip(english["fails_if"], russian["fails_if"]):
        assert re.search("[а-яё]{4,}", ru) and not ENGLISH_RUN.search(ru), ru
        assert ru.count("; ") == en.count("; ")  # phrase for phrase
    assert any("the line costs more than assumed" in en for en in english["fails_if"])


CASES = {
    "heat from CO2": (
        lambda: derive("steam", "35.11", {"co2": 250000.0, "sox": 1200.0}, True)[1],
        "derived: 250,000 t CO2/yr reported / 0.341 t CO2 per MWh of solid fuel (IPCC 2006, Vol. 2, Table 2.2) = "
        "734,091 MWh fuel x 40% (assumption)",
    ),
    "gypsum from SOx": (
        lambda: derive("fgd_gypsum", "35.11", {"co2": 250000.0, "sox": 1200.0}, True)[1],
        "derived: 1,200 t SOx/yr released after desulphurisation removing 95% (assumption) = 22,800 t SO2 "
        "captured x 2.69 t gypsum per t SO2 (stoichiometry)",
    ),
    "need from CO2": (
        lambda: derive_need("steam", "20.14", {"co2": 25000.0})[1],
        "derived: 25,000 t CO2/yr reported / 0.202 t CO2 per MWh of gas (IPCC 2006, Vol. 2, Table 2.2) = "
        "123,788 MWh fuel x 90% boiler efficiency (assumption)",
    ),
    "no CO2 reported": (
        lambda: register_cap("steam", "output", "20.14", {"co2": 0.0}, float("nan"), False)[1],
        "capped: the register reports no CO2, so under 100,000 t/yr (E-PRTR threshold), under 495,152 MWh of gas "
        "burnt x 5% (assumption)",
    ),
    "no hazardous waste reported": (
        lambda: register_cap("x", "output", "20.14", {}, 0.0, True)[1],
        "capped: the register reports no hazardous waste sent off-site, so under 2 t/yr (E-PRTR threshold)",
    ),
    "hazardous waste reported": (
        lambda: register_cap("x", "output", "20.14", {}, 1234.0, True)[1],
        "capped: at most the 1,234 t/yr of hazardous waste the register says it sends off-site",
    ),
    "production scaled": (
        lambda: production_factor("35.11", 300, "MWth")[1],
        "derived: 300 MWth/yr of rated thermal input given / 1,000 of the profile's plant = x 0.30 (linear "
        "scaling: assumption)",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_basis_reads_in_english_as_before_and_in_russian(case):
    call, english = CASES[case]
    with using("en"):
        assert call() == english
    with using("ru"):
        russian = call()
    assert not ENGLISH_RUN.search(russian.replace("E-PRTR", "").replace("IPCC", "")), russian
    assert not ENGLISH_NUMBER.search(russian.replace("табл. 2.2", "")), russian  # a table number is a name
    assert russian.startswith(("расчёт: ", "ограничено: ")), russian


def test_the_russian_words_are_the_catalogues():
    with using("ru"):
        assert register_cap("x", "output", "20.14", {}, 1234.0, True)[1] == (
            "ограничено: не больше 1\u00a0234 т/год опасных отходов, вывоз которых указан в регистре"
        )
