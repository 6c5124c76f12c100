"""A register's table as the model reads it: which column holds what, said once and saved for next year's file.

An :class:`ImportMapping` names the columns of the sites table (id, name, activity code, x/y or lon/lat, the
reporting year) and of the streams table (site, direction, stream, quantity, unit), the kind of activity code
(NACE Rev.2, E-PRTR Annex I, OKVED2) and the CRS of the coordinates. Columns left out are guessed from their
names. It is written to and read from a small JSON file, so that next year's export of the same register is
read the same way. :func:`describe` says what was detected and what would be used.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from pyproj.exceptions import CRSError

from .errors import InputError, InputProblem
from .i18n import localised_number, translator
from .inputs import SITE_FIELDS, STREAM_FIELDS, FieldMapping
from .tables import check_options, coordinate_columns, parse_number

tr = translator("InputErrors")
#: what ``--inspect`` prints about a table (:func:`describe`)
say = translator("InspectTable")

#: the kinds of activity code a sites table may hold
ACTIVITY_KINDS = ("auto", "nace", "eprtr", "okved2")
#: the sites-table fields a mapping may name, beyond the model's: coordinates and the reporting year
SITE_EXTRA = ("x", "y", "year")
FORMAT = "ecopark-import-mapping"
#: how a text table is written, as a mapping file may declare it (:func:`.tables.table_format`'s options)
TABLE_OPTIONS = ("encoding", "separator", "decimal", "header")

_EPRTR = re.compile(r"^\s*\d{1,2}\s*\.?\s*\(\s*[a-z]\s*\)", re.IGNORECASE)  # 1(c), 1.(c), 5(a), 3(c)(i)
_OKVED2 = re.compile(r"^\s*\d{2}\.\d{2}\.\d{1,2}")  # 24.10.1: finer than a NACE class


@dataclass
class ImportMapping:
    """Which column holds each field, the kind of activity code and the coordinates' CRS."""

    #: sites: site_id, name, nace (the activity code, of ``activity_kind``), hazard_class, x, y, year ...
    sites: dict[str, str] = field(default_factory=dict)
    #: streams: site_id, direction, stream, quantity, unit, ewc
    streams: dict[str, str] = field(default_factory=dict)
    activity_kind: str = "auto"
    #: the CRS of the x/y columns (None: EPSG:4326)
    sites_crs: str | None = None
    #: how a text table is written, where the user said so: encoding, separator, decimal, header
    #: (:func:`.tables.table_format` detects what is left out)
    table: dict = field(default_factory=dict)

    def merged(self, other: ImportMapping) -> ImportMapping:
        """This mapping with what ``other`` names replacing it (the command line over a saved file)."""
        return ImportMapping(
            {**self.sites, **{k: v for k, v in other.sites.items() if v}},
            {**self.streams, **{k: v for k, v in other.streams.items() if v}},
            other.activity_kind if other.activity_kind != "auto" else self.activity_kind,
            other.sites_crs or self.sites_crs,
            {**self.table, **{k: v for k, v in other.table.items() if v is not None}},
        )

    def to_dict(self) -> dict:
        return {
            "format": FORMAT,
            "version": 1,
            "sites": dict(self.sites),
            "streams": dict(self.streams),
            "activity_kind": self.activity_kind,
            "sites_crs": self.sites_crs,
            **({"table": dict(self.table)} if self.table else {}),
        }

    def save(self, path: str | Path) -> Path:
        """Write the mapping as JSON to ``path``."""
        path = Path(path)
        path.write_text(json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | Path) -> ImportMapping:
        """Read a mapping file; ``InputError`` naming the file and the key that is wrong."""
        path = Path(path)
        label = path.name
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except FileNotFoundError as exc:
            raise InputError.single(label, tr("mapping file not found: {}").format(path)) from exc
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError.single(label, tr("not a mapping file (JSON): {}").format(exc)) from exc
        return cls.from_dict(data, label)

    @classmethod
    def from_dict(cls, data, label: str = "mapping") -> ImportMapping:
        if not isinstance(data, dict):
            raise InputError.single(label, tr("a mapping file holds one JSON object"))
        problems = []
        unknown = set(data) - {"format", "version", "sites", "streams", "activity_kind", "sites_crs", "table"}
        if unknown:
            problems.append(InputProblem(label, tr("unknown keys {}").format(", ".join(sorted(unknown)))))
        tables = {}
        for key, known in (("sites", (*SITE_FIELDS, *SITE_EXTRA)), ("streams", STREAM_FIELDS)):
            value = data.get(key) or {}
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                problems.append(InputProblem(label, tr("expects field -> column name pairs"), field=key))
                value = {}
            bad = set(value) - set(known)
            if bad:
                problems.append(
                    InputProblem(
                        label,
                        tr("unknown fields {} (known: {})").format(", ".join(sorted(bad)), ", ".join(known)),
                        field=key,
                    )
                )
            tables[key] = {k: v for k, v in value.items() if k in known}
        kind = data.get("activity_kind") or "auto"
        if kind not in ACTIVITY_KINDS:
            problems.append(
                InputProblem(
                    label, tr("'{}' is none of {}").format(kind, ", ".join(ACTIVITY_KINDS)), field="activity_kind"
                )
            )
        crs = data.get("sites_crs")
        if crs is not None and not isinstance(crs, str):
            problems.append(InputProblem(label, tr("expects a CRS such as EPSG:3006"), field="sites_crs"))
        table = data.get("table") or {}
        if not isinstance(table, dict):
            problems.append(InputProblem(label, tr("expects encoding, separator, decimal, header"), field="table"))
            table = {}
        bad = set(table) - set(TABLE_OPTIONS)
        if bad:
            known = ", ".join(TABLE_OPTIONS)
            problems.append(
                InputProblem(
                    label, tr("unknown keys {} (known: {})").format(", ".join(sorted(bad)), known), field="table"
                )
            )
        if "header" in table and not isinstance(table["header"], bool):
            problems.append(InputProblem(label, tr("header is true or false"), field="table"))
        try:
            check_options(label, table.get("encoding"), table.get("separator"), table.get("decimal"))
        except InputError as exc:
            problems.extend(exc.problems)
        if problems:
            raise InputError(problems)
        return cls(tables["sites"], tables["streams"], kind, crs, {k: table[k] for k in TABLE_OPTIONS if k in table})


