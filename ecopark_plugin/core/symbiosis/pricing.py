"""Pricing of candidate exchanges: distance, transport cost and CO2, avoided costs and emissions.

Every money figure is EUR per year, every CO2 figure tonnes CO2e per year, quantities are in the
rule's unit (t, MWh or m3) per year. Transport by pipeline has its capital annualised; all other
modes are priced per tonne. Factors come from the catalogue rule and :class:`Parameters`.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ..model.i18n import format_number
from ..model.outputs import PRICED
from ..model.parameters import Parameters
from .catalogue import MODES, Catalogue
from .economics import supplier_costs
from .reasons import mode_name, tr

#: modes that need no infrastructure layer: a truck drives on roads, a pipe can be laid anywhere
MODES_WITHOUT_LAYERS = ("truck", "pipeline")
#: tonnes per m3 when water travels by truck (assumption: density of water)
WATER_T_PER_M3 = 1.0


def annuity_factor(rate: float, years: float) -> float:
    """Share of a capital cost paid each year over ``years`` at ``rate``."""
    if rate == 0:
        return 1.0 / years
    return rate / (1.0 - (1.0 + rate) ** -years)


def heat_pipe_eur_per_m(mw: np.ndarray, p: Parameters) -> np.ndarray:
    """Transmission pipe price per metre, log-interpolated on capacity between the Hotmaps bounds."""
    lo, hi = math.log(p.heat_pipe_mw_min), math.log(p.heat_pipe_mw_max)
    share = np.clip((np.log(np.maximum(mw, 1e-9)) - lo) / (hi - lo), 0.0, 1.0)
    return p.heat_pipe_eur_per_m_min + share * (p.heat_pipe_eur_per_m_max - p.heat_pipe_eur_per_m_min)


def _tonnes(quantity: np.ndarray, unit: np.ndarray) -> np.ndarray:
    return np.where(unit == "m3", quantity * WATER_T_PER_M3, np.where(unit == "t", quantity, np.nan))


def _mode_costs(mode: str, q, unit, km, p: Parameters, loss, access_km=0.0):
    """Yearly transport cost (EUR) and CO2 (t) of moving ``q`` over ``km`` by ``mode``, plus
    ``access_km`` by truck to and from its terminals or ports (rail and ship)."""
    tonnes = _tonnes(q, unit)
    if mode == "truck":
        return tonnes * (p.handling_eur_per_t + p.truck_eur_per_tkm * km), tonnes * km * p.truck_kgco2_per_tkm / 1000
    truck_cost = tonnes * p.truck_eur_per_tkm * access_km
    truck_co2 = tonnes * access_km * p.truck_kgco2_per_tkm / 1000
    if mode == "rail":
        cost = tonnes * (p.rail_terminal_eur_per_t + p.rail_eur_per_tkm * km)
        return cost + truck_cost, tonnes * km * p.rail_kgco2_per_tkm / 1000 + truck_co2
    if mode == "ship":
        cost = tonnes * (p.port_eur_per_t + p.ship_eur_per_tkm * km)
        return cost + truck_cost, tonnes * km * p.ship_kgco2_per_tkm / 1000 + truck_co2
    # pipeline: capital annualised; pumping energy is not counted (assumption, small next to the flow)
    metres = km * 1000.0
    mw = np.where(unit == "MWh", q / p.heat_full_load_hours, 0.0)
    per_m = np.where(unit == "MWh", heat_pipe_eur_per_m(mw, p), p.water_pipe_eur_per_m)
    sink = np.where(mw < 1.0, p.heat_exchanger_sink_eur_per_mw_small, p.heat_exchanger_sink_eur_per_mw_large)
    capital = per_m * metres + mw * (p.heat_exchanger_source_eur_per_mw + sink)
    return capital * annuity_factor(p.discount_rate, p.pipe_lifetime_years), np.zeros_like(km)


def evaluate(
    candidates: pd.DataFrame,
    catalogue: Catalogue,
    params: Parameters,
    plan=None,
    available_modes=MODES_WITHOUT_LAYERS,
) -> pd.DataFrame:
    """Price every candidate by every allowed mode and keep the best mode.

    Parameters
    ----------
    candidates
        From :func:`matching.find_candidates`.
    plan
        Transport worked out on the user's networks (:func:`transport.plan`), which gives the
        distance of every mode and mode chain per pair. Without it, the straight distance times
        ``params.detour_factor`` is used for truck and pipeline, and rail and ship are not priced.
    available_modes
        Modes priced without a plan.

    Returns
    -------
    DataFrame
        ``candidates`` with ``quantity``, ``unit``, ``family``, ``stream``, ``mode``,
        ``distance_km``, ``transport_cost``, ``co2_transport_t``, ``avoided_disposal``,
        ``avoided_purchase``, ``co2_avoided_virgin_t``, ``net_benefit``, ``co2_avoided_t``,
        ``feasible`` and ``reason`` added.
    """
    cand = candidates.copy()
    rules = catalogue.rules.set_index("rule_id")
    r = rules.loc[cand["rule_id"]].reset_index()
    q = np.fmin(cand["supply"].to_numpy(float), cand["demand"].to_numpy(float))  # fmin skips NaN
    unit = r["unit"].to_numpy()
    loss_rule = r["pipeline_loss"].to_numpy(float)
    loss = np.where(np.isnan(loss_rule), params.pipeline_loss_default, loss_rule)
    straight = cand["straight_km"].to_numpy(float)
    legs = plan.legs_for(cand["supplier"].to_numpy(), cand["receiver"].to_numpy()) if plan is not None else {}
    n = len(cand)

    best = None
    mode_whys = []
    for mode in MODES:
        rule_allows = np.array([mode in m for m in r["modes"]], dtype=bool)
        allowed = rule_allows & (mode in params.modes) & (mode in available_modes or mode in legs)
        leg = legs.get(mode)
        if leg is not None:
            km, access = leg.km.astype(float), leg.access_km.astype(float)
            hours, chain, route, via = leg.hours, leg.chain, leg.route, leg.via
            why = np.where(rule_allows, leg.why, f"{mode} not allowed for this stream")
        else:
            km, access = straight * params.detour_factor, np.zeros(n)
            speed = {"truck": params.truck_estimate_kmh, "rail": params.rail_kmh, "ship": params.ship_kmh}
            hours = km / speed[mode] if mode in speed else np.full(n, np.nan)
            chain, route, via = np.full(n, mode, object), np.full(n, "straight", object), np.full(n, "", object)
            needs = {"rail": tr("rail needs a rail network"), "ship": tr("ship needs a ports layer")}
            missing = needs.get(mode, tr("{} needs a network").format(mode_name(mode)))
            why = np.full(n, "" if mode in available_modes else missing, object)
            if mode == "truck" and "sea_crossing" in cand:
                # no road over open sea: a straight line times a detour factor holds over land only
                sea = cand["sea_crossing"].to_numpy(bool)
                km = np.where(sea, np.nan, km)
                why[sea] = tr("truck: the straight line crosses open sea (give a road network or ports)")
            why[~rule_allows] = tr("{} not allowed for this stream").format(mode_name(mode))
        if mode not in params.modes:
            why = np.full(n, tr("{} not among the modes allowed").format(mode_name(mode)), object)
        allowed &= ~np.isnan(km)
        cost, co2 = _mode_costs(mode, q, unit, km, params, loss, access)
        this_loss = loss if mode == "pipeline" else 0.0
        delivered = q * (1.0 - this_loss)
        purchase = delivered * r["substitution_ratio"].to_numpy() * r["virgin_price_eur"].to_numpy()
        disposal = q * r["disposal_cost_eur"].to_numpy()
        co2_virgin = delivered * r["substitution_ratio"].to_numpy() * r["virgin_co2_t"].to_numpy()
        net = purchase + disposal - cost
        within = km <= r[f"max_km_{mode}"].to_numpy(float)  # NaN limit: False
        frame = pd.DataFrame(
            {
                "mode": mode,
                "mode_chain": chain,
                "access_km": access,
                "travel_time_h": hours,
                "route": route,
                "via": via,
                "why": why,
                "distance_km": km,
                "transport_cost": cost,
                "co2_transport_t": co2,
                "avoided_disposal": disposal,
                "avoided_purchase": purchase,
                "co2_avoided_virgin_t": co2_virgin,
                "net_benefit": net,
                "co2_avoided_t": co2_virgin - co2,
                "delivered": delivered,
                "allowed": allowed & ~np.isnan(cost),
                "within": within,
                "limit_km": r[f"max_km_{mode}"].to_numpy(float),
            }
        )
        mode_whys.append(np.where(allowed, "", frame["why"].to_numpy(object)))
        if best is None:
            best = frame
            continue

        # rank: feasible first, then allowed-but-too-far; within a rank the higher net benefit
        def rank(f):
            return (f["allowed"] & f["within"]).astype(int) * 2 + f["allowed"].astype(int)

        better = (rank(frame) > rank(best)) | (
            (rank(frame) == rank(best)) & (frame["net_benefit"] > best["net_benefit"])
        )
        best = best.where(~better, frame)

    feasible = (best["allowed"] & best["within"]).to_numpy(bool)
    whys = ["; ".join(dict.fromkeys(w for w in ws if w)) or tr("none allowed") for ws in zip(*mode_whys)]
    reason = np.where(
        feasible,
        "",
        np.where(
            best["allowed"].to_numpy(bool),
            [
                tr("too far: {} km by {} > {} km").format(format_number(d), mode_name(m), format_number(lim))
                for d, m, lim in zip(best["distance_km"], best["mode"], best["limit_km"])
            ],
            [tr("no transport mode: {}").format(w) for w in whys],
        ),
    )
    out = cand.assign(
        stream=r["stream"].to_numpy(),
        stream_en=r["stream_en"].to_numpy(),
        family=r["family"].to_numpy(),
        use=r["use_en"].to_numpy(),
        substitutes=r["substitutes"].to_numpy(),
        substitution_ratio=r["substitution_ratio"].to_numpy(),
        quantity=q,
        unit=unit,
    )
    for col in PRICED:
        out[col] = best[col].to_numpy()
    out["feasible"] = feasible
    out["reason"] = reason
    if "supplier_nace" in out:
        out = supplier_costs(out, out["supplier_nace"], params, out.get("receiver_nace"))
    return out


#: the columns :func:`evaluate` adds, which :func:`reprice` refreshes
EVALUATED = ("quantity", *PRICED, "feasible", "reason")


def reprice(exchanges: pd.DataFrame, rows, catalogue: Catalogue, params: Parameters, **kwargs) -> pd.DataFrame:
    """Price the exchanges at ``rows`` again at their chosen quantity (``quantity_selected``).

    The optimiser works with each candidate's value per unit at its largest quantity; a pipeline's
    capital does not shrink with the flow, so a chosen flow smaller than that is priced anew.
    """
    out = exchanges.copy()
    if len(rows) == 0:
        return out
    chosen = out.loc[rows]
    again = evaluate(
        chosen.assign(supply=chosen["quantity_selected"], demand=chosen["quantity_selected"]),
        catalogue,
        params,
        **kwargs,
    )
    for col in EVALUATED:
        out.loc[rows, col] = again[col].to_numpy()
    return out
