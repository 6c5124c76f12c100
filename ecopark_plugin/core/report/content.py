"""What a report shows, in plain text and pictures: the figures, tables and charts of a worked-out report.

:class:`ReportData` (made by :func:`.build.build_report` from the result layers) holds the report's frames;
its methods turn them into :class:`Table` objects of plain text cells and :class:`Chart` objects (inline
SVG). The HTML page (:mod:`.html`) and the PDF (``qgis_io/report.py``) show the same tables and charts;
each escapes or draws the cells as text, so nothing here is markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..model.i18n import QT_TRANSLATE_NOOP, current, format_general, localised, translate_marked, translator
from ..model.parameters import SOURCES, Parameters
from ..symbiosis.catalogue import FAMILY_COLOURS
from ..zones.protection import ROMAN
from ..zones.regimes import describe_regime
from .charts import Bar, Flow, Step, Svg, abatement_curve, family_bars, number, per_year, sankey

tr = translator("Report")
#: the title of a map and report when none is given (translated where shown)
DEFAULT_TITLE = QT_TRANSLATE_NOOP("Report", "EcoPark: proposed industrial symbiosis")


def unit_names() -> dict[str, str]:
    """What each unit measures, in the current language."""
    return {"t": tr("Materials"), "MWh": tr("Energy"), "m3": tr("Water")}


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
    #: None when the run's parameters are not recorded (the report says so)
    params: Parameters | None
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
    #: chosen exchanges that exist already: the baseline, kept out of the other tables and the totals
    baseline: pd.DataFrame | None = None
    #: one row per site: zone before and after (None without the zone layers)
    zones: pd.DataFrame | None = None
    #: sites by people inside their zone (None without housing)
    risk: pd.DataFrame | None = None
    #: the language of the report's text and numbers (``en``, ``ru``; see :mod:`..i18n`)
    language: str = "en"

    # ---------------------------------------------------------------- content shared by HTML and PDF
    @localised
    def key_figures(self) -> list[tuple[str, str]]:
        """The four headline figures."""
        s = self.summary
        return [
            (tr("Net benefit"), f"{number(s['net_benefit_eur'])} {per_year('EUR')}"),
            (tr("Net CO2 avoided"), f"{number(s['co2_avoided_t'])} {per_year('t')}"),
            (tr("Exchanges chosen"), tr("{} of {} candidates").format(s["selected"], s["candidates"])),
            (tr("Partners"), tr("{} of {} sites").format(s["partners"], s["sites"])),
        ]

    @localised
    def figures(self) -> Table:
        """Every summary figure as (figure, value) rows."""
        from .evidence import basis_rows  # evidence builds on this module's Table

        s, net = self.summary, self.summary["network"]
        rows = [
            [tr("Sites"), f"{s['sites']}"],
            [tr("Candidate exchanges (feasible)"), f"{s['candidates']} ({s['feasible']})"],
            [tr("Exchanges chosen"), f"{s['selected']}"],
            [tr("Partners in chosen exchanges"), f"{s['partners']}"],
            [tr("Materials diverted"), f"{number(s['tonnes_diverted'])} {per_year('t')}"],
            [tr("Energy exchanged"), f"{number(s['mwh_exchanged'])} {per_year('MWh')}"],
            [tr("Water exchanged"), f"{number(s['m3_exchanged'])} {per_year('m3')}"],
            [tr("Net benefit"), f"{number(s['net_benefit_eur'])} {per_year('EUR')}"],
            [tr("Net CO2 avoided"), f"{number(s['co2_avoided_t'])} {per_year('t')}"],
            [tr("Transport cost (counted in the net benefit)"), f"{number(s['transport_cost_eur'])} {per_year('EUR')}"],
            [tr("Transport CO2 (counted in the net CO2)"), f"{number(s['co2_transport_t'])} {per_year('t')}"],
            *basis_rows(s),
            [
                tr("Objective of the optimisation"),
                objective_name(self.params.objective) if self.params else tr("parameters not recorded"),
            ],
            [tr("Network links"), f"{net['links']}"],
            [tr("Clusters"), f"{net['clusters']}"],
            [tr("Closed loops"), f"{net['closed_loops']}"],
            [tr("Network density"), number(net["density"], 2)],
            [tr("Anchor tenants"), ", ".join(s["anchors"]) or tr("none")],
        ]
        zones = s.get("zones")
        if zones:
            rows += [
                [tr("Zone regime"), self._regime()["title"]],
                [tr("Sanitary zones before"), f"{number(zones['zone_area_before_ha'])} {tr('ha')}"],
                [tr("Sanitary zones after"), f"{number(zones['zone_area_after_ha'])} {tr('ha')}"],
                [tr("Zone land freed"), f"{number(zones['freed_ha'])} {tr('ha')}"],
                [tr("Sites in a lower hazard class"), f"{zones['sites_reduced']}"],
            ]
            homes = zones.get("housing")
            if homes:
                rows += [
                    [
                        tr("Housing inside zones ({}), before -> after").format(homes["kind"]),
                        f"{number(homes['housing_before'])} -> {number(homes['housing_after'])}",
                    ],
                    [
                        tr("People inside zones, before -> after"),
                        f"{number(homes['pop_before'])} -> {number(homes['pop_after'])}",
                    ],
                    [tr("Most exposed sites"), ", ".join(zones.get("worst_sites", [])) or tr("none")],
                ]
        return Table("figures", tr("Summary figures"), [tr("Figure"), tr("Value")], rows, widths=(3, 2))

    @localised
    def tables(self) -> list[Table]:
        """The report's tables, in order."""
        from .evidence import baseline_table, why_table  # evidence builds on this module's Table

        out = [self._exchanges_table()]
        out += [t for t in (why_table(self.chosen), baseline_table(self.baseline)) if t is not None]
        out.append(self._partners_table())
        if self.loops:
            out.append(
                Table(
                    "loops",
                    tr("Closed loops"),
                    [tr("Loop"), tr("Partners, each giving to the next and the last back to the first")],
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

    @localised
    def charts(self, family_columns: int = 2) -> list[Chart]:
        """Bars by family (benefit and CO2 panels in ``family_columns`` columns), the abatement-cost curve and
        one Sankey diagram per unit."""
        if self.chosen.empty:
            return []
        legend = [(family_name(f), FAMILY_COLOURS.get(f, "#999999")) for f in self.families.index]
        out = [
            Chart(
                "families",
                tr("Net benefit and CO2 avoided by stream family"),
                family_bars(
                    [
                        (
                            tr("Net benefit (EUR/yr)"),
                            [
                                Bar(family_name(f), r.net, FAMILY_COLOURS.get(f, "#999999"))
                                for f, r in self.families.iterrows()
                            ],
                        ),
                        (
                            tr("Net CO2 avoided (t/yr)"),
                            [
                                Bar(family_name(f), r.co2, FAMILY_COLOURS.get(f, "#999999"))
                                for f, r in self.families.iterrows()
                            ],
                        ),
                    ],
                    width=900 if family_columns > 1 else 560,
                    columns=family_columns,
                ),
                tr("Chosen exchanges at their chosen quantity, summed by the family of the stream exchanged."),
            )
        ]
        if len(self.macc):
            steps = [
                Step(str(r.exchange_id), r.co2, r.cost_per_t, FAMILY_COLOURS.get(r.family, "#999999"))
                for r in self.macc.itertuples()
            ]
            caption = tr(
                "Each bar is a chosen exchange (numbered as in the table of chosen exchanges): its width is the net "
                "CO2 it avoids, its height the cost of avoiding a tonne (minus the net benefit over the CO2 avoided; "
                "below zero the exchange saves money). Sorted from the cheapest tonne."
            )
            if len(self.macc_excluded):
                caption += " " + tr(
                    "Listed beside it, with no net CO2 avoided: %n chosen exchange(s).", len(self.macc_excluded)
                )
            out.append(Chart("macc", tr("Abatement-cost curve"), abatement_curve(steps, legend), caption))
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
                    tr("{} flows between partners ({})").format(unit_names().get(unit, unit), per_year(unit)),
                    sankey(
                        flows,
                        unit,
                        [(family_name(f), c) for f, c in FAMILY_COLOURS.items() if f in set(frame["family"])],
                    ),
                    tr(
                        "Who gives (left) to whom (right), in {}, coloured by stream family. Quantities in tonnes, "
                        "MWh and m3 cannot be added up, so each unit has its own diagram."
                    ).format(per_year(unit)),
                )
            )
        return out

    @localised
    def macc_excluded_table(self) -> Table:
        rows = [
            [
                *_who(r),
                number(r.net),
                number(r.co2),
                tr("transport emits more than the exchange saves") if r.co2 < 0 else tr("no CO2 avoided"),
            ]
            for r in self.macc_excluded.itertuples()
        ]
        return Table(
            "macc_excluded",
            tr("Chosen exchanges not on the abatement-cost curve"),
            [
                "#",
                tr("Supplier"),
                tr("Receiver"),
                tr("Stream"),
                tr("Net benefit EUR/yr"),
                tr("Net CO2 t/yr"),
                tr("Why"),
            ],
            rows,
            numeric=(0, 4, 5),
            widths=(1, 4, 4, 4, 2.5, 2, 4),
        )

    # ---------------------------------------------------------------- tables
    def _exchanges_table(self) -> Table:
        rows = [
            [
                *_who(r),
                family_name(r.family),
                number(r.quantity_selected),
                unit_label(r.unit),
                mode_names(str(r.mode_chain)),
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
                    tr("Total"),
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
            tr("Chosen exchanges"),
            [
                "#",
                tr("Supplier"),
                tr("Receiver"),
                tr("Stream"),
                tr("Family"),
                tr("Quantity"),
                tr("Unit"),
                tr("Mode"),
                "km",
                tr("Transport EUR/yr"),
                tr("Net benefit EUR/yr"),
                tr("Net CO2 avoided t/yr"),
                tr("EUR per t CO2"),
            ],
            rows,
            numeric=(0, 5, 8, 9, 10, 11, 12),
            note=tr(
                "Quantities per year. Net benefit: avoided disposal + avoided purchase - transport. "
                "Net CO2: virgin production avoided - transport. EUR per t CO2: minus the net benefit over the net CO2 "
                "avoided (below zero the exchange saves money)."
            ),
            widths=(1, 5, 5, 5, 2.6, 2.8, 1.4, 3.4, 1.6, 2.8, 3, 2.8, 2.2),
        )

    def _partners_table(self) -> Table:
        units = [u for u in ("t", "MWh", "m3") if u in set(self.chosen["unit"])]
        headers = [tr("Partner"), tr("Links")]
        for unit in units:
            headers += [tr("Gives {}").format(per_year(unit)), tr("Receives {}").format(per_year(unit))]
        headers += [
            tr("Net benefit EUR/yr"),
            tr("Net CO2 t/yr"),
            tr("Anchor"),
            tr("In a loop"),
            tr("Cluster"),
            tr("Benefit lost if it closes"),
        ]
        rows = []
        for r in self.partners.itertuples():
            row = [str(r.name), str(r.degree)]
            for unit in units:
                row += [number(getattr(r, f"out_{unit}")), number(getattr(r, f"in_{unit}"))]
            row += [
                number(r.net_benefit),
                number(r.co2_avoided_t),
                tr("yes") if r.anchor else "",
                tr("yes") if r.in_loop else "",
                str(r.cluster),
                number(r.benefit_lost_if_closed),
            ]
            rows.append(row)
        numeric = tuple(i for i, h in enumerate(headers) if h not in (tr("Partner"), tr("Anchor"), tr("In a loop")))
        return Table(
            "partners",
            tr("Balance per partner"),
            headers,
            rows,
            numeric=numeric,
            note=tr(
                "A link's benefit and CO2 are split evenly between its two partners. Anchor tenants: the partners "
                "with the most links. 'Benefit lost if it closes': the net benefit of every link the partner takes part in."
            ),
            widths=(5, 1.2, *([2.4] * (2 * len(units))), 2.8, 2.4, 1.6, 1.6, 1.6, 2.8),
        )

    def _regime(self) -> dict:
        return describe_regime((self.summary.get("zones") or {}).get("regime"), current())

    def _regime_note(self) -> str:
        regime = self._regime()
        status = " " + tr("Status: {}").format(regime["status"]) if regime.get("status") else ""
        return f"{regime['title']}.{status}".rstrip(".")

    def _zones_table(self) -> Table:
        z = self.zones
        housing = "homes_before" in z.columns
        headers = [
            tr("Site"),
            tr("Class before"),
            tr("Class after"),
            tr("Width before m"),
            tr("Width after m"),
            tr("Freed ha"),
            tr("Freed net ha"),
        ]
        if housing:
            headers += [tr("Homes before"), tr("Homes after"), tr("People before"), tr("People after")]
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
            tr("Sanitary protection zones and housing, before and after"),
            headers,
            rows,
            numeric=tuple(range(1, len(headers))),
            note=tr(
                "Classes and zone widths: {}. 'Freed net': the land freed that no other site's zone still covers. "
                "Homes and people per zone; the summary counts each home once."
            ).format(self._regime_note()),
            widths=(5, *([1.6] * (len(headers) - 1))),
        )

    def _risk_table(self) -> Table:
        r = self.risk
        bands = [c for c in r.columns if c.startswith("pop_") and c.endswith("m") and c != "pop_in_zone"]
        headers = [tr("Rank"), tr("Site"), tr("Class"), tr("Homes in zone"), tr("People in zone")] + [
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
            tr("Sites by people inside their zone"),
            headers,
            rows,
            numeric=tuple(i for i in range(len(headers)) if i not in (1, 2)),
            note=tr("People in distance bands from each site's outline; the most exposed sites first (ten at most)."),
            widths=(1.2, 5, 1.2, *([1.8] * (len(headers) - 3))),
        )

    def _parameters_table(self) -> Table:
        if self.params is None:
            return Table(
                "parameters",
                tr("Assumptions: parameters and their sources"),
                [tr("Parameter"), tr("Value"), tr("Source")],
                [[tr("parameters not recorded"), "", ""]],
                note=tr(
                    "The result's GeoPackage has no table 'parameters' (written before EcoPark recorded the "
                    "parameters of a run): its figures come from its layers; run the scenario again to record them."
                ),
                widths=(3, 2, 9),
            )
        values = self.params.to_dict()
        rows = [
            [
                name,
                _value(values[name], name),
                translate_marked("ParameterSources", SOURCES[name]) if name in SOURCES else tr("no source recorded"),
            ]
            for name in values
        ]
        return Table(
            "parameters",
            tr("Assumptions: parameters and their sources"),
            [tr("Parameter"), tr("Value"), tr("Source")],
            rows,
            note=tr(
                "Currency EUR, distances km, quantities per year. Figures marked 'assumption' have no published "
                "source at hand; set your own in a parameters file."
            ),
            widths=(3, 2, 9),
        )

    def _rules_table(self) -> Table:
        rows = []
        for r in self.rules.itertuples():
            unit = unit_label(r.unit)
            figures = "\n".join(
                [
                    tr("ratio {}").format(format_general(r.substitution_ratio)),
                    tr("virgin price {} EUR/{}").format(format_general(r.virgin_price_eur), unit),
                    tr("virgin CO2 {} t/{}").format(format_general(r.virgin_co2_t), unit),
                    tr("disposal {} EUR/{}").format(format_general(r.disposal_cost_eur), unit),
                ]
            )
            if np.isfinite(r.pipeline_loss):
                figures += "\n" + tr("pipe loss {}").format(format_general(r.pipeline_loss))
            sources = "\n".join(
                [
                    tr("ratio: {}").format(catalogue_source(r.source_ratio)),
                    tr("price: {}").format(catalogue_source(r.source_price)),
                    tr("CO2: {}").format(catalogue_source(r.source_co2)),
                    tr("disposal: {}").format(catalogue_source(r.source_disposal)),
                ]
            )
            russian = current() == "ru" and isinstance(getattr(r, "stream_ru", ""), str) and getattr(r, "stream_ru", "")
            use = (
                f"{r.stream_ru} -> {r.use_ru}"
                if russian and getattr(r, "use_ru", "")
                else f"{r.stream_en} -> {r.use_en}"
            )
            rows.append([str(r.rule_id), use, figures, sources])
        note = tr("The catalogue's figures behind the chosen exchanges (resources/catalogue/exchange_rules.csv).")
        if self.missing_rules:
            note += " " + tr("Not in the catalogue given to the report: {}.").format(", ".join(self.missing_rules))
        return Table(
            "rules",
            tr("Assumptions: catalogue figures of the chosen exchanges and their sources"),
            [tr("Rule"), tr("Stream -> use"), tr("Figures per unit"), tr("Sources")],
            rows,
            note=note,
            widths=(1.2, 4, 3.4, 9),
        )


