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
