"""Zone regimes: which country's table gives a site its class and its zone's width.

A regime is a scale of classes, each with a width in metres, and an activity table that gives a NACE
code its class. Three ship with EcoPark (``resources/catalogue/zone_regimes.csv``):

``sanpin``
    Russia's SanPiN 2.2.1/2.1.1.1200-03, hazard classes I-V (1000/500/300/100/50 m).
``vng``
    The Dutch VNG guide *Bedrijven en milieuzonering* (2009), environmental categories 2 to 5.1
    (30 to 500 m) by SBI code, which follows NACE Rev.2 to four digits.
``nrw``
    North Rhine-Westphalia's *Abstandserlass* (2007), distance classes by plant type.

Each class has a *rank* on the regime's full scale (1 = the widest zone); ``zone_classes.csv`` lists only
the classes whose width could be sourced, so ranks may have gaps (NRW's class II is not listed). A site's
``hazard_class`` is its rank; ``class_label`` is the regime's name for it (``"IV"``, ``"4.2"``).
The user's own activity table (``--hazard-classes``) replaces the regime's activity table, and a site's
own class field wins over both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..model.errors import CatalogueError
from ..model.i18n import localised_number
from ..symbiosis.catalogue import RESOURCES, tr

REGIMES_FILE = RESOURCES / "catalogue" / "zone_regimes.csv"
CLASSES_FILE = RESOURCES / "catalogue" / "zone_classes.csv"
DEFAULT_REGIME = "sanpin"
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


@dataclass(frozen=True)
class Regime:
    """One country's zone table: its classes (rank -> label, width) and where its activity table is."""

    key: str
    title: str
    status: str
    source: str
    activities: Path
    #: rank -> class label, widest first
    labels: dict[int, str]
    #: rank -> zone width, metres
    widths_m: dict[int, float]
    #: language -> {"title": ..., "status": ...} from the table's ``title_<lang>`` and ``status_<lang>`` columns
    translations: dict = field(default_factory=dict, compare=False)

    @property
    def ranks(self) -> list[int]:
        return sorted(self.labels)

    def label(self, rank: int) -> str:
        return self.labels[int(rank)]

    def rank_of(self, value) -> int | None:
        """The rank of a class written as its label (``"IV"``, ``"4.2"``) or, in a regime with Roman
        labels, as its number (``4``); None when the regime lists no such class."""
        text = str(value).strip().upper()
        if text.endswith(".0"):
            text = text[:-2]
        for rank, label in self.labels.items():
            if text == label.upper():
                return rank
        roman = all(label in _ROMAN for label in self.labels.values())
        if roman and text.isdigit() and 1 <= int(text) <= len(_ROMAN):
            return self.rank_of(_ROMAN[int(text) - 1])
        return None

    def step_down(self, rank: int, steps: int) -> int:
        """The class ``steps`` listed classes narrower than ``rank``; the narrowest listed class is the floor."""
        ranks = self.ranks
        i = ranks.index(int(rank)) if int(rank) in ranks else 0
        return ranks[min(len(ranks) - 1, i + max(0, int(steps)))]

    def describe(self, language: str = "en") -> dict:
        """What the report says about the regime, in ``language`` where the table has it (``title_ru`` ...)."""
        text = dict(self.translations.get(language, {}))
        return {
            "key": self.key,
            "title": text.get("title") or self.title,
            "status": text.get("status") or self.status,
            "source": self.source,
        }


def _read(path: Path, columns: tuple[str, ...]) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise CatalogueError(tr("{}: cannot read: {}").format(path, exc)) from exc
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise CatalogueError(tr("{}: missing columns {}").format(path, ", ".join(missing)))
    return frame.apply(lambda col: col.str.strip())


def regime_keys(path: str | Path | None = None) -> list[str]:
    """The regimes the table lists, in its order."""
    return _read(Path(path) if path else REGIMES_FILE, ("regime",))["regime"].tolist()


