"""What the Import a table dialog says and the widgets it is built of: the column and code labels, the
sentences on the coordinates, the proposed reporting year column, narrow choices and short tables. The
strings keep the dialog's translation context, ``ImportDialog``."""

from __future__ import annotations

import re
from dataclasses import replace

from qgis.core import QgsCoordinateReferenceSystem
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtWidgets import QComboBox, QTableWidget

from ..core.model.mapping import coordinate_check
from ..i18n import translator
from .context import number

tr = translator("ImportDialog")


def column_labels() -> dict[str, str]:
    return {
        "site_id": tr("Site id"),
        "name": tr("Name"),
        "nace": tr("Activity code"),
        "x": tr("x or longitude"),
        "y": tr("y or latitude"),
        "year": tr("Reporting year"),
        "production": tr("Production per year"),
        "production_unit": tr("Unit of production"),
        "waste_nonhw_t": tr("Waste, non-hazardous (t/yr)"),
        "waste_hw_t": tr("Waste, hazardous (t/yr)"),
    }


def kind_labels() -> dict[str, str]:
    return {
        "auto": tr("detected"),
        "nace": tr("NACE Rev.2"),
        "eprtr": tr("E-PRTR Annex I (mapped to NACE)"),
        "okved2": tr("OKVED2"),
    }


def shown_separator(separator: str) -> str:
    return {"\t": tr("tab"), " ": tr("space")}.get(separator, separator)


#: words that name a reporting year in the registers' languages (a proposal the user sees and may clear)
YEAR_WORDS = re.compile(r"year|jahr|år|aar|vuosi|année|annee|anno|año|rok|год", re.IGNORECASE)


def year_column(names) -> str | None:
    """The column that looks like a register's reporting year (``reportingYear``, ``Rapportår``, ``Отчётный
    год``), or None: proposed in the dialog, applied only once the user imports with it."""
    return next((str(n) for n in names if YEAR_WORDS.search(str(n))), None)


def narrow_combo(letters: int) -> QComboBox:
    """A choice as wide as ``letters`` letters, whatever its items (long column names, longer Russian words)."""
    combo = QComboBox()
    combo.setMinimumContentsLength(letters)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class ShortTable(QTableWidget):
    """A table that asks for a few rows' height: the dialog grows it, and fits a laptop screen before that."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return QSize(480, 150)


def escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def coordinate_sentences(check) -> tuple[bool, str]:
    """Whether the coordinates can be read as they are set, and the sentences that say so."""
    if check.x is None or check.y is None:
        return False, tr("Choose the x (or longitude) and y (or latitude) columns.")
    if not check.usable:
        return False, tr("No row holds two numbers in {x} and {y}: choose other columns.").format(x=check.x, y=check.y)
    (x0, x1), (y0, y1) = check.x_range, check.y_range
    decimals = 4 if check.degrees else 0
    ranges = tr("x {x0} to {x1}, y {y0} to {y1}").format(
        x0=number(x0, decimals), x1=number(x1, decimals), y0=number(y0, decimals), y1=number(y1, decimals)
    )
    if check.degrees:
        said = [tr("{ranges}: degrees (longitude/latitude).").format(ranges=ranges)]
    else:
        said = [tr("{ranges}: metres of a projected CRS.").format(ranges=ranges)]
    good = False
    if not check.degrees and not check.declared:
        said.append(tr("Choose the CRS they are in (e.g. EPSG:3006, EPSG:25832)."))
    elif check.misplaced_count:
        said.append(
            tr("{n} of {usable} positions fall far from where {crs} is used: is it the CRS they are in?").format(
                n=check.misplaced_count, usable=check.usable, crs=check.crs
            )
        )
    else:
        said.append(tr("They fit {crs}.").format(crs=check.crs))
        good = True
    if check.unusable:
        said.append(tr("Rows with no usable coordinates, to be refused: {}.").format(check.unusable))
    return good, " ".join(said)


#: the widest area of use (degrees of longitude) of a CRS the dialog proposes: a world-wide one (Web Mercator,
#: the usual CRS of a project with an OpenStreetMap basemap) fits any metres and says nothing of them
PROPOSED_CRS_WIDTH = 60.0


def project_crs_hint(
    frame, mapping, check, crs: QgsCoordinateReferenceSystem, decimal=None
) -> tuple[str, QgsCoordinateReferenceSystem | None]:
    """For x/y in metres with no CRS given, what can honestly be said of the project's CRS: nothing in the
    table names its CRS, so the only candidate is the project's, when it is projected and not world-wide. The
    values are checked against it as they would be if it were chosen. Returns the sentence (empty: nothing to
    say) and the CRS to offer (None: not offered)."""
    if check.degrees or check.declared or not check.usable or not crs.isValid() or crs.isGeographic():
        return "", None
    bounds = crs.bounds()
    if bounds.isNull() or bounds.width() > PROPOSED_CRS_WIDTH:
        return "", None
    name = crs.authid() or crs.description()
    trial = coordinate_check(frame, replace(mapping, sites_crs=crs.authid() or crs.toWkt()), decimal=decimal)
    if trial.misplaced_count:
        text = tr(
            "The project's CRS, {crs}, does not fit them: {n} of {usable} positions would fall far from where it is used."
        )
        return text.format(crs=name, n=trial.misplaced_count, usable=trial.usable), None
    text = tr(
        "The project's CRS, {crs}, is projected and they fall where it is used: it may be theirs (nothing in the table says so; check with its source)."
    )
    return text.format(crs=name), crs
