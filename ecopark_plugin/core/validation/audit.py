"""The plausibility audit: counts the chosen exchanges that no engineer would sign off.

One small function per rule. Each takes the run's chosen exchanges (rows of ``result.exchanges`` with
``selected``) and the sites frame as the register gives it (``site_id``, ``name``, ``nace``,
``eprtr_activity``, ``country``, ``last_year``, geometry ...) and returns the rows that break the rule:
``exchange_id`` and a short ``reason``. :func:`audit` runs them all; :func:`audit_sample` draws exchanges
for a person to read with the evidence behind each.

The audit only measures: it changes nothing in the engine, the catalogue or the profiles.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from ..symbiosis.catalogue import RESOURCES, Catalogue, nace_matches
from ..symbiosis.hygiene import STALE_YEARS, same_operator
from ..transport.geodesy import geodesic_km, lonlat
from ..transport.land import longest_sea_km

LIMITS_FILE = RESOURCES / "validation" / "audit_intake_limits.csv"

#: every rule, in report order, with the words a person reads
RULES = {
    "stale_partner": "a partner stopped reporting years before its country's last year",
    "two_way_swap": "the same stream (or interchangeable streams) chosen both ways between two sites",
    "landfill_energy": "a landfill or disposal site supplies steam, heat or fuel gas",
    "same_plant": "supplier and receiver are the same plant",
    "over_capacity": "a receiver takes more than a plant of its kind could use",
    "gas_by_truck": "gas, steam or heat carried by bulk truck",
    "truck_over_sea": "a truck's straight line crosses open sea",
    "value_above_price": "value per unit above the price of what it replaces",
}
COLUMNS = ["exchange_id", "rule", "reason"]

#: E-PRTR Annex I activities (codes/eprtr_annex1_activities.csv): 5(d) landfills; 5(c) disposal of
#: non-hazardous waste; 5(a) recovery or disposal of hazardous waste. 5(b), the incineration of
#: non-hazardous waste, is left out on purpose: those plants are the waste-to-energy works whose steam
#: and district heat are the textbook exchange, not a landfill's.
LANDFILL_ACTIVITIES = frozenset({"5(d)"})
DISPOSAL_ACTIVITIES = frozenset({"5(a)", "5(c)", "5(d)"})
WASTE_NACE = ("38.21", "38.22")
HEAT_STREAMS = frozenset({"steam", "district_heat", "waste_heat", "low_grade_heat"})
FUEL_GAS_STREAMS = frozenset({"refinery_fuel_gas", "coke_oven_gas", "blast_furnace_gas", "hydrogen"})
#: streams that travel as gas, steam or hot water: a bulk truck cannot carry them in useful amounts
GASEOUS_STREAMS = HEAT_STREAMS | frozenset({"hydrogen", "co2", "biogas"})
#: streams that stand in for each other, so that swapping them both ways is one flow going in circles.
#: The catalogue's families are too wide for this: fuel one way and steam back is a classic exchange.
INTERCHANGEABLE = {
    **{s: "heat" for s in HEAT_STREAMS},
    **{s: "fuel gas" for s in ("refinery_fuel_gas", "coke_oven_gas", "blast_furnace_gas", "biogas")},
}


def _empty() -> pd.DataFrame:
    return pd.DataFrame({"exchange_id": pd.Series(dtype="int64"), "reason": pd.Series(dtype=object)})


def _found(rows: pd.DataFrame, reasons) -> pd.DataFrame:
    if not len(rows):
        return _empty()
    return pd.DataFrame({"exchange_id": rows["exchange_id"].to_numpy(), "reason": list(reasons)})


def _site_table(sites: pd.DataFrame) -> pd.DataFrame:
    """Sites indexed by ``site_id`` with ``lon``/``lat`` added (when they have a geometry)."""
    table = pd.DataFrame(sites.drop(columns="geometry", errors="ignore")).copy()
    if "geometry" in getattr(sites, "columns", ()) and getattr(sites, "crs", None) is not None:
        table["lon"], table["lat"] = lonlat(sites)
    return table.drop_duplicates("site_id").set_index("site_id")


def _activity(code) -> str:
    """``'5.(d)'``, ``'5(d)'``, ``' 5 (d) '`` -> ``'5(d)'``; the sub-item of ``'5(a)(i)'`` is dropped."""
    text = re.sub(r"[\s.]", "", str(code or ""))
    match = re.match(r"^(\d+\([a-z]\))", text)
    return match.group(1) if match else text


# ---------------------------------------------------------------- the rules


def stale_partner(chosen: pd.DataFrame, sites: pd.DataFrame, last_year_by_country=None, years: int = STALE_YEARS):
    """Supplier or receiver stopped reporting more than ``years`` before the last year its country
    reports in the register (countries' data end at different years, so each is measured on its own)."""
    table = _site_table(sites)
    if "last_year" not in table or not len(chosen):
        return _empty()
    country = table["country"] if "country" in table else pd.Series(None, index=table.index, dtype=object)
    newest = dict(last_year_by_country or table.groupby(country.fillna(""))["last_year"].max())
    overall = table["last_year"].max()
    ends = country.fillna("").map(lambda c: newest.get(c, overall))
    gap = ends - table["last_year"]
    hits, reasons = [], []
    for i, row in enumerate(chosen.itertuples(index=False)):
        why = [
            f"{role} {table.at[sid, 'name'] if 'name' in table else sid} last reported {table.at[sid, 'last_year']} "
            f"({country.get(sid) or 'register'} reports to {ends[sid]})"
            for role, sid in (("supplier", row.supplier), ("receiver", row.receiver))
            if sid in gap.index and gap[sid] > years
        ]
        if why:
            hits.append(i)
            reasons.append("; ".join(why))
    return _found(chosen.iloc[hits], reasons)


def two_way_swap(chosen: pd.DataFrame, sites: pd.DataFrame | None = None):
    """The same stream, or streams that stand in for each other (:data:`INTERCHANGEABLE`), chosen both
    ways between the same two sites: both exchanges are reported."""
    if not len(chosen):
        return _empty()
    frame = chosen.assign(kind=chosen["stream"].map(lambda s: INTERCHANGEABLE.get(s, s)))
    by_key = {}
    for row in frame.itertuples(index=False):
        by_key.setdefault((row.supplier, row.receiver, row.kind), []).append(row)
    hits, reasons = [], []
    for i, row in enumerate(frame.itertuples(index=False)):
        back = by_key.get((row.receiver, row.supplier, row.kind), [])
        if back and row.supplier != row.receiver:
            hits.append(i)
            ids = ", ".join(f"#{b.exchange_id} {b.stream}" for b in back)
            reasons.append(f"{row.stream} goes back the other way as {ids}")
    return _found(frame.iloc[hits], reasons)


def landfill_energy(
    chosen: pd.DataFrame,
    sites: pd.DataFrame,
    activities=DISPOSAL_ACTIVITIES,
    landfills=LANDFILL_ACTIVITIES,
):
    """A landfill or disposal site (NACE 38.21/38.22 with an E-PRTR disposal activity) supplies steam,
    heat or fuel gas. Biogas is landfill gas when it comes from a landfill or the stream says so: allowed."""
    table = _site_table(sites)
    if "eprtr_activity" not in table or not len(chosen):
        return _empty()
    activity = table["eprtr_activity"].map(_activity)
    nace = table["nace"].fillna("").astype(str)
    disposal = activity.isin(set(activities)) & nace.map(lambda n: n.startswith(WASTE_NACE))
    hits, reasons = [], []
    for i, row in enumerate(chosen.itertuples(index=False)):
        sid, stream = row.supplier, str(row.stream)
        if not disposal.get(sid, False):
            continue
        if stream == "biogas" or "landfill" in stream:
            if "landfill" in stream or activity[sid] in landfills:
                continue
        elif not (stream in HEAT_STREAMS or stream in FUEL_GAS_STREAMS or stream.endswith("_gas")):
            continue
        hits.append(i)
        reasons.append(f"{table.at[sid, 'name']} (E-PRTR {activity[sid]}, NACE {nace[sid]}) supplies {stream}")
    return _found(chosen.iloc[hits], reasons)


def same_plant(chosen: pd.DataFrame, sites: pd.DataFrame, within_m: float = 500.0):
    """Supplier and receiver are one site id, or one operator's names within ``within_m`` metres."""
    table = _site_table(sites)
    if not len(chosen):
        return _empty()
    hits, reasons = [], []
    for i, row in enumerate(chosen.itertuples(index=False)):
        if row.supplier == row.receiver:
            hits.append(i)
            reasons.append(f"supplier and receiver are the same site {row.supplier}")
            continue
        if row.supplier not in table.index or row.receiver not in table.index or "lon" not in table:
            continue
        a, b = table.loc[row.supplier], table.loc[row.receiver]
        metres = float(geodesic_km(a["lon"], a["lat"], b["lon"], b["lat"])) * 1000.0
        why = same_operator(a.get("name"), b.get("name")) if metres <= within_m else ""
        if why:
            hits.append(i)
            reasons.append(f"{a.get('name')} / {b.get('name')}: {why}, {metres:.0f} m apart")
    return _found(chosen.iloc[hits], reasons)


def load_intake_limits(path: str | Path | None = None) -> pd.DataFrame:
    """The typical maxima per receiving sector: ``nace`` prefix, ``unit``, ``stream`` (empty: all streams
    of that unit together), ``max_per_year`` and ``source``."""
    frame = pd.read_csv(path or LIMITS_FILE, dtype=str, keep_default_na=False, comment="#")
    frame["max_per_year"] = frame["max_per_year"].astype(float)
    frame["stream"] = frame["stream"].str.strip()
    if (frame["source"].str.strip() == "").any():
        raise ValueError(f"{path or LIMITS_FILE}: every limit needs a source or 'assumption: ...'")
    return frame


def over_capacity(chosen: pd.DataFrame, sites: pd.DataFrame, limits: pd.DataFrame | None = None):
    """A receiver takes more of a unit (or of one stream) in a year than the largest plant of its kind
    could use. For each receiver, unit and stream key the most specific NACE prefix of the limits wins;
    every exchange into an over-full receiver is reported."""
    limits = load_intake_limits() if limits is None else limits
    table = _site_table(sites)
    if not len(chosen):
        return _empty()
    qty = chosen["quantity_selected"].fillna(chosen["quantity"]).astype(float)
    frame = chosen.assign(q=qty.to_numpy(), rnace=chosen["receiver"].map(table["nace"]).fillna(""))
    hits, reasons = [], []
    for (receiver, nace), rows in frame.groupby(["receiver", "rnace"], sort=False):
        for (unit, stream), group in limits.groupby(["unit", "stream"], sort=False):
            fits = [p for p in group["nace"] if nace_matches(nace, (p,))]
            if not fits:
                continue
            best = max(fits, key=len)
            limit = group.loc[group["nace"] == best].iloc[0]
            taken = rows[(rows["unit"] == unit) & ((rows["stream"] == stream) if stream else True)]
            total = taken["q"].sum()
            if len(taken) and total > limit["max_per_year"]:
                what = stream or f"all {unit}"
                for idx in taken.index:
                    hits.append(idx)
                    reasons.append(
                        f"{table['name'].get(receiver, receiver)} (NACE {nace}) takes {total:,.0f} {unit}/yr of {what}; "
                        f"a {best} plant uses at most {limit['max_per_year']:,.0f}"
                    )
    return _found(frame.loc[hits], reasons)


def gas_by_truck(chosen: pd.DataFrame, sites: pd.DataFrame | None = None):
    """An energy stream that is a gas, steam or heat (:data:`GASEOUS_STREAMS`, any ``*_gas``) by truck."""
    if not len(chosen):
        return _empty()
    stream = chosen["stream"].astype(str)
    gaseous = stream.isin(GASEOUS_STREAMS) | stream.str.endswith("_gas")
    rows = chosen[(chosen["family"] == "energy") & gaseous & (chosen["mode"] == "truck")]
    return _found(rows, [f"{s} by truck over {km:.0f} km" for s, km in zip(rows["stream"], rows["distance_km"])])


def truck_over_sea(chosen: pd.DataFrame, sites: pd.DataFrame, max_sea_km: float = 3.0, step_km: float = 1.0):
    """A truck exchange whose straight line between the partners runs over more than ``max_sea_km`` of
    sea in a row. Bridges and tunnels (Great Belt, Oresund) are not known to the mask: a crossing there
    is counted too, which a reader of the sample should weigh."""
    table = _site_table(sites)
    rows = chosen[chosen["mode"] == "truck"] if len(chosen) else chosen
    if not len(rows) or "lon" not in table:
        return _empty()
    hits, reasons = [], []
    for i, row in enumerate(rows.itertuples(index=False)):
        if row.supplier not in table.index or row.receiver not in table.index:
            continue
        a, b = table.loc[row.supplier], table.loc[row.receiver]
        sea = longest_sea_km(a["lon"], a["lat"], b["lon"], b["lat"], step_km)
        if sea > max_sea_km:
            hits.append(i)
            reasons.append(f"straight line crosses {sea:.0f} km of sea in a row ({row.straight_km:.0f} km in all)")
    return _found(rows.iloc[hits], reasons)


def value_above_price(chosen: pd.DataFrame, sites: pd.DataFrame | None = None, catalogue: Catalogue | None = None):
    """(avoided purchase + avoided disposal) per unit above the rule's virgin price x substitution ratio
    plus its disposal cost: the exchange is worth more than what it replaces."""
    if not len(chosen):
        return _empty()
    rules = (catalogue or Catalogue.load()).rules.set_index("rule_id")
    known = chosen[chosen["rule_id"].isin(rules.index)]
    r = rules.loc[known["rule_id"]]
    ceiling = (
        r["virgin_price_eur"].astype(float) * r["substitution_ratio"].astype(float)
        + r["disposal_cost_eur"].astype(float)
    ).to_numpy()
    qty = known["quantity"].astype(float).to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        value = (known["avoided_purchase"].astype(float) + known["avoided_disposal"].astype(float)).to_numpy() / qty
    over = (qty > 0) & (value > ceiling * (1 + 1e-9) + 1e-9)
    rows = known[over]
    return _found(
        rows,
        [f"{v:,.2f} EUR/unit > {c:,.2f} ({rid})" for v, c, rid in zip(value[over], ceiling[over], rows["rule_id"])],
    )


# ---------------------------------------------------------------- all rules


def chosen_of(exchanges: pd.DataFrame) -> pd.DataFrame:
    """The chosen rows of a run's exchanges."""
    return exchanges[exchanges["selected"].astype(bool)] if len(exchanges) else exchanges


def audit(
    result_exchanges: pd.DataFrame,
    sites: pd.DataFrame,
    catalogue: Catalogue | None = None,
    last_year_by_country: dict | None = None,
    limits: pd.DataFrame | None = None,
) -> tuple[pd.DataFrame, dict[str, int]]:
    """Run every rule on the chosen exchanges of ``result_exchanges`` (non-chosen rows are ignored).

    Returns
    -------
    (violations, counts)
        ``violations``: one row per exchange and rule broken (``exchange_id``, ``rule``, ``reason``);
        ``counts``: chosen exchanges breaking each rule, every rule of :data:`RULES` present.
    """
    chosen = chosen_of(result_exchanges)
    catalogue = catalogue or Catalogue.load()
    found = {
        "stale_partner": stale_partner(chosen, sites, last_year_by_country),
        "two_way_swap": two_way_swap(chosen, sites),
        "landfill_energy": landfill_energy(chosen, sites),
        "same_plant": same_plant(chosen, sites),
        "over_capacity": over_capacity(chosen, sites, limits),
        "gas_by_truck": gas_by_truck(chosen, sites),
        "truck_over_sea": truck_over_sea(chosen, sites),
        "value_above_price": value_above_price(chosen, sites, catalogue),
    }
    frames = [f.assign(rule=name) for name, f in found.items() if len(f)]
    violations = pd.concat(frames, ignore_index=True)[COLUMNS] if frames else pd.DataFrame(columns=COLUMNS)
    counts = {name: int(found[name]["exchange_id"].nunique()) for name in RULES}
    return violations, counts


def _stream_basis(streams: pd.DataFrame, site, direction: str, keys, unit) -> tuple[str, str]:
    """(figure, basis) of the site's stream in ``keys`` (the first found), or ('', '')."""
    if streams is None or not len(streams):
        return "", ""
    hit = streams[
        (streams["site_id"] == site)
        & (streams["direction"] == direction)
        & streams["stream"].isin(keys)
        & (streams["unit"] == unit)
    ]
    if not len(hit):
        return "", ""
    s = hit.iloc[0]
    return f"{s['quantity']:,.0f} {s['unit']} ({s['origin']})", str(s.get("basis", ""))


def audit_sample(
    chosen: pd.DataFrame,
    sites: pd.DataFrame,
    streams: pd.DataFrame | None,
    n: int = 30,
    seed: int = 20260101,
    catalogue: Catalogue | None = None,
    violations: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """``n`` chosen exchanges drawn at random (fixed ``seed``), each with the evidence a person needs to
    judge it: partners, their NACE, stream and quantity, where supply and demand came from (reported or
    inferred) and the figure behind them, the catalogue rule's sources, the net benefit and the audit
    rules it breaks."""
    chosen = chosen_of(chosen)
    catalogue = catalogue or Catalogue.load()
    if violations is None:
        violations, _ = audit(chosen, sites, catalogue)
    broken = violations.groupby("exchange_id")["rule"].agg(lambda r: "; ".join(dict.fromkeys(r)))
    why = violations.groupby("exchange_id")["reason"].agg(" | ".join)
    pick = np.sort(np.random.default_rng(seed).choice(len(chosen), min(n, len(chosen)), replace=False))
    table = _site_table(sites)
    rules = catalogue.rules.set_index("rule_id")
    records = []
    for row in chosen.iloc[pick].itertuples(index=False):
        rule = rules.loc[row.rule_id] if row.rule_id in rules.index else None
        out_keys = [row.stream, *(rule["aliases"] if rule is not None else ())]
        in_keys = out_keys + ([rule["substitutes"], *rule["substitutes_aliases"]] if rule is not None else [])
        supply_fig, supply_basis = _stream_basis(streams, row.supplier, "output", out_keys, row.unit)
        demand_fig, demand_basis = _stream_basis(streams, row.receiver, "input", in_keys, row.unit)
        records.append(
            {
                "exchange_id": row.exchange_id,
                "supplier": row.supplier_name,
                "supplier_nace": table["nace"].get(row.supplier),
                "receiver": row.receiver_name,
                "receiver_nace": table["nace"].get(row.receiver),
                "rule_id": row.rule_id,
                "stream": row.stream,
                "quantity": row.quantity_selected,
                "unit": row.unit,
                "mode": row.mode,
                "distance_km": row.distance_km,
                "supply_origin": row.supply_origin,
                "supply_figure": supply_fig,
                "supply_basis": supply_basis,
                "demand_origin": row.demand_origin,
                "demand_figure": demand_fig or "receiver's sector (no stated need)",
                "demand_basis": demand_basis,
                **{c: (rule[c] if rule is not None else "") for c in SOURCES},
                "net_benefit_eur": row.net_benefit,
                "co2_avoided_t": row.co2_avoided_t,
                "audit_rules": broken.get(row.exchange_id, ""),
                "audit_reasons": why.get(row.exchange_id, ""),
            }
        )
    return pd.DataFrame(records)


#: the catalogue rule's columns that say where its figures come from
SOURCES = ("source_ratio", "source_price", "source_co2", "source_disposal", "source_distance")
