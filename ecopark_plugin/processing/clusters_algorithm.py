"""Processing algorithm: clusters of existing sites with strong exchange potential, with a proposed park boundary."""

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

from ..core.siting.clusters import DEFAULT_MARGIN_M, DEFAULT_MAX_LINK_KM, exchange_clusters
from ..qgis_io.layers import frame_wkb_type, source_to_frame
from .base import EcoParkAlgorithm
from .shared_parameters import source_from


class ExchangeClusters(EcoParkAlgorithm):
    NAME = "exchangeclusters"
    DISPLAY = "Clusters of sites with exchange potential"
    GROUP = "Siting"
    HELP_ANCHOR = "siting-clusters"
    HELP = (
        "Reads the sites and exchanges layers of 'Find symbiosis exchanges' and finds groups of sites that "
        "could exchange much with each other: where an eco-park could grow from existing sites.\n\n"
        "The network joins two sites when a feasible candidate exchange between them pays, chosen or not; a "
        "link weighs the net benefit of those candidates. Its communities are found with the Louvain method "
        "(networkx, fixed seed: the same input gives the same clusters); a resolution above 1 gives more, "
        "smaller clusters. Groups of one site are left out.\n\n"
        "Each cluster's totals (tonnes, MWh, m3, net benefit, net CO2 avoided) count the candidates inside it, "
        "each supplier's stream once, at its best use in the cluster. The proposed park boundary is the convex "
        "hull of the members buffered by the margin (500 m by default: an assumption, not a planning norm), "
        "drawn in metres; its area is measured on the ellipsoid.\n\n"
        "Outputs: the cluster polygons, ranked by potential net benefit, and the member sites with their "
        "cluster and weighted degree (the anchor has the largest)."
    )
    SITES, EXCHANGES, MIN_BENEFIT, RESOLUTION, MARGIN = "SITES", "EXCHANGES", "MIN_BENEFIT", "RESOLUTION", "MARGIN"
    OUTPUT, MEMBERS = "OUTPUT", "MEMBERS"

    def initAlgorithm(self, config=None):
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.SITES,
                self.tr("Sites with results (from Find symbiosis exchanges)"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.EXCHANGES,
                self.tr("Exchanges (from Find symbiosis exchanges)"),
                [QgsProcessing.SourceType.TypeVectorLine],
            )
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.MIN_BENEFIT,
                self.tr("Least net benefit of a candidate to count (EUR/yr)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                minValue=0.0,
            )
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.RESOLUTION,
                self.tr("Resolution (above 1: more, smaller clusters)"),
                QgsProcessingParameterNumber.Type.Double,
                1.0,
                minValue=0.001,
            )
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.MARGIN,
                self.tr("Margin around the members (m; 500 is an assumption)"),
                QgsProcessingParameterNumber.Type.Double,
                DEFAULT_MARGIN_M,
                minValue=1.0,
            )
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                "MAX_LINK_KM",
                self.tr("Longest candidate exchange within one park (km; 30 is an assumption; 0: no limit)"),
                QgsProcessingParameterNumber.Type.Double,
                DEFAULT_MAX_LINK_KM,
                minValue=0.0,
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Proposed parks"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.MEMBERS, self.tr("Cluster members"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.addOutput(QgsProcessingOutputNumber("CLUSTERS", self.tr("Clusters")))

    def process(self, parameters, context, feedback):
        sites_source = source_from(self, parameters, context, self.SITES)
        exchanges_source = source_from(self, parameters, context, self.EXCHANGES)
        crs = sites_source.sourceCrs()
        if not crs.isValid():
            raise QgsProcessingException(
                self.tr("layer '{layer}': no coordinate reference system; set one to draw the parks in metres").format(
                    layer=sites_source.sourceName()
                )
            )
        sites = source_to_frame(sites_source)
        exchanges = source_to_frame(exchanges_source).drop(columns="geometry")
        feedback.setProgress(30)
        try:
            clusters, members = exchange_clusters(
                sites,
                exchanges,
                min_benefit=self.parameterAsDouble(parameters, self.MIN_BENEFIT, context),
                resolution=self.parameterAsDouble(parameters, self.RESOLUTION, context),
                margin_m=self.parameterAsDouble(parameters, self.MARGIN, context),
                max_link_km=self.parameterAsDouble(parameters, "MAX_LINK_KM", context),
                layer=exchanges_source.sourceName(),
            )
        except ValueError as exc:  # not an EcoParkError, but a problem of the input, as before
            raise QgsProcessingException(str(exc)) from exc
        feedback.setProgress(70)
        polygons = frame_wkb_type(clusters, empty=Qgis.WkbType.Polygon)
        dest = self.write_frame(parameters, self.OUTPUT, context, feedback, clusters, polygons, crs)
        if dest is None:
            return {}
        self.style_output(context, dest, "exchange_clusters")
        members_dest = self.write_frame(
            parameters, self.MEMBERS, context, feedback, members, sites_source.wkbType(), crs
        )
        if members_dest is None:
            return {}
        feedback.pushInfo(
            self.tr("{clusters} clusters of {sites} sites; the first: {members}").format(
                clusters=len(clusters),
                sites=len(members),
                members=clusters["members"].iloc[0] if len(clusters) else "-",
            )
        )
        return {self.OUTPUT: dest, self.MEMBERS: members_dest, "CLUSTERS": len(clusters)}
