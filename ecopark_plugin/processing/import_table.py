"""Processing algorithm: sites from any register's table (CSV, XLSX, any OGR layer) with a field mapping."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.job import import_sites
from ..core.model.mapping import ACTIVITY_KINDS, ImportMapping
from ..core.model.rejects import as_frame, summary_line
from ..core.model.tables import ENCODINGS
from ..qgis_io.layers import frame_wkb_type, qgis_crs, read_table
from .base import EcoParkAlgorithm
from .enums import named_enum
from .shared_parameters import DECIMAL_CHOICES

#: the choices of the table-format parameters: key -> value given to table_format (None: detected)
SEPARATOR_CHOICES = {"auto": None, "comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|"}
HEADER_CHOICES = {"auto": None, "yes": True, "no": False}
ENCODING_CHOICES = {"auto": None, **{name: name for name in ENCODINGS}}
#: the site fields a column parameter names: parameter -> mapping key
FIELD_PARAMETERS = (
    ("ID_FIELD", "site_id"),
    ("NAME_FIELD", "name"),
    ("ACTIVITY_FIELD", "nace"),
    ("X_FIELD", "x"),
    ("Y_FIELD", "y"),
    ("YEAR_FIELD", "year"),
    ("PRODUCTION_FIELD", "production"),
    ("PRODUCTION_UNIT_FIELD", "production_unit"),
    ("WASTE_NONHW_FIELD", "waste_nonhw_t"),
    ("WASTE_HW_FIELD", "waste_hw_t"),
)


class ImportTable(EcoParkAlgorithm):
    NAME = "importtable"
    DISPLAY = "Import a register's table as sites"
    GROUP = "Data"
    HELP_ANCHOR = "importing-a-register-as-it-is-published"
    HELP = (
        "Reads a register's table as it is published (CSV with any common separator, decimal mark and encoding, "
        "XLSX, or any layer GDAL opens) into a sites layer, by the same steps as the runner's --mapping and "
        "--skip-bad-rows.\n\n"
        "Name the columns that hold the site id, name, activity code, x (or longitude), y (or latitude) and "
        "reporting year; those left empty are guessed from the column names, or taken from a saved mapping "
        "file (the JSON the runner's --save-mapping and the panel write). Give the CRS of x/y when they are "
        "metres of a national grid; values that do not fit the CRS are refused with what was found. Activity "
        "codes may be NACE Rev.2, OKVED2 or E-PRTR Annex I (1(c) or 1.(c), mapped to NACE). The quantity "
        "columns (yearly production and its unit, which must be that of the sector's profile plant; waste "
        "transferred off-site in t/yr) are read with the table's decimal mark and written as numbers.\n\n"
        "Separator, decimal mark, encoding and header row are detected; choose them where the detection is "
        "wrong. Choices take names too: SEPARATOR=semicolon, DECIMAL=comma, ENCODING=cp1251, HEADER=no, "
        "ACTIVITY_KIND=eprtr.\n\n"
        "Each site's latest year is kept. Rows that cannot be used (no or bad coordinates, an unknown activity "
        "code, a duplicate id ...) are left out, counted in the log and written with their reasons to the "
        "rejected table."
    )
    INPUT, LAYER, MAPPING, SAVE_MAPPING = "INPUT", "LAYER", "MAPPING", "SAVE_MAPPING"
    ACTIVITY_KIND, SITES_CRS = "ACTIVITY_KIND", "SITES_CRS"
    ENCODING, SEPARATOR, DECIMAL, HEADER = "ENCODING", "SEPARATOR", "DECIMAL", "HEADER"
    OUTPUT, REJECTED = "OUTPUT", "OUTPUT_REJECTED"

    def initAlgorithm(self, config=None):
        self.add_parameter(
            QgsProcessingParameterFile(self.INPUT, self.tr("Table (CSV, XLSX or any vector layer file)"))
        )
        self.add_parameter(
            QgsProcessingParameterString(self.LAYER, self.tr("Layer or sheet in the file"), optional=True)
        )
        self.add_parameter(
            QgsProcessingParameterFile(self.MAPPING, self.tr("Saved mapping (JSON)"), extension="json", optional=True)
        )
        labels = {
            "ID_FIELD": self.tr("Column of the site id"),
            "NAME_FIELD": self.tr("Column of the site name"),
            "ACTIVITY_FIELD": self.tr("Column of the activity code"),
            "X_FIELD": self.tr("Column of x (easting or longitude)"),
            "Y_FIELD": self.tr("Column of y (northing or latitude)"),
            "YEAR_FIELD": self.tr("Column of the reporting year (each site's latest is kept)"),
            "PRODUCTION_FIELD": self.tr("Column of the yearly production or capacity"),
            "PRODUCTION_UNIT_FIELD": self.tr("Column of the production's unit (the sector's profile plant's)"),
            "WASTE_NONHW_FIELD": self.tr("Column of the non-hazardous waste transferred off-site (t/yr)"),
            "WASTE_HW_FIELD": self.tr("Column of the hazardous waste transferred off-site (t/yr)"),
        }
        for key, _ in FIELD_PARAMETERS:
            self.add_parameter(QgsProcessingParameterString(key, labels[key], optional=True))
        self.add_parameter(
            named_enum(
                self.ACTIVITY_KIND,
                self.tr("Activity codes"),
                [
                    self.tr("Detected"),
                    self.tr("NACE Rev.2"),
                    self.tr("E-PRTR Annex I (mapped to NACE)"),
                    self.tr("OKVED2"),
                ],
                ACTIVITY_KINDS,
                defaultValue=0,
                optional=True,
            )
        )
        self.add_parameter(
            QgsProcessingParameterCrs(
                self.SITES_CRS, self.tr("CRS of x/y (empty: the saved mapping's, else EPSG:4326)"), optional=True
            )
        )
        self.add_advanced(
            named_enum(
                self.ENCODING,
                self.tr("Encoding of a CSV"),
                [self.tr("Detected"), "UTF-8 (BOM)", "UTF-8", "Windows-1251", "Windows-1252", "Latin-1"],
                ENCODING_CHOICES,
                defaultValue=0,
                optional=True,
            ),
            named_enum(
                self.SEPARATOR,
                self.tr("Separator of a CSV"),
                [self.tr("Detected"), self.tr("Comma"), self.tr("Semicolon"), self.tr("Tab"), self.tr("Pipe")],
                SEPARATOR_CHOICES,
                defaultValue=0,
                optional=True,
            ),
            named_enum(
                self.DECIMAL,
                self.tr("Decimal mark of a CSV"),
                [self.tr("Detected"), self.tr("Point"), self.tr("Comma")],
                DECIMAL_CHOICES,
                defaultValue=0,
                optional=True,
            ),
            named_enum(
                self.HEADER,
                self.tr("First row of a CSV names the columns"),
                [self.tr("Detected"), self.tr("Yes"), self.tr("No (columns field_1, field_2 ...)")],
                HEADER_CHOICES,
                defaultValue=0,
                optional=True,
            ),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Sites"), QgsProcessing.SourceType.TypeVectorPoint)
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.REJECTED,
                self.tr("Rows left out, each with its reason"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
            )
        )
        self.add_parameter(
            QgsProcessingParameterFileDestination(
                self.SAVE_MAPPING,
                self.tr("Save the mapping used (JSON, for next year's file)"),
                self.tr("Mapping (*.json)"),
                optional=True,
                createByDefault=False,
            )
        )

    def mapping(self, parameters, context) -> ImportMapping:
        """The saved mapping's file, with the columns, codes, CRS and table format given here over it."""
        path = self.parameterAsFile(parameters, self.MAPPING, context)
        base = ImportMapping.load(path) if path else ImportMapping()
        sites = {key: self.parameterAsString(parameters, name, context).strip() for name, key in FIELD_PARAMETERS}
        crs = self.parameterAsCrs(parameters, self.SITES_CRS, context)
        table = {}
        for name, key, choices in (
            (self.ENCODING, "encoding", ENCODING_CHOICES),
            (self.SEPARATOR, "separator", SEPARATOR_CHOICES),
            (self.DECIMAL, "decimal", DECIMAL_CHOICES),
            (self.HEADER, "header", HEADER_CHOICES),
        ):
            value = list(choices.values())[self.parameterAsEnum(parameters, name, context)]
            if value is not None:
                table[key] = value
        kind = ACTIVITY_KINDS[self.parameterAsEnum(parameters, self.ACTIVITY_KIND, context)]
        given = ImportMapping(
            {k: v for k, v in sites.items() if v},
            {},
            kind,
            (crs.authid() or crs.toWkt()) if crs.isValid() else None,
            table,
        )
        return base.merged(given)

    def process(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        layer = self.parameterAsString(parameters, self.LAYER, context).strip() or None
        mapping = self.mapping(parameters, context)
        frame, fmt = read_table(path, layer, mapping.table)
        if fmt is not None:
            feedback.pushInfo(
                self.tr("{file}: encoding {encoding}, separator {separator}, decimal mark {decimal}").format(
                    file=Path(path).name,
                    encoding=fmt.encoding,
                    separator=repr(fmt.separator),
                    decimal=repr(fmt.decimal),
                )
            )
        imported = import_sites(frame, mapping, Path(path).name, fmt.decimal if fmt is not None else None)
        sites, rejected = imported.sites, imported.rejected
        feedback.pushInfo(self.tr("{n} sites from {rows} rows").format(n=len(sites), rows=len(frame)))
        if imported.notes.get("older_years"):
            feedback.pushInfo(
                self.tr("{n} rows of earlier years left out (each site's latest year kept)").format(
                    n=imported.notes["older_years"]
                )
            )
        if len(rejected):
            feedback.reportError(summary_line(rejected))
            for row in rejected.head(20).itertuples():
                feedback.reportError(self.tr("  row {row}: {reason}").format(row=row.source_row, reason=row.reason))
        dest = self.write_frame(
            parameters, self.OUTPUT, context, feedback, sites, frame_wkb_type(sites), qgis_crs(sites.crs)
        )
        if dest is None:
            return {}
        outputs = {self.OUTPUT: dest}
        if parameters.get(self.REJECTED) is not None:
            left = self.write_frame(
                parameters, self.REJECTED, context, feedback, as_frame(rejected), Qgis.WkbType.NoGeometry
            )
            if left is None:
                return {}
            outputs[self.REJECTED] = left
        save = self.parameterAsFileOutput(parameters, self.SAVE_MAPPING, context)
        if save:
            outputs[self.SAVE_MAPPING] = str(imported.mapping.save(save))
        return outputs
