"""Text tables as users have them: their encoding, separator, decimal mark and coordinate columns.

A national register's export or a spreadsheet saved as CSV is rarely UTF-8 with commas: Russian Excel writes
Windows Cyrillic, Nordic and German Excel Windows Western, and where the decimal mark is a comma the separator
is ``;``. :func:`table_format` reads a file once and tells all of it.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .i18n import translator

tr = translator("InputErrors")

#: column names that hold a table's coordinates (compared case-insensitively), x first
COORDINATE_COLUMNS = (
    ("lon", "longitude", "long", "lng", "x", "easting", "east"),
    ("lat", "latitude", "y", "northing", "north"),
)
#: separators a CSV may use
SEPARATORS = ",;\t|"
#: the encodings a user may declare (Python's name -> QGIS's), in the order they are tried
ENCODINGS = {
    "utf-8-sig": "UTF-8",
    "utf-8": "UTF-8",
    "cp1251": "windows-1251",
    "cp1252": "windows-1252",
    "latin-1": "ISO-8859-1",
}
#: decimal marks a table may use
DECIMALS = ".,"


@dataclass(frozen=True)
class TableFormat:
    """How a text table is written."""

    #: Python's and QGIS's names of its encoding
    encoding: str
    qgis_encoding: str
    separator: str
    decimal: str
    #: its coordinate columns as written (None when it has none)
    x: str | None
    y: str | None
    #: whether its first row names the columns (without one, QGIS names them field_1, field_2 ...)
    header: bool = True
    #: what the user declared rather than what was detected: a subset of encoding, separator, decimal, header
    declared: frozenset = frozenset()

    def options(self) -> dict:
        """The declared choices, as :func:`table_format` takes them (and a mapping file keeps them)."""
        return {k: getattr(self, k) for k in ("encoding", "separator", "decimal", "header") if k in self.declared}


def coordinate_columns(names) -> tuple[str | None, str | None]:
    """The x and y columns among ``names`` (lon/lat, x/y, easting/northing), as written."""
    lower = {str(n).strip().lower(): n for n in names}
    x = next((lower[n] for n in COORDINATE_COLUMNS[0] if n in lower), None)
    y = next((lower[n] for n in COORDINATE_COLUMNS[1] if n in lower), None)
    return x, y


def _encoding(data: bytes, name: str) -> tuple[str, str]:
    """UTF-8 (with or without BOM), else Windows Cyrillic (cp1251) or Windows Western (cp1252).

    The two 8-bit code pages decode the same bytes; they are told apart by how the letters fall: in Russian
    text the bytes above 127 come in whole words, in Western text (Ørsted, Asnæs) one stands among plain ones.
    """
    try:
        data.decode("utf-8-sig")
        return "utf-8-sig", "UTF-8"
    except UnicodeDecodeError:
        pass
    high = [i for i, b in enumerate(data) if b >= 192]
    in_runs = sum(1 for i in high if (i > 0 and data[i - 1] >= 192) or (i + 1 < len(data) and data[i + 1] >= 192))
    if high and in_runs / len(high) > 0.5:
        return "cp1251", "windows-1251"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError.single(
            name,
            tr(
                "the file is neither UTF-8, Windows Cyrillic (cp1251) nor Windows Western (cp1252) text: save it as "
                "UTF-8 CSV and try again"
            ),
        ) from exc
    return "cp1252", "windows-1252"


def _separator(sample: str, lines: list[str]) -> str:
    """The separator that splits every line of ``sample`` into the same number (more than one) of fields; a
    tab, ``;`` or ``|`` before ``,`` (in a table with decimal commas both split evenly); else sniffed."""
    rows = [line for line in lines[:50] if line.strip()]
    if len(lines) > 50:
        rows = rows[:-1]  # the sample may cut the last line short
    for candidate in "\t;|,":
        widths = {len(r) for r in csv.reader(rows, delimiter=candidate)}
        if rows and len(widths) == 1 and widths.pop() > 1:
            return candidate
    try:
        return csv.Sniffer().sniff(sample, delimiters=SEPARATORS).delimiter
    except csv.Error:
        return ","


def _decimal(cells: list[str], separator: str) -> str:
    """The decimal mark the numbers of ``cells`` are written with. ``55,66`` or ``1234,5`` can only be a decimal
    comma and ``55.66`` a decimal point; ``1,234`` may be either: a decimal comma in a table not separated by
    commas (the registers that write them), else a thousands group."""
    numbers = [_GROUPING.sub("", c.strip()) for c in cells]
    grouped = re.compile(r"-?\d{1,3}([,.]\d{3})+")
    if any(re.fullmatch(r"-?\d+,\d+", n) and not grouped.fullmatch(n) for n in numbers):
        return ","
    if any(re.fullmatch(r"-?\d+\.\d+", n) and not grouped.fullmatch(n) for n in numbers):
        return "."
    if separator != "," and any(re.fullmatch(r"-?\d+,\d+", n) for n in numbers):
        return ","
    return "."


def check_options(name: str, encoding=None, separator=None, decimal=None) -> None:
    """``InputError`` naming ``name`` and the option a user declared that is none of those known."""
    for key, value, known in (
        ("encoding", encoding, tuple(ENCODINGS)),
        ("separator", separator, tuple(SEPARATORS)),
        ("decimal", decimal, tuple(DECIMALS)),
    ):
        if value is not None and value not in known:
            shown = ", ".join(repr(k) for k in known)
            raise InputError.single(name, tr("{} {} is none of {}").format(key, repr(value), shown), field=key)


def table_format(
    path: str | Path,
    encoding: str | None = None,
    separator: str | None = None,
    decimal: str | None = None,
    header: bool | None = None,
) -> TableFormat:
    """Encoding, separator (sniffed; ``,`` when nothing else fits), decimal mark (a ``;`` or tab separated
    file whose numbers are written ``55,66`` has a decimal comma), header row (none when a cell of the first
    row is a number) and coordinate columns of a CSV file. What the user declares (``encoding`` among
    :data:`ENCODINGS`, ``separator``, ``decimal``, ``header``) is taken as given; an encoding that does not
    decode the file is refused with the file's name and the line."""
    path = Path(path)
    check_options(path.name, encoding, separator, decimal)
    data = path.read_bytes()
    declared = {k for k, v in (("encoding", encoding), ("separator", separator), ("decimal", decimal)) if v}
    if header is not None:
        declared.add("header")
    if encoding:
        try:
            data.decode(encoding)
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InputError.single(
                path.name,
                tr("is not {} text (byte {} on line {}): choose another encoding").format(
                    encoding, f"0x{data[exc.start]:02x}", line
                ),
                field="encoding",
            ) from exc
        qgis_encoding = ENCODINGS[encoding]
    else:
        encoding, qgis_encoding = _encoding(data, path.name)
    sample = data[:20000].decode(encoding, errors="ignore")
    lines = sample.splitlines()
    if not separator:
        separator = _separator(sample, lines)
    if not decimal:
        cells = [c for row in csv.reader(lines[1:50], delimiter=separator) for c in row]
        decimal = _decimal(cells, separator)
    first = [h.strip() for h in next(csv.reader(lines[:1], delimiter=separator), [])]
    if header is None:
        # a register's column names are words; a first row holding a number is a row of data
        header = not any(parse_number(c) is not None for c in first)
    x, y = coordinate_columns(first) if header else (None, None)
    return TableFormat(encoding, qgis_encoding, separator, decimal, x, y, header, frozenset(declared))


