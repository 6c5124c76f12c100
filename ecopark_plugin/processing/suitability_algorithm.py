"""Processing algorithm of the siting issue: a suitability surface for a new park over a region."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
)

from ..core.siting.candidates import SEPARATION_CELLS, top_candidates
from ..core.siting.suitability import DEFAULT_WEIGHTS, suitability_grid
from ..core.symbiosis.catalogue import Catalogue
from ..qgis_io.layers import qgis_crs, source_to_frame
from .base import EcoParkAlgorithm, Progress
from .enums import named_enum
from .shared_parameters import (
    add_exchanges,
    add_housing_parameters,
    add_sites,
    housing_from_parameters,
    params_from,
    sites_from,
    source_from,
)


def _shapes(source):
    """Networks and exclusion layers count by their shapes only: their attributes (OSM tags...) are not read."""
    return source_to_frame(source, QgsFeatureRequest().setNoAttributes())


class Suitability(EcoParkAlgorithm):
    NAME = "suitability"
    DISPLAY = "Suitability surface for a new park"
    GROUP = "Siting"
    HELP_ANCHOR = "siting-suitability-surface"
    HELP = (
        "Scores every cell of a square grid over the extent (default: the sites' extent plus 5 km) for a new "
        "eco-industrial park, in the sites' UTM zone.\n\n"
        "Criteria, each 0-1: exchange potential (the summed net benefit of the existing sites' by-products "
        "with a feasible exchange that could reach the cell within its catalogue rule's truck distance, "
        "straight line x detour factor, falling linearly with distance; divided by the grid's largest), road "
        "and rail access (1 on the line, 0 at 5 km from a road or 10 km from a railway, straight line), and "
        "distance from housing (0 inside the zone of the new park's hazard class, 1 at three times its width). "
        "Cells with housing inside the zone, or touching a feature of an exclusion layer, are excluded with "
        "the reason and score 0.\n\n"
        "score = weighted sum of the criteria / sum of their weights, over the criteria whose layers are given. "
        "The default weights (0.4, 0.25, 0.1, 0.25) and distances are assumptions: set your own.\n\n"
        "Top candidates (optional output): the best-scoring cells that are not excluded, taken best first and "
        "skipping any whose centre is closer than the minimum separation (default 3 cell sides) to one already "
        "taken; points at the cell centres with their rank, scores and anchor tenants: the 3 existing "
        "suppliers contributing most to the cell's exchange potential, with their EUR/yr."
    )

    def initAlgorithm(self, config=None):
        add_sites(self)
        add_exchanges(self)
        self.add_parameter(
            QgsProcessingParameterExtent("EXTENT", self.tr("Extent (default: the sites plus 5 km)"), optional=True)
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                "CELL_SIZE",
                self.tr("Cell size (m)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=1000.0,
                minValue=1.0,
            )
        )
        self.add_parameter(
            named_enum(
                "HAZARD_CLASS",
                self.tr("Expected hazard class of the new park"),
                ["I", "II", "III", "IV", "V"],
                ("I", "II", "III", "IV", "V"),
                defaultValue=2,
            )
        )
        for key, label in (
            ("ROAD_NETWORK", self.tr("Road network (lines)")),
            ("RAIL_NETWORK", self.tr("Rail network (lines)")),
        ):
            self.add_parameter(
                QgsProcessingParameterFeatureSource(
                    key, label, [QgsProcessing.SourceType.TypeVectorLine], optional=True
                )
            )
        add_housing_parameters(self, optional=True)
        self.add_parameter(
            QgsProcessingParameterMultipleLayers(
                "EXCLUSIONS",
                self.tr("Exclusion layers (water, protected areas, residential land...)"),
                Qgis.ProcessingSourceType.VectorAnyGeometry,
                optional=True,
            )
        )
        for key, label, name in (
            ("W_EXCHANGE", self.tr("Weight: exchange potential"), "exchange"),
            ("W_ROAD", self.tr("Weight: road access"), "road"),
            ("W_RAIL", self.tr("Weight: rail access"), "rail"),
            ("W_HOUSING", self.tr("Weight: distance from housing"), "housing"),
        ):
            self.add_parameter(
                QgsProcessingParameterNumber(
                    key,
                    label,
                    QgsProcessingParameterNumber.Type.Double,
                    defaultValue=DEFAULT_WEIGHTS[name],
                    minValue=0.0,
                )
            )
        self.add_advanced(
            QgsProcessingParameterFile(
                "PARAMETERS_FILE",
                self.tr("Parameters file (JSON: detour factor, zone widths)"),
                extension="json",
                optional=True,
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Suitability grid"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                "N_CANDIDATES",
                self.tr("Top candidate sites"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=5,
                minValue=1,
            )
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                "MIN_SEPARATION",
                self.tr("Minimum separation of candidates (m; empty: 3 cell sides)"),
                QgsProcessingParameterNumber.Type.Double,
                optional=True,
                minValue=0.0,
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "CANDIDATES",
                self.tr("Top candidate sites"),
                QgsProcessing.SourceType.TypeVectorPoint,
                optional=True,
                createByDefault=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("CELLS", self.tr("Cells")))
        self.addOutput(QgsProcessingOutputNumber("EXCLUDED", self.tr("Cells excluded")))
        self.addOutput(QgsProcessingOutputNumber("BEST_SCORE", self.tr("Best score")))

    def _lines(self, parameters, key, context):
        source = source_from(self, parameters, context, key, optional=True)
        return None if source is None else _shapes(source)

    def process(self, parameters, context, feedback):
        source, sites = sites_from(self, parameters, context)
        params = params_from(self, parameters, context)
        ex_source = source_from(self, parameters, context, "EXCHANGES")
        extent, extent_crs = None, None
        if parameters.get("EXTENT"):
            rect = self.parameterAsExtent(parameters, "EXTENT", context, source.sourceCrs())
            extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
            extent_crs = source.sourceCrs().toWkt()
        feedback.setProgressText(self.tr("Reading the layers"))
        homes = housing_from_parameters(self, parameters, context, params)
        exclusions = {}
        for ex in self.parameterAsLayerList(parameters, "EXCLUSIONS", context):
            name = ex.name()
            while name in exclusions:
                name += "'"
            exclusions[name] = _shapes(ex)
        weights = {
            name: self.parameterAsDouble(parameters, key, context)
            for key, name in (
                ("W_EXCHANGE", "exchange"),
                ("W_ROAD", "road"),
                ("W_RAIL", "rail"),
                ("W_HOUSING", "housing"),
            )
        }
        exchanges = source_to_frame(ex_source)
        cell_m = self.parameterAsDouble(parameters, "CELL_SIZE", context)
        catalogue = Catalogue.load()
        grid = suitability_grid(
            sites,
            exchanges,
            extent,
            cell_m,
            weights,
            road=self._lines(parameters, "ROAD_NETWORK", context),
            rail=self._lines(parameters, "RAIL_NETWORK", context),
            housing=homes,
            exclusions=exclusions,
            hazard_class=self.parameterAsEnum(parameters, "HAZARD_CLASS", context) + 1,
            params=params,
            catalogue=catalogue,
            extent_crs=extent_crs,
            progress=Progress(feedback),
            is_cancelled=feedback.isCanceled,
        )
        crs = qgis_crs(grid.crs)
        dest = self.write_frame(parameters, "OUTPUT", context, feedback, grid, Qgis.WkbType.Polygon, crs)
        if dest is None:
            return {}
        self.style_output(context, dest, "suitability")
        results = {"OUTPUT": dest}
        if parameters.get("CANDIDATES") is not None:
            separation = (
                None
                if parameters.get("MIN_SEPARATION") in (None, "")
                else self.parameterAsDouble(parameters, "MIN_SEPARATION", context)
            )
            candidates = top_candidates(
                grid,
                sites,
                exchanges,
                self.parameterAsInt(parameters, "N_CANDIDATES", context),
                separation,
                catalogue=catalogue,
                params=params,
            )
            found = self.write_frame(parameters, "CANDIDATES", context, feedback, candidates, Qgis.WkbType.Point, crs)
            if found is None:
                return {}
            self.style_output(context, found, "suitability_candidates")
            results["CANDIDATES"] = found
            feedback.pushInfo(
                self.tr("%n candidate site(s) at least {m:,.0f} m apart", len(candidates)).format(
                    m=SEPARATION_CELLS * cell_m if separation is None else separation,
                )
            )
        excluded = int((grid["excluded"] != "").sum())
        feedback.pushInfo(
            self.tr("{n:,} cells, {x:,} excluded; best score {best:.2f}").format(
                n=len(grid), x=excluded, best=float(grid["score"].max())
            )
        )
        return {**results, "CELLS": len(grid), "EXCLUDED": excluded, "BEST_SCORE": float(grid["score"].max())}
