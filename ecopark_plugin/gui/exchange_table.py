"""The results table: exchanges of a scenario's layer, sortable and filterable, with a totals row that
stays last and sums what the filter shows, and a selection kept in step with the map both ways."""

from __future__ import annotations

import csv
import functools
import math
import os
import tempfile
from pathlib import Path

from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtWidgets import QHeaderView, QMenu, QTableView

from ..core.model.i18n import language_of, using
from ..core.report.evidence import phrases
from ..core.symbiosis.catalogue import Catalogue
from ..qgis_io import settings
from .context import number, two_lines


def tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeTable", text)


#: (field, header, decimals for numbers or None for text)
COLUMNS = (
    ("exchange_id", "#", 0),
    ("supplier_name", "Supplier", None),
    ("receiver_name", "Receiver", None),
    ("stream_en", "Stream", None),
    ("family", "Family", None),
    ("quantity_selected", "Quantity", 0),
    ("unit", "Unit", None),
    ("distance_km", "km", 1),
    ("mode_chain", "Mode", None),
    ("transport_cost", "Transport EUR/yr", 0),
    ("net_benefit", "Net benefit EUR/yr", 0),
    ("co2_avoided_t", "CO2 avoided t/yr", 0),
    ("basis", "Rests on", None),
    ("reason", "Why not chosen", None),
)
FIELDS = tuple(c[0] for c in COLUMNS)
#: the columns shown until the user picks others (header's context menu): who gives what to whom and what it
#: earns; together they fit the panel's default width
DEFAULT_COLUMNS = ("supplier_name", "receiver_name", "stream_en", "net_benefit", "co2_avoided_t")
#: where the columns the user picked are remembered (under ecopark/)
COLUMNS_KEY = "results/columns"
#: fields read for a row's tooltip: why it is proposed, what would make it fail, whether it exists already
EXPLAINED = ("explanation", "fails_if", "existing", "existing_basis")
SUMMED = ("transport_cost", "net_benefit", "co2_avoided_t")
#: text colour of the candidates not chosen
NOT_CHOSEN = QColor("#777777")
#: the raw value of a cell, for sorting and export
RawRole = Qt.ItemDataRole.UserRole + 1


def headers() -> list[str]:
    return [
        tr("#"),
        tr("Supplier"),
        tr("Receiver"),
        tr("Stream"),
        tr("Family"),
        tr("Quantity"),
        tr("Unit"),
        tr("km"),
        tr("Mode"),
        tr("Transport EUR/yr"),
        tr("Net benefit EUR/yr"),
        tr("CO2 avoided t/yr"),
        tr("Rests on"),
        tr("Why not chosen"),
    ]


@functools.lru_cache(maxsize=1)
def russian_streams() -> dict[str, str]:
    """rule_id -> the shipped catalogue's Russian name of its stream (the report's names too)."""
    try:
        rules = Catalogue.load().rules
    except Exception:  # noqa: BLE001 - an unreadable catalogue: the English names stay
        return {}
    if "stream_ru" not in rules.columns:
        return {}
    return {str(r): n for r, n in zip(rules["rule_id"], rules["stream_ru"]) if isinstance(n, str) and n.strip()}


def shown_values() -> dict[str, dict[str, str]]:
    """The codes of the text columns as the user's language names them: modes, units, families, bases."""
    return {
        "mode_chain": {"truck": tr("truck"), "rail": tr("rail"), "ship": tr("ship"), "pipeline": tr("pipeline")},
        "unit": {"t": tr("t"), "MWh": tr("MWh"), "m3": tr("m3")},
        "family": {
            "energy": tr("energy"),
            "minerals": tr("minerals"),
            "metals": tr("metals"),
            "chemicals": tr("chemicals"),
            "organics": tr("organics"),
            "water": tr("water"),
        },
        "basis": {"reported": tr("reported"), "derived": tr("derived"), "default": tr("default")},
    }


def shown(row: dict, key: str, language: str) -> str:
    """The text a text cell shows: the stream by the catalogue's Russian name in Russian, codes translated."""
    value = row.get(key)
    if value is None:
        return ""
    text = str(value)
    if key == "stream_en" and language == "ru":
        return russian_streams().get(str(row.get("rule_id") or ""), text)
    names = shown_values().get(key)
    if names is None:
        return text
    if key == "mode_chain":
        return "+".join(names.get(part, part) for part in text.split("+"))
    return names.get(text, text)


def _number(value) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _text(value, decimals) -> str:
    if decimals is None:
        return "" if value is None else str(value)
    value = _number(value)
    return "" if value is None else number(value, decimals)


