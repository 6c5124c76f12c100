"""What the panel's tabs share: QGIS's interface, the project and its scenarios, the message bar, and the one
map tool the panel has active at a time.

The tabs' strings keep the translation context ``EcoParkDock`` they had when the panel was one class, so
their Russian in ``resources/i18n/ecopark_ru.ts`` still applies: every tab module translates with :data:`tr`.
"""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import Qgis, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QPushButton

from ..i18n import translator
from .scenarios import Scenario, ScenarioStore

#: the panel's translation context, shared by all its tabs
tr = translator("EcoParkDock")


def slug(name: str) -> str:
    """A file name from a scenario name."""
    text = re.sub(r"[^\w\-]+", "_", name.strip(), flags=re.UNICODE).strip("_")
    return text or "scenario"


def layer_combo(name: str, kinds, empty: str | None = None) -> QgsMapLayerComboBox:
    """A layer chooser of the layers of ``kinds``; with ``empty``, that text stands for 'no layer'."""
    combo = QgsMapLayerComboBox()
    combo.setObjectName(name)
    combo.setFilters(Qgis.LayerFilters(kinds))
    if empty is not None:
        combo.setAllowEmptyLayer(True, empty)
    return combo


def check(button: QPushButton, on: bool) -> None:
    """Show a tool button on or off without running its toggle handler."""
    button.blockSignals(True)
    button.setChecked(on)
    button.blockSignals(False)


class MapTools:
    """The panel's map tools (edit a site, add a site, what if), one at a time, each started by a checkable
    button: starting one stops the other and shows its button off."""

    def __init__(self, canvas, message):
        self.canvas = canvas
        self.message = message
        self.tool = None
        self.buttons: list[QPushButton] = []

    def add_button(self, button: QPushButton) -> None:
        """A button that starts one of the tools (shown off whenever the tool stops)."""
        self.buttons.append(button)

    def stop(self) -> None:
        """Take the active tool off the canvas and show every tool button off."""
        if self.tool is not None:
            self.canvas.unsetMapTool(self.tool)
            self.tool = None
        for button in self.buttons:
            check(button, False)

    def start(self, button: QPushButton, on: bool, sites, make):
        """Switch ``button``'s map tool on (``make(sites)`` builds it) or off; the tool, or None.

        The tools work on the Run tab's sites layer ``sites``; without one the user is told to choose it.
        """
        self.stop()
        if not on:
            return None
        if sites is None:
            self.message(tr("Choose the layer of industrial sites on the Run tab"), Qgis.MessageLevel.Warning)
            return None
        check(button, True)
        self.tool = make(sites)
        # the user may switch to another QGIS tool: the button follows
        self.tool.deactivated.connect(lambda: check(button, False))
        self.canvas.setMapTool(self.tool)
        return self.tool


class PanelContext:
    """The QGIS interface, its map canvas, the project, the project's scenarios and the map tools, as every
    tab of the panel uses them."""

    def __init__(self, iface, project: QgsProject | None = None):  # noqa: QGS105 (the plugin's iface; tests pass a stand-in)
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.project = project or QgsProject.instance()
        self.store = ScenarioStore(self.project)
        self.tools = MapTools(self.canvas, self.message)

    def message(self, text: str, level=Qgis.MessageLevel.Info, duration: int = 8) -> None:
        """Say ``text`` in QGIS's message bar, under the plugin's name."""
        self.iface.messageBar().pushMessage(tr("EcoPark"), text, level=level, duration=duration)

    def scenario_layer(self, scenario: Scenario, name: str) -> QgsVectorLayer | None:
        """The layer ``name`` of ``scenario`` on the map (in its group), if there."""
        group = self.project.layerTreeRoot().findGroup(scenario.name)
        if group is None:
            return None
        for node in group.findLayers():
            layer = node.layer()
            if isinstance(layer, QgsVectorLayer):
                path, _, rest = layer.source().partition("|")
                if Path(path).resolve() == Path(scenario.gpkg).resolve() and f"layername={name}" in rest:
                    return layer
        return None
