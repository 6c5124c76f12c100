"""Why a candidate exchange is not feasible or not chosen (the exchanges' ``reason``), in the language of the
run: one translation context for the engine's reasons, and the transport modes as they name them."""

from __future__ import annotations

from ..model.i18n import translator

tr = translator("ExchangeReasons")


def mode_name(mode: str) -> str:
    """``truck``, ``rail``, ``ship``, ``pipeline`` in the current language (a mode it does not know as given)."""
    names = {"truck": tr("truck"), "rail": tr("rail"), "ship": tr("ship"), "pipeline": tr("pipeline")}
    return names.get(str(mode), str(mode))
