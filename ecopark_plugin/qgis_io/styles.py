"""Styles of the result layers, shipped as .qml files in ``resources/styles`` (built by ``make styles``).

Links are coloured by stream family with width by quantity and arrows towards the receiver; sites by
sector with size by by-product output; zones by hazard class; freed land hatched green; housing in
conflict red (still inside a zone) or green (freed); sites at risk graduated by the people in their zone.
"""

from __future__ import annotations

import functools
import re

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.model.i18n import LANGUAGES, current, language_of
from ..core.symbiosis.catalogue import RESOURCES, Catalogue
from ..i18n import translator, user_locale
from .field_names import set_aliases

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

_SITE_TIP = QT_TRANSLATE_NOOP(
    "LayerStyles",
    '<b>[% "name" %]</b> ([% "site_id" %]), NACE [% "nace" %]<br>'
    'by-products out [% format_number("output_t", 0) %] t/yr; [% "n_links" %] links<br>'
    'net benefit [% format_number("net_benefit", 0) %] EUR/yr, CO2 avoided [% format_number("co2_avoided_t", 0) %] t/yr',
)
_ZONE_TIP = QT_TRANSLATE_NOOP(
    "LayerStyles",
    '<b>[% "name" %]</b>: hazard class [% "class_label" %], zone [% format_number("width_m", 0) %] m, '
    '[% format_number("area_ha", 1) %] ha<br>[% "class_source" %]',
)
_CONFLICT_TIP = QT_TRANSLATE_NOOP(
    "LayerStyles",
    '<b>[% "kind" %] [% "housing_id" %]</b>: [% format_number("pop_before", 0) %] people in zone before, '
    '[% format_number("pop_after", 0) %] after<br>sites: [% "sites_before" %] &rarr; [% "sites_after" %]',
)
_RISK_TIP = QT_TRANSLATE_NOOP(
    "LayerStyles",
    '<b>#[% "risk_rank" %] [% "name" %]</b>: [% format_number("pop_in_zone", 0) %] people and '
    '[% "housing_in_zone" %] homes inside its class [% "hazard_class" %] zone',
)
#: the map tip of each shipped style (scripts/build_styles.py writes them into the .qml files in English;
#: apply_style shows them translated: the translation keeps every ``[% expression %]``)
MAP_TIPS = {
    "exchanges": QT_TRANSLATE_NOOP(
        "LayerStyles",
        '<b>[% "stream_en" %]</b>: [% "supplier_name" %] &rarr; [% "receiver_name" %]<br>'
        '[% format_number("quantity_selected", 0) %] [% "unit" %]/yr by [% coalesce("mode_chain", "mode") %], '
        '[% format_number("distance_km", 1) %] km<br>'
        'transport [% format_number("transport_cost", 0) %] EUR/yr; net benefit [% format_number("net_benefit", 0) %] EUR/yr<br>'
        'CO2 avoided [% format_number("co2_avoided_t", 0) %] t/yr',
    ),
    "sites": _SITE_TIP,
    "sites_polygon": _SITE_TIP,
    "zones": _ZONE_TIP,
    "zones_after": _ZONE_TIP,
    "zone_reduction": QT_TRANSLATE_NOOP(
        "LayerStyles",
        '<b>[% "name" %]</b>: class [% "class_before" %] &rarr; [% "class_after" %], '
        '[% format_number("freed_ha", 1) %] ha freed ([% format_number("freed_net_ha", 1) %] ha outside other zones)<br>'
        '[% "diverted" %]',
    ),
    "housing_conflicts": _CONFLICT_TIP,
    "housing_conflicts_point": _CONFLICT_TIP,
    "site_risk": _RISK_TIP,
    "site_risk_polygon": _RISK_TIP,
    "exchange_clusters": QT_TRANSLATE_NOOP(
        "LayerStyles",
        '<b>#[% "cluster_id" %]</b>: [% "members" %]<br>[% format_number("net_benefit", 0) %] EUR/yr, '
        '[% format_number("tonnes", 0) %] t, [% format_number("co2_avoided_t", 0) %] t CO2/yr, '
        '[% format_number("area_ha", 0) %] ha',
    ),
    "suitability": QT_TRANSLATE_NOOP(
        "LayerStyles",
        "<b>Score [% format_number(\"score\", 2) %]</b> [% if(\"excluded\" <> '', 'excluded: ' || \"excluded\", '') %]"
        '<br>exchange [% format_number("s_exchange", 2) %], road [% format_number("s_road", 2) %], '
        'rail [% format_number("s_rail", 2) %], housing [% format_number("s_housing", 2) %]',
    ),
    "suitability_candidates": QT_TRANSLATE_NOOP(
        "LayerStyles",
        '<b>#[% "rank" %]</b>, score [% format_number("score", 2) %]<br>'
        '[% format_number("exchange_eur", 0) %] EUR/yr of exchange potential: [% "anchors" %]',
    ),
}
#: codes the labels and map tips show from the exchanges' fields: canonical units and transport modes
UNIT_NAMES = (
    QT_TRANSLATE_NOOP("LayerStyles", "t"),
    QT_TRANSLATE_NOOP("LayerStyles", "MWh"),
    QT_TRANSLATE_NOOP("LayerStyles", "m3"),
)
MODE_NAMES = (
    QT_TRANSLATE_NOOP("LayerStyles", "truck"),
    QT_TRANSLATE_NOOP("LayerStyles", "rail"),
    QT_TRANSLATE_NOOP("LayerStyles", "ship"),
    QT_TRANSLATE_NOOP("LayerStyles", "pipeline"),
)

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
    translate_map_tip(layer)
    set_aliases(layer)
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
    expression = shown_codes(expression, layer)
    if expression != settings.fieldName:
        settings.fieldName = expression
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def style_exchanges(layer: QgsVectorLayer, labels: bool = False) -> None:
    apply_style(layer, "exchanges", labels)


