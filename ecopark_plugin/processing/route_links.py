"""Processing algorithm: links redrawn along the road network."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..core.model.parameters import Parameters
from ..core.transport.lines import route_pairs
from ..qgis_io.layers import source_to_frame
from ..qgis_io.networks import network_from
from .base import EcoParkAlgorithm
from .shared_parameters import source_from
from .transport_parameters import ROAD, ROAD_FILE, add_network_parameters, apply_network_options


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
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.LINKS, self.tr("Links"), [QgsProcessing.SourceType.TypeVectorLine])
        )
        self.add_parameter(
            QgsProcessingParameterField(self.SUPPLIER, self.tr("Supplier id field"), "supplier", self.LINKS)
        )
        self.add_parameter(
            QgsProcessingParameterField(self.RECEIVER, self.tr("Receiver id field"), "receiver", self.LINKS)
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.SITES,
                self.tr("Sites"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        self.add_parameter(
            QgsProcessingParameterField(self.SITE_ID, self.tr("Site id field"), "site_id", self.SITES, optional=True)
        )
        add_network_parameters(self, with_modes=False)
        self.add_parameter(
            QgsProcessingParameterBoolean(
                self.ONLY_SELECTED, self.tr("Only links whose 'selected' field is true"), defaultValue=True
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Routed links"), QgsProcessing.SourceType.TypeVectorLine
            )
        )

    def process(self, parameters, context, feedback):
        links = source_from(self, parameters, context, self.LINKS)
        sites = source_from(self, parameters, context, self.SITES)
        params = apply_network_options(self, parameters, context, Parameters())
        road = self.parameterAsVectorLayer(parameters, ROAD, context) or self.parameterAsFile(
            parameters, ROAD_FILE, context
        )
        if not road:
            raise QgsProcessingException(self.tr("Give a road network layer or file"))
        supplier = self.parameterAsString(parameters, self.SUPPLIER, context)
        receiver = self.parameterAsString(parameters, self.RECEIVER, context)
        frame = source_to_frame(links)
        if self.parameterAsBoolean(parameters, self.ONLY_SELECTED, context) and "selected" in frame.columns:
            frame = frame[frame["selected"].fillna(False).astype(bool)]
        site_frame = source_to_frame(sites)
        id_field = self.parameterAsString(parameters, self.SITE_ID, context) or "site_id"
        if id_field not in site_frame.columns:
            raise QgsProcessingException(
                self.tr("layer '{layer}': no field '{field}'").format(layer=sites.sourceName(), field=id_field)
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
                    self.tr("layer '{layer}', feature {fid}, field '{field}': no site '{site}' in '{sites}'").format(
                        layer=links.sourceName(),
                        fid=fid,
                        field=field,
                        site=frame.loc[fid, field],
                        sites=sites.sourceName(),
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
        out = frame.drop(columns="geometry").reset_index(drop=True)
        for col in ("route_km", "route_h", "route_status"):
            out[col] = routed[col].to_numpy()
        crs = links.sourceCrs()
        out = gpd.GeoDataFrame(out, geometry=list(routed["geometry"]), crs=clean.crs).to_crs(crs.toWkt())
        dest = self.write_frame(parameters, self.OUTPUT, context, feedback, out, Qgis.WkbType.LineString, crs)
        if dest is None:
            return {}
        feedback.pushInfo(
            self.tr("{routed} of {links} links routed").format(
                routed=int((out["route_status"] == "routed").sum()), links=len(out)
            )
        )
        return {self.OUTPUT: dest}
