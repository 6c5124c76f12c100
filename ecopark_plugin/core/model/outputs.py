"""What a run writes, declared once: the output layers, their order on the map and their fields.

The engine fills these frames, ``qgis_io`` writes and styles them, the report and the panel read them back:
every one of them takes the names from here.
"""

from __future__ import annotations

from .inputs import SITE_FIELDS

#: the figures of the best mode that pricing (:func:`..symbiosis.pricing.evaluate`) copies onto each candidate
PRICED = (
    "distance_km",
    "mode",
    "mode_chain",
    "access_km",
    "travel_time_h",
    "route",
    "via",
    "transport_cost",
    "co2_transport_t",
    "avoided_disposal",
    "avoided_purchase",
    "co2_avoided_virgin_t",
    "net_benefit",
    "co2_avoided_t",
    "delivered",
)


#: result layers from top to bottom of the layer tree and the map
LAYERS = (
    "exchanges",
    "sites",
    "site_risk",
    "housing_conflicts",
    "zones_after",
    "zone_reduction",
    "zones",
    "road_network",
)
#: result layers drawn as lines (an empty one still needs its geometry type)
LINE_LAYERS = ("exchanges", "road_network")
#: shown when the scenario's group is opened; the rest are in the tree, switched off
VISIBLE_LAYERS = frozenset(
    {"exchanges", "sites", "housing_conflicts", "zone_reduction", "zones_after", "zones", "road_network"}
)

#: exchange fields written to the output layer, in order
EXCHANGE_FIELDS = [
    "exchange_id",
    "supplier",
    "supplier_name",
    "receiver",
    "receiver_name",
    "rule_id",
    "stream",
    "stream_en",
    #: the waste codes of the supplier's stream where it gave them: EWC, FKKO and the FKKO hazard class (1-5)
    "ewc",
    "fkko",
    "fkko_class",
    "family",
    "use",
    "quantity",
    "unit",
    "quantity_selected",
    #: the supplier's whole output of the stream (an exchange may take part of it)
    "supply",
    "supply_origin",
    "demand_origin",
    #: what the quantity rests on (reported, derived, default) on each side and for the exchange
    "supply_basis",
    "demand_basis",
    "basis",
    "confidence",
    "straight_km",
    *(c for c in PRICED if c != "delivered"),
    #: what the supplier gives up (a CHP plant's lost electricity, processing a by-product), EUR/yr, and the
    #: fossil CO2 a waste fuel still emits, t/yr: both already taken off net_benefit and co2_avoided_t
    "supplier_cost",
    "fuel_co2_t",
    #: the exchange exists already (the baseline, not new benefit), and why that is known
    "existing",
    "existing_basis",
    "feasible",
    "selected",
    "reason",
    #: the range of the net benefit from the range of its quantity, why it is proposed, what would make it fail
    "value_low",
    "value_high",
    "explanation",
    "fails_if",
]
#: site fields written to the output layer, in order
SITE_FIELDS_OUT = [
    *SITE_FIELDS,
    "output_t",
    "input_t",
    "n_links",
    "net_benefit",
    "co2_avoided_t",
]
