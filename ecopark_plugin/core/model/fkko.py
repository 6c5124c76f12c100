"""Russian waste codes: the Federal Classification Catalogue of Wastes (FKKO, ФККО).

An FKKO code has eleven digits: block (1), type (2-3), subtype (4), group (5), subgroup (6-8), the
waste's own position (9-10) and its hazard class, 1 (extremely hazardous) to 5 (practically
non-hazardous), as the last digit. A code ending in 0 is a heading (block, type, group ...), not a waste.
Codes are often written in blocks, ``3 51 111 01 20 4``; spaces are ignored.

``resources/catalogue/fkko_streams.csv`` maps code prefixes (a group, a subgroup or one waste) to the
catalogue's streams; the longest prefix wins. Users may add rows. Where a stream carries both an EWC and an
FKKO code, both must point to the same catalogue stream (:func:`code_conflicts`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .errors import CatalogueError, InputProblem
from .i18n import translator

#: the checks of FKKO codes and of the FKKO table speak the run's language, as the other input checks
tr = translator("InputErrors")

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
if not RESOURCES.exists():  # a source checkout: resources/ beside the package
    RESOURCES = Path(__file__).resolve().parents[3] / "resources"
FKKO_STREAMS_FILE = RESOURCES / "catalogue" / "fkko_streams.csv"
HAZARD_NAMES = {
    1: "extremely hazardous",
    2: "highly hazardous",
    3: "moderately hazardous",
    4: "low hazard",
    5: "practically non-hazardous",
}


def parse_fkko(value) -> tuple[str | None, str | None]:
    """``(code, None)`` for a waste's FKKO code (11 digits, spaces and dashes ignored, class 1-5 last),
    or ``(None, why)`` when it is none."""
    text = re.sub(r"[\s\u00a0\u202f\-]", "", str(value))
    if text.endswith(".0"):  # a spreadsheet's number
        text = text[:-2]
    if not re.fullmatch(r"\d{11}", text):
        return None, tr("FKKO code '{}' is not eleven digits").format(value)
    if text[-1] == "0":
        return None, tr(
            "FKKO code '{}' ends in 0: a heading of the catalogue, not a waste; give the waste's code"
        ).format(value)
    if text[-1] not in "12345":
        return None, tr("FKKO code '{}': its last digit, the hazard class, is not 1-5").format(value)
    return text, None


def hazard_class(code: str) -> int:
    """The FKKO hazard class (1-5) of a waste's code: its last digit."""
    return int(code[-1])


@lru_cache(maxsize=8)
def _load(path: str) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise CatalogueError(tr("{}: cannot read: {}").format(path, exc)) from exc
    missing = {"fkko_prefix", "stream", "basis"} - set(frame.columns)
    if missing:
        raise CatalogueError(tr("{}: missing columns {}").format(path, ", ".join(sorted(missing))))
    problems = []
    for i, row in frame.iterrows():
        prefix = row["fkko_prefix"].replace(" ", "")
        if not re.fullmatch(r"\d{1,11}", prefix):
            problems.append(tr("row {}, fkko_prefix: '{}' is not 1-11 digits").format(i + 2, row["fkko_prefix"]))
        if not row["stream"].strip():
            problems.append(tr("row {}, stream: empty").format(i + 2))
        if not row["basis"].strip():
            problems.append(tr("row {}, basis: every mapping needs its basis").format(i + 2))
        frame.at[i, "fkko_prefix"] = prefix
    for dup in frame.loc[frame["fkko_prefix"].duplicated(), "fkko_prefix"]:
        problems.append(tr("fkko_prefix: '{}' is listed twice").format(dup))
    if problems:
        raise CatalogueError(f"{path}: " + "; ".join(problems))
    order = frame["fkko_prefix"].str.len().sort_values(ascending=False, kind="stable").index
    return frame.loc[order].reset_index(drop=True)


