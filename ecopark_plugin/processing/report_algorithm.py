"""Processing algorithm: the report of a run (HTML and/or PDF) from its result layers."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.symbiosis.catalogue import Catalogue
from ..qgis_io.report import write_report
from .base import EcoParkAlgorithm, Progress
from .shared_parameters import params_from


class WriteReport(EcoParkAlgorithm):
    NAME = "report"
    DISPLAY = "Write symbiosis report"
    GROUP = "Maps"
    HELP_ANCHOR = "reports"
    HELP = (
        "Writes the report of a run for decision makers: one self-contained HTML file (open it in any browser, "
        "send it by mail) and/or a PDF from a QGIS print layout.\n\nIt holds the map of the exchanges and zones, the "
        "summary figures, the chosen exchanges, the balance per partner, the network metrics, the zones and homes "
        "before and after, charts of benefit and CO2 by stream family, an abatement-cost curve, Sankey diagrams of "
        "the flows between partners, and every assumption with its source.\n\nGive the outputs of 'Find symbiosis "
        "exchanges' (sites with results and exchanges; the zone and housing layers add their sections) and the "
        "parameters file of the run, if it had one, so the assumptions listed are the ones used."
    )

    SITES, EXCHANGES, TITLE = "SITES", "EXCHANGES", "TITLE"
    PARAMS_FILE, CATALOGUE = "PARAMETERS_FILE", "CATALOGUE"
    OUTPUT_HTML, OUTPUT_PDF = "OUTPUT_HTML", "OUTPUT_PDF"
    #: optional result layers: parameter -> result layer name
    LAYERS = {
        "ZONES": "zones",
        "ZONES_AFTER": "zones_after",
        "FREED": "zone_reduction",
        "CONFLICTS": "housing_conflicts",
        "RISK": "site_risk",
    }

    def flags(self):
        # print layouts are laid out and exported on the main thread, like QGIS's own layout export algorithms
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):
        self.add_parameter(
            QgsProcessingParameterVectorLayer(
                self.SITES,
                self.tr("Sites with results (from Find symbiosis exchanges)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
            )
        )
        self.add_parameter(
            QgsProcessingParameterVectorLayer(
                self.EXCHANGES,
                self.tr("Exchanges (from Find symbiosis exchanges)"),
                [QgsProcessing.SourceType.TypeVectorLine],
            )
        )
        polygons, anything = (
            [QgsProcessing.SourceType.TypeVectorPolygon],
            [QgsProcessing.SourceType.TypeVectorAnyGeometry],
        )
        for key, label, types in (
            ("ZONES", self.tr("Sanitary protection zones, before"), polygons),
            ("ZONES_AFTER", self.tr("Zones after the exchanges"), polygons),
            ("FREED", self.tr("Zone land freed"), polygons),
            ("CONFLICTS", self.tr("Homes inside zones"), anything),
            ("RISK", self.tr("Sites by people inside their zone"), anything),
        ):
            self.add_parameter(QgsProcessingParameterVectorLayer(key, label, types, optional=True))
        self.add_parameter(
            QgsProcessingParameterString(self.TITLE, self.tr("Title"), "EcoPark: proposed industrial symbiosis")
        )
        self.add_advanced(
            QgsProcessingParameterFile(
                self.PARAMS_FILE,
                self.tr("Parameters file of the run (JSON; default: the default parameters)"),
                extension="json",
                optional=True,
            ),
            QgsProcessingParameterFile(
                self.CATALOGUE, self.tr("Extra catalogue rules of the run (CSV)"), extension="csv", optional=True
            ),
        )
        self.add_parameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_HTML, self.tr("HTML report"), self.tr("HTML files (*.html)"), optional=True
            )
        )
        self.add_parameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PDF, self.tr("PDF report"), self.tr("PDF files (*.pdf)"), optional=True
            )
        )

    def process(self, parameters, context, feedback):
        # layers, not feature sources: the report draws them on its map with their styles
        layers = {}
        for key, name in ((self.SITES, "sites"), (self.EXCHANGES, "exchanges")):
            layer = self.parameterAsVectorLayer(parameters, key, context)
            if layer is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, key))
            layers[name] = layer
        for key, name in self.LAYERS.items():
            layer = self.parameterAsVectorLayer(parameters, key, context)
            if layer is not None:
                layers[name] = layer
        html = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context) or None
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context) or None
        if html is None and pdf is None:
            raise QgsProcessingException(self.tr("Choose an HTML file, a PDF file or both for the report"))
        params = params_from(self, parameters, context)
        extra = self.parameterAsFile(parameters, self.CATALOGUE, context)
        catalogue = Catalogue.load([extra] if extra else None)
        written = write_report(
            layers,
            params,
            self.parameterAsString(parameters, self.TITLE, context),
            html=html,
            pdf=pdf,
            overwrite=True,  # Processing asked the user before choosing an existing file
            catalogue=catalogue,
            progress=Progress(feedback),
            is_cancelled=feedback.isCanceled,
        )
        for path in written:
            feedback.pushInfo(self.tr("Wrote {}").format(path))
        return {self.OUTPUT_HTML: html, self.OUTPUT_PDF: pdf}
