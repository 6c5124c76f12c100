"""The planner's panel: it assembles the tabs (Run, Parameters, Results, Scenarios, Siting) and wires their
signals; each tab is its own module.

The panel answers to the names its widgets and actions had when it was one class (``dock.sites_combo``,
``dock.run_button``, ``dock.what_if_at``...): tests and users' scripts drive it through them.
"""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QScrollArea, QTabWidget, QToolButton

from .context import DOCK_WIDTH, PanelContext, fit_narrow, tr
from .guide import HELP_URL
from .parameters_form import ParametersForm
from .results_tab import ResultsTab
from .run_tab import RunTab
from .scenarios_tab import ScenariosTab
from .siting_tab import SitingTab

__all__ = ["DOCK_WIDTH", "EcoParkDock"]

#: the tab shown when a run has ended
RESULTS_TAB = 2

#: attributes of the tabs the panel offers under their own names: (tab attribute, names)
EXPOSED = (
    (
        "run_tab.inputs",
        "sites_combo site_fields streams_combo stream_fields network_combo network_file housing_combo housing_kind "
        "population_field rail_combo terminals_combo ports_combo water_combo rule_files edit_site_button "
        "add_site_button mapping",
    ),
    (
        "run_tab",
        "scenario_edit output_dir overwrite run_button cancel_button progress stage scenario_name output_folder "
        "build_job run cancel site_dialog edit_site new_site hint load_sample folder_note folder_for_writing basemap",
    ),
    (
        "results_tab",
        "results_scenario summary filter_edit chosen_only model proxy table sync export_button report_button "
        "zoom_button show_results export_csv open_report zoom_to_scenario",
    ),
    (
        "scenarios_tab",
        "scenario_table show_button remove_button compare_a compare_b compare_table compare_links "
        "selected_scenario add_selected_to_map forget_selected compare add_existing_button add_existing",
    ),
    (
        "siting_tab",
        "siting_scenario siting_buttons whatif_button whatif_result siting_parameters open_siting what_if_at "
        "whatif_gpkg",
    ),
)


class EcoParkDock(QgsDockWidget):
    """The EcoPark panel."""

    def __init__(self, iface, parent=None):  # noqa: QGS105 (the plugin's iface; tests pass a stand-in)
        super().__init__(parent)
        self.setObjectName("EcoParkDock")
        self.setWindowTitle(tr("EcoPark"))
        self.context = PanelContext(iface)
        self.iface, self.canvas = iface, self.context.canvas
        self.project, self.store = self.context.project, self.context.store
        self.message = self.context.message
        self.parameters = ParametersForm()
        self.run_tab = RunTab(self.context, self.parameters)
        self.results_tab = ResultsTab(self.context, self.run_tab.output_folder)
        self.scenarios_tab = ScenariosTab(self.context)
        self.siting_tab = SitingTab(self.context, self.run_tab.inputs, self.parameters, self.run_tab.output_folder)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("ecoparkTabs")
        self.tabs.addTab(self.run_tab, tr("Run"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.parameters)
        self.tabs.addTab(scroll, tr("Parameters"))
        self.tabs.addTab(self.results_tab, tr("Results"))
        self.tabs.addTab(self.scenarios_tab, tr("Scenarios"))
        self.tabs.addTab(self.siting_tab, tr("Siting"))
        # an icon beside the tabs: the five Russian tab names already fill the panel's width
        self.help_button = QToolButton()
        self.help_button.setText(tr("Help"))
        self.help_button.setIcon(QgsApplication.getThemeIcon("/mActionHelpContents.svg"))
        self.help_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.help_button.setAutoRaise(True)
        self.help_button.setObjectName("helpButton")
        self.help_button.setToolTip(tr("The README's pages on the panel, in your web browser"))
        self.help_button.clicked.connect(lambda: self.context.open_url(HELP_URL))
        self.tabs.setCornerWidget(self.help_button, Qt.Corner.TopRightCorner)
        self.setWidget(self.tabs)
        fit_narrow(self.tabs)
        self._expose()

        self.run_tab.scenarioSaved.connect(self._scenario_saved)
        self.run_tab.reportRequested.connect(self._open_report)
        self.scenarios_tab.scenariosChanged.connect(self.refresh_scenarios)
        self.scenarios_tab.addedToMap.connect(lambda _name: self.results_tab.show_results())
        self.project.readProject.connect(self.restore)
        self.project.cleared.connect(self.restore)
        self.restore()

    def _expose(self) -> None:
        for path, names in EXPOSED:
            owner = self
            for part in path.split("."):
                owner = getattr(owner, part)
            for name in names.split():
                setattr(self, name, getattr(owner, name))

    # the state of the background work, which changes as it runs (not fixed like the widgets)

    @property
    def task(self):
        """The run in progress, or None."""
        return self.run_tab.task

    @property
    def whatif_task(self):
        """The what-if in progress, or None."""
        return self.siting_tab.whatif_task

    @property
    def whatif_layer(self):
        """The exchanges layer of the last what-if answered."""
        return self.siting_tab.whatif_layer

    # -- wiring -------------------------------------------------------------------------------------

    def refresh_scenarios(self, select: str | None = None) -> None:
        """List the project's scenarios in every tab; the Results tab shows ``select``, else the one it showed
        (else the last), and the Siting tab follows it."""
        scenarios = self.store.all()
        names = [s.name for s in scenarios]
        current = select or self.results_tab.results_scenario.currentText()
        self.scenarios_tab.set_scenarios(scenarios)
        self.results_tab.set_names(names, current)
        self.siting_tab.set_names(names, self.results_tab.results_scenario.currentText())
        self.results_tab.show_results()
        self.scenarios_tab.compare()

    def _scenario_saved(self, name: str) -> None:
        self.refresh_scenarios(select=name)
        self.tabs.setCurrentIndex(RESULTS_TAB)

    def _open_report(self, name: str) -> None:
        """The report of scenario ``name``, asked for from the message after its run."""
        self.refresh_scenarios(select=name)
        self.tabs.setCurrentIndex(RESULTS_TAB)
        self.results_tab.open_report()

    def restore(self) -> None:
        """Fill the panel from the project's stored choices and scenarios."""
        self.run_tab.restore_state()
        self.refresh_scenarios()

    def closeEvent(self, event):  # noqa: N802 - Qt naming
        self.context.tools.stop()
        super().closeEvent(event)

    def unload(self) -> None:
        """Disconnect from the project and the canvas (the plugin's unload)."""
        self.context.tools.stop()
        if self.task is not None:
            self.task.cancel()
        self.siting_tab.unload()
        for signal in (self.project.readProject, self.project.cleared):
            try:
                signal.disconnect(self.restore)
            except (TypeError, RuntimeError):
                pass
        self.results_tab.unload()
        self.run_tab.unload()
