"""What every EcoPark algorithm shares: translation, icon, group and help."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.catalogue import RESOURCES
from ..qgis_io.layers import frame_features, frame_fields


class EcoParkAlgorithm(QgsProcessingAlgorithm):
    """Base of the EcoPark algorithms. Subclasses set ``NAME``, ``DISPLAY``, ``GROUP`` and ``HELP``."""

    NAME = ""
    DISPLAY = ""
    GROUP = "Symbiosis"
    HELP = ""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

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

    def icon(self) -> QIcon:
        return QIcon(str(RESOURCES / "icons" / "ecopark.svg"))

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
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest


class Progress:
    """Engine progress to Processing feedback; a stage's name is shown once, when it starts."""

    def __init__(self, feedback):
        self.feedback = feedback
        self.stage = None

    def __call__(self, percent: float, stage: str) -> None:
        self.feedback.setProgress(percent)
        if stage != self.stage:
            self.stage = stage
            self.feedback.setProgressText(stage)
