"""Units of stream quantities, converted in this one place.

Every quantity the engine works with is an annual amount in one of three canonical units:
``t`` (tonnes per year) for materials, ``MWh`` (per year) for energy and ``m3`` (per year) for water
and other volumes. Rates per day or hour are scaled to a year with the operating time below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import tables
from .i18n import translator

tr = translator("InputErrors")

CANONICAL_UNITS = ("t", "MWh", "m3")

#: Amount units: (canonical unit, factor to it).
_AMOUNTS: dict[str, tuple[str, float]] = {
    "t": ("t", 1.0),
    "tonne": ("t", 1.0),
    "tonnes": ("t", 1.0),
    "ton": ("t", 1.0),
    "tons": ("t", 1.0),
    "kg": ("t", 1e-3),
    "kt": ("t", 1e3),
    "mt": ("t", 1e6),  # megatonne; lower-cased 'Mt'
    "m3": ("m3", 1.0),
    "m³": ("m3", 1.0),
    "l": ("m3", 1e-3),
    "litre": ("m3", 1e-3),
    "liter": ("m3", 1e-3),
    "kwh": ("MWh", 1e-3),
    "mwh": ("MWh", 1.0),
    "gwh": ("MWh", 1e3),
    "twh": ("MWh", 1e6),
    "gj": ("MWh", 1 / 3.6),
    "tj": ("MWh", 1e3 / 3.6),
    "pj": ("MWh", 1e6 / 3.6),
    # heat in gigacalories, as Russian and CIS plants report it: 1 Gcal = 4.1868 GJ = 1.163 MWh (the
    # International Table calorie)
    "gcal": ("MWh", 1.163),
    # Russian abbreviations (т, тыс. т, м3, Гкал, ГДж, МВт·ч)
    "т": ("t", 1.0),
    "кг": ("t", 1e-3),
    "тыс.т": ("t", 1e3),
    "тыст": ("t", 1e3),
    "млн.т": ("t", 1e6),
    "млнт": ("t", 1e6),  # "млн т": spaces are taken out
    "м3": ("m3", 1.0),
    "тыс.м3": ("m3", 1e3),
    "гкал": ("MWh", 1.163),
    "тыс.гкал": ("MWh", 1163.0),
    "гдж": ("MWh", 1 / 3.6),
    "мвт·ч": ("MWh", 1.0),
    "мвтч": ("MWh", 1.0),
    "квт·ч": ("MWh", 1e-3),
}

#: Operating time used to turn a rate into a yearly amount. Assumption (EcoPark 2026): continuous
#: operation; a user whose plant runs fewer days should enter yearly amounts instead.
DAYS_PER_YEAR = 365.0
HOURS_PER_YEAR = 8760.0

_PERIODS: dict[str, float] = {
    "": 1.0,
    "год": 1.0,
    "г": 1.0,
    "сут": DAYS_PER_YEAR,
    "сутки": DAYS_PER_YEAR,
    "ч": HOURS_PER_YEAR,
    "час": HOURS_PER_YEAR,
    "мес": 12.0,
    "yr": 1.0,
    "y": 1.0,
    "a": 1.0,
    "year": 1.0,
    "annum": 1.0,
    "month": 12.0,
    "mo": 12.0,
    "week": 52.0,
    "wk": 52.0,
    "day": DAYS_PER_YEAR,
    "d": DAYS_PER_YEAR,
    "h": HOURS_PER_YEAR,
    "hr": HOURS_PER_YEAR,
    "hour": HOURS_PER_YEAR,
}


@dataclass(frozen=True)
class Unit:
    """A parsed unit: multiply a quantity by ``factor`` to get ``canonical`` per year."""

    text: str
    canonical: str
    factor: float


class UnknownUnit(ValueError):
    """The unit text is not one the engine knows."""


def parse_unit(text: str) -> Unit:
    """Parse a unit such as ``t``, ``t/yr``, ``kg/day``, ``m3/h``, ``GJ`` or ``MWh/a``.

    A unit with no period is taken as per year.

    Raises
    ------
    UnknownUnit
        If the amount or the period is not known; the message lists what is.
    """
    raw = "" if text is None else str(text)
    norm = raw.strip().replace("³", "3").replace(" per ", "/").replace(" ", "")
    if not norm:
        raise UnknownUnit(tr("empty unit"))
    amount, slash, period = norm.partition("/")
    if slash and not period:
        raise UnknownUnit(tr("unknown unit '{}': nothing after '/'").format(raw))
    key = amount.lower()
    if key not in _AMOUNTS:
        raise UnknownUnit(
            tr("unknown unit '{}': the amount '{}' is none of {}").format(raw, amount, ", ".join(sorted(_AMOUNTS)))
        )
    per = period.lower()
    if len(per) > 1:
        per = re.sub(r"s$", "", per)  # years, days, hrs
    if per not in _PERIODS:
        raise UnknownUnit(
            tr("unknown unit '{}': the period '{}' is none of {}").format(
                raw, period, ", ".join(p for p in _PERIODS if p)
            )
        )
    canonical, factor = _AMOUNTS[key]
    return Unit(raw, canonical, factor * _PERIODS[per])


def to_canonical(quantity: float, unit_text: str) -> tuple[float, str]:
    """Convert ``quantity`` in ``unit_text`` to the canonical yearly amount and its unit."""
    unit = parse_unit(unit_text)
    return quantity * unit.factor, unit.canonical


def convert(quantity: float, from_unit: str, to_unit: str) -> float:
    """Convert between two units of the same dimension (e.g. ``t/day`` to ``kt/yr``)."""
    a, b = parse_unit(from_unit), parse_unit(to_unit)
    if a.canonical != b.canonical:
        raise UnknownUnit(
            tr("cannot convert '{}' ({}) to '{}' ({})").format(from_unit, a.canonical, to_unit, b.canonical)
        )
    return quantity * a.factor / b.factor


def parse_number(value) -> float:
    """A number as a person or a national export writes it (``120 000``, ``1 234,5``, ``1.234,5``,
    ``1,234.5``, ``55,66``: see :func:`.tables.parse_number`); ``ValueError`` where it is none."""
    number = tables.parse_number(value)
    if number is None:
        raise ValueError(tr("'{}' is not a number").format(value))
    return number
