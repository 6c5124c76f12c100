"""The Results tab: one scenario's figures and its exchanges as a table in step with the map, exported as CSV or
written up as a report."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from qgis.core import Qgis, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.model.errors import EcoParkError
from ..core.model.parameters import Parameters
from ..core.symbiosis.catalogue import Catalogue
from ..qgis_io.report import write_report
from .context import PanelContext, ask, number, slug, tr
from .exchange_table import ColumnChooser, ExchangeFilter, ExchangeModel, MapSync
from .scenarios import Scenario, params_recorded

#: the figures the panel's summary shows, by their key in a run's summary (``zones.`` under ``zones``)
SUMMARY_FIELDS = (
    "selected",
    "feasible",
    "partners",
    "tonnes_diverted",
    "mwh_exchanged",
    "m3_exchanged",
    "net_benefit_eur",
    "co2_avoided_t",
    "zones.zone_area_before_ha",
    "zones.zone_area_after_ha",
    "zones.sites_reduced",
    "zones.housing.pop_before",
    "zones.housing.pop_after",
)


def summary_value(summary: dict, key: str):
    """The figure ``key`` (dotted for nested figures: ``zones.housing.pop_before``) of a run's summary, or None."""
    value = summary
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def summary_html(scenario: Scenario) -> str:
    """A scenario's figures (:data:`SUMMARY_FIELDS`) as a few lines of rich text (its name escaped)."""
    s = scenario.summary
    if not s:
        return ""

    def v(key):
        return summary_value(s, key) or 0

    lines = [
        tr("<b>{}</b>: {} of {} feasible, between {}").format(
            html.escape(scenario.name),
            tr("%n exchange(s) chosen", v("selected")),
            number(v("feasible")),
            tr("%n partner(s)", v("partners")),
        ),
        tr("Diverted {} t/yr; energy {} MWh/yr; water {} m3/yr").format(
            *(number(v(k)) for k in ("tonnes_diverted", "mwh_exchanged", "m3_exchanged"))
        ),
        tr("Net benefit <b>{} EUR/yr</b>; net CO2 avoided <b>{} t/yr</b>").format(
            number(v("net_benefit_eur")), number(v("co2_avoided_t"))
        ),
    ]
    if s.get("zones"):
        lines.append(
            tr("Sanitary zones {} ha before, {} ha after; {}").format(
                number(v("zones.zone_area_before_ha")),
                number(v("zones.zone_area_after_ha")),
                tr("%n site(s) in a lower class", v("zones.sites_reduced")),
            )
        )
        if summary_value(s, "zones.housing"):
            lines.append(
                tr("People inside zones: {} before, {} after").format(
                    number(v("zones.housing.pop_before")), number(v("zones.housing.pop_after"))
                )
            )
    if not params_recorded(scenario):
        lines.append(tr("<i>Its parameters are not recorded in its GeoPackage; the report says so.</i>"))
    if not Path(scenario.gpkg).exists():
        lines.append(tr("<i>Its GeoPackage {} is missing.</i>").format(html.escape(scenario.gpkg)))
    return "<br>".join(lines)


