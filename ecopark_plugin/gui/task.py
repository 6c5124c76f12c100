"""The panel's background work as QgsTasks: the engine runs in a worker thread, layers are added on the main
thread. :class:`RunTask` runs the main job and writes its GeoPackage; :class:`WhatIfTask` answers a what-if
in memory; :class:`TableTask` reads or imports a register's table for the Import dialog."""

from __future__ import annotations

import traceback

from qgis.core import Qgis, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.job import Job, what_if
from ..core.model.errors import Cancelled, EcoParkError
from ..core.model.i18n import using
from ..core.siting.whatif import WhatIf
from ..i18n import user_locale
from ..qgis_io.job_inputs import Written, run_and_write
from ..qgis_io.proj_threads import keep_proj_context

LOG_TAG = "EcoPark"


class _EngineTask(QgsTask):
    """A cancellable task whose :meth:`work` runs in a worker thread; an engine error becomes :attr:`error` (a
    readable message), an unexpected one also :attr:`details` (its traceback, written to the log panel), and
    ``done`` is emitted on the main thread with the task when it ends."""

    done = pyqtSignal(object)

    def __init__(self, description: str):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.error: str | None = None
        self.details: str | None = None
        self.cancelled = False

    def work(self) -> None:
        raise NotImplementedError

    def run(self) -> bool:
        try:
            self.work()
            return True
        except Cancelled:
            self.cancelled = True
        except (EcoParkError, ValueError, OSError) as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - an unexpected failure must reach the user, not kill QGIS
            self.error = f"{type(exc).__name__}: {exc}"
            self.details = traceback.format_exc()
        finally:
            keep_proj_context()  # the next task on this pool thread must not find pyproj's context freed
        return False

    def finished(self, result: bool) -> None:  # main thread
        if self.isCanceled():
            self.cancelled = True
        if self.details:
            QgsMessageLog.logMessage(self.details, LOG_TAG, Qgis.MessageLevel.Critical)
        elif self.error:
            QgsMessageLog.logMessage(self.error, LOG_TAG, Qgis.MessageLevel.Warning)
        self.done.emit(self)


class RunTask(_EngineTask):
    """Runs :func:`~ecopark_plugin.qgis_io.job_inputs.run_and_write` on a :class:`Job` read beforehand.

    ``stageChanged`` carries the name of each stage as it starts. When the task ends, ``done`` is emitted on
    the main thread with the task; read :attr:`outcome`, :attr:`error` (a readable message) and
    :attr:`details` (the traceback of an unexpected failure, also written to the log panel).
    """

    stageChanged = pyqtSignal(str)  # noqa: N815 - Qt naming

    def __init__(self, job: Job, out, overwrite: bool, description: str):
        super().__init__(description)
        self.job = job
        self.out = out
        self.overwrite = overwrite
        self.outcome: Written | None = None
        self._stage = None
        # the engine's texts (reasons, the map's credit line) in the language QGIS runs in; read here, on the
        # main thread, as the task's thread starts in the engine's default (English)
        self.language = user_locale()

    def _progress(self, percent: float, stage: str) -> None:
        self.setProgress(percent)
        if stage != self._stage:
            self._stage = stage
            self.stageChanged.emit(stage)

    def work(self) -> None:
        with using(self.language):
            self.outcome = run_and_write(self.job, self.out, self.overwrite, self._progress, self.isCanceled)


class WhatIfTask(_EngineTask):
    """Runs :func:`~ecopark_plugin.core.siting.whatif.what_if` on a :class:`Job`'s frames (read beforehand, on
    the main thread) for a new plant at ``location`` (in the sites' CRS).

    The job is the one the Run tab builds (its layers, field mapping, parameters and catalogue); its networks
    and housing are not used: a what-if prices transport on straight lines, as ``ecopark:whatif`` does. When
    the task ends, ``done`` is emitted on the main thread with the task; read :attr:`answer` (the
    :class:`~ecopark_plugin.core.siting.whatif.WhatIf`, in memory), or :attr:`error` and :attr:`details` as
    for :class:`RunTask`.
    """

    def __init__(self, job: Job, site: dict, location: tuple[float, float], new_streams, description: str):
        super().__init__(description)
        self.job = job
        self.site = site
        self.location = location
        self.new_streams = new_streams
        self.answer: WhatIf | None = None

    def work(self) -> None:
        self.answer = what_if(
            self.job,
            self.site,
            self.location,
            self.new_streams,
            progress=lambda percent, _stage: self.setProgress(percent),
            is_cancelled=self.isCanceled,
        )


class TableTask(_EngineTask):
    """Runs ``call(progress=..., is_cancelled=...)`` off the GUI thread: the Import dialog's reading of a table
    (:func:`~ecopark_plugin.qgis_io.layers.read_table`) or its import; a large CSV no longer freezes QGIS.
    When the task ends, ``done`` is emitted on the main thread with the task; read :attr:`value`, or
    :attr:`error`, :attr:`details` and :attr:`cancelled` as for :class:`RunTask`."""

    def __init__(self, call, description: str):
        super().__init__(description)
        self.call = call
        self.value = None
        self.language = user_locale()  # the engine's reasons in the user's language, as for a run

    def work(self) -> None:
        with using(self.language):
            self.value = self.call(progress=self.setProgress, is_cancelled=self.isCanceled)
