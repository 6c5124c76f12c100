"""The checks of the parameters, of a register's year column, of the report's layers and of the siting tools'
inputs speak the run's language; in English the very words they said before."""

from __future__ import annotations

import re

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point

from ecopark_plugin.core.model.errors import InputError
from ecopark_plugin.core.model.i18n import using
from ecopark_plugin.core.model.mapping import ImportMapping, prepare_sites
from ecopark_plugin.core.model.parameters import Parameters
from ecopark_plugin.core.report.build import check_layers
from ecopark_plugin.core.siting.candidates import top_candidates
from ecopark_plugin.core.siting.suitability import square_grid

from .test_input_messages_ru import _english_runs


def _said(call, language, error):
    with using(language), pytest.raises(error) as err:
        call()
    return str(err.value)


def _register():
    return pd.DataFrame({"id": ["A", "A"], "name": ["X", "X"], "nace": ["35.11", "35.11"], "year": ["2020", "n/a"]})


CASES = {
    "unknown parameter": (
        lambda: Parameters.from_dict({"colour": 1}),
        ValueError,
        "unknown parameters: colour; known: ",
    ),
    "negative parameter": (
        lambda: Parameters(detour_factor=-1.5).check(),
        ValueError,
        "parameter 'detour_factor' is negative (-1.5)",
    ),
    "objective": (
        lambda: Parameters(objective="profit").check(),
        ValueError,
        "parameter 'objective' is 'profit'; use benefit, co2 or weighted",
    ),
    "year that is no number": (
        lambda: prepare_sites(_register(), ImportMapping(sites={"site_id": "id", "year": "year"}), lambda a: None),
        InputError,
        "layer 'sites', feature 1, field 'year': year 'n/a' is not a number",
    ),
    "report without its layers": (
        lambda: check_layers({"zones": pd.DataFrame()}),
        InputError,
        "layer 'sites': the report needs this layer (written by Find symbiosis exchanges)",
    ),
    "grid of no size": (
        lambda: square_grid((0, 0, 1000, 1000), -2.5, "EPSG:25832"),
        InputError,
        "layer 'grid': cell size -2.5 m: give a positive size",
    ),
    "too many cells": (
        lambda: square_grid((0, 0, 1_000_000, 1_000_000), 100, "EPSG:25832"),
        InputError,
        "layer 'grid': 10000 x 10000 cells of 100 m is over 5 million cells: give a larger cell size",
    ),
    "no candidates": (
        lambda: top_candidates(gpd.GeoDataFrame(geometry=[]), gpd.GeoDataFrame(geometry=[]), pd.DataFrame(), n=0),
        InputError,
        "layer 'candidates': number of candidates 0: give 1 or more",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_check_reads_in_english_as_before_and_in_russian(case):
    call, error, english = CASES[case]
    said = _said(call, "en", error)
    assert said.startswith(english), said
    russian = _said(call, "ru", error)
    assert russian != said
    assert re.search("[а-яё]{4,}", russian), russian
    assert _english_runs(russian.replace("EcoPark", "")) == [], russian


def test_figures_quoted_back_in_russian_format():
    assert "(-1,5)" in _said(CASES["negative parameter"][0], "ru", ValueError)
    assert "10\u00a0000 × 10\u00a0000 ячеек по 100 м" in _said(CASES["too many cells"][0], "ru", InputError)
    assert "размер ячейки -2,5 м" in _said(CASES["grid of no size"][0], "ru", InputError)


def test_a_new_plant_of_the_what_if_is_checked_in_russian():
    from ecopark_plugin.core.siting.whatif import _check_new_site

    clean = gpd.GeoDataFrame({"site_id": ["A"], "name": ["Works"]}, geometry=[Point(500000, 6200000)], crs=25832)
    call = lambda: _check_new_site({"site_id": "A", "nace": "99.x", "hazard_class": 9}, (5e9, 0), clean)  # noqa: E731
    english = _said(call, "en", InputError)
    assert "id 'A' is already the id of site 'Works'; choose another" in english
    assert "(5,000,000,000, 0) is not a place in ETRS89 / UTM zone 32N" in english
    russian = _said(call, "ru", InputError)
    assert "(5\u00a0000\u00a0000\u00a0000; 0) — не место в ETRS89 / UTM zone 32N" in russian, russian
    for line in russian.split("\n"):
        assert _english_runs(line.replace("ETRS89 / UTM zone 32N", "")) == [], line


def test_ports_that_are_no_points_and_bad_weights_read_in_russian():
    from shapely.geometry import LineString

    from ecopark_plugin.core.siting.suitability import suitability_grid
    from ecopark_plugin.core.transport.plan import Networks
    from ecopark_plugin.core.transport.plan import check_layers as check_networks

    ports = gpd.GeoDataFrame(geometry=[LineString([(0, 0), (1, 1)])], crs=4326)
    call = lambda: check_networks(Networks(ports=ports))  # noqa: E731
    assert _said(call, "en", InputError) == "layer 'ports', feature 0: must be points"
    assert _said(call, "ru", InputError) == "слой 'ports', объект 0: должны быть точками"
    sites = gpd.GeoDataFrame({"site_id": ["A"]}, geometry=[Point(11, 55)], crs=4326)
    call = lambda: suitability_grid(sites, pd.DataFrame(), None, 500, weights={"roads": -1.0})  # noqa: E731
    assert _said(call, "en", InputError).startswith("layer 'weights': unknown criteria ['roads']; known: ")
    assert _said(call, "ru", InputError).startswith("слой 'weights': неизвестные критерии ['roads']; известные: ")


def test_what_inspect_prints_in_english_as_before_and_in_russian():
    from ecopark_plugin.core.model.mapping import describe

    frame = pd.DataFrame({"id": ["A", "B"], "name": ["Works", "Mill"], "nace": ["35.11", "x"], "x": ["500000.5", ""]})
    frame["y"] = ["6200000", "6200100"]
    mapping = ImportMapping(sites={"site_id": "id"})
    with using("en"):
        english = describe(frame, mapping)
    assert english.startswith("2 rows, columns: id, name, nace, x, y\nmapping (model field <- column):\n")
    assert "  site_id                <- id  [given]\n" in english
    assert "coordinates: x 500000 .. 500000, y 6.2e+06 .. 6.2001e+06: metres of a projected CRS; CRS used: " in english
    assert "rows without usable coordinates: 1 (named in a run; --skip-bad-rows sets them apart)" in english
    with using("ru"):
        russian = describe(frame, mapping)
    assert russian.startswith("строк: 2, столбцы: id, name, nace, x, y\nсопоставление (поле модели <- столбец):\n")
    assert "координаты: x 500\u00a0000 .. 500\u00a0000, y 6,2e+06 .. 6,2001e+06: метры проекционной СК" in russian
    text = russian.split("первые строки:")[0]
    text = re.sub(r"^  \w+ +<- .*$", "", text, flags=re.M)  # model fields and columns are names
    text = re.sub(r"--[\w-]+", "", text)  # and so are the runner's options
    assert _english_runs(text) == [], text
