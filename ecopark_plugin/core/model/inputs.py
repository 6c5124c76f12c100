"""The data model: a *sites* layer and a *streams* table, validated and normalised.

Sites (points or polygons)
    ``site_id`` (unique), ``name``, ``nace`` (NACE Rev.2 code), optional ``hazard_class`` (1-5).
Streams (a table, no geometry)
    ``site_id`` (a site), ``direction`` (``output`` or ``input``), ``stream`` (name or code),
    ``quantity`` (>= 0), ``unit`` (see :mod:`units`), optional ``ewc`` (six-digit EWC code) and ``fkko``
    (eleven-digit Russian FKKO code, :mod:`.fkko`).

A :class:`FieldMapping` says which field of the user's layer holds each of these. Validation collects
every problem and raises one :class:`~.errors.InputError` naming layer, feature and field of each.
The frames' index is the feature id the problems refer to (the QGIS feature id when the frame comes
from a QGIS layer, else the row number from 1).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import pandas as pd
from pyproj import CRS

from .errors import InputError, InputProblem
from .fkko import fkko_stream, parse_fkko
from .fkko import hazard_class as fkko_hazard
from .i18n import localised_number as _n
from .i18n import translate_marked, translator
from .positions import AREA_OF_USE_MARGIN_DEG, check_crs_usable, outside_area_of_use  # noqa: F401 - importers
from .sizes import production_factor, size_of
from .tables import coordinate_columns, parse_number
from .units import UnknownUnit, parse_unit

tr = translator("InputErrors")

SITE_FIELDS = (
    "site_id",
    "name",
    "nace",
    "hazard_class",
    "waste_nonhw_t",
    "waste_hw_t",
    "production",
    "production_unit",
)
SITE_REQUIRED = ("site_id", "name", "nace")
#: the sites' numeric quantities (t/yr, and production in the unit of its production_unit)
QUANTITY_FIELDS = ("waste_nonhw_t", "waste_hw_t", "production")
STREAM_FIELDS = ("site_id", "direction", "stream", "quantity", "unit", "ewc", "fkko")
STREAM_REQUIRED = ("site_id", "direction", "stream", "quantity", "unit")
#: columns of a validated streams table
USER_STREAM_COLUMNS = (
    "site_id",
    "direction",
    "stream",
    "stream_label",
    "quantity",
    "unit",
    "quantity_given",
    "unit_given",
    "ewc",
    "origin",
)
#: columns validate_streams adds after those: the FKKO code, its hazard class (last digit) and the catalogue
#: stream it maps to (fkko_streams.csv)
FKKO_COLUMNS = ("fkko", "fkko_class", "fkko_stream")

#: Field names tried, in order, when no mapping is given (compared case-insensitively).
_GUESSES: dict[str, tuple[str, ...]] = {
    "site_id": ("site_id", "id", "facility_id", "facilityinspireid", "site", "fid_site"),
    "name": ("name", "site_name", "facilityname", "facility_name", "title"),
    "nace": ("nace", "nace_code", "nace_rev2", "naceactivity", "sector", "okved2", "okved", "оквэд2", "оквэд"),
    "hazard_class": ("hazard_class", "hazard", "sanpin_class", "class"),
    "waste_nonhw_t": ("waste_nonhw_t", "reported_nonhw_t", "nonhw_t"),
    "waste_hw_t": ("waste_hw_t", "reported_hw_t", "hw_t"),
    # only names that say a yearly figure: a "capacity" column is as often a description as a number
    "production": ("production", "annual_production", "production_per_year", "производство"),
    "production_unit": ("production_unit", "единица_производства"),
    "direction": ("direction", "dir", "flow"),
    "stream": ("stream", "stream_name", "material", "code"),
    "quantity": ("quantity", "qty", "amount", "tonnes", "value"),
    "unit": ("unit", "units", "uom"),
    "ewc": ("ewc", "ewc_code", "waste_code"),
    "fkko": ("fkko", "fkko_code", "код_фкко", "фкко", "код фкко"),
}

_DIRECTIONS = {
    "output": "output",
    "out": "output",
    "supply": "output",
    "by-product": "output",
    "byproduct": "output",
    "waste": "output",
    "input": "input",
    "in": "input",
    "demand": "input",
    "need": "input",
    "use": "input",
}

_NACE_RE = re.compile(r"^\d{2}(\.\d{1,2})?$")


@dataclass
class FieldMapping:
    """Which field of the user's layer holds each model field (``None``: not present)."""

    fields: dict[str, str | None] = field(default_factory=dict)
    #: the table's decimal mark where known (declared or detected in a CSV): quantities are read with it, so
    #: that ``1,234`` is 1234 in a table with a decimal point and ``1.234`` is 1234 in one with a decimal comma
    decimal: str | None = None

    @classmethod
    def guess(cls, columns, wanted=SITE_FIELDS + STREAM_FIELDS, given: dict | None = None, decimal=None):
        """Map every wanted model field to a column of ``columns``; ``given`` wins over guesses."""
        by_lower = {str(c).lower(): c for c in columns}
        mapping: dict[str, str | None] = {}
        for name in wanted:
            if given and given.get(name):
                mapping[name] = given[name]
                continue
            mapping[name] = next((by_lower[g] for g in _GUESSES.get(name, (name,)) if g in by_lower), None)
        return cls(mapping, decimal)

    def get(self, name: str) -> str | None:
        return self.fields.get(name)


