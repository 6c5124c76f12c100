"""Processing algorithm: a routable network from a line layer or an OSM extract."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ..core.model.parameters import Parameters
from ..core.transport.network import KINDS, build_network, read_lines
from ..qgis_io.layers import qgis_crs, source_to_frame
from .base import EcoParkAlgorithm
from .enums import named_enum


class BuildNetwork(EcoParkAlgorithm):
    NAME = "buildnetwork"
    DISPLAY = "Build transport network"
    GROUP = "Transport"
    HELP = (
        "Builds a routable network from a line layer (roads, rail, waterways) or an OSM extract (.osm.pbf).\n\n"
        "Lines meet where they share a vertex (and, if asked, where they cross, or where their ends are closer "
        "than a tolerance). One-way streets follow the OSM oneway tag or a direction field. Each road class "
        "gets its speed from the class table (resources/network/road_classes.csv, editable; OSM maxspeed wins; "
        "classes closed to trucks are dropped), capped at the speed cap. Lengths are geodesic metres whatever "
        "the layer's CRS, and chains between junctions become one edge.\n\n"
        "Output: the edges with length_m, time_s, speed_kmh, direction (forward / both, as QGIS's own network "
        "tools read it) and component (0 is the main network; other numbers are pieces cut off from it). The "
        "other EcoPark algorithms read it back as a network."
    )
    INPUT, FILE, KIND, CLASS, SPEED, ONEWAY = "INPUT", "FILE", "KIND", "CLASS_FIELD", "SPEED_FIELD", "ONEWAY_FIELD"
    RESPECT, MAX_SPEED, TOLERANCE, CROSSINGS, OUTPUT = (
        "RESPECT_ONEWAY",
        "MAX_SPEED",
        "TOLERANCE",
        "NODE_CROSSINGS",
        "OUTPUT",
    )

    def initAlgorithm(self, config=None):
        line = [QgsProcessing.SourceType.TypeVectorLine]
        self.add_parameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Line layer"), line, optional=True))
        self.add_parameter(
            QgsProcessingParameterFile(
                self.FILE,
                self.tr("or OSM extract / line file"),
                QgsProcessingParameterFile.Behavior.File,
                fileFilter=self.tr("OSM extracts (*.osm.pbf *.osm);;All files (*)"),
                optional=True,
            )
        )
        self.add_parameter(
            named_enum(
                self.KIND,
                self.tr("Network"),
                [self.tr("Roads"), self.tr("Rail"), self.tr("Waterways")],
                KINDS,
                defaultValue=0,
            )
        )
        for key, label in (
            (self.CLASS, self.tr("Class field (OSM highway / railway by default)")),
            (self.SPEED, self.tr("Speed field (km/h)")),
            (self.ONEWAY, self.tr("Direction field (yes/-1/no or forward/backward/both)")),
        ):
            self.add_parameter(
                QgsProcessingParameterField(key, label, parentLayerParameterName=self.INPUT, optional=True)
            )
        self.add_parameter(
            QgsProcessingParameterBoolean(self.RESPECT, self.tr("Respect one-way streets"), defaultValue=True)
        )
        self.add_advanced(
            QgsProcessingParameterNumber(
                self.MAX_SPEED,
                self.tr("Speed cap (km/h; 0: none; trucks: 80)"),
                QgsProcessingParameterNumber.Type.Double,
                Parameters().truck_max_kmh,
                minValue=0.0,
            ),
            QgsProcessingParameterNumber(
                self.TOLERANCE,
                self.tr("Join line ends closer than (m)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                minValue=0.0,
            ),
            QgsProcessingParameterBoolean(
                self.CROSSINGS,
                self.tr("Also join lines where they cross (not for OSM: bridges cross without meeting)"),
                defaultValue=False,
            ),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Network"), QgsProcessing.SourceType.TypeVectorLine)
        )
        for key, label in (
            ("EDGES", self.tr("Edges")),
            ("NODES", self.tr("Nodes")),
            ("COMPONENTS", self.tr("Pieces")),
            ("LENGTH_KM", self.tr("Length (km)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def process(self, parameters, context, feedback):
        kind = KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        source = self.parameterAsSource(parameters, self.INPUT, context)
        path = self.parameterAsFile(parameters, self.FILE, context)
        if source is None and not path:
            raise QgsProcessingException(self.tr("Give a line layer or a file"))
        field = lambda key: self.parameterAsString(parameters, key, context) or None  # noqa: E731
        cap = self.parameterAsDouble(parameters, self.MAX_SPEED, context)
        if source is not None:
            lines, name = source_to_frame(source), source.sourceName()
        else:
            lines, name = read_lines(path, kind), path
        net = build_network(
            lines,
            kind=kind,
            class_field=field(self.CLASS),
            speed_field=field(self.SPEED),
            oneway_field=field(self.ONEWAY),
            respect_oneway=self.parameterAsBoolean(parameters, self.RESPECT, context),
            max_speed_kmh=cap or None,
            tolerance_m=self.parameterAsDouble(parameters, self.TOLERANCE, context),
            node_crossings=self.parameterAsBoolean(parameters, self.CROSSINGS, context),
            layer=name,
            is_cancelled=feedback.isCanceled,
        )
        source_crs = source.sourceCrs() if source is not None else None
        frame = net.edges_frame(net.source_crs)
        dest = self.write_frame(
            parameters,
            self.OUTPUT,
            context,
            feedback,
            frame,
            Qgis.WkbType.LineString,
            source_crs or qgis_crs(net.source_crs),
        )
        if dest is None:
            return {}
        s = net.stats
        feedback.pushInfo(
            self.tr(
                "{edges:,} edges, {nodes:,} nodes, {length_km:,.0f} km, {components} pieces, {oneway_edges:,} one-way edges"
            ).format(**s)
        )
        return {
            self.OUTPUT: dest,
            "EDGES": s["edges"],
            "NODES": s["nodes"],
            "COMPONENTS": s["components"],
            "LENGTH_KM": s["length_km"],
        }
