"""A report a regional authority can hand to decision makers, made from a run's result layers.

:func:`build_report` takes the result layers as frames (as written to, or read back from, the GeoPackage:
``sites`` and ``exchanges``, optionally the zone and housing layers) and the parameters, and works out
everything the report shows: summary figures, tables, charts. :func:`render_html` writes it as one
self-contained HTML file (inline CSS, the map as a data URI, charts as inline SVG, no script). The map
and the PDF are QGIS's work (``qgis_io/report.py``); both outputs show the same :class:`Table` and
:class:`Chart` objects.

Every value taken from user data is escaped in :func:`render_html` (tables escape every cell; charts
escape their labels), so a site called ``<script>alert(1)</script>`` shows as that text.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..model.errors import InputError, InputProblem
from ..model.outputs import EXCHANGE_FIELDS
from ..model.parameters import SOURCES, Parameters
from ..symbiosis.catalogue import FAMILIES, FAMILY_COLOURS, Catalogue
from ..symbiosis.engine import chosen_flows, summarise_exchanges
from ..zones.housing import HOUSING_TOTALS_FIELDS, worst_sites
from ..zones.impact import zone_summary
from ..zones.protection import ROMAN
from .charts import Bar, Flow, Step, Svg, abatement_curve, escape, family_bars, number, sankey

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
UNIT_NAMES = {"t": "Materials", "MWh": "Energy", "m3": "Water"}
CHOSEN_NUMERIC = (
    "quantity_selected",
    "distance_km",
    "transport_cost",
    "co2_transport_t",
    "net_benefit",
    "co2_avoided_t",
)


@dataclass
class Table:
    """A table of the report in plain text cells; the HTML and PDF writers escape or draw them as text."""

    key: str
    title: str
    headers: list[str]
    rows: list[list[str]]
    #: columns aligned right (numbers)
    numeric: tuple[int, ...] = ()
    note: str = ""
    #: relative column widths for the PDF (empty: even)
    widths: tuple[float, ...] = ()


@dataclass
class Chart:
    key: str
    title: str
    svg: Svg
    caption: str = ""


@dataclass
class ReportData:
    """Everything a report shows, worked out from the result layers (see :func:`build_report`)."""

    title: str
    created: str
    params: Parameters
    #: the run's summary figures (the keys of ``Result.summary`` the layers decide), plus ``zones``
    summary: dict
    #: chosen exchanges at their chosen quantity (``net``, ``co2``, ``cost_per_t``), best first
    chosen: pd.DataFrame
    #: one row per partner: network metrics, flows by unit, benefit and CO2
    partners: pd.DataFrame
    #: closed loops as lists of partner names
    loops: list[list[str]]
    #: per stream family: ``net``, ``co2``, ``exchanges``
    families: pd.DataFrame
    #: chosen exchanges with net CO2 avoided > 0, sorted by cost per tonne, with ``x0`` (cumulative t before)
    macc: pd.DataFrame
    #: chosen exchanges left out of the curve (no net CO2 avoided)
    macc_excluded: pd.DataFrame
    #: Sankey flows by unit: supplier, receiver, family, quantity
    flows: dict[str, pd.DataFrame]
    #: catalogue rules of the chosen exchanges, with their sources
    rules: pd.DataFrame
    #: rule ids of chosen exchanges that the catalogue given does not hold
    missing_rules: list[str] = field(default_factory=list)
    #: one row per site: zone before and after (None without the zone layers)
    zones: pd.DataFrame | None = None
    #: sites by people inside their zone (None without housing)
    risk: pd.DataFrame | None = None

    # ---------------------------------------------------------------- content shared by HTML and PDF
    def key_figures(self) -> list[tuple[str, str]]:
        """The four headline figures."""
        s = self.summary
        return [
            ("Net benefit", f"{number(s['net_benefit_eur'])} EUR/yr"),
            ("Net CO2 avoided", f"{number(s['co2_avoided_t'])} t/yr"),
            ("Exchanges chosen", f"{s['selected']} of {s['candidates']} candidates"),
            ("Partners", f"{s['partners']} of {s['sites']} sites"),
        ]

    def figures(self) -> Table:
        """Every summary figure as (figure, value) rows."""
        s, net = self.summary, self.summary["network"]
        rows = [
            ["Sites", f"{s['sites']}"],
            ["Candidate exchanges (feasible)", f"{s['candidates']} ({s['feasible']})"],
            ["Exchanges chosen", f"{s['selected']}"],
            ["Partners in chosen exchanges", f"{s['partners']}"],
            ["Materials diverted", f"{number(s['tonnes_diverted'])} t/yr"],
            ["Energy exchanged", f"{number(s['mwh_exchanged'])} MWh/yr"],
            ["Water exchanged", f"{number(s['m3_exchanged'])} m3/yr"],
            ["Net benefit", f"{number(s['net_benefit_eur'])} EUR/yr"],
            ["Net CO2 avoided", f"{number(s['co2_avoided_t'])} t/yr"],
            ["Transport cost (counted in the net benefit)", f"{number(s['transport_cost_eur'])} EUR/yr"],
            ["Transport CO2 (counted in the net CO2)", f"{number(s['co2_transport_t'])} t/yr"],
            ["Objective of the optimisation", self.params.objective],
            ["Network links", f"{net['links']}"],
            ["Clusters", f"{net['clusters']}"],
            ["Closed loops", f"{net['closed_loops']}"],
            ["Network density", f"{net['density']:.2f}"],
            ["Anchor tenants", ", ".join(s["anchors"]) or "none"],
        ]
        zones = s.get("zones")
        if zones:
            rows += [
                ["Sanitary zones before", f"{number(zones['zone_area_before_ha'])} ha"],
                ["Sanitary zones after", f"{number(zones['zone_area_after_ha'])} ha"],
                ["Zone land freed", f"{number(zones['freed_ha'])} ha"],
                ["Sites in a lower hazard class", f"{zones['sites_reduced']}"],
            ]
            homes = zones.get("housing")
            if homes:
                rows += [
                    [
                        f"Housing inside zones ({homes['kind']}), before -> after",
                        f"{number(homes['housing_before'])} -> {number(homes['housing_after'])}",
                    ],
                    [
                        "People inside zones, before -> after",
                        f"{number(homes['pop_before'])} -> {number(homes['pop_after'])}",
                    ],
                    ["Most exposed sites", ", ".join(zones.get("worst_sites", [])) or "none"],
                ]
        return Table("figures", "Summary figures", ["Figure", "Value"], rows, widths=(3, 2))

    def tables(self) -> list[Table]:
        """The report's tables, in order."""
        out = [self._exchanges_table(), self._partners_table()]
        if self.loops:
            out.append(
                Table(
                    "loops",
                    "Closed loops",
                    ["Loop", "Partners, each giving to the next and the last back to the first"],
                    [[str(i + 1), " -> ".join([*loop, loop[0]])] for i, loop in enumerate(self.loops)],
                    numeric=(0,),
                    widths=(1, 12),
                )
            )
        if self.zones is not None:
            out.append(self._zones_table())
        if self.risk is not None:
            out.append(self._risk_table())
        out += [self._parameters_table(), self._rules_table()]
        return out

    def charts(self, family_columns: int = 2) -> list[Chart]:
        """Bars by family (benefit and CO2 panels in ``family_columns`` columns), the abatement-cost curve and
        one Sankey diagram per unit."""
        if self.chosen.empty:
            return []
        legend = [(f.capitalize(), FAMILY_COLOURS.get(f, "#999999")) for f in self.families.index]
        out = [
            Chart(
                "families",
                "Net benefit and CO2 avoided by stream family",
                family_bars(
                    [
                        (
                            "Net benefit (EUR/yr)",
                            [
                                Bar(f.capitalize(), r.net, FAMILY_COLOURS.get(f, "#999999"))
                                for f, r in self.families.iterrows()
                            ],
                        ),
                        (
                            "Net CO2 avoided (t/yr)",
                            [
                                Bar(f.capitalize(), r.co2, FAMILY_COLOURS.get(f, "#999999"))
                                for f, r in self.families.iterrows()
                            ],
                        ),
                    ],
                    width=900 if family_columns > 1 else 560,
                    columns=family_columns,
                ),
                "Chosen exchanges at their chosen quantity, summed by the family of the stream exchanged.",
            )
        ]
        if len(self.macc):
            steps = [
                Step(str(r.exchange_id), r.co2, r.cost_per_t, FAMILY_COLOURS.get(r.family, "#999999"))
                for r in self.macc.itertuples()
            ]
            caption = (
                "Each bar is a chosen exchange (numbered as in the table of chosen exchanges): its width is the net "
                "CO2 it avoids, its height the cost of avoiding a tonne (minus the net benefit over the CO2 avoided; "
                "below zero the exchange saves money). Sorted from the cheapest tonne."
            )
            if len(self.macc_excluded):
                caption += f" {len(self.macc_excluded)} chosen exchange(s) avoid no net CO2 and are listed beside it."
            out.append(Chart("macc", "Abatement-cost curve", abatement_curve(steps, legend), caption))
        for unit, frame in self.flows.items():
            flows = [
                Flow(
                    r.supplier,
                    r.supplier_name,
                    r.receiver,
                    r.receiver_name,
                    r.quantity,
                    FAMILY_COLOURS.get(r.family, "#999999"),
                )
                for r in frame.itertuples()
            ]
            out.append(
                Chart(
                    f"sankey_{unit}",
                    f"{UNIT_NAMES.get(unit, unit)} flows between partners ({unit}/yr)",
                    sankey(
                        flows,
                        unit,
                        [(f.capitalize(), c) for f, c in FAMILY_COLOURS.items() if f in set(frame["family"])],
                    ),
                    f"Who gives (left) to whom (right), in {unit}/yr, coloured by stream family. Quantities in "
                    "tonnes, MWh and m3 cannot be added up, so each unit has its own diagram.",
                )
            )
        return out

    def macc_excluded_table(self) -> Table:
        rows = [
            [
                *_who(r),
                number(r.net),
                number(r.co2),
                "transport emits more than the exchange saves" if r.co2 < 0 else "no CO2 avoided",
            ]
            for r in self.macc_excluded.itertuples()
        ]
        return Table(
            "macc_excluded",
            "Chosen exchanges not on the abatement-cost curve",
            ["#", "Supplier", "Receiver", "Stream", "Net benefit EUR/yr", "Net CO2 t/yr", "Why"],
            rows,
            numeric=(0, 4, 5),
            widths=(1, 4, 4, 4, 2.5, 2, 4),
        )

    # ---------------------------------------------------------------- tables
    def _exchanges_table(self) -> Table:
        rows = [
            [
                *_who(r),
                str(r.family),
                number(r.quantity_selected),
                str(r.unit),
                str(r.mode_chain),
                number(r.distance_km, 1),
                number(r.transport_cost),
                number(r.net),
                number(r.co2),
                number(r.cost_per_t) if np.isfinite(r.cost_per_t) else "-",
            ]
            for r in self.chosen.itertuples()
        ]
        s = self.summary
        if rows:
            rows.append(
                [
                    "",
                    "Total",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    number(s["transport_cost_eur"]),
                    number(s["net_benefit_eur"]),
                    number(s["co2_avoided_t"]),
                    "",
                ]
            )
        return Table(
            "exchanges",
            "Chosen exchanges",
            [
                "#",
                "Supplier",
                "Receiver",
                "Stream",
                "Family",
                "Quantity",
                "Unit",
                "Mode",
                "km",
                "Transport EUR/yr",
                "Net benefit EUR/yr",
                "Net CO2 avoided t/yr",
                "EUR per t CO2",
            ],
            rows,
            numeric=(0, 5, 8, 9, 10, 11, 12),
            note="Quantities per year. Net benefit: avoided disposal + avoided purchase - transport. "
            "Net CO2: virgin production avoided - transport. EUR per t CO2: minus the net benefit over the net CO2 "
            "avoided (below zero the exchange saves money).",
            widths=(1, 5, 5, 5, 2.6, 2.8, 1.4, 3.4, 1.6, 2.8, 3, 2.8, 2.2),
        )

    def _partners_table(self) -> Table:
        units = [u for u in ("t", "MWh", "m3") if u in set(self.chosen["unit"])]
        headers = ["Partner", "Links"]
        for unit in units:
            headers += [f"Gives {unit}/yr", f"Receives {unit}/yr"]
        headers += ["Net benefit EUR/yr", "Net CO2 t/yr", "Anchor", "In a loop", "Cluster", "Benefit lost if it closes"]
        rows = []
        for r in self.partners.itertuples():
            row = [str(r.name), str(r.degree)]
            for unit in units:
                row += [number(getattr(r, f"out_{unit}")), number(getattr(r, f"in_{unit}"))]
            row += [
                number(r.net_benefit),
                number(r.co2_avoided_t),
                "yes" if r.anchor else "",
                "yes" if r.in_loop else "",
                str(r.cluster),
                number(r.benefit_lost_if_closed),
            ]
            rows.append(row)
        numeric = tuple(i for i, h in enumerate(headers) if h not in ("Partner", "Anchor", "In a loop"))
        return Table(
            "partners",
            "Balance per partner",
            headers,
            rows,
            numeric=numeric,
            note="A link's benefit and CO2 are split evenly between its two partners. Anchor tenants: the partners "
            "with the most links. 'Benefit lost if it closes': the net benefit of every link the partner takes part in.",
            widths=(5, 1.2, *([2.4] * (2 * len(units))), 2.8, 2.4, 1.6, 1.6, 1.6, 2.8),
        )

    def _zones_table(self) -> Table:
        z = self.zones
        housing = "homes_before" in z.columns
        headers = ["Site", "Class before", "Class after", "Width before m", "Width after m", "Freed ha", "Freed net ha"]
        if housing:
            headers += ["Homes before", "Homes after", "People before", "People after"]
        rows = []
        for r in z.itertuples():
            row = [
                str(r.name),
                str(r.class_before),
                str(r.class_after),
                number(r.width_before),
                number(r.width_after),
                number(r.freed_ha, 1),
                number(r.freed_net_ha, 1),
            ]
            if housing:
                row += [number(r.homes_before), number(r.homes_after), number(r.pop_before), number(r.pop_after)]
            rows.append(row)
        return Table(
            "zones",
            "Sanitary protection zones and housing, before and after",
            headers,
            rows,
            numeric=tuple(range(1, len(headers))),
            note="Hazard classes I-V and zone widths: SanPiN 2.2.1/2.1.1.1200-03 (see the assumptions). 'Freed net': "
            "the land freed that no other site's zone still covers. Homes and people per zone; the summary counts "
            "each home once.",
            widths=(5, *([1.6] * (len(headers) - 1))),
        )

    def _risk_table(self) -> Table:
        r = self.risk
        bands = [c for c in r.columns if c.startswith("pop_") and c.endswith("m") and c != "pop_in_zone"]
        headers = ["Rank", "Site", "Class", "Homes in zone", "People in zone"] + [
            c.removeprefix("pop_").removesuffix("m").replace("_", "-") + " m" for c in bands
        ]
        rows = [
            [
                str(row["risk_rank"]),
                str(row["name"]),
                ROMAN.get(int(row["hazard_class"]), str(row["hazard_class"])),
                number(row["housing_in_zone"]),
                number(row["pop_in_zone"]),
                *(number(row[c]) for c in bands),
            ]
            for _, row in r.iterrows()
        ]
        return Table(
            "risk",
            "Sites by people inside their zone",
            headers,
            rows,
            numeric=tuple(i for i in range(len(headers)) if i not in (1, 2)),
            note="People in distance bands from each site's outline; the most exposed sites first (ten at most).",
            widths=(1.2, 5, 1.2, *([1.8] * (len(headers) - 3))),
        )

    def _parameters_table(self) -> Table:
        values = self.params.to_dict()
        rows = [[name, _value(values[name]), SOURCES.get(name, "no source recorded")] for name in values]
        return Table(
            "parameters",
            "Assumptions: parameters and their sources",
            ["Parameter", "Value", "Source"],
            rows,
            note="Currency EUR, distances km, quantities per year. Figures marked 'assumption' have no published "
            "source at hand; set your own in a parameters file.",
            widths=(3, 2, 9),
        )

    def _rules_table(self) -> Table:
        rows = []
        for r in self.rules.itertuples():
            unit = r.unit
            figures = (
                f"ratio {r.substitution_ratio:g}\n"
                f"virgin price {r.virgin_price_eur:g} EUR/{unit}\n"
                f"virgin CO2 {r.virgin_co2_t:g} t/{unit}\n"
                f"disposal {r.disposal_cost_eur:g} EUR/{unit}"
            )
            if np.isfinite(r.pipeline_loss):
                figures += f"\npipe loss {r.pipeline_loss:g}"
            sources = (
                f"ratio: {r.source_ratio}\nprice: {r.source_price}\nCO2: {r.source_co2}\ndisposal: {r.source_disposal}"
            )
            rows.append([str(r.rule_id), f"{r.stream_en} -> {r.use_en}", figures, sources])
        note = "The catalogue's figures behind the chosen exchanges (resources/catalogue/exchange_rules.csv)."
        if self.missing_rules:
            note += f" Not in the catalogue given to the report: {', '.join(self.missing_rules)}."
        return Table(
            "rules",
            "Assumptions: catalogue figures of the chosen exchanges and their sources",
            ["Rule", "Stream -> use", "Figures per unit", "Sources"],
            rows,
            note=note,
            widths=(1.2, 4, 3.4, 9),
        )