def stream_name(exchange) -> str:
    """The stream's name in the report's language (the catalogue's Russian name in Russian)."""
    russian = getattr(exchange, "stream_ru", "")
    return str(russian) if current() == "ru" and isinstance(russian, str) and russian else str(exchange.stream_en)


def mode_names(chain: str) -> str:
    """``truck+ship+truck`` in the report's language."""
    names = {"truck": tr("truck"), "rail": tr("rail"), "ship": tr("ship"), "pipeline": tr("pipeline")}
    return "+".join(names.get(m, m) for m in chain.split("+"))


def objective_name(objective: str) -> str:
    names = {"benefit": tr("net benefit"), "co2": tr("CO2 avoided"), "weighted": tr("benefit plus CO2 at a price")}
    return names.get(objective, objective)


def family_name(family: str) -> str:
    """A stream family (``minerals``) as the report's text names it (``Minerals``, ``Минеральные``)."""
    names = {
        "energy": tr("Energy"),
        "minerals": tr("Minerals"),
        "metals": tr("Metals"),
        "chemicals": tr("Chemicals"),
        "organics": tr("Organics"),
        "water": tr("Water"),
    }
    return names.get(str(family), str(family).capitalize())


def _who(exchange) -> list[str]:
    """The first cells of an exchange's row: its number, supplier, receiver and stream."""
    return [
        str(exchange.exchange_id),
        str(exchange.supplier_name),
        str(exchange.receiver_name),
        stream_name(exchange),
    ]


def _value(value, name: str = "") -> str:
    """A parameter's value as the report shows it: numbers in the report's format, transport modes named."""
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, list | tuple):
        return ", ".join(_value(v, name) for v in value)
    if isinstance(value, float | int):
        return format_general(value)
    if name == "modes":
        return mode_names(str(value))
    return str(value)


def unit_label(unit: str) -> str:
    """A catalogue unit (``t``, ``MWh``, ``m3``) in the report's language."""
    return {"t": tr("t"), "MWh": tr("MWh"), "m3": tr("m3")}.get(str(unit), str(unit))


def catalogue_source(text) -> str:
    """A source of a catalogue figure in the report's language: ``scripts/i18n.py`` puts the shipped
    catalogue's sources into the .ts (context ``CatalogueSources``); a user's own rows show as written."""
    return translate_marked("CatalogueSources", text) if isinstance(text, str) else ""
