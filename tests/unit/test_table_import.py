"""A register's table imported as sites by the one core path the runner, Processing and the panel share:
declared table formats, a header row told from the data, E-PRTR Annex I codes as written by national
registers, the coordinate check, and every refused row kept with its reason."""

import json

import pandas as pd
import pytest

from ecopark_plugin.core.job import import_sites
from ecopark_plugin.core.model.errors import InputError
from ecopark_plugin.core.model.mapping import ImportMapping, coordinate_check, guess_activity_kind
from ecopark_plugin.core.model.tables import table_format


def test_what_the_user_declares_wins_over_what_is_detected(tmp_path):
    path = tmp_path / "t.csv"
    # one field holds a comma, so the sniffer would take ',' for the separator
    path.write_bytes("id|name|x|y\nA|Smith, Jones & Co|630827.5|6170169.7\n".encode("cp1252"))
    found = table_format(path, separator="|", decimal=".", encoding="cp1252")
    assert (found.separator, found.decimal, found.encoding, found.qgis_encoding) == ("|", ".", "cp1252", "windows-1252")
    assert (found.x, found.y, found.header) == ("x", "y", True)
    assert found.options() == {"encoding": "cp1252", "separator": "|", "decimal": "."}
    assert table_format(path).options() == {}


def test_an_encoding_that_does_not_fit_names_the_file_and_line(tmp_path):
    path = tmp_path / "ru.csv"
    path.write_bytes("id;имя\nA;Завод\n".encode("cp1251"))
    with pytest.raises(InputError, match=r"ru.csv.*is not utf-8 text \(byte 0xe8 on line 1\): choose another"):
        table_format(path, encoding="utf-8")
    with pytest.raises(InputError, match=r"ru.csv.*separator '#' is none of"):
        table_format(path, separator="#")


def test_a_first_row_of_numbers_is_data_not_a_header(tmp_path):
    path = tmp_path / "noheader.csv"
    path.write_text("A;Power;630827,5;6170169,7\nB;Oil;630900,0;6170200,0\n", encoding="utf-8")
    found = table_format(path)
    assert (found.separator, found.decimal, found.header, found.x) == (";", ",", False, None)
    assert table_format(path, header=True).header is True


def test_the_table_format_is_saved_with_the_mapping(tmp_path):
    mapping = ImportMapping({"x": "E"}, {}, "eprtr", "EPSG:3006", {"separator": ";", "decimal": ",", "header": True})
    path = mapping.save(tmp_path / "m.json")
    assert json.loads(path.read_text(encoding="utf-8"))["table"] == {"separator": ";", "decimal": ",", "header": True}
    assert ImportMapping.load(path) == mapping
    # a file without the key (written before it existed) reads as before
    assert ImportMapping.from_dict({"sites": {"x": "E"}}).table == {}
    path.write_text('{"table": {"separator": "#", "colour": 1}}', encoding="utf-8")
    with pytest.raises(InputError) as err:
        ImportMapping.load(path)
    assert "unknown keys colour" in str(err.value) and "separator '#' is none of" in str(err.value)


def test_annex_i_codes_as_national_registers_write_them():
    assert guess_activity_kind(["1.(c)", "5.(a)", "3.(c)(i)"]) == "eprtr"


def _register() -> pd.DataFrame:
    """A national register's export as read: ids, Annex I codes, SWEREF 99 TM metres with decimal commas."""
    return pd.DataFrame(
        {
            "AnlNr": ["A", "A", "B", "C", "D", "E"],
            "Namn": ["Kraftverk", "Kraftverk", "Bruk", "Raffinaderi", "Okänd", "Utan läge"],
            "Verksamhet": ["1.(c)", "1.(c)", "6.(a)", "1.(a)", "9.(z)", "4.(a)"],
            "År": ["2021", "2022", "2022", "2022", "2022", "2022"],
            "E": ["319 000,5", "319 000,5", "674 032,0", "318 400,0", "500 000,0", ""],
            "N": ["6 399 000,5", "6 399 000,5", "6 880 113,0", "6 400 050,0", "6 500 000,0", "6 500 000,0"],
        },
        index=range(2, 8),  # a CSV's line numbers
    )


