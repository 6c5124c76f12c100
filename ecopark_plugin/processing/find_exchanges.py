"""Processing algorithm: the main job, sites (and streams) -> priced and chosen exchanges."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.job import run
from ..core.model.errors import EcoParkError
from ..core.model.mapping import ACTIVITY_KINDS, ImportMapping
from ..core.model.parameters import Parameters
from ..core.model.rejects import as_frame
from ..core.symbiosis.catalogue import Catalogue
from ..qgis_io import postgis
from ..qgis_io.job_inputs import job_from_layers
from ..qgis_io.layers import file_layer, frame_wkb_type
from ..qgis_io.results import write_parameters
from .base import EcoParkAlgorithm, Progress
from .enums import named_enum
from .shared_parameters import (
    add_housing_parameters,
    add_streams_decimal,
    add_table_parameters,
    homes_message,
    housing_from_parameters,
    regime_from,
    source_from,
    streams_decimal,
    table_from,
    tables_from,
)
from .staged_outputs import StagedOutputs
from .transport_parameters import add_network_parameters, apply_network_options, networks_from_parameters

OBJECTIVES = ("benefit", "co2", "weighted")
MODE_NAMES = ("truck", "rail", "ship", "pipeline")
ROUTERS = ("in-process", "pgrouting")


class FindExchanges(EcoParkAlgorithm):
    NAME = "findexchanges"
    DISPLAY = "Find symbiosis exchanges"
    HELP = (
        "Finds the exchanges of by-products, waste and surplus energy between industrial sites that the "
        "catalogue's supply -> use rules link, prices every candidate and chooses the best set with a linear "
        "programme: the largest net benefit, the most CO2 avoided, or benefit + CO2 x carbon price.\n\n"
        "Inputs. Sites: points or polygons in any CRS, with id, name and NACE Rev.2 code fields and an "
        "optional hazard class (I-V); fields left empty are guessed from their names. Streams (optional): a "
        "table of site id, direction (output/input), stream, quantity, unit (t, kg, m3, MWh, GJ ... per yr, "
        "day or h) and EWC code; sites without streams get the typical streams of their sector. Networks "
        "(optional): road, rail, ports, terminals and waterways; distances are then measured on them and "
        "truck, rail, ship and pipeline chains (truck-ship-truck, say) priced; without them a distance is the "
        "geodesic distance x the detour factor. Housing (optional): buildings, residential land or population, "
        "to count the people inside the sanitary protection zones.\n\n"
        "Outputs. Exchanges: one line per candidate, supplier -> receiver, with quantity, mode, distance, "
        "transport cost and CO2, avoided disposal and purchase, avoided virgin-production CO2, net benefit, "
        "whether it is chosen and why not. Sites with their tonnes sent and received, links, benefit and CO2. "
        "Optional: the protection zones before and after the exchanges, the zone land freed, the homes inside "
        "zones and the sites ranked by the people inside their zone. The layers go into a group named after "
        "the scenario.\n\n"
        "Figures. Prices, CO2 factors and disposal costs come from the catalogue "
        "(resources/catalogue/exchange_rules.csv), typical streams from sector_profiles.csv; each figure names "
        "its source or is labelled an assumption. Transport parameters are set here or in a parameters file "
        "(JSON); the README lists every default with its source. Check the assumptions against your region "
        "before deciding anything."
    )

    SITES, SITE_ID, SITE_NAME, SITE_NACE, SITE_HAZARD = "SITES", "SITE_ID", "SITE_NAME", "SITE_NACE", "SITE_HAZARD"
    EXISTING = "EXISTING"
    EVIDENCE_ONLY = "EVIDENCE_ONLY"
    STREAMS, ST_SITE, ST_DIR, ST_STREAM, ST_QTY, ST_UNIT, ST_EWC = (
        "STREAMS",
        "STREAM_SITE",
        "STREAM_DIRECTION",
        "STREAM_NAME",
        "STREAM_QUANTITY",
        "STREAM_UNIT",
        "STREAM_EWC",
    )
    OBJECTIVE, DETOUR, TRUCK_COST, HANDLING, INFER = "OBJECTIVE", "DETOUR", "TRUCK_COST", "HANDLING", "INFER"
    MODES = "MODES"
    PARAMS_FILE, CATALOGUE = "PARAMETERS_FILE", "CATALOGUE"
    OUT_SITES, OUT_EXCHANGES = "OUTPUT_SITES", "OUTPUT_EXCHANGES"
    SCENARIO = "SCENARIO"
    SKIP_BAD_ROWS, OUT_REJECTED = "SKIP_BAD_ROWS", "OUTPUT_REJECTED"
    ACTIVITY_KIND, SITE_YEAR, MAPPING_FILE = "ACTIVITY_KIND", "SITE_YEAR", "MAPPING_FILE"
    POSTGIS_DATABASE = "POSTGIS_DATABASE"
    POSTGIS_SCHEMA = "POSTGIS_SCHEMA"
    ROUTER = "ROUTER"
    #: zone and housing outputs: (parameter, result layer)
    ZONE_OUTPUTS = (
        ("OUTPUT_ZONES", "zones"),
        ("OUTPUT_ZONES_AFTER", "zones_after"),
        ("OUTPUT_FREED", "zone_reduction"),
        ("OUTPUT_CONFLICTS", "housing_conflicts"),
        ("OUTPUT_RISK", "site_risk"),
    )

    def initAlgorithm(self, config=None):
        defaults = Parameters()
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.SITES,
                self.tr("Sites"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        for key, label in (
            (self.SITE_ID, self.tr("Site id field")),
            (self.SITE_NAME, self.tr("Site name field")),
            (self.SITE_NACE, self.tr("NACE code field")),
            (self.SITE_HAZARD, self.tr("Hazard class field")),
            (self.SITE_YEAR, self.tr("Reporting year field (each site's latest year is kept)")),
        ):
            self.add_parameter(
                QgsProcessingParameterField(key, label, parentLayerParameterName=self.SITES, optional=True)
            )
        self.add_parameter(
            named_enum(
                self.ACTIVITY_KIND,
                self.tr("Activity codes are"),
                [
                    self.tr("Detected from the codes"),
                    self.tr("NACE Rev.2"),
                    self.tr("E-PRTR Annex I (mapped to NACE)"),
                    self.tr("OKVED2"),
                ],
                ACTIVITY_KINDS,
                defaultValue=0,
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(
                self.STREAMS, self.tr("Streams table"), [QgsProcessing.SourceType.TypeVector], optional=True
            )
        )
        for key, label in (
            (self.ST_SITE, self.tr("Stream: site id field")),
            (self.ST_DIR, self.tr("Stream: direction field")),
            (self.ST_STREAM, self.tr("Stream: name field")),
            (self.ST_QTY, self.tr("Stream: quantity field")),
            (self.ST_UNIT, self.tr("Stream: unit field")),
            (self.ST_EWC, self.tr("Stream: EWC code field")),
        ):
            param = QgsProcessingParameterField(key, label, parentLayerParameterName=self.STREAMS, optional=True)
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.add_parameter(param)
        add_streams_decimal(self)
        existing = QgsProcessingParameterFeatureSource(
            self.EXISTING,
            self.tr("Exchanges that exist already (supplier, receiver, stream): the baseline"),
            [QgsProcessing.SourceType.TypeVector],
            optional=True,
        )
        existing.setFlags(existing.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.add_parameter(existing)
        evidence_only = QgsProcessingParameterBoolean(
            self.EVIDENCE_ONLY,
            self.tr("Choose only exchanges resting on reported or derived figures (no sector defaults)"),
            defaultValue=False,
        )
        evidence_only.setFlags(evidence_only.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.add_parameter(evidence_only)
        self.add_parameter(
            named_enum(
                self.OBJECTIVE,
                self.tr("Objective"),
                [
                    self.tr("Net benefit (EUR/yr)"),
                    self.tr("Net CO2 avoided (t/yr)"),
                    self.tr("Benefit + CO2 x carbon price"),
                ],
                OBJECTIVES,
                defaultValue=0,
            )
        )
        self.add_parameter(
            QgsProcessingParameterBoolean(
                self.INFER, self.tr("Infer streams from the sector where none are given"), defaultValue=True
            )
        )
        self.add_parameter(
            named_enum(
                self.MODES,
                self.tr("Transport modes allowed (choose one to force it)"),
                [self.tr("Truck"), self.tr("Rail"), self.tr("Ship"), self.tr("Pipeline")],
                MODE_NAMES,
                allowMultiple=True,
                defaultValue=[0, 1, 2, 3],
            )
        )
        add_network_parameters(self)
        add_housing_parameters(self, optional=True)
        self.add_parameter(
            QgsProcessingParameterString(
                self.SCENARIO, self.tr("Scenario name (the layer group of the results)"), self.tr("EcoPark scenario")
            )
        )
        advanced = [
            QgsProcessingParameterNumber(
                self.DETOUR,
                self.tr("Detour factor (road / straight distance)"),
                QgsProcessingParameterNumber.Type.Double,
                defaults.detour_factor,
                minValue=1.0,
            ),
            QgsProcessingParameterNumber(
                self.TRUCK_COST,
                self.tr("Truck cost (EUR per t-km)"),
                QgsProcessingParameterNumber.Type.Double,
                defaults.truck_eur_per_tkm,
                minValue=0.0,
            ),
            QgsProcessingParameterNumber(
                self.HANDLING,
                self.tr("Handling (EUR per t and transfer)"),
                QgsProcessingParameterNumber.Type.Double,
                defaults.handling_eur_per_t,
                minValue=0.0,
            ),
            QgsProcessingParameterFile(
                self.PARAMS_FILE,
                self.tr("Parameters file (JSON, overrides the above)"),
                extension="json",
                optional=True,
            ),
            QgsProcessingParameterFile(
                self.CATALOGUE, self.tr("Extra catalogue rules (CSV)"), extension="csv", optional=True
            ),
            QgsProcessingParameterFile(
                self.MAPPING_FILE,
                self.tr("Import mapping file (JSON, as the runner's --save-mapping writes it)"),
                extension="json",
                optional=True,
            ),
        ]
        advanced.append(
            QgsProcessingParameterBoolean(
                self.SKIP_BAD_ROWS,
                self.tr("Go on without the sites and streams rows that cannot be used (to the rejected table)"),
                defaultValue=False,
            )
        )
        advanced += [
            QgsProcessingParameterString(
                self.POSTGIS_DATABASE,
                self.tr(
                    "PostgreSQL database (connection string or QGIS connection): to write the scenario into, "
                    "or to route in with pgRouting"
                ),
                optional=True,
            ),
            QgsProcessingParameterString(
                self.POSTGIS_SCHEMA, self.tr("Schema of the scenario in that database (must not exist)"), optional=True
            ),
            named_enum(
                self.ROUTER,
                self.tr("Road router"),
                [self.tr("In process"), self.tr("pgRouting, in the PostgreSQL database")],
                ROUTERS,
                defaultValue=0,
            ),
        ]
        for param in advanced:
            param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.add_parameter(param)
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUT_EXCHANGES, self.tr("Exchanges"), QgsProcessing.SourceType.TypeVectorLine
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUT_SITES, self.tr("Sites with results"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            )
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUT_REJECTED,
                self.tr("Rejected rows, each with its reason"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=False,
            )
        )
        add_table_parameters(self, rules=True, params_file=False)  # its own PARAMETERS_FILE holds them too
        zone_labels = {
            "OUTPUT_ZONES": self.tr("Sanitary protection zones, before"),
            "OUTPUT_ZONES_AFTER": self.tr("Zones after the exchanges"),
            "OUTPUT_FREED": self.tr("Zone land freed"),
            "OUTPUT_CONFLICTS": self.tr("Homes inside zones (with a housing layer)"),
            "OUTPUT_RISK": self.tr("Sites by people inside their zone (with a housing layer)"),
        }
        for key, _ in self.ZONE_OUTPUTS:
            geometry = (
                QgsProcessing.SourceType.TypeVectorAnyGeometry
                if key in ("OUTPUT_CONFLICTS", "OUTPUT_RISK")
                else QgsProcessing.SourceType.TypeVectorPolygon
            )
            self.add_parameter(QgsProcessingParameterFeatureSink(key, zone_labels[key], geometry, optional=True))
        for key, label in (
            ("FREED_HA", self.tr("Zone land freed (ha)")),
            ("POP_BEFORE", self.tr("People inside zones before")),
            ("POP_AFTER", self.tr("People inside zones after")),
            ("SELECTED", self.tr("Exchanges chosen")),
            ("NET_BENEFIT", self.tr("Net benefit (EUR/yr)")),
            ("CO2_AVOIDED", self.tr("Net CO2 avoided (t/yr)")),
            ("TONNES", self.tr("Tonnes diverted (t/yr)")),
            ("REJECTED", self.tr("Input rows rejected")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def _params(self, parameters, context) -> Parameters:
        path = self.parameterAsFile(parameters, self.PARAMS_FILE, context)
        try:
            if path:
                return Parameters.from_json(Path(path).read_text(encoding="utf-8"))
            return Parameters.from_dict(
                {
                    "objective": OBJECTIVES[self.parameterAsEnum(parameters, self.OBJECTIVE, context)],
                    "detour_factor": self.parameterAsDouble(parameters, self.DETOUR, context),
                    "truck_eur_per_tkm": self.parameterAsDouble(parameters, self.TRUCK_COST, context),
                    "handling_eur_per_t": self.parameterAsDouble(parameters, self.HANDLING, context),
                    "infer_streams": self.parameterAsBoolean(parameters, self.INFER, context),
                    "evidence_only": self.parameterAsBoolean(parameters, self.EVIDENCE_ONLY, context),
                    "modes": [MODE_NAMES[i] for i in self.parameterAsEnums(parameters, self.MODES, context)]
                    or list(MODE_NAMES),
                }
            )
        except (ValueError, OSError) as exc:
            raise QgsProcessingException(self.tr("Parameters: {}").format(exc)) from exc

    def _mapping(self, parameters, context) -> ImportMapping:
        """The mapping file's, with the year field and the kind of activity code given here over it."""
        path = self.parameterAsFile(parameters, self.MAPPING_FILE, context)
        base = ImportMapping.load(path) if path else ImportMapping()
        year = self.parameterAsString(parameters, self.SITE_YEAR, context)
        kind = ACTIVITY_KINDS[self.parameterAsEnum(parameters, self.ACTIVITY_KIND, context)]
        return base.merged(ImportMapping({"year": year} if year else {}, {}, kind, None))

    def process(self, parameters, context: QgsProcessingContext, feedback):
        sites = source_from(self, parameters, context, self.SITES)
        streams = source_from(self, parameters, context, self.STREAMS, optional=True)
        field = lambda key: self.parameterAsString(parameters, key, context) or None  # noqa: E731
        site_fields = {
            "site_id": field(self.SITE_ID),
            "name": field(self.SITE_NAME),
            "nace": field(self.SITE_NACE),
            "hazard_class": field(self.SITE_HAZARD),
        }
        stream_fields = {
            "site_id": field(self.ST_SITE),
            "direction": field(self.ST_DIR),
            "stream": field(self.ST_STREAM),
            "quantity": field(self.ST_QTY),
            "unit": field(self.ST_UNIT),
            "ewc": field(self.ST_EWC),
        }
        params = apply_network_options(self, parameters, context, self._params(parameters, context))
        params = regime_from(self, parameters, context, params)
        extra = self.parameterAsFile(parameters, self.CATALOGUE, context)
        networks = networks_from_parameters(self, parameters, context, params, feedback)
        classes, rules = tables_from(self, parameters, context, params)
        homes = housing_from_parameters(self, parameters, context, params)
        scenario = self.parameterAsString(parameters, self.SCENARIO, context) or self.tr("EcoPark scenario")
        catalogue = Catalogue.load([extra] if extra else None)
        job = job_from_layers(
            sites,
            streams,
            site_fields=site_fields,
            stream_fields=stream_fields,
            params=params,
            catalogue=catalogue,
            rules=rules,
            classes=classes,
            networks=networks,
            housing=homes,
            existing=table_from(self, parameters, context, self.EXISTING),
            mapping=self._mapping(parameters, context),
            skip_bad_rows=self.parameterAsBoolean(parameters, self.SKIP_BAD_ROWS, context),
            streams_decimal=streams_decimal(self, parameters, context) if streams is not None else None,
        )
        database = self.parameterAsString(parameters, self.POSTGIS_DATABASE, context).strip()
        schema = self.parameterAsString(parameters, self.POSTGIS_SCHEMA, context).strip()
        pgrouting = ROUTERS[self.parameterAsEnum(parameters, self.ROUTER, context)] == "pgrouting"
        if schema or (database and not pgrouting):
            try:
                if not (database and schema):
                    raise EcoParkError(self.tr("PostGIS output needs both a database and a schema"))
                postgis.check_schema_name(schema)
                if postgis.schema_exists(database, schema):
                    raise EcoParkError(
                        self.tr("schema {schema} exists in the database; choose another").format(schema=schema)
                    )
            except EcoParkError as exc:
                raise QgsProcessingException(str(exc)) from exc
        router = self._router(database, networks) if pgrouting else None
        try:
            outcome = run(job, Progress(feedback), feedback.isCanceled)
        finally:
            if router is not None:
                router.close()
        if router is not None:
            feedback.pushInfo(
                self.tr(
                    "Road distances by pgRouting: {edges:,} edges loaded in {load:.1f} s; queries {query:.1f} s"
                ).format(
                    edges=router.loaded.get("edges", 0),
                    load=router.loaded.get("seconds", 0.0),
                    query=router.query_seconds,
                )
            )
        result, impact = outcome.result, outcome.impact
        if database and schema:
            try:
                postgis.write_scenario(outcome.layers, database, schema)
            except EcoParkError as exc:
                raise QgsProcessingException(str(exc)) from exc
            feedback.pushInfo(self.tr("Wrote schema {schema} of the database").format(schema=schema))

        # every GeoPackage output into a temporary copy, moved into place once all are written: a failure or a
        # cancel leaves an earlier scenario GeoPackage as it was
        keys = [self.OUT_EXCHANGES, self.OUT_SITES, *(key for key, _ in self.ZONE_OUTPUTS), self.OUT_REJECTED]
        with StagedOutputs(parameters, keys) as staged:
            outputs, styles = self._write_outputs(staged.parameters, context, feedback, outcome, sites)
            if not outputs:
                return {}
            self._record_parameters(outputs, job.params, feedback)
            outputs = staged.commit(context, outputs)
        # styled once the layers to load name the real file (the context owns a styler given to it, and
        # would delete it with the temporary file's entry)
        for key, style in styles.items():
            self.style_output(context, outputs[key], style, group=scenario)
        rejected = outcome.rejected
        outputs["REJECTED"] = len(rejected)
        zs = impact.summary
        homes_totals = zs.get("housing", {})
        outputs.update(
            {
                "FREED_HA": zs["freed_ha"],
                "POP_BEFORE": homes_totals.get("pop_before", 0.0),
                "POP_AFTER": homes_totals.get("pop_after", 0.0),
            }
        )
        feedback.pushInfo(
            self.tr(
                "Zones {a:,.0f} ha before, {b:,.0f} ha after; %n site(s) in a lower class", zs["sites_reduced"]
            ).format(a=zs["zone_area_before_ha"], b=zs["zone_area_after_ha"])
        )
        if homes_totals:
            feedback.pushInfo(homes_message(homes_totals))
        s = result.summary
        feedback.pushInfo(
            self.tr(
                "{selected} of %n candidate exchange(s) chosen; net benefit {net:,.0f} EUR/yr; net CO2 avoided "
                "{co2:,.0f} t/yr",
                s["candidates"],
            ).format(selected=s["selected"], net=s["net_benefit_eur"], co2=s["co2_avoided_t"])
        )
        outputs.update(
            {
                "SELECTED": s["selected"],
                "NET_BENEFIT": s["net_benefit_eur"],
                "CO2_AVOIDED": s["co2_avoided_t"],
                "TONNES": s["tonnes_diverted"],
            }
        )
        return outputs

    def _write_outputs(self, parameters, context, feedback, outcome, sites) -> tuple[dict, dict]:
        """The result layers into their outputs' sinks: the destinations by output (empty when cancelled) and
        the style of each."""
        result, impact = outcome.result, outcome.impact
        outputs, styles = {}, {}
        frames = [(self.OUT_EXCHANGES, result.exchanges, "exchanges"), (self.OUT_SITES, result.sites, "sites")]
        layers = impact.layers()
        frames += [(key, layers[name], name) for key, name in self.ZONE_OUTPUTS if name in layers]
        for key, frame, style in frames:
            if parameters.get(key) is None and key not in (self.OUT_EXCHANGES, self.OUT_SITES):
                continue  # an optional output the user switched off
            wkb_type = frame_wkb_type(frame) if len(frame) else _empty_type(key)
            crs = homes_crs(self, parameters, context) if key == "OUTPUT_CONFLICTS" else sites.sourceCrs()
            dest = self.write_frame(parameters, key, context, feedback, frame, wkb_type, crs)
            if dest is None:
                return {}, {}
            outputs[key] = dest
            styles[key] = style
        rejected = outcome.rejected
        if len(rejected):
            feedback.reportError(
                self.tr("%n input row(s) left out (first: layer {layer}, row {row}: {reason})", len(rejected)).format(
                    layer=rejected.iloc[0]["source_layer"],
                    row=rejected.iloc[0]["source_row"],
                    reason=rejected.iloc[0]["reason"],
                )
            )
        if parameters.get(self.OUT_REJECTED) is not None:
            dest = self.write_frame(
                parameters, self.OUT_REJECTED, context, feedback, as_frame(rejected), Qgis.WkbType.NoGeometry
            )
            if dest is None:
                return {}, {}
            outputs[self.OUT_REJECTED] = dest
        return outputs, styles

    def _record_parameters(self, outputs: dict, params: Parameters, feedback) -> None:
        """The table ``parameters``, as the runner writes it, in the GeoPackage that holds both the exchanges
        and the sites outputs (a scenario GeoPackage, which *Add existing scenario* reads with its parameters);
        a file holding one output alone is left with its layer only."""

        def gpkg_of(key):
            dest = outputs.get(key)
            path = Path(file_layer(dest)[0]) if isinstance(dest, str) else None
            return path.resolve() if path is not None and path.suffix.lower() == ".gpkg" and path.exists() else None

        gpkg = gpkg_of(self.OUT_EXCHANGES)
        if gpkg is None or gpkg != gpkg_of(self.OUT_SITES):
            return
        try:
            write_parameters(gpkg, params)
        except EcoParkError as exc:
            feedback.reportError(str(exc))

    def _router(self, database: str, networks):
        """The pgRouting router the ROUTER parameter asks for, connected and checked, set on ``networks``."""
        if not database:
            raise QgsProcessingException(
                self.tr("ROUTER pgrouting needs POSTGIS_DATABASE: the PostgreSQL database with pgRouting to route in")
            )
        if networks is None or networks.road is None:
            raise QgsProcessingException(
                self.tr("ROUTER pgrouting needs a road network (ROAD or ROAD_FILE): pgRouting routes on it")
            )
        from ..qgis_io.pgrouting import Router

        router = Router(database)
        try:
            router.check()
        except EcoParkError as exc:
            raise QgsProcessingException(str(exc)) from exc
        networks.road_costs = router
        return router


def _empty_type(key):
    from qgis.core import Qgis

    if key == FindExchanges.OUT_EXCHANGES:
        return Qgis.WkbType.LineString
    return Qgis.WkbType.Point if key == FindExchanges.OUT_SITES else Qgis.WkbType.MultiPolygon


def homes_crs(alg, parameters, context):
    return alg.parameterAsVectorLayer(parameters, "HOUSING", context).crs()
