"""The engine's checks of bad input speak the run's language: Russian under ``using("ru")``, and in English the
very words they said before the catalogue took them over."""

from __future__ import annotations

import re

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point

from ecopark_plugin.core.model.errors import InputError, InputProblem
from ecopark_plugin.core.model.i18n import using
from ecopark_plugin.core.model.inputs import validate_sites, validate_streams
from ecopark_plugin.core.model.mapping import ImportMapping


def _sites(**changes):
    data = {
        "site_id": ["A", "B"],
        "name": ["Power", "Board"],
        "nace": ["35.11", "23.62"],
        "geometry": [Point(11.08, 55.66), Point(11.10, 55.67)],
    }
    data.update(changes)
    return gpd.GeoDataFrame(data, crs="EPSG:4326", index=pd.Index([2, 3]))


def _streams(**changes):
    data = {"site_id": ["A"], "direction": ["output"], "stream": ["fly_ash"], "quantity": [50], "unit": ["t/yr"]}
    data.update(changes)
    return pd.DataFrame(data, index=pd.Index([2]))


#: each bad input, and the message the engine gave for it in English before it was translated (from README's table)
CASES = {
    "bad NACE": (
        lambda: validate_sites(_sites(nace=["99.99", "23.62"])),
        "layer 'sites', feature 2, field 'nace': NACE '99.99' is no NACE Rev.2 division, group or class "
        "(the list: resources/catalogue/nace_rev2.csv)",
    ),
    "latitude 200": (
        lambda: validate_sites(_sites(geometry=[Point(11, 200), Point(11.1, 55.67)])),
        "layer 'sites', feature 2, field 'geometry': position 11, 200 is not longitude/latitude in degrees "
        "(longitude -180..180, latitude -90..90): are these metres of a projected CRS? Set the layer's CRS to the "
        "one they are in",
    ),
    "empty layer": (
        lambda: validate_sites(_sites().iloc[0:0]),
        "layer 'sites': the layer has no features",
    ),
    "duplicate id": (
        lambda: validate_sites(_sites(site_id=["A", "A"])),
        "layer 'sites', feature 3, field 'site_id': duplicate site id 'A' (also feature 2)",
    ),
    "negative quantity": (
        lambda: validate_streams(_streams(quantity=[-5]), validate_sites(_sites())),
        "layer 'streams', feature 2, field 'quantity': negative quantity -5",
    ),
    "unknown unit": (
        lambda: validate_streams(_streams(unit=["barrels"]), validate_sites(_sites())),
        "layer 'streams', feature 2, field 'unit': unknown unit 'barrels': the amount 'barrels' is none of ",
    ),
    "wrong production unit": (
        lambda: validate_sites(_sites(production=[400, None], production_unit=["t", None])),
        "layer 'sites', feature 2, field 'production_unit': production unit 't' does not fit NACE 35.11, whose "
        "profile plant is measured in MWth of rated thermal input a year: give production_unit MWth",
    ),
    "bad hazard class": (
        lambda: validate_sites(_sites(hazard_class=["VII", None])),
        "layer 'sites', feature 2, field 'hazard_class': hazard class 'VII' is not 1-5 (or I-V)",
    ),
    "bad direction": (
        lambda: validate_streams(_streams(direction=["sideways"]), validate_sites(_sites())),
        "layer 'streams', feature 2, field 'direction': direction 'sideways' is neither output nor input",
    ),
    "mapping file with an unknown field": (
        lambda: ImportMapping.from_dict({"sites": {"colour": "Farbe"}}, "mapping_bad.json"),
        "layer 'mapping_bad.json', field 'sites': unknown fields colour (known: site_id, name, nace, ",
    ),
    "unknown site": (
        lambda: validate_streams(_streams(site_id=["Z"]), validate_sites(_sites())),
        "layer 'streams', feature 2, field 'site_id': site id 'Z' is not in the sites layer",
    ),
}


def _message(call, language):
    with using(language), pytest.raises(InputError) as err:
        call()
    return str(err.value)


def _english_runs(text):
    """Runs of three or more Latin words left once quoted values ('...'), paths and codes are taken out (a
    comma breaks a run: a list of unit spellings is values, not a sentence)."""
    text = re.sub(r"'[^']*'", " ", text)  # quoted values and field names stay as the user wrote them
    text = re.sub(r"\S*[/_.]\S*", " ", text)  # file paths, option names (production_unit), codes (35.11)
    return re.findall(r"[A-Za-z]+(?:[\s:;()-]+[A-Za-z]+){2,}", text)


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_input_reads_in_english_as_before_and_in_russian(case):
    call, english = CASES[case]
    assert _message(call, "en").startswith(english)
    russian = _message(call, "ru")
    assert russian != _message(call, "en")
    assert re.search("[а-яё]{4,}", russian), russian
    assert _english_runs(russian) == [], russian
    # the place is named as in English, in Russian words: layer, feature and field stay findable
    assert russian.startswith("слой '")


