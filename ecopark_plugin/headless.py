"""Starting QGIS without a desktop, for the command line, scripts and benchmarks."""

from __future__ import annotations

import os
import sys

_APP = None
_PROVIDER = None

PROCESSING_PLUGIN_DIRS = ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins")


def start_qgis(with_processing: bool = True):
    """Start (once) a headless QgsApplication, with Processing and the EcoPark provider registered."""
    global _APP
    if _APP is not None:
        return _APP
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    if QgsApplication.instance() is not None:
        _APP = QgsApplication.instance()
    else:
        QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
        _APP = QgsApplication([], False)
        _APP.initQgis()
    if with_processing:
        for path in PROCESSING_PLUGIN_DIRS:
            if os.path.isdir(path) and path not in sys.path:
                sys.path.append(path)
        from processing.core.Processing import Processing

        Processing.initialize()
        registry = QgsApplication.processingRegistry()
        if registry.providerById("ecopark") is None:
            from .processing.provider import EcoParkProvider

            global _PROVIDER
            # kept referenced: the registry does not keep the Python object, whose algorithms would then fail
            _PROVIDER = EcoParkProvider()
            registry.addProvider(_PROVIDER)
    return _APP