def _who(exchange) -> list[str]:
    """The first cells of an exchange's row: its number, supplier, receiver and stream."""
    return [
        str(exchange.exchange_id),
        str(exchange.supplier_name),
        str(exchange.receiver_name),
        str(exchange.stream_en),
    ]


def _value(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, float):
        return f"{value:,.6g}" if abs(value) >= 1000 else f"{value:g}"
    return str(value)


def check_layers(frames: Mapping[str, pd.DataFrame]) -> None:
    """Raise :class:`InputError` naming each layer and field the report needs but lacks."""
    problems = []
    for name in ("sites", "exchanges"):
        if frames.get(name) is None:
            problems.append(InputProblem(name, "the report needs this layer (written by Find symbiosis exchanges)"))
    unknown = set(frames) - set(REPORT_FIELDS)
    for name in sorted(unknown):
        problems.append(InputProblem(name, f"not a result layer; known: {', '.join(REPORT_LAYERS)}"))
    has_zones = [frames.get(name) is not None for name in ("zones", "zones_after")]
    if any(has_zones) and not all(has_zones):
        problems.append(InputProblem("zones", "give both zone layers, before and after the exchanges, or neither"))
    for name in ("zone_reduction", "housing_conflicts"):
        if frames.get(name) is not None and not all(has_zones):
            problems.append(InputProblem(name, "needs the zone layers before and after the exchanges"))
    for name, required in REPORT_FIELDS.items():
        frame = frames.get(name)
        if frame is None:
            continue
        for column in required:
            if column not in frame.columns:
                problems.append(
                    InputProblem(
                        name, "missing: give the layer as EcoPark wrote it (Find symbiosis exchanges)", field=column
                    )
                )
    if problems:
        raise InputError(problems)