def test_a_wrong_encoding_is_named_in_russian(tmp_path):
    from ecopark_plugin.core.model.tables import table_format

    path = tmp_path / "ru.csv"
    path.write_bytes("id,name\nA,Завод\n".encode("cp1251"))
    with using("ru"), pytest.raises(InputError) as err:
        table_format(path, encoding="utf-8")
    assert str(err.value) == (
        "слой 'ru.csv', поле 'encoding': не является текстом в кодировке utf-8 (байт 0xc7 в строке 2): "
        "выберите другую кодировку"
    )


def test_the_russian_words_are_the_catalogues():
    assert _message(CASES["duplicate id"][0], "ru") == (
        "слой 'sites', объект 3, поле 'site_id': повторяющийся идентификатор площадки 'A' (также у объекта 2)"
    )
    assert _message(CASES["empty layer"][0], "ru") == "слой 'sites': в слое нет объектов"


def test_the_summary_of_many_problems_is_translated_too():
    problems = [InputProblem("streams", "x", i, "quantity") for i in range(InputError.SHOWN + 3)]
    with using("ru"):
        assert str(InputError(problems)).endswith("... и ещё проблем: 3")
    assert str(InputError(problems)).endswith("... and 3 more problems")


def test_the_runner_language_is_the_one_the_message_is_made_in():
    """The message is fixed when the error is raised: printed later, outside ``using``, it stays Russian."""
    with using("ru"), pytest.raises(InputError) as err:
        validate_sites(_sites(nace=["99.99", "23.62"]))
    assert "не является разделом" in str(err.value)


def _fkko_run(fkko, ewc=None, name=None):
    """The engine on a steelworks' slag with an FKKO (and EWC) code: the codes are checked against the catalogue."""
    from ecopark_plugin.core.model.parameters import Parameters
    from ecopark_plugin.core.symbiosis.catalogue import Catalogue
    from ecopark_plugin.core.symbiosis.engine import run

    from .test_fkko import sites, streams

    given = streams(fkko, ewc=ewc)
    if name:
        given.loc[0, "stream"] = name
    return run(sites(), given, Catalogue.load(), Parameters(infer_streams=False))


#: the FKKO checks, and what they said in English before they were translated
FKKO_CASES = {
    "eleven digits": (
        lambda: _fkko_run("100102"),
        "layer 'streams', feature 0, field 'код_фкко': FKKO code '100102' is not eleven digits",
    ),
    "a heading": (
        lambda: _fkko_run("35111000000"),
        "layer 'streams', feature 0, field 'код_фкко': FKKO code '35111000000' ends in 0: a heading of the "
        "catalogue, not a waste; give the waste's code",
    ),
    "class not 1-5": (
        lambda: _fkko_run("35111101207"),
        "layer 'streams', feature 0, field 'код_фкко': FKKO code '35111101207': its last digit, the hazard class, "
        "is not 1-5",
    ),
    "EWC disagrees": (
        lambda: _fkko_run("35111101204", ewc="100102"),
        "layer 'streams', feature 0, field 'код_фкко': EWC 100102 and FKKO 35111101204 disagree: the EWC code is "
        "fly_ash in the catalogue, the FKKO code is blast_furnace_slag (resources/catalogue/fkko_streams.csv); "
        "correct one of them",
    ),
    "name disagrees": (
        lambda: _fkko_run("35111101204", name="fly ash"),
        "layer 'streams', feature 0, field 'код_фкко': stream 'fly ash' is fly_ash in the catalogue but FKKO "
        "35111101204 is blast_furnace_slag (resources/catalogue/fkko_streams.csv); correct the name or the code",
    ),
}


@pytest.mark.parametrize("case", sorted(FKKO_CASES))
def test_an_fkko_check_reads_in_english_as_before_and_in_russian(case):
    call, english = FKKO_CASES[case]
    assert _message(call, "en") == english
    russian = _message(call, "ru")
    assert "ФККО" in russian and russian.startswith("слой 'streams', объект 0, поле 'код_фкко': ")
    assert _english_runs(russian) == [], russian


def test_the_fkko_table_a_user_writes_is_checked_in_russian(tmp_path):
    from ecopark_plugin.core.model.errors import CatalogueError
    from ecopark_plugin.core.model.fkko import load_fkko_streams

    path = tmp_path / "map.csv"
    path.write_text("fkko_prefix,stream,basis\n35x,steel_slag,test\n351,,test\n352,slag,\n", encoding="utf-8")
    with using("en"), pytest.raises(CatalogueError) as err:
        load_fkko_streams(path)
    assert str(err.value) == (
        f"{path}: row 2, fkko_prefix: '35x' is not 1-11 digits; row 3, stream: empty; row 4, basis: every mapping "
        "needs its basis"
    )
    with using("ru"), pytest.raises(CatalogueError) as err:
        load_fkko_streams(path)
    assert str(err.value) == (
        f"{path}: строка 2, fkko_prefix: '35x' — не от 1 до 11 цифр; строка 3, stream: пусто; строка 4, basis: у "
        "каждого сопоставления должно быть обоснование"
    )


