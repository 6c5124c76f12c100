"""The catalogue of supply -> use rules and the sector profiles, loaded and checked.

The shipped files live in ``resources/catalogue`` (schema in ``SCHEMA.md`` there). A user's own
rules file extends the catalogue: a row whose ``rule_id`` is already known replaces that rule.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..model.errors import CatalogueError
from ..model.i18n import localised_number, translator
from ..model.inputs import normalise_stream_key

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
if not RESOURCES.exists():  # running from a source checkout: resources/ sits beside the package
    RESOURCES = Path(__file__).resolve().parents[3] / "resources"
RULES_FILE = RESOURCES / "catalogue" / "exchange_rules.csv"
PROFILES_FILE = RESOURCES / "catalogue" / "sector_profiles.csv"

FAMILIES = ("energy", "minerals", "metals", "chemicals", "organics", "water")
#: colour of each stream family on maps and charts (ColorBrewer Set1-like, readable on white)
FAMILY_COLOURS = {
    "energy": "#e41a1c",
    "minerals": "#8c6d31",
    "metals": "#4d4d4d",
    "chemicals": "#984ea3",
    "organics": "#4daf4a",
    "water": "#377eb8",
}
MODES = ("truck", "rail", "ship", "pipeline")
UNITS = ("t", "MWh", "m3")

_TEXT_REQUIRED = (
    "rule_id",
    "family",
    "stream",
    "stream_en",
    "stream_ru",
    "unit",
    "supplier_nace",
    "receiver_nace",
    "use_en",
    "use_ru",
    "substitutes",
    "modes",
    "source_ratio",
    "source_price",
    "source_co2",
    "source_disposal",
    "source_distance",
)
_NUMBERS = {
    # column: (required, minimum, allow equal to minimum)
    "substitution_ratio": (True, 0.0, False),
    "virgin_price_eur": (True, 0.0, True),
    "virgin_co2_t": (True, 0.0, True),
    "disposal_cost_eur": (True, -math.inf, True),
    "pipeline_loss": (False, 0.0, True),
}
_LISTS = ("aliases", "ewc_codes", "supplier_nace", "receiver_nace", "substitutes_aliases", "modes")
COLUMNS = (
    "rule_id",
    "family",
    "stream",
    "stream_en",
    "stream_ru",
    "aliases",
    "ewc_codes",
    "unit",
    "supplier_nace",
    "receiver_nace",
    "use_en",
    "use_ru",
    "substitutes",
    "substitutes_aliases",
    "substitution_ratio",
    "virgin_price_eur",
    "virgin_co2_t",
    "disposal_cost_eur",
    "modes",
    "max_km_truck",
    "max_km_rail",
    "max_km_ship",
    "max_km_pipeline",
    "pipeline_loss",
    "hazard",
    "source_ratio",
    "source_price",
    "source_co2",
    "source_disposal",
    "source_distance",
)
_NACE_PREFIX = re.compile(r"^\d{2}(\.\d{1,2})?$")


def _split(cell) -> tuple[str, ...]:
    if cell is None or (isinstance(cell, float) and math.isnan(cell)):
        return ()
    return tuple(p.strip() for p in str(cell).split(";") if p.strip())


def nace_matches(nace: str | None, prefixes: tuple[str, ...]) -> bool:
    """True if the NACE code ``nace`` (``'35.11'``) falls under any prefix (``'35'``, ``'35.1'``)."""
    if not nace:
        return False
    return any(nace.startswith(p) if "." in p else (nace == p or nace.startswith(p + ".")) for p in prefixes)


def nace_matches_each(codes, prefixes: tuple[str, ...]) -> np.ndarray:
    """:func:`nace_matches` of every code of ``codes``, worked out once per distinct code."""
    codes = [str(c) for c in codes]
    known = {c: nace_matches(c, prefixes) for c in set(codes)}
    return np.array([known[c] for c in codes], dtype=bool)


#: the checks of a catalogue file (the shipped one, or a user's own rules and profiles) in the run's language
tr = translator("CatalogueErrors")


def _g(value: float) -> str:
    """A figure of a catalogue file as given (``f"{value:g}"``), in the run's number format."""
    return localised_number(f"{value:g}")


