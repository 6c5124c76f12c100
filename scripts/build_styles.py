"""Write the layer styles EcoPark ships (resources/styles/*.qml) from the definitions below.

The .qml files are what the plugin, Processing and the command line load, and what a user edits in
QGIS's style dock and saves back. This script rebuilds them from code: ``make styles``.
The styles depend on no particular data: widths and sizes scale with aggregates over the layer.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ecopark_plugin.headless import start_qgis  # noqa: E402

start_qgis(with_processing=False)

from qgis.core import (  # noqa: E402
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSimpleMarkerSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

from ecopark_plugin.core.symbiosis.catalogue import FAMILY_COLOURS  # noqa: E402
from ecopark_plugin.qgis_io.styles import (  # noqa: E402
    CLASS_COLOURS,
    MAP_TIPS,
    SECTOR_COLOURS,
    SECTOR_EXPRESSION,
    STATUS_COLOURS,
    family_labels,
    sector_labels,
)

OUT = ROOT / "resources" / "styles"

#: fields of each layer, so the style can be saved from an empty layer of the right shape
FIELDS = {
    "exchanges": "exchange_id:integer&field=supplier_name:string&field=receiver_name:string&field=stream_en:string"
    "&field=family:string&field=quantity:double&field=quantity_selected:double&field=unit:string&field=mode:string"
    "&field=mode_chain:string&field=distance_km:double&field=transport_cost:double&field=net_benefit:double"
    "&field=co2_avoided_t:double&field=selected:boolean",
    "sites": "site_id:string&field=name:string&field=nace:string&field=output_t:double&field=n_links:integer"
    "&field=net_benefit:double&field=co2_avoided_t:double",
    "zones": "site_id:string&field=name:string&field=hazard_class:integer&field=class_label:string&field=width_m:double"
    "&field=area_ha:double&field=class_source:string",
    "zone_reduction": "site_id:string&field=name:string&field=class_before:integer&field=class_after:integer"
    "&field=freed_ha:double&field=freed_net_ha:double&field=diverted:string",
    "housing_conflicts": "housing_id:string&field=kind:string&field=population:double&field=pop_before:double"
    "&field=pop_after:double&field=sites_before:string&field=sites_after:string&field=status:string",
    "site_risk": "site_id:string&field=name:string&field=hazard_class:integer&field=pop_in_zone:double"
    "&field=housing_in_zone:integer&field=risk_rank:integer",
    "road_network": "component:integer",
    "exchange_clusters": "cluster_id:integer&field=n_sites:integer&field=members:string&field=anchor_name:string"
    "&field=tonnes:double&field=net_benefit:double&field=co2_avoided_t:double&field=area_ha:double",
    "suitability": "cell_id:integer&field=s_exchange:double&field=s_road:double&field=s_rail:double"
    "&field=s_housing:double&field=score:double&field=excluded:string",
    "suitability_candidates": "rank:integer&field=cell_id:integer&field=score:double&field=s_exchange:double"
    "&field=s_road:double&field=s_rail:double&field=s_housing:double&field=exchange_eur:double&field=anchors:string",
}


def layer(kind: str, geometry: str) -> QgsVectorLayer:
    fields = FIELDS[kind.split("_polygon")[0].split("_point")[0]]
    lyr = QgsVectorLayer(f"{geometry}?crs=EPSG:25832&field={fields}", kind, "memory")
    assert lyr.isValid(), kind
    return lyr


def text_format(size: float, colour: str = "#202020") -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setSize(size)
    fmt.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    fmt.setBuffer(buffer)
    return fmt


def labels(lyr, expression: str, size: float, enabled: bool, placement=None) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(text_format(size))
    if placement is not None:
        settings.placement = placement
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    lyr.setLabelsEnabled(enabled)


def arrow_line(colour: str) -> QgsLineSymbol:
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


def exchanges() -> QgsVectorLayer:
    lyr = layer("exchanges", "LineString")
    # width by quantity, relative to the largest chosen exchange of the same unit (t, MWh, m3)
    width = (
        'scale_linear(sqrt(coalesce("quantity_selected", 0)), 0, '
        'sqrt(maximum("quantity_selected", group_by:="unit", filter:="selected")), 0.5, 3.5)'
    )
    root = QgsRuleBasedRenderer.Rule(None)
    for family, label in family_labels().items():
        symbol = arrow_line(FAMILY_COLOURS[family])
        symbol.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.Property.StrokeWidth, QgsProperty.fromExpression(width)
        )
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, f'"selected" AND "family" = \'{family}\'', label))
    grey = QgsLineSymbol.createSimple(
        {"line_color": "150,150,150,140", "line_width": "0.2", "line_style": "dash", "line_width_unit": "MM"}
    )
    root.appendChild(QgsRuleBasedRenderer.Rule(grey, 0, 0, 'NOT "selected"', "Candidate, not chosen"))
    lyr.setRenderer(QgsRuleBasedRenderer(root))
    # optional labels (off): the stream and its yearly quantity along each chosen link
    labels(
        lyr,
        'if("selected", "stream_en" || \' \' || format_number("quantity_selected", 0) || \' \' || "unit", \'\')',
        7,
        False,
        Qgis.LabelPlacement.Line,
    )
    return lyr


def _sector_renderer(make_symbol) -> QgsCategorizedSymbolRenderer:
    categories = [
        QgsRendererCategory(key, make_symbol(SECTOR_COLOURS[key]), label) for key, label in sector_labels().items()
    ]
    return QgsCategorizedSymbolRenderer(SECTOR_EXPRESSION, categories)


def sites() -> QgsVectorLayer:
    lyr = layer("sites", "Point")
    size = 'scale_linear(sqrt(coalesce("output_t", 0)), 0, sqrt(maximum("output_t")), 2.2, 6.5)'

    def marker(colour):
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": colour, "outline_color": "#202020", "outline_width": "0.4"}
        )
        symbol.setDataDefinedSize(QgsProperty.fromExpression(size))
        return symbol

    lyr.setRenderer(_sector_renderer(marker))
    labels(lyr, '"name"', 7.5, True, Qgis.LabelPlacement.OrderedPositionsAroundPoint)
    return lyr


def sites_polygon() -> QgsVectorLayer:
    lyr = layer("sites_polygon", "Polygon")

    def fill(colour):
        return QgsFillSymbol.createSimple({"color": colour, "outline_color": "#202020", "outline_width": "0.4"})

    lyr.setRenderer(_sector_renderer(fill))
    labels(lyr, '"name"', 7.5, True)
    return lyr


def _class_categories(make_symbol):
    roman = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}
    return [QgsRendererCategory(k, make_symbol(CLASS_COLOURS[k]), f"Class {roman[k]}") for k in sorted(CLASS_COLOURS)]


def zones() -> QgsVectorLayer:
    lyr = layer("zones", "Polygon")

    def fill(colour):
        c = QColor(colour)
        return QgsFillSymbol.createSimple(
            {
                "color": f"{c.red()},{c.green()},{c.blue()},45",
                "outline_color": colour,
                "outline_width": "0.35",
                "outline_style": "dash",
            }
        )

    lyr.setRenderer(QgsCategorizedSymbolRenderer("hazard_class", _class_categories(fill)))
    return lyr


def zones_after() -> QgsVectorLayer:
    lyr = layer("zones", "Polygon")

    def outline(colour):
        return QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": colour, "outline_width": "0.6", "outline_style": "solid"}
        )

    lyr.setRenderer(QgsCategorizedSymbolRenderer("hazard_class", _class_categories(outline)))
    return lyr


def zone_reduction() -> QgsVectorLayer:
    lyr = layer("zone_reduction", "Polygon")
    symbol = QgsFillSymbol.createSimple({"color": "26,152,80,90", "outline_color": "#1a9850", "outline_width": "0.3"})
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.6)
    hatch.setColor(QColor("#1a9850"))
    hatch.setLineWidth(0.25)
    symbol.appendSymbolLayer(hatch)
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "", "Zone land freed by the exchanges"))
    lyr.setRenderer(QgsRuleBasedRenderer(root))
    labels(lyr, "format_number(\"freed_ha\", 0) || ' ha freed'", 7, True)
    return lyr


def _status_rules(make_symbol) -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    for status, (colour, label) in STATUS_COLOURS.items():
        root.appendChild(QgsRuleBasedRenderer.Rule(make_symbol(colour), 0, 0, f"\"status\" = '{status}'", label))
    return QgsRuleBasedRenderer(root)


def housing_conflicts() -> QgsVectorLayer:
    lyr = layer("housing_conflicts", "Polygon")
    lyr.setRenderer(
        _status_rules(lambda c: QgsFillSymbol.createSimple({"color": c, "outline_color": c, "outline_width": "0.1"}))
    )
    return lyr


def housing_conflicts_point() -> QgsVectorLayer:
    lyr = layer("housing_conflicts_point", "Point")
    lyr.setRenderer(
        _status_rules(
            lambda c: QgsMarkerSymbol.createSimple({"name": "square", "color": c, "outline_style": "no", "size": "1.4"})
        )
    )
    return lyr


#: people inside a site's zone: the breaks of the risk style
RISK_BREAKS = [
    (0, 0.5, "nobody in the zone"),
    (0.5, 100, "1-100 people in the zone"),
    (100, 1000, "100-1,000 people in the zone"),
    (1000, 10000, "1,000-10,000 people in the zone"),
    (10000, 1e12, "over 10,000 people in the zone"),
]
RISK_COLOURS = ["#ffffcc", "#fed976", "#fd8d3c", "#e31a1c", "#800026"]


def site_risk(geometry: str = "Point") -> QgsVectorLayer:
    lyr = layer("site_risk" if geometry == "Point" else "site_risk_polygon", geometry)
    ranges = []
    for i, ((low, high, label), colour) in enumerate(zip(RISK_BREAKS, RISK_COLOURS)):
        if geometry == "Point":
            symbol = QgsMarkerSymbol.createSimple(
                {
                    "name": "circle",
                    "color": colour,
                    "outline_color": "#404040",
                    "outline_width": "0.3",
                    "size": str(2.4 + 1.1 * i),
                }
            )
        else:
            symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#404040", "outline_width": "0.3"})
        ranges.append(QgsRendererRange(low, high, symbol, label))
    renderer = QgsGraduatedSymbolRenderer("pop_in_zone", ranges)
    lyr.setRenderer(renderer)
    labels(lyr, "if(\"risk_rank\" <= 3, '#' || \"risk_rank\" || ' ' || \"name\", '')", 7.5, True)
    return lyr


def road_network() -> QgsVectorLayer:
    lyr = layer("road_network", "LineString")
    main = QgsLineSymbol.createSimple({"line_color": "#b9bec4", "line_width": "0.18", "line_width_unit": "MM"})
    cut = QgsLineSymbol.createSimple({"line_color": "#f28e2b", "line_width": "0.3", "line_width_unit": "MM"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(main, 0, 0, 'coalesce("component", 0) = 0', "Road network"))
    root.appendChild(QgsRuleBasedRenderer.Rule(cut, 0, 0, '"component" > 0', "Road pieces cut off"))
    lyr.setRenderer(QgsRuleBasedRenderer(root))
    return lyr


def exchange_clusters() -> QgsVectorLayer:
    lyr = layer("exchange_clusters", "Polygon")
    symbol = QgsFillSymbol.createSimple({"outline_width": "0.5", "outline_style": "dash"})
    # one hue per cluster, spread by the golden angle so neighbouring ids differ; any number of clusters
    hue = '(("cluster_id" * 137.508) % 360)'
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.Property.FillColor, QgsProperty.fromExpression(f"color_hsva({hue}, 65, 85, 50)")
    )
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.Property.StrokeColor, QgsProperty.fromExpression(f"color_hsv({hue}, 80, 60)")
    )
    lyr.setRenderer(QgsSingleSymbolRenderer(symbol))
    labels(lyr, "'#' || \"cluster_id\" || ' ' || \"anchor_name\"", 8, True)
    return lyr


#: suitability score bands and their colours (ColorBrewer YlGn); excluded cells are drawn grey over them
SUITABILITY_BREAKS = [
    (0.0, 0.2, "Suitability 0-0.2"),
    (0.2, 0.4, "Suitability 0.2-0.4"),
    (0.4, 0.6, "Suitability 0.4-0.6"),
    (0.6, 0.8, "Suitability 0.6-0.8"),
    (0.8, 1.0, "Suitability 0.8-1 (best)"),
]
SUITABILITY_COLOURS = ["#ffffcc", "#c2e699", "#78c679", "#31a354", "#006837"]


def suitability() -> QgsVectorLayer:
    lyr = layer("suitability", "Polygon")
    ranges = []
    for (low, high, label), colour in zip(SUITABILITY_BREAKS, SUITABILITY_COLOURS):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"})
        symbol.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.Property.FillColor,
            QgsProperty.fromExpression(f"if(coalesce(\"excluded\", '') <> '', '#bdbdbd', '{colour}')"),
        )
        ranges.append(QgsRendererRange(low, high, symbol, label))
    lyr.setRenderer(QgsGraduatedSymbolRenderer("score", ranges))
    lyr.setOpacity(0.75)
    return lyr


def suitability_candidates() -> QgsVectorLayer:
    lyr = layer("suitability_candidates", "Point")
    symbol = QgsMarkerSymbol.createSimple(
        {"name": "star", "color": "#d7301f", "outline_color": "#ffffff", "outline_width": "0.4", "size": "5"}
    )
    lyr.setRenderer(QgsSingleSymbolRenderer(symbol))
    labels(lyr, "'#' || \"rank\"", 10, True)
    return lyr


#: what a style carries: no fields, forms or actions, which belong to the data
CATEGORIES = (
    QgsMapLayer.StyleCategory.Symbology
    | QgsMapLayer.StyleCategory.Labeling
    | QgsMapLayer.StyleCategory.MapTips
    | QgsMapLayer.StyleCategory.Rendering
)

BUILDERS = {
    "exchanges": exchanges,
    "sites": sites,
    "sites_polygon": sites_polygon,
    "zones": zones,
    "zones_after": zones_after,
    "zone_reduction": zone_reduction,
    "housing_conflicts": housing_conflicts,
    "housing_conflicts_point": housing_conflicts_point,
    "site_risk": site_risk,
    "site_risk_polygon": lambda: site_risk("Polygon"),
    "road_network": road_network,
    "exchange_clusters": exchange_clusters,
    "suitability": suitability,
    "suitability_candidates": suitability_candidates,
}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(OUT), help="folder for the .qml files")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, build in BUILDERS.items():
        lyr = build()
        lyr.setMapTipTemplate(MAP_TIPS.get(name, ""))
        path = out / f"{name}.qml"
        message, ok = lyr.saveNamedStyle(str(path), CATEGORIES)
        if not ok:
            raise SystemExit(f"{name}: {message}")
        # no font family: the user's QGIS then labels with its own default font instead of warning that
        # the font of the machine that built the style is missing
        text = re.sub(r' (fontFamily|namedStyle)="[^"]*"', "", path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
        print(out / f"{name}.qml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
