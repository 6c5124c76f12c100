"""Translations and number formats for the engine, without Qt: the same catalogue as the plugin's.

The plugin's Russian strings live in ``resources/i18n/ecopark_ru.ts`` (Qt Linguist), which
``scripts/i18n.py update`` fills from every ``tr("...")`` in the package, this one's included: a module
writes ``tr = translator("Report")`` and the extractor reads the context from it. Qt compiles the .ts for
the plugin; the engine reads the same .ts here, so one file holds every translation.

The language is per call, not global: :func:`using` sets it for the code it wraps (a context variable,
so a report made in a background thread does not change the panel's language), and
:func:`localised` sets it from an object's ``language`` for a method.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET  # nosec B405 - reads only the plugin's own shipped .ts files
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
if not RESOURCES.exists():  # a source checkout: resources/ beside the package
    RESOURCES = Path(__file__).resolve().parents[3] / "resources"
I18N_DIR = RESOURCES / "i18n"
#: the languages the catalogue has besides English (the sources)
LANGUAGES = ("en", "ru")
_LANGUAGE: ContextVar[str] = ContextVar("ecopark_language", default="en")
#: digit grouping and decimal mark by language; Russian groups with a no-break space (CLDR, ru)
_NUMBER_FORMAT = {"en": (",", "."), "ru": ("\u00a0", ",")}


def language_of(locale: str | None) -> str:
    """``ru_RU.UTF-8`` -> ``ru``; a language without translations (or none) -> ``en``."""
    name = (locale or "").replace("-", "_").split(".")[0].split("_")[0].lower()
    return name if name in LANGUAGES else "en"


def current() -> str:
    """The language of the code running now (``en`` unless :func:`using` says otherwise)."""
    return _LANGUAGE.get()


@contextmanager
def using(language: str | None) -> Iterator[str]:
    """Run the wrapped code in ``language`` (a locale name is fine: ``ru_RU``)."""
    token = _LANGUAGE.set(language_of(language))
    try:
        yield _LANGUAGE.get()
    finally:
        _LANGUAGE.reset(token)


def localised(method: Callable) -> Callable:
    """A method that runs in its object's ``language``."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with using(getattr(self, "language", "en")):
            return method(self, *args, **kwargs)

    return wrapper


@functools.lru_cache(maxsize=4)
def catalogue(language: str) -> dict[tuple[str, str], str | tuple[str, ...]]:
    """(context, source) -> translation of every finished message of ``ecopark_<language>.ts``; a plural
    message (``numerus="yes"``) -> its forms, in Qt's order for the language."""
    path = I18N_DIR / f"ecopark_{language}.ts"
    if language == "en" or not path.exists():
        return {}
    out = {}
    # the plugin's own translation file (resources/i18n), never a file a user gives
    for context in ET.parse(path).getroot().iter("context"):  # nosec B314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, translation = message.find("source"), message.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue  # unfinished, vanished or obsolete
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if message.get("numerus") == "yes" and source.text and forms and all(forms):
                out[(name, source.text)] = forms
            elif source.text and translation.text and translation.text.strip():
                out[(name, source.text)] = translation.text
    return out


def plural_form(n: int, language: str) -> int:
    """Which of a language's plural forms (in Qt Linguist's order) the count ``n`` takes: Russian has three
    (1, 21 ...; 2-4, 22-24 ...; the rest, 11-14 included), English two (1; the rest)."""
    n = abs(int(n))
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    return 0 if n == 1 else 1


def translate_marked(context: str, text: str) -> str:
    """``text``, marked for the catalogue elsewhere (:func:`QT_TRANSLATE_NOOP`, or a catalogue column that
    ``scripts/i18n.py`` reads), in the current language: for texts held in tables and dicts."""
    return translate(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, which the extractor knows
    """Mark ``text`` for the catalogue under ``context`` without translating it now (Qt's idiom, Qt-free):
    for texts defined at import time and shown later through :func:`translate_marked`."""
    return text


def english_plural(text: str, n: int) -> str:
    """``(s)``, ``(es)`` and ``y(ies)`` endings of an English source as the count ``n`` reads: "1 site",
    "2 sites", "1 facility", "3 facilities"."""
    text = re.sub(r"y\(ies\)", "y" if n == 1 else "ies", text)
    return re.sub(r"\((e?s)\)", "" if n == 1 else r"\1", text)


def translate(context: str, text: str, language: str | None = None, n: int | None = None) -> str:
    """``text`` in ``language`` (default: the current one); the English source when it has no translation.

    With a count ``n``: the plural form for ``n``, ``%n`` replaced by ``n`` as the language writes numbers.
    """
    language = language or current()
    found = catalogue(language).get((context, text), text)
    if n is None:
        return found if isinstance(found, str) else text
    if isinstance(found, tuple):
        found = found[min(plural_form(n, language), len(found) - 1)]
    else:
        found = english_plural(found, n)
    return found.replace("%n", format_number(n, 0, language))


def translator(context: str) -> Callable[..., str]:
    """A ``tr`` for engine code: ``tr = translator("Report")``; translates into the current language.
    ``tr("%n site(s)", n)`` picks the plural form for ``n``."""

    def tr(text: str, n: int | None = None) -> str:
        return translate(context, text, n=n)

    return tr


def format_number(value: float, digits: int = 0, language: str | None = None) -> str:
    """``1234567.8`` -> ``1,234,568`` in English, ``1 234 568`` (no-break space) in Russian;
    ``0.5`` with one digit -> ``0.5`` / ``0,5``. Minus zero shows as 0."""
    group, decimal = _NUMBER_FORMAT.get(language or current(), _NUMBER_FORMAT["en"])
    text = f"{value:,.{digits}f}"
    if text.startswith("-") and not text.strip("-0.,"):
        text = text[1:]
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", group)


def format_general(value: float, significant: int = 6, language: str | None = None) -> str:
    """A figure as it is given, up to ``significant`` digits: ``15000.0`` -> ``15,000`` / ``15 000``,
    ``0.10163`` -> ``0.10163`` / ``0,10163``, ``1.0`` -> ``1``."""
    group, decimal = _NUMBER_FORMAT.get(language or current(), _NUMBER_FORMAT["en"])
    text = f"{value:,.{significant}g}" if abs(value) >= 1000 else f"{value:.{significant}g}"
    return text.replace(",", "\x00").replace(".", decimal).replace("\x00", group)


def localised_number(text: str, language: str | None = None) -> str:
    """A number as Python writes it in English (``f"{x:g}"``, ``f"{x:,.0f}"``: ``-1234.5``, ``1,234``) in the
    current language's format: as it is in English (messages keep their English bytes), ``-1234,5`` and
    ``1 234`` (no-break space) in Russian. Digits in an exponent (``1e+06``) stay as they are."""
    language = language or current()
    if language == "en":
        return text
    group, decimal = _NUMBER_FORMAT.get(language, _NUMBER_FORMAT["en"])
    mantissa, e, exponent = str(text).partition("e")
    whole, dot, fraction = mantissa.partition(".")
    digits = whole.replace(",", "")
    sign = digits[:1] if digits[:1] in "+-" else ""
    digits = digits[len(sign) :]
    if digits.isdigit():  # grouped as :func:`format_number` groups
        digits = f"{int(digits):,}".replace(",", group)
    return sign + digits + (decimal if dot else "") + fraction + e + exponent


def ts_path(language: str) -> Path:
    return I18N_DIR / f"ecopark_{language}.ts"
