"""What every EcoPark algorithm shares: translation, icon, group, help, and engine errors as Processing errors."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDefinition,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.model.errors import Cancelled, EcoParkError
from ..core.model.i18n import english_plural, using
from ..core.symbiosis.catalogue import RESOURCES
from ..i18n import user_locale
from ..qgis_io.layers import frame_features, frame_fields
from ..qgis_io.proj_threads import keep_proj_context
from ..qgis_io.results import ORDER
from ..qgis_io.styles import apply_style, legend_names
from .enums import resolve_enums
from .safe_outputs import clashes


class Styler(QgsProcessingLayerPostProcessorInterface):
    """Styles an output layer with its shipped .qml once Processing has loaded it into the project."""

    def __init__(self, style: str):
        super().__init__()
        self.style = style

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - Qt naming
        apply_style(layer, self.style)


#: the project's home (metadata.txt's ``repository``); an algorithm's help links into its README
REPOSITORY = "https://github.com/ecopark-qgis/ecopark"


class EcoParkAlgorithm(QgsProcessingAlgorithm):
    """Base of the EcoPark algorithms. Subclasses set ``NAME``, ``DISPLAY``, ``GROUP``, ``HELP`` and, where
    the README has a section of their own, ``HELP_ANCHOR``, and implement :meth:`process`."""

    NAME = ""
    DISPLAY = ""
    GROUP = "Symbiosis"
    HELP = ""
    #: the README section that documents the algorithm (GitHub's anchor of its heading)
    HELP_ANCHOR = "processing"

    def tr(self, text: str, n: int | None = None) -> str:
        """``text`` in QGIS's language; with a count ``n``, the plural form for ``n`` (``"%n site(s)"``)."""
        if n is None:
            return QCoreApplication.translate(type(self).__name__, text)
        return english_plural(QCoreApplication.translate(type(self).__name__, text, None, int(n)), int(n))

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:
        return self.tr(self.DISPLAY)

    def group(self) -> str:
        return self.tr(self.GROUP)

    def groupId(self) -> str:
        return self.GROUP.lower().replace(" ", "")

    def shortHelpString(self) -> str:
        return self.tr(self.HELP)

    def helpUrl(self) -> str:
        return f"{REPOSITORY}#{self.HELP_ANCHOR}"

    def checkParameterValues(self, parameters, context):  # noqa: N802 - Qt naming
        """QGIS's checks, on the parameters with choices given by name turned into indexes; outputs that would
        overwrite an input or each other are refused."""
        resolved, errors = resolve_enums(self.parameterDefinitions(), parameters)
        errors += clashes(self.parameterDefinitions(), parameters, context)
        if errors:
            return False, "\n".join(errors)
        return super().checkParameterValues(resolved, context)

    def processAlgorithm(self, parameters, context, feedback):
        """:meth:`process`, with choices given by name as indexes, the engine's errors as Processing errors and
        a cancelled run as an empty result (Processing then reports the cancel itself)."""
        parameters, errors = resolve_enums(self.parameterDefinitions(), parameters)
        # again here: a model or a script may call the algorithm without checking its parameters first
        errors += clashes(self.parameterDefinitions(), parameters, context)
        if errors:
            raise QgsProcessingException("\n".join(errors))
        try:
            # the engine's texts (reasons, credit lines) in the language QGIS runs in
            with using(user_locale()):
                return self.process(parameters, context, feedback)
        except Cancelled:
            return {}
        except EcoParkError as exc:
            # the engine's message names layer, feature and field: it is what the user needs to see
            raise QgsProcessingException(str(exc)) from exc
        finally:
            keep_proj_context()  # a dialog runs this in a pool thread (see qgis_io/proj_threads.py)

    def process(self, parameters, context, feedback) -> dict:
        """The algorithm's work (``processAlgorithm`` without the error handling every algorithm shares).

        Not named ``run``: that is QgsProcessingAlgorithm's own entry point, which Processing calls.
        """
        raise NotImplementedError

    def icon(self) -> QIcon:
        return QIcon(str(RESOURCES / "icons" / "ecopark.svg"))

    def add_parameter(self, param) -> None:
        """``addParameter``, which returns False and drops ``param`` when its name is taken: here an error."""
        if not self.addParameter(param):
            raise QgsProcessingException(f"{self.name()}: a second parameter named {param.name()}")

    def add_advanced(self, *params) -> None:
        """Add ``params`` under the dialog's advanced parameters."""
        for param in params:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.add_parameter(param)

    #: post-processors must outlive processAlgorithm
    _stylers: list = []

    def style_output(self, context, dest, style: str, group: str | None = None) -> None:
        """Style output ``dest`` when loaded and, with ``group``, put it in that layer group with the
        legend name of the result layer and in the order of :data:`results.ORDER`."""
        if dest is None or not context.willLoadLayerOnCompletion(dest):
            return
        styler = Styler(style)
        self._stylers.append(styler)
        details = context.layerToLoadOnCompletionDetails(dest)
        details.setPostProcessor(styler)
        if group:
            details.groupName = group
            details.name = legend_names().get(style, details.name)
            details.forceName = True
            details.layerSortKey = len(ORDER) - ORDER.index(style) if style in ORDER else 0  # greater: drawn on top

    def write_frame(self, parameters, key, context, feedback, frame, wkb_type, crs=None) -> str | None:
        """Copy ``frame`` into the feature sink of output ``key``; the destination, or ``None`` if cancelled."""
        fields = frame_fields(frame)
        sink, dest = self.parameterAsSink(
            parameters, key, context, fields, wkb_type, crs or QgsCoordinateReferenceSystem()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, key))
        for feature in frame_features(frame, fields):
            if feedback.isCanceled():
                return None
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.tr("Output {}: {}").format(key, sink.lastError()))
        return dest


