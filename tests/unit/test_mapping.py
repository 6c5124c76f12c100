"""The import mapping: saved and read back, wrong files named, years and E-PRTR codes applied, and numbers
written as national tables write them."""

import json

import pandas as pd
import pytest

from ecopark_plugin.core.job import Job, job_sites
from ecopark_plugin.core.model.errors import InputError
from ecopark_plugin.core.model.mapping import ImportMapping, guess_activity_kind, prepare_sites
from ecopark_plugin.core.model.tables import parse_number
from ecopark_plugin.core.symbiosis.register import activity_to_nace


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1 234 567,5", 1234567.5),  # space
        ("1\u00a0234\u00a0567,5", 1234567.5),  # no-break space (Excel in Swedish, French)
        ("1\u202f234\u202f567,5", 1234567.5),  # narrow no-break space (Excel in Russian)
        ("1'234'567.5", 1234567.5),  # apostrophe (Swiss)
        ("1\u2019234", 1234.0),
        ("1.234.567,5", 1234567.5),  # dot grouping, decimal comma (German, Danish)
        ("1,234,567.5", 1234567.5),  # comma grouping, decimal point (English)
        ("55,66", 55.66),
        ("1,234", 1.234),  # one comma and no dot: a decimal comma
        ("-0,5", -0.5),
        ("1e30", 1e30),
        ("6.200.000", 6200000.0),
        ("abc", None),
        ("", None),
        ("12-3", None),
        (None, None),
        (float("nan"), None),
        (7, 7.0),
    ],
)
def test_numbers_as_national_tables_write_them(text, number):
    assert parse_number(text) == number


def test_a_mapping_is_saved_and_read_back(tmp_path):
    mapping = ImportMapping(
        {"site_id": "AnläggningsID", "x": "E", "y": "N", "year": "År"}, {"quantity": "Mängd"}, "eprtr", "EPSG:3006"
    )
    path = mapping.save(tmp_path / "se.json")
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "ecopark-import-mapping"
    assert ImportMapping.load(path) == mapping
    # the command line's options win over the file's
    merged = ImportMapping.load(path).merged(ImportMapping({"x": "X_SWEREF"}, {}, "auto", None))
    assert merged.sites["x"] == "X_SWEREF" and merged.activity_kind == "eprtr" and merged.sites_crs == "EPSG:3006"


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("{not json", "not a mapping file (JSON)"),
        ('{"sites": {"colour": "Farbe"}}', "unknown fields colour"),
        ('{"activity_kind": "sic"}', "'sic' is none of auto, nace, eprtr, okved2"),
        ('{"sites": ["id"]}', "expects field -> column name pairs"),
        ("[1, 2]", "a mapping file holds one JSON object"),
    ],
)
def test_a_wrong_mapping_file_is_named(tmp_path, content, said):
    path = tmp_path / "wrong.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="wrong.json") as err:
        ImportMapping.load(path)
    assert said in str(err.value)


def test_activity_kinds_are_told_apart():
    assert guess_activity_kind(["1(c)", "5(a)", "3(c)(i)", None]) == "eprtr"
    assert guess_activity_kind(["24.10.1", "35.11"]) == "okved2"
    assert guess_activity_kind(["35.11", "2014", "C20.14"]) == "nace"


def test_the_latest_year_of_each_site_and_eprtr_codes_as_nace():
    table = pd.DataFrame(
        {
            "id": ["A", "A", "B", "C"],
            "name": ["a", "a", "b", "c"],
            "activity": ["1(c)", "1(c)", "4(a)(viii)", "9(z)"],
            "year": ["2019", "2022", "2022", "2021"],
        },
        index=[2, 3, 4, 5],
    )
    mapping = ImportMapping({"site_id": "id", "nace": "activity", "year": "year"})
    out, notes = prepare_sites(table, mapping, lambda a: activity_to_nace(a)[0])
    assert list(out.index) == [3, 4, 5] and notes == {"older_years": 1, "activity_kind": "eprtr"}
    assert list(out["activity"]) == ["35.11", "20.16", "9(z)"]  # an unknown activity stays for validation to name
    bad = table.assign(year=["2019", "twenty", "2022", "2021"])
    with pytest.raises(InputError, match=r"feature 3, field 'year': year 'twenty' is not a number"):
        prepare_sites(bad, mapping, lambda a: None)


def test_mapped_coordinate_columns_with_grouped_thousands():
    table = pd.DataFrame(
        {"id": ["A"], "name": ["a"], "nace": ["24.10"], "Öst": ["312\u00a0838,1"], "Nord": ["6 442 381,4"]}
    )
    mapping = ImportMapping({"site_id": "id", "x": "Öst", "y": "Nord"}, sites_crs="EPSG:3006")
    sites = job_sites(Job(table, mapping=mapping))
    assert sites.crs.to_epsg() == 3006
    assert (sites.geometry.x.iloc[0], sites.geometry.y.iloc[0]) == (312838.1, 6442381.4)
    with pytest.raises(InputError, match="mapped coordinate column 'Ost' does not exist"):
        job_sites(Job(table, mapping=ImportMapping({"x": "Ost", "y": "Nord"})))
