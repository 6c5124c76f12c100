"""The planner's panel: inputs, parameters, a background run, results, scenarios and site editing.

A thin layer: the run is :func:`~ecopark_plugin.qgis_io.job_inputs.run_and_write` in a :class:`RunTask`, its
layers are added with :func:`~ecopark_plugin.qgis_io.results.add_group`, scenarios live in the project.
"""

from __future__ import annotations

import html
import json
import re
import tempfile
from pathlib import Path

import pandas as pd
from pyogrio import read_dataframe
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.gui import QgsCollapsibleGroupBox, QgsDockWidget, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.job import Job
from ..core.model.errors import EcoParkError
from ..core.model.inputs import SITE_FIELDS, SITE_REQUIRED, STREAM_FIELDS, STREAM_REQUIRED, FieldMapping
from ..core.model.parameters import Parameters
from ..core.report.compare import compare, links_only
from ..core.symbiosis.catalogue import Catalogue
from ..core.zones.protection import load_hazard_classes, load_reduction_rules
from ..qgis_io import settings
from ..qgis_io.figures import figure_labels
from ..qgis_io.job_inputs import job_from_layers
from ..qgis_io.layers import Input, frame_features, frame_fields
from ..qgis_io.report import write_report
from ..qgis_io.results import add_group, styled_layers
from ..qgis_io.styles import apply_style
from .exchange_table import ExchangeFilter, ExchangeModel, MapSync
from .parameters_form import ParametersForm
from .scenarios import SCOPE, Scenario, ScenarioStore
from .site_editor import AddSiteTool, EditError, NewSiteDialog, PickSiteTool, SiteDialog, add_site
from .task import RunTask
from .whatif_dialog import WhatIfDialog, nace_choices


def slug(name: str) -> str:
    """A file name from a scenario name."""
    text = re.sub(r"[^\w\-]+", "_", name.strip(), flags=re.UNICODE).strip("_")
    return text or "scenario"


def _layer_combo(name: str, kinds, empty: str | None = None) -> QgsMapLayerComboBox:
    """A layer chooser of the layers of ``kinds``; with ``empty``, that text stands for 'no layer'."""
    combo = QgsMapLayerComboBox()
    combo.setObjectName(name)
    combo.setFilters(Qgis.LayerFilters(kinds))
    if empty is not None:
        combo.setAllowEmptyLayer(True, empty)
    return combo