def load_regime(
    key: str = DEFAULT_REGIME,
    widths_m: tuple[float, ...] | None = None,
    regimes_path: str | Path | None = None,
    classes_path: str | Path | None = None,
) -> Regime:
    """The regime ``key`` from ``zone_regimes.csv`` and ``zone_classes.csv``.

    Parameters
    ----------
    widths_m
        Widths replacing the table's, one per listed class, widest first (the ``zone_widths_m``
        parameter of the ``sanpin`` regime).
    """
    regimes_path = Path(regimes_path) if regimes_path else REGIMES_FILE
    classes_path = Path(classes_path) if classes_path else CLASSES_FILE
    regimes = _read(regimes_path, ("regime", "title", "activities", "status", "source"))
    if key not in set(regimes["regime"]):
        raise CatalogueError(
            tr("zone regime '{}' is not in {}; choose one of {}").format(
                key, regimes_path, ", ".join(regimes["regime"])
            )
        )
    row = regimes[regimes["regime"] == key].iloc[0]
    classes = _read(classes_path, ("regime", "rank", "label", "width_m", "basis"))
    mine = classes[classes["regime"] == key]
    problems = []
    labels, widths = {}, {}
    for i, c in mine.iterrows():
        where = tr("row {}").format(i + 2)
        try:
            rank, width = int(c["rank"]), float(c["width_m"])
        except ValueError:
            problems.append(tr("{}: rank '{}' or width_m '{}' is not a number").format(where, c["rank"], c["width_m"]))
            continue
        if rank in labels:
            problems.append(tr("{}, rank: {} is listed twice for regime '{}'").format(where, rank, key))
        if width <= 0:
            problems.append(tr("{}, width_m: {} is not positive").format(where, localised_number(str(width))))
        if not c["basis"]:
            problems.append(tr("{}, basis: every class needs its basis").format(where))
        labels[rank], widths[rank] = c["label"], width
    if not labels:
        problems.append(tr("regime '{}' lists no class").format(key))
    ranks = sorted(labels)
    if any(widths[a] < widths[b] for a, b in zip(ranks, ranks[1:])):
        problems.append(tr("regime '{}': a wider rank (lower number) has a narrower zone").format(key))
    if problems:
        raise CatalogueError(f"{classes_path}: " + "; ".join(problems))
    if widths_m is not None:
        if len(widths_m) != len(ranks):
            raise CatalogueError(
                tr("zone widths {}: regime '{}' has {} classes ({})").format(
                    tuple(widths_m), key, len(ranks), ", ".join(labels[r] for r in ranks)
                )
            )
        widths = {r: float(w) for r, w in zip(ranks, widths_m)}
    activities = Path(row["activities"])
    if not activities.is_absolute():
        activities = regimes_path.parent / activities
    translations: dict[str, dict[str, str]] = {}
    for column in regimes.columns:
        what, _, language = column.partition("_")
        if what in ("title", "status") and language and row[column]:
            translations.setdefault(language, {})[what] = row[column]
    return Regime(key, row["title"], row["status"], row["source"], activities, labels, widths, translations)


def regime_for(params) -> Regime:
    """The regime a run's :class:`~..model.parameters.Parameters` choose; ``zone_widths_m`` replaces
    the widths of the SanPiN classes only (the other regimes take theirs from the table)."""
    key = getattr(params, "zone_regime", DEFAULT_REGIME) if params is not None else DEFAULT_REGIME
    widths = tuple(params.zone_widths_m) if params is not None and key == "sanpin" else None
    return load_regime(key, widths)


def describe_regime(key: str | None, language: str = "en") -> dict:
    """Title, status and source of the regime ``key`` for a report, in ``language`` where the table has
    it; a run without a regime (its zone layers drawn before regimes could be chosen) was drawn in
    SanPiN's classes."""
    try:
        return load_regime(key or DEFAULT_REGIME).describe(language)
    except CatalogueError:
        return {"key": key, "title": str(key), "status": "not in this EcoPark's zone_regimes.csv", "source": ""}
