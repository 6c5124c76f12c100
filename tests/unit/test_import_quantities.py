"""A register's quantity columns (reported waste, yearly production and its unit) mapped, read with the table's
own decimal mark and grouping, carried into the imported sites as numbers, and refused row by row with line,
field and reason where a value is no number or its unit does not fit the sector's profile plant."""

import pandas as pd
import pytest

from ecopark_plugin.core.job import import_sites
from ecopark_plugin.core.model.inputs import STREAM_FIELDS, FieldMapping, validate_sites, validate_streams
from ecopark_plugin.core.model.mapping import ImportMapping, resolved
from ecopark_plugin.core.model.tables import table_format

SITES = {"site_id": "Id", "name": "Namn", "nace": "Nace", "x": "lon", "y": "lat"}
QUANTITIES = {"production": "Produktion", "production_unit": "Enhet", "waste_nonhw_t": "Avfall", "waste_hw_t": "FA"}


def _table(production, waste, unit=("t", "t", "t")) -> pd.DataFrame:
    """Three mills (NACE 17.11, measured in t of pulp a year), as a CSV's lines 2 to 4."""
    return pd.DataFrame(
        {
            "Id": ["A", "B", "C"],
            "Namn": ["Bruk A", "Bruk B", "Bruk C"],
            "Nace": ["17.11"] * 3,
            "lon": ["11,1", "11,2", "11,3"],
            "lat": ["55,6", "55,7", "55,8"],
            "Produktion": list(production),
            "Enhet": list(unit),
            "Avfall": list(waste),
            "FA": ["", "12", ""],
        },
        index=range(2, 5),
    )


def test_quantities_in_a_decimal_comma_table_read_a_dot_as_thousands():
    table = _table(["1.234", "500.000", "2,5"], ["1.234", "1.234,5", ""])
    imported = import_sites(table, ImportMapping({**SITES, **QUANTITIES}), "komma.csv", decimal=",")
    sites = imported.sites.set_index("site_id")
    assert list(sites["production"]) == [1234.0, 500000.0, 2.5]
    assert sites.loc["A", "waste_nonhw_t"] == 1234.0 and sites.loc["B", "waste_nonhw_t"] == 1234.5
    assert sites.loc["B", "waste_hw_t"] == 12.0 and pd.isna(sites.loc["C", "waste_nonhw_t"])
    assert list(sites["production_unit"]) == ["t", "t", "t"]
    assert len(imported.rejected) == 0
    # the layer written holds numbers: a run on it reads them as the table meant them, whatever its mark
    again = validate_sites(imported.sites)
    assert list(again["production"]) == [1234.0, 500000.0, 2.5]


def test_quantities_in_a_decimal_point_table_read_a_comma_as_thousands():
    table = _table(["1,234", "500,000", "2.5"], ["1,234", "1,234.5", ""])
    imported = import_sites(table, ImportMapping({**SITES, **QUANTITIES}), "point.csv", decimal=".")
    sites = imported.sites.set_index("site_id")
    assert list(sites["production"]) == [1234.0, 500000.0, 2.5]
    assert (sites.loc["A", "waste_nonhw_t"], sites.loc["B", "waste_nonhw_t"]) == (1234.0, 1234.5)


def test_without_a_known_mark_a_lone_comma_stays_a_decimal_comma():
    table = _table(["1,234", "5", "6"], ["", "", ""])
    sites = import_sites(table, ImportMapping({**SITES, **QUANTITIES}), "t.csv").sites
    assert sites["production"].iloc[0] == pytest.approx(1.234)


def test_a_quantity_that_is_no_number_or_in_the_wrong_unit_is_refused_with_line_field_and_reason():
    table = _table(["1.234", "viel", "300.000"], ["1.000", "", "zwei"], unit=("t", "t", "MWth"))
    imported = import_sites(table, ImportMapping({**SITES, **QUANTITIES}), "komma.csv", decimal=",")
    assert list(imported.sites["site_id"]) == ["A"]
    rejected = imported.rejected.set_index("source_row")
    assert sorted(rejected.index) == ["3", "4"]
    assert rejected.loc["3", "source_field"] == "Produktion"
    assert rejected.loc["3", "reason"] == "production 'viel' is not a number of 0 or more"
    reasons = rejected.loc["4", "reason"]
    assert "reported waste 'zwei' is not a number" in reasons
    assert (
        "production unit 'MWth' does not fit NACE 17.11, whose profile plant is measured in t of pulp a year: "
        "give production_unit t" in reasons
    )
    assert rejected.loc["4", "source_layer"] == "komma.csv"


def test_quantity_columns_are_guessed_by_name_saved_and_loaded(tmp_path):
    table = _table(["1", "2", "3"], ["", "", ""]).rename(
        columns={"Produktion": "production", "Enhet": "production_unit", "Avfall": "reported_nonhw_t", "FA": "hw_t"}
    )
    mapping = resolved(table, ImportMapping(SITES))
    assert {k: mapping.sites[k] for k in QUANTITIES} == {
        "production": "production",
        "production_unit": "production_unit",
        "waste_nonhw_t": "reported_nonhw_t",
        "waste_hw_t": "hw_t",
    }
    saved = ImportMapping({**SITES, **QUANTITIES}).save(tmp_path / "m.json")
    assert ImportMapping.load(saved).sites["production_unit"] == "Enhet"


@pytest.mark.parametrize(
    ("text", "decimal"),
    [
        ("site_id;direction;stream;quantity;unit\nA;output;fly ash;1.234;t\nB;output;gypsum;2,5;t\n", ","),
        ('site_id,direction,stream,quantity,unit\nA,output,fly ash,"1,234",t\nB,output,gypsum,2.5,t\n', "."),
    ],
)
def test_a_streams_quantity_is_read_with_its_tables_detected_decimal_mark(tmp_path, text, decimal):
    path = tmp_path / "streams.csv"
    path.write_text(text, encoding="utf-8")
    found = table_format(path)
    assert found.decimal == decimal
    streams = pd.read_csv(path, sep=found.separator, dtype=str)
    sites = validate_sites(import_sites(_table(["", "", ""], ["", "", ""]), ImportMapping(SITES), "s.csv").sites)
    mapping = FieldMapping.guess(streams.columns, STREAM_FIELDS, decimal=found.decimal)
    assert list(validate_streams(streams, sites, mapping)["quantity"]) == [1234.0, 2.5]
    # the table's mark unknown: one comma is a decimal comma, one dot a decimal point
    assert validate_streams(streams, sites)["quantity"].iloc[0] == pytest.approx(1.234)