class ExchangeModel(QAbstractTableModel):
    """The exchanges of one layer, one row each, and a last row for the totals (filled by the proxy)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.fids: list[int] = []
        self.selected: list[bool] = []
        self.totals: dict = {}
        self.language = "en"

    def load(self, layer: QgsVectorLayer | None) -> None:
        self.beginResetModel()
        self.language = language_of(QLocale().name())
        self.rows, self.fids, self.selected = [], [], []
        if layer is not None and layer.isValid():
            names = layer.fields().names()
            request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
            for feature in layer.getFeatures(request):
                values = dict(zip(names, feature.attributes()))
                row = {key: _plain(values.get(key)) for key in (*FIELDS, *EXPLAINED, "rule_id")}
                self.rows.append(row)
                self.fids.append(feature.id())
                self.selected.append(bool(_plain(values.get("selected"))))
        self.endResetModel()

    @property
    def totals_row(self) -> int:
        return len(self.rows)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt naming and default
        return 0 if parent.isValid() else len(self.rows) + 1

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return headers()[section]
        if role == Qt.ItemDataRole.DisplayRole:
            text = headers()[section]
            # a figure's header on two lines: the column is about as wide as its figures
            return two_lines(text) if COLUMNS[section][2] is not None else text
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key, _, decimals = COLUMNS[index.column()]
        if index.row() == self.totals_row:
            return self._totals_data(key, decimals, role)
        value = self.rows[index.row()][key]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), key)
        if role == RawRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and decimals is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "reason":
            return _text(value, None)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._explanation(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and not self.selected[index.row()]:
            return NOT_CHOSEN
        return None

    def text(self, row: int, key: str) -> str:
        """What the cell of ``row`` and field ``key`` shows."""
        values = self.rows[row]
        decimals = COLUMNS[FIELDS.index(key)][2]
        if decimals is not None:
            return _text(values[key], decimals)
        if key == "basis" and values.get("existing"):
            return tr("{} (exists already)").format(shown(values, key, self.language))
        return shown(values, key, self.language)

    def _explanation(self, row: int) -> str | None:
        """Why the exchange is proposed, what would make it fail, and whether it exists already."""
        values = self.rows[row]
        parts = [_text(values.get("explanation"), None)]
        # the layers keep these phrases in English; the tooltip shows them in the user's language
        with using(self.language):
            if values.get("fails_if"):
                parts.append(tr("Would fail if: {}").format(phrases(values["fails_if"])))
            if values.get("existing"):
                parts.append(tr("Baseline: {}").format(phrases(_text(values.get("existing_basis"), None))))
        text = "\n".join(p for p in parts if p)
        return text or None

    def _totals_data(self, key, decimals, role):
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and decimals is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole or not self.totals:
            return None
        if key == "supplier_name":
            return tr("Total of {} chosen shown").format(self.totals["count"])
        if key == "quantity_selected":
            return "; ".join(f"{number(q)} {u}" for u, q in sorted(self.totals["by_unit"].items()))
        if key in SUMMED:
            return number(self.totals[key])
        return None


def _plain(value):
    """A QVariant NULL as None."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    return value