def style_sites(layer: QgsVectorLayer, labels: bool = True) -> None:
    apply_style(layer, "sites", labels)


def shown(text: str, context: str = "LayerStyles") -> str:
    """A text marked (``QT_TRANSLATE_NOOP``) in ``context`` in the user's language: a map tip, a unit."""
    return QCoreApplication.translate(context, text)


def translate_map_tip(layer: QgsVectorLayer) -> None:
    """A shipped style's map tip (:data:`MAP_TIPS`) in the user's language; one the user wrote stays."""
    template = layer.mapTipTemplate()
    if template not in MAP_TIPS.values():
        return
    layer.setMapTipTemplate(shown_codes(shown(template), layer))


def style_language() -> str:
    """The language the styles are shown in: English unless a translation of the styles is installed; then
    the run's (the runner's ``--language``), else the one QGIS's locale picks, else the one translation."""
    if shown(UNIT_NAMES[1]) == UNIT_NAMES[1]:
        return "en"
    candidates = (current(), language_of(user_locale()), *LANGUAGES)
    return next(language for language in candidates if language != "en")


@functools.lru_cache(maxsize=4)
def stream_names(language: str) -> dict[str, str]:
    """stream key -> the shipped catalogue's name of the stream in ``language`` (column ``stream_<language>``)."""
    try:
        rules = Catalogue.load().rules
    except Exception:  # noqa: BLE001 - an unreadable catalogue: the English names stay
        return {}
    column = f"stream_{language}"
    if column not in rules.columns or "stream" not in rules.columns:
        return {}
    return {str(k): n for k, n in zip(rules["stream"], rules[column]) if isinstance(n, str) and n.strip()}


def _quoted(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def _map_literal(names: dict[str, str]) -> str:
    return "map(" + ", ".join(f"{_quoted(k)}, {_quoted(v)}" for k, v in sorted(names.items())) + ")"


def shown_codes(expression: str, layer: QgsVectorLayer) -> str:
    """``expression`` (a label or a map tip) showing the exchanges' codes in the style language: the stream
    by the catalogue's name for the layer's ``stream`` key, units and transport modes translated, numbers
    formatted for the language. The fields keep their English names and values; in English the expression
    is returned unchanged."""
    language = style_language()
    if language == "en":
        return expression
    fields = layer.fields().names()
    names = stream_names(language)
    if '"stream_en"' in expression and "stream" in fields and names:
        expression = expression.replace(
            '"stream_en"', f'coalesce(map_get({_map_literal(names)}, "stream"), "stream_en")'
        )
    if '"unit"' in expression and "unit" in fields:
        units = {u: shown(u) for u in UNIT_NAMES}
        expression = expression.replace('"unit"', f'coalesce(map_get({_map_literal(units)}, "unit"), "unit")')
    # numbers grouped as the language does (500 000, not 500,000), whatever locale QGIS runs in
    expression = re.sub(r'format_number\(("[^"]+"), (\d+)\)', rf"format_number(\1, \2, '{language}')", expression)
    chain = 'coalesce("mode_chain", "mode")'
    if chain in expression:
        modes = {m: shown(m) for m in MODE_NAMES}
        expression = expression.replace(chain, f"replace({chain}, {_map_literal(modes)})")
    return expression
