"""Exceptions raised by the engine.

Every input problem names where it is (layer, feature, field) so that a user can find and mend it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import translator

tr = translator("InputErrors")


class EcoParkError(Exception):
    """Base class of every error the engine raises on purpose."""


@dataclass(frozen=True)
class InputProblem:
    """One thing wrong with the input, and where it is."""

    layer: str
    message: str
    feature: object | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = [tr("layer '{}'").format(self.layer)]
        if self.feature is not None:
            where.append(tr("feature {}").format(self.feature))
        if self.field is not None:
            where.append(tr("field '{}'").format(self.field))
        return f"{', '.join(where)}: {self.message}"


class InputError(EcoParkError):
    """Bad input data: carries every problem found, not just the first.

    Parameters
    ----------
    problems
        The problems found, each naming layer, feature and field.
    """

    #: how many problems the message lists before summarising the rest
    SHOWN = 20

    def __init__(self, problems: list[InputProblem]):
        self.problems = list(problems)
        lines = [str(p) for p in self.problems[: self.SHOWN]]
        if len(self.problems) > self.SHOWN:
            lines.append(tr("... and {} more problems").format(len(self.problems) - self.SHOWN))
        super().__init__("\n".join(lines))

    @classmethod
    def single(cls, layer: str, message: str, feature=None, field=None) -> InputError:
        return cls([InputProblem(layer, message, feature, field)])


class CatalogueError(EcoParkError):
    """A catalogue file breaks the schema; the message names file, row and column."""


class Cancelled(EcoParkError):
    """The user cancelled the run."""
