"""The main job: sites and streams in, priced and chosen exchanges out.

``layers -> frames -> run() -> frames -> layers``: the Processing algorithm, the command line and the
dock panel all call :func:`run` and differ only in how they read and write layers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

import geopandas as gpd
import networkx as nx
import numpy as np
import pandas as pd
import shapely

from ..model.errors import Cancelled, InputError
from ..model.fkko import resolve_fkko
from ..model.i18n import format_number
from ..model.inputs import USER_STREAM_COLUMNS, FieldMapping, validate_sites, validate_streams
from ..model.outputs import EXCHANGE_FIELDS, SITE_FIELDS_OUT
from ..model.parameters import Parameters
from ..transport.geodesy import anchor_points, lonlat
from ..transport.lines import link_lines
from ..transport.plan import Networks, Plan, check_layers
from ..transport.plan import plan as plan_transport
from .baseline import mark_existing
from .catalogue import MODES, Catalogue
from .choice import objective_values, optimise
from .explain import explain, rests_on_evidence, value_by_basis
from .graph import closed_loops, network_summary, partner_metrics, symbiosis_graph
from .matching import find_candidates
from .pricing import evaluate, reprice
from .profiles import infer_streams
from .reasons import tr
from .sense import drop_nonsense, mark_sea_crossings

Progress = Callable[[float, str], None]


@dataclass
class Result:
    """What a run produces."""

    sites: gpd.GeoDataFrame
    exchanges: gpd.GeoDataFrame
    streams: pd.DataFrame
    summary: dict = field(default_factory=dict)
    #: one row per partner of the chosen exchanges (see :func:`network.partner_metrics`)
    partners: pd.DataFrame | None = None
    #: one row per site: how far it is from each network, and a status message
    site_network: pd.DataFrame | None = None
    #: the transport worked out on the networks (None without networks)
    transport: Plan | None = None


def progress_stage(progress: Progress | None, is_cancelled, share: float, text: str):
    if is_cancelled and is_cancelled():
        raise Cancelled("cancelled by the user")
    if progress:
        progress(share, text)


def run(
    sites: gpd.GeoDataFrame,
    streams: pd.DataFrame | None = None,
    catalogue: Catalogue | None = None,
    params: Parameters | None = None,
    site_mapping: FieldMapping | None = None,
    stream_mapping: FieldMapping | None = None,
    sites_layer: str = "sites",
    streams_layer: str = "streams",
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    networks: Networks | None = None,
    existing: pd.DataFrame | None = None,
) -> Result:
    """Find, price and choose the exchanges among ``sites``.

    Parameters
    ----------
    sites
        The user's sites layer (any CRS, points or polygons).
    streams
        The user's streams table, or ``None`` to work from sector profiles alone.
    progress
        Called with (percent, stage name).
    is_cancelled
        Polled between stages and inside long loops; a true answer raises :class:`Cancelled`.
    networks
        Road, rail and waterway networks, ports and terminals; without them distances are
        straight lines times the detour factor, and rail and ship are not priced.
    existing
        Exchanges that exist already (``supplier``, ``receiver``, ``stream``): the baseline, reported
        apart from the new benefit (see :mod:`.baseline`).

    Raises
    ------
    InputError
        The input breaks the data model; every problem names layer, feature and field.
    """
    params = params or Parameters()
    params.check()
    progress_stage(progress, is_cancelled, 0, "Checking input")
    catalogue = (catalogue or Catalogue.load()).capped(dict(zip(MODES, params.max_km)))
    sites, left_out = _active(sites, params)
    clean_sites = validate_sites(sites, site_mapping, sites_layer)
    clean_sites = _with_evidence(clean_sites, sites)
    if streams is not None and len(streams.columns):
        user_streams = validate_streams(streams, clean_sites, stream_mapping, streams_layer)
        user_streams, conflicts = resolve_fkko(user_streams, catalogue.rules, streams_layer)
        if conflicts:
            raise InputError(conflicts)
    else:
        user_streams = pd.DataFrame(columns=USER_STREAM_COLUMNS)
    progress_stage(progress, is_cancelled, 10, "Inferring streams from sectors")
    lon, lat = lonlat(clean_sites)  # the profiles' climate gate and the matching both place the sites by them
    if params.infer_streams:
        all_streams = infer_streams(
            clean_sites, user_streams, catalogue.profiles, params.min_confidence, catalogue.hazardous_streams, lat
        )
    else:
        all_streams = infer_streams(clean_sites.iloc[0:0], user_streams, catalogue.profiles)
    progress_stage(progress, is_cancelled, 20, "Matching suppliers and receivers")
    cand = find_candidates(
        clean_sites.reset_index(drop=True),
        all_streams,
        catalogue,
        lon,
        lat,
        params.detour_factor,
        params.modes,
        progress=lambda p: progress and progress(20 + 0.4 * p, "Matching suppliers and receivers"),
        is_cancelled=is_cancelled,
    )
    cand = mark_sea_crossings(cand, lon, lat, catalogue, networks)
    cand = _with_waste_codes(cand, all_streams)
    plan = None
    if networks is not None and len(cand):
        check_layers(networks)
        plan = plan_transport(
            clean_sites.reset_index(drop=True),
            cand,
            catalogue,
            params,
            networks,
            progress=lambda p, text: progress and progress(60 + 0.1 * p, text),
            is_cancelled=is_cancelled,
        )
    progress_stage(progress, is_cancelled, 70, "Pricing exchanges")
    if len(cand):
        site_nace = dict(zip(clean_sites["site_id"], clean_sites["nace"]))
        cand["supplier_nace"] = cand["supplier"].map(site_nace)
        cand["receiver_nace"] = cand["receiver"].map(site_nace)
    ex = evaluate(cand, catalogue, params, plan=plan) if len(cand) else _empty_exchanges(cand)
    progress_stage(progress, is_cancelled, 75, "Choosing the best set")
    if len(ex):
        ex = drop_nonsense(ex, clean_sites.reset_index(drop=True), lon, lat)
        ex = mark_existing(ex, clean_sites.reset_index(drop=True), lon, lat, existing)
        if params.evidence_only:
            ex = _defaults_out(ex, all_streams)
        ex = _too_small_out(ex, params)
        ex = _choose(ex, all_streams, catalogue, params, plan)
    else:
        ex["selected"], ex["quantity_selected"] = pd.Series(dtype=bool), pd.Series(dtype=float)
    progress_stage(progress, is_cancelled, 85, "Drawing routes")
    result = _assemble(clean_sites, all_streams, ex, plan)
    if len(left_out):
        status = left_out["register_status"].fillna("").astype(str)
        result.summary["sites_left_out"] = {k: int(v) for k, v in status.value_counts().items()}
    progress_stage(progress, is_cancelled, 100, "Done")
    return result


#: the supplier stream's waste codes, carried to its exchanges: EWC, and FKKO with its hazard class
WASTE_CODE_COLUMNS = ("ewc", "fkko", "fkko_class")


def _with_waste_codes(cand: pd.DataFrame, streams: pd.DataFrame) -> pd.DataFrame:
    """Each candidate with the EWC and FKKO code of the stream its supplier gave (none for an inferred one)."""
    cand = cand.copy()
    rows = cand["supply_row"].to_numpy() if "supply_row" in cand else []
    table = streams.reset_index(drop=True)
    for column in WASTE_CODE_COLUMNS:
        values = table[column].to_numpy(dtype=object) if column in table else None
        picked = [values[r] if values is not None and r >= 0 else None for r in rows]
        # pd.NA first: comparing it (v != v) raises in recent pandas
        picked = [None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v for v in picked]
        cand[column] = pd.array(picked, dtype="Int64") if column == "fkko_class" else np.array(picked, dtype=object)
    return cand


def _active(sites: gpd.GeoDataFrame, params: Parameters) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """A register's facilities that can take part (see :mod:`.hygiene`), and those left out with why."""
    if "register_status" not in sites or params.keep_inactive:
        return sites, sites.iloc[0:0]
    keep = sites["register_status"].fillna("active").astype(str) == "active"
    return sites[keep], sites[~keep]


