"""Processing algorithm: render sites and exchanges to a PNG map with title, legend and scale bar."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.job import credits_for
from ..qgis_io.render import render_map_png
from ..qgis_io.styles import legend_names, style_exchanges, style_sites
from .base import EcoParkAlgorithm


class RenderMap(EcoParkAlgorithm):
    NAME = "rendermap"
    DISPLAY = "Render symbiosis map to image"
    GROUP = "Maps"
    HELP = (
        "Draws the exchanges over the sites and writes the map as a PNG image (A4 landscape, 150 dpi) through "
        "a print layout: links coloured by stream family, width by quantity, arrows towards the receiver; "
        "sites coloured by sector and sized by their by-product output; a title, a legend of what is on the "
        "map, a scale bar and the data credits.\n\n"
        "Inputs: the sites and exchanges layers of 'Find symbiosis exchanges'. The layers are copied before "
        "styling, so the project's own styles stay as they are.\n\n"
        "Output: the PNG image."
    )

    SITES, EXCHANGES, TITLE, OUTPUT = "SITES", "EXCHANGES", "TITLE", "OUTPUT"

    def flags(self):
        # print layouts are rendered on the main thread, like QGIS's own layout export algorithms
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):
        self.add_parameter(
            QgsProcessingParameterVectorLayer(
                self.SITES, self.tr("Sites"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]
            )
        )
        self.add_parameter(
            QgsProcessingParameterVectorLayer(
                self.EXCHANGES, self.tr("Exchanges"), [QgsProcessing.SourceType.TypeVectorLine]
            )
        )
        self.add_parameter(
            QgsProcessingParameterString(self.TITLE, self.tr("Title"), self.tr("EcoPark: proposed symbiosis"))
        )
        self.add_parameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, self.tr("Map image"), self.tr("PNG files (*.png)"))
        )

    def process(self, parameters, context, feedback):
        # layers, not feature sources: they are copied, styled and drawn as they are
        sites = self.parameterAsVectorLayer(parameters, self.SITES, context)
        exchanges = self.parameterAsVectorLayer(parameters, self.EXCHANGES, context)
        if sites is None or exchanges is None:
            raise QgsProcessingException(
                self.invalidSourceError(parameters, self.SITES if sites is None else self.EXCHANGES)
            )
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        sites, exchanges = sites.clone(), exchanges.clone()
        sites.setName(legend_names()["sites"])
        exchanges.setName(legend_names()["exchanges"])
        style_sites(sites)
        style_exchanges(exchanges)
        render_map_png(
            [exchanges, sites],
            path,
            self.parameterAsString(parameters, self.TITLE, context),
            credits_for(None),
            overwrite=True,
        )
        return {self.OUTPUT: path}