def load_fkko_streams(path: str | Path | None = None) -> pd.DataFrame:
    """The FKKO prefix -> catalogue stream table, longest prefix first."""
    return _load(str(Path(path) if path else FKKO_STREAMS_FILE))


def fkko_stream(code: str | None, table: pd.DataFrame | None = None) -> str | None:
    """The catalogue stream an FKKO code maps to (longest prefix), or None."""
    if not code:
        return None
    table = load_fkko_streams() if table is None else table
    for prefix, stream in zip(table["fkko_prefix"], table["stream"]):
        if code.startswith(prefix):
            return stream
    return None


def ewc_streams(rules: pd.DataFrame) -> dict[str, set[str]]:
    """EWC code -> the streams of the catalogue rules (``stream``, ``ewc_codes`` lists) that list it."""
    out: dict[str, set[str]] = {}
    for stream, codes in zip(rules["stream"], rules["ewc_codes"]):
        for code in codes or ():
            out.setdefault(code, set()).add(stream)
    return out


def code_conflicts(
    streams: pd.DataFrame, ewc_streams: dict[str, set[str]], layer: str = "streams"
) -> list[InputProblem]:
    """Streams whose EWC and FKKO codes name different catalogue streams.

    Parameters
    ----------
    streams
        Validated streams (``ewc``, ``fkko``, ``fkko_stream``) on the input's feature index.
    ewc_streams
        EWC code -> the catalogue streams whose rules list it.
    """
    problems = []
    if "fkko" not in streams.columns:
        return problems
    field = streams.attrs.get("fields", {}).get("fkko", "fkko")
    for fid, row in streams.iterrows():
        ewc, fkko, mapped = row.get("ewc"), row.get("fkko"), row.get("fkko_stream")
        if not ewc or not fkko or pd.isna(ewc) or pd.isna(fkko) or not mapped or pd.isna(mapped):
            continue
        by_ewc = ewc_streams.get(ewc)
        if by_ewc and mapped not in by_ewc:
            problems.append(
                InputProblem(
                    layer,
                    tr(
                        "EWC {} and FKKO {} disagree: the EWC code is {} in the catalogue, the FKKO code is {} "
                        "(resources/catalogue/fkko_streams.csv); correct one of them"
                    ).format(ewc, fkko, ", ".join(sorted(by_ewc)), mapped),
                    fid,
                    field,
                )
            )
    return problems


def resolve_fkko(
    streams: pd.DataFrame, rules: pd.DataFrame, layer: str = "streams"
) -> tuple[pd.DataFrame, list[InputProblem]]:
    """Streams named by their FKKO code: a stream whose code maps to a catalogue stream (``fkko_stream``)
    becomes that stream, unless its name or its EWC code says another (then a problem names both).

    Parameters
    ----------
    streams
        Validated streams (``stream``, ``ewc``, ``fkko``, ``fkko_stream``).
    rules
        The catalogue's rules (``stream``, ``aliases``, ``ewc_codes``).
    """
    problems = code_conflicts(streams, ewc_streams(rules), layer)
    if "fkko_stream" not in streams.columns or not len(streams):
        return streams, problems
    names: dict[str, str] = {}
    for stream, aliases in zip(rules["stream"], rules["aliases"]):
        for key in (stream, *(aliases or ())):
            names.setdefault(key, stream)
    field = streams.attrs.get("fields", {}).get("fkko", "fkko")
    out = streams.copy()
    for fid, row in streams.iterrows():
        mapped = row["fkko_stream"]
        if not isinstance(mapped, str) or not mapped:
            continue
        named = names.get(row["stream"])
        if named is not None and named != mapped:
            problems.append(
                InputProblem(
                    layer,
                    tr(
                        "stream '{}' is {} in the catalogue but FKKO {} is {} (resources/catalogue/fkko_streams.csv); "
                        "correct the name or the code"
                    ).format(row["stream_label"], named, row["fkko"], mapped),
                    fid,
                    field,
                )
            )
        out.at[fid, "stream"] = mapped
    return out, problems
