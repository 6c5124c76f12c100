"""Processing algorithm: the sanitary protection zone of every site, by its hazard class."""

from __future__ import annotations

import geopandas as gpd
import shapely
from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
)

from ..core.zones.protection import geodesic_area_ha, protection_zones
from ..core.zones.regimes import regime_for
from ..qgis_io.layers import frame_wkb_type
from .base import EcoParkAlgorithm
from .shared_parameters import add_sites, add_table_parameters, params_from, sites_from, tables_from


class ProtectionZones(EcoParkAlgorithm):
    NAME = "protectionzones"
    DISPLAY = "Sanitary protection zones"
    GROUP = "Zones and housing"
    HELP = (
        "Gives every site a hazard class I-V and draws its sanitary protection zone, 1000, 500, 300, 100 or 50 "
        "m from the site's outline for classes I to V (SanPiN 2.2.1/2.1.1.1200-03).\n\n"
        "The class is the hazard class field where it is filled, else it is inferred from the NACE code with "
        "the activity table (resources/catalogue/hazard_classes.csv: the most specific NACE prefix wins; each "
        "row names its basis: a SanPiN clause, regional planning tables that repeat it, or an assumption). "
        "Give the class where you know it: SanPiN also sets classes by capacity, which a NACE code cannot "
        "tell.\n\n"
        "Zone regime: SanPiN by default; the Dutch VNG guide 'Bedrijven en milieuzonering' (2009, categories 2 "
        "to 5.1, 30 to 500 m) or the NRW Abstandserlass (2007, classes I, III, IV and V, 1500 to 300 m) can be "
        "chosen instead, each with its own activity table (resources/catalogue/zone_regimes.csv names each "
        "one's source and status). hazard_class is then the class's rank and class_label its name in the "
        "regime; a site whose activity the regime does not list needs its class.\n\n"
        "Output: one zone per site with hazard_class, class_label, class_source, width_m, area_ha and regime. "
        "Widths are metres on the ground in any CRS; areas are geodesic hectares."
    )

    def initAlgorithm(self, config=None):
        add_sites(self)
        add_table_parameters(self, rules=False)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Protection zones"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputNumber("AREA_HA", self.tr("Area of all zones (ha)")))

    def process(self, parameters, context, feedback):
        source, sites = sites_from(self, parameters, context)
        params = params_from(self, parameters, context)
        table, _ = tables_from(self, parameters, context, params)
        zones = protection_zones(sites, table, regime=regime_for(params))
        wkb = frame_wkb_type(zones, empty=Qgis.WkbType.MultiPolygon)
        dest = self.write_frame(parameters, "OUTPUT", context, feedback, zones, wkb, source.sourceCrs())
        self.style_output(context, dest, "zones")
        union = gpd.GeoSeries([shapely.union_all(zones.geometry.to_numpy())], crs=zones.crs)
        return {"OUTPUT": dest, "AREA_HA": float(geodesic_area_ha(union)[0])}
