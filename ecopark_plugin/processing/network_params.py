"""Network inputs shared by the algorithms: a road layer or OSM file, rail, waterways, ports, terminals."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
)

from ..core.errors import InputError
from ..core.parameters import Parameters
from ..core.transport import Networks
from ..qgis_io.networks import networks_from

ROAD, ROAD_FILE, RAIL, WATERWAYS, PORTS, TERMINALS = (
    "ROAD_NETWORK",
    "ROAD_FILE",
    "RAIL_NETWORK",
    "WATERWAYS",
    "PORTS",
    "TERMINALS",
)
MAX_SNAP, ROUTE_WEIGHT = "MAX_SNAP", "ROUTE_WEIGHT"
WEIGHTS = ("length", "time")


def add_network_parameters(alg, with_modes: bool = True) -> None:
    """Declare the optional network inputs on ``alg`` (an EcoParkAlgorithm)."""
    line = [QgsProcessing.SourceType.TypeVectorLine]
    point = [QgsProcessing.SourceType.TypeVectorPoint]
    defaults = Parameters()
    params = [
        QgsProcessingParameterVectorLayer(
            ROAD, alg.tr("Road network (line layer; OSM lines work as they are)"), line, optional=True
        ),
        QgsProcessingParameterFile(
            ROAD_FILE,
            alg.tr("or road network file (OSM extract .osm.pbf, or any line file)"),
            QgsProcessingParameterFile.Behavior.File,
            fileFilter=alg.tr(
                "OSM extracts (*.osm.pbf *.osm);;Line files (*.gpkg *.shp *.geojson *.fgb);;All files (*)"
            ),
            optional=True,
        ),
    ]
    if with_modes:
        params += [
            QgsProcessingParameterVectorLayer(RAIL, alg.tr("Rail network (line layer)"), line, optional=True),
            QgsProcessingParameterVectorLayer(
                TERMINALS, alg.tr("Rail freight terminals (points)"), point, optional=True
            ),
            QgsProcessingParameterVectorLayer(PORTS, alg.tr("Ports (points)"), point, optional=True),
            QgsProcessingParameterVectorLayer(
                WATERWAYS, alg.tr("Waterways between ports (line layer)"), line, optional=True
            ),
        ]
    for param in params:
        alg.addParameter(param)
    advanced = [
        QgsProcessingParameterNumber(
            MAX_SNAP,
            alg.tr("Maximum snapping distance from a site to the network (m)"),
            QgsProcessingParameterNumber.Type.Double,
            defaults.max_snap_m,
            minValue=0.0,
        ),
        QgsProcessingParameterEnum(
            ROUTE_WEIGHT, alg.tr("Truck routes"), [alg.tr("Shortest"), alg.tr("Fastest")], defaultValue=0
        ),
    ]
    for param in advanced:
        param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        alg.addParameter(param)


def apply_network_options(alg, parameters, context, params: Parameters) -> Parameters:
    """The snapping distance and route weight the user chose, set on ``params``."""
    params.max_snap_m = alg.parameterAsDouble(parameters, MAX_SNAP, context)
    params.route_weight = WEIGHTS[alg.parameterAsEnum(parameters, ROUTE_WEIGHT, context)]
    return params


def networks_from_parameters(alg, parameters, context, params: Parameters, feedback=None) -> Networks | None:
    """Build the networks the user gave (None when none)."""

    def layer(key):
        return alg.parameterAsVectorLayer(parameters, key, context) if key in parameters else None

    road = layer(ROAD) or (alg.parameterAsFile(parameters, ROAD_FILE, context) or None)
    sources = {"rail": layer(RAIL), "water": layer(WATERWAYS), "ports": layer(PORTS), "terminals": layer(TERMINALS)}
    if road is None and all(v is None for v in sources.values()):
        return None
    if feedback is not None:
        feedback.setProgressText(alg.tr("Building the networks"))
    try:
        networks = networks_from(params, road, **sources)
    except InputError as exc:
        raise QgsProcessingException(str(exc)) from exc
    if feedback is not None:
        for name in ("road", "rail", "water"):
            net = getattr(networks, name)
            if net is not None:
                s = net.stats
                feedback.pushInfo(
                    alg.tr("{} network: {:,} edges, {:,} nodes, {:,.0f} km, {} pieces").format(
                        name, s["edges"], s["nodes"], s["length_km"], s["components"]
                    )
                )
    return networks
