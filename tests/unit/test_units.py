import pytest

from ecopark_plugin.core.model.units import UnknownUnit, convert, parse_unit, to_canonical


@pytest.mark.parametrize(
    "text, quantity, expected",
    [
        ("t", 5, (5, "t")),
        ("t/yr", 5, (5, "t")),
        ("tonnes per year", 5, (5, "t")),
        ("kg", 2500, (2.5, "t")),
        ("kt/a", 3, (3000, "t")),
        ("Mt", 1.5, (1.5e6, "t")),
        ("t/day", 10, (3650, "t")),
        ("t/h", 50, (438000, "t")),
        ("m3/h", 1, (8760, "m3")),
        ("m³", 7, (7, "m3")),
        ("GJ", 36, (10, "MWh")),
        ("TJ/yr", 3.6, (1000, "MWh")),
        ("GWh", 2, (2000, "MWh")),
        ("kWh/day", 1000, (365, "MWh")),
    ],
)
def test_to_canonical(text, quantity, expected):
    value, unit = to_canonical(quantity, text)
    assert unit == expected[1]
    assert value == pytest.approx(expected[0])


@pytest.mark.parametrize("text", ["", "bananas", "t/fortnight", "kg/", "MW"])
def test_unknown_units_are_refused(text):
    with pytest.raises(UnknownUnit):
        parse_unit(text)


def test_message_lists_known_units():
    with pytest.raises(UnknownUnit, match="amount 'barrels' is none of"):
        parse_unit("barrels/day")


def test_convert_between_units_of_one_dimension():
    assert convert(250, "t/day", "kt/yr") == pytest.approx(91.25)
    with pytest.raises(UnknownUnit, match="cannot convert"):
        convert(1, "t", "MWh")


@pytest.mark.parametrize(
    "text, value",
    [
        ("120 000", 120_000.0),
        ("1\u00a0234,5", 1234.5),  # Russian: no-break space, decimal comma
        ("1\u202f234\u202f567,25", 1_234_567.25),  # narrow no-break spaces, as a Russian locale writes
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("55,66", 55.66),
        ("1,234,567", 1_234_567.0),
        ("1.234.567", 1_234_567.0),
        ("\u22125,5", -5.5),
        (42, 42.0),
    ],
)
def test_numbers_as_people_and_national_exports_write_them(text, value):
    from ecopark_plugin.core.model.units import parse_number

    assert parse_number(text) == pytest.approx(value)


def test_a_word_is_not_a_number():
    from ecopark_plugin.core.model.units import parse_number

    with pytest.raises(ValueError, match="'12 т' is not a number"):
        parse_number("12 т")
