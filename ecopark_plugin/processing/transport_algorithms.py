"""Processing algorithms on transport networks: build a network, distances for candidate
exchanges, and links routed along the network."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
)

from ..core.model.errors import Cancelled, CatalogueError, InputError
from ..core.model.parameters import Parameters
from ..core.transport.geodesy import anchor_points
from ..core.transport.lines import route_pairs
from ..core.transport.network import KINDS, build_network, read_lines
from ..qgis_io.job_inputs import run_on_layers
from ..qgis_io.layers import layer_to_frame
from ..qgis_io.networks import network_from
from .base import EcoParkAlgorithm, Progress
from .network_params import (
    ROAD,
    ROAD_FILE,
    add_network_parameters,
    apply_network_options,
    networks_from_parameters,
)


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
        self.addParameter(QgsProcessingParameterVectorLayer(self.INPUT, self.tr("Line layer"), line, optional=True))
        self.addParameter(
            QgsProcessingParameterFile(
                self.FILE,
                self.tr("or OSM extract / line file"),
                QgsProcessingParameterFile.Behavior.File,
                fileFilter=self.tr("OSM extracts (*.osm.pbf *.osm);;All files (*)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.KIND, self.tr("Network"), [self.tr("Roads"), self.tr("Rail"), self.tr("Waterways")], defaultValue=0
            )
        )
        for key, label in (
            (self.CLASS, self.tr("Class field (OSM highway / railway by default)")),
            (self.SPEED, self.tr("Speed field (km/h)")),
            (self.ONEWAY, self.tr("Direction field (yes/-1/no or forward/backward/both)")),
        ):
            self.addParameter(
                QgsProcessingParameterField(key, label, parentLayerParameterName=self.INPUT, optional=True)
            )
        self.addParameter(
            QgsProcessingParameterBoolean(self.RESPECT, self.tr("Respect one-way streets"), defaultValue=True)
        )
        advanced = [
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
        ]
        for param in advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(param)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Network"), QgsProcessing.SourceType.TypeVectorLine)
        )
        for key, label in (
            ("EDGES", self.tr("Edges")),
            ("NODES", self.tr("Nodes")),
            ("COMPONENTS", self.tr("Pieces")),
            ("LENGTH_KM", self.tr("Length (km)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):
        kind = KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        path = self.parameterAsFile(parameters, self.FILE, context)
        if layer is None and not path:
            raise QgsProcessingException(self.tr("Give a line layer or a file"))
        field = lambda key: self.parameterAsString(parameters, key, context) or None  # noqa: E731
        cap = self.parameterAsDouble(parameters, self.MAX_SPEED, context)
        try:
            if layer is not None:
                lines, name = layer_to_frame(layer), layer.name()
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
        except Cancelled:
            return {}
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from exc
        source_crs = layer.crs() if layer is not None else None
        frame = net.edges_frame(net.source_crs)
        dest = self.write_frame(
            parameters,
            self.OUTPUT,
            context,
            feedback,
            frame,
            Qgis.WkbType.LineString,
            source_crs or _crs(net.source_crs),
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


def _crs(pyproj_crs):
    from qgis.core import QgsCoordinateReferenceSystem

    return QgsCoordinateReferenceSystem.fromWkt(pyproj_crs.to_wkt())


class CandidateDistances(EcoParkAlgorithm):
    NAME = "candidatedistances"
    DISPLAY = "Network distances for candidate exchanges"
    GROUP = "Transport"
    HELP = (
        "Finds the candidate exchanges between the sites (as 'Find symbiosis exchanges' does) and measures "
        "each candidate pair on the networks: truck distance and travel time on the road network (one search "
        "per supplier, cut off at the longest distance any of its streams may travel), a pipeline along the "
        "roads, and rail or sea chains where a rail network or ports are given. Only candidate pairs are "
        "measured, never a full matrix.\n\n"
        "Outputs. Candidate pairs: straight lines supplier -> receiver with the straight distance and, per "
        "mode, the distance, travel time, route, terminals or ports used and why the mode cannot serve. Sites "
        "on the network: every site with how far it is from the road network and whether it is cut off from "
        "its partners.\n\n"
        "Speeds come from resources/network/road_classes.csv; the snapping distance and the other transport "
        "defaults are listed with their sources in the README."
    )
    SITES, STREAMS, OUTPUT, OUT_SITES = "SITES", "STREAMS", "OUTPUT", "OUT_SITES"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.SITES,
                self.tr("Sites"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.STREAMS, self.tr("Streams (table)"), [QgsProcessing.SourceType.TypeVector], optional=True
            )
        )
        add_network_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Candidate pairs"), QgsProcessing.SourceType.TypeVectorLine
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUT_SITES, self.tr("Sites on the network"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        sites = self.parameterAsVectorLayer(parameters, self.SITES, context)
        if sites is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SITES))
        streams = self.parameterAsVectorLayer(parameters, self.STREAMS, context)
        params = apply_network_options(self, parameters, context, Parameters())
        networks = networks_from_parameters(self, parameters, context, params, feedback)
        if networks is None:
            raise QgsProcessingException(self.tr("Give at least a road network, a rail network or ports"))
        try:
            result = run_on_layers(
                sites,
                streams,
                None,
                None,
                params,
                None,
                progress=Progress(feedback),
                is_cancelled=feedback.isCanceled,
                networks=networks,
            )
        except Cancelled:
            return {}
        except (InputError, CatalogueError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        if result.transport is None:
            feedback.pushWarning(self.tr("No candidate exchange between these sites"))
            pairs = pd.DataFrame(columns=["supplier", "receiver", "straight_km"])
        else:
            pairs = _pairs_frame(result.transport)
        frame = _with_lines(pairs, result.sites)
        dest = self.write_frame(parameters, self.OUTPUT, context, feedback, frame, Qgis.WkbType.LineString, sites.crs())
        if dest is None:
            return {}
        site_dest = self.write_frame(
            parameters, self.OUT_SITES, context, feedback, result.sites, _wkb(result.sites), sites.crs()
        )
        if site_dest is None:
            return {}
        off = int((result.site_network["status"] != "ok").sum()) if result.site_network is not None else 0
        feedback.pushInfo(
            self.tr("{pairs} candidate pairs measured; {off} sites off the network").format(pairs=len(pairs), off=off)
        )
        return {self.OUTPUT: dest, self.OUT_SITES: site_dest}


def _wkb(frame):
    from ..qgis_io.layers import frame_wkb_type

    return frame_wkb_type(frame) if len(frame) else Qgis.WkbType.Point


def _pairs_frame(plan) -> pd.DataFrame:
    """One row per candidate pair: each mode's distance, time, chain and why it cannot serve."""
    ids = plan.sites["site_id"].to_numpy()
    out = pd.DataFrame(
        {
            "supplier": ids[plan.pairs["supplier"].to_numpy(int)],
            "receiver": ids[plan.pairs["receiver"].to_numpy(int)],
            "straight_km": plan.pairs["straight_km"].to_numpy(float),
        }
    )
    for mode, legs in plan.legs.items():
        out[f"{mode}_km"] = legs.km
        if mode != "pipeline":
            out[f"{mode}_h"] = legs.hours
        if mode in ("rail", "ship"):
            out[f"{mode}_access_km"] = legs.access_km
            out[f"{mode}_via"] = legs.via
        out[f"{mode}_route"] = legs.route
        out[f"{mode}_note"] = legs.why
    return out