def normalise_stream_key(text: str) -> str:
    """Lower-case, trimmed, words joined by ``_``: ``'FGD Gypsum '`` -> ``'fgd_gypsum'``."""
    return re.sub(r"[^\w]+", "_", str(text).strip().lower()).strip("_")


#: the most a single plant can move in a year, per canonical unit: far above the largest real figures (the
#: biggest steelworks and power stations handle tens of Mt and tens of TWh a year), so only a typing or
#: unit error is stopped (assumption, EcoPark 2026)
MAX_YEARLY = {"t": 1e9, "MWh": 1e9, "m3": 1e11}

#: NACE Rev.2 divisions, groups and classes (EEA E-PRTR code list), for checking a site's code
NACE_FILE = Path(__file__).resolve().parents[2] / "resources" / "catalogue" / "nace_rev2.csv"
if not NACE_FILE.exists():  # running from a source checkout: resources/ sits beside the package
    NACE_FILE = Path(__file__).resolve().parents[3] / "resources" / "catalogue" / "nace_rev2.csv"


@lru_cache(maxsize=1)
def nace_codes() -> frozenset[str]:
    """Every NACE Rev.2 division, group and class code (``'35'``, ``'35.1'``, ``'35.11'``)."""
    frame = pd.read_csv(NACE_FILE, dtype=str)
    return frozenset(frame["code"].str.strip())


#: OKVED2's levels finer than NACE (OK 029-2014, Rosstat's edition of 1 November 2025), for checking them
OKVED2_FILE = NACE_FILE.with_name("okved2_fine.csv")


@lru_cache(maxsize=1)
def okved2_fine_codes() -> frozenset[str]:
    """Every OKVED2 subgroup and kind code finer than a NACE class (``'24.10.1'``, ``'24.10.11'``)."""
    return frozenset(pd.read_csv(OKVED2_FILE, dtype=str)["code"].str.strip())


def fine_code(value) -> str | None:
    """The code as written when it is finer than a NACE class (an OKVED2 subgroup or kind), else None."""
    text = re.sub(r"^[A-U]\s*", "", str(value).strip().upper()) if value is not None else ""
    return text if re.fullmatch(r"\d{2}\.\d{2}(\.\d{1,2}){1,2}", text) else None


def known_nace(code: str) -> bool:
    """Whether a normalised code is a NACE Rev.2 code; a finer national level (OKVED2 ``24.10.1``) counts by
    its NACE class."""
    codes = nace_codes()
    return code in codes or code[:5] in codes