def build_report(
    frames: Mapping[str, pd.DataFrame],
    params: Parameters | None = None,
    title: str = "EcoPark: proposed industrial symbiosis",
    catalogue: Catalogue | None = None,
    created: dt.date | None = None,
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

    chosen = chosen_flows(exchanges)
    with np.errstate(divide="ignore", invalid="ignore"):
        chosen = chosen.assign(cost_per_t=np.where(chosen["co2"] > 0, -chosen["net"] / chosen["co2"], np.nan))
    chosen = chosen.sort_values(["net", "exchange_id"], ascending=[False, True], kind="stable").reset_index(drop=True)

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

    return ReportData(
        title=str(title),
        created=(created or dt.date.today()).isoformat(),
        params=params,
        summary=summary,
        chosen=chosen,
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


def _zone_rows(before: pd.DataFrame, after: pd.DataFrame, freed: pd.DataFrame | None) -> pd.DataFrame:
    """One row per site: class and width before and after, land freed and, with housing, homes and people."""
    a = pd.DataFrame(after).drop(columns="geometry", errors="ignore").set_index("site_id")
    b = pd.DataFrame(before).drop(columns="geometry", errors="ignore")
    out = pd.DataFrame(
        {
            "site_id": b["site_id"],
            "name": b["name"].astype(str),
            "class_before": b["hazard_class"].map(lambda c: ROMAN.get(int(c), str(c))),
            "class_after": b["site_id"].map(a["hazard_class"]).map(lambda c: ROMAN.get(int(c), str(c))),
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


# -------------------------------------------------------------------- HTML
CSS = """
body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;color:#222;margin:0;background:#f4f6f8}
main{max-width:1180px;margin:0 auto;background:#fff;padding:28px 40px 40px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:34px 0 8px;border-bottom:2px solid #dfe3e8;padding-bottom:4px}
h3{font-size:15px;margin:20px 0 6px}.meta{color:#666;font-size:13px;margin:0 0 18px}
nav{font-size:13px;margin:0 0 12px}nav a{margin-right:14px;color:#2b5d8a}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
.card{flex:1 1 220px;border:1px solid #dfe3e8;border-radius:6px;padding:10px 14px;background:#fafbfc}
.card .label{font-size:12px;color:#555}.card .value{font-size:20px;font-weight:bold;margin-top:2px}
table{border-collapse:collapse;width:100%;font-size:12px;margin:6px 0}
th,td{border-bottom:1px solid #e3e6ea;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:bold}th.num{text-align:right}td.num{text-align:right;white-space:nowrap}
table.figures{width:auto;min-width:60%}
tr.total td{font-weight:bold;border-top:2px solid #999}
.note{font-size:12px;color:#555;margin:4px 0 10px}
figure{margin:10px 0}figure svg,figure img{max-width:100%;height:auto;border:1px solid #e3e6ea}
figcaption{font-size:12px;color:#555;margin-top:4px}
.pre{white-space:pre-line}
@media print{body{background:#fff}main{padding:0}h2{page-break-after:avoid}figure,tr{page-break-inside:avoid}}
"""


def html_table(table: Table, total_row: bool = False) -> str:
    """A :class:`Table` as HTML; every cell and header is escaped."""
    if not table.rows:
        return f'<p class="note">None.{(" " + escape(table.note)) if table.note else ""}</p>'
    cols = ""
    if table.widths:
        total = sum(table.widths)
        cols = (
            "<colgroup>" + "".join(f'<col style="width:{100 * w / total:.1f}%">' for w in table.widths) + "</colgroup>"
        )
    head = "".join(
        f'<th class="num">{escape(h)}</th>' if i in table.numeric else f"<th>{escape(h)}</th>"
        for i, h in enumerate(table.headers)
    )
    body = []
    for n, row in enumerate(table.rows):
        cells = "".join(
            f'<td class="num">{escape(c)}</td>' if i in table.numeric else f'<td class="pre">{escape(c)}</td>'
            for i, c in enumerate(row)
        )
        last = total_row and n == len(table.rows) - 1
        body.append(f'<tr class="total">{cells}</tr>' if last else f"<tr>{cells}</tr>")
    note = f'<p class="note">{escape(table.note)}</p>' if table.note else ""
    return (
        f'<table id="table-{escape(table.key)}" class="{escape(table.key)}">{cols}<thead><tr>{head}</tr></thead>'
        f'<tbody>{"".join(body)}</tbody></table>{note}'
    )


def render_html(data: ReportData, map_png: bytes | None = None, credits: str = "") -> str:
    """The report as one self-contained HTML page (no script, no external resource)."""
    sections = [("summary", "Summary")]
    if map_png:
        sections.append(("map", "Map"))
    sections += [("charts", "Charts"), ("exchanges", "Exchanges"), ("partners", "Partners")]
    if data.zones is not None:
        sections.append(("zones", "Zones and housing"))
    sections.append(("assumptions", "Assumptions"))
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="EcoPark">',
        f"<title>{escape(data.title)}</title><style>{CSS}</style></head><body><main>",
        f"<h1>{escape(data.title)}</h1>",
        f'<p class="meta">EcoPark symbiosis report, {escape(data.created)}. Figures are yearly estimates from the '
        "catalogue and parameters listed under Assumptions.</p>",
        "<nav>" + "".join(f'<a href="#{k}">{escape(t)}</a>' for k, t in sections) + "</nav>",
        '<h2 id="summary">Summary</h2><div class="cards">',
    ]
    for label, value in data.key_figures():
        out.append(
            f'<div class="card"><div class="label">{escape(label)}</div><div class="value">{escape(value)}</div></div>'
        )
    out.append("</div>")
    out.append(html_table(data.figures()))
    if map_png:
        uri = "data:image/png;base64," + base64.b64encode(map_png).decode("ascii")
        out.append(
            f'<h2 id="map">Map</h2><figure><img id="map-image" src="{uri}" alt="Map of the sites, the chosen exchanges '
            'and the zones">' + (f"<figcaption>{escape(credits)}</figcaption>" if credits else "") + "</figure>"
        )
    out.append('<h2 id="charts">Charts</h2>')
    charts = data.charts()
    if not charts:
        out.append('<p class="note">No exchange was chosen: nothing to chart.</p>')
    for chart in charts:
        out.append(
            f'<h3>{escape(chart.title)}</h3><figure id="chart-{escape(chart.key)}">{chart.svg.text}'
            f"<figcaption>{escape(chart.caption)}</figcaption></figure>"
        )
        if chart.key == "macc" and len(data.macc_excluded):
            excluded = data.macc_excluded_table()
            out.append(f"<h3>{escape(excluded.title)}</h3>{html_table(excluded)}")
    tables = {t.key: t for t in data.tables()}
    out.append(f'<h2 id="exchanges">{escape(tables["exchanges"].title)}</h2>')
    out.append(html_table(tables["exchanges"], total_row=True))
    out.append(f'<h2 id="partners">{escape(tables["partners"].title)}</h2>{html_table(tables["partners"])}')
    if "loops" in tables:
        out.append(f'<h3>{escape(tables["loops"].title)}</h3>{html_table(tables["loops"])}')
    if "zones" in tables:
        out.append(f'<h2 id="zones">{escape(tables["zones"].title)}</h2>{html_table(tables["zones"])}')
    if "risk" in tables:
        out.append(f'<h3>{escape(tables["risk"].title)}</h3>{html_table(tables["risk"])}')
    out.append('<h2 id="assumptions">Assumptions</h2>')
    for key in ("parameters", "rules"):
        out.append(f"<h3>{escape(tables[key].title)}</h3>{html_table(tables[key])}")
    out.append("</main></body></html>")
    return "\n".join(out)
