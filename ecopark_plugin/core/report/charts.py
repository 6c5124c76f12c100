"""Charts of a report as SVG text: bars by stream family, an abatement-cost curve and Sankey diagrams.

Plain string building, no plotting library: the same SVG goes inline into the HTML report and, through
Qt's SVG renderer, into the PDF. So only SVG Tiny features are used (no CSS, no ``dominant-baseline``)
and every text taken from user data is escaped.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..model.i18n import format_number, translator

tr = translator("Report")

FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"
#: average glyph width over font size, to shorten labels that would not fit
GLYPH = 0.58
TEXT = "#222222"
GRID = "#d0d4d8"


@dataclass(frozen=True)
class Svg:
    """An SVG picture and its size in pixels."""

    text: str
    width: float
    height: float


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    colour: str


@dataclass(frozen=True)
class Step:
    """One exchange of the abatement-cost curve."""

    label: str
    #: net CO2 avoided, t/yr (the bar's width)
    co2_t: float
    #: EUR per t CO2 avoided (the bar's height; negative: it saves money)
    cost_per_t: float
    colour: str


@dataclass(frozen=True)
class Flow:
    """One band of a Sankey diagram, from a supplier to a receiver."""

    source: str
    source_label: str
    target: str
    target_label: str
    value: float
    colour: str


def escape(text) -> str:
    """Text for SVG or HTML: ``<script>`` becomes ``&lt;script&gt;``."""
    return html.escape(str(text), quote=True)


def per_year(unit: str) -> str:
    """``EUR/yr``, ``t/yr`` ... in the current language (``евро/год``, ``т/год``)."""
    return {"EUR": tr("EUR/yr"), "t": tr("t/yr"), "MWh": tr("MWh/yr"), "m3": tr("m3/yr")}.get(unit, f"{unit}/yr")


def number(value: float, digits: int = 0) -> str:
    """``1234567.8`` -> ``1,234,568`` (in Russian ``1 234 568``, see :func:`..i18n.format_number`); minus
    zero shows as 0."""
    return format_number(value, digits)


def shorten(text: str, pixels: float, size: float) -> str:
    """``text`` cut with an ellipsis to about ``pixels`` wide at font ``size``."""
    text = str(text)
    room = max(3, int(pixels / (GLYPH * size)))
    return text if len(text) <= room else text[: room - 1].rstrip() + "…"


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering ``low``..``high`` (about ``count`` of them)."""
    if high <= low:
        high = low + 1.0
    raw = (high - low) / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _text(x, y, text, size=12, anchor="start", colour=TEXT, bold=False) -> str:
    weight = ' font-weight="bold"' if bold else ""
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" fill="{colour}"{weight}>'
        f"{escape(text)}</text>"
    )


def _svg(width: float, height: float, body: list[str]) -> Svg:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="{FONT}">'
        f'<rect x="0" y="0" width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>'
    )
    return Svg(head + "".join(body) + "</svg>", width, height)


def _legend(x: float, y: float, items: Sequence[tuple[str, str]], width: float) -> tuple[list[str], float]:
    """Colour swatches and labels in rows from (x, y); returns the elements and the height used."""
    out, cx, cy = [], x, y
    for label, colour in items:
        room = 22 + len(label) * GLYPH * 11
        if cx + room > x + width and cx > x:
            cx, cy = x, cy + 18
        out.append(f'<rect x="{cx:.1f}" y="{cy:.1f}" width="12" height="12" fill="{colour}"/>')
        out.append(_text(cx + 16, cy + 10, label, 11))
        cx += room + 12
    return out, cy - y + 18


