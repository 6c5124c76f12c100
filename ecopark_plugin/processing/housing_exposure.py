"""Processing algorithm: the homes, residential area and people inside the protection zones, before and after."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ..core.zones.housing import exposure
from ..qgis_io.layers import frame_wkb_type, source_to_frame
from .base import EcoParkAlgorithm
from .shared_parameters import (
    add_housing_parameters,
    add_table_parameters,
    homes_message,
    housing_from_parameters,
    params_from,
    source_from,
    tr,
)


def zones_from(alg, parameters, context, key: str, optional: bool = False):
    """The zones of input ``key`` (made by EcoPark: they carry ``site_id``), or ``None`` for an optional one."""
    source = source_from(alg, parameters, context, key, optional)
    if source is None:
        return None
    frame = source_to_frame(source)
    if "site_id" not in frame.columns:
        raise QgsProcessingException(
            tr("Zones layer '{}' has no site_id field: give zones made by EcoPark").format(source.sourceName())
        )
    return frame


class HousingExposure(EcoParkAlgorithm):
    NAME = "housingexposure"
    DISPLAY = "Housing inside protection zones"
    GROUP = "Zones and housing"
    HELP = (
        "Counts the homes, residential area and people inside the protection zones, before and (when given) "
        "after the exchanges, and writes the housing in conflict with its status: still inside a zone, freed, "
        "or inside a zone only after.\n\n"
        "Housing is building polygons (a building touching a zone counts whole; population from a field, else "
        "footprint x storeys / floor area per person), residential land use (area inside, population from a "
        "field or a density) or a population grid or points. An OSM extract's multipolygons layer is read as "
        "homes: buildings that are not known non-homes and not on industrial land, or landuse=residential. "
        "Totals are taken over the union of the zones, so nobody is counted twice.\n\n"
        "Figures: floor area per person (45 m2), default storeys (2) and residential density (40 per ha) are "
        "labelled assumptions; change them in a parameters file, or give a population field where you have "
        "one."
    )

    def initAlgorithm(self, config=None):
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                "ZONES", self.tr("Zones (before)"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                "ZONES_AFTER",
                self.tr("Zones after the exchanges"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        add_housing_parameters(self, optional=False)
        add_table_parameters(self, rules=False)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Housing in conflict"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            )
        )
        for key, label in (
            ("HOUSING_BEFORE", self.tr("Homes inside zones before")),
            ("HOUSING_AFTER", self.tr("Homes inside zones after")),
            ("POP_BEFORE", self.tr("People inside zones before")),
            ("POP_AFTER", self.tr("People inside zones after")),
            ("AREA_BEFORE_HA", self.tr("Residential area inside zones before (ha)")),
            ("AREA_AFTER_HA", self.tr("Residential area inside zones after (ha)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def process(self, parameters, context, feedback):
        params = params_from(self, parameters, context)
        before = zones_from(self, parameters, context, "ZONES")
        after = zones_from(self, parameters, context, "ZONES_AFTER", optional=True)
        feedback.setProgressText(self.tr("Reading housing"))
        homes = housing_from_parameters(self, parameters, context, params)
        if homes is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "HOUSING"))
        feedback.setProgress(40)
        conflicts, _, totals = exposure(before, after, homes)
        housing_layer = self.parameterAsVectorLayer(parameters, "HOUSING", context)
        wkb = frame_wkb_type(conflicts, empty=housing_layer.wkbType())
        dest = self.write_frame(parameters, "OUTPUT", context, feedback, conflicts, wkb, housing_layer.crs())
        self.style_output(context, dest, "housing_conflicts")
        feedback.pushInfo(homes_message(totals))
        return {
            "OUTPUT": dest,
            "HOUSING_BEFORE": totals["housing_before"],
            "HOUSING_AFTER": totals["housing_after"],
            "POP_BEFORE": totals["pop_before"],
            "POP_AFTER": totals["pop_after"],
            "AREA_BEFORE_HA": totals["res_area_before_ha"],
            "AREA_AFTER_HA": totals["res_area_after_ha"],
        }
