"""Processing algorithm: the candidate exchanges between the sites, each measured on the transport networks."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ..core.model.parameters import Parameters
from ..core.transport.geodesy import anchor_points
from ..qgis_io.job_inputs import run_on_layers
from ..qgis_io.layers import frame_wkb_type
from .base import EcoParkAlgorithm, Progress
from .shared_parameters import source_from
from .transport_parameters import add_network_parameters, apply_network_options, networks_from_parameters


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
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.SITES,
                self.tr("Sites"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.STREAMS, self.tr("Streams (table)"), [QgsProcessing.SourceType.TypeVector], optional=True
            )
        )
        add_network_parameters(self)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Candidate pairs"), QgsProcessing.SourceType.TypeVectorLine
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUT_SITES, self.tr("Sites on the network"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            )
        )

    def process(self, parameters, context, feedback):
        sites = source_from(self, parameters, context, self.SITES)
        streams = source_from(self, parameters, context, self.STREAMS, optional=True)
        params = apply_network_options(self, parameters, context, Parameters())
        networks = networks_from_parameters(self, parameters, context, params, feedback)
        if networks is None:
            raise QgsProcessingException(self.tr("Give at least a road network, a rail network or ports"))
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
        if result.transport is None:
            feedback.pushWarning(self.tr("No candidate exchange between these sites"))
            pairs = pd.DataFrame(columns=["supplier", "receiver", "straight_km"])
        else:
            pairs = _pairs_frame(result.transport)
        frame = _with_lines(pairs, result.sites)
        crs = sites.sourceCrs()
        dest = self.write_frame(parameters, self.OUTPUT, context, feedback, frame, Qgis.WkbType.LineString, crs)
        if dest is None:
            return {}
        site_wkb = frame_wkb_type(result.sites, empty=Qgis.WkbType.Point)
        site_dest = self.write_frame(parameters, self.OUT_SITES, context, feedback, result.sites, site_wkb, crs)
        if site_dest is None:
            return {}
        off = int((result.site_network["status"] != "ok").sum()) if result.site_network is not None else 0
        feedback.pushInfo(
            self.tr("{pairs} candidate pairs measured; {off} sites off the network").format(pairs=len(pairs), off=off)
        )
        return {self.OUTPUT: dest, self.OUT_SITES: site_dest}


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
    """The pairs as straight lines from the supplier's anchor point to the receiver's."""
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
