"""Write a run's report: one self-contained HTML file and a PDF from a QGIS print layout.

The content comes from :mod:`..core.report` (the same tables and charts in both); QGIS draws the map
(the layout of :mod:`.render`, with legend and credits) and lays out the PDF: the map page, the summary
figures, the charts (SVG pictures) and the tables (manual tables of plain text cells, continued on new
pages as they grow).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

import pandas as pd
from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemManualTable,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutTableStyle,
    QgsPrintLayout,
    QgsProject,
    QgsTableCell,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, Qt
from qgis.PyQt.QtGui import QColor

from ..core.job import credits_for
from ..core.model.errors import Cancelled, EcoParkError
from ..core.model.parameters import Parameters
from ..core.report.build import build_report, report_frames
from ..core.report.content import Chart, ReportData, Table
from ..core.report.html import render_html
from ..core.symbiosis.catalogue import Catalogue
from ..i18n import translator, user_locale
from .layers import layer_to_frame
from .render import map_layout, page_image, plain_text, result_map_layers, temporary_beside, text_format
from .results import styled_copies

tr = translator("Report")

#: A4 landscape, millimetres
PAGE_W, PAGE_H, MARGIN = 297.0, 210.0, 12.0
#: height of a page's heading and the top of its content
HEAD_Y, BODY_Y = MARGIN - 2, MARGIN + 12
#: bottom of a page's content (the footer sits below)
BODY_BOTTOM = PAGE_H - MARGIN - 4


def write_report(
    layers: dict[str, QgsVectorLayer],
    params: Parameters,
    title: str,
    html: Path | None = None,
    pdf: Path | None = None,
    overwrite: bool = False,
    credits: str | None = None,
    catalogue: Catalogue | None = None,
    progress: Callable[[float, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    frames: Mapping[str, pd.DataFrame] | None = None,
    language: str | None = None,
    params_recorded: bool = True,
) -> list[Path]:
    """Write the report of a run as HTML (one file, map embedded) and/or PDF (QGIS print layout).

    Call it on the main thread, after the run: QGIS print layouts are not thread-safe (from a QgsTask,
    call it in ``finished()``).

    Parameters
    ----------
    layers
        Result layers by name, as written by the run: ``sites`` and ``exchanges`` (required), and any of
        ``zones``, ``zones_after``, ``zone_reduction``, ``housing_conflicts``, ``site_risk`` and
        ``road_network`` (drawn under the map). The layers are copied to draw them with the shipped
        styles; the originals are left as they are.
    params
        The run's parameters (listed in the report with their sources).
    title
        The report's and the map's title.
    html, pdf
        Files to write; at least one.
    overwrite
        Replace existing files; without it an existing file is refused before any work is done.
    credits
        The map's credit line (default: the sites' source and a pointer to the catalogue's sources).
    catalogue
        The run's catalogue, for the figures and sources of the chosen exchanges' rules (default: the
        shipped one).
    progress, is_cancelled
        Called with (percent, stage); polled between stages (a true answer raises :class:`Cancelled`).
    frames
        The result layers as frames already in memory (a run's ``JobResult.layers``; layers the report
        does not show are left out). The figures then come from them and ``layers`` only draw the map;
        without them ``layers`` are read.
    language
        The report's language and number format (``ru``, ``ru_RU``; default: the language QGIS runs in).
    params_recorded
        False when ``params`` are not the run's (not recorded in its GeoPackage): the report says so.

    Returns
    -------
    The files written, HTML first. Each is written to a temporary file and moved into place.

    Raises
    ------
    InputError
        A layer lacks a field the report needs (names the layer and field).
    EcoParkError
        No output given, an output exists and ``overwrite`` is false, or QGIS could not render.
    """
    targets = [Path(p) for p in (html, pdf) if p is not None]
    if not targets:
        raise EcoParkError(tr("give an HTML file, a PDF file or both for the report"))
    for target in targets:
        if target.exists() and not overwrite:
            raise EcoParkError(tr("{path} exists; choose another name or allow overwriting").format(path=target))
    credits = credits_for(None) if credits is None else credits

    def stage(share: float, text: str) -> None:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled("cancelled by the user")
        if progress is not None:
            progress(share, text)

    layers = {name: layer for name, layer in layers.items() if layer is not None}
    if frames is None:
        stage(0, "Reading the result layers")
        frames = read_frames(layers)
    stage(15, "Working out the report")
    language = user_locale() if language is None else language
    data = build_report(
        report_frames(frames), params, title, catalogue, language=language, params_recorded=params_recorded
    )
    stage(30, "Drawing the map")
    project = QgsProject()  # owns the layout; the styled copies are not added to any project
    project.setTitle(title)
    styled = styled_copies(layers)  # kept referenced: the layout draws them until the export ends
    layout = map_layout(project, title=title, credits=credits, **result_map_layers(styled))
    written = []
    if html is not None:
        stage(45, "Writing the HTML report")
        png = _png_bytes(page_image(layout, 0, dpi=150))
        with temporary_beside(Path(html)) as tmp:
            tmp.write_text(render_html(data, png, credits), encoding="utf-8")
        written.append(Path(html))
    if pdf is not None:
        stage(60, "Laying out the PDF report")
        with tempfile.TemporaryDirectory(prefix="ecopark_report_") as pictures:
            ReportLayout(layout, data, Path(pictures)).build()
            stage(80, "Writing the PDF report")
            settings = QgsLayoutExporter.PdfExportSettings()
            settings.dpi = 150
            # real text, so the figures can be searched and copied
            settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
            settings.appendGeoreference = False
            with temporary_beside(Path(pdf)) as tmp:
                exporter = QgsLayoutExporter(layout)
                if exporter.exportToPdf(str(tmp), settings) != QgsLayoutExporter.ExportResult.Success:
                    raise EcoParkError(
                        tr("QGIS could not write the PDF report {path}: {error}").format(
                            path=pdf, error=exporter.errorMessage()
                        )
                    )
        written.append(Path(pdf))
    stage(100, "Report written")
    return written


def read_frames(layers: Mapping[str, QgsVectorLayer]) -> dict[str, pd.DataFrame]:
    """The report's layers read into frames (the road network, only drawn, is not read)."""
    # only the zone layers' geometry is measured; the others are tables to the report
    no_geometry = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return {
        name: layer_to_frame(layer, None if name in ("zones", "zones_after") else no_geometry)
        for name, layer in layers.items()
        if name != "road_network"
    }


