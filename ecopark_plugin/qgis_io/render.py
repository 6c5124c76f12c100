"""Render a result map to PNG through a QGIS print layout: map, title, legend, scale bar, north arrow, credits;
and keep such a layout in a project for the user to edit and print."""

from __future__ import annotations

import math
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsBasicNumericFormat,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QFont

from ..core.model.errors import EcoParkError
from ..core.model.i18n import current
from ..i18n import translator

tr = translator("MapRender")


def text_format(points: float, bold: bool = False) -> QgsTextFormat:
    font = QFont()
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(points)
    fmt.setSizeUnit(Qgis.RenderUnit.Points)
    return fmt


def map_crs(layers: list[QgsVectorLayer]) -> QgsCoordinateReferenceSystem:
    """The first layer's CRS when projected, else the UTM zone at the layers' centre."""
    crs = layers[0].crs()
    if not crs.isGeographic():
        return crs
    extent = layers[0].extent()
    lon, lat = extent.center().x(), extent.center().y()
    zone = int(math.floor((lon + 180) / 6)) % 60 + 1
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if lat >= 0 else 32700) + zone}")


def _extent(layers, crs, project) -> QgsRectangle:
    box = QgsRectangle()
    box.setNull()
    for layer in layers:
        if layer.featureCount() == 0:
            continue
        transform = QgsCoordinateTransform(layer.crs(), crs, project.transformContext())
        box.combineExtentWith(transform.transformBoundingBox(layer.extent()))
    if box.isNull():
        raise EcoParkError(tr("nothing to draw: the layers are empty"))
    return _padded(box)


def _padded(box: QgsRectangle, minimum: float = 1000.0) -> QgsRectangle:
    box = QgsRectangle(box)
    if box.width() < minimum and box.height() < minimum:
        box.grow(minimum / 2)
    box.scale(1.15)
    return box