def family_bars(panels: Sequence[tuple[str, Sequence[Bar]]], width: float = 900, columns: int = 0) -> Svg:
    """Horizontal bars, one panel per (title, bars), in ``columns`` columns (default: all side by side);
    each panel has its own zero line."""
    columns = columns or max(len(panels), 1)
    rows = max((len(bars) for _, bars in panels), default=0)
    row_h, head, label_w = 26, 30, 96
    panel_w = width / columns
    panel_h = head + rows * row_h + 14
    body = []
    for p, (title, bars) in enumerate(panels):
        px, top = (p % columns) * panel_w, (p // columns) * panel_h + head
        x0 = px + label_w
        plot_w = panel_w - label_w - 80  # room for the value text at the bar's end
        body.append(_text(px + 8, top - 12, title, 13, bold=True))
        values = [b.value for b in bars] or [0.0]
        low, high = min(0.0, min(values)), max(0.0, max(values))
        span = (high - low) or 1.0
        zero = x0 + (0 - low) / span * plot_w
        for i, bar in enumerate(bars):
            y = top + i * row_h
            x_end = x0 + (bar.value - low) / span * plot_w
            left, w = min(zero, x_end), abs(x_end - zero)
            body.append(_text(x0 - 6, y + 15, shorten(bar.label, label_w - 10, 12), 12, "end"))
            body.append(
                f'<rect x="{left:.1f}" y="{y + 3:.1f}" width="{max(w, 0.5):.1f}" height="{row_h - 8}" '
                f'fill="{bar.colour}"/>'
            )
            anchor, tx = ("start", max(zero, x_end) + 4) if bar.value >= 0 else ("end", min(zero, x_end) - 4)
            if bar.value < 0 and tx - 60 < x0:  # no room left of a long negative bar: write it inside
                anchor, tx = "start", zero + 4
            body.append(_text(tx, y + 15, number(bar.value), 11, anchor))
        body.append(
            f'<line x1="{zero:.1f}" y1="{top - 2}" x2="{zero:.1f}" y2="{top + rows * row_h}" '
            f'stroke="#555555" stroke-width="1"/>'
        )
    return _svg(width, math.ceil(len(panels) / columns) * panel_h + 4, body)


def abatement_curve(
    steps: Sequence[Step],
    legend: Sequence[tuple[str, str]] = (),
    width: float = 900,
    height: float = 420,
) -> Svg:
    """Marginal abatement-cost curve: bars sorted by cost per tonne, each as wide as the CO2 it avoids.

    ``steps`` must already be sorted by ``cost_per_t`` and hold only positive ``co2_t``.
    """
    left, right, top = 86, 24, 16
    legend_items, legend_h = _legend(left, 0, legend, width - left - right) if legend else ([], 0)
    limit = axis_limit(steps)
    off_scale = [s for s in steps if abs(s.cost_per_t) > limit]
    note = _off_scale_lines(off_scale, width - left - right)
    bottom = 46 + legend_h + 16 * len(note)
    plot_w, plot_h = width - left - right, height - top - bottom
    total = sum(s.co2_t for s in steps) or 1.0
    costs = [max(-limit, min(limit, s.cost_per_t)) for s in steps] or [0.0]
    y_ticks = nice_ticks(min(0.0, min(costs)), max(0.0, max(costs)))
    y_low, y_high = y_ticks[0], y_ticks[-1]
    x_ticks = [t for t in nice_ticks(0.0, total) if t <= total * 1.0001]
    sx = plot_w / total
    sy = plot_h / ((y_high - y_low) or 1.0)

    def y_of(value):
        return top + (y_high - value) * sy

    body = []
    for tick in y_ticks:
        y = y_of(tick)
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        body.append(_text(left - 6, y + 4, number(tick), 11, "end"))
    for tick in x_ticks:
        x = left + tick * sx
        body.append(
            f'<line x1="{x:.1f}" y1="{top + plot_h:.1f}" x2="{x:.1f}" y2="{top + plot_h + 4:.1f}" stroke="#555555"/>'
        )
        body.append(_text(x, top + plot_h + 16, number(tick), 11, "middle"))
    zero = y_of(0.0)
    cumulative = 0.0
    for step in steps:
        x = left + cumulative * sx
        w = max(step.co2_t * sx, 0.8)
        clipped = abs(step.cost_per_t) > limit
        y = y_of(max(y_low, min(y_high, step.cost_per_t)))
        body.append(
            f'<rect x="{x:.1f}" y="{min(y, zero):.1f}" width="{w:.1f}" height="{max(abs(zero - y), 0.8):.1f}" '
            f'fill="{step.colour}" stroke="#ffffff" stroke-width="0.5"/>'
        )
        down = step.cost_per_t < 0
        if clipped:  # a break across the bar's end; its true height is written under the axis
            yb = y - 8 if down else y + 8
            body.append(
                f'<path d="M{x - 2:.1f},{yb + 2:.1f} L{x + w + 2:.1f},{yb - 2:.1f}" stroke="#ffffff" stroke-width="3"/>'
            )
        if w >= 16:  # the exchange's number on the bar's end when it fits
            body.append(_text(x + w / 2, y + 13 if down else y - 4, step.label, 10, "middle"))
        cumulative += step.co2_t
    body.append(f'<line x1="{left}" y1="{zero:.1f}" x2="{left + plot_w:.1f}" y2="{zero:.1f}" stroke="#333333"/>')
    body.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h:.1f}" stroke="#333333" stroke-width="1"/>')
    body.append(
        _text(
            left + plot_w / 2,
            top + plot_h + 32,
            tr("Cumulative net CO2 avoided ({})").format(per_year("t")),
            12,
            "middle",
        )
    )
    body.append(
        f'<text x="14" y="{top + plot_h / 2:.1f}" font-size="12" text-anchor="middle" fill="{TEXT}" '
        f'transform="rotate(-90 14 {top + plot_h / 2:.1f})">{escape(tr("EUR per t CO2 avoided"))}</text>'
    )
    below = top + plot_h + 40
    for line in note:
        body.append(_text(left, below + 10, line, 11))
        below += 16
    for item in legend_items:  # moved under the axis title
        body.append(f'<g transform="translate(0 {below:.1f})">{item}</g>')
    return _svg(width, height, body)


