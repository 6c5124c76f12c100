"""Choosing the best set of exchanges, exactly, as a linear programme.

Each feasible candidate ``c`` carries ``x_c`` units of its stream (0 <= x_c <= quantity_c). A
supplier's stream cannot give more than it has; a receiver's stated need (in its own units, so a
by-product replacing virgin material counts ``x_c * substitution_ratio``) cannot be exceeded. The
objective is linear in ``x``: each candidate's value per unit at its evaluated quantity (pipeline
capital is spread over the candidate's full flow, a linearisation documented in the README).
Solved with HiGHS through :func:`scipy.optimize.linprog`.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from scipy.optimize import linprog
from scipy.sparse import coo_matrix

from ..model.errors import EcoParkError
from ..model.i18n import format_number
from ..model.parameters import Parameters
from .evidence import heat_pool
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


#: How many equal steps the uncertain part of an assumed need is cut into (between its low and central
#: figure); each step is valued at the chance that the need reaches it.
NEED_STEPS = 3
#: the bases (:mod:`.evidence`) of a need whose size is uncertain enough to be shared out in steps
UNCERTAIN_NEEDS = ("default", "derived")


def need_segments(streams: pd.DataFrame, key) -> list[tuple[float, float]]:
    """A receiver's need as (width, chance it is needed) steps adding up to its central quantity.

    A need taken from a register or entered by the user is certain: one step. An assumed or derived need has
    a range (``low``, central, ``high``; :mod:`.evidence`) and nothing else is known of where in it this
    plant lies (the central figure is a medium plant of the sector, not this one), so the need is read as
    uniform over the range: the part up to ``low`` is needed for sure, and each further step only with the
    chance that the need is larger, ``(high - t) / (high - low)`` at the step's middle ``t``. A receiver therefore takes the sure part of its need from the
    best supplier first, and a supplier's output is shared among several receivers of uncertain need
    instead of staking all of it on one, as a planner would.
    """
    need = float(streams.at[key, "quantity"])
    low = float(streams.at[key, "low"]) if "low" in streams else math.nan
    high = float(streams.at[key, "high"]) if "high" in streams else math.nan
    evidence = streams.at[key, "evidence"] if "evidence" in streams else "default"
    if evidence not in UNCERTAIN_NEEDS or not (low == low and high == high) or not (0 <= low < need < high):
        return [(need, 1.0)]
    steps = [(low, 1.0)] if low > 0 else []
    width = (need - low) / NEED_STEPS
    for k in range(NEED_STEPS):
        t = low + (k + 0.5) * width
        steps.append((width, (high - t) / (high - low)))
    return steps


def _need_ratio(group: pd.DataFrame) -> np.ndarray:
    """Units of the receiver's need one unit of the candidate's stream meets: the share delivered (pipeline
    losses), times the substitution ratio where a by-product replaces virgin material."""
    return (group["delivered"] / group["quantity"]).to_numpy() * np.where(
        group["relation"] == "virgin", group["substitution_ratio"], 1.0
    )


def _pools(cand: pd.DataFrame, streams: pd.DataFrame, col_cand: np.ndarray):
    """(columns, bound) of each shared output: a combustion plant's inferred steam and district heat come out
    of one useful heat (:func:`.evidence.heat_pool`), so together they are at most the larger of the two."""
    if "supplier_nace" not in cand or "origin" not in streams:
        return
    supply = cand["supply_row"].to_numpy()
    pool = [
        heat_pool(streams.at[r, "stream"], nace) if streams.at[r, "origin"] == "inferred" else None
        for r, nace in zip(supply, cand["supplier_nace"].astype(str))
    ]
    groups: dict = {}
    for c, (site, name) in enumerate(zip(cand["supplier"], pool)):
        if name is not None:
            groups.setdefault((site, name), []).append(c)
    for members in groups.values():
        rows = pd.unique(supply[members])
        if len(rows) < 2:
            continue  # one stream alone is bounded by its own supply row
        bound = max(float(streams.at[r, "quantity"]) for r in rows)
        yield np.flatnonzero(np.isin(col_cand, members)), bound


def _solve(cand: pd.DataFrame, unit_value: np.ndarray, qty: np.ndarray, streams: pd.DataFrame) -> np.ndarray:
    """The chosen quantity of each candidate: a linear programme over (candidate, need step) pairs.

    Column (c, k) carries candidate c's units that fill step k of its receiver's need, worth c's value per
    unit times the chance that step is needed. Rows: each candidate's own quantity, each supplier's stream,
    and each step of each receiver's need (counted in the receiver's units).
    """
    n = len(cand)
    demand = cand["demand_row"].to_numpy()
    ratio = _need_ratio(cand)
    segments = {key: need_segments(streams, key) for key in pd.unique(demand[demand >= 0])}
    col_cand, col_step, col_p = [], [], []
    for c in range(n):
        steps = segments.get(demand[c], [(math.inf, 1.0)])
        for k, (_, p) in enumerate(steps):
            col_cand.append(c)
            col_step.append(k)
            col_p.append(p)
    col_cand, col_step, col_p = np.array(col_cand), np.array(col_step), np.array(col_p)
    rows, cols, vals, rhs = [], [], [], []

    def add_row(columns: np.ndarray, coefficients, bound: float) -> None:
        rows.extend([len(rhs)] * len(columns))
        cols.extend(columns.tolist())
        vals.extend(np.broadcast_to(coefficients, len(columns)).tolist())
        rhs.append(bound)

    by_cand = pd.Series(np.arange(len(col_cand))).groupby(col_cand)
    for c, columns in by_cand:
        if len(columns) > 1:
            add_row(columns.to_numpy(), 1.0, qty[c])
    supply = cand["supply_row"].to_numpy()
    for key, columns in pd.Series(np.arange(len(col_cand))).groupby(supply[col_cand]):
        add_row(columns.to_numpy(), 1.0, float(streams.at[key, "quantity"]))
    for columns, bound in _pools(cand, streams, col_cand):
        add_row(columns, 1.0, bound)
    col_demand = demand[col_cand]
    known = np.flatnonzero(col_demand >= 0)
    for (key, k), columns in pd.Series(known).groupby([col_demand[known], col_step[known]]):
        add_row(columns.to_numpy(), ratio[col_cand[columns.to_numpy()]], segments[key][k][0])
    a_ub = coo_matrix((vals, (rows, cols)), shape=(len(rhs), len(col_cand))).tocsr()
    res = linprog(
        -unit_value[col_cand] * col_p,
        A_ub=a_ub,
        b_ub=np.array(rhs, float),
        bounds=list(zip(np.zeros(len(col_cand)), qty[col_cand])),
        method="highs",
    )
    if res.status != 0:
        raise EcoParkError(f"the optimiser failed: {res.message}")
    x = np.bincount(col_cand, weights=res.x, minlength=n)
    return np.where(x > TOL * np.maximum(qty, 1.0), x, 0.0)


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
    demand_sure: set[int] = set()
    if len(idx):
        x[idx] = _solve(ex.iloc[idx], unit_value[idx], qty[idx], streams)
        chosen = ex.iloc[idx].assign(x=x[idx])
        for key, taken in chosen.groupby("supply_row")["x"].sum().items():
            if taken >= streams.at[key, "quantity"] * (1 - 1e-6) - TOL:
                supply_binding.add(key)
        known = chosen[chosen["demand_row"] >= 0]
        for key, taken in (known["x"] * _need_ratio(known)).groupby(known["demand_row"]).sum().items():
            if taken >= streams.at[key, "quantity"] * (1 - 1e-6) - TOL:
                demand_binding.add(key)
            elif taken >= need_segments(streams, key)[0][0] * (1 - 1e-6) - TOL:
                demand_sure.add(key)
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
        elif ex.at[i, "demand_row"] in demand_sure:
            reason[i] = tr(
                "receiver's assumed need met by better exchanges as far as it is sure; "
                "more of it is worth less than this supply's other uses"
            )
        else:
            reason[i] = tr("not part of the optimum")
    ex["reason"] = reason
    return ex
