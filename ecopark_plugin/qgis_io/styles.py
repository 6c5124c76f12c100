"""Styles of the result layers, shipped as .qml files in ``resources/styles`` (built by ``make styles``).

Links are coloured by stream family with width by quantity and arrows towards the receiver; sites by
sector with size by by-product output; zones by hazard class; freed land hatched green; housing in
conflict red (still inside a zone) or green (freed); sites at risk graduated by the people in their zone.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.symbiosis.catalogue import RESOURCES
from ..i18n import translator

STYLES = RESOURCES / "styles"

#: sector of a site from its NACE division, for the site style
SECTOR_EXPRESSION = (
    "CASE WHEN left(\"nace\", 2) = '35' THEN 'energy' "
    "WHEN left(\"nace\", 2) IN ('05','06','19','20','21','22') THEN 'chemicals' "
    "WHEN left(\"nace\", 2) IN ('07','08','23') THEN 'minerals' "
    "WHEN left(\"nace\", 2) IN ('24','25') THEN 'metals' "
    "WHEN left(\"nace\", 2) IN ('01','02','03','10','11','12') THEN 'food' "
    "WHEN left(\"nace\", 2) IN ('16','17') THEN 'wood' "
    "WHEN left(\"nace\", 2) IN ('36','37','38','39') THEN 'waste' "
    "ELSE 'other' END"
)
SECTOR_COLOURS = {
    "energy": "#e41a1c",
    "chemicals": "#984ea3",
    "minerals": "#a6761d",
    "metals": "#666666",
    "food": "#66a61e",
    "wood": "#1b9e77",
    "waste": "#377eb8",
    "other": "#ffffff",
}
#: hazard class I-V (1 most hazardous)
CLASS_COLOURS = {1: "#a50026", 2: "#d73027", 3: "#f46d43", 4: "#fdae61", 5: "#e6c300"}
#: housing in conflict, by status
STATUS_COLOURS = {
    "still inside a zone": ("#d7191c", QT_TRANSLATE_NOOP("LayerStyles", "Homes still inside a zone")),
    "freed by the exchanges": ("#1a9850", QT_TRANSLATE_NOOP("LayerStyles", "Homes freed by the exchanges")),
    "inside a zone only after": ("#fdae61", QT_TRANSLATE_NOOP("LayerStyles", "Homes inside a zone only after")),
}
#: the other legend labels the shipped .qml files carry (scripts/build_styles.py writes them in English;
#: apply_style shows them translated); family and sector labels are those of the functions below
LEGEND_LABELS = (
    QT_TRANSLATE_NOOP("LayerStyles", "Candidate, not chosen"),
    QT_TRANSLATE_NOOP("LayerStyles", "Class I"),
    QT_TRANSLATE_NOOP("LayerStyles", "Class II"),
    QT_TRANSLATE_NOOP("LayerStyles", "Class III"),
    QT_TRANSLATE_NOOP("LayerStyles", "Class IV"),
    QT_TRANSLATE_NOOP("LayerStyles", "Class V"),
    QT_TRANSLATE_NOOP("LayerStyles", "Zone land freed by the exchanges"),
    QT_TRANSLATE_NOOP("LayerStyles", "nobody in the zone"),
    QT_TRANSLATE_NOOP("LayerStyles", "1-100 people in the zone"),
    QT_TRANSLATE_NOOP("LayerStyles", "100-1,000 people in the zone"),
    QT_TRANSLATE_NOOP("LayerStyles", "1,000-10,000 people in the zone"),
    QT_TRANSLATE_NOOP("LayerStyles", "over 10,000 people in the zone"),
    QT_TRANSLATE_NOOP("LayerStyles", "Road network"),
    QT_TRANSLATE_NOOP("LayerStyles", "Road pieces cut off"),
    QT_TRANSLATE_NOOP("LayerStyles", "Suitability 0-0.2"),
    QT_TRANSLATE_NOOP("LayerStyles", "Suitability 0.2-0.4"),
    QT_TRANSLATE_NOOP("LayerStyles", "Suitability 0.4-0.6"),
    QT_TRANSLATE_NOOP("LayerStyles", "Suitability 0.6-0.8"),
    QT_TRANSLATE_NOOP("LayerStyles", "Suitability 0.8-1 (best)"),
)


#: English words inside the shipped label expressions (``format_number("freed_ha", 0) || ' ha freed'``),
#: shown translated on the map
LABEL_WORDS = (QT_TRANSLATE_NOOP("LayerStyles", "ha freed"),)

#: legend names and labels: one translation context for the styles
tr = translator("LayerStyles")


def family_labels() -> dict[str, str]:
    return {
        "energy": tr("Energy (steam, heat, gases)"),
        "minerals": tr("Minerals (ash, gypsum, slag)"),
        "metals": tr("Metals"),
        "chemicals": tr("Chemicals (sulphur, acids)"),
        "organics": tr("Organics (sludge, biomass, feed)"),
        "water": tr("Water"),
    }


def sector_labels() -> dict[str, str]:
    return {
        "energy": tr("Energy, heat (NACE 35)"),
        "chemicals": tr("Oil, chemicals, pharma"),
        "minerals": tr("Minerals, cement (23)"),
        "metals": tr("Metals (24-25)"),
        "food": tr("Farming, food, drink"),
        "wood": tr("Wood, paper (16-17)"),
        "waste": tr("Water, waste (36-39)"),
        "other": tr("Other"),
    }


def legend_names() -> dict[str, str]:
    """Names the map legend and the layer tree give the result layers."""
    return {
        "exchanges": tr("Exchanges (width: quantity)"),
        "sites": tr("Sites (size: by-product output)"),
        "road_network": tr("Roads"),
        "zones": tr("Sanitary protection zones, before"),
        "zones_after": tr("Zones after the exchanges"),
        "zone_reduction": tr("Zone land freed"),
        "housing_conflicts": tr("Homes inside zones"),
        "site_risk": tr("Sites by people inside their zone"),
    }


def style_file(name: str, layer: QgsVectorLayer):
    """The shipped .qml for layer ``name``, picking the point or polygon variant by geometry."""
    geometry = layer.geometryType()
    for variant in (
        f"{name}_polygon" if geometry == Qgis.GeometryType.Polygon else None,
        f"{name}_point" if geometry == Qgis.GeometryType.Point else None,
        name,
    ):
        if variant and (STYLES / f"{variant}.qml").exists():
            return STYLES / f"{variant}.qml"
    return None


def apply_style(layer: QgsVectorLayer, name: str, labels: bool | None = None) -> None:
    """Load the shipped style of result layer ``name`` into ``layer``; ``labels`` switches labels on or off."""
    path = style_file(name, layer)
    if path is None:
        raise FileNotFoundError(f"no style for '{name}' in {STYLES}")
    message, ok = layer.loadNamedStyle(str(path))
    if not ok:
        raise RuntimeError(f"style {path.name}: {message}")
    translate_legend(layer)
    translate_labels(layer)
    if labels is not None:
        layer.setLabelsEnabled(labels)
    layer.triggerRepaint()


def translate_legend(layer: QgsVectorLayer) -> None:
    """Show the English legend labels of a shipped style in the user's language (unchanged in English)."""

    def translated(label: str) -> str:
        return QCoreApplication.translate("LayerStyles", label)

    renderer = layer.renderer()
    if isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            rule.setLabel(translated(rule.label()))
    elif isinstance(renderer, QgsCategorizedSymbolRenderer):
        for i, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, translated(category.label()))
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        for i, band in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(i, translated(band.label()))


def translate_labels(layer: QgsVectorLayer) -> None:
    """The English words of a shipped style's label expression (:data:`LABEL_WORDS`) in the user's language."""
    labeling = layer.labeling()
    if not isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return
    settings = labeling.settings()
    expression = settings.fieldName

    def said(word: str) -> str:
        return QCoreApplication.translate("LayerStyles", word).replace("'", "''")

    for word in LABEL_WORDS:
        expression = expression.replace(f"' {word}'", f"' {said(word)}'")
    if expression != settings.fieldName:
        settings.fieldName = expression
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def style_exchanges(layer: QgsVectorLayer, labels: bool = False) -> None:
    apply_style(layer, "exchanges", labels)


def style_sites(layer: QgsVectorLayer, labels: bool = True) -> None:
    apply_style(layer, "sites", labels)
