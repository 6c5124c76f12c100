"""Processing algorithm: sites from the EEA E-PRTR user-friendly CSV tables."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..core.model.rejects import as_frame
from ..core.symbiosis.register import import_eprtr
from ..qgis_io.layers import frame_wkb_type
from .base import EcoParkAlgorithm


class ImportEprtr(EcoParkAlgorithm):
    NAME = "importeprtr"
    DISPLAY = "Import E-PRTR facilities as sites"
    GROUP = "Data"
    HELP = (
        "Reads the EEA Industrial Reporting (E-PRTR) 'user-friendly' CSV tables (releases to air F1_4 and/or "
        "off-site waste transfers F4_2) into a sites layer for the countries and extent you choose.\n\n"
        "Each facility's E-PRTR Annex I activity becomes the NACE Rev.2 code of its typical sector "
        "(resources/catalogue/eprtr_activity_nace.csv; nace_basis says so). Its waste transfers of the latest "
        "reported year are summed: hazardous, non-hazardous, to recovery and to disposal, in tonnes. "
        "Facilities whose activity has no NACE mapping, and those the register never gives a position, are left "
        "out, reported, and written with their reasons to the optional rejected table.\n\n"
        "Output: points in WGS 84 with site_id, name, nace, nace_basis, eprtr_activity, country, city, "
        "last_year, waste_hw_t, waste_nonhw_t, waste_recovery_t and waste_disposal_t. Run 'Find symbiosis "
        "exchanges' on it: streams are then inferred from each site's sector, and the reported waste tonnes "
        "replace the typical figure where the sector profile says what they stand for.\n\n"
        "Data: EEA Industrial Reporting database (IED/E-PRTR), CC BY 4.0."
    )
    RELEASES, WASTE, COUNTRIES, EXTENT, OUTPUT = "RELEASES", "WASTE", "COUNTRIES", "EXTENT", "OUTPUT"
    REJECTED = "OUTPUT_REJECTED"

    def initAlgorithm(self, config=None):
        self.add_parameter(
            QgsProcessingParameterFile(
                self.RELEASES, self.tr("Releases table (F1_4 CSV)"), extension="csv", optional=True
            )
        )
        self.add_parameter(
            QgsProcessingParameterFile(
                self.WASTE, self.tr("Waste transfers table (F4_2 CSV)"), extension="csv", optional=True
            )
        )
        self.add_parameter(
            QgsProcessingParameterString(
                self.COUNTRIES, self.tr("Countries (comma-separated, empty for all)"), optional=True
            )
        )
        self.add_parameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent"), optional=True))
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("E-PRTR sites"), QgsProcessing.SourceType.TypeVectorPoint
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.REJECTED,
                self.tr("Facilities left out, each with its reason"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=False,
            )
        )

    def process(self, parameters, context, feedback):
        releases = self.parameterAsFile(parameters, self.RELEASES, context) or None
        waste = self.parameterAsFile(parameters, self.WASTE, context) or None
        countries = [c for c in self.parameterAsString(parameters, self.COUNTRIES, context).split(",") if c.strip()]
        bbox = None
        if parameters.get(self.EXTENT):
            wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, wgs84)
            bbox = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        sites = import_eprtr(releases, waste, countries or None, bbox)
        feedback.pushInfo(self.tr("%n facility(ies)", len(sites)))
        for activity, count in sites.attrs.get("unmapped", {}).items():
            feedback.reportError(
                self.tr("%n facility(ies) left out: Annex I activity '{activity}' has no NACE mapping", count).format(
                    activity=activity
                )
            )
        unplaced = sites.attrs.get("unplaced", [])
        if unplaced:
            feedback.reportError(
                self.tr(
                    "%n facility(ies) left out: the register gives no longitude/latitude (e.g. {ids})", len(unplaced)
                ).format(ids=", ".join(unplaced[:5]))
            )
        dest = self.write_frame(
            parameters,
            self.OUTPUT,
            context,
            feedback,
            sites,
            frame_wkb_type(sites),
            QgsCoordinateReferenceSystem("EPSG:4326"),
        )
        if dest is None:
            return {}
        outputs = {self.OUTPUT: dest}
        if parameters.get(self.REJECTED) is not None:
            rejected = sites.attrs.get("rejected")
            if rejected is None:
                rejected = pd.DataFrame(columns=["site_id", "name", "eprtr_activity", "reason"])
            left = self.write_frame(
                parameters, self.REJECTED, context, feedback, as_frame(rejected), Qgis.WkbType.NoGeometry
            )
            if left is None:
                return {}
            outputs[self.REJECTED] = left
        return outputs
