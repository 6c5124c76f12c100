"""How big a plant is, against the plant its sector's profile describes.

A register or a user may give a site's yearly production or capacity (``production`` with
``production_unit``). Where the sector's profile figures describe a plant of stated size
(``resources/catalogue/sector_sizes.csv``), the site's figure over that size scales every default
quantity of the profile: a works making twice the profile plant's steel has about twice its slag. The
scaling is linear, an assumption the basis of each scaled stream states.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from .i18n import RESOURCES, format_number, translate, translate_marked, translator
from .units import UnknownUnit, parse_unit

tr = translator("InputErrors")

SIZES_CSV = RESOURCES / "catalogue" / "sector_sizes.csv"

#: spellings of the production units that are no mass (mass units are read by :func:`.units.parse_unit`), and
#: the factor to the unit of the table
OTHER_UNITS: dict[str, tuple[str, float]] = {
    "hl": ("hl", 1.0),
    "mhl": ("hl", 1e6),
    "гл": ("hl", 1.0),
    "mwth": ("MWth", 1.0),
    "mw": ("MWth", 1.0),
    "мвт": ("MWth", 1.0),
    "gwth": ("MWth", 1e3),
    "pe": ("PE", 1.0),
    "p.e.": ("PE", 1.0),
    "people": ("PE", 1.0),
    "inhabitants": ("PE", 1.0),
    "экв. жителей": ("PE", 1.0),
}
#: how a yearly figure's unit may end (``hl/yr``)
YEARLY = ("", "yr", "a", "year", "год")


class Size(NamedTuple):
    """The plant a sector's profile describes."""

    nace: str
    product: str
    reference: float
    unit: str
    source: str
    #: t CO2 the plant emits per unit of its product (biomass CO2 not counted), where it is published: a
    #: site's reported CO2 over it gives its production
    co2_per_unit: float = float("nan")
    co2_source: str = ""


@functools.lru_cache(maxsize=4)
def load_sizes(path: str | Path = SIZES_CSV) -> dict[str, Size]:
    """The reference plant of each sector that has one, by NACE code."""
    table = pd.read_csv(path, dtype={"nace": str})
    table["co2_source"] = table["co2_source"].fillna("")
    return {
        r.nace: Size(r.nace, r.product, float(r.reference), r.unit, r.source, float(r.co2_per_unit), r.co2_source)
        for r in table.itertuples(index=False)
    }


def size_of(nace: str, sizes: dict[str, Size] | None = None) -> Size | None:
    """The reference plant of ``nace``'s profile (a class falls back to its group: 24.10 -> 24.1)."""
    sizes = load_sizes() if sizes is None else sizes
    code = str(nace)
    while code:
        if code in sizes:
            return sizes[code]
        code = code[:-1].rstrip(".")
    return None


def normalise_unit(text) -> tuple[str, float] | None:
    """``'kt/yr'`` -> (``'t'``, 1000); None for a unit the table does not know."""
    amount, _, period = " ".join(str(text).strip().lower().split()).partition("/")
    if amount.strip() in OTHER_UNITS:
        return OTHER_UNITS[amount.strip()] if period.strip() in YEARLY else None
    try:
        unit = parse_unit(str(text))
    except UnknownUnit:
        return None
    return (unit.canonical, unit.factor) if unit.canonical == "t" else None


def production_factor(nace: str, production: float, unit, sizes: dict[str, Size] | None = None):
    """(factor, why) scaling ``nace``'s profile to a site of ``production`` ``unit``/yr.

    Returns None where there is nothing to scale (no production given, or the sector's profile states no
    plant size); raises ValueError, with what the sector expects, where the unit does not fit.
    """
    if production is None or production != production:
        return None
    size = size_of(nace, sizes)
    if size is None:
        return None
    known = normalise_unit(unit)
    if known is None or known[0] != size.unit:
        raise ValueError(
            tr(
                "production unit '{}' does not fit NACE {}, whose profile plant is measured in {} of {} a year: "
                "give production_unit {}"
            ).format(unit, nace, size.unit, translate_marked("CatalogueSources", size.product), size.unit)
        )
    value = float(production) * known[1]
    factor = value / size.reference
    return factor, translate(
        "StreamBasis",
        "derived: {} {}/yr of {} given / {} of the profile's plant = x {} (linear scaling: assumption)",
    ).format(
        format_number(value, 0),
        size.unit,
        translate_marked("CatalogueSources", size.product),
        format_number(size.reference, 0),
        format_number(factor, 2),
    )
