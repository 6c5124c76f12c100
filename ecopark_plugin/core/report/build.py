"""A report a regional authority can hand to decision makers, worked out from a run's result layers.

:func:`build_report` takes the result layers as frames (a run's frames in memory, or layers read back from
the GeoPackage: ``sites`` and ``exchanges``, optionally the zone and housing layers) and the parameters, and
works out everything the report shows as a :class:`~.content.ReportData`: summary figures, tables, charts.
:func:`.html.render_html` writes it as one self-contained HTML page; the map and the PDF are QGIS's work
(``qgis_io/report.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import numpy as np
import pandas as pd

from ..model.errors import InputError, InputProblem
from ..model.i18n import language_of, translate_marked, translator, using
from ..model.outputs import EXCHANGE_FIELDS
from ..model.parameters import Parameters
from ..symbiosis.catalogue import FAMILIES, Catalogue
from ..symbiosis.engine import chosen_flows, summarise_exchanges
from ..zones.housing import HOUSING_TOTALS_FIELDS, worst_sites
from ..zones.impact import zone_summary
from ..zones.protection import ROMAN
from .content import DEFAULT_TITLE, ReportData

#: the checks of what this module is given, in the run's language
_tr = translator("ReportErrors")

_EXCHANGE_FIELDS_READ = {
    *("exchange_id", "supplier", "supplier_name", "receiver", "receiver_name", "rule_id", "stream", "stream_en"),
    "family",
    *("quantity", "unit", "quantity_selected", "distance_km", "mode_chain", "transport_cost", "co2_transport_t"),
    *("net_benefit", "co2_avoided_t", "feasible", "selected"),
}
#: fields each result layer must have for the report, by layer name (only sites and exchanges are required)
REPORT_FIELDS: dict[str, tuple[str, ...]] = {
    "sites": ("site_id", "name", "net_benefit", "co2_avoided_t"),
    "exchanges": tuple(f for f in EXCHANGE_FIELDS if f in _EXCHANGE_FIELDS_READ),
    "zones": ("site_id", "name", "hazard_class", "width_m"),
    "zones_after": ("site_id", "hazard_class", "width_m"),
    "zone_reduction": ("site_id", "freed_ha", "freed_net_ha"),
    "housing_conflicts": HOUSING_TOTALS_FIELDS,
    "site_risk": ("site_id", "name", "hazard_class", "housing_in_zone", "pop_in_zone", "risk_rank"),
}
#: the report's layers, in the order a reader meets them
REPORT_LAYERS = tuple(REPORT_FIELDS)
CHOSEN_NUMERIC = (
    "quantity_selected",
    "distance_km",
    "transport_cost",
    "co2_transport_t",
    "net_benefit",
    "co2_avoided_t",
)


def check_layers(frames: Mapping[str, pd.DataFrame]) -> None:
    """Raise :class:`InputError` naming each layer and field the report needs but lacks."""
    problems = []
    for name in ("sites", "exchanges"):
        if frames.get(name) is None:
            problems.append(
                InputProblem(name, _tr("the report needs this layer (written by Find symbiosis exchanges)"))
            )
    unknown = set(frames) - set(REPORT_FIELDS)
    for name in sorted(unknown):
        problems.append(InputProblem(name, _tr("not a result layer; known: {}").format(", ".join(REPORT_LAYERS))))
    has_zones = [frames.get(name) is not None for name in ("zones", "zones_after")]
    if any(has_zones) and not all(has_zones):
        problems.append(InputProblem("zones", _tr("give both zone layers, before and after the exchanges, or neither")))
    for name in ("zone_reduction", "housing_conflicts"):
        if frames.get(name) is not None and not all(has_zones):
            problems.append(InputProblem(name, _tr("needs the zone layers before and after the exchanges")))
    for name, required in REPORT_FIELDS.items():
        frame = frames.get(name)
        if frame is None:
            continue
        for column in required:
            if column not in frame.columns:
                problems.append(
                    InputProblem(
                        name,
                        _tr("missing: give the layer as EcoPark wrote it (Find symbiosis exchanges)"),
                        field=column,
                    )
                )
    if problems:
        raise InputError(problems)


def build_report(
    frames: Mapping[str, pd.DataFrame],
    params: Parameters | None = None,
    title: str | None = None,
    catalogue: Catalogue | None = None,
    created: dt.date | None = None,
    language: str | None = None,
    params_recorded: bool = True,
) -> ReportData:
    """Work out a report's content from the result layers.

    Parameters
    ----------
    frames
        Result layers by name (:data:`REPORT_LAYERS`): ``sites`` and ``exchanges`` are required; ``zones``,
        ``zones_after``, ``zone_reduction``, ``housing_conflicts`` and ``site_risk`` add their sections.
    params
        The parameters of the run (listed with their sources).
    catalogue
        The catalogue of the run, for the figures and sources of the chosen exchanges' rules
        (default: the shipped one).
    language
        The language of the report's text and numbers (``ru``, a locale name such as ``ru_RU``; default English).
    params_recorded
        False when the run's parameters are not known (a GeoPackage without its table ``parameters``): the
        report says "parameters not recorded" rather than listing ``params``.

    Raises
    ------
    InputError
        A layer lacks a field the report needs (each problem names the layer and the field).
    """
    check_layers(frames)
    params = params or Parameters()
    catalogue = catalogue if catalogue is not None else Catalogue.load()
    sites = frames["sites"]
    exchanges = _clean_exchanges(frames["exchanges"])
    sym = summarise_exchanges(exchanges)
    summary = {"sites": int(len(sites)), **sym.summary}

    every = chosen_flows(exchanges)
    # exchanges that exist already are the baseline: listed apart, kept out of the tables and charts of new ones
    existing = every["existing"].fillna(False).astype(bool) if "existing" in every else pd.Series(False, every.index)
    chosen, baseline = every[~existing], every[existing].reset_index(drop=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        chosen = chosen.assign(cost_per_t=np.where(chosen["co2"] > 0, -chosen["net"] / chosen["co2"], np.nan))
    chosen = chosen.sort_values(["net", "exchange_id"], ascending=[False, True], kind="stable").reset_index(drop=True)
    # the catalogue's Russian name of each stream, for a report in Russian (the baseline's too)
    if "stream_ru" in catalogue.rules.columns:
        russian = dict(zip(catalogue.rules["rule_id"].astype(str), catalogue.rules["stream_ru"]))
        chosen = chosen.assign(stream_ru=chosen["rule_id"].astype(str).map(russian).fillna(""))
        baseline = baseline.assign(stream_ru=baseline["rule_id"].astype(str).map(russian).fillna(""))

    families = chosen.groupby("family").agg(net=("net", "sum"), co2=("co2", "sum"))
    order = [f for f in FAMILIES if f in families.index] + sorted(f for f in families.index if f not in FAMILIES)
    families = families.reindex(order)

    positive = chosen[chosen["co2"] > 0].sort_values(["cost_per_t", "exchange_id"], kind="stable")
    macc = positive.assign(x0=positive["co2"].cumsum() - positive["co2"]).reset_index(drop=True)
    macc_excluded = chosen[~(chosen["co2"] > 0)].reset_index(drop=True)

    flows = {}
    for unit in ("t", "MWh", "m3"):
        part = chosen[chosen["unit"] == unit]
        if len(part):
            flows[unit] = (
                part.groupby(["supplier", "supplier_name", "receiver", "receiver_name", "family"], sort=False)[
                    "quantity_selected"
                ]
                .sum()
                .rename("quantity")
                .reset_index()
            )

    names = dict(zip(sites["site_id"], sites["name"]))
    loops = [[str(names.get(n, sym.graph.nodes[n].get("name", n))) for n in loop] for loop in sym.loops]
    partners = _partners(sym.partners, chosen, sites)

    used = list(dict.fromkeys(chosen["rule_id"].astype(str)))
    rules = catalogue.rules[catalogue.rules["rule_id"].isin(used)]
    rules = rules.set_index("rule_id").reindex([u for u in used if u in set(rules["rule_id"])]).reset_index()
    missing = [u for u in used if u not in set(catalogue.rules["rule_id"])]

    zones = risk = None
    zone_figures = zone_summary(frames)
    if zone_figures is not None:
        if frames.get("site_risk") is not None:
            zone_figures["worst_sites"] = worst_sites(frames["site_risk"])
        summary["zones"] = zone_figures
        zones = _zone_rows(frames["zones"], frames["zones_after"], frames.get("zone_reduction"))
    if frames.get("site_risk") is not None:
        risk = pd.DataFrame(frames["site_risk"]).drop(columns="geometry", errors="ignore")
        risk = risk.sort_values("risk_rank", kind="stable").head(10).reset_index(drop=True)

    if title is None:
        with using(language):
            title = translate_marked("Report", DEFAULT_TITLE)
    return ReportData(
        title=str(title),
        created=(created or dt.date.today()).isoformat(),
        params=params if params_recorded else None,
        summary=summary,
        chosen=chosen,
        baseline=baseline,
        partners=partners,
        loops=loops,
        families=families,
        macc=macc,
        macc_excluded=macc_excluded,
        flows=flows,
        rules=rules,
        missing_rules=missing,
        zones=zones,
        risk=risk,
        language=language_of(language),
    )


def _clean_exchanges(frame: pd.DataFrame) -> pd.DataFrame:
    """Types as the engine writes them: a layer read back may hold NULLs or 0/1 for booleans."""
    ex = pd.DataFrame(frame).drop(columns="geometry", errors="ignore").copy()
    for column in ("feasible", "selected"):
        ex[column] = ex[column].map(lambda v: bool(v) if v is not None and v == v else False).astype(bool)
    for column in ("quantity", *CHOSEN_NUMERIC):
        ex[column] = pd.to_numeric(ex[column], errors="coerce").fillna(0.0).astype(float)
    for column in (
        "supplier",
        "receiver",
        "supplier_name",
        "receiver_name",
        "stream_en",
        "family",
        "unit",
        "mode_chain",
    ):
        ex[column] = ex[column].fillna("").astype(str)
    return ex


def _partners(metrics: pd.DataFrame, chosen: pd.DataFrame, sites: pd.DataFrame) -> pd.DataFrame:
    """Network metrics of each partner with what it gives and receives in each unit, and its share of the
    benefit and CO2 from the sites layer."""
    out = metrics.copy()
    for unit in ("t", "MWh", "m3"):
        part = chosen[chosen["unit"] == unit]
        out[f"out_{unit}"] = out["site_id"].map(part.groupby("supplier")["quantity_selected"].sum()).fillna(0.0)
        out[f"in_{unit}"] = out["site_id"].map(part.groupby("receiver")["quantity_selected"].sum()).fillna(0.0)
    by_site = pd.DataFrame(sites).set_index("site_id")
    out["name"] = out["site_id"].map(by_site["name"]).fillna(out["name"]).astype(str)
    out["net_benefit"] = out["site_id"].map(pd.to_numeric(by_site["net_benefit"], errors="coerce")).fillna(0.0)
    out["co2_avoided_t"] = out["site_id"].map(pd.to_numeric(by_site["co2_avoided_t"], errors="coerce")).fillna(0.0)
    return out


def _labels(zones: pd.DataFrame) -> pd.Series:
    """Each zone's class as its regime names it (``class_label``), else the Roman numeral of its rank."""
    roman = zones["hazard_class"].map(lambda c: ROMAN.get(int(c), str(c)))
    if "class_label" not in zones.columns:
        return roman
    label = zones["class_label"].astype("string")
    return label.where(label.notna() & (label != ""), roman).astype(str)


