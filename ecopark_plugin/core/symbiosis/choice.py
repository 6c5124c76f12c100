"""Choosing the best set of exchanges, exactly, as a linear programme.

Each feasible candidate ``c`` carries ``x_c`` units of its stream (0 <= x_c <= quantity_c). A
supplier's stream cannot give more than it has; a receiver's stated need (in its own units, so a
by-product replacing virgin material counts ``x_c * substitution_ratio``) cannot be exceeded. The
objective is linear in ``x``: each candidate's value per unit at its evaluated quantity (pipeline
capital is spread over the candidate's full flow, a linearisation documented in the README).
Solved with HiGHS through :func:`scipy.optimize.linprog`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.optimize import linprog
from scipy.sparse import coo_matrix

from ..model.errors import EcoParkError
from ..model.i18n import format_number
from ..model.parameters import Parameters
from .reasons import tr

TOL = 1e-6


def objective_values(ex: pd.DataFrame, params: Parameters, weighted: bool = False) -> np.ndarray:
    """Value of each candidate at its full quantity under the chosen objective.

    With ``weighted`` and ``params.weigh_by_confidence`` the value is multiplied by the candidate's
    confidence (an expected value), which is what the optimiser maximises.
    """
    if params.objective == "benefit":
        value = ex["net_benefit"].to_numpy(float)
    elif params.objective == "co2":
        value = ex["co2_avoided_t"].to_numpy(float)
    else:
        value = ex["net_benefit"].to_numpy(float) + params.co2_price_eur_per_t * ex["co2_avoided_t"].to_numpy(float)
    if weighted and params.weigh_by_confidence and "confidence" in ex:
        value = value * ex["confidence"].to_numpy(float)
    return value


def optimise(ex: pd.DataFrame, streams: pd.DataFrame, params: Parameters) -> pd.DataFrame:
    """Choose exchanges; add ``selected``, ``quantity_selected``, ``value`` and ``reason``.

    Parameters
    ----------
    ex
        Evaluated candidates (:func:`evaluation.evaluate`), on a 0..n-1 index.
    streams
        The streams the candidates' ``supply_row``/``demand_row`` point at.
    """
    ex = ex.reset_index(drop=True).copy()
    value = objective_values(ex, params, weighted=True)
    qty = ex["quantity"].to_numpy(float)
    unit_value = np.divide(value, qty, out=np.zeros_like(value), where=qty > 0)
    ex["value"] = value
    use = ex["feasible"].to_numpy(bool) & (unit_value > TOL) & (qty > 0)
    idx = np.flatnonzero(use)
    x = np.zeros(len(ex))
    supply_binding: set[int] = set()
    demand_binding: set[int] = set()
    if len(idx):
        rows, cols, vals, rhs, kinds = [], [], [], [], []
        for key, group in ex.iloc[idx].groupby("supply_row"):
            r = len(rhs)
            pos = np.searchsorted(idx, group.index.to_numpy())
            rows += [r] * len(pos)
            cols += pos.tolist()
            vals += [1.0] * len(pos)
            rhs.append(streams.at[key, "quantity"])
            kinds.append(("supply", key))
        known = ex.iloc[idx]
        known = known[known["demand_row"] >= 0]
        for key, group in known.groupby("demand_row"):
            r = len(rhs)
            pos = np.searchsorted(idx, group.index.to_numpy())
            # the need is counted in the receiver's units: delivered share, times the ratio for virgin
            ratio = (group["delivered"] / group["quantity"]).to_numpy() * np.where(
                group["relation"] == "virgin", group["substitution_ratio"], 1.0
            )
            rows += [r] * len(pos)
            cols += pos.tolist()
            vals += ratio.tolist()
            rhs.append(streams.at[key, "quantity"])
            kinds.append(("demand", key))
        a_ub = coo_matrix((vals, (rows, cols)), shape=(len(rhs), len(idx))).tocsr()
        res = linprog(
            -unit_value[idx],
            A_ub=a_ub,
            b_ub=np.array(rhs, float),
            bounds=list(zip(np.zeros(len(idx)), qty[idx])),
            method="highs",
        )
        if res.status != 0:
            raise EcoParkError(f"the optimiser failed: {res.message}")
        x[idx] = np.where(res.x > TOL * np.maximum(qty[idx], 1.0), res.x, 0.0)
        slack = np.asarray(res.ineqlin.residual)
        for (kind, key), s, b in zip(kinds, slack, rhs):
            if s <= TOL * max(b, 1.0):
                (supply_binding if kind == "supply" else demand_binding).add(key)
    ex["quantity_selected"] = x
    ex["selected"] = x > 0
    # a copy we may write into (pandas 3 hands out read-only views of a column)
    reason = ex["reason"].to_numpy(dtype=object, copy=True)
    for i in range(len(ex)):
        if ex.at[i, "selected"] or not ex.at[i, "feasible"]:
            continue
        if qty[i] <= 0:
            reason[i] = tr("nothing to exchange")
        elif unit_value[i] <= TOL:
            reason[i] = (
                tr("negative benefit ({} EUR/yr)").format(format_number(ex.at[i, "net_benefit"]))
                if params.objective != "co2"
                else tr("no net CO2 saving ({} t/yr)").format(format_number(ex.at[i, "co2_avoided_t"], 1))
            )
        elif ex.at[i, "supply_row"] in supply_binding:
            reason[i] = tr("supply taken by better exchanges")
        elif ex.at[i, "demand_row"] in demand_binding:
            reason[i] = tr("receiver's need met by better exchanges")
        else:
            reason[i] = tr("not part of the optimum")
    ex["reason"] = reason
    return ex
