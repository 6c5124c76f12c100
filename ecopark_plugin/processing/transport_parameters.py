"""Transport inputs shared by the algorithms: a road layer or OSM file, rail, waterways, ports, terminals, and
the snapping distance and route weight.

The networks are layers, not feature sources: an OSM extract's layer is read from its file, whole and fast.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
)

from ..core.model.parameters import Parameters
from ..core.transport.plan import Networks
from ..i18n import translator
from ..qgis_io.networks import networks_from
from .enums import named_enum

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
#: one context for these shared inputs, whichever algorithm declares them (the name they had in network_params.py)
tr = translator("NetworkParameters")


def add_network_parameters(alg, with_modes: bool = True) -> None:
    """Declare the optional network inputs on ``alg`` (an EcoParkAlgorithm)."""
    line = [QgsProcessing.SourceType.TypeVectorLine]
    point = [QgsProcessing.SourceType.TypeVectorPoint]
    defaults = Parameters()
    params = [
        QgsProcessingParameterVectorLayer(
            ROAD, tr("Road network (line layer; OSM lines work as they are)"), line, optional=True
        ),
        QgsProcessingParameterFile(
            ROAD_FILE,
            tr("or road network file (OSM extract .osm.pbf, or any line file)"),
            QgsProcessingParameterFile.Behavior.File,
            fileFilter=tr("OSM extracts (*.osm.pbf *.osm);;Line files (*.gpkg *.shp *.geojson *.fgb);;All files (*)"),
            optional=True,
        ),
    ]
    if with_modes:
        params += [
            QgsProcessingParameterVectorLayer(RAIL, tr("Rail network (line layer)"), line, optional=True),
            QgsProcessingParameterVectorLayer(TERMINALS, tr("Rail freight terminals (points)"), point, optional=True),
            QgsProcessingParameterVectorLayer(PORTS, tr("Ports (points)"), point, optional=True),
            QgsProcessingParameterVectorLayer(
                WATERWAYS, tr("Waterways between ports (line layer)"), line, optional=True
            ),
        ]
    for param in params:
        alg.add_parameter(param)
    advanced = [
        QgsProcessingParameterNumber(
            MAX_SNAP,
            tr("Maximum snapping distance from a site to the network (m)"),
            QgsProcessingParameterNumber.Type.Double,
            defaults.max_snap_m,
            minValue=0.0,
        ),
        named_enum(ROUTE_WEIGHT, tr("Truck routes"), [tr("Shortest"), tr("Fastest")], WEIGHTS, defaultValue=0),
    ]
    for param in advanced:
        param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        alg.add_parameter(param)


def apply_network_options(alg, parameters, context, params: Parameters) -> Parameters:
    """The snapping distance and route weight the user chose, set on ``params``."""
    params.max_snap_m = alg.parameterAsDouble(parameters, MAX_SNAP, context)
    params.route_weight = WEIGHTS[alg.parameterAsEnum(parameters, ROUTE_WEIGHT, context)]
    return params


def networks_from_parameters(alg, parameters, context, params: Parameters, feedback=None) -> Networks | None:
    """Build the networks the user gave (None when none). Raises InputError on a layer or file that is no network."""

    def layer(key):
        return alg.parameterAsVectorLayer(parameters, key, context) if key in parameters else None

    road = layer(ROAD) or (alg.parameterAsFile(parameters, ROAD_FILE, context) or None)
    sources = {"rail": layer(RAIL), "water": layer(WATERWAYS), "ports": layer(PORTS), "terminals": layer(TERMINALS)}
    if road is None and all(v is None for v in sources.values()):
        return None
    if feedback is not None:
        feedback.setProgressText(tr("Building the networks"))
    networks = networks_from(params, road, **sources)
    if feedback is not None:
        titles = {"road": tr("Road network"), "rail": tr("Rail network"), "water": tr("Waterway network")}
        for name, title in titles.items():
            net = getattr(networks, name)
            if net is not None:
                s = net.stats
                feedback.pushInfo(
                    tr("{network}: {edges:,} edges, {nodes:,} nodes, {length_km:,.0f} km, {pieces} pieces").format(
                        network=title,
                        edges=s["edges"],
                        nodes=s["nodes"],
                        length_km=s["length_km"],
                        pieces=s["components"],
                    )
                )
    return networks
