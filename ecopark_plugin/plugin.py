"""The QGIS plugin: menu, toolbar and Processing provider; nothing else lives here."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .dependencies import install_hint, missing
from .i18n import install_translator, remove_translator


def tr(text: str) -> str:
    return QCoreApplication.translate("EcoParkPlugin", text)


class EcoParkPlugin:
    def __init__(self, iface):  # noqa: QGS105 (QGIS hands iface to classFactory; the plugin passes it on)
        self.iface = iface
        self.provider = None
        self.menu: QMenu | None = None
        self.toolbar = None
        self.actions: list[QAction] = []
        self.missing: list[str] = []
        self.dock = None
        self.panel_action: QAction | None = None
        self.translator = None

    def _icon(self) -> QIcon:
        from pathlib import Path

        here = Path(__file__).resolve().parent
        for base in (here / "resources", here.parent / "resources"):
            if (base / "icons" / "ecopark.svg").exists():
                return QIcon(str(base / "icons" / "ecopark.svg"))
        return QIcon()

    def initProcessing(self):  # noqa: N802 - QGIS naming
        # before the provider: its parameter descriptions are translated when it loads
        if self.translator is None:
            self.translator = install_translator()
        self.missing = missing()
        if self.missing or self.provider is not None:
            return
        from .processing.provider import EcoParkProvider

        self.provider = EcoParkProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 - QGIS naming
        self.initProcessing()
        main = self.iface.mainWindow()
        self.menu = QMenu(tr("&EcoPark"), main)
        self.menu.setObjectName("mEcoParkMenu")
        bar = main.menuBar()
        help_menu = next((a for a in bar.actions() if a.menu() and a.menu().objectName() == "mHelpMenu"), None)
        if help_menu is not None:
            bar.insertMenu(help_menu, self.menu)
        else:
            bar.addMenu(self.menu)
        self.toolbar = self.iface.addToolBar(tr("EcoPark"))
        self.toolbar.setObjectName("mEcoParkToolBar")

        panel = QAction(self._icon(), tr("EcoPark panel"), main)
        panel.setObjectName("mActionEcoParkPanel")
        panel.setToolTip(tr("Show the EcoPark panel: inputs, run, results and scenarios"))
        panel.setCheckable(True)
        panel.toggled.connect(self.show_panel)
        self.panel_action = panel
        run = QAction(self._icon(), tr("Find symbiosis exchanges…"), main)
        run.setObjectName("mActionEcoParkFindExchanges")
        run.setToolTip(tr("Find, price and choose by-product exchanges between industrial sites"))
        run.triggered.connect(self.run_find_exchanges)
        render = QAction(tr("Render symbiosis map to image…"), main)
        render.setObjectName("mActionEcoParkRenderMap")
        render.triggered.connect(self.run_render_map)
        for action in (panel, run, render):
            self.menu.addAction(action)
            self.actions.append(action)
        self.toolbar.addAction(panel)
        self.toolbar.addAction(run)
        if self.missing:
            for action in self.actions:
                action.setEnabled(False)
            self.iface.messageBar().pushMessage(
                "EcoPark",
                tr("Missing Python packages: {}. To install them, {}.").format(
                    ", ".join(self.missing), install_hint(self.missing)
                ),
                level=Qgis.MessageLevel.Warning,
                duration=0,
            )

    def show_panel(self, visible: bool = True):
        """Show (creating it the first time) or hide the dock panel."""
        if self.missing:
            return
        if self.dock is None:
            if not visible:
                return
            from qgis.PyQt.QtCore import Qt

            from .gui.dock import DOCK_WIDTH, EcoParkDock

            self.dock = EcoParkDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            # wide enough for the results table's first columns; the user's later width is kept by QGIS
            self.iface.mainWindow().resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
            self.dock.visibilityChanged.connect(self._panel_visibility)
        self.dock.setUserVisible(visible)

    def _panel_visibility(self, visible: bool):
        if self.panel_action is not None and self.panel_action.isChecked() != visible:
            self.panel_action.blockSignals(True)
            self.panel_action.setChecked(visible)
            self.panel_action.blockSignals(False)

    def _open(self, algorithm_id: str):
        from qgis import processing

        processing.execAlgorithmDialog(algorithm_id, {})

    def run_find_exchanges(self):
        self._open("ecopark:findexchanges")

    def run_render_map(self):
        self._open("ecopark:rendermap")

    def unload(self):
        if self.dock is not None:
            self.dock.unload()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        for action in self.actions:
            action.triggered.disconnect()
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        self.panel_action = None
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
