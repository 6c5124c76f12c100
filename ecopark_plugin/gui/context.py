"""What the panel's tabs share: QGIS's interface, the project and its scenarios, the message bar, and the one
map tool the panel has active at a time.

The tabs' strings keep the translation context ``EcoParkDock`` they had when the panel was one class, so
their Russian in ``resources/i18n/ecopark_ru.ts`` still applies: every tab module translates with :data:`tr`.
"""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import QLocale, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ..i18n import translator
from ..qgis_io.layers import is_file_layer
from ..qgis_io.render import core_extent
from .scenarios import Scenario, ScenarioStore

#: the panel's translation context, shared by all its tabs
tr = translator("EcoParkDock")


def slug(name: str) -> str:
    """A file name from a scenario name."""
    text = re.sub(r"[^\w\-]+", "_", name.strip(), flags=re.UNICODE).strip("_")
    return text or "scenario"


def locale() -> QLocale:
    """The locale the panel writes numbers in: QGIS's (Options > General > Locale), English for the bare C
    locale of a system that sets none; always with its digit grouping. QGIS's own *Show group separator*
    is off unless the user ticks it, which leaves a net benefit of 45749275 EUR/yr to be counted by eye."""
    here = QLocale()
    here = QLocale("en_US") if here.language() == QLocale.Language.C else here
    here.setNumberOptions(here.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return here


def button_texts() -> dict:
    """The standard buttons' words in the plugin's language: Qt translates them only when its own catalogue
    (qtbase_<lang>.qm, Debian's qttranslations5-l10n) is installed, else a Russian dialog says "Cancel"."""
    buttons = QDialogButtonBox.StandardButton
    return {buttons.Ok: tr("OK"), buttons.Cancel: tr("Cancel"), buttons.Yes: tr("Yes"), buttons.No: tr("No")}


def dialog_buttons(dialog, which=None) -> QDialogButtonBox:
    """OK and Cancel (or ``which``) for ``dialog``, in the plugin's language, wired to accept and reject."""
    which = which or (QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box = QDialogButtonBox(which)
    for kind, text in button_texts().items():
        if box.button(kind) is not None:
            box.button(kind).setText(text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def ask(parent, title: str, text: str, buttons, default):
    """``QMessageBox.question`` with its buttons in the plugin's language; the button pressed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    words = {QMessageBox.StandardButton.Yes: tr("Yes"), QMessageBox.StandardButton.No: tr("No")}
    words[QMessageBox.StandardButton.Cancel] = tr("Cancel")
    for kind, word in words.items():
        if box.button(kind) is not None:
            box.button(kind).setText(word)
    box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())


def number(value, decimals: int = 0) -> str:
    """A figure as the panel shows it: grouped and with the decimal mark of the user's locale ("12,345" in
    English, "12 345" in Russian)."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return str(value)
    if value != value:  # NaN
        return "–"
    return locale().toString(value, "f", decimals)


#: the panel's width when QGIS first shows it, px: every tab fits it in English and Russian
DOCK_WIDTH = 560
#: characters a combo box keeps room for; longer items are elided and shown whole in the list
COMBO_CHARACTERS = 10


def fit_narrow(root: QWidget) -> None:
    """Let ``root``'s forms and choosers shrink to the panel's width: a form row whose label and field do not
    fit side by side puts the field under its label, and a combo box asks for room for a few characters
    rather than for its longest item (a layer or sector name).

    Labels are not word-wrapped: Qt 5's form layout gives a wrapped label the height of fewer lines than it
    takes, which cut the last words off ("Floor area per person," without its "m2")."""
    for form in root.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARACTERS)


def two_lines(text: str) -> str:
    """A column header on two lines, broken at the space that makes its longer line shortest ("Net benefit" /
    "EUR/yr"): a column of figures is then about as narrow as its figures, in English and in Russian."""
    words = text.split(" ")
    if len(words) < 2:
        return text
    best = min(range(1, len(words)), key=lambda i: max(len(" ".join(words[:i])), len(" ".join(words[i:]))))
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])