def points_from_columns(
    frame: pd.DataFrame,
    crs: str | None = None,
    layer: str = "sites",
    columns: tuple[str | None, str | None] = (None, None),
    decimal: str | None = None,
) -> gpd.GeoDataFrame | None:
    """Points from a table's coordinate columns (a spreadsheet or a register's table without geometry), in
    ``crs`` (default EPSG:4326): ``columns`` (x, y) when given, else the columns named like coordinates.
    Numbers may be written with a decimal comma and grouped thousands (:func:`.tables.parse_number`). ``None``
    when the table has no coordinate columns; ``InputError`` naming the row and column of a value that is not
    a number, or of a mapped column that does not exist. ``decimal``: the table's decimal mark where known
    (``1,234`` is then 1234 in a table with a decimal point)."""
    found = coordinate_columns(frame.columns)
    xcol, ycol = (given or guess for given, guess in zip(columns, found, strict=True))
    missing = [c for c in (xcol, ycol) if c is not None and c not in frame.columns]
    if missing:
        raise InputError(
            [
                InputProblem(layer, tr("mapped coordinate column '{}' does not exist").format(c), field=c)
                for c in missing
            ]
        )
    if xcol is None or ycol is None:
        return None
    values = {}
    problems = []
    for col in (xcol, ycol):
        numbers = frame[col].map(lambda v: parse_number(v, decimal)).astype(float)
        numbers = numbers.where(numbers.abs() < float("inf"))  # an infinity is no place either
        for fid in frame.index[numbers.isna()]:
            value = frame.at[fid, col]
            said = tr("no coordinate") if _blank(value) else tr("coordinate '{}' is not a number").format(value)
            problems.append(InputProblem(layer, said, fid, str(col)))
        values[col] = numbers
    if problems:
        raise InputError(problems)
    return gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(values[xcol], values[ycol]), crs=crs or "EPSG:4326")


