"""Why each exchange is proposed: what its figures rest on, the range of its value, what would make it fail.

A planner defends a proposal by its weakest figure: an exchange rests on the basis (reported, derived or
default, see :mod:`.evidence`) of the supplier's output, and of the receiver's need too where that need
limits its quantity.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..model.i18n import QT_TRANSLATE_NOOP, format_number, translate_marked, translator
from .evidence import RANGES

#: the context of the phrases of ``fails_if`` and ``existing_basis``: ``fails_if`` is written in the run's
#: language; ``existing_basis`` stays English in the layer (the baseline reads it back) and the report shows it
#: in its language (:func:`..report.evidence.why_table`)
PHRASES = "ExchangeExplanations"
#: the ``explanation`` is written in the run's language (as the ``reason``): the planner reads it as it is
tr = translator("ExchangeExplanations")

#: exchange columns this module adds (declared in :data:`..model.outputs.EXCHANGE_FIELDS`)
EXPLAIN_FIELDS = ("supply_basis", "demand_basis", "basis", "value_low", "value_high", "explanation", "fails_if")

_FAILS = {
    "energy": QT_TRANSLATE_NOOP(
        "ExchangeExplanations",
        "the line costs more than assumed, the receiver's demand is seasonal or already met, or the heat is "
        "already sold (a CHP plant's to its town's district heating)",
    ),
    "water": QT_TRANSLATE_NOOP(
        "ExchangeExplanations",
        "the water quality does not meet the receiver's specification, or the pipe costs more than assumed",
    ),
    "minerals": QT_TRANSLATE_NOOP(
        "ExchangeExplanations",
        "the material fails the receiver's quality standard (e.g. EN 450 for fly ash in concrete) or its market share is full",
    ),
    "metals": QT_TRANSLATE_NOOP(
        "ExchangeExplanations", "the scrap's grade or contamination does not suit the receiver"
    ),
    "chemicals": QT_TRANSLATE_NOOP(
        "ExchangeExplanations",
        "the purity does not suit the receiver, or permits for moving a hazardous stream are refused",
    ),
    "organics": QT_TRANSLATE_NOOP(
        "ExchangeExplanations",
        "hygiene or feed/fertiliser rules bar the use, or the residue has a better outlet already",
    ),
}
_BASIS_FAILS = {
    "default": QT_TRANSLATE_NOOP(
        "ExchangeExplanations",
        "the plant does not have this stream at the sector's typical scale (a default: ask the plant)",
    ),
    "derived": QT_TRANSLATE_NOOP(
        "ExchangeExplanations", "the derivation factor does not fit this plant (check the figure with the plant)"
    ),
    "reported": "",
}


#: the bases from the weakest to the strongest
_STRENGTH = {"default": 0, "derived": 1, "reported": 2}


def exchange_basis(ex: pd.DataFrame, streams: pd.DataFrame) -> tuple[pd.Series, pd.Series, np.ndarray]:
    """(supply basis, demand basis, exchange basis) of candidates.

    The supply always counts: an exchange whose supplier's stream is a sector default rests on that default
    even where the receiver's derived need sets its quantity (a steelworks' blast-furnace gas is there only
    if it has a blast furnace). Where the need limits the quantity, the weaker of the two decides; where the
    supply limits it, the supply's basis does.
    """
    evidence = streams["evidence"].to_dict() if "evidence" in streams else {}
    supply_basis = ex["supply_row"].map(evidence).fillna("default")
    demand_basis = pd.Series(
        [evidence.get(r, "default") if r >= 0 else "sector" for r in ex["demand_row"]], index=ex.index, dtype=object
    )
    demand = ex["demand"].astype(float).to_numpy()
    supply = ex["supply"].astype(float).to_numpy()
    demand_binds = (ex["demand_row"].to_numpy() >= 0) & (demand < supply)
    weaker = [
        d if _STRENGTH.get(d, 0) < _STRENGTH.get(s, 0) else s for s, d in zip(supply_basis, demand_basis.to_numpy())
    ]
    return supply_basis, demand_basis, np.where(demand_binds, weaker, supply_basis)


def rests_on_evidence(ex: pd.DataFrame, streams: pd.DataFrame) -> np.ndarray:
    """Whether each candidate's quantity rests on reported or derived figures (not on a sector default)."""
    if not len(ex):
        return np.zeros(0, bool)
    return np.isin(exchange_basis(ex, streams)[2], ["reported", "derived"])


def explain(ex: pd.DataFrame, streams: pd.DataFrame) -> pd.DataFrame:
    """Add :data:`EXPLAIN_FIELDS` to exchanges (with ``supply_row``, ``demand_row``, ``supply``, ``demand``)."""
    ex = ex.copy()
    if not len(ex):
        for col in EXPLAIN_FIELDS:
            ex[col] = pd.Series(dtype=float if col.startswith("value") else object)
        return ex
    basis_text = streams["basis"].to_dict() if "basis" in streams else {}
    ex["supply_basis"], ex["demand_basis"], basis = exchange_basis(ex, streams)
    ex["basis"] = basis
    low = np.array([RANGES[b][0] if b in RANGES else RANGES["default"][0] for b in basis])
    high = np.array([RANGES[b][1] if b in RANGES else RANGES["default"][1] for b in basis])
    net = ex["net_benefit"].astype(float).to_numpy()
    # the value scales with the quantity (a linear approximation: pipeline capital does not shrink with it)
    ex["value_low"] = np.where(net >= 0, net * low, net * high)
    ex["value_high"] = np.where(net >= 0, net * high, net * low)
    texts, fails = [], []
    supply_words = {
        "reported": tr("reported supply ({})"),
        "derived": tr("derived supply ({})"),
        "default": tr("default supply ({})"),
    }
    sector_use, explained = tr("its sector's typical use"), tr("{}; need: {}; value {} to {} EUR/yr")
    for row in ex.itertuples(index=False):
        supply_text = basis_text.get(row.supply_row, "")
        need = sector_use if row.demand_row < 0 else basis_text.get(row.demand_row, "")
        supply = supply_words.get(row.supply_basis, f"{row.supply_basis} supply ({{}})").format(supply_text)
        texts.append(explained.format(supply, need, format_number(row.value_low, 0), format_number(row.value_high, 0)))
        reasons = [r for r in (_BASIS_FAILS.get(row.basis, ""), _FAILS.get(row.family, "")) if r]
        fails.append("; ".join(translate_marked(PHRASES, r) for r in reasons))
    ex["explanation"] = texts
    ex["fails_if"] = fails
    return ex


def value_by_basis(chosen: pd.DataFrame) -> dict[str, float]:
    """Net benefit of the chosen exchanges (EUR/yr, at the chosen quantity) by what they rest on."""
    out = {b: 0.0 for b in RANGES}
    if len(chosen) and "basis" in chosen:
        sums = chosen.groupby(chosen["basis"].map(lambda b: b if b in RANGES else "default"))["net"].sum()
        out.update({k: float(v) for k, v in sums.items()})
    return out