def test_a_register_is_imported_as_sites_and_its_bad_rows_are_kept_with_reasons():
    mapping = ImportMapping(
        {"site_id": "AnlNr", "name": "Namn", "nace": "Verksamhet", "x": "E", "y": "N", "year": "År"},
        sites_crs="EPSG:3006",
    )
    imported = import_sites(_register(), mapping, "register.csv")
    sites = imported.sites
    assert list(sites["site_id"]) == ["A", "B", "C"]
    assert list(sites["nace"]) == ["35.11", "17.11", "19.20"]
    assert sites.crs.to_epsg() == 3006 and sites.geometry.x.iloc[0] == pytest.approx(319000.5)
    assert imported.notes == {"older_years": 1, "activity_kind": "eprtr"}
    rejected = imported.rejected.set_index("source_row")
    assert sorted(rejected.index) == ["6", "7"]
    assert "9.(z)" in rejected.loc["6", "reason"] and rejected.loc["6", "source_field"] == "Verksamhet"
    # a refused row as the file has it: its Annex I code, not the NACE code the import made of it
    assert rejected.loc["7", "Verksamhet"] == "4.(a)" and rejected.loc["7", "E"] == ""
    assert rejected.loc["7", "reason"] == "no coordinate" and rejected.loc["7", "source_layer"] == "register.csv"
    assert imported.mapping.activity_kind == "eprtr" and imported.mapping.sites["x"] == "E"


def test_the_coordinate_check_says_what_the_values_are_and_what_to_do():
    table = _register()
    metres = coordinate_check(table, ImportMapping({"x": "E", "y": "N"}))
    assert (metres.usable, metres.unusable, metres.degrees, metres.declared) == (5, 1, False, False)
    assert metres.x_range == (318400.0, 674032.0)
    assert "--sites-crs" in metres.advice and metres.said().startswith("x (E) 318400 .. 674032")
    # read in the right CRS they fit; in a CRS of another continent they do not
    assert coordinate_check(table, ImportMapping({"x": "E", "y": "N"}, sites_crs="EPSG:3006")).advice == ""
    far = coordinate_check(table, ImportMapping({"x": "E", "y": "N"}, sites_crs="EPSG:27700"))  # British National Grid
    assert far.misplaced_count == 5 and "far from where" in far.advice
    degrees = coordinate_check(pd.DataFrame({"lon": ["11,1"], "lat": ["55,6"]}), ImportMapping())
    assert degrees.degrees and degrees.crs == "EPSG:4326" and degrees.advice == ""
    assert coordinate_check(pd.DataFrame({"a": [1]}), ImportMapping()).advice.startswith("choose the x")


@pytest.mark.parametrize(
    ("text", "decimal", "number"),
    [
        ("1,234", ".", 1234.0),  # a decimal point: the comma groups thousands
        ("1.234", ",", 1234.0),  # a decimal comma: the dot groups thousands
        ("1,234", None, 1.234),  # not known: one comma is a decimal comma, as registers that write them mean it
        ("1,5", ".", 1.5),  # not three digits: no grouping, whatever the table says
        ("-12,345", ".", -12345.0),
        ("1 234,5", ",", 1234.5),
        ("1,234.5", ".", 1234.5),
        ("1.234,5", ",", 1234.5),
    ],
)
def test_a_known_decimal_mark_tells_grouping_from_decimals(text, decimal, number):
    from ecopark_plugin.core.model.tables import parse_number

    assert parse_number(text, decimal) == number


def test_coordinates_with_grouped_thousands_in_a_table_with_a_decimal_point():
    # an English-locale export: x/y in metres written 319,000 (thousands grouped, the decimal mark a point)
    table = pd.DataFrame({"id": ["A"], "name": ["a"], "nace": ["35.11"], "x": ["319,000"], "y": ["6,399,000.5"]})
    imported = import_sites(table, ImportMapping(sites_crs="EPSG:3006"), "en.csv", decimal=".")
    assert (imported.sites.geometry.x.iloc[0], imported.sites.geometry.y.iloc[0]) == (319000.0, 6399000.5)


@pytest.mark.parametrize(
    ("text", "decimal"),
    [
        ('id,lon,lat\nA,"11,08","55,66"\n', ","),  # quoted decimal commas in a comma-separated file
        ('id,x,y\nA,"319,000","6,399,000.5"\n', "."),  # grouped thousands and a decimal point
        ("id;x;y\nA;319,000;6399,5\n", ","),  # 6399,5: a decimal comma, whatever 319,000 is
        ("id;x;y\nA;319,000;6,399\n", ","),  # only d,ddd: a ';' register writes decimal commas
    ],
)
def test_the_decimal_mark_is_told_from_numbers_that_can_only_be_read_one_way(tmp_path, text, decimal):
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    assert table_format(path).decimal == decimal