class ExchangeFilter(QSortFilterProxyModel):
    """Filters rows by text and by chosen/all, sorts by raw values, keeps the totals row last."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.chosen_only = True
        self.setSortRole(RawRole)

    def set_filter(self, text: str | None = None, chosen_only: bool | None = None) -> None:
        if text is not None:
            self.text = text.strip().lower()
        if chosen_only is not None:
            self.chosen_only = chosen_only
        self.invalidateFilter()
        self.update_totals()

    def update_totals(self) -> None:
        model = self.sourceModel()
        if model is None:
            return
        totals = {"count": 0, "by_unit": {}, **{k: 0.0 for k in SUMMED}}
        for row in range(len(model.rows)):
            if not model.selected[row] or not self.filterAcceptsRow(row, QModelIndex()):
                continue
            values = model.rows[row]
            totals["count"] += 1
            unit = values["unit"] or ""
            totals["by_unit"][unit] = totals["by_unit"].get(unit, 0.0) + (_number(values["quantity_selected"]) or 0)
            for key in SUMMED:
                totals[key] += _number(values[key]) or 0.0
        model.totals = totals
        last = model.totals_row
        model.dataChanged.emit(model.index(last, 0), model.index(last, len(COLUMNS) - 1))

    def filterAcceptsRow(self, row, parent):  # noqa: N802
        model = self.sourceModel()
        if row == model.totals_row:
            return True
        if self.chosen_only and not model.selected[row]:
            return False
        if not self.text:
            return True
        values = model.rows[row]
        return any(
            self.text in str(values[k] or "").lower() or self.text in model.text(row, k).lower()
            for k, _, d in COLUMNS
            if d is None
        )

    def lessThan(self, left, right):  # noqa: N802
        model = self.sourceModel()
        ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
        if left.row() == model.totals_row:
            return not ascending
        if right.row() == model.totals_row:
            return ascending
        a, b = left.data(RawRole), right.data(RawRole)
        na, nb = _number(a), _number(b)
        if na is not None or nb is not None:
            return (na if na is not None else -math.inf) < (nb if nb is not None else -math.inf)
        return str(a or "").lower() < str(b or "").lower()

    def source_fids(self, proxy_rows) -> list[int]:
        model = self.sourceModel()
        rows = {self.mapToSource(self.index(r, 0)).row() for r in proxy_rows}
        return [model.fids[r] for r in sorted(rows) if r != model.totals_row]

    def write_csv(self, path: str | Path) -> int:
        """The rows shown, in their order, and the totals row, to ``path`` (written whole or not at all)."""
        path = Path(path)
        fd, tmp = tempfile.mkstemp(suffix=".csv", dir=path.parent)
        written = 0
        try:
            with os.fdopen(fd, "w", newline="", encoding="utf-8") as handle:
                out = csv.writer(handle)
                out.writerow([c[0] for c in COLUMNS])
                for r in range(self.rowCount()):
                    source = self.mapToSource(self.index(r, 0)).row()
                    if source == self.sourceModel().totals_row:
                        continue
                    out.writerow(["" if v is None else v for v in self.sourceModel().rows[source].values()])
                    written += 1
                totals = self.sourceModel().totals
                if totals:
                    row = {k: "" for k in FIELDS}
                    row["supplier_name"] = "TOTAL"
                    row["quantity_selected"] = "; ".join(f"{q:.3f} {u}" for u, q in sorted(totals["by_unit"].items()))
                    row.update({k: f"{totals[k]:.2f}" for k in SUMMED})
                    out.writerow(row.values())
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
        return written


class MapSync:
    """Keeps the table's selection and the exchanges layer's selection in step, and zooms to chosen rows."""

    def __init__(self, view, proxy: ExchangeFilter, canvas):
        self.view, self.proxy, self.canvas = view, proxy, canvas
        self.layer: QgsVectorLayer | None = None
        self._busy = False
        #: called when picking a hidden link on the map clears the table's filter
        self.filter_reset = None
        view.selectionModel().selectionChanged.connect(self.rows_selected)

    def set_layer(self, layer: QgsVectorLayer | None) -> None:
        if self.layer is not None:
            try:
                self.layer.selectionChanged.disconnect(self.features_selected)
            except (TypeError, RuntimeError):
                pass
        self.layer = layer
        if layer is not None:
            layer.selectionChanged.connect(self.features_selected)

    def rows_selected(self, *_args) -> None:
        if self._busy or self.layer is None:
            return
        rows = [i.row() for i in self.view.selectionModel().selectedRows()]
        fids = self.proxy.source_fids(rows)
        self._busy = True
        try:
            self.layer.selectByIds(fids)
        finally:
            self._busy = False
        if fids and self.canvas is not None:
            self.zoom_to(fids)

    def zoom_to(self, fids: list[int]) -> None:
        box = None
        for feature in self.layer.getFeatures(QgsFeatureRequest().setFilterFids(fids)):
            geom = feature.geometry()
            if geom is None or geom.isNull():
                continue
            if box is None:
                box = geom.boundingBox()
            else:
                box.combineExtentWith(geom.boundingBox())
        if box is None:
            return
        transform = QgsCoordinateTransform(
            self.layer.crs(), self.canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        extent = transform.transformBoundingBox(box)
        extent.scale(1.3)
        if extent.width() == 0 or extent.height() == 0:
            extent.grow(500)
        self.canvas.setExtent(extent)
        self.canvas.refresh()
        self.canvas.flashFeatureIds(self.layer, fids)

    def features_selected(self, *_args) -> None:
        if self._busy or self.layer is None:
            return
        wanted = set(self.layer.selectedFeatureIds())
        model = self.proxy.sourceModel()
        rows = [r for r, fid in enumerate(model.fids) if fid in wanted]
        if any(not self.proxy.mapFromSource(model.index(r, 0)).isValid() for r in rows):
            self.proxy.set_filter(text="", chosen_only=False)  # a picked link the filter hides: show all
            if self.filter_reset is not None:
                self.filter_reset()
        selection = QItemSelection()
        first = None
        for source_row in rows:
            index = self.proxy.mapFromSource(model.index(source_row, 0))
            selection.select(index, self.proxy.index(index.row(), len(COLUMNS) - 1))
            first = first or index
        self._busy = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().select(selection, flags)
            if first is not None:
                self.view.scrollTo(first)
        finally:
            self._busy = False


class ColumnChooser:
    """The columns of the exchanges ``table`` the user sees: :data:`DEFAULT_COLUMNS` at first, any others
    picked from the header's context menu, remembered in the user's settings for the next panel.

    Text columns share the table's width (wrapped onto two lines, then elided); number columns take the width of their figures or of their
    header's longer line (headers of figures go on two lines); the user may widen any of them.
    """

    def __init__(self, table: QTableView):
        self.table = table
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.show_menu)
        header.setToolTip(tr("Right-click to choose the columns"))
        header.setMinimumSectionSize(48)
        for column, (_field, _head, decimals) in enumerate(COLUMNS):
            mode = QHeaderView.ResizeMode.Interactive if decimals is not None else QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # names wrap onto a second line before they are cut: "Ørsted Asnæsværket" reads whole in a column of
        # the panel's first width, where one line showed "Ørsted ..." for every one of its exchanges
        table.setWordWrap(True)
        table.verticalHeader().setDefaultSectionSize(2 * table.fontMetrics().lineSpacing() + 8)
        self.set_visible(self.remembered(), remember=False)
        model = table.model()
        # the figures change with the scenario, the sort, the filter and the totals row
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self.fit)

    def fit(self, *_args) -> None:
        """Size the number columns shown to their figures."""
        for column, (_field, _head, decimals) in enumerate(COLUMNS):
            if decimals is not None and not self.table.isColumnHidden(column):
                self.table.setColumnWidth(
                    column, max(self.table.sizeHintForColumn(column) + 8, self._head_width(column))
                )

    def _head_width(self, column: int) -> int:
        """The width the longer line of a column's two-line header takes, with room for the sort arrow."""
        header = self.table.horizontalHeader()
        lines = str(self.table.model().headerData(column, Qt.Orientation.Horizontal) or "").split("\n")
        return max(header.fontMetrics().horizontalAdvance(line) for line in lines) + 28

    @staticmethod
    def remembered() -> list[str]:
        """The fields last chosen (the defaults at first; fields no longer in the table are dropped)."""
        stored = settings.value(COLUMNS_KEY, None)
        if isinstance(stored, str):
            stored = [f for f in stored.split(",") if f]
        chosen = [f for f in (stored or ()) if f in FIELDS]
        return chosen or list(DEFAULT_COLUMNS)

    def visible(self) -> list[str]:
        """The fields whose columns are shown, in table order."""
        return [f for column, f in enumerate(FIELDS) if not self.table.isColumnHidden(column)]

    def set_visible(self, fields, remember: bool = True) -> None:
        """Show the columns of ``fields`` (at least one) and hide the others; remember the choice."""
        fields = [f for f in fields if f in FIELDS] or list(DEFAULT_COLUMNS)
        for column, field in enumerate(FIELDS):
            self.table.setColumnHidden(column, field not in fields)
        self.fit()
        if remember:
            settings.set_value(COLUMNS_KEY, ",".join(self.visible()))

    def menu(self) -> QMenu:
        """A menu of every column, ticked when shown; (un)ticking one shows or hides it."""
        menu = QMenu(self.table)
        shown = set(self.visible())
        for field, head in zip(FIELDS, headers()):
            action = menu.addAction(head)
            action.setCheckable(True)
            action.setChecked(field in shown)
            action.setData(field)
            # the last column shown cannot be hidden: a table without columns could not be right-clicked
            action.setEnabled(not (field in shown and len(shown) == 1))
            action.toggled.connect(lambda on, f=field: self.toggle(f, on))
        menu.addSeparator()
        menu.addAction(tr("Default columns"), lambda: self.set_visible(DEFAULT_COLUMNS))
        return menu

    def toggle(self, field: str, on: bool) -> None:
        shown = self.visible()
        self.set_visible([f for f in FIELDS if (f in shown and f != field) or (on and f == field)])

    def show_menu(self, pos) -> None:
        self.menu().exec(self.table.horizontalHeader().mapToGlobal(pos))
