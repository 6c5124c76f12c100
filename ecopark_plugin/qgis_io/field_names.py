"""What the attribute table and the identify panel call the result layers' fields.

The layers keep their field names (scripts and the report read them); each field gets an alias, a short
label with its unit, in the user's language. Only fields a result layer writes are listed; a field the user
brought along (one of their own sites' columns) keeps its own name.
"""

from __future__ import annotations

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: field name -> label (English source of the translation), for every result layer
ALIASES = {
    # exchanges
    "exchange_id": QT_TRANSLATE_NOOP("FieldAliases", "Exchange"),
    "supplier": QT_TRANSLATE_NOOP("FieldAliases", "Supplier id"),
    "supplier_name": QT_TRANSLATE_NOOP("FieldAliases", "Supplier"),
    "receiver": QT_TRANSLATE_NOOP("FieldAliases", "Receiver id"),
    "receiver_name": QT_TRANSLATE_NOOP("FieldAliases", "Receiver"),
    "rule_id": QT_TRANSLATE_NOOP("FieldAliases", "Rule"),
    "stream": QT_TRANSLATE_NOOP("FieldAliases", "Stream code"),
    "stream_en": QT_TRANSLATE_NOOP("FieldAliases", "Stream"),
    "ewc": QT_TRANSLATE_NOOP("FieldAliases", "EWC code"),
    "fkko": QT_TRANSLATE_NOOP("FieldAliases", "FKKO code"),
    "fkko_class": QT_TRANSLATE_NOOP("FieldAliases", "FKKO hazard class"),
    "family": QT_TRANSLATE_NOOP("FieldAliases", "Family"),
    "use": QT_TRANSLATE_NOOP("FieldAliases", "Use"),
    "quantity": QT_TRANSLATE_NOOP("FieldAliases", "Quantity offered"),
    "unit": QT_TRANSLATE_NOOP("FieldAliases", "Unit"),
    "quantity_selected": QT_TRANSLATE_NOOP("FieldAliases", "Quantity chosen"),
    "supply": QT_TRANSLATE_NOOP("FieldAliases", "Supplier's whole output"),
    "supply_origin": QT_TRANSLATE_NOOP("FieldAliases", "Supply from"),
    "demand_origin": QT_TRANSLATE_NOOP("FieldAliases", "Need from"),
    "supply_basis": QT_TRANSLATE_NOOP("FieldAliases", "Supply rests on"),
    "demand_basis": QT_TRANSLATE_NOOP("FieldAliases", "Need rests on"),
    "basis": QT_TRANSLATE_NOOP("FieldAliases", "Rests on"),
    "confidence": QT_TRANSLATE_NOOP("FieldAliases", "Confidence"),
    "straight_km": QT_TRANSLATE_NOOP("FieldAliases", "Straight line, km"),
    "distance_km": QT_TRANSLATE_NOOP("FieldAliases", "Distance, km"),
    "mode": QT_TRANSLATE_NOOP("FieldAliases", "Mode"),
    "mode_chain": QT_TRANSLATE_NOOP("FieldAliases", "Modes"),
    "access_km": QT_TRANSLATE_NOOP("FieldAliases", "To and from terminals, km"),
    "travel_time_h": QT_TRANSLATE_NOOP("FieldAliases", "Travel time, h"),
    "route": QT_TRANSLATE_NOOP("FieldAliases", "Route"),
    "via": QT_TRANSLATE_NOOP("FieldAliases", "Via"),
    "transport_cost": QT_TRANSLATE_NOOP("FieldAliases", "Transport, EUR/yr"),
    "co2_transport_t": QT_TRANSLATE_NOOP("FieldAliases", "Transport CO2, t/yr"),
    "avoided_disposal": QT_TRANSLATE_NOOP("FieldAliases", "Disposal avoided, EUR/yr"),
    "avoided_purchase": QT_TRANSLATE_NOOP("FieldAliases", "Purchase avoided, EUR/yr"),
    "co2_avoided_virgin_t": QT_TRANSLATE_NOOP("FieldAliases", "CO2 of the virgin input avoided, t/yr"),
    "net_benefit": QT_TRANSLATE_NOOP("FieldAliases", "Net benefit, EUR/yr"),
    "co2_avoided_t": QT_TRANSLATE_NOOP("FieldAliases", "CO2 avoided, t/yr"),
    "supplier_cost": QT_TRANSLATE_NOOP("FieldAliases", "Supplier's cost, EUR/yr"),
    "fuel_co2_t": QT_TRANSLATE_NOOP("FieldAliases", "Fossil CO2 of the fuel, t/yr"),
    "existing": QT_TRANSLATE_NOOP("FieldAliases", "Exists already"),
    "existing_basis": QT_TRANSLATE_NOOP("FieldAliases", "Known to exist from"),
    "feasible": QT_TRANSLATE_NOOP("FieldAliases", "Feasible"),
    "selected": QT_TRANSLATE_NOOP("FieldAliases", "Chosen"),
    "reason": QT_TRANSLATE_NOOP("FieldAliases", "Why not chosen"),
    "value_low": QT_TRANSLATE_NOOP("FieldAliases", "Net benefit, low, EUR/yr"),
    "value_high": QT_TRANSLATE_NOOP("FieldAliases", "Net benefit, high, EUR/yr"),
    "explanation": QT_TRANSLATE_NOOP("FieldAliases", "Why proposed"),
    "fails_if": QT_TRANSLATE_NOOP("FieldAliases", "Fails if"),
    # sites
    "site_id": QT_TRANSLATE_NOOP("FieldAliases", "Site id"),
    "name": QT_TRANSLATE_NOOP("FieldAliases", "Name"),
    "nace": QT_TRANSLATE_NOOP("FieldAliases", "NACE code"),
    "hazard_class": QT_TRANSLATE_NOOP("FieldAliases", "Hazard class"),
    "waste_nonhw_t": QT_TRANSLATE_NOOP("FieldAliases", "Non-hazardous waste reported, t/yr"),
    "waste_hw_t": QT_TRANSLATE_NOOP("FieldAliases", "Hazardous waste reported, t/yr"),
    "production": QT_TRANSLATE_NOOP("FieldAliases", "Production"),
    "production_unit": QT_TRANSLATE_NOOP("FieldAliases", "Production unit"),
    "output_t": QT_TRANSLATE_NOOP("FieldAliases", "Sent, t/yr"),
    "input_t": QT_TRANSLATE_NOOP("FieldAliases", "Received, t/yr"),
    "n_links": QT_TRANSLATE_NOOP("FieldAliases", "Exchanges chosen"),
    # protection zones and what the exchanges free
    "class_label": QT_TRANSLATE_NOOP("FieldAliases", "Class"),
    "class_source": QT_TRANSLATE_NOOP("FieldAliases", "Class from"),
    "width_m": QT_TRANSLATE_NOOP("FieldAliases", "Zone width, m"),
    "area_ha": QT_TRANSLATE_NOOP("FieldAliases", "Zone area, ha"),
    "regime": QT_TRANSLATE_NOOP("FieldAliases", "Zone regime"),
    "diverted": QT_TRANSLATE_NOOP("FieldAliases", "Diverted"),
    "reduction": QT_TRANSLATE_NOOP("FieldAliases", "Reduction"),
    "class_before": QT_TRANSLATE_NOOP("FieldAliases", "Class before"),
    "class_after": QT_TRANSLATE_NOOP("FieldAliases", "Class after"),
    "width_before_m": QT_TRANSLATE_NOOP("FieldAliases", "Zone width before, m"),
    "width_after_m": QT_TRANSLATE_NOOP("FieldAliases", "Zone width after, m"),
    "area_before_ha": QT_TRANSLATE_NOOP("FieldAliases", "Area before, ha"),
    "area_after_ha": QT_TRANSLATE_NOOP("FieldAliases", "Area after, ha"),
    "freed_ha": QT_TRANSLATE_NOOP("FieldAliases", "Land freed, ha"),
    "freed_net_ha": QT_TRANSLATE_NOOP("FieldAliases", "Land freed of every zone, ha"),
    "rule": QT_TRANSLATE_NOOP("FieldAliases", "Reduction rule"),
    # housing inside the zones, and each site's risk
    "housing_id": QT_TRANSLATE_NOOP("FieldAliases", "Housing id"),
    "kind": QT_TRANSLATE_NOOP("FieldAliases", "Kind"),
    "population": QT_TRANSLATE_NOOP("FieldAliases", "Population"),
    "pop_basis": QT_TRANSLATE_NOOP("FieldAliases", "Population from"),
    "pop_before": QT_TRANSLATE_NOOP("FieldAliases", "People inside before"),
    "pop_after": QT_TRANSLATE_NOOP("FieldAliases", "People inside after"),
    "sites_before": QT_TRANSLATE_NOOP("FieldAliases", "Sites whose zone covers it, before"),
    "sites_after": QT_TRANSLATE_NOOP("FieldAliases", "Sites whose zone covers it, after"),
    "status": QT_TRANSLATE_NOOP("FieldAliases", "Status"),
    "housing_cover": QT_TRANSLATE_NOOP("FieldAliases", "Share of the zone the housing data covers"),
    "housing_before": QT_TRANSLATE_NOOP("FieldAliases", "Housing features inside before"),
    "housing_after": QT_TRANSLATE_NOOP("FieldAliases", "Housing features inside after"),
    "res_area_before_ha": QT_TRANSLATE_NOOP("FieldAliases", "Residential area inside before, ha"),
    "res_area_after_ha": QT_TRANSLATE_NOOP("FieldAliases", "Residential area inside after, ha"),
}


def _shown(text: str, context: str = "FieldAliases") -> str:
    """A label of :data:`ALIASES` (marked in ``context``) in the user's language."""
    return QCoreApplication.translate(context, text)


def label(field: str) -> str | None:
    """The alias of result field ``field`` in the user's language, or None for a field not listed."""
    text = ALIASES.get(field)
    return None if text is None else _shown(text)


def set_aliases(layer: QgsVectorLayer) -> int:
    """Give ``layer``'s result fields their aliases; one the user set already is kept. The number set."""
    count = 0
    for index, field in enumerate(layer.fields()):
        text = label(field.name())
        if text and not field.alias():
            layer.setFieldAlias(index, text)
            count += 1
    return count
