"""Processing algorithm: each site's hazard class after the chosen exchanges, and the zone land they free."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ..core.model.inputs import STREAM_FIELDS, FieldMapping, validate_streams
from ..core.symbiosis.catalogue import Catalogue
from ..core.zones.impact import assess
from ..qgis_io.layers import frame_wkb_type, source_to_frame
from .base import EcoParkAlgorithm, Progress
from .shared_parameters import (
    add_exchanges,
    add_sites,
    add_table_parameters,
    params_from,
    sites_from,
    source_from,
    tables_from,
)

#: the fields of the exchanges of 'Find symbiosis exchanges' that the reduction reads
EXCHANGE_FIELDS = {"supplier", "stream", "family", "selected", "quantity_selected"}


class ReductionZones(EcoParkAlgorithm):
    NAME = "reductionzones"
    DISPLAY = "Pollution-reduction zones"
    GROUP = "Zones and housing"
    HELP = (
        "Recomputes each site's hazard class after the chosen exchanges and draws the zone land they free.\n\n"
        "The rule (resources/catalogue/zone_reduction.csv, editable; its rows are labelled assumptions): a row "
        "names a stream or a stream family, the share of the site's output that chosen exchanges must take, "
        "and how many classes the site then moves down. A site moves down only when every output matching a "
        "row with steps > 0 is diverted enough; class V is the floor. Confirm a reduction with a dispersion "
        "calculation before relying on it.\n\n"
        "Inputs: the sites and exchanges of 'Find symbiosis exchanges'. Give the streams table too when you "
        "have one: without it a site's outputs are those its exchanges name.\n\n"
        "Outputs: the zones before, the zones after, and the freed land: the ring between the zone before and "
        "after ('freed (net)' leaves out land still inside another site's zone)."
    )

    def initAlgorithm(self, config=None):
        add_sites(self)
        add_exchanges(self)
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                "STREAMS", self.tr("Streams table"), [QgsProcessing.SourceType.TypeVector], optional=True
            )
        )
        add_table_parameters(self, rules=True)
        for key, label in (
            ("ZONES_BEFORE", self.tr("Zones before")),
            ("ZONES_AFTER", self.tr("Zones after the exchanges")),
            ("FREED", self.tr("Zone land freed")),
        ):
            self.add_parameter(
                QgsProcessingParameterFeatureSink(key, label, QgsProcessing.SourceType.TypeVectorPolygon)
            )
        self.addOutput(QgsProcessingOutputNumber("FREED_HA", self.tr("Zone land freed (ha)")))
        self.addOutput(QgsProcessingOutputNumber("SITES_REDUCED", self.tr("Sites in a lower class")))

    def process(self, parameters, context, feedback):
        source, sites = sites_from(self, parameters, context)
        params = params_from(self, parameters, context)
        table, rules = tables_from(self, parameters, context, params)
        ex_source = source_from(self, parameters, context, "EXCHANGES")
        exchanges = source_to_frame(ex_source)
        missing = EXCHANGE_FIELDS - set(exchanges.columns)
        if missing:
            raise QgsProcessingException(
                self.tr(
                    "Exchanges layer '{layer}' lacks the fields {fields}: give the exchanges of 'Find symbiosis exchanges'"
                ).format(layer=ex_source.sourceName(), fields=", ".join(sorted(missing)))
            )
        if "supply" not in exchanges.columns:
            exchanges["supply"] = exchanges.get("quantity")
        streams = catalogue = None
        st_source = source_from(self, parameters, context, "STREAMS", optional=True)
        if st_source is not None:
            frame = source_to_frame(st_source)
            mapping = FieldMapping.guess(frame.columns, STREAM_FIELDS)
            streams = validate_streams(frame, sites, mapping, st_source.sourceName())
            catalogue = Catalogue.load()
        try:
            impact = assess(
                sites,
                exchanges,
                streams,
                None,
                params,
                catalogue,
                rules,
                table,
                progress=Progress(feedback),
                is_cancelled=feedback.isCanceled,
            )
        except KeyError as exc:  # not an EcoParkError, but reported as input, as before, not as a traceback
            raise QgsProcessingException(str(exc)) from exc
        out = {}
        r = impact.reduction
        for key, frame, style in (
            ("ZONES_BEFORE", r.before, "zones"),
            ("ZONES_AFTER", r.after, "zones_after"),
            ("FREED", r.freed, "zone_reduction"),
        ):
            wkb = frame_wkb_type(frame, empty=Qgis.WkbType.MultiPolygon)
            dest = self.write_frame(parameters, key, context, feedback, frame, wkb, source.sourceCrs())
            if dest is None:
                return {}
            self.style_output(context, dest, style)
            out[key] = dest
        feedback.pushInfo(
            self.tr(
                "%n site(s) in a lower class; zones {a:,.0f} ha before, {b:,.0f} ha after", r.totals["sites_reduced"]
            ).format(a=r.totals["zone_area_before_ha"], b=r.totals["zone_area_after_ha"])
        )
        out.update({"FREED_HA": r.totals["freed_ha"], "SITES_REDUCED": r.totals["sites_reduced"]})
        return out
