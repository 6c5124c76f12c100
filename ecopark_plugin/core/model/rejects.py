"""Rows the import cannot use, set apart rather than lost.

By default a bad row stops the run with a message naming every problem. With ``skip_bad_rows`` the run goes
on without them, and every row left out is kept in a *rejected* table (written beside the output as the
GeoPackage layer ``rejected``): the row as the user gave it, which layer it came from, its feature id (a CSV's
line number) and why it was left out, so that the user can mend it and run again.
"""

from __future__ import annotations

from collections.abc import Callable

import geopandas as gpd
import pandas as pd

from .errors import InputError, InputProblem
from .i18n import localised_number, translator

tr = translator("InputErrors")

#: the columns a rejected table starts with; the row's own fields follow
REJECTED_COLUMNS = ("source_layer", "source_row", "source_field", "reason")
#: the name of the rejected table in the output GeoPackage
REJECTED_LAYER = "rejected"


def row_problems(error: InputError) -> tuple[dict, list[InputProblem]]:
    """``error``'s problems by feature id, and those that concern no one feature (a missing field, no CRS)."""
    by_row: dict = {}
    general = []
    for problem in error.problems:
        if problem.feature is None:
            general.append(problem)
        else:
            by_row.setdefault(problem.feature, []).append(problem)
    return by_row, general


def rejected_rows(frame: pd.DataFrame, by_row: dict, layer: str) -> pd.DataFrame:
    """The rows of ``frame`` named in ``by_row`` as a rejected table (geometry as WKT, every value as text)."""
    rows = []
    for fid, problems in by_row.items():
        record = {
            "source_layer": layer,
            "source_row": str(fid),
            "source_field": "; ".join(dict.fromkeys(p.field for p in problems if p.field)),
            "reason": "; ".join(dict.fromkeys(p.message for p in problems)),  # x and y both blank: said once
        }
        if fid in frame.index:
            for col, value in frame.loc[fid].items():
                if col == "geometry" or (hasattr(frame, "geometry") and col == frame.geometry.name):
                    record["geometry_wkt"] = None if not hasattr(value, "is_empty") or value.is_empty else value.wkt
                else:
                    record[str(col)] = None if _missing(value) else str(value)
        rows.append(record)
    return pd.DataFrame(rows, columns=_columns(rows))


def _missing(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _columns(rows: list[dict]) -> list[str]:
    columns = list(REJECTED_COLUMNS)
    for row in rows:
        columns += [c for c in row if c not in columns]
    return columns


def keep_good_rows(
    frame: pd.DataFrame, check: Callable[[pd.DataFrame], object], layer: str
) -> tuple[object, pd.DataFrame]:
    """``check(frame)`` on the rows it accepts, and the rows it refused as a rejected table.

    ``check`` validates a frame and raises :class:`InputError`. Problems of single rows set those rows apart
    (all of a row's problems are named); problems of the whole layer (a missing field, no CRS) and a layer
    with no usable row left still raise.
    """
    rejected = pd.DataFrame(columns=list(REJECTED_COLUMNS))
    current = frame
    # a second pass finds what only shows once the first bad rows are gone (rarely: a duplicate id)
    for _ in range(3):
        try:
            return check(current), rejected
        except InputError as exc:
            by_row, general = row_problems(exc)
            if general or not by_row:
                raise
            rejected = concat_rejected(rejected, rejected_rows(current, by_row, layer))
            current = current.drop(index=[fid for fid in by_row if fid in current.index])
            if len(current) == 0:
                raise InputError.single(
                    layer,
                    tr("no row can be used: all {} were rejected ({} ...); mend them and run again").format(
                        localised_number(str(len(frame))), exc.problems[0]
                    ),
                ) from exc
    return check(current), rejected


def concat_rejected(*tables: pd.DataFrame) -> pd.DataFrame:
    """Rejected tables of several layers as one, the common columns first."""
    tables = [t for t in tables if t is not None and len(t)]
    if not tables:
        return pd.DataFrame(columns=list(REJECTED_COLUMNS))
    rows = [r for t in tables for r in t.to_dict("records")]
    return pd.DataFrame(rows, columns=_columns(rows)).astype(object).where(lambda d: d.notna(), None)


def as_given(rejected: pd.DataFrame, frame: pd.DataFrame, layer: str) -> pd.DataFrame:
    """``rejected`` with the rows of ``layer`` holding their values as ``frame`` (the table as the user gave it)
    has them: the import may have rewritten a value before the row was refused (an E-PRTR code as its NACE
    code), and the user mends what the file says."""
    if rejected is None or not len(rejected):
        return rejected
    rejected = rejected.copy()
    rows = {str(fid): fid for fid in frame.index}
    for i in rejected.index[rejected["source_layer"] == layer]:
        fid = rows.get(str(rejected.at[i, "source_row"]))
        if fid is None:
            continue
        for col, value in frame.loc[fid].items():
            if str(col) in rejected.columns and str(col) != "geometry":
                rejected.at[i, str(col)] = None if _missing(value) else str(value)
    return rejected


def summary_line(rejected: pd.DataFrame) -> str:
    """``'3 rows rejected (sites 2, streams 1)'`` or an empty string."""
    if rejected is None or not len(rejected):
        return ""
    counts = rejected["source_layer"].value_counts()
    parts = ", ".join(f"{layer} {localised_number(str(n))}" for layer, n in counts.items())
    return tr("{} rows rejected ({})").format(localised_number(str(len(rejected))), parts)


def as_frame(rejected: pd.DataFrame) -> gpd.GeoDataFrame:
    """The rejected table as a frame a GeoPackage takes (no geometry column: the row's geometry is WKT text; a
    row's own ``fid`` field, which would clash with the GeoPackage's feature id, as ``fid_given``)."""
    frame = pd.DataFrame(rejected).astype(object).where(lambda d: d.notna(), None)
    return frame.rename(columns={c: f"{c}_given" for c in frame.columns if str(c).lower() == "fid"})
