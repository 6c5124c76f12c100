"""The labels of the figures two scenarios are compared on, translated (panel and Processing share them)."""

from __future__ import annotations

from ..i18n import translator

tr = translator("Scenarios")


def figure_labels() -> dict[str, str]:
    """The translated label of each figure of :data:`~ecopark_plugin.core.compare.FIGURES`, by its key."""
    return {
        "selected": tr("Exchanges chosen"),
        "partners": tr("Partners"),
        "tonnes_diverted": tr("Tonnes diverted a year"),
        "mwh_exchanged": tr("Energy exchanged, MWh a year"),
        "m3_exchanged": tr("Water exchanged, m3 a year"),
        "net_benefit_eur": tr("Net benefit, EUR a year"),
        "co2_avoided_t": tr("Net CO2 avoided, t a year"),
        "transport_cost_eur": tr("Transport cost, EUR a year"),
        "co2_transport_t": tr("Transport CO2, t a year"),
        "network.links": tr("Links between partners"),
        "network.closed_loops": tr("Closed loops"),
        "zones.zone_area_before_ha": tr("Sanitary zones before, ha"),
        "zones.zone_area_after_ha": tr("Sanitary zones after, ha"),
        "zones.freed_ha": tr("Land freed, ha"),
        "zones.sites_reduced": tr("Sites in a lower hazard class"),
        "zones.housing.pop_before": tr("People inside zones before"),
        "zones.housing.pop_after": tr("People inside zones after"),
    }