def _zone_rows(before: pd.DataFrame, after: pd.DataFrame, freed: pd.DataFrame | None) -> pd.DataFrame:
    """One row per site: class and width before and after, land freed and, with housing, homes and people."""
    a = pd.DataFrame(after).drop(columns="geometry", errors="ignore").set_index("site_id")
    b = pd.DataFrame(before).drop(columns="geometry", errors="ignore")
    out = pd.DataFrame(
        {
            "site_id": b["site_id"],
            "name": b["name"].astype(str),
            "class_before": _labels(b),
            "class_after": b["site_id"].map(_labels(a.reset_index()).set_axis(a.index)),
            "width_before": pd.to_numeric(b["width_m"], errors="coerce"),
            "width_after": pd.to_numeric(b["site_id"].map(a["width_m"]), errors="coerce"),
        }
    )
    if freed is not None and len(freed):
        f = pd.DataFrame(freed).set_index("site_id")
        out["freed_ha"] = out["site_id"].map(f["freed_ha"]).fillna(0.0)
        out["freed_net_ha"] = out["site_id"].map(f["freed_net_ha"]).fillna(0.0)
    else:
        out["freed_ha"] = out["freed_net_ha"] = 0.0
    if "housing_in_zone" in b.columns and "housing_in_zone" in a.columns:
        out["homes_before"] = pd.to_numeric(b["housing_in_zone"], errors="coerce").fillna(0)
        out["homes_after"] = pd.to_numeric(out["site_id"].map(a["housing_in_zone"]), errors="coerce").fillna(0)
        out["pop_before"] = pd.to_numeric(b["pop_in_zone"], errors="coerce").fillna(0.0)
        out["pop_after"] = pd.to_numeric(out["site_id"].map(a["pop_in_zone"]), errors="coerce").fillna(0.0)
        out = out.sort_values(["pop_before", "freed_ha"], ascending=False, kind="stable")
    else:
        out = out.sort_values(["freed_ha", "width_before"], ascending=False, kind="stable")
    return out.reset_index(drop=True)


def report_frames(layers: Mapping[str, pd.DataFrame | None]) -> dict[str, pd.DataFrame]:
    """The layers the report reads out of all of a run's layers (``JobResult.layers``, in memory).

    Layers the report does not show (the road network) and layers not given are left out, so the frames
    pass :func:`check_layers`.
    """
    return {name: frame for name, frame in layers.items() if name in REPORT_FIELDS and frame is not None}
