"""pyproj in QGIS's task threads: one task after another on the same pool thread builds CRSs without a crash.

Without ``keep_proj_context`` this dies with a segmentation fault on Debian 13 (pyproj 3.7.1): the second
task on a pool thread uses the PROJ context that the first task's Python thread state freed. It runs in a
subprocess so that a crash fails this test instead of ending the test session.
"""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, sys.argv[1])
    import pyproj
    from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsTask
    from qgis.PyQt.QtCore import QCoreApplication
    from ecopark_plugin.qgis_io.proj_threads import keep_proj_context

    app = QgsApplication([], False)
    app.initQgis()
    wkt = QgsCoordinateReferenceSystem("EPSG:25832").toWkt()  # what layers.py gives the frames
    results = []

    class CrsTask(QgsTask):  # as gui/task.py's tasks do
        def run(self):
            try:
                crs = pyproj.CRS.from_user_input(wkt)
                results.append((crs.is_geographic, crs.to_epsg()))
            finally:
                keep_proj_context()
            return True

    tasks = []
    for i in range(8):
        tasks.append(CrsTask(f"crs {i}"))
        QgsApplication.taskManager().addTask(tasks[-1])
        deadline = time.time() + 20
        while len(results) <= i and time.time() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
    print("RESULTS", results)
    """
)


def test_tasks_one_after_another_build_crs_without_a_crash():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROOT)], capture_output=True, text=True, timeout=240, env=env
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "RESULTS [" + ", ".join(["(False, 25832)"] * 8) + "]" in proc.stdout