#: the engine's and the report's stage names (core/pipeline.py, transport.py, impact.py, qgis_io/report.py): core has no Qt, so they are
#: marked for translation here and looked up when shown; a stage missing here shows in English
ENGINE_STAGES = (
    QT_TRANSLATE_NOOP("EngineStages", "Reading networks"),
    QT_TRANSLATE_NOOP("EngineStages", "Reading housing"),
    QT_TRANSLATE_NOOP("EngineStages", "Writing the GeoPackage"),
    QT_TRANSLATE_NOOP("EngineStages", "Checking input"),
    QT_TRANSLATE_NOOP("EngineStages", "Inferring streams from sectors"),
    QT_TRANSLATE_NOOP("EngineStages", "Matching suppliers and receivers"),
    QT_TRANSLATE_NOOP("EngineStages", "Snapping sites to the road network"),
    QT_TRANSLATE_NOOP("EngineStages", "Road distances"),
    QT_TRANSLATE_NOOP("EngineStages", "Pipeline distances"),
    QT_TRANSLATE_NOOP("EngineStages", "Rail distances"),
    QT_TRANSLATE_NOOP("EngineStages", "Sea distances"),
    QT_TRANSLATE_NOOP("EngineStages", "Checking sites on the networks"),
    QT_TRANSLATE_NOOP("EngineStages", "Pricing exchanges"),
    QT_TRANSLATE_NOOP("EngineStages", "Choosing the best set"),
    QT_TRANSLATE_NOOP("EngineStages", "Drawing routes"),
    QT_TRANSLATE_NOOP("EngineStages", "Done"),
    QT_TRANSLATE_NOOP("EngineStages", "Sanitary protection zones before and after the exchanges"),
    QT_TRANSLATE_NOOP("EngineStages", "Zones done"),
    QT_TRANSLATE_NOOP("EngineStages", "Housing inside the zones"),
    QT_TRANSLATE_NOOP("EngineStages", "Population around each site"),
    QT_TRANSLATE_NOOP("EngineStages", "Zones and housing done"),
    QT_TRANSLATE_NOOP("EngineStages", "Building the grid"),
    QT_TRANSLATE_NOOP("EngineStages", "Exchange potential"),
    QT_TRANSLATE_NOOP("EngineStages", "Road access"),
    QT_TRANSLATE_NOOP("EngineStages", "Rail access"),
    QT_TRANSLATE_NOOP("EngineStages", "Distance from housing"),
    QT_TRANSLATE_NOOP("EngineStages", "Exclusion layers"),
    QT_TRANSLATE_NOOP("EngineStages", "Scoring"),
    QT_TRANSLATE_NOOP("EngineStages", "Suitability done"),
    # the report's (qgis_io/report.py)
    QT_TRANSLATE_NOOP("EngineStages", "Reading the result layers"),
    QT_TRANSLATE_NOOP("EngineStages", "Working out the report"),
    QT_TRANSLATE_NOOP("EngineStages", "Drawing the map"),
    QT_TRANSLATE_NOOP("EngineStages", "Writing the HTML report"),
    QT_TRANSLATE_NOOP("EngineStages", "Laying out the PDF report"),
    QT_TRANSLATE_NOOP("EngineStages", "Writing the PDF report"),
    QT_TRANSLATE_NOOP("EngineStages", "Report written"),
)


class Progress:
    """Engine progress to Processing feedback; a stage's name is shown once, when it starts, translated."""

    def __init__(self, feedback):
        self.feedback = feedback
        self.stage = None

    def __call__(self, percent: float, stage: str) -> None:
        self.feedback.setProgress(percent)
        if stage != self.stage:
            self.stage = stage
            self.feedback.setProgressText(QCoreApplication.translate("EngineStages", stage))
