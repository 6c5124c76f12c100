"""EcoPark: plan eco-industrial parks in QGIS."""


def classFactory(iface):  # noqa: N802 - QGIS plugin entry point
    """QGIS calls this to create the plugin; heavy imports wait until initGui."""
    from .dependencies import add_deployed_paths

    add_deployed_paths()
    from .plugin import EcoParkPlugin

    return EcoParkPlugin(iface)
