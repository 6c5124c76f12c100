"""The Scenarios tab: the scenarios kept in the project, put back on the map or forgotten, and two of them
compared figure by figure and exchange by exchange."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyogrio
from pyogrio import read_dataframe
from qgis.core import Qgis
from qgis.PyQt.QtCore import QLocale, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.model.errors import EcoParkError, InputError
from ..core.model.i18n import language_of
from ..core.model.outputs import LAYERS as ORDER
from ..core.report.build import REPORT_LAYERS, build_report
from ..core.report.compare import compare, links_only
from ..qgis_io.figures import figure_labels
from ..qgis_io.results import add_group, read_parameters, styled_layers
from .context import PanelContext, button_grid, number, tr, two_lines
from .exchange_table import russian_streams
from .scenarios import Scenario


def fit_columns(table: QTableWidget, stretch: int) -> None:
    """Column ``stretch`` (the names) takes the width the others, sized to their figures, leave."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setWordWrap(False)


def read_result(path: str) -> tuple[list[str], dict]:
    """The result layers a GeoPackage holds (in map order) and the run's figures worked out from them, as the
    report works them out; :class:`EcoParkError` names the file and what it lacks."""
    try:
        present = {str(n) for n, _ in pyogrio.list_layers(path)}
    except Exception as exc:  # noqa: BLE001 - GDAL says why it cannot open the file
        raise EcoParkError(tr("{} cannot be opened: {}").format(path, exc)) from exc
    layers = [name for name in ORDER if name in present]
    missing = [name for name in ("exchanges", "sites") if name not in present]
    if missing:
        raise EcoParkError(
            tr(
                "{} has no layer {}: give a GeoPackage written by the command line or by Find symbiosis exchanges "
                "with its outputs saved to one GeoPackage"
            ).format(path, ", ".join(missing))
        )
    frames = {name: pyogrio.read_dataframe(path, layer=name) for name in layers if name in REPORT_LAYERS}
    try:
        summary = build_report(frames).summary
    except InputError as exc:
        raise EcoParkError(f"{path}: {exc}") from exc
    return layers, summary


def named(exchanges: pd.DataFrame) -> pd.DataFrame:
    """``exchanges`` with each stream by the catalogue's Russian name when the panel speaks Russian."""
    if language_of(QLocale().name()) != "ru" or "rule_id" not in exchanges.columns:
        return exchanges
    russian = exchanges["rule_id"].astype(str).map(russian_streams())
    return exchanges.assign(stream_en=russian.fillna(exchanges["stream_en"]))


RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ScenariosTab(QWidget):
    """The list of scenarios and the comparison of two.

    ``scenariosChanged`` is emitted when a scenario is forgotten, ``addedToMap`` when one is put back on the
    map (the other tabs list and show them).
    """

    scenariosChanged = pyqtSignal()  # noqa: N815 - Qt naming
    addedToMap = pyqtSignal(str)  # noqa: N815 - Qt naming

    def __init__(self, context: PanelContext, parent=None):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        # the list and the comparison share the tab's height as the user drags their border
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter)
        top = QWidget()
        listing = QVBoxLayout(top)
        listing.setContentsMargins(0, 0, 0, 0)
        self.scenario_table = QTableWidget(0, 5)
        self.scenario_table.setObjectName("scenarioTable")
        self.scenario_table.setHorizontalHeaderLabels(
            [
                tr("Scenario"),
                tr("Run"),
                tr("Exchanges"),
                two_lines(tr("Net benefit EUR/yr")),
                two_lines(tr("CO2 avoided t/yr")),
            ]
        )
        self.scenario_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scenario_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scenario_table.verticalHeader().setVisible(False)
        fit_columns(self.scenario_table, stretch=0)
        # room for three scenarios before the list scrolls: a comparison is of two, and a third is common
        rows = self.scenario_table.verticalHeader().defaultSectionSize()
        self.scenario_table.setMinimumHeight(2 * rows + 3 * rows + 4)
        listing.addWidget(self.scenario_table, 1)
        self.show_button = QPushButton(tr("Add to map"))
        self.remove_button = QPushButton(tr("Forget"))
        self.remove_button.setToolTip(tr("Remove from the project's list; its GeoPackage is kept"))
        self.add_existing_button = QPushButton(tr("Add existing scenario…"))
        self.add_existing_button.setObjectName("addExistingScenario")
        self.add_existing_button.setToolTip(
            tr("A result GeoPackage written by the command line or by Processing (Find symbiosis exchanges)")
        )
        self.buttons = [self.show_button, self.remove_button, self.add_existing_button]
        listing.addLayout(button_grid(self.buttons))
        self.splitter.addWidget(top)
        self.splitter.addWidget(self._compare_box())
        # the exchanges only one scenario has: a long text, scrolled in its own pane rather than squeezing the
        # list and the figures above it
        links = QScrollArea()
        links.setWidgetResizable(True)
        links.setFrameShape(QFrame.Shape.NoFrame)
        links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        links.setWidget(self.compare_links)
        links.setMinimumHeight(3 * self.fontMetrics().lineSpacing())
        self.splitter.addWidget(links)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.compare_a.currentTextChanged.connect(self.compare)
        self.compare_b.currentTextChanged.connect(self.compare)
        self.show_button.clicked.connect(self.add_selected_to_map)
        self.remove_button.clicked.connect(self.forget_selected)
        self.add_existing_button.clicked.connect(lambda: self.add_existing())

    def _compare_box(self) -> QGroupBox:
        box = QGroupBox(tr("Compare two scenarios"))
        inner = QVBoxLayout(box)
        row = QHBoxLayout()
        self.compare_a, self.compare_b = QComboBox(), QComboBox()
        self.compare_a.setObjectName("compareA")
        self.compare_b.setObjectName("compareB")
        row.addWidget(self.compare_a, 1)
        row.addWidget(QLabel(tr("with")))
        row.addWidget(self.compare_b, 1)
        inner.addLayout(row)
        self.compare_table = QTableWidget(0, 4)
        self.compare_table.setObjectName("compareTable")
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.verticalHeader().setVisible(False)
        fit_columns(self.compare_table, stretch=0)
        inner.addWidget(self.compare_table, 1)
        self.compare_links = QLabel()
        self.compare_links.setObjectName("compareLinks")
        self.compare_links.setWordWrap(True)
        self.compare_links.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.compare_links.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return box

    def set_scenarios(self, scenarios: list[Scenario]) -> None:
        """List ``scenarios`` and offer them for comparison, keeping the pair chosen when both remain (else
        the last two); the comparison itself is :meth:`compare`'s."""
        self.scenario_table.setRowCount(len(scenarios))
        for row, s in enumerate(scenarios):
            values = [
                s.name,
                s.created.replace("T", " ")[:16],  # to the minute
                str(s.summary.get("selected", "")),
                number(s.summary.get("net_benefit_eur", 0)),
                number(s.summary.get("co2_avoided_t", 0)),
            ]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(RIGHT)
                self.scenario_table.setItem(row, col, item)
        names = [s.name for s in scenarios]
        a, b = self.compare_a.currentText(), self.compare_b.currentText()
        for combo in (self.compare_a, self.compare_b):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.blockSignals(False)
        if names:
            self.compare_a.setCurrentText(a if a in names else names[max(0, len(names) - 2)])
            self.compare_b.setCurrentText(b if b in names and b != self.compare_a.currentText() else names[-1])

    def selected_scenario(self) -> Scenario | None:
        rows = self.scenario_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.context.store.get(self.scenario_table.item(rows[0].row(), 0).text())

    def add_selected_to_map(self) -> None:
        """Put the selected scenario's layers back on the map in their group (once)."""
        scenario = self.selected_scenario()
        if scenario is None:
            return
        if self.context.project.layerTreeRoot().findGroup(scenario.name) is not None:
            self.context.message(tr("'{}' is on the map").format(scenario.name))
            return
        try:
            add_group(self.context.project, scenario.name, styled_layers(scenario.gpkg, scenario.layers))
        except Exception as exc:  # noqa: BLE001 - a moved or deleted GeoPackage
            self.context.message(str(exc), Qgis.MessageLevel.Warning)
            return
        self.addedToMap.emit(scenario.name)

    def add_existing(self, path: str | None = None, name: str | None = None) -> Scenario | None:
        """List a result GeoPackage written outside the panel (the command line, Processing) as a scenario of
        the project, with its figures worked out from its layers, and put it on the map.

        ``path`` is asked for when not given; ``name`` defaults to the file's name (numbered when taken).
        """
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, tr("Add existing scenario"), "", tr("GeoPackage (*.gpkg)"))
            if not path:
                return None
        path = str(Path(path).resolve())
        known = next((s for s in self.context.store.all() if Path(s.gpkg).resolve() == Path(path)), None)
        if known is not None:
            self.context.message(tr("{} is listed already as '{}'").format(path, known.name))
            return known
        try:
            layers, summary = read_result(path)
            params, version = read_parameters(path)
        except EcoParkError as exc:
            self.context.message(str(exc), Qgis.MessageLevel.Warning, 0)
            return None
        taken = set(self.context.store.names())
        base = name or Path(path).stem
        name, n = base, 2
        while name in taken:
            name, n = f"{base} ({n})", n + 1
        # its figures come from its layers; its parameters from its table ``parameters``, when it has one
        inputs = {"added_from": path, "parameters_recorded": params is not None}
        if version:
            inputs["ecopark_version"] = version
        scenario = Scenario(name, path, layers, summary, params or {}, inputs)
        try:
            add_group(self.context.project, name, styled_layers(path, layers))
        except EcoParkError as exc:
            self.context.message(str(exc), Qgis.MessageLevel.Warning, 0)
            return None
        self.context.store.save(scenario)
        self.context.message(tr("Scenario '{}' added from {}").format(name, path), Qgis.MessageLevel.Success)
        self.scenariosChanged.emit()
        self.addedToMap.emit(name)
        return scenario

    def forget_selected(self) -> None:
        """Drop the selected scenario from the project's list (its GeoPackage stays)."""
        scenario = self.selected_scenario()
        if scenario is not None:
            self.context.store.remove(scenario.name)
            self.scenariosChanged.emit()

    def compare(self, *_args) -> None:
        """The two chosen scenarios' figures side by side with their difference, and the exchanges only one
        of them has."""
        store = self.context.store
        a, b = store.get(self.compare_a.currentText()), store.get(self.compare_b.currentText())
        self.compare_table.setRowCount(0)
        self.compare_links.clear()
        if a is None or b is None:
            return
        self.compare_table.setHorizontalHeaderLabels([tr("Figure"), a.name, b.name, tr("Difference")])
        rows = compare(a.summary, b.summary)
        labels = figure_labels()
        self.compare_table.setRowCount(len(rows))
        for r, row in enumerate(rows.itertuples()):
            values = [row.a, row.b, row.difference]
            texts = [labels[row.key]] + ["–" if pd.isna(v) else number(v, row.decimals) for v in values[:2]]
            if pd.isna(row.difference):
                texts.append("–")
            else:
                texts.append(("+" if row.difference >= 0 else "") + number(row.difference, row.decimals))
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(RIGHT)
                self.compare_table.setItem(r, c, item)
        try:
            only_a, only_b = links_only(*(named(read_dataframe(s.gpkg, layer="exchanges")) for s in (a, b)))
        except Exception:  # noqa: BLE001 - a moved or deleted GeoPackage: the figures above still hold
            self.compare_links.setText(tr("The exchanges of one of the two cannot be read"))
            return
        none = tr("none")
        self.compare_links.setText(
            tr("Exchanges only in {}: {}. Only in {}: {}.").format(
                a.name, "; ".join(only_a) or none, b.name, "; ".join(only_b) or none
            )
        )