class ResultsTab(QWidget):
    """The chosen scenario's summary and exchanges table, with CSV export, report and zoom.

    ``output_folder`` gives the folder a CSV export is first offered in (the Run tab's; None: the user's home).
    """

    def __init__(self, context: PanelContext, output_folder: Callable[[], Path | None], parent=None):
        super().__init__(parent)
        self.context = context
        self.output_folder = output_folder
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Scenario")))
        self.results_scenario = QComboBox()
        self.results_scenario.setObjectName("resultsScenario")
        row.addWidget(self.results_scenario, 1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setPlaceholderText(tr("Filter: supplier, receiver, stream, mode…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.chosen_only = QCheckBox(tr("Chosen only"))
        self.chosen_only.setObjectName("chosenOnly")
        self.chosen_only.setChecked(True)
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.chosen_only)
        layout.addLayout(row)
        self.model = ExchangeModel(self)
        self.proxy = ExchangeFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("exchangeTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(10, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.columns = ColumnChooser(self.table)
        layout.addWidget(self.table, 1)
        self.sync = MapSync(self.table, self.proxy, context.canvas)
        self.sync.filter_reset = self._filter_was_reset
        row = QHBoxLayout()
        self.export_button = QPushButton(tr("Export CSV…"))
        self.export_button.setObjectName("exportCsv")
        self.report_button = QPushButton(tr("Report…"))
        self.report_button.setObjectName("report")
        self.zoom_button = QPushButton(tr("Zoom to scenario"))
        for b in (self.export_button, self.report_button, self.zoom_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.filter_edit.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        self.chosen_only.toggled.connect(lambda on: self.proxy.set_filter(chosen_only=on))
        self.results_scenario.currentTextChanged.connect(self.show_results)
        self.export_button.clicked.connect(self.export_csv)
        self.report_button.clicked.connect(lambda: self.open_report())
        self.zoom_button.clicked.connect(self.zoom_to_scenario)

    def scenario(self) -> Scenario | None:
        """The scenario shown."""
        return self.context.store.get(self.results_scenario.currentText())

    def set_names(self, names: list[str], current: str) -> None:
        """List the scenarios ``names`` and choose ``current`` (the last one when it is not among them), without
        showing it yet (:meth:`show_results`)."""
        combo = self.results_scenario
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(names)
        combo.blockSignals(False)
        if names:
            combo.setCurrentText(current if current in names else names[-1])

    def show_results(self, name: str | None = None) -> None:
        """Show scenario ``name`` (default: the chosen one): its figures and its exchanges, linked to its layer
        on the map when that is there."""
        name = self.results_scenario.currentText() if name is None else name
        scenario = self.context.store.get(name) if name else None
        if scenario is None:
            self.model.load(None)
            self.sync.set_layer(None)
            self.summary.setText(tr("No scenario yet: choose the inputs and press Run."))
            self.proxy.update_totals()
            return
        layer = self.context.scenario_layer(scenario, "exchanges")
        if layer is None and Path(scenario.gpkg).exists():
            layer = QgsVectorLayer(f"{scenario.gpkg}|layername=exchanges", "exchanges", "ogr")
            self.sync.set_layer(None)
        else:
            self.sync.set_layer(layer)
        self.model.load(layer)
        self.proxy.update_totals()
        self.summary.setText(summary_html(scenario))

    def _filter_was_reset(self) -> None:
        for widget in (self.filter_edit, self.chosen_only):
            widget.blockSignals(True)
        self.filter_edit.clear()
        self.chosen_only.setChecked(False)
        for widget in (self.filter_edit, self.chosen_only):
            widget.blockSignals(False)

    def export_csv(self, path: str | None = None) -> Path | None:
        """Write the rows shown and their totals to ``path`` (asked for when not given)."""
        name = self.results_scenario.currentText()
        if not name:
            return None
        if not path:
            start = str((self.output_folder() or Path.home()) / f"{slug(name)}_exchanges.csv")
            path, _ = QFileDialog.getSaveFileName(self, tr("Export exchanges"), start, tr("CSV (*.csv)"))
            if not path:
                return None
        try:
            rows = self.proxy.write_csv(path)
        except OSError as exc:
            self.context.message(tr("Cannot write {}: {}").format(path, exc), Qgis.MessageLevel.Critical)
            return None
        self.context.message(tr("Wrote %n exchange(s) to {}", rows).format(path), Qgis.MessageLevel.Success)
        return Path(path)

    def open_report(self, replace: bool | None = None, show: bool = True) -> list[Path]:
        """Write the shown scenario's HTML and PDF report beside its GeoPackage and open the HTML.

        An existing report is replaced when ``replace`` is true, opened as it is when false, and the user is
        asked when it is None (the button).
        """
        scenario = self.scenario()
        if scenario is None:
            return []
        gpkg = Path(scenario.gpkg)
        page, pdf = gpkg.with_name(f"{gpkg.stem}_report.html"), gpkg.with_name(f"{gpkg.stem}_report.pdf")
        if page.exists() or pdf.exists():
            if replace is None:
                answer = ask(
                    self,
                    tr("Report"),
                    tr("{} exists. Write it again from the scenario's layers?").format(page.name),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Yes,
                )
                if answer == QMessageBox.StandardButton.Cancel:
                    return []
                replace = answer == QMessageBox.StandardButton.Yes
            if not replace:
                if show:
                    self.context.open_url(page)
                return [page, pdf]
        layers = self.report_layers(scenario)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            extra = scenario.inputs.get("catalogue")
            written = write_report(
                layers,
                Parameters.from_dict(scenario.params),
                scenario.name,
                html=page,
                pdf=pdf,
                overwrite=True,
                credits=scenario.inputs.get("credits"),
                catalogue=Catalogue.load([extra] if extra else None),
                params_recorded=params_recorded(scenario),
            )
        except (EcoParkError, ValueError, OSError) as exc:
            self.context.message(tr("The report could not be written: {}").format(exc), Qgis.MessageLevel.Critical, 0)
            return []
        finally:
            QApplication.restoreOverrideCursor()
        self.context.message(
            tr("Report written: {}").format(", ".join(str(p) for p in written)), Qgis.MessageLevel.Success
        )
        if show:
            self.context.open_url(page)
        return written

    def report_layers(self, scenario: Scenario) -> dict[str, QgsVectorLayer]:
        """The layers a scenario's report is made from, by name: those of its group on the map, else read
        from its GeoPackage."""
        layers = {}
        for name in scenario.layers:
            layer = self.context.scenario_layer(scenario, name)
            layers[name] = layer or QgsVectorLayer(f"{scenario.gpkg}|layername={name}", name, "ogr")
        return layers

    def zoom_to_scenario(self) -> None:
        """Zoom the map to the shown scenario's park: its sites and links, a few far partners left out of the
        view (when the layers are on the map)."""
        scenario = self.scenario()
        layer = self.context.scenario_layer(scenario, "sites") if scenario else None
        if layer is not None:
            zones = [self.context.scenario_layer(scenario, name) for name in ("zones", "zones_after")]
            self.context.zoom_to([layer, self.context.scenario_layer(scenario, "exchanges")], focus=layer, around=zones)

    def unload(self) -> None:
        """Let go of the exchanges layer's selection signal."""
        self.sync.set_layer(None)