def _with_lines(pairs: pd.DataFrame, sites):
    import geopandas as gpd
    import shapely

    points = anchor_points(sites).reset_index(drop=True)
    pos = {sid: i for i, sid in enumerate(sites["site_id"])}
    xy = np.column_stack([points.x.to_numpy(), points.y.to_numpy()])
    if len(pairs):
        ends = np.stack(
            [xy[pairs["supplier"].map(pos).to_numpy(int)], xy[pairs["receiver"].map(pos).to_numpy(int)]], axis=1
        )
        lines = shapely.linestrings(ends)
    else:
        lines = []
    return gpd.GeoDataFrame(pairs, geometry=lines, crs=sites.crs)


class RouteLinks(EcoParkAlgorithm):
    NAME = "routelinks"
    DISPLAY = "Route links along a network"
    GROUP = "Transport"
    HELP = (
        "Redraws links (the exchanges layer of 'Find symbiosis exchanges', or any lines with supplier and "
        "receiver site ids) along the road network: trucks by the shortest or fastest route respecting one-way "
        "streets, pipelines (mode 'pipeline') along the roads in either direction.\n\n"
        "Inputs: the links, the sites they name, and a road network layer or file (an OSM extract works).\n\n"
        "Output: the links with route_km, route_h and route_status; a link with no route keeps its straight "
        "line and says why."
    )
    LINKS, SUPPLIER, RECEIVER, SITES, SITE_ID, ONLY_SELECTED, OUTPUT = (
        "LINKS",
        "SUPPLIER_FIELD",
        "RECEIVER_FIELD",
        "SITES",
        "SITE_ID_FIELD",
        "ONLY_SELECTED",
        "OUTPUT",
    )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(self.LINKS, self.tr("Links"), [QgsProcessing.SourceType.TypeVectorLine])
        )
        self.addParameter(
            QgsProcessingParameterField(self.SUPPLIER, self.tr("Supplier id field"), "supplier", self.LINKS)
        )
        self.addParameter(
            QgsProcessingParameterField(self.RECEIVER, self.tr("Receiver id field"), "receiver", self.LINKS)
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.SITES,
                self.tr("Sites"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(self.SITE_ID, self.tr("Site id field"), "site_id", self.SITES, optional=True)
        )
        add_network_parameters(self, with_modes=False)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ONLY_SELECTED, self.tr("Only links whose 'selected' field is true"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Routed links"), QgsProcessing.SourceType.TypeVectorLine
            )
        )

    def processAlgorithm(self, parameters, context, feedback):
        links = self.parameterAsVectorLayer(parameters, self.LINKS, context)
        sites = self.parameterAsVectorLayer(parameters, self.SITES, context)
        if links is None or sites is None:
            raise QgsProcessingException(
                self.invalidSourceError(parameters, self.LINKS if links is None else self.SITES)
            )
        params = apply_network_options(self, parameters, context, Parameters())
        road = self.parameterAsVectorLayer(parameters, ROAD, context) or self.parameterAsFile(
            parameters, ROAD_FILE, context
        )
        if not road:
            raise QgsProcessingException(self.tr("Give a road network layer or file"))
        supplier = self.parameterAsString(parameters, self.SUPPLIER, context)
        receiver = self.parameterAsString(parameters, self.RECEIVER, context)
        frame = layer_to_frame(links)
        if self.parameterAsBoolean(parameters, self.ONLY_SELECTED, context) and "selected" in frame.columns:
            frame = frame[frame["selected"].fillna(False).astype(bool)]
        try:
            site_frame = layer_to_frame(sites)
            id_field = self.parameterAsString(parameters, self.SITE_ID, context) or "site_id"
            if id_field not in site_frame.columns:
                raise QgsProcessingException(
                    self.tr("layer '{layer}': no field '{field}'").format(layer=sites.name(), field=id_field)
                )
            clean = site_frame.rename(columns={id_field: "site_id"}).reset_index(drop=True)
            clean = clean[clean.geometry.notna()]
            pos = pd.Series(np.arange(len(clean)), index=clean["site_id"].astype(str))
            pos = pos[~pos.index.duplicated()]
            problems = []
            for field in (supplier, receiver):
                unknown = ~frame[field].astype(str).isin(pos.index)
                for fid in frame.index[unknown][:5]:
                    problems.append(
                        self.tr(
                            "layer '{layer}', feature {fid}, field '{field}': no site '{site}' in '{sites}'"
                        ).format(
                            layer=links.name(), fid=fid, field=field, site=frame.loc[fid, field], sites=sites.name()
                        )
                    )
            if problems:
                raise QgsProcessingException("\n".join(problems))
            feedback.setProgressText(self.tr("Building the road network"))
            net = network_from(road, "road", params)
            if feedback.isCanceled():
                return {}
            feedback.setProgressText(self.tr("Routing"))
            directed = (
                (frame["mode"].astype(str) != "pipeline").to_numpy()
                if "mode" in frame.columns
                else np.ones(len(frame), bool)
            )
            routed = route_pairs(
                clean,
                net,
                pos.loc[frame[supplier].astype(str)].to_numpy(),
                pos.loc[frame[receiver].astype(str)].to_numpy(),
                directed,
                params,
            )
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from exc
        out = frame.drop(columns="geometry").reset_index(drop=True)
        for col in ("route_km", "route_h", "route_status"):
            out[col] = routed[col].to_numpy()
        import geopandas as gpd

        out = gpd.GeoDataFrame(out, geometry=list(routed["geometry"]), crs=clean.crs).to_crs(links.crs().toWkt())
        dest = self.write_frame(parameters, self.OUTPUT, context, feedback, out, Qgis.WkbType.LineString, links.crs())
        if dest is None:
            return {}
        feedback.pushInfo(
            self.tr("{routed} of {links} links routed").format(
                routed=int((out["route_status"] == "routed").sum()), links=len(out)
            )
        )
        return {self.OUTPUT: dest}
