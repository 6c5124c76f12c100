"""The Run tab's inputs: the sites and streams layers with their field mapping, networks, housing and rule
tables; the mapping chosen for a layer is remembered in the project."""

from __future__ import annotations

import json

from qgis.core import Qgis
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..core.model.inputs import SITE_FIELDS, SITE_REQUIRED, STREAM_FIELDS, STREAM_REQUIRED, FieldMapping
from .context import layer_combo, tr
from .scenarios import SCOPE


def field_labels() -> dict[str, str]:
    """The label of each model field's chooser."""
    return {
        "site_id": tr("Identifier field"),
        "name": tr("Name field"),
        "nace": tr("NACE code field"),
        "hazard_class": tr("Hazard class field"),
        "waste_nonhw_t": tr("Non-hazardous waste field"),
        "waste_hw_t": tr("Hazardous waste field"),
        "production": tr("Production or capacity field"),
        "production_unit": tr("Production unit field"),
        "direction": tr("Direction field"),
        "stream": tr("Stream field"),
        "quantity": tr("Quantity field"),
        "unit": tr("Unit field"),
        "ewc": tr("EWC code field"),
        "fkko": tr("FKKO code field"),
    }


class InputsForm(QWidget):
    """The layers and files a run reads, as group boxes in the Run tab.

    ``sitesReset`` is emitted when the site field choosers are refilled for another sites layer (a map tool
    working on the old layer must stop).
    """

    sitesReset = pyqtSignal()  # noqa: N815 - Qt naming

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._sites_box())
        layout.addWidget(self._streams_box())
        layout.addWidget(self._networks_box())
        layout.addWidget(self._more_box())

        self.sites_combo.layerChanged.connect(lambda layer: self.layer_changed(layer, self.site_fields, SITE_FIELDS))
        self.streams_combo.layerChanged.connect(
            lambda layer: self.layer_changed(layer, self.stream_fields, STREAM_FIELDS)
        )
        for combos, chooser in ((self.site_fields, self.sites_combo), (self.stream_fields, self.streams_combo)):
            for combo in combos.values():
                combo.fieldChanged.connect(lambda _f, c=combos, lc=chooser: self._remember_fields(lc.currentLayer(), c))

    # -- building the boxes -----------------------------------------------------------------------

    def _sites_box(self) -> QGroupBox:
        box = QGroupBox(tr("Industrial sites"))
        form = QFormLayout(box)
        self.sites_combo = layer_combo("sitesLayer", Qgis.LayerFilter.PointLayer | Qgis.LayerFilter.PolygonLayer)
        form.addRow(tr("Layer"), self.sites_combo)
        self.site_fields = self._field_combos(form, SITE_FIELDS, SITE_REQUIRED)
        tools = QHBoxLayout()
        self.edit_site_button = QPushButton(tr("Edit a site…"))
        self.edit_site_button.setObjectName("editSite")
        self.edit_site_button.setToolTip(tr("Click a site on the map to see and edit its outputs and inputs"))
        self.edit_site_button.setCheckable(True)
        self.add_site_button = QPushButton(tr("Add a site…"))
        self.add_site_button.setObjectName("addSite")
        self.add_site_button.setToolTip(tr("Click the map where a new site goes"))
        self.add_site_button.setCheckable(True)
        tools.addWidget(self.edit_site_button)
        tools.addWidget(self.add_site_button)
        form.addRow(tools)
        self.import_button = QPushButton(tr("Import a register's table…"))
        self.import_button.setObjectName("importTable")
        self.import_button.setToolTip(
            tr("Read a CSV, XLSX or any table with coordinate columns as sites: columns, codes and CRS checked")
        )
        form.addRow(self.import_button)
        return box

    def _streams_box(self) -> QGroupBox:
        box = QGroupBox(tr("Streams table (outputs and inputs)"))
        form = QFormLayout(box)
        self.streams_combo = layer_combo(
            "streamsLayer", Qgis.LayerFilter.VectorLayer, tr("none: infer from the sectors")
        )
        form.addRow(tr("Table"), self.streams_combo)
        self.stream_fields = self._field_combos(form, STREAM_FIELDS, STREAM_REQUIRED)
        return box

    def _networks_box(self) -> QGroupBox:
        box = QGroupBox(tr("Road network and housing (optional)"))
        form = QFormLayout(box)
        self.network_combo = layer_combo("networkLayer", Qgis.LayerFilter.LineLayer, tr("none"))
        form.addRow(tr("Road layer"), self.network_combo)
        self.network_file = QgsFileWidget()
        self.network_file.setObjectName("networkFile")
        self.network_file.setFilter(tr("OpenStreetMap extract (*.osm.pbf *.osm)"))
        self.network_file.setToolTip(tr("Or an OSM extract, read directly (used when no road layer is chosen)"))
        form.addRow(tr("or OSM file"), self.network_file)
        self.housing_combo = layer_combo(
            "housingLayer", Qgis.LayerFilter.PolygonLayer | Qgis.LayerFilter.PointLayer, tr("none")
        )
        form.addRow(tr("Housing layer"), self.housing_combo)
        self.housing_kind = QComboBox()
        for key, text in (
            ("auto", tr("guess")),
            ("buildings", tr("buildings")),
            ("landuse", tr("residential land")),
            ("population", tr("population grid or points")),
        ):
            self.housing_kind.addItem(text, key)
        form.addRow(tr("Housing holds"), self.housing_kind)
        self.population_field = QgsFieldComboBox()
        self.population_field.setAllowEmptyFieldName(True)
        self.housing_combo.layerChanged.connect(self.population_field.setLayer)
        form.addRow(tr("Population field"), self.population_field)
        return box

    def _more_box(self) -> QgsCollapsibleGroupBox:
        box = QgsCollapsibleGroupBox(tr("Rail, sea and rule tables (optional)"))
        box.setObjectName("moreInputs")
        box.setCollapsed(True)
        form = QFormLayout(box)
        self.rail_combo = layer_combo("railLayer", Qgis.LayerFilter.LineLayer, tr("none"))
        form.addRow(tr("Rail lines"), self.rail_combo)
        self.terminals_combo = layer_combo("terminalsLayer", Qgis.LayerFilter.PointLayer, tr("none"))
        form.addRow(tr("Rail freight terminals"), self.terminals_combo)
        self.ports_combo = layer_combo("portsLayer", Qgis.LayerFilter.PointLayer, tr("none"))
        form.addRow(tr("Ports"), self.ports_combo)
        self.water_combo = layer_combo("waterLayer", Qgis.LayerFilter.LineLayer, tr("none"))
        form.addRow(tr("Waterways between ports"), self.water_combo)
        self.rule_files = {}
        for key, label, tip in (
            (
                "catalogue",
                tr("Extra exchange rules"),
                tr("CSV in the form of exchange_rules.csv; rows replace shipped rules of the same rule_id"),
            ),
            (
                "zone_rules",
                tr("Pollution-reduction rule"),
                tr("CSV in the form of zone_reduction.csv (default: the shipped one)"),
            ),
            (
                "hazard_classes",
                tr("Hazard class table"),
                tr("CSV in the form of hazard_classes.csv (default: the shipped one)"),
            ),
        ):
            widget = QgsFileWidget()
            widget.setObjectName(f"{key}File")
            widget.setFilter(tr("CSV tables (*.csv)"))
            widget.setToolTip(tip)
            self.rule_files[key] = widget
            form.addRow(label, widget)
        return box

    def _field_combos(self, form: QFormLayout, names, required) -> dict[str, QgsFieldComboBox]:
        combos = {}
        labels = field_labels()
        for name in names:
            combo = QgsFieldComboBox()
            combo.setObjectName(f"field_{name}")
            combo.setAllowEmptyFieldName(name not in required)
            combos[name] = combo
            form.addRow(labels[name] + ("" if name not in required else " *"), combo)
        return combos

    # -- what is chosen -----------------------------------------------------------------------------

    def more_combos(self) -> dict:
        """The rail, terminal, port and waterway choosers by the key of their source."""
        return {
            "rail": self.rail_combo,
            "terminals": self.terminals_combo,
            "ports": self.ports_combo,
            "water": self.water_combo,
        }

    @staticmethod
    def mapping(combos: dict) -> dict:
        """model field -> chosen field of the layer, for the fields chosen."""
        return {name: combo.currentField() for name, combo in combos.items() if combo.currentField()}

    def catalogue_file(self) -> str:
        """The extra exchange rules' file, or ''."""
        return self.rule_files["catalogue"].filePath().strip()

    def missing_fields(self) -> str | None:
        """Why the chosen layers cannot be read (a required field not chosen), or None."""
        sites = self.sites_combo.currentLayer()
        if sites is None:
            return tr("Choose the layer of industrial sites")
        missing = [n for n in SITE_REQUIRED if not self.site_fields[n].currentField()]
        if missing:
            return tr("Layer '{}': choose the field of {}").format(sites.name(), ", ".join(missing))
        streams = self.streams_combo.currentLayer()
        if streams is not None:
            missing = [n for n in STREAM_REQUIRED if not self.stream_fields[n].currentField()]
            if missing:
                return tr("Table '{}': choose the field of {}").format(streams.name(), ", ".join(missing))
        return None

    # -- field mapping, remembered per project ------------------------------------------------------

    def layer_changed(self, layer, combos: dict, names) -> None:
        """Point ``combos`` at ``layer``, each on the field remembered for it or guessed from the names."""
        stored = self._stored_fields(layer)
        guessed = FieldMapping.guess(layer.fields().names(), names, stored).fields if layer is not None else {}
        for name, combo in combos.items():
            combo.blockSignals(True)
            combo.setLayer(layer)
            combo.setField(guessed.get(name) or "")
            combo.blockSignals(False)
        if combos is self.site_fields:
            self.sitesReset.emit()

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

    # -- what the form remembers --------------------------------------------------------------------

    def _choosers(self) -> dict:
        return {
            "sites": self.sites_combo,
            "streams": self.streams_combo,
            "network": self.network_combo,
            "housing": self.housing_combo,
            **self.more_combos(),
        }

    def state(self) -> dict:
        """The choices, layers by id, as kept in the project."""
        layers = {}
        for key, combo in self._choosers().items():
            layers[key] = combo.currentLayer().id() if combo.currentLayer() else None
        return {
            **layers,
            "network_file": self.network_file.filePath(),
            "housing_kind": self.housing_kind.currentData(),
            **{f"{key}_file": widget.filePath() for key, widget in self.rule_files.items()},
        }

    def set_state(self, state: dict) -> None:
        """The choices of :meth:`state`; layers no longer in the project are left empty (the sites chooser keeps
        the layer it shows: it has no empty choice)."""
        for key, combo in self._choosers().items():
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
        self.layer_changed(self.sites_combo.currentLayer(), self.site_fields, SITE_FIELDS)
        self.layer_changed(self.streams_combo.currentLayer(), self.stream_fields, STREAM_FIELDS)
