"""The Import a table dialog: a register's table (CSV, XLSX, any OGR layer) read as sites, with what was detected
shown and open to correction, a mapping saved and loaded as the runner's JSON, and the rows refused kept.

A thin layer over the runner's code: the table is read by :func:`~ecopark_plugin.qgis_io.layers.read_table`,
checked by :func:`~ecopark_plugin.core.model.mapping.coordinate_check` and imported by
:func:`~ecopark_plugin.qgis_io.job_inputs.import_to_gpkg` (:func:`~ecopark_plugin.core.job.import_sites`).
Reading and importing run in a :class:`~.task.TableTask`, with a progress bar and Cancel: a large CSV does not
freeze QGIS.
"""

from __future__ import annotations

import functools
from functools import partial
from pathlib import Path

import pandas as pd
from qgis.core import Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsProviderRegistry, QgsVectorLayer
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from ..core.model.errors import EcoParkError
from ..core.model.mapping import ImportMapping, coordinate_check, guess_activity_kind, resolved
from ..core.model.rejects import REJECTED_LAYER
from ..core.model.tables import ENCODINGS
from ..i18n import translator
from ..qgis_io.job_inputs import import_to_gpkg
from ..qgis_io.layers import read_table
from ..qgis_io.results import styled_layers
from .import_text import (
    ShortTable,
    column_labels,
    coordinate_sentences,
    escaped,
    kind_labels,
    narrow_combo,
    project_crs_hint,
    shown_separator,
    year_column,
)
from .task import TableTask

tr = translator("ImportDialog")

#: the columns the dialog maps (mapping keys), in the order shown: down each of three columns of choices
COLUMNS = (
    "site_id",
    "name",
    "nace",
    "year",
    "x",
    "y",
    "production",
    "production_unit",
    "waste_nonhw_t",
    "waste_hw_t",
)
#: rows of column choices; the activity kind and the CRS fill the last column's free places
ROWS = 4
#: rows shown in the preview and in the list of refused rows
PREVIEW_ROWS = 8
REJECTED_SHOWN = 200
TABLE_FILTER = "*.csv *.txt *.tsv *.xlsx *.xls *.ods *.gpkg *.shp *.dbf *.geojson *.json *.fgb *.gml *.kml *.sqlite"