#: characters that group thousands: space, no-break space, narrow no-break space, thin space, apostrophes
_GROUPING = re.compile("[ \u00a0\u202f\u2009'\u2019]")
_PLAIN = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def parse_number(value, decimal: str | None = None) -> float | None:
    """A number as national tables write it, or ``None`` when the value is none.

    ``1 234 567,5`` (space, no-break or narrow no-break space), ``1'234'567.5`` (apostrophe), ``1.234.567,5``
    (dot grouping with a decimal comma), ``1,234,567.5`` (comma grouping with a decimal point), ``55,66``
    (a decimal comma), ``1e30``. One comma and no dot is a decimal comma: ``1,234`` is 1.234, as the registers
    that write decimal commas mean it. Numbers pass through; blanks, NaN and text that is no number give
    ``None``.

    ``decimal``: the table's decimal mark, where it is known. A lone mark that is not it, followed by three
    digits, groups thousands: ``1,234`` is 1234 in a table with a decimal point and ``1.234`` is 1234 in one
    with a decimal comma.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return None if value != value else float(value)  # NaN
    text = _GROUPING.sub("", str(value).strip()).replace("\u2212", "-")  # and the typographic minus
    if not text:
        return None
    dots, commas = text.count("."), text.count(",")
    grouping = {".": ",", ",": "."}.get(decimal or "")
    if grouping and text.count(grouping) == 1 and re.fullmatch(rf"[+-]?\d{{1,3}}\{grouping}\d{{3}}", text):
        text = text.replace(grouping, "")
        dots, commas = text.count("."), text.count(",")
    if dots and commas:
        # the mark written last is the decimal mark; the other groups thousands
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif commas == 1:
        text = text.replace(",", ".")
    elif commas > 1:
        text = text.replace(",", "")
    elif dots > 1:
        text = text.replace(".", "")
    if text.lower() in ("inf", "+inf", "-inf", "infinity", "-infinity"):
        return float(text)
    if not _PLAIN.fullmatch(text):
        return None
    return float(text)