def guess_activity_kind(values) -> str:
    """``eprtr`` when most codes look like E-PRTR Annex I activities (``1(c)``), ``okved2`` when some are finer
    than a NACE class (``24.10.1``), else ``nace``."""
    texts = [str(v) for v in values if v is not None and str(v).strip() and str(v) != "nan"]
    if not texts:
        return "nace"
    if sum(bool(_EPRTR.match(t)) for t in texts) > len(texts) / 2:
        return "eprtr"
    if any(_OKVED2.match(t) for t in texts):
        return "okved2"
    return "nace"


def site_columns(frame: pd.DataFrame, mapping: ImportMapping) -> FieldMapping:
    """The model's site fields -> the frame's columns: the mapping's, else guessed from the names."""
    given = {k: v for k, v in mapping.sites.items() if k in SITE_FIELDS}
    return FieldMapping.guess(frame.columns, SITE_FIELDS, given)


def prepare_sites(
    frame: pd.DataFrame,
    mapping: ImportMapping,
    eprtr_to_nace: Callable[[str], str | None],
    layer: str = "sites",
) -> tuple[pd.DataFrame, dict]:
    """The sites table as the model reads it, and what was done to it.

    With a ``year`` column, only each site's latest year is kept (a register's export lists a facility once a
    year); E-PRTR Annex I activity codes become NACE codes (``eprtr_to_nace``; one with no mapping is left for
    validation to name). Returns the frame (same index, the activity column holding NACE codes) and notes:
    ``older_years`` (rows of earlier years left out), ``activity_kind``.
    """
    notes: dict = {}
    year_col = mapping.sites.get("year")
    if year_col:
        if year_col not in frame.columns:
            raise InputError.single(
                layer, tr("mapped year column '{}' does not exist").format(year_col), field=year_col
            )
        id_col = site_columns(frame, mapping).get("site_id")
        if id_col is None or id_col not in frame.columns:
            raise InputError.single(layer, tr("a year column needs the site id column too"), field="site_id")
        years = frame[year_col].map(parse_number)
        bad = frame.index[years.isna()]
        if len(bad):
            raise InputError(
                [
                    InputProblem(layer, tr("year '{}' is not a number").format(frame.at[i, year_col]), i, year_col)
                    for i in bad
                ]
            )
        ids = frame[id_col].astype(str).str.strip()
        latest = years.groupby(ids).transform("max")
        keep = years == latest
        notes["older_years"] = int((~keep).sum())
        frame = frame[keep]
    activity_col = site_columns(frame, mapping).get("nace")
    kind = mapping.activity_kind
    if activity_col in frame.columns:
        if kind == "auto":
            kind = guess_activity_kind(frame[activity_col])
        if kind == "eprtr":
            codes = frame[activity_col].map(lambda a: None if pd.isna(a) else eprtr_to_nace(str(a)))
            # a code with no NACE mapping stays as written, so that validation names it
            frame = frame.assign(**{activity_col: codes.where(codes.notna(), frame[activity_col])})
    notes["activity_kind"] = kind
    return frame, notes