def normalise_nace(value) -> str | None:
    """``'35.11'``, ``35.11``, ``'3511'``, ``'D35.11'``, OKVED2's finer ``'35.11.1'`` -> ``'35.11'``; ``None`` if
    not a NACE code."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip().upper()
    text = re.sub(r"^[A-U]\s*", "", text)  # section letter, e.g. 'C20.14'
    if re.fullmatch(r"\d{3,4}", text):
        text = f"{text[:2]}.{text[2:]}"
    if re.fullmatch(r"\d\.\d{1,2}", text):  # '1.11' read as a number from '01.11'
        text = "0" + text
    if re.fullmatch(r"\d{2}\.\d", text) and isinstance(value, float):
        text += "0"  # 35.1 typed as a float stands for 35.10
    if re.fullmatch(r"\d{2}\.\d{2}(\.\d{1,2}){1,2}", text):
        text = text[:5]  # a finer national level (OKVED2 24.10.1 follows NACE to four digits) is its NACE class
    return text if _NACE_RE.match(text) else None


def _blank(value) -> bool:
    # pd.NA: a validated frame's missing hazard class, so that validated sites validate again
    return (
        value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == ""
    )


def _require_fields(frame, mapping: FieldMapping, required, layer: str) -> list[InputProblem]:
    problems = []
    for name in required:
        col = mapping.get(name)
        if col is None:
            problems.append(
                InputProblem(
                    layer,
                    tr("no field for '{}' (fields: {})").format(name, ", ".join(map(str, frame.columns))),
                    field=name,
                )
            )
        elif col not in frame.columns:
            problems.append(
                InputProblem(layer, tr("mapped field '{}' for '{}' does not exist").format(col, name), field=col)
            )
    return problems


def _production(row, col, unit_col, nace, layer, fid, problems, decimal=None) -> tuple[float, str | None]:
    """A site's yearly production and its unit, checked against its sector's profile plant (NaN: none)."""
    if col is None or _blank(row[col]):
        return float("nan"), None
    value = parse_number(row[col], decimal)
    if value is None or not math.isfinite(value) or value < 0:
        problems.append(
            InputProblem(layer, tr("production '{}' is not a number of 0 or more").format(row[col]), fid, col)
        )
        return float("nan"), None
    unit = None if unit_col is None or _blank(row[unit_col]) else str(row[unit_col]).strip()
    size = size_of(nace) if nace else None
    if size is None:
        return value, unit  # the sector's profile states no plant size: kept, not used
    if unit is None:
        problems.append(
            InputProblem(
                layer,
                tr(
                    "production {} has no unit: NACE {}'s profile plant is measured in {} of {} a year; give a "
                    "production_unit field"
                ).format(_n(f"{value:g}"), nace, size.unit, translate_marked("CatalogueSources", size.product)),
                fid,
                col,
            )
        )
        return float("nan"), None
    try:
        production_factor(nace, value, unit)
    except ValueError as exc:
        problems.append(InputProblem(layer, str(exc), fid, unit_col))
        return float("nan"), None
    return value, unit


def validate_sites(
    sites: gpd.GeoDataFrame, mapping: FieldMapping | None = None, layer: str = "sites"
) -> gpd.GeoDataFrame:
    """Check a sites layer and return it normalised.

    Returns
    -------
    GeoDataFrame
        Columns ``site_id`` (str), ``name``, ``nace`` (``'35.11'`` form), ``hazard_class``
        (Int64, may be missing), ``waste_nonhw_t`` and ``waste_hw_t`` (reported off-site waste
        transfers in t/yr, NaN where unknown), ``production`` and ``production_unit`` (yearly production or
        capacity, checked against the sector's profile plant: :mod:`.sizes`; NaN/None where not given) and
        geometry, in the input CRS, on the input index.

    Raises
    ------
    InputError
        Missing fields or CRS, invalid or empty geometries, bad NACE or hazard class, duplicate ids.
    """
    mapping = mapping or FieldMapping.guess(sites.columns, SITE_FIELDS)
    problems = _require_fields(sites, mapping, SITE_REQUIRED, layer)
    if problems:
        raise InputError(problems)
    if len(sites) == 0:
        raise InputError.single(layer, tr("the layer has no features"))
    if not hasattr(sites, "geometry") or getattr(sites, "crs", None) is None:
        if not hasattr(sites, "geometry"):
            raise InputError.single(
                layer, tr("the layer has no geometry: give points or polygons (or lon/lat columns)")
            )
        raise InputError.single(layer, tr("the layer has no coordinate reference system (CRS); set one"))
    try:
        CRS.from_user_input(sites.crs)
    except Exception as exc:  # noqa: BLE001 - pyproj raises several types
        raise InputError.single(layer, tr("unknown CRS {}: {}").format(repr(sites.crs), exc)) from exc
    geographic = CRS.from_user_input(sites.crs).is_geographic
    check_crs_usable(sites.crs, layer)

    id_col, name_col, nace_col = (mapping.get(k) for k in SITE_REQUIRED)
    hz_col = mapping.get("hazard_class")
    if hz_col is not None and hz_col not in sites.columns:
        problems.append(
            InputProblem(
                layer, tr("mapped field '{}' for '{}' does not exist").format(hz_col, "hazard_class"), field=hz_col
            )
        )
        hz_col = None

    # optional: off-site waste transfers reported to a register (t/yr), e.g. from the E-PRTR import
    reported_cols = [
        mapping.get(k) if mapping.get(k) in sites.columns else None for k in ("waste_nonhw_t", "waste_hw_t")
    ]
    # optional: yearly production or capacity, in the unit of the sector's profile plant (sector_sizes.csv)
    prod_col, prod_unit_col = (
        mapping.get(k) if mapping.get(k) in sites.columns else None for k in ("production", "production_unit")
    )
    seen: dict[str, object] = {}
    rows = []
    far = outside_area_of_use(sites)
    for fid, row in sites.iterrows():
        geom = row.geometry
        if geom is None or not hasattr(geom, "is_empty") or geom.is_empty:  # pandas 3 gives NaN, not None
            problems.append(InputProblem(layer, tr("empty or missing geometry"), fid))
        elif not geom.is_valid:
            from shapely.validation import explain_validity

            problems.append(InputProblem(layer, tr("invalid geometry: {}").format(explain_validity(geom)), fid))
        elif geom.geom_type not in ("Point", "MultiPoint", "Polygon", "MultiPolygon"):
            problems.append(
                InputProblem(layer, tr("{} geometry; sites are points or polygons").format(geom.geom_type), fid)
            )
        elif geographic:
            x0, y0, x1, y1 = geom.bounds
            if not (-180 <= x0 and x1 <= 180 and -90 <= y0 and y1 <= 90):
                problems.append(
                    InputProblem(
                        layer,
                        tr(
                            "position {}, {} is not longitude/latitude in degrees (longitude -180..180, latitude "
                            "-90..90): are these metres of a projected CRS? Set the layer's CRS to the one they are in"
                        ).format(_n(f"{x0:g}"), _n(f"{y0:g}")),
                        fid,
                        "geometry",
                    )
                )
        if fid in far:
            problems.append(InputProblem(layer, far[fid], fid, "geometry"))

        raw_id = row[id_col]
        if _blank(raw_id):
            problems.append(InputProblem(layer, tr("empty site id"), fid, id_col))
            site_id = None
        else:
            site_id = str(raw_id).strip()
            if isinstance(raw_id, float) and raw_id.is_integer():
                site_id = str(int(raw_id))
            if site_id in seen:
                problems.append(
                    InputProblem(
                        layer,
                        tr("duplicate site id '{}' (also feature {})").format(site_id, seen[site_id]),
                        fid,
                        id_col,
                    )
                )
            seen.setdefault(site_id, fid)

        nace = normalise_nace(row[nace_col])
        if nace is None:
            problems.append(
                InputProblem(
                    layer, tr("'{}' is not a NACE Rev.2 code such as 35.11").format(row[nace_col]), fid, nace_col
                )
            )
        elif (fine := fine_code(row[nace_col])) and fine not in okved2_fine_codes():
            problems.append(
                InputProblem(
                    layer,
                    tr(
                        "'{}' is finer than a NACE class but no OKVED2 (OK 029-2014) code: the list is "
                        "resources/catalogue/okved2_fine.csv; give the NACE class or a current OKVED2 code"
                    ).format(fine),
                    fid,
                    nace_col,
                )
            )
        elif not known_nace(nace):
            problems.append(
                InputProblem(
                    layer,
                    tr(
                        "NACE '{}' is no NACE Rev.2 division, group or class (the list: resources/catalogue/nace_rev2.csv)"
                    ).format(nace),
                    fid,
                    nace_col,
                )
            )

        hazard = pd.NA
        if hz_col is not None and not _blank(row[hz_col]):
            hazard = _hazard_class(row[hz_col])
            if hazard is None:
                problems.append(
                    InputProblem(layer, tr("hazard class '{}' is not 1-5 (or I-V)").format(row[hz_col]), fid, hz_col)
                )
                hazard = pd.NA
        name = "" if _blank(row[name_col]) else str(row[name_col]).strip()
        reported = []
        for col in reported_cols:
            value = float("nan")
            if col is not None and not _blank(row[col]):
                # a decimal comma, grouped thousands, as national exports write: read with the table's mark
                value = parse_number(row[col], mapping.decimal)
                if value is None or not math.isfinite(value):
                    problems.append(
                        InputProblem(layer, tr("reported waste '{}' is not a number").format(row[col]), fid, col)
                    )
                    value = float("nan")
                else:
                    if value < 0:
                        problems.append(
                            InputProblem(layer, tr("negative reported waste {}").format(_n(f"{value:g}")), fid, col)
                        )
            reported.append(value)
        production, production_unit = _production(
            row, prod_col, prod_unit_col, nace, layer, fid, problems, mapping.decimal
        )
        rows.append((site_id, name or site_id, nace, hazard, *reported, production, production_unit))

    if problems:
        raise InputError(problems)
    out = gpd.GeoDataFrame(
        pd.DataFrame(rows, columns=list(SITE_FIELDS), index=sites.index),
        geometry=sites.geometry.values,
        crs=sites.crs,
    )
    out["hazard_class"] = out["hazard_class"].astype("Int64")
    return out


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}


def _hazard_class(value) -> int | None:
    text = str(value).strip().upper()
    if text in _ROMAN:
        return _ROMAN[text]
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if number.is_integer() and 1 <= number <= 5 else None


def validate_streams(
    streams: pd.DataFrame,
    sites: gpd.GeoDataFrame,
    mapping: FieldMapping | None = None,
    layer: str = "streams",
) -> pd.DataFrame:
    """Check a streams table against validated ``sites`` and return it normalised.

    Returns
    -------
    DataFrame
        ``site_id``, ``direction`` (output/input), ``stream`` (normalised key), ``stream_label``
        (as given), ``quantity`` (canonical yearly amount), ``unit`` (t, MWh or m3),
        ``quantity_given``, ``unit_given``, ``ewc`` and ``origin`` (``'user'``).

    Raises
    ------
    InputError
        Missing fields, unknown units, negative or non-numeric quantities, unknown sites,
        bad directions or EWC codes.
    """
    mapping = mapping or FieldMapping.guess(streams.columns, STREAM_FIELDS)
    problems = _require_fields(streams, mapping, STREAM_REQUIRED, layer)
    if problems:
        raise InputError(problems)
    cols = {k: mapping.get(k) for k in STREAM_FIELDS}
    for optional in ("ewc", "fkko"):
        if cols[optional] is not None and cols[optional] not in streams.columns:
            cols[optional] = None
    known = set(sites["site_id"])
    rows = []
    for fid, row in streams.iterrows():
        site_raw = row[cols["site_id"]]
        site_id = None if _blank(site_raw) else str(site_raw).strip()
        if isinstance(site_raw, float) and not _blank(site_raw) and site_raw.is_integer():
            site_id = str(int(site_raw))
        if site_id is None:
            problems.append(InputProblem(layer, tr("empty site id"), fid, cols["site_id"]))
        elif site_id not in known:
            problems.append(
                InputProblem(layer, tr("site id '{}' is not in the sites layer").format(site_id), fid, cols["site_id"])
            )

        direction = _DIRECTIONS.get(str(row[cols["direction"]]).strip().lower())
        if direction is None:
            problems.append(
                InputProblem(
                    layer,
                    tr("direction '{}' is neither output nor input").format(row[cols["direction"]]),
                    fid,
                    cols["direction"],
                )
            )
        label = row[cols["stream"]]
        if _blank(label):
            problems.append(InputProblem(layer, tr("empty stream name"), fid, cols["stream"]))
            label = ""

        raw_q = row[cols["quantity"]]
        quantity = None if _blank(raw_q) else parse_number(raw_q, mapping.decimal)
        if quantity is None and not _blank(raw_q):
            problems.append(
                InputProblem(layer, tr("quantity '{}' is not a number").format(raw_q), fid, cols["quantity"])
            )
        else:
            if quantity is None:
                problems.append(InputProblem(layer, tr("empty quantity"), fid, cols["quantity"]))
            elif math.isnan(quantity) or math.isinf(quantity):
                problems.append(
                    InputProblem(layer, tr("quantity '{}' is not a finite number").format(raw_q), fid, cols["quantity"])
                )
                quantity = None
            elif quantity < 0:
                problems.append(
                    InputProblem(layer, tr("negative quantity {}").format(_n(f"{quantity:g}")), fid, cols["quantity"])
                )
                quantity = None
        unit_text = row[cols["unit"]]
        try:
            unit = parse_unit("" if _blank(unit_text) else str(unit_text))
        except UnknownUnit as exc:
            problems.append(InputProblem(layer, str(exc), fid, cols["unit"]))
            unit = None

        ewc = None
        if cols["ewc"] is not None and not _blank(row[cols["ewc"]]):
            ewc = re.sub(r"[\s*]", "", str(row[cols["ewc"]]))
            if re.fullmatch(r"\d{6}(\.0)?", ewc):
                ewc = ewc[:6]
            else:
                problems.append(
                    InputProblem(
                        layer, tr("EWC code '{}' is not six digits").format(row[cols["ewc"]]), fid, cols["ewc"]
                    )
                )
        fkko = None
        if cols["fkko"] is not None and not _blank(row[cols["fkko"]]):
            fkko, why = parse_fkko(row[cols["fkko"]])
            if why:
                problems.append(InputProblem(layer, why, fid, cols["fkko"]))
        if quantity is not None and unit is not None:
            limit = MAX_YEARLY.get(unit.canonical)
            if limit is not None and quantity * unit.factor > limit:
                problems.append(
                    InputProblem(
                        layer,
                        tr(
                            "{} {} is {} {}/yr, more than any plant handles (at most {} {}/yr): check the quantity and "
                            "its unit"
                        ).format(
                            _n(f"{quantity:g}"),
                            unit_text,
                            _n(f"{quantity * unit.factor:.3g}"),
                            unit.canonical,
                            _n(f"{limit:.0e}"),
                            unit.canonical,
                        ),
                        fid,
                        cols["quantity"],
                    )
                )
                continue
            rows.append(
                (
                    site_id,
                    direction,
                    normalise_stream_key(label),
                    str(label).strip(),
                    quantity * unit.factor,
                    unit.canonical,
                    quantity,
                    str(unit_text),
                    ewc,
                    "user",
                    fkko,
                    fkko_hazard(fkko) if fkko else pd.NA,
                    fkko_stream(fkko) if fkko else None,
                )
            )
    if problems:
        raise InputError(problems)
    out = pd.DataFrame(rows, columns=[*USER_STREAM_COLUMNS, *FKKO_COLUMNS], index=streams.index)
    out.attrs["fields"] = {k: v for k, v in cols.items() if v is not None}  # the user's names, for messages
    return out
