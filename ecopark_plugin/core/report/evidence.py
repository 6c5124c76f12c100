"""The report's account of what each proposal rests on: its basis, the range of its value, what would make
it fail, and the baseline of exchanges that exist already (kept apart from the new benefit)."""

from __future__ import annotations

import pandas as pd

from ..model.i18n import translate_marked, translator
from ..symbiosis.baseline import EVIDENT_TEMPLATES
from ..symbiosis.explain import PHRASES
from .charts import number
from .content import Table, per_year, stream_name

tr = translator("Report")
#: what a figure rests on, as the report's text names it

BASES = ("reported", "derived", "default")


def basis_names() -> dict[str, str]:
    return {"reported": tr("reported"), "derived": tr("derived"), "default": tr("default")}


def basis_rows(summary: dict) -> list[list[str]]:
    """Summary rows: the new net benefit by what it rests on, and the baseline."""
    by = summary.get("net_benefit_by_basis_eur") or {}
    total = sum(by.values())
    rows = []
    if by and total:
        for basis in BASES:
            value = by.get(basis, 0.0)
            rows.append(
                [
                    tr("Net benefit resting on {} figures").format(basis_names()[basis]),
                    f"{number(value)} {per_year('EUR')} (" + tr("{}%").format(number(100 * value / total)) + ")",
                ]
            )
    if summary.get("baseline_selected"):
        rows.append(
            [
                tr("Baseline: exchanges that exist already (not in the net benefit)"),
                f"{summary['baseline_selected']}, {number(summary['baseline_net_benefit_eur'])} {per_year('EUR')}",
            ]
        )
    return rows


def phrases(text) -> str:
    """``fails_if`` or ``existing_basis`` of a layer (English phrases joined by "; ") in the report's language;
    a phrase the catalogue does not know (a user's own) shows as written."""
    parts = []
    evident = {template.format(f"{km:g}"): (template, km) for template, km in EVIDENT_TEMPLATES}
    for part in str(text or "").split("; "):
        if part in evident:
            template, km = evident[part]
            parts.append(translate_marked(PHRASES, template).format(number(km)))
        elif part:
            parts.append(translate_marked(PHRASES, part))
    return "; ".join(parts)


def _get(row, name: str, default=""):
    value = getattr(row, name, default)
    return default if value is None or (isinstance(value, float) and value != value) else value


def why_table(chosen: pd.DataFrame) -> Table | None:
    """One row per chosen exchange: what it rests on, the range of its value and what would make it fail."""
    if chosen.empty or "basis" not in chosen:
        return None
    rows = []
    for r in chosen.itertuples():
        share = float(_get(r, "share", 1.0) or 0.0)
        low, high = float(_get(r, "value_low", 0.0)) * share, float(_get(r, "value_high", 0.0)) * share
        rows.append(
            [
                str(r.exchange_id),
                f"{r.supplier_name} -> {r.receiver_name}",
                stream_name(r),
                basis_names().get(str(_get(r, "basis")), str(_get(r, "basis"))),
                tr("{} to {}").format(number(low), number(high)),
                phrases(_get(r, "fails_if")),
            ]
        )
    return Table(
        "evidence",
        tr("Why each exchange is proposed"),
        [
            "#",
            tr("Supplier -> receiver"),
            tr("Stream"),
            tr("Rests on"),
            tr("Net benefit range EUR/yr"),
            tr("What would make it fail"),
        ],
        rows,
        numeric=(0,),
        note=tr(
            "Rests on: the basis of the figure that limits the quantity, the supplier's output or the receiver's "
            "need: reported (a register's or the user's figure), derived (worked out from reported releases with a "
            "stated factor) or default (a sector's typical figure). The range follows from the range of that figure."
        ),
        widths=(1, 6, 4, 2, 3.5, 8),
    )


def baseline_table(baseline: pd.DataFrame) -> Table | None:
    """The chosen exchanges that exist already: the baseline, not new benefit."""
    if baseline is None or baseline.empty:
        return None
    rows = [
        [
            str(r.exchange_id),
            f"{r.supplier_name} -> {r.receiver_name}",
            stream_name(r),
            number(r.net),
            phrases(_get(r, "existing_basis")),
        ]
        for r in baseline.itertuples()
    ]
    return Table(
        "baseline",
        tr("Baseline: exchanges that exist already"),
        ["#", tr("Supplier -> receiver"), tr("Stream"), tr("Net benefit EUR/yr"), tr("Why it is taken to exist")],
        rows,
        numeric=(0, 3),
        note=tr("Not counted in the net benefit, the CO2 avoided or the tables above: these flows are there today."),
        widths=(1, 6, 4, 3, 8),
    )
