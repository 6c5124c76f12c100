"""The plugin in QGIS: menu, toolbar and provider come with initGui and go with unload."""

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QToolBar

ALGORITHMS = {"ecopark:findexchanges", "ecopark:rendermap", "ecopark:importeprtr", "ecopark:networkanalysis"}


def _menus(iface):
    return [a.text() for a in iface.mainWindow().menuBar().actions()]


def _toolbars(iface):
    return [t for t in iface.mainWindow().findChildren(QToolBar) if t.objectName() == "mEcoParkToolBar"]


def test_plugin_loads_and_unloads_cleanly(qgis_iface, qgis_processing):
    from ecopark_plugin import classFactory

    registry = QgsApplication.processingRegistry()
    before = set(a.id() for a in registry.algorithms())
    plugin = classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert registry.providerById("ecopark") is not None
        assert ALGORITHMS <= {a.id() for a in registry.algorithms()}
        assert "&EcoPark" in _menus(qgis_iface)
        menu = plugin.menu
        assert [a.objectName() for a in menu.actions()] == [
            "mActionEcoParkPanel",
            "mActionEcoParkFindExchanges",
            "mActionEcoParkRenderMap",
        ]
        assert all(a.isEnabled() for a in menu.actions())
        toolbar = _toolbars(qgis_iface)
        assert [a.objectName() for a in toolbar[0].actions()] == ["mActionEcoParkPanel", "mActionEcoParkFindExchanges"]
        # the panel is made on first use, docked, and toggled by its action
        assert plugin.dock is None
        plugin.panel_action.setChecked(True)
        dock = plugin.dock
        assert dock is not None and dock.objectName() == "EcoParkDock"
        assert dock in qgis_iface.mainWindow().findChildren(type(dock))
        plugin.panel_action.setChecked(False)
        assert not dock.isUserVisible()
    finally:
        plugin.unload()
    assert plugin.dock is None
    assert registry.providerById("ecopark") is None
    assert {a.id() for a in registry.algorithms()} == before
    assert "&EcoPark" not in _menus(qgis_iface)
    assert plugin.actions == [] and plugin.menu is None and plugin.toolbar is None
    # a second load after unload works as the first (QGIS reloads plugins this way)
    plugin.initGui()
    assert registry.providerById("ecopark") is not None
    plugin.unload()
    assert registry.providerById("ecopark") is None


def test_missing_dependency_is_reported_not_raised(qgis_iface, monkeypatch):
    import ecopark_plugin.plugin as plugin_module

    monkeypatch.setattr(plugin_module, "missing", lambda: ["geopandas", "networkx"])
    messages = []
    monkeypatch.setattr(
        qgis_iface.messageBar(),
        "pushMessage",
        lambda title, text, *args, **kwargs: messages.append(text),
        raising=False,
    )
    plugin = plugin_module.EcoParkPlugin(qgis_iface)
    plugin.initGui()
    try:
        assert QgsApplication.processingRegistry().providerById("ecopark") is None
        assert not any(a.isEnabled() for a in plugin.actions)
        assert len(messages) == 1
        assert "geopandas, networkx" in messages[0] and "install" in messages[0]
    finally:
        plugin.unload()
