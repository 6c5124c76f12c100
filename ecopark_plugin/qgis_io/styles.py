"""Styles of the result layers: links coloured by stream family, sized by quantity, with arrows."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsSimpleMarkerSymbolLayer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor

#: colour of each stream family (ColorBrewer Set1-like, readable on white)
FAMILY_COLOURS = {
    "energy": "#e41a1c",
    "minerals": "#8c6d31",
    "metals": "#4d4d4d",
    "chemicals": "#984ea3",
    "organics": "#4daf4a",
    "water": "#377eb8",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("EcoPark", text)


def family_labels() -> dict[str, str]:
    return {
        "energy": tr("Energy (steam, heat, gases)"),
        "minerals": tr("Minerals (ash, gypsum, slag)"),
        "metals": tr("Metals"),
        "chemicals": tr("Chemicals (sulphur, acids)"),
        "organics": tr("Organics (sludge, biomass, feed)"),
        "water": tr("Water"),
    }


def _arrow_line(colour: str) -> QgsLineSymbol:
    symbol = QgsLineSymbol()
    line = symbol.symbolLayer(0)
    line.setColor(QColor(colour))
    line.setPenCapStyle(Qt.PenCapStyle.RoundCap)
    line.setWidthUnit(Qgis.RenderUnit.Millimeters)
    arrow = QgsMarkerLineSymbolLayer()
    arrow.setPlacements(Qgis.MarkerLinePlacement.CentralPoint)
    head = QgsMarkerSymbol()
    head.changeSymbolLayer(0, QgsSimpleMarkerSymbolLayer(Qgis.MarkerShape.ArrowHeadFilled, 3.2))
    head.setColor(QColor(colour))
    arrow.setSubSymbol(head)
    symbol.appendSymbolLayer(arrow)
    return symbol


def style_exchanges(layer: QgsVectorLayer, show_candidates: bool = True) -> None:
    """Rule-based style: chosen links by family with width by quantity; the rest thin and grey."""
    max_q = layer.maximumValue(layer.fields().indexOf("quantity_selected")) or 1.0
    width = f'scale_linear(sqrt(coalesce("quantity_selected", 0)), 0, sqrt({float(max_q)!r}), 0.5, 3.5)'
    root = QgsRuleBasedRenderer.Rule(None)
    families = layer.uniqueValues(layer.fields().indexOf("family"))
    for family, label in family_labels().items():
        if family not in families:
            continue
        symbol = _arrow_line(FAMILY_COLOURS[family])
        symbol.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.Property.StrokeWidth, QgsProperty.fromExpression(width)
        )
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, f'"selected" AND "family" = \'{family}\'', label))
    if show_candidates:
        grey = QgsLineSymbol()
        line = grey.symbolLayer(0)
        line.setColor(QColor(150, 150, 150, 140))
        line.setWidth(0.2)
        line.setPenStyle(Qt.PenStyle.DashLine)
        root.appendChild(QgsRuleBasedRenderer.Rule(grey, 0, 0, 'NOT "selected"', tr("Candidate, not chosen")))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.setMapTipTemplate(
        '<b>[% "stream_en" %]</b>: [% "supplier_name" %] &rarr; [% "receiver_name" %]<br>'
        '[% format_number("quantity", 0) %] [% "unit" %]/yr by [% "mode" %], '
        '[% format_number("distance_km", 1) %] km<br>'
        'cost [% format_number("transport_cost", 0) %] EUR/yr, CO2 avoided [% format_number("co2_avoided_t", 0) %] t/yr'
    )
    layer.triggerRepaint()


def style_sites(layer: QgsVectorLayer, labels: bool = True) -> None:
    """Sites as dark circles sized by their by-product output, labelled with their names."""
    symbol = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#ffffff", "outline_color": "#202020", "outline_width": "0.5"}
    )
    if layer.fields().indexOf("output_t") >= 0:
        max_t = layer.maximumValue(layer.fields().indexOf("output_t")) or 1.0
        symbol.setDataDefinedSize(
            QgsProperty.fromExpression(
                f'scale_linear(sqrt(coalesce("output_t", 0)), 0, sqrt({float(max_t)!r}), 2.2, 6)'
            )
        )
    else:
        symbol.setSize(2.5)
    layer.renderer().setSymbol(symbol)
    if labels:
        settings = QgsPalLayerSettings()
        settings.fieldName = "name"
        fmt = QgsTextFormat()
        fmt.setSize(7.5)
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        fmt.setBuffer(buffer)
        settings.setFormat(fmt)
        settings.placement = Qgis.LabelPlacement.OrderedPositionsAroundPoint
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
    layer.triggerRepaint()


def style_network(layer: QgsVectorLayer) -> None:
    """A network as a quiet backdrop: thin grey lines, pieces cut off from the main network in orange."""
    main = QgsLineSymbol.createSimple({"line_color": "#b9bec4", "line_width": "0.18", "line_width_unit": "MM"})
    cut = QgsLineSymbol.createSimple({"line_color": "#f28e2b", "line_width": "0.3", "line_width_unit": "MM"})
    root = QgsRuleBasedRenderer.Rule(None)
    if layer.fields().indexOf("component") >= 0:
        root.appendChild(QgsRuleBasedRenderer.Rule(main, 0, 0, '"component" = 0', tr("Road network")))
        root.appendChild(QgsRuleBasedRenderer.Rule(cut, 0, 0, '"component" > 0', tr("Road pieces cut off")))
    else:
        root.appendChild(QgsRuleBasedRenderer.Rule(main, 0, 0, "", tr("Road network")))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.triggerRepaint()


def legend_names() -> dict[str, str]:
    """Names the map legend gives the result layers."""
    return {
        "exchanges": tr("Exchanges (width: quantity)"),
        "sites": tr("Sites (size: by-product output)"),
        "road_network": tr("Roads"),
    }