#: site columns that tell what a site is beyond its NACE code (a register's), carried to the profiles
SITE_EVIDENCE_COLUMNS = {
    "eprtr_activity": "activity",
    "sox_t": "sox_t",
    "co2_t": "co2_t",
    "co2_fossil_t": "co2_fossil_t",
}


def _with_evidence(clean: gpd.GeoDataFrame, raw: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    for source, target in SITE_EVIDENCE_COLUMNS.items():
        if source in raw.columns:
            clean[target] = raw.loc[clean.index, source].to_numpy()
    return clean


#: rounds of choosing again after chosen exchanges that no longer pay at their chosen share are dropped
CHOICE_ROUNDS = 3


def _choose(ex: pd.DataFrame, streams: pd.DataFrame, catalogue: Catalogue, params: Parameters, plan) -> pd.DataFrame:
    """The optimum, priced at the chosen quantities; what a dropped exchange leaves goes to the others.

    The linear programme spreads a pipeline's capital over its candidate's full flow, so a share of that
    flow can be chosen that does not pay once priced at the share (:func:`_reprice_chosen` drops it). Its
    supply and the receiver's need are then free: the choice is made again without it, up to
    ``CHOICE_ROUNDS`` times.
    """
    ex = ex.reset_index(drop=True)
    feasible = ex["feasible"].to_numpy(bool).copy()
    for _ in range(CHOICE_ROUNDS):
        best = optimise(ex, streams, params)
        chosen = _reprice_chosen(best, catalogue, params, plan)
        dropped = best["selected"].to_numpy(bool) & ~chosen["selected"].to_numpy(bool)
        if not dropped.any():
            break
        ex = ex.copy()
        ex.loc[dropped, "feasible"] = False
        ex.loc[dropped, "reason"] = chosen.loc[dropped, "reason"]
    # a dropped exchange was feasible, only not worth it at the share it was given: it stays feasible
    chosen["feasible"] = feasible
    return chosen


def _reprice_chosen(ex: pd.DataFrame, catalogue: Catalogue, params: Parameters, plan: Plan | None) -> pd.DataFrame:
    """Figures of chosen exchanges at the chosen quantity; drop any that no longer pay at it."""
    partial = ex.index[ex["selected"] & (ex["quantity_selected"] < ex["quantity"] * (1 - 1e-9))]
    ex = reprice(ex, partial, catalogue, params, plan=plan)
    ex.loc[ex["selected"], "quantity"] = ex.loc[ex["selected"], "quantity_selected"]
    value = objective_values(ex, params)
    lost = ex["selected"].to_numpy() & (value <= 0)
    small = ex["selected"].to_numpy() & ~lost & _too_small(ex, params)
    if small.any():
        ex.loc[small, "reason"] = [
            tr(
                "worth {} EUR/yr for the {} {} left, under the {} EUR/yr an exchange needs to be worth arranging"
            ).format(format_number(v), format_number(q), u, format_number(params.min_exchange_eur))
            for v, q, u in zip(ex.loc[small, "net_benefit"], ex.loc[small, "quantity_selected"], ex.loc[small, "unit"])
        ]
        ex.loc[small, ["selected", "quantity_selected"]] = [False, 0.0]
    if lost.any():
        ex.loc[lost, "reason"] = [
            tr("not worth it for the {} {} left (net {})").format(format_number(q), u, format_number(v))
            for q, u, v in zip(ex.loc[lost, "quantity_selected"], ex.loc[lost, "unit"], value[lost])
        ]
        ex.loc[lost, ["selected", "quantity_selected"]] = [False, 0.0]
    return ex


def _empty_exchanges(cand: pd.DataFrame) -> pd.DataFrame:
    extra = [c for c in dict.fromkeys(EXCHANGE_FIELDS + ["delivered", "substitution_ratio"]) if c not in cand.columns]
    return cand.reindex(columns=list(cand.columns) + extra)


def chosen_flows(exchanges: pd.DataFrame) -> pd.DataFrame:
    """The chosen exchanges with their figures at the chosen quantity.

    Adds ``share`` (chosen / exchangeable quantity), ``net`` (EUR/yr), ``co2`` (t CO2/yr) and ``t``
    (tonnes moved; 0 for energy and water).
    """
    chosen = exchanges[exchanges["selected"].astype(bool)]
    share = (chosen["quantity_selected"] / chosen["quantity"]).fillna(0.0)
    return chosen.assign(
        share=share,
        net=chosen["net_benefit"] * share,
        co2=chosen["co2_avoided_t"] * share,
        t=np.where(chosen["unit"] == "t", chosen["quantity_selected"], 0.0),
    )


class Symbiosis(NamedTuple):
    """What :func:`summarise_exchanges` finds in an exchanges table."""

    #: counts and yearly totals (keys of :attr:`Result.summary` that the exchanges alone decide)
    summary: dict
    graph: nx.DiGraph
    loops: list[list[str]]
    #: one row per partner (:func:`network.partner_metrics`)
    partners: pd.DataFrame


def summarise_exchanges(exchanges: pd.DataFrame) -> Symbiosis:
    """Counts, totals and network figures of a run's exchanges, from the exchanges alone.

    One definition for the run's summary and for a report made from the exchanges layer read back
    from a file.
    """
    every = chosen_flows(exchanges)
    # exchanges that exist already are the baseline: counted apart from the new benefit
    existing = every["existing"].fillna(False).astype(bool) if "existing" in every else pd.Series(False, every.index)
    scaled, baseline = every[~existing], every[existing]
    summary = {
        "candidates": int(len(exchanges)),
        "feasible": int(exchanges["feasible"].astype(bool).sum()) if len(exchanges) else 0,
        "selected": int(len(scaled)),
        "partners": int(len(set(scaled["supplier"]) | set(scaled["receiver"]))),
        "tonnes_diverted": float(scaled["t"].sum()),
        "mwh_exchanged": float(np.where(scaled["unit"] == "MWh", scaled["quantity_selected"], 0).sum()),
        "m3_exchanged": float(np.where(scaled["unit"] == "m3", scaled["quantity_selected"], 0).sum()),
        "net_benefit_eur": float(scaled["net"].sum()),
        "co2_avoided_t": float(scaled["co2"].sum()),
        "transport_cost_eur": float((scaled["transport_cost"] * scaled["share"]).sum()),
        "co2_transport_t": float((scaled["co2_transport_t"] * scaled["share"]).sum()),
        "net_benefit_by_basis_eur": value_by_basis(scaled),
        "baseline_selected": int(len(baseline)),
        "baseline_net_benefit_eur": float(baseline["net"].sum()),
        "baseline_co2_avoided_t": float(baseline["co2"].sum()),
    }
    graph = symbiosis_graph(exchanges)
    loops = closed_loops(graph)
    summary["network"] = network_summary(graph, loops)
    partners = partner_metrics(graph, loops=loops)
    summary["anchors"] = partners.loc[partners["anchor"], "name"].tolist()
    return Symbiosis(summary, graph, loops, partners)


def _too_small(ex: pd.DataFrame, params: Parameters) -> np.ndarray:
    if params.objective == "co2" or params.min_exchange_eur <= 0:
        return np.zeros(len(ex), bool)
    return ex["net_benefit"].astype(float).fillna(0).to_numpy() < params.min_exchange_eur


def _too_small_out(ex: pd.DataFrame, params: Parameters) -> pd.DataFrame:
    """Candidates that could not bring the smallest benefit worth arranging even at their full quantity."""
    small = ex["feasible"].to_numpy(bool) & _too_small(ex, params)
    small &= ex["net_benefit"].astype(float).fillna(0).to_numpy() > 0  # a loss keeps its own reason
    if small.any():
        ex = ex.copy()
        ex.loc[small, "feasible"] = False
        ex.loc[small, "reason"] = [
            tr("worth {} EUR/yr, under the {} EUR/yr an exchange needs to be worth arranging").format(
                format_number(v), format_number(params.min_exchange_eur)
            )
            for v in ex.loc[small, "net_benefit"]
        ]
    return ex


def _defaults_out(ex: pd.DataFrame, streams: pd.DataFrame) -> pd.DataFrame:
    """An evidence-only run: candidates whose quantity rests on a sector default are not chosen, and say so."""
    ex = ex.copy()
    default = ex["feasible"].to_numpy(bool) & ~rests_on_evidence(ex, streams)
    ex.loc[default, "feasible"] = False
    ex.loc[default, "reason"] = tr("rests on a sector default (evidence-only run: reported or derived figures only)")
    return ex


def _assemble(sites: gpd.GeoDataFrame, streams: pd.DataFrame, ex: pd.DataFrame, plan: Plan | None = None) -> Result:
    names = dict(zip(sites["site_id"], sites["name"]))
    points = anchor_points(sites).reset_index(drop=True)
    pos = {sid: i for i, sid in enumerate(sites["site_id"])}
    ex = ex.sort_values(["selected", "net_benefit"], ascending=[False, False], kind="stable").reset_index(drop=True)
    ex["exchange_id"] = np.arange(1, len(ex) + 1)
    ex["supplier_name"] = ex["supplier"].map(names)
    ex["receiver_name"] = ex["receiver"].map(names)
    origin = streams["origin"].to_dict()
    ex["supply_origin"] = ex["supply_row"].map(origin)
    ex["demand_origin"] = [origin.get(r, "sector") if r >= 0 else "sector" for r in ex["demand_row"]]
    ex = explain(ex, streams)
    xy = np.column_stack([points.x.to_numpy(), points.y.to_numpy()])
    ends = np.stack([xy[ex["supplier"].map(pos).to_numpy(int)], xy[ex["receiver"].map(pos).to_numpy(int)]], axis=1)
    lines = shapely.linestrings(ends) if len(ex) else []
    if plan is not None and ex["selected"].any():
        # chosen exchanges are drawn along their route; the others stay straight
        rows = np.flatnonzero(ex["selected"].to_numpy(bool))
        lines[rows] = link_lines(
            plan,
            ex["supplier"].map(pos).to_numpy(int)[rows],
            ex["receiver"].map(pos).to_numpy(int)[rows],
            ex["mode"].to_numpy()[rows],
            lines[rows],
        )
    exchanges = gpd.GeoDataFrame(ex.reindex(columns=EXCHANGE_FIELDS), geometry=lines, crs=sites.crs)

    sym = summarise_exchanges(exchanges)
    scaled = chosen_flows(exchanges)
    out_t = scaled.groupby("supplier")["t"].sum()
    in_t = scaled.groupby("receiver")["t"].sum()
    links = pd.concat([scaled["supplier"], scaled["receiver"]]).value_counts()
    # a link's benefit and CO2 are split evenly between its two partners
    half = pd.concat(
        [
            scaled[["supplier", "net", "co2"]].rename(columns={"supplier": "site"}),
            scaled[["receiver", "net", "co2"]].rename(columns={"receiver": "site"}),
        ]
    )
    half[["net", "co2"]] /= 2
    per_site = half.groupby("site")[["net", "co2"]].sum()
    out_sites = sites.copy()
    out_sites["output_t"] = out_sites["site_id"].map(out_t).fillna(0.0)
    out_sites["input_t"] = out_sites["site_id"].map(in_t).fillna(0.0)
    out_sites["n_links"] = out_sites["site_id"].map(links).fillna(0).astype(int)
    out_sites["net_benefit"] = out_sites["site_id"].map(per_site["net"]).fillna(0.0)
    out_sites["co2_avoided_t"] = out_sites["site_id"].map(per_site["co2"]).fillna(0.0)
    out_sites = out_sites[SITE_FIELDS_OUT + ["geometry"]]

    summary = {
        "sites": int(len(sites)),
        "streams_user": int((streams["origin"] == "user").sum()) if len(streams) else 0,
        "streams_inferred": int((streams["origin"] == "inferred").sum()) if len(streams) else 0,
        **sym.summary,
    }
    site_network = None
    if plan is not None:
        site_network = plan.site_report
        summary["sites_off_network"] = int((site_network["status"] != "ok").sum())
        extra = site_network.drop(columns=["name"]).rename(columns={"status": "network_status"})
        out_sites = out_sites.merge(extra, on="site_id", how="left")
        out_sites = out_sites[[c for c in out_sites.columns if c != "geometry"] + ["geometry"]]
        for name in ("road", "rail", "water"):
            net = getattr(plan.networks, name)
            if net is not None:
                summary[f"{name}_network"] = dict(net.stats)
        summary["modes_chosen"] = scaled["mode_chain"].value_counts().to_dict() if len(scaled) else {}
    return Result(out_sites, exchanges, streams, summary, sym.partners, site_network, plan)
