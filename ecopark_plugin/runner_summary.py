"""The runner's printed summary: counts in plural forms, numbers and names in the report's language.

Split from ``__main__`` (which parses the options and runs the job); ``format_summary`` is also what the
panel's figures are checked against.
"""

from __future__ import annotations

from .core.model.i18n import format_number as num
from .core.model.i18n import translator

tr = translator("RunnerSummary")


def _basis_line(s: dict) -> str:
    """What the new benefit rests on, and the baseline of exchanges that exist already."""
    by = s.get("net_benefit_by_basis_eur", {})
    total = sum(by.values()) or 1.0
    names = {"reported": tr("reported"), "derived": tr("derived"), "default": tr("default")}
    rests = ", ".join(f"{names.get(k, k)} {num(v)} {tr('EUR/yr')} ({num(100 * v / total)}%)" for k, v in by.items())
    line = tr("Rests on: {}").format(rests)
    if s.get("baseline_selected"):
        line += tr(
            "; baseline (exists already, not counted above): %n exchange(s), {} EUR/yr", s["baseline_selected"]
        ).format(num(s["baseline_net_benefit_eur"]))
    return line


def format_summary(result, language: str | None = None, catalogue=None) -> str:
    """The summary figures and the chosen exchanges as a plain-text table, in ``language`` (``en``, ``ru``;
    default: the current language of :mod:`core.model.i18n`), counts in the language's plural forms; the
    streams by the ``catalogue``'s Russian names in Russian."""
    from .core.model.i18n import using

    with using(language) if language is not None else _nothing():
        return _summary_lines(result, catalogue)


def _nothing():
    from contextlib import nullcontext

    return nullcontext()


def _summary_lines(result, catalogue=None) -> str:
    from .core.model.i18n import current
    from .core.zones.regimes import describe_regime

    s = result.summary
    lines = [
        tr("%n site(s); streams: {} given, {} inferred", s["sites"]).format(s["streams_user"], s["streams_inferred"]),
        tr("%n candidate exchange(s): {} feasible, {} chosen, {} partners", s["candidates"]).format(
            s["feasible"], s["selected"], s["partners"]
        ),
        tr("Diverted {} t/yr, energy {} MWh/yr, water {} m3/yr").format(
            num(s["tonnes_diverted"]), num(s["mwh_exchanged"]), num(s["m3_exchanged"])
        ),
        tr("Net benefit {} EUR/yr, net CO2 avoided {} t/yr (transport {} EUR/yr, {} t CO2/yr)").format(
            num(s["net_benefit_eur"]), num(s["co2_avoided_t"]), num(s["transport_cost_eur"]), num(s["co2_transport_t"])
        ),
        _basis_line(s),
        tr("Network: %n link(s); clusters: {}; closed loops: {}; anchor tenants: {}", s["network"]["links"]).format(
            s["network"]["clusters"], s["network"]["closed_loops"], ", ".join(s["anchors"]) or tr("none")
        ),
    ]
    zones = s.get("zones")
    if zones:
        lines.append(tr("Zone regime: {}").format(describe_regime(zones.get("regime"), current())["title"]))
        lines.append(
            tr(
                "Sanitary zones: {} ha before, {} ha after ({} ha freed, %n site(s) in a lower class)",
                zones["sites_reduced"],
            ).format(num(zones["zone_area_before_ha"]), num(zones["zone_area_after_ha"]), num(zones["freed_ha"]))
        )
        homes = zones.get("housing")
        if homes:
            lines.append(
                tr("Housing ({}) inside zones: {} before, {} after; people {} -> {}; most exposed: {}").format(
                    {
                        "buildings": tr("buildings"),
                        "landuse": tr("residential land"),
                        "population": tr("population"),
                    }.get(homes["kind"], homes["kind"]),
                    num(homes["housing_before"]),
                    num(homes["housing_after"]),
                    num(homes["pop_before"]),
                    num(homes["pop_after"]),
                    ", ".join(zones["worst_sites"]),
                )
            )
            cover = homes.get("zone_cover_share", 1.0)
            if cover < 0.995:
                lines.append(
                    tr(
                        "The housing data cover {}% of the zones' area: homes beyond it are not counted "
                        "(a floor, not the whole; see housing_cover in the site_risk layer)"
                    ).format(num(100 * cover))
                )
    road = s.get("road_network")
    if road:
        lines.append(
            tr(
                "Road network: %n edge(s), {} km, {} pieces; sites off the network: {}; chosen by {}", road["edges"]
            ).format(num(road["length_km"]), road["components"], s["sites_off_network"], _modes(s["modes_chosen"]))
        )
    lines.append("")
    chosen = result.exchanges[result.exchanges["selected"]]
    russian = {}
    if current() == "ru" and catalogue is not None and "stream_ru" in catalogue.rules.columns:
        russian = dict(zip(catalogue.rules["rule_id"].astype(str), catalogue.rules["stream_ru"].fillna("")))
    units = {"t": tr("t"), "MWh": tr("MWh"), "m3": tr("m3")}
    head = (
        f"{tr('supplier'):<26} {tr('receiver'):<26} {tr('stream'):<22} {tr('quantity'):>12} {tr('unit'):<5} "
        f"{tr('km'):>6} {tr('mode'):<16} {tr('net EUR/yr'):>12} {tr('CO2 t/yr'):>9}"
    )
    lines += [head, "-" * len(head)]
    for r in chosen.itertuples():
        stream = russian.get(str(getattr(r, "rule_id", ""))) or r.stream_en
        lines.append(
            f"{str(r.supplier_name)[:26]:<26} {str(r.receiver_name)[:26]:<26} {str(stream)[:22]:<22} "
            f"{num(r.quantity_selected):>12} {units.get(r.unit, r.unit):<5} {num(r.distance_km, 1):>6} "
            f"{mode_names(str(r.mode_chain)):<16} "
            f"{num(r.net_benefit):>12} {num(r.co2_avoided_t):>9}"
        )
    if chosen.empty:
        lines.append(tr("(no exchange chosen)"))
    return "\n".join(lines)


def summary_language(language: str | None) -> str:
    """The summary's language: ``--language``, else the system's (English when it has no translation), as
    the report's."""
    from .core.model.i18n import language_of
    from .i18n import user_locale

    return language_of(language or user_locale())


def mode_names(chain: str) -> str:
    """``truck+ship+truck`` in the summary's language."""
    names = {"truck": tr("truck"), "rail": tr("rail"), "ship": tr("ship"), "pipeline": tr("pipeline")}
    return "+".join(names.get(m, m) for m in chain.split("+"))


def _modes(counts: dict) -> str:
    return ", ".join(f"{mode_names(str(mode))} {n}" for mode, n in counts.items()) or tr("none")
