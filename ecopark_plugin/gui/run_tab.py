"""The Run tab: the inputs, the scenario's name and folder, and the run in the background; also the map tools
that edit the sites layer chosen here.

A thin layer: the run is :func:`~ecopark_plugin.qgis_io.job_inputs.run_and_write` in a :class:`RunTask`, its
layers are added with :func:`~ecopark_plugin.qgis_io.results.add_group`, and the scenario is kept in the
project's :class:`~.scenarios.ScenarioStore`.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsMapLayerStyle, QgsMessageLog, QgsVectorLayer
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, QUrl, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.job import Job
from ..core.model.errors import EcoParkError
from ..core.model.parameters import Parameters
from ..core.model.rejects import REJECTED_LAYER
from ..core.symbiosis.catalogue import Catalogue
from ..core.zones.protection import load_hazard_classes, load_reduction_rules
from ..qgis_io import settings
from ..qgis_io.job_inputs import job_from_layers
from ..qgis_io.layers import Input, file_layer
from ..qgis_io.render import project_layout
from ..qgis_io.results import OSM_CREDIT, RUN_LAYERS, add_group, osm_basemap, styled_layers
from .context import PanelContext, WrapCheckBox, ask, fit_narrow, number, slug, tr
from .guide import FirstRunHint, load_sample
from .import_dialog import ImportTableDialog
from .inputs import InputsForm
from .parameters_form import ParametersForm
from .scenarios import SCOPE, Scenario
from .site_editor import AddSiteTool, EditError, NewSiteDialog, PickSiteTool, SiteDialog, add_site
from .task import LOG_TAG, RunTask


def source_name(source) -> str | None:
    """How a scenario records a network or housing source: the layer's name or the file's path."""
    if source is None:
        return None
    return source.name if isinstance(source, Input) else str(source)


class RunTab(QWidget):
    """Inputs, scenario and the Run and Cancel buttons with the run's progress.

    ``scenarioSaved`` carries the name of a scenario once its run is on the map and in the project.
    The figures of a run come from ``parameters`` (the Parameters tab).
    """

    scenarioSaved = pyqtSignal(str)  # noqa: N815 - Qt naming
    #: the name of a scenario whose report the user asked for from the message after its run
    reportRequested = pyqtSignal(str)  # noqa: N815 - Qt naming

    def __init__(self, context: PanelContext, parameters: ParametersForm, parent=None):
        super().__init__(parent)
        self.context = context
        self.parameters = parameters
        self.task: RunTask | None = None
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        self.hint = FirstRunHint()
        self.hint.sampleRequested.connect(self.load_sample)
        layout.addWidget(self.hint)
        self.inputs = InputsForm(context.project)
        layout.addWidget(self.inputs)
        layout.addWidget(self._scenario_box())
        layout.addStretch()

        buttons = QHBoxLayout()
        self.run_button = QPushButton(tr("Run"))
        self.run_button.setObjectName("runButton")
        self.cancel_button = QPushButton(tr("Cancel"))
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

        fit_narrow(self)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        context.tools.add_button(self.inputs.edit_site_button)
        context.tools.add_button(self.inputs.add_site_button)
        self.inputs.edit_site_button.toggled.connect(self._edit_site_mode)
        self.inputs.add_site_button.toggled.connect(self._add_site_mode)
        self.inputs.sitesReset.connect(context.tools.stop)
        self.inputs.import_button.clicked.connect(self.import_table)
        self.output_dir.fileChanged.connect(lambda path: settings.set_value("output_dir", path))
        self.output_dir.fileChanged.connect(self.show_folder)
        for signal in (context.project.homePathChanged, context.project.fileNameChanged, context.project.projectSaved):
            signal.connect(self.show_folder)
        self.show_folder()

    def _scenario_box(self) -> QGroupBox:
        box = QGroupBox(tr("Scenario"))
        form = QFormLayout(box)
        self.scenario_edit = QLineEdit()
        self.scenario_edit.setObjectName("scenarioName")
        self.scenario_edit.setPlaceholderText(tr("e.g. Base case"))
        form.addRow(tr("Name"), self.scenario_edit)
        self.output_dir = QgsFileWidget()
        self.output_dir.setObjectName("outputFolder")
        self.output_dir.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.output_dir.setToolTip(tr("Each scenario is written to a GeoPackage named after it in this folder"))
        form.addRow(tr("Output folder"), self.output_dir)
        self.folder_note = QLabel()
        self.folder_note.setObjectName("folderNote")
        self.folder_note.setWordWrap(True)
        form.addRow(self.folder_note)
        self.overwrite = WrapCheckBox(tr("Replace the scenario's earlier output"))
        self.overwrite.setObjectName("overwrite")
        form.addRow(self.overwrite)
        self.basemap = WrapCheckBox(
            tr("Add an OpenStreetMap basemap under the results (tiles load as the map is drawn)")
        )
        self.basemap.setObjectName("basemap")
        self.basemap.setChecked(settings.value("basemap", False, bool))
        self.basemap.toggled.connect(lambda on: settings.set_value("basemap", on))
        form.addRow(self.basemap)
        return box

    def unload(self) -> None:
        """Let go of the project's signals."""
        for signal in (
            self.context.project.homePathChanged,
            self.context.project.fileNameChanged,
            self.context.project.projectSaved,
        ):
            try:
                signal.disconnect(self.show_folder)
            except (TypeError, RuntimeError):
                pass

    # -- the job ------------------------------------------------------------------------------------

    def scenario_name(self) -> str:
        """The name typed, or the first free 'Scenario n'."""
        name = self.scenario_edit.text().strip()
        if name:
            return name
        taken, n = set(self.context.store.names()), 1
        while tr("Scenario {}").format(n) in taken:
            n += 1
        return tr("Scenario {}").format(n)

    def output_folder(self) -> Path | None:
        """The folder chosen, else ``ecopark`` beside the saved project; None when neither (the user is asked
        at the run: no silent fallback to a folder the user never sees)."""
        text = self.output_dir.filePath().strip()
        if text:
            return Path(text)
        home = self.context.project.homePath()
        return Path(home) / "ecopark" if home else None

    def show_folder(self, *_args) -> None:
        """Say under the folder box where the scenario's files will go."""
        folder = self.output_folder()
        if folder is None:
            text = tr("Choose a folder, or save the project first: the files then go beside it.")
        elif self.output_dir.filePath().strip():
            text = tr("Scenario files go to {}").format(folder)
        else:
            text = tr("Scenario files go beside the project, to {}").format(folder)
        self.folder_note.setText(text)
        self.output_dir.lineEdit().setPlaceholderText(str(folder) if folder else "")

    def folder_for_writing(self) -> Path | None:
        """:meth:`output_folder`, or the folder the user picks now (kept in the box); None when cancelled."""
        folder = self.output_folder()
        if folder is None:
            picked = self.ask_output_folder()
            if not picked:
                return None
            self.output_dir.setFilePath(picked)
            folder = Path(picked)
        return folder

    def ask_output_folder(self) -> str:
        """Ask where a scenario's files go (the project is not saved and no folder is chosen)."""
        return QFileDialog.getExistingDirectory(
            self, tr("Where should the scenario's files go? (Save the project to keep them beside it.)")
        )

    def load_sample(self) -> None:
        """Add the Kalundborg sample to the project and choose its sites, streams and ports here."""
        try:
            layers = load_sample(self.context.project)
        except EcoParkError as exc:
            self.context.message(str(exc), Qgis.MessageLevel.Critical, 0)
            return
        self.inputs.sites_combo.setLayer(layers["sites"])
        self.inputs.streams_combo.setLayer(layers["streams"])
        self.inputs.ports_combo.setLayer(layers["ports"])
        if not self.scenario_edit.text().strip():
            self.scenario_edit.setText(tr("Kalundborg sample"))
        self.context.zoom_to([layers["sites"]])
        self.context.message(tr("Sample loaded: press Run"), Qgis.MessageLevel.Success, title="")

    def import_dialog(self) -> ImportTableDialog:
        """The Import a table dialog; a table it imports becomes the sites layer of the run."""
        dialog = ImportTableDialog(self.context.project, self.output_folder(), self.context.message, self)
        dialog.imported.connect(self.inputs.sites_combo.setLayer)
        return dialog

    def import_table(self) -> None:
        self.import_dialog().exec()

    def build_job(self) -> tuple[Job, Path, str, dict]:
        """The job the panel describes, its layers read now, its output file, the scenario's name and the
        sources it names (for the scenario's record); ``ValueError`` says what is missing."""
        inputs = self.inputs
        problem = inputs.missing_fields()
        if problem:
            raise ValueError(problem)
        params = self.parameters.parameters()
        name = self.scenario_name()
        folder = self.output_folder()
        if folder is None:
            raise ValueError(tr("Choose an output folder, or save the project first"))
        out = folder / f"{slug(name)}.gpkg"
        road = Input.of(inputs.network_combo.currentLayer())
        if road is None and inputs.network_file.filePath():
            road = inputs.network_file.filePath()
        housing = Input.of(inputs.housing_combo.currentLayer(), osm_only=True)
        sources = {
            "road": road,
            "rail": Input.of(inputs.rail_combo.currentLayer()),
            "water": Input.of(inputs.water_combo.currentLayer()),
            "ports": Input.of(inputs.ports_combo.currentLayer()),
            "terminals": Input.of(inputs.terminals_combo.currentLayer()),
        }
        files = {key: widget.filePath().strip() for key, widget in inputs.rule_files.items()}
        catalogue = Catalogue.load([files["catalogue"]] if files["catalogue"] else None)
        rules = load_reduction_rules(files["zone_rules"]) if files["zone_rules"] else None
        classes = load_hazard_classes(files["hazard_classes"]) if files["hazard_classes"] else None
        job = job_from_layers(
            inputs.sites_combo.currentLayer(),
            inputs.streams_combo.currentLayer(),
            site_fields=inputs.mapping(inputs.site_fields),
            stream_fields=inputs.mapping(inputs.stream_fields),
            params=params,
            catalogue=catalogue,
            networks=sources,
            rules=rules,
            classes=classes,
            housing=housing,
            housing_kind=inputs.housing_kind.currentData(),
            population_field=inputs.population_field.currentField() or None,
        )
        return job, out, name, {**sources, "housing": housing}

    # -- the run ------------------------------------------------------------------------------------

    def run(self) -> None:
        """Start the run the panel describes in the background (one at a time), or say what is missing."""
        if self.task is not None:
            return
        if self.folder_for_writing() is None:
            self.context.message(tr("No output folder chosen; nothing was run"), Qgis.MessageLevel.Warning)
            return
        try:
            job, out, name, sources = self.build_job()
            out.parent.mkdir(parents=True, exist_ok=True)
        except (EcoParkError, ValueError, OSError) as exc:
            self.context.message(str(exc), Qgis.MessageLevel.Warning)
            return
        # a scenario run again replaces its GeoPackage, its group on the map and its figures: ticked, or asked
        replace = self.overwrite.isChecked()
        if not replace and (out.exists() or name in self.context.store.names()):
            replace = self.confirm_replace(name, out)
            if not replace:
                self.context.message(
                    tr("{} exists; tick 'Replace the scenario's earlier output' or give another name").format(out),
                    Qgis.MessageLevel.Warning,
                )
                return
        self.save_state()
        self.task = RunTask(job, out, replace, tr("EcoPark: {}").format(name))
        self.task.scenario = name
        self.task.inputs = {
            "sites": self.inputs.sites_combo.currentLayer().name(),
            "site_fields": job.site_fields,
            "streams": job.streams_layer if job.streams is not None else None,
            "stream_fields": job.stream_fields,
            **{key: source_name(source) for key, source in sources.items() if key != "housing"},
            "catalogue": self.inputs.catalogue_file() or None,
            "housing": source_name(sources["housing"]),
        }
        self.task.progressChanged.connect(lambda p: self.progress.setValue(int(p)))
        self.task.stageChanged.connect(self.show_stage)
        self.task.done.connect(self._finished)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.stage.setText(tr("Starting"))
        QgsApplication.taskManager().addTask(self.task)

    def confirm_replace(self, name: str, out: Path) -> bool:
        """Ask whether scenario ``name`` (written to ``out``) may be run again over its earlier output."""
        answer = ask(
            self,
            tr("Run the scenario again"),
            tr(
                "Scenario '{}' exists ({}). Run it again and replace its layers, its group on the map and its figures?"
            ).format(name, out),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_stage(self, stage: str) -> None:
        """The run's stage, named in English by the engine, in the user's language."""
        self.stage.setText(QCoreApplication.translate("EngineStages", stage))

    def cancel(self) -> None:
        if self.task is not None:
            self.stage.setText(tr("Cancelling…"))
            self.task.cancel()

    def _finished(self, task: RunTask) -> None:
        message = self.context.message
        self.task = None
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if task.cancelled:
            self.progress.setValue(0)
            self.stage.setText(tr("Cancelled; nothing was written"))
            message(tr("Run '{}' cancelled; nothing was written").format(task.scenario))
            return
        if task.outcome is None:
            self.progress.setValue(0)
            self.stage.setText(tr("Failed"))
            more = tr(" (details in the log panel, EcoPark tab)") if task.details else ""
            message((task.error or tr("the run failed")) + more, Qgis.MessageLevel.Critical, 0)
            return
        outcome = task.outcome
        task.inputs["credits"] = outcome.credits
        try:
            kept = self._replace_group(task.scenario, task.overwrite, outcome.gpkg)
            layers = styled_layers(outcome.gpkg, outcome.names)
            group = add_group(self.context.project, task.scenario, layers)
            for layer, visible in reversed(kept):  # the what-ifs and siting outputs, back on top as they were
                if self.context.project.mapLayer(layer.id()) is None:
                    self.context.project.addMapLayer(layer, False)
                group.insertLayer(0, layer).setItemVisibilityChecked(visible)
            self.context.zoom_to(
                [layers.get("sites"), layers.get("exchanges")],
                focus=layers.get("sites"),
                around=[layers.get("zones"), layers.get("zones_after")],
            )
            self._map_extras(task.scenario, layers, outcome.credits)
        except Exception as exc:  # noqa: BLE001 - the GeoPackage is written; say why the map lacks it
            message(
                tr("{} was written but cannot be shown: {}").format(outcome.gpkg, exc), Qgis.MessageLevel.Critical, 0
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
        self.context.store.save(scenario)
        self.hint.hide()
        self.progress.setValue(100)
        s = outcome.result.summary
        self.stage.setText(tr("Done: %n exchange(s) chosen", s["selected"]))
        # short in the message bar (what, where, the report a click away); the figures in the log panel
        details = tr("'{}': %n exchange(s), net benefit {} EUR/yr, CO2 avoided {} t/yr", s["selected"]).format(
            task.scenario, number(s["net_benefit_eur"]), number(s["co2_avoided_t"])
        )
        written = tr("Written to {path}: layers {layers}").format(path=outcome.gpkg, layers=", ".join(outcome.names))
        QgsMessageLog.logMessage(f"{details}\n{written}", LOG_TAG, Qgis.MessageLevel.Info)
        gpkg = Path(outcome.gpkg)
        link = f'<a href="{QUrl.fromLocalFile(str(gpkg)).toString()}" title="{escape(str(gpkg))}">{tr("saved")}</a>'
        message(
            # one line of the message bar over a laptop's map (about 300 px beside the button): the count, and a
            # link to the file (its folder opens; the path is in the log panel)
            tr("%n exchange(s) chosen, {saved}", s["selected"]).format(saved=link),
            Qgis.MessageLevel.Success,
            10,
            buttons=[(tr("Open report"), lambda: self.reportRequested.emit(task.scenario))],
            title="",
        )
        self._report_rejected(outcome, group)
        self.scenarioSaved.emit(task.scenario)

    def _report_rejected(self, outcome, group) -> None:
        """Input rows the run left out (existing exchanges naming no candidate, housing that holds nobody):
        said in the message bar, and their table put in the scenario's group."""
        rejected = outcome.outcome.rejected
        if not len(rejected):
            return
        layer = QgsVectorLayer(f"{outcome.gpkg}|layername={REJECTED_LAYER}", tr("Input rows left out"), "ogr")
        if layer.isValid() and self.context.project.addMapLayer(layer, False) is not None:
            group.addLayer(layer)
        first = rejected.iloc[0]
        self.context.message(
            tr("{n} input rows left out (table '{layer}'), e.g. {source} row {row}: {reason}").format(
                n=len(rejected),
                layer=REJECTED_LAYER,
                source=first["source_layer"],
                row=first["source_row"],
                reason=first["reason"],
            ),
            Qgis.MessageLevel.Warning,
            0,
        )

    def _map_extras(self, name: str, layers: dict, credits: str) -> None:
        """The basemap when asked for, and the scenario's print layout (kept in the project, for the user to
        edit and print); a failure is said, the run's layers stay on the map."""
        project = self.context.project
        try:
            basemap = osm_basemap(project) if self.basemap.isChecked() else None
            if basemap is not None:
                credits = f"{credits} {OSM_CREDIT}".strip()
            project_layout(project, tr("EcoPark map: {}").format(name), layers, name, credits, basemap)
        except EcoParkError as exc:
            self.context.message(str(exc), Qgis.MessageLevel.Warning)

    def _replace_group(self, name: str, replace: bool, gpkg: Path) -> list:
        """A run that replaces its scenario's output (ticked or agreed to) takes the place of the earlier run's
        group on the map, rather than adding a twin beside it.

        The group's other layers (what-ifs, siting outputs, the user's) are returned with their visibility, for
        the new group: those of the scenario's GeoPackage, carried over into the file the run wrote, opened
        anew with their style (the old ones still read the file it replaced); others as they are."""
        if not replace:
            return []
        project = self.context.project
        root = project.layerTreeRoot()
        group = root.findGroup(name)
        if group is None:
            return []
        kept, reopen, gone = [], [], []
        for node in group.findLayers():
            layer = node.layer()
            if layer is None:
                continue
            path, layer_name = file_layer(layer.source()) if isinstance(layer, QgsVectorLayer) else ("", "")
            ours = bool(path) and Path(path).resolve() == Path(gpkg).resolve()
            if ours and layer_name in RUN_LAYERS:
                gone.append(layer.id())  # the run wrote it again
            elif ours:
                style = QgsMapLayerStyle()
                style.readFromLayer(layer)
                reopen.append((len(kept), layer.source(), layer.name(), style))
                kept.append((None, node.isVisible()))
                gone.append(layer.id())
            else:
                kept.append((layer, node.isVisible()))  # stays in the project, moved to the new group
        self.context.canvas.stopRendering()  # no render thread may still be drawing the layers about to go
        root.removeChildNode(group)
        project.removeMapLayers(gone)
        for i, source, layer_name, style in reopen:
            layer = QgsVectorLayer(source, layer_name, "ogr")
            if layer.isValid():
                style.writeToLayer(layer)
                kept[i] = (layer, kept[i][1])
        return [(layer, visible) for layer, visible in kept if layer is not None]

    # -- editing sites on the map -------------------------------------------------------------------

    def _edit_site_mode(self, on: bool) -> None:
        canvas = self.context.canvas
        sites = self.inputs.sites_combo.currentLayer()
        tool = self.context.tools.start(
            self.inputs.edit_site_button, on, sites, lambda layer: PickSiteTool(canvas, layer)
        )
        if tool is not None:
            tool.featureIdentified.connect(self.edit_site)
            self.context.message(tr("Click a site of '{}' on the map").format(sites.name()))

    def _add_site_mode(self, on: bool) -> None:
        canvas = self.context.canvas
        sites = self.inputs.sites_combo.currentLayer()
        tool = self.context.tools.start(self.inputs.add_site_button, on, sites, lambda _layer: AddSiteTool(canvas))
        if tool is not None:
            tool.canvasClicked.connect(lambda point, _button: self.new_site(point))
            self.context.message(tr("Click the map where the new site goes"))

    def site_dialog(self, feature) -> SiteDialog:
        """The form of one site of the sites layer: its fields and its rows of the streams table."""
        inputs = self.inputs
        return SiteDialog(
            inputs.sites_combo.currentLayer(),
            feature,
            inputs.mapping(inputs.site_fields),
            inputs.streams_combo.currentLayer(),
            inputs.mapping(inputs.stream_fields),
            self,
        )

    def edit_site(self, feature) -> None:
        dialog = self.site_dialog(feature)
        if dialog.exec():
            self.context.message(
                tr("Site '{}' saved; run again to see the effect").format(dialog.site_id), Qgis.MessageLevel.Success
            )

    def new_site(self, point, values: dict | None = None) -> int | None:
        """Add a site at ``point`` (canvas CRS) with ``values``, or with what the user types in a dialog."""
        sites = self.inputs.sites_combo.currentLayer()
        if sites is None:
            return None
        mapping = self.inputs.mapping(self.inputs.site_fields)
        if values is None:
            dialog = NewSiteDialog(sites, mapping, self)
            if not dialog.exec():
                return None
            values = dialog.values()
        crs = self.context.canvas.mapSettings().destinationCrs()
        try:
            fid = add_site(sites, mapping, values, point, crs)
        except EditError as exc:
            self.context.message(str(exc), Qgis.MessageLevel.Warning)
            return None
        self.context.message(tr("Site added to '{}'").format(sites.name()), Qgis.MessageLevel.Success)
        return fid

    # -- what the panel remembers -------------------------------------------------------------------

    def save_state(self) -> None:
        """The panel's choices, kept in the project (layers by id) and the folder in the user's settings."""
        state = {
            **self.inputs.state(),
            "scenario": self.scenario_edit.text(),
            "output_dir": self.output_dir.filePath(),
            "params": self.parameters.parameters().to_dict(),
        }
        self.context.project.writeEntry(SCOPE, "panel", json.dumps(state))

    def restore_state(self) -> None:
        """Fill the inputs, the scenario and the Parameters tab from the project's stored choices."""
        text, ok = self.context.project.readEntry(SCOPE, "panel", "")
        try:
            state = json.loads(text) if ok and text else {}
        except json.JSONDecodeError:
            state = {}
        self.inputs.set_state(state)
        self.hint.setVisible(not self.context.store.names())
        self.scenario_edit.setText(state.get("scenario", ""))
        # the project's own folder, else none: the default is then beside the project (shown under the box);
        # the user's last folder is where the folder dialog starts
        self.output_dir.setFilePath(state.get("output_dir") or "")
        self.output_dir.setDefaultRoot(settings.value("output_dir", "", str))
        self.show_folder()
        try:
            self.parameters.set_parameters(
                Parameters.from_dict(state["params"]) if state.get("params") else Parameters()
            )
        except (ValueError, TypeError):
            self.parameters.set_parameters(Parameters())