class EcoParkDock(QgsDockWidget):
    """The EcoPark panel."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.setObjectName("EcoParkDock")
        self.setWindowTitle(self.tr("EcoPark"))
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.project = QgsProject.instance()
        self.store = ScenarioStore(self.project)
        self.task: RunTask | None = None
        self.tool = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ecoparkTabs")
        self.tabs.addTab(self._run_tab(), self.tr("Run"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.parameters = ParametersForm()
        scroll.setWidget(self.parameters)
        self.tabs.addTab(scroll, self.tr("Parameters"))
        self.tabs.addTab(self._results_tab(), self.tr("Results"))
        self.tabs.addTab(self._scenarios_tab(), self.tr("Scenarios"))
        self.tabs.addTab(self._siting_tab(), self.tr("Siting"))
        self.setWidget(self.tabs)
        self.project.readProject.connect(self.restore)
        self.project.cleared.connect(self.restore)
        self.restore()

    # -- building the tabs ------------------------------------------------------------------------

    def _run_tab(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        scroll.setWidget(inner)
        outer.addWidget(scroll)

        sites_box = QGroupBox(self.tr("Industrial sites"))
        form = QFormLayout(sites_box)
        self.sites_combo = _layer_combo("sitesLayer", Qgis.LayerFilter.PointLayer | Qgis.LayerFilter.PolygonLayer)
        form.addRow(self.tr("Layer"), self.sites_combo)
        self.site_fields = self._field_combos(form, SITE_FIELDS, SITE_REQUIRED)
        tools = QHBoxLayout()
        self.edit_site_button = QPushButton(self.tr("Edit a site…"))
        self.edit_site_button.setObjectName("editSite")
        self.edit_site_button.setToolTip(self.tr("Click a site on the map to see and edit its outputs and inputs"))
        self.edit_site_button.setCheckable(True)
        self.add_site_button = QPushButton(self.tr("Add a site…"))
        self.add_site_button.setObjectName("addSite")
        self.add_site_button.setToolTip(self.tr("Click the map where a new site goes"))
        self.add_site_button.setCheckable(True)
        tools.addWidget(self.edit_site_button)
        tools.addWidget(self.add_site_button)
        form.addRow(tools)
        layout.addWidget(sites_box)

        streams_box = QGroupBox(self.tr("Streams table (outputs and inputs)"))
        form = QFormLayout(streams_box)
        self.streams_combo = _layer_combo(
            "streamsLayer", Qgis.LayerFilter.VectorLayer, self.tr("none: infer from the sectors")
        )
        form.addRow(self.tr("Table"), self.streams_combo)
        self.stream_fields = self._field_combos(form, STREAM_FIELDS, STREAM_REQUIRED)
        layout.addWidget(streams_box)

        more = QGroupBox(self.tr("Road network and housing (optional)"))
        form = QFormLayout(more)
        self.network_combo = _layer_combo("networkLayer", Qgis.LayerFilter.LineLayer, self.tr("none"))
        form.addRow(self.tr("Road layer"), self.network_combo)
        self.network_file = QgsFileWidget()
        self.network_file.setObjectName("networkFile")
        self.network_file.setFilter(self.tr("OpenStreetMap extract (*.osm.pbf *.osm)"))
        self.network_file.setToolTip(self.tr("Or an OSM extract, read directly (used when no road layer is chosen)"))
        form.addRow(self.tr("or OSM file"), self.network_file)
        self.housing_combo = _layer_combo(
            "housingLayer", Qgis.LayerFilter.PolygonLayer | Qgis.LayerFilter.PointLayer, self.tr("none")
        )
        form.addRow(self.tr("Housing layer"), self.housing_combo)
        self.housing_kind = QComboBox()
        for key, text in (
            ("auto", self.tr("guess")),
            ("buildings", self.tr("buildings")),
            ("landuse", self.tr("residential land")),
            ("population", self.tr("population grid or points")),
        ):
            self.housing_kind.addItem(text, key)
        form.addRow(self.tr("Housing holds"), self.housing_kind)
        self.population_field = QgsFieldComboBox()
        self.population_field.setAllowEmptyFieldName(True)
        self.housing_combo.layerChanged.connect(self.population_field.setLayer)
        form.addRow(self.tr("Population field"), self.population_field)
        layout.addWidget(more)

        other = QgsCollapsibleGroupBox(self.tr("Rail, sea and rule tables (optional)"))
        other.setObjectName("moreInputs")
        other.setCollapsed(True)
        form = QFormLayout(other)
        self.rail_combo = _layer_combo("railLayer", Qgis.LayerFilter.LineLayer, self.tr("none"))
        form.addRow(self.tr("Rail lines"), self.rail_combo)
        self.terminals_combo = _layer_combo("terminalsLayer", Qgis.LayerFilter.PointLayer, self.tr("none"))
        form.addRow(self.tr("Rail freight terminals"), self.terminals_combo)
        self.ports_combo = _layer_combo("portsLayer", Qgis.LayerFilter.PointLayer, self.tr("none"))
        form.addRow(self.tr("Ports"), self.ports_combo)
        self.water_combo = _layer_combo("waterLayer", Qgis.LayerFilter.LineLayer, self.tr("none"))
        form.addRow(self.tr("Waterways between ports"), self.water_combo)
        self.rule_files = {}
        for key, label, tip in (
            (
                "catalogue",
                self.tr("Extra exchange rules"),
                self.tr("CSV in the form of exchange_rules.csv; rows replace shipped rules of the same rule_id"),
            ),
            (
                "zone_rules",
                self.tr("Pollution-reduction rule"),
                self.tr("CSV in the form of zone_reduction.csv (default: the shipped one)"),
            ),
            (
                "hazard_classes",
                self.tr("Hazard class table"),
                self.tr("CSV in the form of hazard_classes.csv (default: the shipped one)"),
            ),
        ):
            widget = QgsFileWidget()
            widget.setObjectName(f"{key}File")
            widget.setFilter(self.tr("CSV tables (*.csv)"))
            widget.setToolTip(tip)
            self.rule_files[key] = widget
            form.addRow(label, widget)
        layout.addWidget(other)

        out = QGroupBox(self.tr("Scenario"))
        form = QFormLayout(out)
        self.scenario_edit = QLineEdit()
        self.scenario_edit.setObjectName("scenarioName")
        self.scenario_edit.setPlaceholderText(self.tr("e.g. Base case"))
        form.addRow(self.tr("Name"), self.scenario_edit)
        self.output_dir = QgsFileWidget()
        self.output_dir.setObjectName("outputFolder")
        self.output_dir.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.output_dir.setToolTip(self.tr("Each scenario is written to a GeoPackage named after it in this folder"))
        form.addRow(self.tr("Output folder"), self.output_dir)
        self.overwrite = QCheckBox(self.tr("Replace the scenario's earlier output"))
        self.overwrite.setObjectName("overwrite")
        form.addRow(self.overwrite)
        layout.addWidget(out)
        layout.addStretch()

        buttons = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setObjectName("runButton")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.stage = QLabel()
        self.stage.setObjectName("stageLabel")
        outer.addWidget(self.progress)
        outer.addWidget(self.stage)

        self.sites_combo.layerChanged.connect(lambda layer: self._layer_changed(layer, self.site_fields, SITE_FIELDS))
        self.streams_combo.layerChanged.connect(
            lambda layer: self._layer_changed(layer, self.stream_fields, STREAM_FIELDS)
        )
        for combos, layer_combo in ((self.site_fields, self.sites_combo), (self.stream_fields, self.streams_combo)):
            for combo in combos.values():
                combo.fieldChanged.connect(
                    lambda _f, c=combos, lc=layer_combo: self._remember_fields(lc.currentLayer(), c)
                )
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.edit_site_button.toggled.connect(self._edit_site_mode)
        self.add_site_button.toggled.connect(self._add_site_mode)
        self.output_dir.fileChanged.connect(lambda path: settings.set_value("output_dir", path))
        return page

    def _field_combos(self, form: QFormLayout, names, required) -> dict[str, QgsFieldComboBox]:
        combos = {}
        labels = {
            "site_id": self.tr("Identifier field"),
            "name": self.tr("Name field"),
            "nace": self.tr("NACE code field"),
            "hazard_class": self.tr("Hazard class field"),
            "waste_nonhw_t": self.tr("Non-hazardous waste field"),
            "waste_hw_t": self.tr("Hazardous waste field"),
            "direction": self.tr("Direction field"),
            "stream": self.tr("Stream field"),
            "quantity": self.tr("Quantity field"),
            "unit": self.tr("Unit field"),
            "ewc": self.tr("EWC code field"),
        }
        for name in names:
            combo = QgsFieldComboBox()
            combo.setObjectName(f"field_{name}")
            combo.setAllowEmptyFieldName(name not in required)
            combos[name] = combo
            form.addRow(labels[name] + ("" if name not in required else " *"), combo)
        return combos

    def _results_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Scenario")))
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
        self.filter_edit.setPlaceholderText(self.tr("Filter: supplier, receiver, stream, mode…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.chosen_only = QCheckBox(self.tr("Chosen only"))
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
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.sync = MapSync(self.table, self.proxy, self.canvas)
        self.sync.filter_reset = self._filter_was_reset
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("exportCsv")
        self.report_button = QPushButton(self.tr("Report…"))
        self.report_button.setObjectName("report")
        self.zoom_button = QPushButton(self.tr("Zoom to scenario"))
        for b in (self.export_button, self.report_button, self.zoom_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.filter_edit.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        self.chosen_only.toggled.connect(lambda on: self.proxy.set_filter(chosen_only=on))
        self.results_scenario.currentTextChanged.connect(self.show_results)
        self.export_button.clicked.connect(self.export_csv)
        self.report_button.clicked.connect(lambda: self.open_report())
        self.zoom_button.clicked.connect(self.zoom_to_scenario)
        return page

    def _scenarios_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.scenario_table = QTableWidget(0, 5)
        self.scenario_table.setObjectName("scenarioTable")
        self.scenario_table.setHorizontalHeaderLabels(
            [
                self.tr("Scenario"),
                self.tr("Run"),
                self.tr("Exchanges"),
                self.tr("Net benefit EUR/yr"),
                self.tr("CO2 avoided t/yr"),
            ]
        )
        self.scenario_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scenario_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scenario_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.scenario_table, 1)
        row = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Add to map"))
        self.remove_button = QPushButton(self.tr("Forget"))
        self.remove_button.setToolTip(self.tr("Remove from the project's list; its GeoPackage is kept"))
        row.addWidget(self.show_button)
        row.addWidget(self.remove_button)
        row.addStretch()
        layout.addLayout(row)
        box = QGroupBox(self.tr("Compare two scenarios"))
        inner = QVBoxLayout(box)
        row = QHBoxLayout()
        self.compare_a, self.compare_b = QComboBox(), QComboBox()
        self.compare_a.setObjectName("compareA")
        self.compare_b.setObjectName("compareB")
        row.addWidget(self.compare_a, 1)
        row.addWidget(QLabel(self.tr("with")))
        row.addWidget(self.compare_b, 1)
        inner.addLayout(row)
        self.compare_table = QTableWidget(0, 4)
        self.compare_table.setObjectName("compareTable")
        self.compare_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare_table.verticalHeader().setVisible(False)
        self.compare_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        inner.addWidget(self.compare_table, 1)
        self.compare_links = QLabel()
        self.compare_links.setObjectName("compareLinks")
        self.compare_links.setWordWrap(True)
        inner.addWidget(self.compare_links)
        layout.addWidget(box, 2)
        self.compare_a.currentTextChanged.connect(self.compare)
        self.compare_b.currentTextChanged.connect(self.compare)
        self.show_button.clicked.connect(self.add_selected_to_map)
        self.remove_button.clicked.connect(self.forget_selected)
        return page

    def _siting_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Scenario")))
        self.siting_scenario = QComboBox()
        self.siting_scenario.setObjectName("sitingScenario")
        row.addWidget(self.siting_scenario, 1)
        layout.addLayout(row)
        intro = QLabel(
            self.tr(
                "Where could the next eco-park go? These tools start from the chosen scenario's sites and "
                "candidate exchanges. Each opens its Processing dialog with the scenario's layers filled in; set "
                "the weights and distances there, and the result is added to the map."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.siting_buttons = {}
        for algorithm, text, tip in self._siting_tools():
            button = QPushButton(text)
            button.setObjectName(algorithm.split(":")[1])
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked, a=algorithm: self.open_siting(a))
            self.siting_buttons[algorithm] = button
            layout.addWidget(button)
        self.whatif_button = QPushButton(self.tr("What if: a new plant here…"))
        self.whatif_button.setObjectName("whatIf")
        self.whatif_button.setToolTip(
            self.tr(
                "Click the map where a hypothetical plant would go, give its sector (and streams): the exchanges "
                "it would join among the Run tab's sites and what they are worth"
            )
        )
        self.whatif_button.setCheckable(True)
        self.whatif_button.toggled.connect(self._whatif_mode)
        layout.addWidget(self.whatif_button)
        self.whatif_result = QLabel()
        self.whatif_result.setObjectName("whatIfResult")
        self.whatif_result.setWordWrap(True)
        self.whatif_result.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.whatif_result)
        self.whatif_task = None
        layout.addStretch()
        return page

    def _whatif_mode(self, on: bool) -> None:
        tool = self._start_tool(self.whatif_button, on, lambda sites: AddSiteTool(self.canvas))
        if tool is not None:
            tool.canvasClicked.connect(lambda point, _button: self.what_if_at(point))
            self.message(self.tr("Click the map where the new plant would go"))

    def what_if_at(self, point, values=None) -> None:
        """Run ``ecopark:whatif`` in the background for a plant at ``point`` (canvas CRS), with ``values`` (site
        dict, streams frame or None) or what the user types in the dialog."""
        sites = self.sites_combo.currentLayer()
        if sites is None or self.whatif_task is not None:
            return
        if values is None:
            dialog = WhatIfDialog(self, nace_choices(Catalogue.load().profiles))
            if not dialog.exec():
                return
            values = dialog.values()
        site, new_streams = values
        self._stop_tool()
        registry = QgsApplication.processingRegistry()
        algorithm = registry.createAlgorithmById("ecopark:whatif")
        if algorithm is None:
            self.message(
                self.tr("The Processing algorithm {} is not available").format("ecopark:whatif"),
                Qgis.MessageLevel.Warning,
            )
            return
        mapped = self.mapping(self.site_fields)
        params = {
            "SITES": sites.id(),
            "POINT": f"{point.x()},{point.y()} [{self.canvas.mapSettings().destinationCrs().authid()}]",
            "NEW_ID": site["site_id"],
            "NEW_NAME": site.get("name") or "",
            "NACE": site["nace"],
            "OUTPUT_JOINED": "TEMPORARY_OUTPUT",
            "OUTPUT_CHANGES": "TEMPORARY_OUTPUT",
        }
        for key, field in (
            ("SITE_ID", "site_id"),
            ("SITE_NAME", "name"),
            ("SITE_NACE", "nace"),
            ("SITE_HAZARD", "hazard_class"),
        ):
            if mapped.get(field):
                params[key] = mapped[field]
        if self.streams_combo.currentLayer() is not None:
            params["STREAMS"] = self.streams_combo.currentLayer().id()
        # the Parameters tab and the extra rules, as the scenario runs use them
        try:
            figures = self.parameters.parameters()
        except ValueError as exc:
            self.message(str(exc), Qgis.MessageLevel.Warning)
            return
        handle = tempfile.NamedTemporaryFile("w", suffix=".json", prefix="ecopark_whatif_", delete=False)
        with handle:
            handle.write(figures.to_json())
        params["PARAMETERS_FILE"] = handle.name
        if self.rule_files["catalogue"].filePath().strip():
            params["CATALOGUE"] = self.rule_files["catalogue"].filePath().strip()
        if new_streams is not None and len(new_streams):
            table = QgsVectorLayer("None", "new plant streams", "memory")
            fields = frame_fields(new_streams)
            table.dataProvider().addAttributes(list(fields))
            table.updateFields()
            table.dataProvider().addFeatures(list(frame_features(new_streams, table.fields())))
            params["NEW_STREAMS"] = table
        context = QgsProcessingContext()
        context.setProject(self.project)
        feedback = QgsProcessingFeedback()
        task = QgsProcessingAlgRunnerTask(algorithm, params, context, feedback)
        self.whatif_task = (task, context, feedback, params, site, point, self.canvas.mapSettings().destinationCrs())
        task.executed.connect(self._what_if_done)
        self.whatif_result.setText(
            self.tr("Working out what '{}' would join…").format(site.get("name") or site["site_id"])
        )
        QgsApplication.taskManager().addTask(task)

    def _new_plant_layer(self, name: str, point, crs) -> QgsVectorLayer:
        """Where the hypothetical plant stands: a labelled star, drawn above its links."""
        layer = QgsVectorLayer(
            f"Point?crs={crs.authid()}&field=name:string", self.tr("What if: {} (site)").format(name), "memory"
        )
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(point))
        feature["name"] = name
        layer.dataProvider().addFeatures([feature])
        symbol = QgsMarkerSymbol.createSimple(
            {"name": "star", "color": "#ffd400", "outline_color": "#000000", "size": "6", "outline_width": "0.4"}
        )
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        settings = QgsPalLayerSettings()
        settings.fieldName = "name"
        settings.placement = Qgis.LabelPlacement.AroundPoint
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
        return layer

    def _what_if_done(self, ok: bool, results: dict) -> None:
        task, context, feedback, params, site, point, crs = self.whatif_task
        self.whatif_task = None
        Path(params["PARAMETERS_FILE"]).unlink(missing_ok=True)
        name = site.get("name") or site["site_id"]
        if not ok:
            # the algorithm's own message (an id in use, a NACE code without a profile...), not just "failed"
            why = [line for line in feedback.textLog().splitlines() if line.strip()]
            self.whatif_result.setText(why[-1] if why else self.tr("The what-if run failed; details in the log panel"))
            self.message(self.tr("What if '{}': the run failed").format(name), Qgis.MessageLevel.Critical)
            return
        joined = context.takeResultLayer(results["OUTPUT_JOINED"])
        if joined is not None:
            joined.setName(self.tr("What if: {}").format(name))
            apply_style(joined, "exchanges")
            self.project.addMapLayer(joined)
        self.whatif_layer = joined
        self.project.addMapLayer(self._new_plant_layer(name, point, crs))
        count = joined.featureCount() if joined is not None else 0
        self.whatif_result.setText(
            self.tr(
                "'{}' would join {} exchanges: net benefit {:+,.0f} EUR/yr, CO2 avoided {:+,.0f} t/yr for the park"
            ).format(name, count, results["NET_BENEFIT_GAIN"], results["CO2_GAIN"])
        )

    def _siting_tools(self) -> list[tuple[str, str, str]]:
        return [
            (
                "ecopark:exchangeclusters",
                self.tr("Clusters of exchange potential…"),
                self.tr(
                    "Communities of sites linked by paying candidate exchanges, each with a proposed park boundary"
                ),
            ),
            (
                "ecopark:suitability",
                self.tr("Suitability surface…"),
                self.tr(
                    "A grid over the region scored on exchange potential, road and rail access and distance from "
                    "housing, with exclusion layers"
                ),
            ),
        ]

    def siting_parameters(self, algorithm: str) -> dict:
        """The parameters a siting algorithm's dialog opens with: the chosen scenario's sites and exchanges, and
        the road, rail and housing layers of the Run tab, where the algorithm takes them."""
        scenario = self.store.get(self.siting_scenario.currentText())
        definition = QgsApplication.processingRegistry().algorithmById(algorithm)
        if scenario is None or definition is None:
            return {}
        values = {}
        for key, name in (("SITES", "sites"), ("EXCHANGES", "exchanges")):
            layer = self.scenario_layer(scenario, name)
            if layer is not None:
                values[key] = layer.id()
            elif Path(scenario.gpkg).exists():
                values[key] = f"{scenario.gpkg}|layername={name}"
        for key, combo in (
            ("ROAD_NETWORK", self.network_combo),
            ("RAIL_NETWORK", self.rail_combo),
            ("HOUSING", self.housing_combo),
        ):
            if combo.currentLayer() is not None:
                values[key] = combo.currentLayer().id()
        return {key: value for key, value in values.items() if definition.parameterDefinition(key) is not None}

    def open_siting(self, algorithm: str) -> None:
        import processing

        if QgsApplication.processingRegistry().algorithmById(algorithm) is None:
            self.message(
                self.tr("The Processing algorithm {} is not available").format(algorithm), Qgis.MessageLevel.Warning
            )
            return
        processing.execAlgorithmDialog(algorithm, self.siting_parameters(algorithm))

    # -- field mapping, remembered per project ------------------------------------------------------

    def _layer_changed(self, layer, combos: dict, names) -> None:
        stored = self._stored_fields(layer)
        guessed = FieldMapping.guess(layer.fields().names(), names, stored).fields if layer is not None else {}
        for name, combo in combos.items():
            combo.blockSignals(True)
            combo.setLayer(layer)
            combo.setField(guessed.get(name) or "")
            combo.blockSignals(False)
        if combos is self.site_fields:
            self._stop_tool()

    def _stored_fields(self, layer) -> dict:
        if layer is None:
            return {}
        text, ok = self.project.readEntry(SCOPE, f"fields/{layer.id()}", "")
        try:
            return json.loads(text) if ok and text else {}
        except json.JSONDecodeError:
            return {}

    def _remember_fields(self, layer, combos: dict) -> None:
        if layer is not None:
            self.project.writeEntry(SCOPE, f"fields/{layer.id()}", json.dumps(self.mapping(combos)))

    def mapping(self, combos: dict) -> dict:
        return {name: combo.currentField() for name, combo in combos.items() if combo.currentField()}

    # -- the run ------------------------------------------------------------------------------------

    def message(self, text: str, level=Qgis.MessageLevel.Info, duration: int = 8) -> None:
        self.iface.messageBar().pushMessage(self.tr("EcoPark"), text, level=level, duration=duration)

    def scenario_name(self) -> str:
        name = self.scenario_edit.text().strip()
        if name:
            return name
        taken, n = set(self.store.names()), 1
        while self.tr("Scenario {}").format(n) in taken:
            n += 1
        return self.tr("Scenario {}").format(n)

    def output_folder(self) -> Path:
        text = self.output_dir.filePath().strip()
        if text:
            return Path(text)
        home = self.project.homePath()
        return Path(home) / "ecopark" if home else Path.home() / "EcoPark"

    def build_job(self) -> tuple[Job, Path, str, dict]:
        """The job the panel describes, its layers read now, its output file, the scenario's name and the
        sources it names (for the scenario's record); ``ValueError`` says what is missing."""
        sites = self.sites_combo.currentLayer()
        if sites is None:
            raise ValueError(self.tr("Choose the layer of industrial sites"))
        missing = [n for n in SITE_REQUIRED if not self.site_fields[n].currentField()]
        if missing:
            raise ValueError(self.tr("Layer '{}': choose the field of {}").format(sites.name(), ", ".join(missing)))
        streams = self.streams_combo.currentLayer()
        if streams is not None:
            missing = [n for n in STREAM_REQUIRED if not self.stream_fields[n].currentField()]
            if missing:
                raise ValueError(
                    self.tr("Table '{}': choose the field of {}").format(streams.name(), ", ".join(missing))
                )
        params = self.parameters.parameters()
        name = self.scenario_name()
        out = self.output_folder() / f"{slug(name)}.gpkg"
        if out.exists() and not self.overwrite.isChecked():
            raise ValueError(
                self.tr("{} exists; tick 'Replace the scenario's earlier output' or give another name").format(out)
            )
        road = Input.of(self.network_combo.currentLayer())
        if road is None and self.network_file.filePath():
            road = self.network_file.filePath()
        housing = Input.of(self.housing_combo.currentLayer(), osm_only=True)
        sources = {
            "road": road,
            "rail": Input.of(self.rail_combo.currentLayer()),
            "water": Input.of(self.water_combo.currentLayer()),
            "ports": Input.of(self.ports_combo.currentLayer()),
            "terminals": Input.of(self.terminals_combo.currentLayer()),
        }
        files = {key: widget.filePath().strip() for key, widget in self.rule_files.items()}
        catalogue = Catalogue.load([files["catalogue"]] if files["catalogue"] else None)
        rules = load_reduction_rules(files["zone_rules"]) if files["zone_rules"] else None
        classes = load_hazard_classes(files["hazard_classes"]) if files["hazard_classes"] else None
        job = job_from_layers(
            sites,
            streams,
            site_fields=self.mapping(self.site_fields),
            stream_fields=self.mapping(self.stream_fields),
            params=params,
            catalogue=catalogue,
            networks=sources,
            rules=rules,
            classes=classes,
            housing=housing,
            housing_kind=self.housing_kind.currentData(),
            population_field=self.population_field.currentField() or None,
        )
        return job, out, name, {**sources, "housing": housing}

    def run(self) -> None:
        if self.task is not None:
            return
        try:
            job, out, name, sources = self.build_job()
            out.parent.mkdir(parents=True, exist_ok=True)
        except (EcoParkError, ValueError, OSError) as exc:
            self.message(str(exc), Qgis.MessageLevel.Warning)
            return
        self._save_panel()
        self.task = RunTask(job, out, self.overwrite.isChecked(), self.tr("EcoPark: {}").format(name))
        self.task.scenario = name
        self.task.inputs = {
            "sites": self.sites_combo.currentLayer().name(),
            "site_fields": job.site_fields,
            "streams": job.streams_layer if job.streams is not None else None,
            "stream_fields": job.stream_fields,
            **{key: self._source_name(source) for key, source in sources.items() if key != "housing"},
            "catalogue": self.rule_files["catalogue"].filePath().strip() or None,
            "housing": self._source_name(sources["housing"]),
        }
        self.task.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        self.task.stageChanged.connect(self.stage.setText)
        self.task.done.connect(self._finished)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.stage.setText(self.tr("Starting"))
        QgsApplication.taskManager().addTask(self.task)

    @staticmethod
    def _source_name(source):
        if source is None:
            return None
        return source.name if isinstance(source, Input) else str(source)

    def cancel(self) -> None:
        if self.task is not None:
            self.stage.setText(self.tr("Cancelling…"))
            self.task.cancel()

    def _finished(self, task: RunTask) -> None:
        self.task = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if task.cancelled:
            self.progress.setValue(0)
            self.stage.setText(self.tr("Cancelled; nothing was written"))
            self.message(self.tr("Run '{}' cancelled; nothing was written").format(task.scenario))
            return
        if task.outcome is None:
            self.progress.setValue(0)
            self.stage.setText(self.tr("Failed"))
            more = self.tr(" (details in the log panel, EcoPark tab)") if task.details else ""
            self.message((task.error or self.tr("the run failed")) + more, Qgis.MessageLevel.Critical, 0)
            return
        outcome = task.outcome
        task.inputs["credits"] = outcome.credits
        try:
            self._replace_group(task.scenario, task.overwrite)
            layers = styled_layers(outcome.gpkg, outcome.names)
            add_group(self.project, task.scenario, layers)
        except Exception as exc:  # noqa: BLE001 - the GeoPackage is written; say why the map lacks it
            self.message(
                self.tr("{} was written but cannot be shown: {}").format(outcome.gpkg, exc),
                Qgis.MessageLevel.Critical,
                0,
            )
            return
        scenario = Scenario(
            task.scenario,
            str(outcome.gpkg),
            outcome.names,
            outcome.result.summary,
            task.job.params.to_dict(),
            task.inputs,
        )
        self.store.save(scenario)
        self.refresh_scenarios(select=task.scenario)
        self.progress.setValue(100)
        s = outcome.result.summary
        self.stage.setText(self.tr("Done: {} exchanges chosen").format(s["selected"]))
        self.message(
            self.tr("'{}': {} exchanges, net benefit {:,.0f} EUR/yr, CO2 avoided {:,.0f} t/yr").format(
                task.scenario, s["selected"], s["net_benefit_eur"], s["co2_avoided_t"]
            ),
            Qgis.MessageLevel.Success,
        )
        self.tabs.setCurrentIndex(2)

    def _replace_group(self, name: str, replace: bool) -> None:
        """With 'replace' ticked for the run, the group of the earlier run of the same scenario goes."""
        if not replace:
            return
        root = self.project.layerTreeRoot()
        group = root.findGroup(name)
        if group is None:
            return
        ids = [node.layerId() for node in group.findLayers()]
        self.canvas.stopRendering()  # no render thread may still be drawing the layers about to go
        root.removeChildNode(group)
        self.project.removeMapLayers(ids)

    # -- results ------------------------------------------------------------------------------------

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

    def show_results(self, name: str) -> None:
        scenario = self.store.get(name) if name else None
        if scenario is None:
            self.model.load(None)
            self.sync.set_layer(None)
            self.summary.setText(self.tr("No scenario yet: choose the inputs and press Run."))
            self.proxy.update_totals()
            return
        layer = self.scenario_layer(scenario, "exchanges")
        if layer is None and Path(scenario.gpkg).exists():
            layer = QgsVectorLayer(f"{scenario.gpkg}|layername=exchanges", "exchanges", "ogr")
            self.sync.set_layer(None)
        else:
            self.sync.set_layer(layer)
        self.model.load(layer)
        self.proxy.update_totals()
        self.summary.setText(self.summary_html(scenario))

    def summary_html(self, scenario: Scenario) -> str:
        s = scenario.summary
        if not s:
            return ""
        lines = [
            self.tr("<b>{}</b>: {} exchanges chosen of {} feasible, between {} partners").format(
                html.escape(scenario.name), s.get("selected", 0), s.get("feasible", 0), s.get("partners", 0)
            ),
            self.tr("Diverted {:,.0f} t/yr; energy {:,.0f} MWh/yr; water {:,.0f} m3/yr").format(
                s.get("tonnes_diverted", 0), s.get("mwh_exchanged", 0), s.get("m3_exchanged", 0)
            ),
            self.tr("Net benefit <b>{:,.0f} EUR/yr</b>; net CO2 avoided <b>{:,.0f} t/yr</b>").format(
                s.get("net_benefit_eur", 0), s.get("co2_avoided_t", 0)
            ),
        ]
        zones = s.get("zones") or {}
        if zones:
            lines.append(
                self.tr("Sanitary zones {:,.0f} ha before, {:,.0f} ha after; {} sites in a lower class").format(
                    zones.get("zone_area_before_ha", 0),
                    zones.get("zone_area_after_ha", 0),
                    zones.get("sites_reduced", 0),
                )
            )
            homes = zones.get("housing")
            if homes:
                lines.append(
                    self.tr("People inside zones: {:,.0f} before, {:,.0f} after").format(
                        homes.get("pop_before", 0), homes.get("pop_after", 0)
                    )
                )
        if not Path(scenario.gpkg).exists():
            lines.append(self.tr("<i>Its GeoPackage {} is missing.</i>").format(html.escape(scenario.gpkg)))
        return "<br>".join(lines)

    def _filter_was_reset(self) -> None:
        for widget in (self.filter_edit, self.chosen_only):
            widget.blockSignals(True)
        self.filter_edit.clear()
        self.chosen_only.setChecked(False)
        for widget in (self.filter_edit, self.chosen_only):
            widget.blockSignals(False)

    def export_csv(self, path: str | None = None) -> Path | None:
        name = self.results_scenario.currentText()
        if not name:
            return None
        if not path:
            start = str(self.output_folder() / f"{slug(name)}_exchanges.csv")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export exchanges"), start, self.tr("CSV (*.csv)"))
            if not path:
                return None
        try:
            rows = self.proxy.write_csv(path)
        except OSError as exc:
            self.message(self.tr("Cannot write {}: {}").format(path, exc), Qgis.MessageLevel.Critical)
            return None
        self.message(self.tr("Wrote {} exchanges to {}").format(rows, path), Qgis.MessageLevel.Success)
        return Path(path)

    def open_report(self, replace: bool | None = None, show: bool = True) -> list[Path]:
        """Write the shown scenario's HTML and PDF report beside its GeoPackage and open the HTML.

        An existing report is replaced when ``replace`` is true, opened as it is when false, and the user is
        asked when it is None (the button).
        """
        scenario = self.store.get(self.results_scenario.currentText())
        if scenario is None:
            return []
        gpkg = Path(scenario.gpkg)
        html, pdf = gpkg.with_name(f"{gpkg.stem}_report.html"), gpkg.with_name(f"{gpkg.stem}_report.pdf")
        if html.exists() or pdf.exists():
            if replace is None:
                answer = QMessageBox.question(
                    self,
                    self.tr("Report"),
                    self.tr("{} exists. Write it again from the scenario's layers?").format(html.name),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                )
                if answer == QMessageBox.StandardButton.Cancel:
                    return []
                replace = answer == QMessageBox.StandardButton.Yes
            if not replace:
                if show:
                    QDesktopServices.openUrl(QUrl.fromLocalFile(str(html)))
                return [html, pdf]
        layers = {}
        for name in scenario.layers:
            layer = self.scenario_layer(scenario, name)
            layers[name] = layer or QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            extra = scenario.inputs.get("catalogue")
            written = write_report(
                layers,
                Parameters.from_dict(scenario.params),
                scenario.name,
                html=html,
                pdf=pdf,
                overwrite=True,
                credits=scenario.inputs.get("credits"),
                catalogue=Catalogue.load([extra] if extra else None),
            )
        except (EcoParkError, ValueError, OSError) as exc:
            self.message(self.tr("The report could not be written: {}").format(exc), Qgis.MessageLevel.Critical, 0)
            return []
        finally:
            QApplication.restoreOverrideCursor()
        self.message(
            self.tr("Report written: {}").format(", ".join(str(p) for p in written)), Qgis.MessageLevel.Success
        )
        if show:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(html)))
        return written

    def zoom_to_scenario(self) -> None:
        scenario = self.store.get(self.results_scenario.currentText())
        layer = self.scenario_layer(scenario, "sites") if scenario else None
        if layer is not None:
            from qgis.core import QgsCoordinateTransform

            transform = QgsCoordinateTransform(layer.crs(), self.canvas.mapSettings().destinationCrs(), self.project)
            extent = transform.transformBoundingBox(layer.extent())
            extent.scale(1.2)
            self.canvas.setExtent(extent)
            self.canvas.refresh()

    # -- scenarios ----------------------------------------------------------------------------------

    def refresh_scenarios(self, select: str | None = None) -> None:
        scenarios = self.store.all()
        names = [s.name for s in scenarios]
        self.scenario_table.setRowCount(len(scenarios))
        for row, s in enumerate(scenarios):
            values = [
                s.name,
                s.created.replace("T", " "),
                str(s.summary.get("selected", "")),
                f"{s.summary.get('net_benefit_eur', 0):,.0f}",
                f"{s.summary.get('co2_avoided_t', 0):,.0f}",
            ]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.scenario_table.setItem(row, col, item)
        current = select or self.results_scenario.currentText()
        a, b = self.compare_a.currentText(), self.compare_b.currentText()
        for combo in (self.results_scenario, self.compare_a, self.compare_b, self.siting_scenario):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.blockSignals(False)
        if names:
            self.results_scenario.setCurrentText(current if current in names else names[-1])
            self.compare_a.setCurrentText(a if a in names else names[max(0, len(names) - 2)])
            self.compare_b.setCurrentText(b if b in names and b != self.compare_a.currentText() else names[-1])
            self.siting_scenario.setCurrentText(self.results_scenario.currentText())
        self.show_results(self.results_scenario.currentText())
        self.compare()

    def selected_scenario(self) -> Scenario | None:
        rows = self.scenario_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.store.get(self.scenario_table.item(rows[0].row(), 0).text())

    def add_selected_to_map(self) -> None:
        scenario = self.selected_scenario()
        if scenario is None:
            return
        if self.project.layerTreeRoot().findGroup(scenario.name) is not None:
            self.message(self.tr("'{}' is on the map").format(scenario.name))
            return
        try:
            add_group(self.project, scenario.name, styled_layers(scenario.gpkg, scenario.layers))
        except Exception as exc:  # noqa: BLE001 - a moved or deleted GeoPackage
            self.message(str(exc), Qgis.MessageLevel.Warning)
            return
        self.show_results(self.results_scenario.currentText())

    def forget_selected(self) -> None:
        scenario = self.selected_scenario()
        if scenario is not None:
            self.store.remove(scenario.name)
            self.refresh_scenarios()

    def compare(self, *_args) -> None:
        a, b = self.store.get(self.compare_a.currentText()), self.store.get(self.compare_b.currentText())
        self.compare_table.setRowCount(0)
        self.compare_links.clear()
        if a is None or b is None:
            return
        self.compare_table.setHorizontalHeaderLabels([self.tr("Figure"), a.name, b.name, self.tr("Difference")])
        rows = compare(a.summary, b.summary)
        labels = figure_labels()
        self.compare_table.setRowCount(len(rows))
        for r, row in enumerate(rows.itertuples()):
            values = [row.a, row.b, row.difference]
            texts = [labels[row.key]] + ["–" if pd.isna(v) else f"{v:,.{row.decimals}f}" for v in values[:2]]
            texts.append("–" if pd.isna(row.difference) else f"{row.difference:+,.{row.decimals}f}")
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.compare_table.setItem(r, c, item)
        try:
            only_a, only_b = links_only(*(read_dataframe(s.gpkg, layer="exchanges") for s in (a, b)))
        except Exception:  # noqa: BLE001 - a moved or deleted GeoPackage: the figures above still hold
            self.compare_links.setText(self.tr("The exchanges of one of the two cannot be read"))
            return
        none = self.tr("none")
        self.compare_links.setText(
            self.tr("Exchanges only in {}: {}. Only in {}: {}.").format(
                a.name, "; ".join(only_a) or none, b.name, "; ".join(only_b) or none
            )
        )

    # -- editing sites on the map -------------------------------------------------------------------

    def _stop_tool(self) -> None:
        if self.tool is not None:
            self.canvas.unsetMapTool(self.tool)
            self.tool = None
        for button in (self.edit_site_button, self.add_site_button, self.whatif_button):
            self._check(button, False)

    @staticmethod
    def _check(button: QPushButton, on: bool) -> None:
        """Show a tool button on or off without running its toggle handler."""
        button.blockSignals(True)
        button.setChecked(on)
        button.blockSignals(False)

    def _start_tool(self, button: QPushButton, on: bool, make):
        """Switch ``button``'s map tool on (``make(sites layer)`` builds it) or off; the tool, or None."""
        self._stop_tool()
        sites = self.sites_combo.currentLayer()
        if not on:
            return None
        if sites is None:
            self.message(self.tr("Choose the layer of industrial sites on the Run tab"), Qgis.MessageLevel.Warning)
            return None
        self._check(button, True)
        self.tool = make(sites)
        self.tool.deactivated.connect(lambda: self._check(button, False))
        self.canvas.setMapTool(self.tool)
        return self.tool

    def _edit_site_mode(self, on: bool) -> None:
        tool = self._start_tool(self.edit_site_button, on, lambda sites: PickSiteTool(self.canvas, sites))
        if tool is not None:
            tool.featureIdentified.connect(self.edit_site)
            self.message(self.tr("Click a site of '{}' on the map").format(self.sites_combo.currentLayer().name()))

    def _add_site_mode(self, on: bool) -> None:
        tool = self._start_tool(self.add_site_button, on, lambda sites: AddSiteTool(self.canvas))
        if tool is not None:
            tool.canvasClicked.connect(lambda point, _button: self.new_site(point))
            self.message(self.tr("Click the map where the new site goes"))

    def site_dialog(self, feature) -> SiteDialog:
        return SiteDialog(
            self.sites_combo.currentLayer(),
            feature,
            self.mapping(self.site_fields),
            self.streams_combo.currentLayer(),
            self.mapping(self.stream_fields),
            self,
        )

    def edit_site(self, feature) -> None:
        dialog = self.site_dialog(feature)
        if dialog.exec():
            self.message(
                self.tr("Site '{}' saved; run again to see the effect").format(dialog.site_id),
                Qgis.MessageLevel.Success,
            )

    def new_site(self, point, values: dict | None = None) -> int | None:
        """Add a site at ``point`` (canvas CRS) with ``values``, or with what the user types in a dialog."""
        sites = self.sites_combo.currentLayer()
        if sites is None:
            return None
        if values is None:
            dialog = NewSiteDialog(sites, self.mapping(self.site_fields), self)
            if not dialog.exec():
                return None
            values = dialog.values()
        crs = self.canvas.mapSettings().destinationCrs()
        try:
            fid = add_site(sites, self.mapping(self.site_fields), values, point, crs)
        except EditError as exc:
            self.message(str(exc), Qgis.MessageLevel.Warning)
            return None
        self.message(self.tr("Site added to '{}'").format(sites.name()), Qgis.MessageLevel.Success)
        return fid

    # -- what the panel remembers -------------------------------------------------------------------

    def _save_panel(self) -> None:
        """The panel's choices, kept in the project (layers by id) and the folder in the user's settings."""
        state = {
            "sites": self.sites_combo.currentLayer().id() if self.sites_combo.currentLayer() else None,
            "streams": self.streams_combo.currentLayer().id() if self.streams_combo.currentLayer() else None,
            "network": self.network_combo.currentLayer().id() if self.network_combo.currentLayer() else None,
            "network_file": self.network_file.filePath(),
            "housing": self.housing_combo.currentLayer().id() if self.housing_combo.currentLayer() else None,
            "housing_kind": self.housing_kind.currentData(),
            **{
                key: combo.currentLayer().id() if combo.currentLayer() else None
                for key, combo in self._more_combos().items()
            },
            **{f"{key}_file": widget.filePath() for key, widget in self.rule_files.items()},
            "scenario": self.scenario_edit.text(),
            "output_dir": self.output_dir.filePath(),
            "params": self.parameters.parameters().to_dict(),
        }
        self.project.writeEntry(SCOPE, "panel", json.dumps(state))

    def _more_combos(self) -> dict:
        return {
            "rail": self.rail_combo,
            "terminals": self.terminals_combo,
            "ports": self.ports_combo,
            "water": self.water_combo,
        }

    def restore(self) -> None:
        """Fill the panel from the project's stored choices and scenarios."""
        text, ok = self.project.readEntry(SCOPE, "panel", "")
        try:
            state = json.loads(text) if ok and text else {}
        except json.JSONDecodeError:
            state = {}
        for key, combo in (
            ("sites", self.sites_combo),
            ("streams", self.streams_combo),
            ("network", self.network_combo),
            ("housing", self.housing_combo),
            *self._more_combos().items(),
        ):
            layer = self.project.mapLayer(state[key]) if state.get(key) else None
            if layer is not None:
                combo.setLayer(layer)
            elif key != "sites":
                combo.setLayer(None)
        self.network_file.setFilePath(state.get("network_file", ""))
        for key, widget in self.rule_files.items():
            widget.setFilePath(state.get(f"{key}_file", ""))
        index = self.housing_kind.findData(state.get("housing_kind", "auto"))
        self.housing_kind.setCurrentIndex(max(index, 0))
        self.scenario_edit.setText(state.get("scenario", ""))
        self.output_dir.setFilePath(state.get("output_dir") or settings.value("output_dir", "", str))
        try:
            self.parameters.set_parameters(
                Parameters.from_dict(state["params"]) if state.get("params") else Parameters()
            )
        except (ValueError, TypeError):
            self.parameters.set_parameters(Parameters())
        self._layer_changed(self.sites_combo.currentLayer(), self.site_fields, SITE_FIELDS)
        self._layer_changed(self.streams_combo.currentLayer(), self.stream_fields, STREAM_FIELDS)
        self.refresh_scenarios()

    def closeEvent(self, event):  # noqa: N802 - Qt naming
        self._stop_tool()
        super().closeEvent(event)

    def unload(self) -> None:
        """Disconnect from the project and the canvas (the plugin's unload)."""
        self._stop_tool()
        if self.task is not None:
            self.task.cancel()
        for signal in (self.project.readProject, self.project.cleared):
            try:
                signal.disconnect(self.restore)
            except (TypeError, RuntimeError):
                pass
        self.sync.set_layer(None)