def _said(method):
    """A slot that shows what went wrong in the dialog instead of raising: an exception out of a Qt slot ends
    QGIS (PyQt's default), and a table a user picks may be anything."""

    @functools.wraps(method)
    def slot(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - said to the user, the dialog stays usable
            self.found.setText(f"<span style='color:#b00020'>{escaped(f'{type(exc).__name__}: {exc}')}</span>")
            self.message(str(exc), Qgis.MessageLevel.Critical, 0)
            return None

    return slot


class ImportTableDialog(QDialog):
    """Pick a table, check and correct what was detected, import it as sites.

    ``imported`` carries the sites layer once it is written and added to the project.
    """

    imported = pyqtSignal(object)

    def __init__(self, project, folder: Path | None = None, message=None, parent=None):
        super().__init__(parent)
        self.project = project
        self.folder = folder
        self.message = message or (lambda text, level=None, duration=8: None)
        self.frame: pd.DataFrame | None = None
        self.format = None
        #: the reading or import under way (a TableTask), or None
        self.task: TableTask | None = None
        #: a loaded mapping whose columns are shown once the table is read again
        self._pending: ImportMapping | None = None
        #: the streams table's columns of a loaded mapping: not shown here, saved again as they were
        self.streams: dict = {}
        self.setWindowTitle(tr("Import a register's table as sites"))
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.file = QgsFileWidget()
        self.file.setObjectName("importFile")
        self.file.setFilter(tr("Tables ({})").format(TABLE_FILTER) + ";;" + tr("All files (*)"))
        top.addWidget(QLabel(tr("Table")))
        top.addWidget(self.file, 3)
        self.sublayer = QComboBox()
        self.sublayer.setObjectName("importSublayer")
        top.addWidget(QLabel(tr("Layer or sheet")))
        top.addWidget(self.sublayer, 1)
        layout.addLayout(top)

        written = QGroupBox(tr("How the file is written (CSV)"))
        row = QGridLayout(written)
        self.encoding = self._choice(row, tr("Encoding"), [(e, e) for e in ENCODINGS])
        self.separator = self._choice(
            row, tr("Separator"), [(",", tr("comma")), (";", tr("semicolon")), ("\t", tr("tab")), ("|", "|")]
        )
        self.decimal = self._choice(row, tr("Decimal mark"), [(".", tr("point")), (",", tr("comma"))])
        self.header = self._choice(row, tr("Header row"), [(True, tr("yes")), (False, tr("no"))])
        layout.addWidget(written)

        columns = QGroupBox(tr("Columns and codes"))
        grid = QGridLayout(columns)
        self.columns: dict[str, QComboBox] = {}
        labels = column_labels()
        for i, key in enumerate(COLUMNS):
            combo = narrow_combo(14)
            combo.setObjectName(f"importColumn_{key}")
            self.columns[key] = combo
            grid.addWidget(QLabel(labels[key]), i % ROWS, 2 * (i // ROWS))
            grid.addWidget(combo, i % ROWS, 2 * (i // ROWS) + 1)
        tip = tr("In the unit of the sector's profile plant (t, MWth, hl, PE ...): a row in another unit is refused")
        for key in ("production", "production_unit"):
            self.columns[key].setToolTip(tip)
        self.kind = narrow_combo(14)
        self.kind.setObjectName("importActivityKind")
        for key, label in kind_labels().items():
            self.kind.addItem(label, key)
        grid.addWidget(QLabel(tr("Activity codes are")), 2, 4)
        grid.addWidget(self.kind, 2, 5)
        self.crs = QgsProjectionSelectionWidget()
        self.crs.setObjectName("importCrs")
        self.crs.setOptionVisible(QgsProjectionSelectionWidget.CrsOption.CrsNotSet, True)
        self.crs.setNotSetText(tr("not set: longitude/latitude (EPSG:4326)"))
        self.crs.setCrs(QgsCoordinateReferenceSystem())
        self.crs.setMinimumWidth(190)  # "EPSG:3006 - SWEREF99 TM" in full, beside the narrower choices
        grid.addWidget(QLabel(tr("CRS of x/y")), 3, 4)
        grid.addWidget(self.crs, 3, 5)
        layout.addWidget(columns)

        self.found = QLabel()
        self.found.setObjectName("importFound")
        self.found.setWordWrap(True)
        layout.addWidget(self.found)
        busy = QHBoxLayout()
        self.use_crs_button = QPushButton()  # the project's CRS, where it may be that of metres given without one
        self.use_crs_button.setObjectName("importUseProjectCrs")
        busy.addWidget(self.use_crs_button)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("importCancel")
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        busy.addStretch()  # the CRS button as wide as its text when the progress bar is hidden
        layout.addLayout(busy)
        self._busy(False)

        self.tabs = QTabWidget()
        self.preview = self._table("importPreview")
        self.rejected = self._table("importRejected")
        self.tabs.addTab(self.preview, tr("First rows"))
        self.tabs.addTab(self.rejected, tr("Rows refused"))
        layout.addWidget(self.tabs, 1)

        out = QFormLayout()
        self.out = QgsFileWidget()
        self.out.setObjectName("importOut")
        self.out.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.out.setFilter(tr("GeoPackage (*.gpkg)"))
        self.out.setToolTip(tr("The sites and the rows refused are written to layers 'sites' and 'rejected' of it"))
        out.addRow(tr("Write sites to"), self.out)
        layout.addLayout(out)

        buttons = QHBoxLayout()
        self.load_button = QPushButton(tr("Load mapping…"))
        self.load_button.setObjectName("importLoadMapping")
        self.save_button = QPushButton(tr("Save mapping…"))
        self.save_button.setObjectName("importSaveMapping")
        self.save_button.setToolTip(tr("The same JSON as the command line's --save-mapping, for next year's file"))
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.box.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        self.import_button = self.box.addButton(tr("Import"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.import_button.setObjectName("importButton")
        buttons.addWidget(self.box)
        layout.addLayout(buttons)

        self.file.fileChanged.connect(self.file_changed)
        self.sublayer.currentIndexChanged.connect(lambda _i: self.reload())
        for combo in (self.encoding, self.separator, self.decimal, self.header):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for combo in (*self.columns.values(), self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.show_found())
        self.crs.crsChanged.connect(lambda _c: self.show_found())
        self.load_button.clicked.connect(self.ask_load_mapping)
        self.save_button.clicked.connect(self.ask_save_mapping)
        self.import_button.clicked.connect(self.run_import)
        self.box.rejected.connect(self.reject)
        self.cancel_button.clicked.connect(self.stop)
        self.use_crs_button.clicked.connect(lambda: self.crs.setCrs(self.project.crs()))
        self.resize(900, 640)
        self.show_found()

    # -- building -----------------------------------------------------------------------------------

    @staticmethod
    def _choice(grid: QGridLayout, label: str, options) -> QComboBox:
        """A choice of how the file is written, 'detected' first; two to a row."""
        combo = narrow_combo(14)
        combo.addItem(tr("detected"), None)
        for value, text in options:
            combo.addItem(text, value)
        at = grid.count() // 2
        grid.addWidget(QLabel(label), at // 2, 2 * (at % 2))
        grid.addWidget(combo, at // 2, 2 * (at % 2) + 1)
        return combo

    @staticmethod
    def _table(name: str) -> QTableWidget:
        table = ShortTable()
        table.setObjectName(name)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setMinimumHeight(120)
        return table

    # -- reading ------------------------------------------------------------------------------------

    def path(self) -> Path | None:
        text = self.file.filePath().strip()
        return Path(text) if text else None

    @_said
    def file_changed(self, *_args) -> None:
        """A new table: list its layers or sheets, read it, and propose where the sites go."""
        path = self.path()
        self.sublayer.blockSignals(True)
        self.sublayer.clear()
        if path is not None and path.exists() and path.suffix.lower() not in (".csv", ".txt", ".tsv"):
            for sub in QgsProviderRegistry.instance().querySublayers(str(path)):
                self.sublayer.addItem(sub.name())
        self.sublayer.setEnabled(self.sublayer.count() > 1)
        self.sublayer.blockSignals(False)
        if path is not None and not self.out.filePath():
            folder = self.folder or path.parent
            self.out.setFilePath(str(folder / f"{path.stem}_sites.gpkg"))
        self.reload()

    def table_options(self) -> dict:
        """The CSV's encoding, separator, decimal mark and header row where the user chose them."""
        options = {}
        for key, combo in (
            ("encoding", self.encoding),
            ("separator", self.separator),
            ("decimal", self.decimal),
            ("header", self.header),
        ):
            if combo.currentData() is not None:
                options[key] = combo.currentData()
        return options

    @_said
    def reload(self) -> None:
        """Read the table again (a new file, layer or way it is written) in a task, then propose its columns
        (:meth:`_read_done`); a reading under way is cancelled."""
        path = self.path()
        self.cancel()
        self.frame = self.format = None
        if path is None:
            self._pending = None
            self.show_found()
            return
        read = partial(read_table, path, self.sublayer.currentText() or None, self.table_options())
        self._start(read, tr("Reading {}…").format(path.name), self._read_done)

    def _start(self, call, said: str, done) -> None:
        """Run ``call`` in a task, the dialog showing ``said`` and the progress until ``done(task)``."""
        self.import_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.found.setText(escaped(said))
        self.task = TableTask(call, tr("EcoPark: {}").format(said))
        self.task.progressChanged.connect(
            lambda value: (self.progress.setRange(0, 100), self.progress.setValue(int(value)))
        )
        self.task.done.connect(done)
        self._busy(True)
        QgsApplication.taskManager().addTask(self.task)

    def _busy(self, busy: bool) -> None:  # no figure while the file is opened, then the share of rows read
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def cancel(self) -> None:
        """Stop the reading or import under way; its result is let go."""
        task, self.task = self.task, None
        if task is not None:
            task.cancel()
            self._busy(False)

    def stop(self) -> None:
        """The Cancel button: a reading leaves no table chosen, an import leaves the table to import again."""
        if self.task is None:
            return
        importing = self.frame is not None
        self.cancel()
        self._pending = None
        if importing:
            self.show_found()
            self.message(tr("Import cancelled"), Qgis.MessageLevel.Info)
        else:
            self.fill_columns({})
            self.show_found(tr("Reading cancelled: choose the table again"))

    def done(self, result: int) -> None:  # closing the dialog stops its work
        self.cancel()
        super().done(result)

    def _finished(self, task: TableTask) -> bool:
        """Whether ``task`` is the dialog's current one and ended well; says its error in the dialog."""
        if task is not self.task:
            return False  # cancelled, or followed by another reading
        self.task = None
        self._busy(False)
        if task.cancelled or task.error:
            self._pending = None
            self.show_found(task.error or tr("Reading cancelled: choose the table again"))
            return False
        return True

    @_said
    def _read_done(self, task: TableTask) -> None:
        current = task is self.task
        if not self._finished(task):
            if current:
                self.fill_columns({})
            return
        self.frame, self.format = task.value
        self.show_detected()
        if self._pending is not None:
            mapping, self._pending = self._pending, None
            self.fill_columns({**resolved(self.frame, mapping).sites, **mapping.sites})
        else:
            guessed = resolved(self.frame, ImportMapping(self.chosen_columns())).sites
            year = guessed.get("year") or year_column(self.frame.columns)
            self.fill_columns({**guessed, **({"year": year} if year else {})})
        self.fill_preview()
        self.show_found()

    def show_detected(self) -> None:
        """Name what was detected in each 'detected' choice."""
        fmt = self.format
        for combo, said in (
            (self.encoding, fmt and fmt.encoding),
            (self.separator, fmt and shown_separator(fmt.separator)),
            (self.decimal, fmt and (tr("comma") if fmt.decimal == "," else tr("point"))),
            (self.header, fmt and (tr("yes") if fmt.header else tr("no"))),
        ):
            combo.setItemText(0, tr("detected: {}").format(said) if said else tr("detected"))

    def decimal_mark(self) -> str | None:
        """The CSV's decimal mark, declared or detected (None for other files)."""
        return self.format.decimal if self.format is not None else None

    def chosen_columns(self) -> dict:
        return {key: combo.currentData() for key, combo in self.columns.items() if combo.currentData()}

    def fill_columns(self, chosen: dict) -> None:
        names = [str(c) for c in self.frame.columns if c != "geometry"] if self.frame is not None else []
        for key, combo in self.columns.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(none)"), None)
            for name in names:
                combo.addItem(name, name)
            index = combo.findData(chosen.get(key)) if chosen.get(key) in names else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def fill_preview(self) -> None:
        frame = self.frame.head(PREVIEW_ROWS) if self.frame is not None else pd.DataFrame()
        frame = frame.drop(columns=["geometry"], errors="ignore")
        self._fill(self.preview, frame, [str(i) for i in frame.index])

    @staticmethod
    def _fill(table: QTableWidget, frame: pd.DataFrame, rows: list[str]) -> None:
        table.clear()
        table.setRowCount(len(frame))
        table.setColumnCount(len(frame.columns))
        table.setHorizontalHeaderLabels([str(c) for c in frame.columns])
        table.setVerticalHeaderLabels(rows)
        for r, values in enumerate(frame.itertuples(index=False)):
            for c, value in enumerate(values):
                text = "" if value is None or (isinstance(value, float) and value != value) else str(value)
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        for c in range(table.columnCount()):
            table.setColumnWidth(c, min(table.columnWidth(c), 220))

    # -- the mapping --------------------------------------------------------------------------------

    def mapping(self) -> ImportMapping:
        """The mapping the dialog shows: the columns, the kind of code, the CRS, the table's declared format."""
        crs = self.crs.crs()
        return ImportMapping(
            self.chosen_columns(),
            dict(self.streams),  # a loaded mapping's streams columns, kept for the runner
            self.kind.currentData(),
            (crs.authid() or crs.toWkt()) if crs.isValid() else None,
            self.table_options(),
        )

    def set_mapping(self, mapping: ImportMapping) -> None:
        """Show a saved mapping: its table format (the table is read again), columns, kind of code and CRS."""
        self.streams = dict(mapping.streams)
        for key, combo in (
            ("encoding", self.encoding),
            ("separator", self.separator),
            ("decimal", self.decimal),
            ("header", self.header),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(mapping.table.get(key)), 0) if key in mapping.table else 0)
            combo.blockSignals(False)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(mapping.activity_kind), 0))
        self.kind.blockSignals(False)
        self.crs.blockSignals(True)
        self.crs.setCrs(QgsCoordinateReferenceSystem(mapping.sites_crs or ""))
        self.crs.blockSignals(False)
        self._pending = mapping  # its columns are shown once the table is read again
        self.reload()

    @_said
    def ask_load_mapping(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Load a mapping"), "", tr("Mapping (*.json)"))
        if path:
            self.load_mapping(path)

    def load_mapping(self, path: str | Path) -> bool:
        try:
            self.set_mapping(ImportMapping.load(path))
        except EcoParkError as exc:
            QMessageBox.warning(self, tr("Load a mapping"), str(exc))
            return False
        return True

    @_said
    def ask_save_mapping(self) -> None:
        start = str(self.path().with_suffix(".json")) if self.path() else ""
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the mapping"), start, tr("Mapping (*.json)"))
        if path:
            self.save_mapping(path)

    def save_mapping(self, path: str | Path) -> Path | None:
        """Write the mapping shown, what was detected included, as the runner's ``--save-mapping`` does."""
        if self.frame is None:
            QMessageBox.warning(self, tr("Save the mapping"), tr("Choose a table first"))
            return None
        saved = resolved(self.frame, self.mapping()).save(path)
        self.message(tr("Mapping saved to {}").format(saved), Qgis.MessageLevel.Success)
        return saved

    # -- what was found -----------------------------------------------------------------------------

    @_said
    def show_found(self, error: str | None = None) -> None:
        """What the table holds and whether its coordinates fit the CRS chosen, with what to do if not."""
        if self.task is not None:
            return  # the reading or import under way is said
        self.use_crs_button.setVisible(False)
        ok = bool(self.frame is not None and not error)
        self.import_button.setEnabled(ok)
        self.save_button.setEnabled(ok)
        if error:
            self.found.setText(f"<span style='color:#b00020'>{escaped(error)}</span>")
            return
        if self.frame is None:
            self.found.setText(tr("Choose a table: CSV (any separator, decimal mark and encoding), XLSX or a layer."))
            return
        lines = []
        fmt = self.format
        if fmt is not None:
            lines.append(
                tr("Encoding {encoding}, separator {separator}, decimal mark {decimal}, header row {header}.").format(
                    encoding=fmt.encoding,
                    separator=f"«{shown_separator(fmt.separator)}»",
                    decimal=tr("comma") if fmt.decimal == "," else tr("point"),
                    header=tr("yes") if fmt.header else tr("no"),
                )
            )
        mapping = self.mapping()
        said = tr("{rows} rows, {columns} columns.").format(rows=len(self.frame), columns=len(self.frame.columns))
        activity = mapping.sites.get("nace")
        if activity in self.frame.columns and mapping.activity_kind == "auto":
            kind = guess_activity_kind(self.frame[activity])
            said += " " + tr("Activity codes: {} (detected).").format(kind_labels().get(kind, kind))
        lines.append(said)
        good = False
        if hasattr(self.frame, "geometry"):
            lines.append(tr("The layer has its own geometry; its CRS is used."))
            good = True
        else:
            check = coordinate_check(self.frame, mapping, decimal=self.decimal_mark())
            good, text = coordinate_sentences(check)
            hint, offered = project_crs_hint(self.frame, mapping, check, self.project.crs(), self.decimal_mark())
            lines.append(f"{text} {hint}".strip())
            if offered is not None:
                self.use_crs_button.setText(tr("Use {crs}").format(crs=offered.authid() or offered.description()))
                self.use_crs_button.setVisible(True)
        colour = "#1b5e20" if good else "#b00020"
        self.found.setText("<br>".join(escaped(line) for line in lines[:-1]) + f"<br><span style='color:{colour}'>"
                           + escaped(lines[-1]) + "</span>")  # fmt: skip

    # -- importing ----------------------------------------------------------------------------------

    @_said
    def run_import(self) -> None:
        """Import the table with the mapping shown into the GeoPackage chosen, add its layers and say how many
        rows were refused and why."""
        path, out = self.path(), self.out.filePath().strip()
        if self.frame is None or path is None:
            return
        if not out:
            QMessageBox.warning(self, tr("Import"), tr("Choose the GeoPackage the sites are written to"))
            return
        out = Path(out).with_suffix(".gpkg") if not out.lower().endswith(".gpkg") else Path(out)
        if out.resolve() == path.resolve():
            said = tr("{} is the table being imported; choose another file for the sites").format(out)
            self.show_found(said)
            self.message(said, Qgis.MessageLevel.Warning)
            return
        overwrite = False
        if out.exists():
            answer = QMessageBox.question(
                self,
                tr("Import"),
                tr("{} exists. Replace its layers 'sites' and 'rejected' (its other layers are kept)?").format(out),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            overwrite = True
        call = partial(
            import_to_gpkg,
            self.frame,
            self.mapping(),
            path.name,
            out,
            overwrite,
            source=path,
            decimal=self.decimal_mark(),
        )
        self._start(
            lambda progress, is_cancelled: call(is_cancelled=is_cancelled),
            tr("Importing {}…").format(path.name),
            partial(self._import_done, path=path, out=out),
        )

    @_said
    def _import_done(self, task: TableTask, path: Path, out: Path) -> None:
        """Add the imported layers and say how many rows were refused and why."""
        current = task is self.task
        if not self._finished(task):
            if current and task.error:
                self.message(task.error, Qgis.MessageLevel.Critical, 0)
            elif task.value is not None:  # the cancel came when it was written already
                self.message(
                    tr("{} was written before the cancel reached it; its layers are not added").format(out),
                    Qgis.MessageLevel.Warning,
                )
            return
        imported = task.value
        self.show_found()
        self.show_rejected(imported.rejected)
        sites = styled_layers(out, ["sites"])["sites"]
        sites.setName(tr("{} sites").format(path.stem))
        layers = {"sites": sites}
        if len(imported.rejected):
            name = tr("{} rejected").format(path.stem)
            layers[REJECTED_LAYER] = QgsVectorLayer(f"{out}|layername={REJECTED_LAYER}", name, "ogr")
        for layer in layers.values():
            if not layer.isValid() or self.project.addMapLayer(layer) is None:
                self.message(tr("Layer {} could not be added to the project").format(layer.name()))
        text = tr("{sites} sites imported from {file} into {out}").format(
            sites=len(imported.sites), file=path.name, out=out
        )
        if imported.notes.get("older_years"):
            text += "; " + tr("{} rows of earlier years left out (each site's latest year kept)").format(
                imported.notes["older_years"]
            )
        level = Qgis.MessageLevel.Success
        if len(imported.rejected):
            text += "; " + tr("{n} rows refused (see the layer '{layer}'), e.g. row {row}: {reason}").format(
                n=len(imported.rejected),
                layer=layers[REJECTED_LAYER].name(),
                row=imported.rejected.iloc[0]["source_row"],
                reason=imported.rejected.iloc[0]["reason"],
            )
            level = Qgis.MessageLevel.Warning
        self.found.setText(escaped(text))
        self.message(text, level, 0 if len(imported.rejected) else 8)
        self.imported.emit(sites)

    def show_rejected(self, rejected: pd.DataFrame) -> None:
        """The rows refused, each with its line and reason, in the second tab (shown when there are any)."""
        shown = rejected.head(REJECTED_SHOWN)
        frame = shown.drop(columns=["source_layer", "source_row"], errors="ignore")
        self._fill(self.rejected, frame, [str(r) for r in shown.get("source_row", [])])
        self.tabs.setTabText(1, tr("Rows refused ({})").format(len(rejected)))
        if len(rejected):
            self.tabs.setCurrentIndex(1)
