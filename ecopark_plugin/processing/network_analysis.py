"""Processing algorithm: partners, anchor tenants, clusters, loops and resilience of the chosen exchanges."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ..core.symbiosis.graph import closed_loops, network_summary, partner_metrics, symbiosis_graph
from ..qgis_io.layers import source_to_frame
from .base import EcoParkAlgorithm
from .shared_parameters import source_from

REQUIRED = (
    "supplier",
    "receiver",
    "supplier_name",
    "receiver_name",
    "stream",
    "unit",
    "quantity",
    "quantity_selected",
    "selected",
    "net_benefit",
    "co2_avoided_t",
)


class NetworkAnalysis(EcoParkAlgorithm):
    NAME = "networkanalysis"
    DISPLAY = "Analyse the symbiosis network"
    HELP = (
        "Reads the exchanges layer of 'Find symbiosis exchanges' and builds the network of the chosen "
        "exchanges (a directed graph, networkx).\n\n"
        "Output: one row per partner with its degree, tonnes sent and received, net benefit (half of each of "
        "its links), cluster (connected group of partners), whether it is an anchor tenant (the top partners "
        "by degree, then tonnage; how many is a parameter) and whether it sits on a closed loop (A -> B -> ... "
        "-> A, up to 6 partners), and what the park loses if it closes: benefit, tonnes and the partners left "
        "with no link. This is the direct loss, before anyone re-optimises. The numbers of partners, links, "
        "clusters and closed loops are returned too."
    )
    EXCHANGES, ANCHORS, OUTPUT = "EXCHANGES", "ANCHORS", "OUTPUT"

    def initAlgorithm(self, config=None):
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.EXCHANGES, self.tr("Exchanges"), [QgsProcessing.SourceType.TypeVectorLine]
            )
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.ANCHORS,
                self.tr("Number of anchor tenants"),
                QgsProcessingParameterNumber.Type.Integer,
                3,
                minValue=1,
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Partners"), QgsProcessing.SourceType.TypeVector)
        )
        for key, label in (
            ("PARTNERS", self.tr("Partners")),
            ("LINKS", self.tr("Links")),
            ("CLUSTERS", self.tr("Clusters")),
            ("LOOPS", self.tr("Closed loops")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def process(self, parameters, context, feedback):
        source = source_from(self, parameters, context, self.EXCHANGES)
        missing = [f for f in REQUIRED if source.fields().indexOf(f) < 0]
        if missing:
            raise QgsProcessingException(
                self.tr(
                    "layer '{layer}': missing fields {fields} (use the output of 'Find symbiosis exchanges')"
                ).format(layer=source.sourceName(), fields=", ".join(missing))
            )
        frame = source_to_frame(source).drop(columns="geometry")
        graph = symbiosis_graph(frame)
        loops = closed_loops(graph)
        partners = partner_metrics(graph, self.parameterAsInt(parameters, self.ANCHORS, context), loops)
        dest = self.write_frame(parameters, self.OUTPUT, context, feedback, partners, Qgis.WkbType.NoGeometry)
        if dest is None:
            return {}
        summary = network_summary(graph, loops)
        feedback.pushInfo(
            self.tr("{partners} partners, {links} links, {clusters} clusters, {closed_loops} closed loops").format(
                **summary
            )
        )
        return {
            self.OUTPUT: dest,
            "PARTNERS": summary["partners"],
            "LINKS": summary["links"],
            "CLUSTERS": summary["clusters"],
            "LOOPS": summary["closed_loops"],
        }
