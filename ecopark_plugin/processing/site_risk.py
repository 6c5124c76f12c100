"""Processing algorithm: for each site, the people inside its protection zone and in distance bands, ranked."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
)

from ..core.zones.housing import site_risk
from ..core.zones.protection import protection_zones
from ..core.zones.regimes import regime_for
from ..qgis_io.layers import frame_wkb_type
from .base import EcoParkAlgorithm
from .shared_parameters import (
    add_housing_parameters,
    add_sites,
    add_table_parameters,
    housing_from_parameters,
    params_from,
    sites_from,
    tables_from,
)


class SiteRisk(EcoParkAlgorithm):
    NAME = "siterisk"
    DISPLAY = "Industrial risk near housing"
    GROUP = "Zones and housing"
    HELP = (
        "For environmental agencies: for each site, the homes and people inside its sanitary protection zone "
        "and the people in distance bands from its outline (default 0-500, 500-1000, 1000-2000, 2000-5000 m, "
        "an assumption: set your own), ranked.\n\n"
        "Inputs: the sites (hazard class from a field or inferred from NACE, as in 'Sanitary protection "
        "zones') and a housing layer (buildings, residential land or population).\n\n"
        "Output: each site with hazard_class, width_m, housing_in_zone, pop_in_zone, res_area_in_zone_ha, the "
        "people in each band and risk_rank (1: the most people inside the zone), styled by the people inside "
        "the zone so the worst sites show at a glance."
    )

    def initAlgorithm(self, config=None):
        add_sites(self)
        add_housing_parameters(self, optional=False)
        self.add_parameter(
            QgsProcessingParameterString(
                "BANDS", self.tr("Distance bands, metres from the site (outer edges)"), "500, 1000, 2000, 5000"
            )
        )
        add_table_parameters(self, rules=False)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Sites by risk"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            )
        )
        self.addOutput(QgsProcessingOutputNumber("POP_IN_ZONES", self.tr("People inside the zones (sum over sites)")))

    def _bands(self, parameters, context) -> tuple[float, ...]:
        """The outer edges of the distance bands (m), as the user typed them."""
        text = self.parameterAsString(parameters, "BANDS", context)
        try:
            bands = tuple(float(b) for b in text.replace(";", ",").split(",") if b.strip())
            if not bands or min(bands) <= 0:
                raise ValueError
        except ValueError as exc:
            raise QgsProcessingException(
                self.tr("Distance bands '{}': give positive metres such as 500, 1000, 2000").format(text)
            ) from exc
        return bands

    def process(self, parameters, context, feedback):
        source, sites = sites_from(self, parameters, context)
        params = params_from(self, parameters, context)
        table, _ = tables_from(self, parameters, context, params)
        bands = self._bands(parameters, context)
        feedback.setProgressText(self.tr("Reading housing"))
        homes = housing_from_parameters(self, parameters, context, params)
        if homes is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "HOUSING"))
        if feedback.isCanceled():
            return {}
        feedback.setProgress(30)
        zones = protection_zones(sites, table, regime=regime_for(params))
        risk = site_risk(sites, zones, homes, bands)
        dest = self.write_frame(parameters, "OUTPUT", context, feedback, risk, frame_wkb_type(risk), source.sourceCrs())
        self.style_output(context, dest, "site_risk")
        return {"OUTPUT": dest, "POP_IN_ZONES": float(risk["pop_in_zone"].sum())}