def core_extent(
    layer: QgsVectorLayer, crs, project, share: float = 0.1, minimum: float = 1000.0
) -> QgsRectangle | None:
    """The extent of the dense core of ``layer``'s features when a few far ones stretch the map.

    Points farther from the median centre than eight times the median distance are outliers; if
    the rest covers less than ``share`` of the whole extent, that rest is returned (padded, at least
    ``minimum`` map units across), else ``None``.
    """
    transform = QgsCoordinateTransform(layer.crs(), crs, project.transformContext())
    points = []
    for feature in layer.getFeatures():
        if feature.hasGeometry():
            p = transform.transform(feature.geometry().centroid().asPoint())
            points.append((p.x(), p.y()))
    if len(points) < 4:
        return None
    xs, ys = sorted(x for x, _ in points), sorted(y for _, y in points)
    cx, cy = xs[len(xs) // 2], ys[len(ys) // 2]
    dist = [math.hypot(x - cx, y - cy) for x, y in points]
    limit = 8 * sorted(dist)[len(dist) // 2]
    core = [(x, y) for (x, y), d in zip(points, dist) if d <= limit]
    full = QgsRectangle(xs[0], ys[0], xs[-1], ys[-1])
    box = QgsRectangle(
        min(x for x, _ in core), min(y for _, y in core), max(x for x, _ in core), max(y for _, y in core)
    )
    if len(core) == len(points) or full.area() == 0 or _padded(box, minimum).area() > share * full.area():
        return None
    return _padded(box, minimum)


def plain_text(text: str) -> str:
    """``text`` shown as it is by a layout label: QGIS evaluates ``[% ... %]`` and ``$CURRENT_DATE`` in label
    text, so a zero-width space keeps user text (a title, a site name) from being run as an expression."""
    return str(text).replace("[%", "[\u200b%").replace("$CURRENT_DATE", "$\u200bCURRENT_DATE")


def map_layout(
    project: QgsProject,
    layers: list[QgsVectorLayer],
    title: str,
    credits: str = "",
    focus_core: bool = True,
    backdrop: list[QgsVectorLayer] | tuple = (),
    focus: QgsVectorLayer | None = None,
) -> QgsPrintLayout:
    """An A4 landscape print layout of ``layers`` (top first) with a title, legend, scale bar and credits.

    With ``focus_core`` the main map shows the dense core of ``focus`` (default: the last layer; the
    sites) when a few far partners would shrink it to a dot, and an overview inset shows the whole. ``backdrop`` layers
    (a road network) are drawn below and listed in the legend, but do not set the extent. ``project`` owns
    the layout and must outlive it (a throwaway ``QgsProject()`` will do; the layers stay their owner's).
    """
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # A4 landscape page
    page = layout.pageCollection().page(0).pageSize()
    margin = 8.0
    legend_w = 62.0

    title_item = QgsLayoutItemLabel(layout)
    title_item.setText(plain_text(title))
    title_item.setTextFormat(text_format(17, bold=True))
    title_item.attemptMove(QgsLayoutPoint(margin, margin - 2))
    title_item.attemptResize(QgsLayoutSize(page.width() - 2 * margin, 12))
    layout.addLayoutItem(title_item)

    crs = map_crs(layers)
    map_item = QgsLayoutItemMap(layout)
    map_item.setCrs(crs)
    map_item.setLayers([*layers, *backdrop])
    map_item.attemptMove(QgsLayoutPoint(margin, margin + 12))
    map_item.attemptResize(QgsLayoutSize(page.width() - 3 * margin - legend_w, page.height() - 2 * margin - 22))
    map_item.setFrameEnabled(True)
    map_item.setBackgroundColor(QColor("#f4f6f8"))
    whole = _extent(layers, crs, project)
    core = core_extent(focus or layers[-1], crs, project) if focus_core else None
    map_item.zoomToExtent(core or whole)
    layout.addLayoutItem(map_item)
    if core is not None:  # far partners: an overview of the whole, with the main map's frame on it
        inset = QgsLayoutItemMap(layout)
        inset.setCrs(crs)
        inset.setLayers([*layers, *backdrop])
        size = map_item.sizeWithUnits()
        inset_w, inset_h = size.width() * 0.3, size.height() * 0.38
        inset.attemptMove(QgsLayoutPoint(margin + size.width() - inset_w - 2, margin + 12 + 2))
        inset.attemptResize(QgsLayoutSize(inset_w, inset_h))
        inset.setFrameEnabled(True)
        inset.setBackgroundColor(QColor("#ffffff"))
        inset.zoomToExtent(whole)
        frame = QgsLayoutItemMapOverview("main map", inset)
        frame.setLinkedMap(map_item)
        inset.overviews().addOverview(frame)
        layout.addLayoutItem(inset)

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    legend.setLegendFilterByMapEnabled(True)  # only the families, sectors and classes on the map
    root = QgsLayerTree()
    for layer in [*layers, *backdrop]:
        root.addLayer(layer)
    legend.model().setRootGroup(root)
    root.setParent(legend)  # the model does not own its tree: the legend does, so it lives as long as the layout
    legend.rstyle(QgsLegendStyle.Style.Title).setMargin(QgsLegendStyle.Side.Bottom, 3)
    for style, points in (
        (QgsLegendStyle.Style.Title, 12),
        (QgsLegendStyle.Style.Group, 9),
        (QgsLegendStyle.Style.Subgroup, 9),
        (QgsLegendStyle.Style.SymbolLabel, 8),
    ):
        fmt = legend.rstyle(style).textFormat()
        fmt.setSize(points)
        legend.rstyle(style).setTextFormat(fmt)
    legend.setWrapString("|")
    legend.attemptMove(QgsLayoutPoint(page.width() - margin - legend_w, margin + 12))
    legend.setResizeToContents(True)
    layout.addLayoutItem(legend)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    scale.applyDefaultSize(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    scale.setUnitLabel(tr("km"))  # after applyDefaultSize, which sets QGIS's own (untranslated) abbreviation
    if current() == "ru":  # a run in Russian (the runner's --language ru): 0,75 km, not 0.75
        numbers = QgsBasicNumericFormat()
        numbers.setDecimalSeparator(",")
        numbers.setThousandsSeparator("\u00a0")
        scale.setNumericFormat(numbers)
    scale.attemptMove(QgsLayoutPoint(margin + 3, page.height() - margin - 22))
    layout.addLayoutItem(scale)
    add_north_arrow(layout, map_item)

    note = QgsLayoutItemLabel(layout)
    note.setText(plain_text(credits))
    note.setTextFormat(text_format(7))
    note.attemptMove(QgsLayoutPoint(margin, page.height() - margin - 8))
    # under the map only: the legend column may run down to the page's foot
    note.attemptResize(QgsLayoutSize(page.width() - 3 * margin - legend_w, 8))
    layout.addLayoutItem(note)

    return layout


def north_arrow_svg() -> str | None:
    """QGIS's own north arrow picture (``arrows/NorthArrow_02.svg`` in its SVG paths), if installed."""
    for folder in QgsApplication.svgPaths():
        path = Path(folder) / "arrows" / "NorthArrow_02.svg"
        if path.is_file():
            return str(path)
    return None


def add_north_arrow(layout: QgsPrintLayout, map_item: QgsLayoutItemMap) -> QgsLayoutItem:
    """A north arrow in the map's top left corner, turning with the map (grid north); a bold "N" where QGIS's
    arrow pictures are not installed."""
    corner = map_item.positionWithUnits()
    svg = north_arrow_svg()
    if svg is not None:
        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath(svg, Qgis.PictureFormat.SVG)
        arrow.setLinkedMap(map_item)
        arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
        arrow.attemptResize(QgsLayoutSize(9, 14))
    else:
        arrow = QgsLayoutItemLabel(layout)
        arrow.setText(tr("N"))
        arrow.setTextFormat(text_format(16, bold=True))
        arrow.attemptResize(QgsLayoutSize(9, 9))
    arrow.setId("north_arrow")
    arrow.attemptMove(QgsLayoutPoint(corner.x() + 3, corner.y() + 3))
    layout.addLayoutItem(arrow)
    return arrow


def project_layout(
    project: QgsProject, name: str, styled: dict[str, QgsVectorLayer], title: str, credits: str, basemap=None
) -> QgsPrintLayout:
    """A print layout of a scenario's map (its styled layers by name, as on the map; a basemap under them),
    with title, legend, scale bar, north arrow and credits, kept in ``project``'s layout manager under ``name``
    (an earlier layout of that name is replaced): the user opens, edits and prints it from QGIS, and it is
    saved with the project."""
    kwargs = result_map_layers(styled)
    if basemap is not None:
        kwargs["backdrop"] = [*kwargs["backdrop"], basemap]
    layout = map_layout(project, title=title, credits=credits, **kwargs)
    layout.setName(name)
    manager = project.layoutManager()
    earlier = manager.layoutByName(name)
    if earlier is not None:
        manager.removeLayout(earlier)
    if not manager.addLayout(layout):
        raise EcoParkError(tr("QGIS could not keep the print layout '{name}' in the project").format(name=name))
    return layout


def result_map_layers(styled: dict[str, QgsVectorLayer]) -> dict:
    """The keyword arguments of :func:`map_layout` for styled result layers by name (``results.styled_layers``):
    the road network as a backdrop, the risk layer left out (the sites are drawn once), the map framed on the sites."""
    styled = dict(styled)
    backdrop = [styled.pop("road_network")] if "road_network" in styled else []
    styled.pop("site_risk", None)
    return {"layers": list(styled.values()), "backdrop": backdrop, "focus": styled.get("sites")}


def page_image(layout: QgsPrintLayout, page: int = 0, dpi: int = 150):
    """Page ``page`` of ``layout`` as a QImage."""
    # render the page ourselves: the exporter's georeferencing step cannot update a PNG
    image = QgsLayoutExporter(layout).renderPageToImage(page, QSize(), dpi)
    if image.isNull():
        raise EcoParkError(tr("QGIS could not render the map image"))
    return image


def render_map_png(
    layers: list[QgsVectorLayer],
    path: str | Path,
    title: str,
    credits: str = "",
    dpi: int = 150,
    overwrite: bool = False,
    focus_core: bool = True,
    backdrop: list[QgsVectorLayer] | tuple = (),
    focus: QgsVectorLayer | None = None,
) -> Path:
    """Lay out ``layers`` with :func:`map_layout` and write the page as a PNG.

    The image is written to a temporary file first and moved into place, so an existing file is
    never left half-written; it is only replaced when ``overwrite`` is true.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise EcoParkError(tr("{path} exists; choose another name or allow overwriting").format(path=path))
    project = QgsProject()
    layout = map_layout(project, layers, title, credits, focus_core, backdrop, focus)
    image = page_image(layout, 0, dpi)
    with temporary_beside(path) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise EcoParkError(tr("QGIS could not write the map image to {path}").format(path=path))
    return path


@contextmanager
def temporary_beside(path: Path):
    """A temporary file name beside ``path``, moved onto ``path`` when the block ends without error and
    removed otherwise. The file gets the user's umask (mkstemp makes it private), like any file they write."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