def describe(frame: pd.DataFrame, mapping: ImportMapping, table_format=None, rows: int = 3) -> str:
    """What was detected in a sites table and the mapping a run would use, as text for ``--inspect`` (in the
    current language; field and column names, codes and the table's rows as they are)."""
    lines = []
    if table_format is not None:
        header = say("yes") if table_format.header else say("no (columns field_1 ...)")
        lines.append(
            say("encoding {}, separator {}, decimal mark {}, header row {}").format(
                table_format.encoding, repr(table_format.separator), repr(table_format.decimal), header
            )
        )
    lines.append(
        say("{} rows, columns: {}").format(localised_number(str(len(frame))), ", ".join(map(str, frame.columns)))
    )
    columns = site_columns(frame, mapping)
    found_x, found_y = coordinate_columns(frame.columns)
    x = mapping.sites.get("x") or found_x
    y = mapping.sites.get("y") or found_y
    lines.append(say("mapping (model field <- column):"))
    given, guessed, none = say("given"), say("guessed"), say("(none)")
    for name in SITE_FIELDS:
        col = columns.get(name)
        how = given if mapping.sites.get(name) else guessed
        shown = say("nace (activity code)") if name == "nace" else name
        lines.append(f"  {shown:<22} <- {col if col else none}" + (f"  [{how}]" if col else ""))
    for name, col in (("x", x), ("y", y)):
        how = given if mapping.sites.get(name) else guessed
        lines.append(f"  {name:<22} <- {col if col else none}" + (f"  [{how}]" if col else ""))
    year = mapping.sites.get("year")
    lines.append(f"  {'year':<22} <- " + (f"{year}  [{given}]" if year else say("(none: every row is a site)")))
    activity = columns.get("nace")
    if activity in frame.columns:
        kind = mapping.activity_kind
        said = kind if kind != "auto" else say("{} (detected)").format(guess_activity_kind(frame[activity]))
        lines.append(say("activity codes: {}").format(said))
    if x in frame.columns and y in frame.columns:
        xs, ys = frame[x].map(parse_number), frame[y].map(parse_number)
        if xs.notna().any() and ys.notna().any():
            degrees = xs.abs().max() <= 180 and ys.abs().max() <= 90
            ranges = (localised_number(f"{v:g}") for v in (xs.min(), xs.max(), ys.min(), ys.max()))
            lines.append(
                say("coordinates: x {} .. {}, y {} .. {}: ").format(*ranges)
                + (say("degrees (longitude/latitude)") if degrees else say("metres of a projected CRS"))
                + say("; CRS used: {}").format(mapping.sites_crs or "EPSG:4326")
                + ("" if degrees or mapping.sites_crs else say(" -- give --sites-crs (e.g. EPSG:3006, EPSG:25832)"))
            )
        missing = int((xs.isna() | ys.isna()).sum())
        if missing:
            lines.append(
                say("rows without usable coordinates: {} (named in a run; --skip-bad-rows sets them apart)").format(
                    localised_number(str(missing))
                )
            )
    lines.append(say("first rows:"))
    lines.append(frame.head(rows).to_string(max_colwidth=24))
    return "\n".join(lines)


def resolved(frame: pd.DataFrame, mapping: ImportMapping) -> ImportMapping:
    """``mapping`` with what was detected in ``frame`` written in (the columns guessed, the kind of activity
    code), as it is saved for next year's file."""
    columns = site_columns(frame, mapping)
    sites = {k: v for k, v in columns.fields.items() if v}
    x, y = coordinate_columns(frame.columns)
    sites.update({k: v for k, v in (("x", x), ("y", y)) if v})
    sites.update(mapping.sites)
    kind = mapping.activity_kind
    if kind == "auto" and sites.get("nace") in frame.columns:
        kind = guess_activity_kind(frame[sites["nace"]])
    return ImportMapping(sites, dict(mapping.streams), kind, mapping.sites_crs, dict(mapping.table))


