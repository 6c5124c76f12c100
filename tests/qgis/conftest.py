"""QGIS tests run headless (offscreen) through pytest-qgis."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for path in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
    if os.path.isdir(path) and path not in sys.path:
        sys.path.append(path)
