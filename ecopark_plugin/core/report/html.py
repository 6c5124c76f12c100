"""The report as one self-contained HTML page: inline CSS, the map as a data URI, charts as inline SVG, no script.

The page's frame and style are resource files (``resources/report/report.html`` and ``report.css``) filled in
with :class:`string.Template`. A placeholder is replaced once and the text put in is never searched for
placeholders again, so a site called ``${title}`` stays that text.

Every value taken from user data is escaped here before it goes into the page (tables escape every cell;
charts escape their labels), so a site called ``<script>alert(1)</script>`` shows as that text.
"""

from __future__ import annotations

import base64
from functools import cache
from string import Template

from ..model.i18n import translator, using
from ..symbiosis.catalogue import RESOURCES
from .charts import escape
from .content import ReportData, Table

#: the page template and style sheet
TEMPLATE_FILE = RESOURCES / "report" / "report.html"
CSS_FILE = RESOURCES / "report" / "report.css"


tr = translator("Report")


@cache
def page_template() -> Template:
    """The page's frame, with ``$title``, ``$created``, ``$meta``, ``$lang``, ``$css``, ``$nav`` and ``$body`` to fill in."""
    # the file ends with a newline as text files do; the page itself ends at </html>
    return Template(TEMPLATE_FILE.read_text(encoding="utf-8").removesuffix("\n"))


@cache
def page_css() -> str:
    """The page's style sheet, put inline so the page needs no other file."""
    return CSS_FILE.read_text(encoding="utf-8")


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
    """The report as one self-contained HTML page (no script, no external resource), in its language."""
    with using(data.language):
        return _render_html(data, map_png, credits)


def _render_html(data: ReportData, map_png: bytes | None, credits: str) -> str:
    sections = [("summary", tr("Summary"))]
    if map_png:
        sections.append(("map", tr("Map")))
    sections += [("charts", tr("Charts")), ("exchanges", tr("Exchanges")), ("partners", tr("Partners"))]
    if data.zones is not None:
        sections.append(("zones", tr("Zones and housing")))
    sections.append(("assumptions", tr("Assumptions")))
    nav = "".join(f'<a href="#{k}">{escape(t)}</a>' for k, t in sections)
    out = [f'<h2 id="summary">{escape(tr("Summary"))}</h2><div class="cards">']
    for label, value in data.key_figures():
        out.append(
            f'<div class="card"><div class="label">{escape(label)}</div><div class="value">{escape(value)}</div></div>'
        )
    out.append("</div>")
    out.append(html_table(data.figures()))
    if map_png:
        uri = "data:image/png;base64," + base64.b64encode(map_png).decode("ascii")
        out.append(
            f'<h2 id="map">{escape(tr("Map"))}</h2><figure><img id="map-image" src="{uri}" '
            f'alt="{escape(tr("Map of the sites, the chosen exchanges and the zones"))}">'
            + (f"<figcaption>{escape(credits)}</figcaption>" if credits else "")
            + "</figure>"
        )
    out.append(f'<h2 id="charts">{escape(tr("Charts"))}</h2>')
    charts = data.charts()
    if not charts:
        out.append(f'<p class="note">{escape(tr("No exchange was chosen: nothing to chart."))}</p>')
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
    out.append(f'<h2 id="assumptions">{escape(tr("Assumptions"))}</h2>')
    for key in ("parameters", "rules"):
        out.append(f"<h3>{escape(tables[key].title)}</h3>{html_table(tables[key])}")
    meta = tr(
        "EcoPark symbiosis report, {}. Figures are yearly estimates from the catalogue and parameters listed "
        "under Assumptions."
    ).format(data.created)
    return page_template().substitute(
        title=escape(data.title),
        created=escape(data.created),
        meta=escape(meta),
        lang=escape(data.language),
        css=page_css(),
        nav=nav,
        body="\n".join(out),
    )