@dataclass(frozen=True)
class CoordinateCheck:
    """What a table's coordinate columns hold, checked against the CRS they would be read in."""

    x: str | None
    y: str | None
    #: rows whose x and y are both numbers, and those that are not
    usable: int = 0
    unusable: int = 0
    #: the ranges of the usable values (None without any)
    x_range: tuple[float, float] | None = None
    y_range: tuple[float, float] | None = None
    #: the values fit longitude/latitude in degrees (else they are metres of a projected CRS)
    degrees: bool = False
    #: the CRS they would be read in, and whether the user declared it
    crs: str = "EPSG:4326"
    declared: bool = False
    #: rows (feature ids) whose position makes no sense in ``crs`` -> why; the first few only are kept
    misplaced: dict = field(default_factory=dict)
    misplaced_count: int = 0

    def said(self) -> str:
        """The ranges found, as a message names them."""
        if self.x_range is None or self.y_range is None:
            return ""
        (x0, x1), (y0, y1) = self.x_range, self.y_range
        x0, x1, y0, y1 = (localised_number(f"{v:g}") for v in (x0, x1, y0, y1))
        return f"x ({self.x}) {x0} .. {x1}, y ({self.y}) {y0} .. {y1}"

    @property
    def advice(self) -> str:
        """What to do, in the words of the runner's options; empty when the coordinates fit their CRS."""
        if self.x is None or self.y is None:
            return tr("choose the x (or longitude) and y (or latitude) columns")
        if not self.usable:
            return tr("no row holds two numbers in the coordinate columns: choose others")
        if not self.degrees and not self.declared:
            return tr(
                "the values are metres of a projected CRS, not degrees: give the CRS they are in (e.g. EPSG:3006, "
                "EPSG:25832; --sites-crs on the command line, SITES_CRS in Processing, 'CRS of x/y' in the panel)"
            )
        if self.misplaced_count:
            return tr("{} of {} positions fall far from where {} is used: is it the CRS they are in?").format(
                localised_number(str(self.misplaced_count)), localised_number(str(self.usable)), self.crs
            )
        return ""


def coordinate_check(
    frame: pd.DataFrame, mapping: ImportMapping, examples: int = 5, decimal: str | None = None
) -> CoordinateCheck:
    """The coordinate columns of ``frame`` (the mapping's, else guessed by name) checked against the mapping's
    CRS (EPSG:4326 when none is given), by the same rules a run applies (:func:`.inputs.validate_sites`).
    ``decimal``: the table's decimal mark, where known (else the mapping's)."""
    from .inputs import points_from_columns
    from .positions import outside_area_of_use

    found_x, found_y = coordinate_columns(frame.columns)
    x = mapping.sites.get("x") or found_x
    y = mapping.sites.get("y") or found_y
    crs = mapping.sites_crs or "EPSG:4326"
    if x not in frame.columns or y not in frame.columns:
        return CoordinateCheck(x if x in frame.columns else None, y if y in frame.columns else None, crs=crs)
    decimal = decimal or mapping.table.get("decimal")
    xs = frame[x].map(lambda v: parse_number(v, decimal)).astype(float)
    ys = frame[y].map(lambda v: parse_number(v, decimal)).astype(float)
    good = xs.notna() & ys.notna() & (xs.abs() < float("inf")) & (ys.abs() < float("inf"))
    if not good.any():
        return CoordinateCheck(x, y, 0, len(frame), crs=crs, declared=bool(mapping.sites_crs))
    degrees = bool(xs[good].abs().max() <= 180 and ys[good].abs().max() <= 90)
    misplaced: dict = {}
    try:
        points = points_from_columns(frame[good], crs, "sites", (x, y), decimal)
        if points is not None:
            if points.crs.is_geographic:
                for fid in points.index[(xs[good].abs() > 180) | (ys[good].abs() > 90)]:
                    misplaced[fid] = tr("position {}, {} is not longitude/latitude in degrees").format(
                        localised_number(f"{xs[fid]:g}"), localised_number(f"{ys[fid]:g}")
                    )
            else:
                misplaced.update(outside_area_of_use(points))
    except (InputError, ValueError, CRSError) as exc:  # a CRS that cannot be read: said as the problem
        misplaced = {None: str(exc)}
    return CoordinateCheck(
        x,
        y,
        int(good.sum()),
        int((~good).sum()),
        (float(xs[good].min()), float(xs[good].max())),
        (float(ys[good].min()), float(ys[good].max())),
        degrees,
        crs,
        bool(mapping.sites_crs),
        dict(list(misplaced.items())[:examples]),
        len(misplaced),
    )
