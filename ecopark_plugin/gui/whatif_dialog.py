"""The What if dialog: the new plant's name, sector and, optionally, its streams."""

from __future__ import annotations

import pandas as pd
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.model.inputs import normalise_nace
from ..core.model.units import UnknownUnit, parse_unit
from .context import dialog_buttons, fit_narrow

DIRECTIONS = ("input", "output")


def nace_choices(profiles: pd.DataFrame) -> list[tuple[str, str]]:
    """(code, label) of every sector of the catalogue's profiles; the label lists its typical streams
    (``'out: cement_kiln_dust; in: clinker, ...'``: the profiles name no sector)."""
    out = []
    for code, rows in profiles.groupby("nace", sort=True):
        parts = []
        for direction, word in (("output", "out"), ("input", "in")):
            names = dict.fromkeys(rows.loc[rows["direction"] == direction, "stream"])
            if names:
                parts.append(f"{word}: {', '.join(names)}")
        out.append((str(code), "; ".join(parts)))
    return out


class WhatIfDialog(QDialog):
    """Asks for the new plant; :meth:`values` returns it or refuses bad input with a note."""

    COLUMNS = ("direction", "stream", "quantity", "unit")

    def __init__(self, parent=None, nace_choices: list[tuple[str, str]] = ()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("What if: a new plant"))
        form = QFormLayout()
        self.site_id = QLineEdit("NEW")
        self.name = QLineEdit()
        self.nace = QComboBox()
        self.nace.setEditable(True)
        for code, label in nace_choices:
            self.nace.addItem(f"{code} {label}".strip(), code)
        self.nace.setCurrentIndex(-1)
        form.addRow(self.tr("Id"), self.site_id)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("NACE code"), self.nace)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Direction"), self.tr("Stream"), self.tr("Quantity"), self.tr("Unit")]
        )
        add = QPushButton(self.tr("Add a stream"))
        add.clicked.connect(self.add_row)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Streams (leave empty: those typical of the sector)")))
        layout.addWidget(self.table)
        layout.addWidget(add)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        # a sector's label lists its typical streams (hundreds of characters): the chooser is elided to the
        # dialog's width and its list shows them whole, the table's columns share the width
        fit_narrow(self)
        self.nace.setMinimumContentsLength(40)
        self.nace.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

    def add_row(self, direction: str = "input", stream: str = "", quantity: str = "", unit: str = "t/yr") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in enumerate((direction, stream, str(quantity), unit)):
            self.table.setItem(row, col, QTableWidgetItem(text))

    def accept(self) -> None:
        if self.values() is not None:
            super().accept()

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def values(self) -> tuple[dict, pd.DataFrame | None] | None:
        """(new site: site_id, name, nace; its streams or None), or None with the reason in the note."""
        problems = []
        site_id = self.site_id.text().strip()
        if not site_id:
            problems.append(self.tr("Id: required"))
        text = self.nace.currentText().strip()
        index = self.nace.findText(text)
        nace = self.nace.itemData(index) if index >= 0 else normalise_nace(text.split(" ")[0] if text else None)
        if nace is None:
            problems.append(self.tr("NACE code: '{}' is not a code such as 23.51").format(text))
        rows = []
        for row in range(self.table.rowCount()):
            direction, stream, quantity, unit = (self._cell(row, c) for c in range(len(self.COLUMNS)))
            if not (direction or stream or quantity):
                continue  # an empty row
            where = self.tr("Stream row {}").format(row + 1)
            if direction not in DIRECTIONS:
                problems.append(self.tr("{}, direction: '{}' is not input or output").format(where, direction))
            if not stream:
                problems.append(self.tr("{}, stream: required").format(where))
            try:
                amount = float(quantity.replace(",", "."))
                if amount < 0:
                    raise ValueError
            except ValueError:
                problems.append(self.tr("{}, quantity: '{}' is not a number >= 0").format(where, quantity))
                amount = None
            try:
                parse_unit(unit)
            except (UnknownUnit, ValueError):
                problems.append(self.tr("{}, unit: '{}' is not a unit such as t/yr or MWh/yr").format(where, unit))
            rows.append((direction, stream, amount, unit))
        if problems:
            self.note.setText("\n".join(problems))
            return None
        self.note.setText("")
        site = {"site_id": site_id, "name": self.name.text().strip() or site_id, "nace": nace}
        streams = pd.DataFrame(rows, columns=list(self.COLUMNS)) if rows else None
        return site, streams
