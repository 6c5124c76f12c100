"""Processing algorithm of the siting issue: what if a new plant came to a clicked point."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsCsException,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterPoint,
    QgsProcessingParameterString,
)

from ..core.job import what_if
from ..core.model.outputs import EXCHANGE_FIELDS
from ..core.siting.whatif import WhatIf
from ..core.symbiosis.catalogue import Catalogue
from ..qgis_io.figures import figure_labels
from ..qgis_io.job_inputs import job_from_layers
from .base import EcoParkAlgorithm, Progress
from .shared_parameters import (
    add_sites,
    add_streams_decimal,
    params_from,
    site_fields,
    source_from,
    streams_decimal,
    table_from,
)


class WhatIfPlant(EcoParkAlgorithm):
    NAME = "whatif"
    DISPLAY = "What if: a new plant at a point"
    GROUP = "Siting"
    HELP_ANCHOR = "siting-what-if"
    HELP = (
        "Places a hypothetical new plant (id, name, NACE code and optionally its streams) at a point and runs "
        "the exchange search twice, without and with it, with the same catalogue and parameters as Find "
        "symbiosis exchanges (transport priced on straight lines x detour factor).\n\n"
        "Outputs. The exchanges the new plant would join in the best set (lines, with their figures); a table "
        "of the park's figures before and after and their difference; the gain in net benefit and in net CO2 "
        "avoided. The log also lists the exchanges it could join that were not chosen, with the reason, and "
        "the exchanges of today's park it would displace.\n\n"
        "New plant's streams (optional): a table of direction, stream, quantity and unit (as the streams "
        "table; the site id may be left out). Without it the plant gets the typical streams of its sector. "
        "The streams tables' fields are found by their names."
    )

    def initAlgorithm(self, config=None):
        add_sites(self)
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                "STREAMS", self.tr("Streams table"), [QgsProcessing.SourceType.TypeVector], optional=True
            )
        )
        add_streams_decimal(self)
        self.add_parameter(QgsProcessingParameterPoint("POINT", self.tr("Location of the new plant")))
        self.add_parameter(QgsProcessingParameterString("NEW_ID", self.tr("New plant: id"), "NEW"))
        self.add_parameter(QgsProcessingParameterString("NEW_NAME", self.tr("New plant: name"), optional=True))
        self.add_parameter(QgsProcessingParameterString("NACE", self.tr("New plant: NACE Rev.2 code (e.g. 23.51)")))
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                "NEW_STREAMS",
                self.tr("New plant's streams (default: from its sector)"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            )
        )
        self.add_advanced(
            QgsProcessingParameterFile(
                "PARAMETERS_FILE",
                self.tr("Parameters file (JSON: prices, transport, objective)"),
                extension="json",
                optional=True,
            )
        )
        self.add_advanced(
            QgsProcessingParameterFile(
                "CATALOGUE", self.tr("Extra catalogue rules of the run (CSV)"), extension="csv", optional=True
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT_JOINED", self.tr("Exchanges the new plant joins"), QgsProcessing.SourceType.TypeVectorLine
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT_CHANGES", self.tr("Park figures before and after"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.addOutput(QgsProcessingOutputNumber("NET_BENEFIT_GAIN", self.tr("Gain in net benefit (EUR/yr)")))
        self.addOutput(QgsProcessingOutputNumber("CO2_GAIN", self.tr("Gain in net CO2 avoided (t/yr)")))

    def process(self, parameters, context, feedback):
        sites = source_from(self, parameters, context, "SITES")
        extra = self.parameterAsFile(parameters, "CATALOGUE", context)
        # the park as every run reads it: through the job builder, with the user's field mapping
        streams = source_from(self, parameters, context, "STREAMS", optional=True)
        job = job_from_layers(
            sites,
            streams,
            site_fields=site_fields(self, parameters, context),
            params=params_from(self, parameters, context),
            catalogue=Catalogue.load([extra] if extra else None),
            streams_decimal=streams_decimal(self, parameters, context) if streams is not None else None,
        )
        crs = sites.sourceCrs()
        point = self.parameterAsPoint(parameters, "POINT", context)
        point_crs = self.parameterAsPointCrs(parameters, "POINT", context)
        if point_crs.isValid() and point_crs != crs:
            try:
                point = QgsCoordinateTransform(point_crs, crs, context.transformContext()).transform(point)
            except QgsCsException as exc:
                raise QgsProcessingException(
                    self.tr("The point cannot be placed in the sites' CRS {}: {}").format(crs.authid(), exc)
                ) from exc
        new_site = {
            "site_id": self.parameterAsString(parameters, "NEW_ID", context),
            "name": self.parameterAsString(parameters, "NEW_NAME", context),
            "nace": self.parameterAsString(parameters, "NACE", context),
        }
        answer = what_if(
            job,
            new_site,
            (point.x(), point.y()),
            table_from(self, parameters, context, "NEW_STREAMS"),
            progress=Progress(feedback),
            is_cancelled=feedback.isCanceled,
        )
        self._report(answer, feedback)

        joined = answer.joined[[*EXCHANGE_FIELDS, "geometry"]]
        # straight lines (no networks here), also when none is joined
        dest = self.write_frame(parameters, "OUTPUT_JOINED", context, feedback, joined, Qgis.WkbType.LineString, crs)
        if dest is None:
            return {}
        self.style_output(context, dest, "exchanges")
        table = answer.changes
        changes = pd.DataFrame(
            {
                "figure": table["key"].map(figure_labels()),
                "before": table["before"],
                "after": table["after"],
                "difference": table["difference"],
            }
        )
        dest_changes = self.write_frame(
            parameters, "OUTPUT_CHANGES", context, feedback, changes, Qgis.WkbType.NoGeometry
        )
        if dest_changes is None:
            return {}
        return {
            "OUTPUT_JOINED": dest,
            "OUTPUT_CHANGES": dest_changes,
            "NET_BENEFIT_GAIN": answer.net_benefit_gain,
            "CO2_GAIN": answer.co2_gain,
        }

    def _report(self, answer: WhatIf, feedback) -> None:
        """What the plant would join and what it is worth, in the log."""
        site = answer.site
        origin = {
            "given": self.tr("{name}: the streams given ({n})"),
            "inferred": self.tr("{name}: %n stream(s) typical of sector {nace}", len(answer.streams)),
            "none": self.tr("{name}: no streams given and no profile for sector {nace}; it can still receive "
                            "what its sector uses"),
        }[answer.streams_origin]  # fmt: skip
        feedback.pushInfo(origin.format(name=site["name"], n=len(answer.streams), nace=site["nace"]))
        line = self.tr("{role} {stream}: {partner}, {q:,.0f} {unit}/yr, net {net:,.0f} EUR/yr, CO2 {co2:,.0f} t/yr")
        for row in answer.joined.itertuples():
            supplies = row.supplier == site["site_id"]
            feedback.pushInfo(
                line.format(
                    role=self.tr("Would send") if supplies else self.tr("Would receive"),
                    stream=row.stream_en,
                    partner=row.receiver_name if supplies else row.supplier_name,
                    q=row.quantity_selected,
                    unit=row.unit,
                    net=row.net,
                    co2=row.co2,
                )
            )
        for row in answer.missed.itertuples():
            feedback.pushInfo(
                self.tr("Not chosen: {s} -> {r} ({stream}): {reason}").format(
                    s=row.supplier_name, r=row.receiver_name, stream=row.stream_en, reason=row.reason
                )
            )
        for row in answer.displaced.itertuples():
            feedback.pushInfo(
                self.tr("Displaced: {s} -> {r} ({stream}), net {net:,.0f} EUR/yr").format(
                    s=row.supplier_name, r=row.receiver_name, stream=row.stream_en, net=row.net
                )
            )
        feedback.pushInfo(
            self.tr(
                "%n exchange(s) joined; the park's net benefit changes by {net:+,.0f} EUR/yr and its net CO2 "
                "avoided by {co2:+,.0f} t/yr",
                len(answer.joined),
            ).format(net=answer.net_benefit_gain, co2=answer.co2_gain)
        )