def _off_scale_lines(steps: Sequence[Step], pixels: float, lines: int = 2) -> list[str]:
    """``Off the scale (EUR per t): #4 -8,305, ...`` wrapped to at most ``lines`` lines of ``pixels``."""
    if not steps:
        return []
    room = int(pixels / (GLYPH * 11))
    items = [f"#{s.label} {number(s.cost_per_t)}" for s in steps]
    out, line = [], tr("Off the scale (EUR per t):")
    for n, item in enumerate(items):
        last = len(out) == lines - 1
        more = " " + tr("... and {} more (see the table of chosen exchanges)").format(len(items) - n)
        if len(line) + 2 + len(item) + (len(more) if last and n < len(items) - 1 else 0) > room:
            if last:
                out.append(line + more)
                return out
            out.append(line)
            line = item
        else:
            line += (" " if line.endswith(":") else ", ") + item
    out.append(line)
    return out


def axis_limit(steps: Sequence[Step]) -> float:
    """Largest cost per tonne the curve's axis shows in full.

    A few exchanges that avoid little CO2 at a very high or low cost per tonne would squash the rest of
    the curve to a line: the axis stops at 1.25 times the cost below which 99 % of the CO2 is avoided, and
    taller bars are cut with a break mark and their value written beside them (when that helps: never
    when it would cut less than half of the tallest bar).
    """
    if not steps:
        return math.inf
    ordered = sorted(steps, key=lambda s: abs(s.cost_per_t))
    total = sum(s.co2_t for s in ordered)
    running, p99 = 0.0, abs(ordered[-1].cost_per_t)
    for step in ordered:
        running += step.co2_t
        if running >= 0.99 * total:
            p99 = abs(step.cost_per_t)
            break
    limit = 1.25 * p99
    return limit if 0 < limit < 0.5 * abs(ordered[-1].cost_per_t) else math.inf


