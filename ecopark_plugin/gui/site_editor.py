"""Editing sites from the map: pick a site to see and edit its fields and its streams (outputs and
inputs), or click the map to add a new site. Changes go through the layers' edit buffers; a layer the
user was already editing is left in editing mode for them to save, any other is committed."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsMapToolEmitPoint, QgsMapToolIdentifyFeature
from qgis.PyQt.QtCore import QCoreApplication, QMetaType, Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.model.inputs import SITE_FIELDS
from ..core.model.units import UnknownUnit, parse_unit
from .context import dialog_buttons


def tr(text: str) -> str:
    return QCoreApplication.translate("SiteEditor", text)


#: the streams table's columns (model fields) in the editor
STREAM_COLUMNS = ("direction", "stream", "quantity", "unit", "ewc")
DIRECTIONS = ("output", "input")
#: offered in the unit box; any unit the engine reads may be typed (see core/units.py)
UNIT_CHOICES = ("t", "kt", "t/day", "MWh", "GWh", "GJ", "m3", "m3/day")


class EditError(ValueError):
    """A value the user typed that the layer cannot take; the message names layer, feature and field."""


def _value(feature: QgsFeature, field: str | None):
    if not field:
        return None
    value = feature[field]
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def _same(a, b) -> bool:
    return str(a) == str(b)


class SiteDialog(QDialog):
    """A site's fields and the rows of the streams table that belong to it, editable."""

    def __init__(
        self,
        sites: QgsVectorLayer,
        feature: QgsFeature,
        site_fields: dict,
        streams=None,
        stream_fields=None,
        parent=None,
    ):
        super().__init__(parent)
        self.sites, self.feature, self.site_fields = sites, feature, site_fields
        self.streams, self.stream_fields = streams, stream_fields or {}
        self.site_id = _value(feature, site_fields.get("site_id"))
        self.setWindowTitle(tr("Site: {}").format(_value(feature, site_fields.get("name")) or self.site_id))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "site_id": tr("Identifier"),
            "name": tr("Name"),
            "nace": tr("NACE code"),
            "hazard_class": tr("Hazard class (1-5)"),
            "waste_nonhw_t": tr("Non-hazardous waste, t/yr"),
            "waste_hw_t": tr("Hazardous waste, t/yr"),
            "production": tr("Production or capacity a year"),
            "production_unit": tr("Production unit (t, hl, MWth, PE)"),
        }
        for key in SITE_FIELDS:
            field = site_fields.get(key)
            if not field or sites.fields().indexOf(field) < 0:
                continue
            edit = QLineEdit("" if _value(feature, field) is None else str(_value(feature, field)))
            edit.setObjectName(f"site_{key}")
            edit.setToolTip(tr("Field '{}' of layer '{}'").format(field, sites.name()))
            self.edits[key] = edit
            form.addRow(labels[key], edit)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Outputs and inputs (streams table)")))
        self.table = QTableWidget(0, len(STREAM_COLUMNS))
        self.table.setObjectName("streamsTable")
        self.table.setHorizontalHeaderLabels(
            [tr("Direction"), tr("Stream"), tr("Quantity a year"), tr("Unit"), tr("EWC code")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add stream"))
        self.remove_button = QPushButton(tr("Remove stream"))
        self.add_button.clicked.connect(lambda: self.add_row({"direction": "output", "unit": "t"}))
        self.remove_button.clicked.connect(self.remove_rows)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.note = _note()
        layout.addWidget(self.note)
        layout.addWidget(_ok_cancel(self))
        self.fids: list[int | None] = []
        self.removed: list[int] = []
        if streams is None:
            self.note.setText(tr("Choose a streams table in the panel to edit this site's outputs and inputs."))
            for w in (self.table, self.add_button, self.remove_button):
                w.setEnabled(False)
        else:
            field = self.stream_fields.get("site_id")
            request = QgsFeatureRequest().setFilterExpression(_equals(field, self.site_id))
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
            for f in streams.getFeatures(request):
                self.add_row({k: _value(f, self.stream_fields.get(k)) for k in STREAM_COLUMNS}, f.id())
        self.resize(640, 480)

    def add_row(self, values: dict, fid: int | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        direction = QComboBox()
        direction.addItems(DIRECTIONS)
        direction.setCurrentText(str(values.get("direction") or "output").lower())
        self.table.setCellWidget(row, 0, direction)
        unit = QComboBox()
        unit.setEditable(True)
        unit.addItems(UNIT_CHOICES)
        unit.setCurrentText(str(values.get("unit") or "t"))
        self.table.setCellWidget(row, 3, unit)
        for col, key in ((1, "stream"), (2, "quantity"), (4, "ewc")):
            value = values.get(key)
            self.table.setItem(row, col, QTableWidgetItem("" if value is None else str(value)))
        self.fids.append(fid)

    def remove_rows(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            fid = self.fids.pop(row)
            if fid is not None:
                self.removed.append(fid)
            self.table.removeRow(row)

    def stream_rows(self) -> list[dict]:
        """The table's rows as model values, checked; raises :class:`EditError` naming the row and column."""
        rows = []
        layer = self.streams.name() if self.streams is not None else "streams"
        for row in range(self.table.rowCount()):
            values = {
                "direction": self.table.cellWidget(row, 0).currentText(),
                "stream": (self.table.item(row, 1).text() if self.table.item(row, 1) else "").strip(),
                "quantity": (self.table.item(row, 2).text() if self.table.item(row, 2) else "").strip(),
                "unit": self.table.cellWidget(row, 3).currentText().strip(),
                "ewc": (self.table.item(row, 4).text() if self.table.item(row, 4) else "").strip() or None,
            }
            where = tr("{}: row {} of site {}").format(layer, row + 1, self.site_id)
            if not values["stream"]:
                raise EditError(tr("{}, field 'stream': give the stream's name").format(where))
            try:
                values["quantity"] = float(values["quantity"].replace(",", "").replace(" ", ""))
            except ValueError:
                raise EditError(
                    tr("{}, field 'quantity': '{}' is not a number").format(where, values["quantity"])
                ) from None
            if values["quantity"] < 0:
                raise EditError(tr("{}, field 'quantity': must not be negative").format(where))
            try:
                parse_unit(values["unit"])
            except UnknownUnit as exc:
                raise EditError(tr("{}, field 'unit': {}").format(where, exc)) from None
            rows.append(values)
        return rows

    def site_values(self) -> dict:
        values = {k: e.text().strip() for k, e in self.edits.items()}
        where = tr("{}: feature {}").format(self.sites.name(), self.feature.id())
        for key in ("site_id", "name", "nace"):
            if key in values and not values[key]:
                raise EditError(tr("{}, field '{}': must not be empty").format(where, self.site_fields[key]))
        if values.get("hazard_class") and values["hazard_class"] not in ("1", "2", "3", "4", "5"):
            raise EditError(
                tr("{}, field '{}': hazard class is 1 to 5").format(where, self.site_fields["hazard_class"])
            )
        return values

    def accept(self) -> None:
        try:
            site = self.site_values()
            streams = self.stream_rows() if self.streams is not None else None
            apply_site_edits(self, site, streams)
        except EditError as exc:
            self.note.setText(str(exc))
            return
        super().accept()


def _ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    return dialog_buttons(dialog)


def _note() -> QLabel:
    """Where a dialog says what is wrong: plain text (user data is never read as markup), in red."""
    note = QLabel()
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setStyleSheet("color: #b00020")
    return note


def _equals(field: str, value) -> str:
    return f"{QgsExpression.quotedColumnRef(field)} = {QgsExpression.quotedValue(value)}"


def _typed(layer: QgsVectorLayer, field: str, text, where: str):
    """``text`` converted to the type of ``field`` of ``layer``."""
    qfield = layer.fields().field(field)
    if text is None or text == "":
        return None
    try:
        value = qfield.convertCompatible(text)
    except ValueError:
        raise EditError(
            tr("{}, field '{}': '{}' does not fit a {} field").format(where, field, text, qfield.typeName())
        ) from None
    if qfield.isNumeric() and qfield.type() != QMetaType.Type.Double and float(text) != value:
        raise EditError(tr("{}, field '{}': the field holds whole numbers, not '{}'").format(where, field, text))
    return value


def _begin(layer: QgsVectorLayer) -> bool:
    """Start editing ``layer``; True when this call started it (and so should commit it)."""
    if layer.isEditable():
        return False
    if not layer.startEditing():
        raise EditError(tr("{}: the layer cannot be edited").format(layer.name()))
    return True


def _finish(layer: QgsVectorLayer, started: bool) -> None:
    if started and not layer.commitChanges():
        errors = "; ".join(layer.commitErrors())
        _roll_back(layer)
        raise EditError(tr("{}: the changes could not be saved: {}").format(layer.name(), errors))


def _roll_back(layer: QgsVectorLayer) -> None:
    """Undo the edit session this module began; one that cannot be undone is an error of its own."""
    if not layer.rollBack():
        raise EditError(
            tr("{}: the edits could not be undone; discard them in the layer's edit mode").format(layer.name())
        )


def apply_site_edits(dialog: SiteDialog, site: dict, streams: list[dict] | None) -> None:
    """Write the dialog's values into the sites layer and the streams table."""
    layer, feature = dialog.sites, dialog.feature
    started = _begin(layer)
    where = tr("{}: feature {}").format(layer.name(), feature.id())
    try:
        for key, text in site.items():
            field = dialog.site_fields[key]
            value = _typed(layer, field, text, where)
            if not _same(_value(feature, field), value):
                if not layer.changeAttributeValue(feature.id(), layer.fields().indexOf(field), value):
                    raise EditError(tr("{}: field {} could not be changed").format(where, field))
    except EditError:
        if started:
            _roll_back(layer)
        raise
    _finish(layer, started)
    if streams is None:
        return
    table, fields = dialog.streams, dialog.stream_fields
    site_id = site.get("site_id", dialog.site_id)
    started = _begin(table)
    try:
        table.deleteFeatures(dialog.removed)
        for fid, values in zip(dialog.fids, streams):
            values = {**values, "site_id": site_id}
            if fid is None:
                feature = QgsFeature(table.fields())
                for key, value in values.items():
                    if fields.get(key):
                        feature[fields[key]] = _typed(table, fields[key], value, table.name())
                if not table.addFeature(feature):
                    raise EditError(tr("{}: a stream row could not be added").format(table.name()))
                continue
            for key, value in values.items():
                if fields.get(key):
                    idx = table.fields().indexOf(fields[key])
                    if not table.changeAttributeValue(fid, idx, _typed(table, fields[key], value, table.name())):
                        raise EditError(
                            tr("{}: feature {}, field {} could not be changed").format(table.name(), fid, fields[key])
                        )
    except EditError:
        if started:
            _roll_back(table)
        raise
    _finish(table, started)


class NewSiteDialog(QDialog):
    """Identifier, name, NACE code and hazard class of a site added by clicking the map."""

    def __init__(self, sites: QgsVectorLayer, site_fields: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("New site in '{}'").format(sites.name()))
        layout = QFormLayout(self)
        taken = set()
        id_field = site_fields.get("site_id")
        if id_field:
            taken = {str(v) for v in sites.uniqueValues(sites.fields().indexOf(id_field))}
        n = 1
        while f"NEW-{n}" in taken:
            n += 1
        self.taken = taken
        self.edits = {
            "site_id": QLineEdit(f"NEW-{n}"),
            "name": QLineEdit(),
            "nace": QLineEdit(),
            "hazard_class": QLineEdit(),
        }
        labels = (tr("Identifier"), tr("Name"), tr("NACE code (e.g. 23.51)"), tr("Hazard class (1-5, optional)"))
        for (key, edit), label in zip(self.edits.items(), labels):
            edit.setObjectName(f"new_{key}")
            layout.addRow(label, edit)
        self.note = _note()
        layout.addRow(self.note)
        layout.addRow(_ok_cancel(self))

    def values(self) -> dict:
        values = {k: e.text().strip() for k, e in self.edits.items()}
        if not values["site_id"] or values["site_id"] in self.taken:
            raise EditError(tr("Identifier '{}' is empty or taken").format(values["site_id"]))
        if not values["name"]:
            raise EditError(tr("Give the site a name"))
        if not values["nace"]:
            raise EditError(tr("Give the site's NACE code, e.g. 35.11 for a power station"))
        if values["hazard_class"] and values["hazard_class"] not in ("1", "2", "3", "4", "5"):
            raise EditError(tr("Hazard class is 1 to 5, or empty to take it from the NACE code"))
        return values

    def accept(self) -> None:
        try:
            self.values()
        except EditError as exc:
            self.note.setText(str(exc))
            return
        super().accept()


def add_site(sites: QgsVectorLayer, site_fields: dict, values: dict, point, point_crs) -> int:
    """Add a point site at ``point`` (in ``point_crs``) to ``sites``; the new feature's id (negative until a
    layer the user is editing is saved)."""
    if QgsWkbTypes.geometryType(sites.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
        raise EditError(
            tr("{}: the layer holds polygons; draw the new site with QGIS's digitizing tools").format(sites.name())
        )
    transform = QgsCoordinateTransform(point_crs, sites.crs(), QgsProject.instance())
    feature = QgsFeature(sites.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(transform.transform(point)))
    where = tr("{}: new site").format(sites.name())
    for key, text in values.items():
        field = site_fields.get(key)
        if field and sites.fields().indexOf(field) >= 0:
            feature[field] = _typed(sites, field, text, where)
        elif text and key in ("site_id", "name", "nace"):
            raise EditError(tr("{}: no field is mapped to '{}'").format(where, key))
    started = _begin(sites)
    if not sites.addFeature(feature):
        if started:
            _roll_back(sites)
        raise EditError(tr("{}: the feature could not be added").format(sites.name()))
    fid = feature.id()
    _finish(sites, started)
    return fid


class PickSiteTool(QgsMapToolIdentifyFeature):
    """Click a site on the map; ``featureIdentified`` carries it."""

    def __init__(self, canvas, layer: QgsVectorLayer):
        super().__init__(canvas, layer)
        self.setLayer(layer)


class AddSiteTool(QgsMapToolEmitPoint):
    """Click the map where a new site goes; ``canvasClicked`` carries the point (canvas CRS)."""