def _png_bytes(image) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise EcoParkError(tr("QGIS could not encode the map image"))
    buffer.close()
    return bytes(data)


class ReportLayout:
    """Adds the report's pages after the map page of ``layout``: summary, charts, then the tables, which
    follow one another down the pages (a table that would not fit below the last one starts a new page)."""

    #: table text size (points), and the millimetres a line and an average character take at that size
    POINTS, LINE_MM, CHAR_MM = 7.0, 3.1, 1.25

    def __init__(self, layout: QgsPrintLayout, data: ReportData, pictures: Path):
        self.layout = layout
        self.data = data
        self.pictures = pictures
        self.width = PAGE_W - 2 * MARGIN
        self.page = 0
        self.y = BODY_BOTTOM  # where the next table may start on ``self.page``

    def build(self) -> None:
        data = self.data
        page = self.new_page()
        self.label("Summary", page, MARGIN, HEAD_Y, self.width, 10.0, 15, bold=True)
        self.key_figures(page, BODY_Y)
        top = BODY_Y + 20.0
        self.table(data.figures(), page, MARGIN, top, 128.0)
        charts = {c.key: c for c in data.charts(family_columns=1)}
        if "families" in charts:
            self.chart(charts.pop("families"), page, MARGIN + 140.0, top, self.width - 140.0, 150.0)
        else:
            self.label("No exchange was chosen: nothing to chart.", page, MARGIN + 140.0, top, 120.0, 8.0, 9)
        self.y = BODY_BOTTOM
        for chart in charts.values():  # the abatement-cost curve, then the Sankey diagrams, down the pages
            tallest = 120.0 if chart.key == "macc" else 150.0
            scale = min(self.width / chart.svg.width, tallest / chart.svg.height)
            need = 8.0 + chart.svg.height * scale + 2.0 + self.text_height(chart.caption, self.width, 8)
            if self.y + need > BODY_BOTTOM:
                self.new_page()
                self.y = HEAD_Y
            self.y = self.chart(chart, self.page, MARGIN, self.y, self.width, tallest) + 8.0
            if chart.key == "macc" and len(data.macc_excluded):
                self.next_table(data.macc_excluded_table())
        self.y = BODY_BOTTOM
        for table in data.tables():
            self.next_table(table)
        self.footers()

    # ------------------------------------------------------------ pages and items
    def new_page(self) -> int:
        """Append an A4 landscape page; its index."""
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Landscape)
        self.layout.pageCollection().addPage(page)
        self.page = self.layout.pageCollection().pageCount() - 1
        return self.page

    def label(self, text: str, page: int, x: float, y: float, w: float, h: float, points: float, bold=False):
        item = QgsLayoutItemLabel(self.layout)
        item.setText(plain_text(text))  # plain text (not HTML), and no expression is evaluated in it
        item.setTextFormat(text_format(points, bold))
        item.setVAlign(Qt.AlignmentFlag.AlignTop)
        self.layout.addLayoutItem(item)
        item.attemptResize(QgsLayoutSize(w, h))
        item.attemptMove(QgsLayoutPoint(x, y), True, False, page)
        return item

    def key_figures(self, page: int, y: float) -> None:
        figures = self.data.key_figures()
        w = self.width / len(figures)
        for i, (name, value) in enumerate(figures):
            self.label(name, page, MARGIN + i * w, y, w - 4, 5.0, 9)
            self.label(value, page, MARGIN + i * w, y + 5, w - 4, 8.0, 14, bold=True)

    def chart(self, chart: Chart, page: int, x: float, y: float, w: float, h: float, heading=True) -> float:
        """Draw ``chart`` (scaled to fit ``w`` x ``h``) with its title and caption; the bottom of the caption."""
        if heading:
            self.label(chart.title, page, x, y, w, 7.0, 11, bold=True)
            y += 8.0
        path = self.pictures / f"{chart.key}.svg"
        path.write_text(chart.svg.text, encoding="utf-8")
        scale = min(w / chart.svg.width, h / chart.svg.height)
        pw, ph = chart.svg.width * scale, chart.svg.height * scale
        picture = QgsLayoutItemPicture(self.layout)
        picture.setPicturePath(str(path), Qgis.PictureFormat.SVG)
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        self.layout.addLayoutItem(picture)
        picture.attemptResize(QgsLayoutSize(pw, ph))
        picture.attemptMove(QgsLayoutPoint(x, y), True, False, page)
        h_caption = self.text_height(chart.caption, w, 8)
        self.label(chart.caption, page, x, y + ph + 2, w, h_caption, 8)
        return y + ph + 2 + h_caption

    def text_height(self, text: str, w: float, points: float) -> float:
        """Millimetres a label of ``text`` takes at ``w`` mm wide (an estimate on the generous side)."""
        char, line = self.CHAR_MM * points / self.POINTS, self.LINE_MM * points / self.POINTS * 1.1
        return line * sum(1 + int(len(part) * char / w) for part in str(text).split("\n"))

    def table_height(self, table: Table, widths: list[float]) -> float:
        """Estimated height of ``table`` drawn in columns ``widths`` (mm), header included."""
        total = 0.0
        for row in [table.headers, *table.rows]:
            lines = max(
                sum(1 + int(len(part) * self.CHAR_MM / max(w, 1.0)) for part in str(cell).split("\n"))
                for cell, w in zip(row, widths)
            )
            total += lines * self.LINE_MM + 2.2
        return total

    def next_table(self, table: Table) -> None:
        """``table`` with its title below the last one, or at the top of a new page when it would not fit."""
        w = self.width
        need = 8.0 + (self.text_height(table.note, w, 7.5) + 1.5 if table.note else 0.0)
        need += self.table_height(table, self.column_widths(table, w)) if table.rows else 6.0
        if self.y + need > BODY_BOTTOM:
            self.new_page()
            self.y = HEAD_Y
        self.y = self.table(table, self.page, MARGIN, self.y, w) + 8.0

    def column_widths(self, table: Table, w: float) -> list[float]:
        widths = table.widths or (1.0,) * len(table.headers)
        # each column also takes two cell margins and a grid line
        room = w - len(widths) * 2.0 - (len(widths) + 1) * 0.15
        return [room * v / sum(widths) for v in widths]

    def table(self, table: Table, page: int, x: float, y: float, w: float) -> float:
        """``table`` from (x, y) on ``page`` with its title and note; a long one runs on over new pages at
        the same place. Returns the (estimated) bottom of its last part."""
        self.label(table.title, page, x, y, w, 7.0, 11, bold=True)
        y += 8.0
        if table.note:
            h = self.text_height(table.note, w, 7.5)
            self.label(table.note, page, x, y, w, h, 7.5)
            y += h + 1.5
        if not table.rows:
            self.label("None.", page, x, y, w, 6.0, 9)
            return y + 6.0
        item = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(item)
        columns = []
        for i, text in enumerate(table.headers):
            column = QgsLayoutTableColumn(text)
            if i in table.numeric:
                column.setHAlignment(Qt.AlignmentFlag.AlignRight)
            columns.append(column)
        item.setHeaders(columns)
        item.setIncludeTableHeader(True)
        item.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
        item.setHeaderTextFormat(text_format(self.POINTS, bold=True))
        item.setContentTextFormat(text_format(self.POINTS))
        item.setCellMargin(1.0)
        item.setShowGrid(True)
        item.setVerticalGrid(False)
        item.setGridStrokeWidth(0.15)
        item.setGridColor(QColor("#c8ccd0"))
        item.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
        item.setCellStyle(QgsLayoutTable.CellStyleGroup.HeaderRow, _style("#e8ecf0"))
        item.setCellStyle(QgsLayoutTable.CellStyleGroup.EvenRows, _style("#f7f8fa"))
        total = table.key == "exchanges"  # its last row is the total
        rows = []
        for n, row in enumerate(table.rows):
            cells = []
            for i, text in enumerate(row):
                cell = QgsTableCell(str(text))  # plain text: no HTML, no expression
                if i in table.numeric:
                    cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
                if total and n == len(table.rows) - 1:
                    cell.setTextFormat(text_format(self.POINTS, bold=True))
                cells.append(cell)
            rows.append(cells)
        item.setTableContents(rows)
        widths = self.column_widths(table, w)
        item.setColumnWidths(widths)
        # frames of the same size and place on the next pages until the table is done
        item.setResizeMode(QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished)
        estimate = self.table_height(table, widths)
        height = BODY_BOTTOM - y
        frame = QgsLayoutFrame(self.layout, item)
        frame.attemptResize(QgsLayoutSize(w, height))
        frame.attemptMove(QgsLayoutPoint(x, y), True, False, page)
        item.addFrame(frame)
        item.recalculateFrameSizes()  # adds the pages the table runs onto now, before the next section
        self.page = self.layout.pageCollection().pageCount() - 1
        if item.frameCount() > 1:
            return BODY_BOTTOM  # it filled its pages: the next table starts on a new one
        # room below a short table for the next one: its frame ends where its rows are estimated to end
        frame.attemptResize(QgsLayoutSize(w, min(height, estimate + 2.0)))
        return y + min(height, estimate + 2.0)

    def footers(self) -> None:
        pages = self.layout.pageCollection().pageCount()
        for page in range(1, pages):  # the map page has its credits there
            self.label(
                f"{self.data.title}  |  EcoPark report, {self.data.created}  |  page {page + 1} of {pages}",
                page,
                MARGIN,
                PAGE_H - MARGIN + 3,
                self.width,
                4.0,
                7,
            )


def _style(colour: str) -> QgsLayoutTableStyle:
    style = QgsLayoutTableStyle()
    style.enabled = True
    style.cellBackgroundColor = QColor(colour)
    return style
