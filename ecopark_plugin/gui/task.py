"""The main job as a QgsTask: the engine runs in a worker thread, layers are added on the main thread."""

from __future__ import annotations

import traceback

from qgis.core import Qgis, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.job import Job
from ..core.model.errors import Cancelled, EcoParkError
from ..qgis_io.job_inputs import Written, run_and_write

LOG_TAG = "EcoPark"


class RunTask(QgsTask):
    """Runs :func:`~ecopark_plugin.qgis_io.job_inputs.run_and_write` on a :class:`Job` read beforehand.

    ``stageChanged`` carries the name of each stage as it starts. When the task ends, ``done`` is emitted on
    the main thread with the task; read :attr:`outcome`, :attr:`error` (a readable message) and
    :attr:`details` (the traceback of an unexpected failure, also written to the log panel).
    """

    stageChanged = pyqtSignal(str)  # noqa: N815 - Qt naming
    done = pyqtSignal(object)

    def __init__(self, job: Job, out, overwrite: bool, description: str):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.job = job
        self.out = out
        self.overwrite = overwrite
        self.outcome: Written | None = None
        self.error: str | None = None
        self.details: str | None = None
        self.cancelled = False
        self._stage = None

    def _progress(self, percent: float, stage: str) -> None:
        self.setProgress(percent)
        if stage != self._stage:
            self._stage = stage
            self.stageChanged.emit(stage)

    def run(self) -> bool:
        try:
            self.outcome = run_and_write(self.job, self.out, self.overwrite, self._progress, self.isCanceled)
            return True
        except Cancelled:
            self.cancelled = True
        except (EcoParkError, ValueError, OSError) as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - an unexpected failure must reach the user, not kill QGIS
            self.error = f"{type(exc).__name__}: {exc}"
            self.details = traceback.format_exc()
        return False

    def finished(self, result: bool) -> None:  # main thread
        if self.isCanceled():
            self.cancelled = True
        if self.details:
            QgsMessageLog.logMessage(self.details, LOG_TAG, Qgis.MessageLevel.Critical)
        elif self.error:
            QgsMessageLog.logMessage(self.error, LOG_TAG, Qgis.MessageLevel.Warning)
        self.done.emit(self)