def _lines(**changes):
    from shapely.geometry import LineString

    data = {"highway": ["motorway", "footway"], "geometry": [LineString([(0, 0), (1000, 0)]), Point(5, 5)]}
    data.update(changes)
    return gpd.GeoDataFrame(data, crs="EPSG:25832")


def _homes(**changes):
    from shapely.geometry import box

    data = {"pop": [10, 20], "geometry": [box(0, 0, 100, 100), Point(500, 500)]}
    data.update(changes)
    return gpd.GeoDataFrame(data, crs="EPSG:25832")


def _network(lines, **kwargs):
    from ecopark_plugin.core.transport.network import build_network

    return build_network(lines, "road", layer="roads", **kwargs)


def _housing(frame, kind="buildings", **kwargs):
    from ecopark_plugin.core.zones.housing import prepare_housing

    return prepare_housing(frame, kind, layer="homes", **kwargs)


#: the network and housing checks, and what they said in English before they were translated
NETWORK_CASES = {
    "network: no CRS": (
        lambda: _network(_lines().set_crs(None, allow_override=True)),
        "layer 'roads': the layer has no coordinate reference system",
    ),
    "network: no lines": (
        lambda: _network(_lines().iloc[1:]),
        "layer 'roads': no line features: a network needs a line layer",
    ),
    "network: a field that is not there": (
        lambda: _network(_lines(), speed_field="tempo"),
        "layer 'roads', field 'tempo': no field 'tempo' (fields: highway, geometry)",
    ),
    "network: unknown class": (
        lambda: _network(_lines(highway=["autobahn", None]), classes=_classes_without_default()),
        "layer 'roads', field 'highway': class 'autobahn' is not in the class table",
    ),
    "network: negative speed": (
        lambda: _network(_lines(tempo=[-1234.5, None]), speed_field="tempo"),
        "layer 'roads', feature 0, field 'tempo': speed -1234.5 is not positive",
    ),
    "network: nothing open": (
        lambda: _network(_lines(highway=["footway", None])),
        "layer 'roads', field 'highway': no line is open to road traffic after the class filter",
    ),
    "housing: no CRS": (
        lambda: _housing(_homes().set_crs(None, allow_override=True)),
        "layer 'homes': the layer has no coordinate reference system (CRS); set one",
    ),
    "housing: no population field": (
        lambda: _housing(_homes(), "population", population_field="people"),
        "layer 'homes', field 'people': no field 'people' for population (fields: pop, geometry)",
    ),
    "housing: points in a buildings layer": (
        lambda: _housing(_homes()),
        "layer 'homes': 1 points in a 'buildings' layer; give polygons",
    ),
    "housing: a population that is no number": (
        lambda: _housing(_homes(pop=["ten", 20]), "population", population_field="pop"),
        "layer 'homes', feature 0, field 'pop': population 'ten' is not a number >= 0",
    ),
    "housing: unknown kind": (
        lambda: _housing(_homes(), "flats"),
        "layer 'homes': kind 'flats' is not one of buildings, landuse, population",
    ),
}


def _classes_without_default():
    from ecopark_plugin.core.transport.network import load_classes

    classes = load_classes()
    return classes[classes["class"] != "*"]


@pytest.mark.parametrize("case", sorted(NETWORK_CASES))
def test_a_network_or_housing_check_reads_in_english_as_before_and_in_russian(case):
    call, english = NETWORK_CASES[case]
    assert _message(call, "en") == english
    russian = _message(call, "ru")
    assert russian.startswith("слой '"), russian
    assert re.search("[а-яё]{4,}", russian), russian
    assert _english_runs(russian) == [], russian


def test_a_speed_quoted_back_is_written_as_russians_write_numbers():
    call, _ = NETWORK_CASES["network: negative speed"]
    assert _message(call, "ru").endswith("скорость -1\u00a0234,5 не положительна")


#: figures quoted back from the input: as Python wrote them in English, as Russians write numbers in Russian
FIGURE_CASES = {
    "negative quantity": (
        lambda: validate_streams(_streams(quantity=[-1234.5]), validate_sites(_sites())),
        "negative quantity -1234.5",
        "отрицательное количество -1\u00a0234,5",
    ),
    "a position that is no degrees": (
        lambda: validate_sites(_sites(geometry=[Point(11.5, 200.25), Point(11.1, 55.67)])),
        "position 11.5, 200.25 is not longitude/latitude",
        "положение 11,5; 200,25 ",
    ),
    "beyond any plant": (
        lambda: validate_streams(_streams(quantity=[2500000000.5]), validate_sites(_sites())),
        "2.5e+09 t/yr is 2.5e+09 t/yr, more than any plant handles (at most 1e+09 t/yr)",
        "2,5e+09",
    ),
}


@pytest.mark.parametrize("case", sorted(FIGURE_CASES))
def test_a_figure_quoted_back_is_written_as_the_language_writes_numbers(case):
    call, english, russian = FIGURE_CASES[case]
    assert english in _message(call, "en")
    said = _message(call, "ru")
    assert russian in said, said
    assert not re.search(r"\d\.\d", said.split(": ", 1)[1]), said  # no decimal point left in Russian
