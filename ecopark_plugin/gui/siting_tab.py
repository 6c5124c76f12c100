"""The Siting tab: where the next eco-park could go (Processing dialogs prefilled with a scenario's layers) and
what a new plant at a clicked point would join (a what-if run in the background, its answer kept in memory)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import geopandas as gpd
import shapely
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateTransform,
    QgsCsException,
    QgsLayerTreeLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.model.errors import EcoParkError
from ..core.model.outputs import EXCHANGE_FIELDS
from ..core.symbiosis.catalogue import Catalogue
from ..qgis_io.job_inputs import job_from_layers
from ..qgis_io.layers import file_layer, is_file_layer
from ..qgis_io.results import write_layer
from ..qgis_io.styles import apply_style
from .context import PanelContext, number, slug, tr
from .inputs import InputsForm
from .parameters_form import ParametersForm
from .site_editor import AddSiteTool
from .task import WhatIfTask
from .whatif_dialog import WhatIfDialog, nace_choices


def siting_tools() -> list[tuple[str, str, str]]:
    """(algorithm id, button text, tooltip) of the siting algorithms the tab opens."""
    return [
        (
            "ecopark:exchangeclusters",
            tr("Clusters of exchange potential…"),
            tr("Communities of sites linked by paying candidate exchanges, each with a proposed park boundary"),
        ),
        (
            "ecopark:suitability",
            tr("Suitability surface…"),
            tr(
                "A grid over the region scored on exchange potential, road and rail access and distance from "
                "housing, with exclusion layers"
            ),
        ),
    ]


#: the layer names a siting algorithm's outputs get in the scenario's GeoPackage, by algorithm and output
SITING_LAYERS = {
    "ecopark:exchangeclusters": {"OUTPUT": "clusters", "MEMBERS": "cluster_members"},
    "ecopark:suitability": {"OUTPUT": "suitability", "CANDIDATES": "suitability_candidates"},
}


def gpkg_destination(gpkg: str | Path, layer: str) -> str:
    """A Processing sink that writes the layer ``layer`` into the GeoPackage ``gpkg`` (its other layers kept),
    as the output widget's 'Save to GeoPackage…' writes it."""
    path = str(gpkg).replace("'", "''")
    return f"ogr:dbname='{path}' table=\"{layer}\" (geom)"


def plant_frame(name: str, point, crs) -> gpd.GeoDataFrame:
    """Where the hypothetical plant stands, as a one-row frame in ``crs`` (the canvas's when it was clicked)."""
    return gpd.GeoDataFrame(
        {"name": [name]}, geometry=[shapely.Point(point.x(), point.y())], crs=crs.authid() or crs.toWkt()
    )


def style_plant(layer: QgsVectorLayer) -> QgsVectorLayer:
    """The plant as a labelled star, drawn above its links."""
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


def signed(value: float) -> str:
    """A gain in the user's number format, with its sign: +1,234 or -56."""
    return ("+" if value >= 0 else "") + number(value)


