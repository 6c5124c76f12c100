"""Processing algorithm: the main job, sites (and streams) -> priced and chosen exchanges."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
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

from ..core.catalogue import Catalogue
from ..core.errors import Cancelled, CatalogueError, InputError
from ..core.parameters import Parameters
from ..qgis_io.layers import frame_wkb_type
from ..qgis_io.styles import style_exchanges, style_sites
from ..qgis_io.workflow import run_on_layers
from .base import EcoParkAlgorithm, Progress
from .network_params import add_network_parameters, apply_network_options, networks_from_parameters

OBJECTIVES = ("benefit", "co2", "weighted")
MODE_NAMES = ("truck", "rail", "ship", "pipeline")


class _Styler(QgsProcessingLayerPostProcessorInterface):
    """Styles an output layer once Processing has loaded it into the project."""

    def __init__(self, style):
        super().__init__()
        self.style = style

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - Qt naming
        self.style(layer)


class FindExchanges(EcoParkAlgorithm):
    NAME = "findexchanges"
    DISPLAY = "Find symbiosis exchanges"
    HELP = (
        "Finds the by-product exchanges between industrial sites that the catalogue links, prices "
        "them (distance on the road, rail and sea networks when given, else geodesic distance x detour factor; "
        "transport cost and CO2 by mode and mode chain, e.g. truck-ship-truck; avoided disposal, virgin purchase and virgin-production CO2) and chooses the best set with a linear "
        "programme.\n\nSites: points or polygons with id, name and NACE code fields (hazard class "
        "optional). Streams (optional): a table of site id, direction (output/input), stream, quantity, "
        "unit (t, kg, m3, MWh, GJ, per yr/day/h) and EWC code. Sites without streams get typical streams "
        "of their sector. Fields left empty are guessed from their names."
    )

    SITES, SITE_ID, SITE_NAME, SITE_NACE, SITE_HAZARD = "SITES", "SITE_ID", "SITE_NAME", "SITE_NACE", "SITE_HAZARD"
    STREAMS, ST_SITE, ST_DIR, ST_STREAM, ST_QTY, ST_UNIT, ST_EWC = (
        "STREAMS",
        "STREAM_SITE",
        "STREAM_DIRECTION",
        "STREAM_NAME",
        "STREAM_QUANTITY",
        "STREAM_UNIT",
        "STREAM_EWC",
    )
    OBJECTIVE, DETOUR, TRUCK_COST, HANDLING, INFER = "OBJECTIVE", "DETOUR", "TRUCK_COST", "HANDLING", "INFER"
    MODES = "MODES"
    PARAMS_FILE, CATALOGUE = "PARAMETERS_FILE", "CATALOGUE"
    OUT_SITES, OUT_EXCHANGES = "OUTPUT_SITES", "OUTPUT_EXCHANGES"

    _stylers: list = []  # post-processors must outlive processAlgorithm

    def initAlgorithm(self, config=None):
        defaults = Parameters()
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.SITES,
                self.tr("Sites"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        for key, label in (
            (self.SITE_ID, "Site id field"),
            (self.SITE_NAME, "Site name field"),
            (self.SITE_NACE, "NACE code field"),
            (self.SITE_HAZARD, "Hazard class field"),
        ):
            self.addParameter(
                QgsProcessingParameterField(key, self.tr(label), parentLayerParameterName=self.SITES, optional=True)
            )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.STREAMS, self.tr("Streams table"), [QgsProcessing.SourceType.TypeVector], optional=True
            )
        )
        for key, label in (
            (self.ST_SITE, "Stream: site id field"),
            (self.ST_DIR, "Stream: direction field"),
            (self.ST_STREAM, "Stream: name field"),
            (self.ST_QTY, "Stream: quantity field"),
            (self.ST_UNIT, "Stream: unit field"),
            (self.ST_EWC, "Stream: EWC code field"),
        ):
            param = QgsProcessingParameterField(
                key, self.tr(label), parentLayerParameterName=self.STREAMS, optional=True
            )
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(param)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.OBJECTIVE,
                self.tr("Objective"),
                [
                    self.tr("Net benefit (EUR/yr)"),
                    self.tr("Net CO2 avoided (t/yr)"),
                    self.tr("Benefit + CO2 x carbon price"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.INFER, self.tr("Infer streams from the sector where none are given"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MODES,
                self.tr("Transport modes allowed (choose one to force it)"),
                [self.tr("Truck"), self.tr("Rail"), self.tr("Ship"), self.tr("Pipeline")],
                allowMultiple=True,
                defaultValue=[0, 1, 2, 3],
            )
        )
        add_network_parameters(self)
        advanced = [
            QgsProcessingParameterNumber(
                self.DETOUR,
                self.tr("Detour factor (road / straight distance)"),
                QgsProcessingParameterNumber.Type.Double,
                defaults.detour_factor,
                minValue=1.0,
            ),
            QgsProcessingParameterNumber(
                self.TRUCK_COST,
                self.tr("Truck cost (EUR per t-km)"),
                QgsProcessingParameterNumber.Type.Double,
                defaults.truck_eur_per_tkm,
                minValue=0.0,
            ),
            QgsProcessingParameterNumber(
                self.HANDLING,
                self.tr("Handling (EUR per t and transfer)"),
                QgsProcessingParameterNumber.Type.Double,
                defaults.handling_eur_per_t,
                minValue=0.0,
            ),
            QgsProcessingParameterFile(
                self.PARAMS_FILE,
                self.tr("Parameters file (JSON, overrides the above)"),
                extension="json",
                optional=True,
            ),
            QgsProcessingParameterFile(
                self.CATALOGUE, self.tr("Extra catalogue rules (CSV)"), extension="csv", optional=True
            ),
        ]
        for param in advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(param)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUT_EXCHANGES, self.tr("Exchanges"), QgsProcessing.SourceType.TypeVectorLine
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUT_SITES, self.tr("Sites with results"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            )
        )
        for key, label in (
            ("SELECTED", "Exchanges chosen"),
            ("NET_BENEFIT", "Net benefit (EUR/yr)"),
            ("CO2_AVOIDED", "Net CO2 avoided (t/yr)"),
            ("TONNES", "Tonnes diverted (t/yr)"),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def _params(self, parameters, context) -> Parameters:
        path = self.parameterAsFile(parameters, self.PARAMS_FILE, context)
        try:
            if path:
                return Parameters.from_json(Path(path).read_text(encoding="utf-8"))
            return Parameters.from_dict(
                {
                    "objective": OBJECTIVES[self.parameterAsEnum(parameters, self.OBJECTIVE, context)],
                    "detour_factor": self.parameterAsDouble(parameters, self.DETOUR, context),
                    "truck_eur_per_tkm": self.parameterAsDouble(parameters, self.TRUCK_COST, context),
                    "handling_eur_per_t": self.parameterAsDouble(parameters, self.HANDLING, context),
                    "infer_streams": self.parameterAsBoolean(parameters, self.INFER, context),
                    "modes": [MODE_NAMES[i] for i in self.parameterAsEnums(parameters, self.MODES, context)]
                    or list(MODE_NAMES),
                }
            )
        except (ValueError, OSError) as exc:
            raise QgsProcessingException(self.tr("Parameters: {}").format(exc)) from exc

    def processAlgorithm(self, parameters, context: QgsProcessingContext, feedback):
        sites = self.parameterAsVectorLayer(parameters, self.SITES, context)
        if sites is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.SITES))
        streams = self.parameterAsVectorLayer(parameters, self.STREAMS, context)
        field = lambda key: self.parameterAsString(parameters, key, context) or None  # noqa: E731
        site_fields = {
            "site_id": field(self.SITE_ID),
            "name": field(self.SITE_NAME),
            "nace": field(self.SITE_NACE),
            "hazard_class": field(self.SITE_HAZARD),
        }
        stream_fields = {
            "site_id": field(self.ST_SITE),
            "direction": field(self.ST_DIR),
            "stream": field(self.ST_STREAM),
            "quantity": field(self.ST_QTY),
            "unit": field(self.ST_UNIT),
            "ewc": field(self.ST_EWC),
        }
        params = apply_network_options(self, parameters, context, self._params(parameters, context))
        extra = self.parameterAsFile(parameters, self.CATALOGUE, context)
        networks = networks_from_parameters(self, parameters, context, params, feedback)
        try:
            catalogue = Catalogue.load([extra] if extra else None)
            result = run_on_layers(
                sites,
                streams,
                site_fields,
                stream_fields,
                params,
                catalogue,
                progress=Progress(feedback),
                is_cancelled=feedback.isCanceled,
                networks=networks,
            )
        except Cancelled:
            return {}
        except (InputError, CatalogueError) as exc:
            raise QgsProcessingException(str(exc)) from exc

        outputs = {}
        for key, frame, style in (
            (self.OUT_EXCHANGES, result.exchanges, style_exchanges),
            (self.OUT_SITES, result.sites, style_sites),
        ):
            wkb_type = frame_wkb_type(frame) if len(frame) else _line_or_point(key)
            dest = self.write_frame(parameters, key, context, feedback, frame, wkb_type, sites.crs())
            if dest is None:
                return {}
            outputs[key] = dest
            if context.willLoadLayerOnCompletion(dest):
                styler = _Styler(style)
                self._stylers.append(styler)
                context.layerToLoadOnCompletionDetails(dest).setPostProcessor(styler)
        s = result.summary
        feedback.pushInfo(
            self.tr(
                "{selected} of {candidates} candidate exchanges chosen; net benefit "
                "{net:,.0f} EUR/yr; net CO2 avoided {co2:,.0f} t/yr"
            ).format(
                selected=s["selected"], candidates=s["candidates"], net=s["net_benefit_eur"], co2=s["co2_avoided_t"]
            )
        )
        outputs.update(
            {
                "SELECTED": s["selected"],
                "NET_BENEFIT": s["net_benefit_eur"],
                "CO2_AVOIDED": s["co2_avoided_t"],
                "TONNES": s["tonnes_diverted"],
            }
        )
        return outputs


def _line_or_point(key):
    from qgis.core import Qgis

    return Qgis.WkbType.LineString if key == FindExchanges.OUT_EXCHANGES else Qgis.WkbType.Point