def sankey(
    flows: Sequence[Flow],
    unit: str,
    legend: Sequence[tuple[str, str]] = (),
    width: float = 900,
) -> Svg:
    """Flows from suppliers (left) to receivers (right), bands as thick as the quantity.

    A partner that both gives and receives appears on both sides: the diagram reads from who gives to
    who receives, so closed loops need no special drawing. A band is at least 1 px so small flows show.
    """
    label_w, node_w, gap, min_band = 250, 12, 16, 1.0
    x_left = label_w
    x_right = width - label_w - node_w
    sources: dict[str, float] = {}
    targets: dict[str, float] = {}
    names: dict[tuple[str, str], str] = {}
    for f in flows:
        sources[f.source] = sources.get(f.source, 0.0) + f.value
        targets[f.target] = targets.get(f.target, 0.0) + f.value
        names[("s", f.source)] = f.source_label
        names[("t", f.target)] = f.target_label
    left_order = sorted(sources, key=lambda k: -sources[k])
    right_order = sorted(targets, key=lambda k: -targets[k])
    n = max(len(left_order), len(right_order), 1)
    plot_h = min(620.0, max(220.0, 40.0 * n))
    total = sum(f.value for f in flows) or 1.0
    scale = (plot_h - gap * (n - 1)) / total
    band = {i: max(f.value * scale, min_band) for i, f in enumerate(flows)}
    # bands leave a node in the order of the other side's nodes, so they cross as little as possible
    rank_left = {k: i for i, k in enumerate(left_order)}
    rank_right = {k: i for i, k in enumerate(right_order)}
    top = 10.0

    def stack(order, key, other_rank, other_key):
        y, start, heights = top, {}, {}
        for node in order:
            mine = sorted((i for i, f in enumerate(flows) if key(f) == node), key=lambda i: other_rank[other_key(i)])
            heights[node] = sum(band[i] for i in mine)
            offset = y
            for i in mine:
                start[i] = offset
                offset += band[i]
            y += heights[node] + gap
        return start, heights, y

    left_y, left_h, left_end = stack(left_order, lambda f: f.source, rank_right, lambda i: flows[i].target)
    right_y, right_h, right_end = stack(right_order, lambda f: f.target, rank_left, lambda i: flows[i].source)
    legend_items, legend_h = _legend(8, 0, legend, width - 16) if legend else ([], 0)
    body_h = max(left_end, right_end)
    height = body_h + 8 + legend_h
    body = []
    mid = (x_left + node_w + x_right) / 2
    for i, f in enumerate(flows):
        x0, x1, h = x_left + node_w, x_right, band[i]
        y0, y1 = left_y[i], right_y[i]
        body.append(
            f'<path d="M{x0:.1f},{y0:.1f} C{mid:.1f},{y0:.1f} {mid:.1f},{y1:.1f} {x1:.1f},{y1:.1f} '
            f'L{x1:.1f},{y1 + h:.1f} C{mid:.1f},{y1 + h:.1f} {mid:.1f},{y0 + h:.1f} {x0:.1f},{y0 + h:.1f} Z" '
            f'fill="{f.colour}" fill-opacity="0.55" stroke="{f.colour}" stroke-opacity="0.8" stroke-width="0.5"/>'
        )

    def nodes(order, heights, totals, side):
        y = top
        for node in order:
            h = heights[node]
            x = x_left if side == "s" else x_right
            body.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{node_w}" height="{h:.1f}" fill="#4a4f55"/>')
            label = f"{shorten(names[(side, node)], label_w - 76, 12)}  {number(totals[node])}"
            tx, anchor = (x - 6, "end") if side == "s" else (x + node_w + 6, "start")
            body.append(_text(tx, y + h / 2 + 4, label, 12, anchor))
            y += h + gap

    nodes(left_order, left_h, sources, "s")
    nodes(right_order, right_h, targets, "t")
    body.append(
        _text(x_left + node_w / 2, body_h + 2, tr("gives ({})").format(per_year(unit)), 10, "middle", "#666666")
    )
    body.append(
        _text(x_right + node_w / 2, body_h + 2, tr("receives ({})").format(per_year(unit)), 10, "middle", "#666666")
    )
    for item in legend_items:
        body.append(f'<g transform="translate(0 {body_h + 10:.1f})">{item}</g>')
    return _svg(width, height + 4, body)
