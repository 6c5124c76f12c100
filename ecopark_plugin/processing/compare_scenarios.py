"""Processing algorithm: two scenarios' result GeoPackages side by side (the panel's comparison)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyogrio
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.report.compare import compare, links_only, summary_from_layers
from ..i18n import translator
from ..qgis_io.figures import figure_labels
from .base import EcoParkAlgorithm

tr = translator("CompareScenarios")

#: layers of a result GeoPackage the comparison reads
LAYERS = ("exchanges", "zones", "zones_after", "housing_conflicts")


def read_scenario(path: str, label: str) -> dict[str, pd.DataFrame]:
    """The result layers of one scenario's GeoPackage (``exchanges`` required)."""
    if not Path(path).is_file():
        raise QgsProcessingException(tr("{name}: {path} is not a file").format(name=label, path=path))
    try:
        present = {name for name, _ in pyogrio.list_layers(path)}
    except Exception as exc:  # noqa: BLE001 - GDAL says why it cannot open the file
        raise QgsProcessingException(
            tr("{name}: {path} cannot be opened: {error}").format(name=label, path=path, error=exc)
        ) from exc
    if "exchanges" not in present:
        raise QgsProcessingException(
            tr("{name}: {path} has no layer 'exchanges'; give a GeoPackage written by Find symbiosis exchanges").format(
                name=label, path=path
            )
        )
    return {name: pyogrio.read_dataframe(path, layer=name) for name in LAYERS if name in present}


class CompareScenarios(EcoParkAlgorithm):
    NAME = "comparescenarios"
    DISPLAY = "Compare two scenarios"
    GROUP = "Symbiosis"
    HELP = (
        "Puts the figures of two scenarios side by side, with the difference (B minus A), and lists the "
        "exchanges chosen in only one of them. This is the comparison of the EcoPark panel's Scenarios tab.\n\n"
        "Inputs: the result GeoPackages of two runs (written by the panel, the command line or Find symbiosis "
        "exchanges with all outputs saved to one GeoPackage): the layer 'exchanges' is needed; 'zones', "
        "'zones_after' and 'housing_conflicts' add the zone and housing figures. The figures are worked out "
        "from the layers with the functions the run itself uses.\n\n"
        "Outputs: a table of figures (figure, A, B, difference) and a table of the exchanges chosen in only "
        "one scenario."
    )

    A, B, NAME_A, NAME_B = "SCENARIO_A", "SCENARIO_B", "NAME_A", "NAME_B"
    OUTPUT, LINKS = "OUTPUT", "LINKS"

    def initAlgorithm(self, config=None):
        for key, label in (
            (self.A, self.tr("Scenario A (result GeoPackage)")),
            (self.B, self.tr("Scenario B (result GeoPackage)")),
        ):
            self.add_parameter(QgsProcessingParameterFile(key, label, QgsProcessingParameterFile.Behavior.File, "gpkg"))
        self.add_parameter(QgsProcessingParameterString(self.NAME_A, self.tr("Name of A"), optional=True))
        self.add_parameter(QgsProcessingParameterString(self.NAME_B, self.tr("Name of B"), optional=True))
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Figures compared"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.LINKS, self.tr("Exchanges chosen in only one"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.addOutput(QgsProcessingOutputNumber("NET_BENEFIT_DIFFERENCE", self.tr("Net benefit, B minus A (EUR/yr)")))
        self.addOutput(QgsProcessingOutputNumber("CO2_DIFFERENCE", self.tr("Net CO2 avoided, B minus A (t/yr)")))

    def process(self, parameters, context, feedback):
        paths = [self.parameterAsFile(parameters, key, context) for key in (self.A, self.B)]
        names = [
            self.parameterAsString(parameters, key, context) or Path(path).stem
            for key, path in zip((self.NAME_A, self.NAME_B), paths)
        ]
        summaries, exchanges = [], []
        for i, (path, name) in enumerate(zip(paths, names)):
            if feedback.isCanceled():
                return {}
            feedback.setProgressText(self.tr("Reading {}").format(name))
            layers = read_scenario(path, name)
            summaries.append(summary_from_layers(layers))
            exchanges.append(layers["exchanges"])
            feedback.setProgress(40 * (i + 1))
        table = compare(*summaries)
        table["figure"] = table["key"].map(figure_labels())
        figures = pd.DataFrame(
            {"figure": table["figure"], "a": table["a"], "b": table["b"], "difference": table["difference"]}
        )
        only_a, only_b = links_only(*exchanges)
        links = pd.DataFrame(
            {"exchange": only_a + only_b, "only_in": [names[0]] * len(only_a) + [names[1]] * len(only_b)}
        )
        dest = self.write_frame(parameters, self.OUTPUT, context, feedback, figures, QgsWkbTypes.Type.NoGeometry)
        dest_links = self.write_frame(parameters, self.LINKS, context, feedback, links, QgsWkbTypes.Type.NoGeometry)
        for row in table.itertuples():
            a = "–" if pd.isna(row.a) else f"{row.a:,.{row.decimals}f}"
            b = "–" if pd.isna(row.b) else f"{row.b:,.{row.decimals}f}"
            feedback.pushInfo(f"{row.figure}: {names[0]} {a}, {names[1]} {b}")
        diff = table.set_index("key")["difference"]
        return {
            self.OUTPUT: dest,
            self.LINKS: dest_links,
            "NET_BENEFIT_DIFFERENCE": float(diff["net_benefit_eur"]),
            "CO2_DIFFERENCE": float(diff["co2_avoided_t"]),
        }