def button_grid(buttons, columns: int = 2) -> QGridLayout:
    """Buttons in rows of ``columns`` (a row of four long Russian labels is wider than the panel)."""
    grid = QGridLayout()
    grid.setContentsMargins(0, 0, 0, 0)
    for i, button in enumerate(buttons):
        grid.addWidget(button, i // columns, i % columns)
    return grid


class _ClickLabel(QLabel):
    clicked = pyqtSignal()

    def mouseReleaseEvent(self, event):  # noqa: N802 - Qt naming
        self.clicked.emit()
        super().mouseReleaseEvent(event)


class WrapCheckBox(QWidget):
    """A check box whose text wraps to the panel's width (a QCheckBox's text never wraps); clicking the text
    ticks it, as with a QCheckBox. It answers as a QCheckBox does: ``isChecked``, ``setChecked``,
    ``toggled``, ``text``."""

    toggled = pyqtSignal(bool)

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.box = QCheckBox()
        self.label = _ClickLabel(text)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.box.setAccessibleName(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0)
        layout.addWidget(self.label, 1)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)
        self.box.toggled.connect(self.toggled)
        self.label.clicked.connect(lambda: self.box.isEnabled() and self.box.toggle())

    def isChecked(self) -> bool:  # noqa: N802 - Qt naming
        return self.box.isChecked()

    def setChecked(self, on: bool) -> None:  # noqa: N802 - Qt naming
        self.box.setChecked(on)

    def text(self) -> str:
        return self.label.text()

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setToolTip(text)
        self.box.setToolTip(text)
        self.label.setToolTip(text)


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

    def message(
        self, text: str, level=Qgis.MessageLevel.Info, duration: int = 8, buttons=(), title: str | None = None
    ) -> None:
        """Say ``text`` in QGIS's message bar, under the plugin's name (``title``: another, or "" for none where
        the line is short of room); ``buttons``: (label, action) pairs shown beside it (the text may then hold
        links: a file's opens the folder that holds it)."""
        bar = self.iface.messageBar()
        title = tr("EcoPark") if title is None else title
        if not buttons:
            bar.pushMessage(title, text, level=level, duration=duration)
            return
        item = bar.createMessage(title, text)
        for label, action in buttons:
            button = QPushButton(label, item)
            button.clicked.connect(action)
            item.layout().addWidget(button)
        bar.pushWidget(item, level, duration)

    def open_url(self, url: QUrl | str | Path) -> bool:
        """Open a file (in the program the desktop gives its type) or a web page; when the desktop cannot, say
        so in the message bar with where it is, so the user can open it by hand."""
        if isinstance(url, Path):
            url = QUrl.fromLocalFile(str(url))
        elif isinstance(url, str):
            url = QUrl(url)
        if QDesktopServices.openUrl(url):
            return True
        where = url.toLocalFile() if url.isLocalFile() else url.toString()
        self.message(
            tr("{} could not be opened: the desktop has no program for it; open it by hand").format(where),
            Qgis.MessageLevel.Warning,
            0,
        )
        return False

    def zoom_to(self, layers, focus: QgsVectorLayer | None = None, around=()) -> bool:
        """Zoom the map to ``layers`` (their joint extent in the map's CRS, with a margin); False when none of
        them has an extent to show. With ``focus`` (a scenario's sites) a few far sites that would shrink the
        park to a dot are left out of the view by the print map's rule (:func:`~..qgis_io.render.core_extent`:
        sites farther from the median centre than eight times the median distance); their links stay drawn.
        ``around``: polygon layers (the protection zones) whose features reaching into the park's view widen
        it, so no zone is cut at the map's edge."""
        canvas = self.canvas
        target = canvas.mapSettings().destinationCrs()
        boxes = []
        for layer in layers:
            if layer is None or not layer.isValid() or layer.extent().isNull():
                continue
            box = layer.extent()
            if target.isValid() and layer.crs().isValid() and layer.crs() != target:
                try:
                    box = QgsCoordinateTransform(layer.crs(), target, self.project).transformBoundingBox(box)
                except QgsCsException:
                    continue
            boxes.append(box)
        if not boxes:
            return False
        extent = QgsRectangle(boxes[0])
        for box in boxes[1:]:
            extent.combineExtentWith(box)
        if extent.isEmpty():  # one site: a few hundred metres around it
            extent.grow(0.01 if target.isGeographic() else 500)
        extent.scale(1.2)
        # a map without a CRS draws layers as they are
        crs = target if target.isValid() else next(x for x in (focus, *layers) if x is not None and x.isValid()).crs()
        if focus is not None and focus.isValid():
            try:
                core = core_extent(focus, crs, self.project, minimum=0.01 if crs.isGeographic() else 1000)
            except QgsCsException:
                core = None
            if core is not None:
                extent = core
        canvas.setExtent(self._with_features_near(extent, around, crs))
        canvas.refresh()
        return True

    def _with_features_near(self, box: QgsRectangle, layers, crs) -> QgsRectangle:
        """``box`` (in ``crs``) widened to the features of ``layers`` that reach into it, with a small margin."""
        out = QgsRectangle(box)
        for layer in layers:
            if layer is None or not layer.isValid():
                continue
            transform = QgsCoordinateTransform(layer.crs(), crs, self.project)
            try:
                rect = transform.transformBoundingBox(box, Qgis.TransformDirection.Reverse)
                for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect).setNoAttributes()):
                    if feature.hasGeometry():
                        out.combineExtentWith(transform.transformBoundingBox(feature.geometry().boundingBox()))
            except QgsCsException:
                continue
        if out != box:
            out.scale(1.05)
        return out

    def scenario_layer(self, scenario: Scenario, name: str) -> QgsVectorLayer | None:
        """The layer ``name`` of ``scenario`` on the map (in its group), if there."""
        group = self.project.layerTreeRoot().findGroup(scenario.name)
        if group is None:
            return None
        for node in group.findLayers():
            layer = node.layer()
            # the exact layer name: 'zones' must not find 'zones_after', which lies above it in the group
            if isinstance(layer, QgsVectorLayer) and is_file_layer(layer, scenario.gpkg, name):
                return layer
        return None