class SitingTab(QWidget):
    """Buttons opening the siting algorithms on the chosen scenario, and the what-if map tool.

    The what-if works on the Run tab's ``inputs`` (sites, streams, their fields, the extra exchange rules)
    with the figures of the Parameters tab (``parameters``), as a scenario's run does.
    """

    def __init__(
        self,
        context: PanelContext,
        inputs: InputsForm,
        parameters: ParametersForm,
        output_folder: Callable[[], Path] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.context = context
        self.output_folder = output_folder
        self.inputs = inputs
        self.parameters = parameters
        self.whatif_task: WhatIfTask | None = None
        #: the exchanges layer of the last what-if answered
        self.whatif_layer: QgsVectorLayer | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Scenario")))
        self.siting_scenario = QComboBox()
        self.siting_scenario.setObjectName("sitingScenario")
        row.addWidget(self.siting_scenario, 1)
        layout.addLayout(row)
        intro = QLabel(
            tr(
                "Where could the next eco-park go? These tools start from the chosen scenario's sites and "
                "candidate exchanges. Each opens its Processing dialog with the scenario's layers filled in; set "
                "the weights and distances there, and the result is written into the scenario's GeoPackage and "
                "added to the map."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.siting_buttons = {}
        for algorithm, text, tip in siting_tools():
            button = QPushButton(text)
            button.setObjectName(algorithm.split(":")[1])
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked, a=algorithm: self.open_siting(a))
            self.siting_buttons[algorithm] = button
            layout.addWidget(button)
        self.whatif_button = QPushButton(tr("What if: a new plant here…"))
        self.whatif_button.setObjectName("whatIf")
        self.whatif_button.setToolTip(
            tr(
                "Click the map where a hypothetical plant would go, give its sector (and streams): the exchanges "
                "it would join among the Run tab's sites and what they are worth"
            )
        )
        self.whatif_button.setCheckable(True)
        self.whatif_button.toggled.connect(self._whatif_mode)
        context.tools.add_button(self.whatif_button)
        layout.addWidget(self.whatif_button)
        self.whatif_result = QLabel()
        self.whatif_result.setObjectName("whatIfResult")
        self.whatif_result.setWordWrap(True)
        self.whatif_result.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.whatif_result)
        layout.addStretch()

    def set_names(self, names: list[str], current: str) -> None:
        """List the scenarios ``names`` and choose ``current`` (the one the Results tab shows)."""
        combo = self.siting_scenario
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(names)
        combo.blockSignals(False)
        if names:
            combo.setCurrentText(current)

    # -- the siting algorithms ----------------------------------------------------------------------

    def siting_parameters(self, algorithm: str) -> dict:
        """The parameters a siting algorithm's dialog opens with: the chosen scenario's sites and exchanges, and
        the road, rail and housing layers of the Run tab, where the algorithm takes them."""
        scenario = self.context.store.get(self.siting_scenario.currentText())
        definition = QgsApplication.processingRegistry().algorithmById(algorithm)
        if scenario is None or definition is None:
            return {}
        values = {}
        for key, name in (("SITES", "sites"), ("EXCHANGES", "exchanges")):
            layer = self.context.scenario_layer(scenario, name)
            if layer is not None:
                values[key] = layer.id()
            elif Path(scenario.gpkg).exists():
                values[key] = f"{scenario.gpkg}|layername={name}"
        for key, combo in (
            ("ROAD_NETWORK", self.inputs.network_combo),
            ("RAIL_NETWORK", self.inputs.rail_combo),
            ("HOUSING", self.inputs.housing_combo),
        ):
            if combo.currentLayer() is not None:
                values[key] = combo.currentLayer().id()
        # the outputs go into the scenario's GeoPackage: kept with the project, not temporary layers
        for key, layer in SITING_LAYERS.get(algorithm, {}).items():
            values[key] = gpkg_destination(scenario.gpkg, layer)
        return {key: value for key, value in values.items() if definition.parameterDefinition(key) is not None}

    def open_siting(self, algorithm: str) -> None:
        from qgis import processing

        if QgsApplication.processingRegistry().algorithmById(algorithm) is None:
            self.context.message(
                tr("The Processing algorithm {} is not available").format(algorithm), Qgis.MessageLevel.Warning
            )
            return
        processing.execAlgorithmDialog(algorithm, self.siting_parameters(algorithm))
        # the dialog has loaded what it wrote at the top of the tree: into the scenario's group, beside the run
        scenario = self.context.store.get(self.siting_scenario.currentText())
        if scenario is not None:
            gather_into_group(self.context.project, scenario.name, scenario.gpkg)

    # -- what if: a new plant -----------------------------------------------------------------------

    def _whatif_mode(self, on: bool) -> None:
        canvas = self.context.canvas
        sites = self.inputs.sites_combo.currentLayer()
        tool = self.context.tools.start(self.whatif_button, on, sites, lambda _layer: AddSiteTool(canvas))
        if tool is not None:
            tool.canvasClicked.connect(lambda point, _button: self.what_if_at(point))
            self.context.message(tr("Click the map where the new plant would go"))

    def what_if_at(self, point, values=None) -> None:
        """Work out in the background what a plant at ``point`` (canvas CRS) would join, with ``values`` (site
        dict, streams frame or None) or what the user types in the dialog; one what-if at a time."""
        sites = self.inputs.sites_combo.currentLayer()
        if sites is None or self.whatif_task is not None:
            return
        if values is None:
            dialog = WhatIfDialog(self, nace_choices(Catalogue.load().profiles))
            if not dialog.exec():
                return
            values = dialog.values()
        site, new_streams = values
        name = site.get("name") or site["site_id"]
        self.context.tools.stop()
        # the Parameters tab and the extra rules, as the scenario runs use them
        try:
            figures = self.parameters.parameters()
        except ValueError as exc:
            self.context.message(str(exc), Qgis.MessageLevel.Warning)
            return
        crs = self.context.canvas.mapSettings().destinationCrs()
        location = point
        if crs.isValid() and crs != sites.crs():
            try:
                transform = QgsCoordinateTransform(crs, sites.crs(), self.context.project.transformContext())
                location = transform.transform(point)
            except QgsCsException as exc:
                # the words of ecopark:whatif, which said this when the panel went through it
                why = QCoreApplication.translate("WhatIfPlant", "The point cannot be placed in the sites' CRS {}: {}")
                self._failed(name, why.format(sites.crs().authid(), exc))
                return
        extra = self.inputs.catalogue_file()
        try:
            job = job_from_layers(
                sites,
                self.inputs.streams_combo.currentLayer(),
                site_fields=self.inputs.mapping(self.inputs.site_fields),
                stream_fields=self.inputs.mapping(self.inputs.stream_fields),
                params=figures,
                catalogue=Catalogue.load([extra] if extra else None),
            )
        except (EcoParkError, ValueError, OSError) as exc:
            self._failed(name, str(exc))
            return
        task = WhatIfTask(job, site, (location.x(), location.y()), new_streams, tr("What if: {}").format(name))
        task.done.connect(partial(self._what_if_done, point=point, crs=crs, sites_crs=sites.crs()))
        self.whatif_task = task
        self.whatif_result.setText(tr("Working out what '{}' would join…").format(name))
        QgsApplication.taskManager().addTask(task)

    def _failed(self, name: str, why: str | None) -> None:
        """Say why the what-if of plant ``name`` has no answer (an id in use, a NACE code without a
        profile...), not just that it failed."""
        self.whatif_result.setText(why or tr("The what-if run failed; details in the log panel"))
        self.context.message(tr("What if '{}': the run failed").format(name), Qgis.MessageLevel.Critical)

    def _what_if_done(self, task: WhatIfTask, point, crs, sites_crs) -> None:
        """Put the answer on the map: the exchanges the plant joins (in the sites' CRS ``sites_crs``) and the
        plant itself at ``point`` (in ``crs``, the canvas's when it was clicked)."""
        self.whatif_task = None
        name = task.site.get("name") or task.site["site_id"]
        answer = task.answer
        if answer is None:
            self._failed(name, None if task.details else task.error)
            return
        # straight lines (no networks here), also when none is joined; kept in the scenario's GeoPackage
        gpkg = self.whatif_gpkg()
        base = f"whatif_{slug(name).lower()}"
        try:
            self._forget_layers(gpkg, (base, f"{base}_site"))
            joined = write_layer(answer.joined[[*EXCHANGE_FIELDS, "geometry"]], gpkg, base)
            plant = write_layer(plant_frame(name, point, crs), gpkg, f"{base}_site")
        except EcoParkError as exc:
            self._failed(name, str(exc))
            return
        joined.setName(tr("What if: {}").format(name))
        apply_style(joined, "exchanges")
        plant.setName(tr("What if: {} (site)").format(name))
        style_plant(plant)
        self._add_to_map([plant, joined])
        # the answer in view: the plant and the partners it would join, which a map zoomed to a whole park
        # (or in close on the click) shows a few pixels of, or not at all
        self.context.zoom_to([plant, joined])
        self.whatif_layer = joined
        self.whatif_result.setText(
            tr(
                "'{}' would join %n exchange(s): net benefit {} EUR/yr, CO2 avoided {} t/yr for the park",
                len(answer.joined),
            ).format(name, signed(answer.net_benefit_gain), signed(answer.co2_gain))
        )

    def whatif_gpkg(self) -> Path:
        """Where what-ifs are kept: the chosen scenario's GeoPackage, else ``whatif.gpkg`` in the Run tab's
        output folder (no scenario run yet)."""
        scenario = self.context.store.get(self.siting_scenario.currentText())
        if scenario is not None:
            return Path(scenario.gpkg)
        folder = self.output_folder() if self.output_folder is not None else Path.home()
        return Path(folder) / "whatif.gpkg"

    def _forget_layers(self, gpkg: Path, names) -> None:
        """Take the layers ``names`` of ``gpkg`` off the map before they are written again."""
        project = self.context.project
        gone = [
            layer.id()
            for layer in project.mapLayers().values()
            if isinstance(layer, QgsVectorLayer) and any(is_file_layer(layer, gpkg, n) for n in names)
        ]
        if gone:
            self.context.canvas.stopRendering()
            project.removeMapLayers(gone)

    def _add_to_map(self, layers) -> None:
        """Add ``layers`` at the top of the chosen scenario's group (when on the map), else of the tree."""
        project = self.context.project
        group = project.layerTreeRoot().findGroup(self.siting_scenario.currentText() or "\0")
        for layer in reversed(layers):
            if group is None:
                project.addMapLayer(layer)
            else:
                project.addMapLayer(layer, False)
                group.insertLayer(0, layer)

    def unload(self) -> None:
        """Stop a what-if still running (its answer would have no panel to go to)."""
        if self.whatif_task is not None:
            self.whatif_task.done.disconnect()
            self.whatif_task.cancel()


def gather_into_group(project, name: str, gpkg: str | Path) -> int:
    """Move the layers at the top of ``project``'s tree that are layers of the GeoPackage ``gpkg`` into the
    group ``name`` (when on the map), on top, as they were checked; the count moved."""
    root = project.layerTreeRoot()
    group = root.findGroup(name)
    if group is None:
        return 0
    moved = 0
    for node in [n for n in root.children() if isinstance(n, QgsLayerTreeLayer)]:
        layer = node.layer()
        if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
            continue
        if Path(file_layer(layer.source())[0]).resolve() != Path(gpkg).resolve():
            continue
        group.insertChildNode(moved, node.clone())
        root.removeChildNode(node)
        moved += 1
    return moved