def _read_csv(path: Path) -> pd.DataFrame:
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise CatalogueError(tr("{}: file not found").format(path)) from exc
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise CatalogueError(tr("{}: not a readable UTF-8 CSV file: {}").format(path, exc)) from exc


def _check_rules(frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    """Check a rules table against the schema; rows are numbered as in a spreadsheet (header = 1)."""
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise CatalogueError(tr("{}: missing columns {}").format(path, ", ".join(missing)))
    errors: list[str] = []

    def err(i, col, msg):
        errors.append(tr("{} row {}, column '{}': {}").format(path.name, i + 2, col, msg))

    out = []
    for i, row in frame.iterrows():
        rec: dict = {}
        for col in _TEXT_REQUIRED:
            if not str(row[col]).strip():
                err(i, col, tr("empty"))
        rec.update({c: str(row[c]).strip() for c in COLUMNS})
        if rec["family"] and rec["family"] not in FAMILIES:
            err(i, "family", tr("'{}' is none of {}").format(rec["family"], ", ".join(FAMILIES)))
        if rec["unit"] and rec["unit"] not in UNITS:
            err(i, "unit", tr("'{}' is none of {}").format(rec["unit"], ", ".join(UNITS)))
        for col in _LISTS:
            rec[col] = _split(row[col])
        rec["stream"] = normalise_stream_key(rec["stream"])
        rec["substitutes"] = normalise_stream_key(rec["substitutes"])
        rec["aliases"] = tuple(normalise_stream_key(a) for a in rec["aliases"])
        rec["substitutes_aliases"] = tuple(normalise_stream_key(a) for a in rec["substitutes_aliases"])
        for col in ("supplier_nace", "receiver_nace"):
            for p in rec[col]:
                if not _NACE_PREFIX.match(p):
                    err(i, col, tr("'{}' is not a NACE Rev.2 code or prefix such as 35 or 35.11").format(p))
        for code in rec["ewc_codes"]:
            if not re.fullmatch(r"\d{6}", code):
                err(i, "ewc_codes", tr("'{}' is not a six-digit EWC code").format(code))
        for mode in rec["modes"]:
            if mode not in MODES:
                err(i, "modes", tr("'{}' is none of {}").format(mode, ", ".join(MODES)))
        for col, (required, minimum, inclusive) in _NUMBERS.items():
            text = str(row[col]).strip()
            if not text:
                if required:
                    err(i, col, tr("empty"))
                rec[col] = math.nan
                continue
            try:
                value = float(text)
            except ValueError:
                err(i, col, tr("'{}' is not a number").format(text))
                continue
            if value < minimum or (value == minimum and not inclusive):
                err(i, col, tr("{} must be {} {}").format(_g(value), ">=" if inclusive else ">", _g(minimum)))
            rec[col] = value
        if not math.isnan(rec.get("pipeline_loss", math.nan)) and rec["pipeline_loss"] >= 1:
            err(i, "pipeline_loss", tr("{} is not a fraction below 1").format(_g(rec["pipeline_loss"])))
        for mode in MODES:
            col = f"max_km_{mode}"
            text = str(row[col]).strip()
            if mode in rec["modes"]:
                try:
                    rec[col] = float(text)
                    if rec[col] <= 0:
                        err(i, col, tr("{} must be > 0").format(_g(rec[col])))
                except ValueError:
                    err(i, col, tr("'{}' must be a distance in km since mode '{}' is allowed").format(text, mode))
                    rec[col] = math.nan
            else:
                if text:
                    err(i, col, tr("a distance is given but mode '{}' is not in 'modes'").format(mode))
                rec[col] = math.nan
        if "truck" in rec["modes"] or "rail" in rec["modes"] or "ship" in rec["modes"]:
            if rec["unit"] == "MWh":
                err(i, "modes", tr("energy (MWh) can only travel by pipeline"))
        out.append(rec)
    if errors:
        raise CatalogueError(
            "\n".join(errors[:30])
            + ("\n" + tr("... and {} more").format(localised_number(str(len(errors) - 30))) if len(errors) > 30 else "")
        )
    return pd.DataFrame(out, columns=list(COLUMNS))


@dataclass
class Catalogue:
    """Supply -> use rules and sector profiles, ready for matching."""

    rules: pd.DataFrame
    profiles: pd.DataFrame

    @classmethod
    def load(cls, extra_rules: list[str | Path] | None = None, profiles: str | Path | None = None) -> Catalogue:
        """Load the shipped catalogue, extended (or overridden, by ``rule_id``) by ``extra_rules`` files."""
        rules = _check_rules(_read_csv(RULES_FILE), RULES_FILE)
        duplicated = rules["rule_id"][rules["rule_id"].duplicated()].tolist()
        if duplicated:
            raise CatalogueError(tr("{}: duplicate rule_id {}").format(RULES_FILE.name, ", ".join(duplicated)))
        for extra in extra_rules or []:
            path = Path(extra)
            more = _check_rules(_read_csv(path), path)
            dup = more["rule_id"][more["rule_id"].duplicated()].tolist()
            if dup:
                raise CatalogueError(tr("{}: duplicate rule_id {}").format(path.name, ", ".join(dup)))
            rules = pd.concat([rules[~rules["rule_id"].isin(more["rule_id"])], more], ignore_index=True)
        profile_path = Path(profiles) if profiles else PROFILES_FILE
        return cls(rules.reset_index(drop=True), load_profiles(profile_path))

    @property
    def hazardous_streams(self) -> frozenset[str]:
        """Streams that are hazardous waste by their rules' hazard notes (an E-PRTR facility must report
        sending them off-site)."""
        marked = self.rules["hazard"].fillna("").str.contains("hazardous waste", case=False)
        return frozenset(self.rules.loc[marked, "stream"])

    def capped(self, max_km: dict[str, float]) -> Catalogue:
        """A copy whose rules reach no farther than ``max_km`` by each mode (a cap of 0 or less: the rule's own)."""
        rules = self.rules.copy()
        for mode, cap in max_km.items():
            if cap and cap > 0:
                rules[f"max_km_{mode}"] = rules[f"max_km_{mode}"].astype(float).clip(upper=float(cap))
        return Catalogue(rules, self.profiles)

    def rule(self, rule_id: str) -> pd.Series:
        return self.rules.loc[self.rules["rule_id"] == rule_id].iloc[0]


PROFILE_COLUMNS = ("nace", "direction", "stream", "tonnes_or_units_per_year", "unit", "confidence", "basis")
#: optional profile column: 'nonhw' or 'hw' marks the output that a site's reported off-site transfers
#: of non-hazardous or hazardous waste (E-PRTR) stand for
#: optional profile columns that gate a row on what the site is, where the site says so (a register's
#: facility): ``activities`` lists E-PRTR Annex I activity prefixes (``2(b);5(b)``), ``requires`` names a
#: release the site must report (``sox``: sulphur oxides, the mark of a sulphur-bearing solid or liquid fuel;
#: ``co2>=1000000``: at least that many t/yr, :func:`release_gate`) or a climate zone it must lie in
#: (:data:`CLIMATE_ZONES`)
GATES = ("activities", "requires")
#: releases a profile row may require, and the site column that holds each (t/yr)
RELEASE_COLUMNS = {"sox": "sox_t", "co2": "co2_t", "co2_fossil": "co2_fossil_t"}
_RELEASE_GATE = re.compile(r"^(?P<release>[a-z0-9_]+)(?:>=(?P<least>\d+(?:\.\d+)?))?$")


@functools.lru_cache(maxsize=64)
def release_gate(requires: str) -> tuple[str, float] | None:
    """(release, least t/yr) of a profile row's ``requires`` that names a release (``co2``: reports any;
    ``co2>=1000000``: reports at least 1 Mt/yr), or None."""
    match = _RELEASE_GATE.match(requires)
    if not match or match["release"] not in RELEASE_COLUMNS:
        return None
    return match["release"], float(match["least"] or 0.0)


#: climate zones a profile row may require, as bands of absolute latitude (degrees) where the crop grows
#: (assumptions, EcoPark 2026: sugar cane is a tropical and subtropical crop, grown up to about 37 degrees
#: from the equator; sugar beet a temperate one, grown from about 25 degrees, e.g. Egypt and Morocco, to
#: Scandinavia): a sugar mill in the cane belt makes bagasse, one in the beet zone beet pulp
CLIMATE_ZONES = {"cane_belt": (0.0, 37.0), "beet_zone": (25.0, 70.0)}


def load_profiles(path: Path) -> pd.DataFrame:
    """Read and check the sector profiles (NACE prefix -> typical outputs and inputs)."""
    frame = _read_csv(path)
    missing = [c for c in PROFILE_COLUMNS if c not in frame.columns]
    if missing:
        raise CatalogueError(tr("{}: missing columns {}").format(path, ", ".join(missing)))
    errors = []
    rows = []
    for i, row in frame.iterrows():
        where = tr("{} row {}").format(path.name, i + 2)
        nace = row["nace"].strip()
        if not _NACE_PREFIX.match(nace):
            errors.append(tr("{}, column 'nace': '{}' is not a NACE prefix").format(where, nace))
        direction = row["direction"].strip()
        if direction not in ("output", "input"):
            errors.append(tr("{}, column 'direction': '{}' is neither output nor input").format(where, direction))
        if row["unit"].strip() not in UNITS:
            errors.append(tr("{}, column 'unit': '{}' is none of {}").format(where, row["unit"], ", ".join(UNITS)))
        try:
            text = row["tonnes_or_units_per_year"]
            qty = float(text)
            text = row["confidence"]
            conf = float(text)
            if qty < 0:
                errors.append(tr("{}, column 'tonnes_or_units_per_year': negative").format(where))
            if not 0 <= conf <= 1:
                errors.append(tr("{}, column 'confidence': {} is not within 0-1").format(where, _g(conf)))
        except ValueError:
            # Python's own words, as the check said them before it was translated
            errors.append(tr("{}: could not convert string to float: {}").format(where, repr(text)))
            continue
        if not row["basis"].strip():
            errors.append(tr("{}, column 'basis': empty (give a source or 'assumption: ...')").format(where))
        reported = str(row.get("reported_as", "")).strip()
        if reported not in ("", "nonhw", "hw"):
            errors.append(tr("{}, column 'reported_as': '{}' is none of nonhw, hw or empty").format(where, reported))
        elif reported and (direction != "output" or row["unit"].strip() != "t"):
            errors.append(
                tr("{}, column 'reported_as': only an output in tonnes can stand for reported waste").format(where)
            )
        activities = tuple(a.strip() for a in str(row.get("activities", "")).split(";") if a.strip())
        requires = str(row.get("requires", "")).strip()
        if requires and release_gate(requires) is None and requires not in CLIMATE_ZONES:
            errors.append(
                tr(
                    "{}, column 'requires': '{}' is none of {} (a release may name the least it takes: co2>=1000000)"
                ).format(where, requires, ", ".join([*RELEASE_COLUMNS, *CLIMATE_ZONES]))
            )
        rows.append(
            (
                nace,
                direction,
                normalise_stream_key(row["stream"]),
                qty,
                row["unit"].strip(),
                conf,
                row["basis"].strip(),
                reported,
                activities,
                requires,
            )
        )
    frame = pd.DataFrame(
        rows,
        columns=["nace", "direction", "stream", "quantity", "unit", "confidence", "basis", "reported_as", *GATES],
    )
    marked = frame[frame["reported_as"] != ""]
    for nace, reported in marked[marked.duplicated(["nace", "reported_as"])][["nace", "reported_as"]].values:
        errors.append(
            tr("{}: NACE {} has more than one stream standing for reported '{}' waste").format(
                path.name, nace, reported
            )
        )
    if errors:
        raise CatalogueError("\n".join(errors[:30]))
    return frame
