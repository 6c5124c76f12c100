"""Processing algorithms of the map issue: protection zones, reduction zones, housing exposure, site risk."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import shapely
from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.model.errors import Cancelled, CatalogueError, InputError
from ..core.model.inputs import SITE_FIELDS, FieldMapping, validate_sites
from ..core.model.parameters import Parameters
from ..core.zones.housing import KINDS, exposure, site_risk
from ..core.zones.impact import assess, widths
from ..core.zones.protection import geodesic_area_ha, load_hazard_classes, load_reduction_rules, protection_zones
from ..i18n import translator
from ..qgis_io.layers import frame_wkb_type, layer_to_frame
from ..qgis_io.results import housing_from
from .base import EcoParkAlgorithm, Progress

KIND_CHOICES = ("auto", *KINDS)
#: the shared parameters and messages of the helpers below have one context, whichever algorithm uses them
tr = translator("ZoneAlgorithms")


def add_sites(alg, sites_key: str = "SITES") -> None:
    """The sites layer and its optional field mapping."""
    alg.addParameter(
        QgsProcessingParameterVectorLayer(
            sites_key,
            tr("Sites"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
        )
    )
    for key, label in (
        ("SITE_ID", tr("Site id field")),
        ("SITE_NAME", tr("Site name field")),
        ("SITE_NACE", tr("NACE code field")),
        ("SITE_HAZARD", tr("Hazard class field (I-V or 1-5; empty: inferred from NACE)")),
    ):
        alg.addParameter(QgsProcessingParameterField(key, label, parentLayerParameterName=sites_key, optional=True))


def add_exchanges(alg) -> None:
    """The exchanges layer of a run."""
    alg.addParameter(
        QgsProcessingParameterVectorLayer(
            "EXCHANGES", tr("Exchanges (from Find symbiosis exchanges)"), [QgsProcessing.SourceType.TypeVector]
        )
    )


def homes_message(totals: dict) -> str:
    return tr("{kind} inside zones: {hb:,} before, {ha:,} after; people {pb:,.0f} -> {pa:,.0f}").format(
        kind=totals["kind"],
        hb=totals["housing_before"],
        ha=totals["housing_after"],
        pb=totals["pop_before"],
        pa=totals["pop_after"],
    )


def sites_from(alg, parameters, context, key: str = "SITES"):
    layer = alg.parameterAsVectorLayer(parameters, key, context)
    if layer is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, key))
    frame = layer_to_frame(layer)
    given = {
        name: alg.parameterAsString(parameters, param, context) or None
        for name, param in (
            ("site_id", "SITE_ID"),
            ("name", "SITE_NAME"),
            ("nace", "SITE_NACE"),
            ("hazard_class", "SITE_HAZARD"),
        )
    }
    try:
        return layer, validate_sites(frame, FieldMapping.guess(frame.columns, SITE_FIELDS, given), layer.name())
    except InputError as exc:
        raise QgsProcessingException(str(exc)) from exc


def add_table_parameters(alg, rules: bool, params_file: bool = True) -> None:
    """Advanced inputs: the class table, the reduction rule (``rules``) and a parameters file (``params_file``;
    an algorithm that has its own leaves it out)."""
    params = []
    if rules:
        params.append(
            QgsProcessingParameterFile(
                "ZONE_RULES",
                tr("Pollution-reduction rule (CSV; default: the shipped one)"),
                extension="csv",
                optional=True,
            )
        )
    params.append(
        QgsProcessingParameterFile(
            "HAZARD_TABLE",
            tr("Activity -> hazard class table (CSV; default: the shipped one)"),
            extension="csv",
            optional=True,
        )
    )
    if params_file:
        params.append(
            QgsProcessingParameterFile(
                "PARAMETERS_FILE",
                tr("Parameters file (JSON: zone widths, risk bands, housing estimates)"),
                extension="json",
                optional=True,
            )
        )
    for param in params:
        param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        alg.addParameter(param)


def params_from(alg, parameters, context) -> Parameters:
    """The parameters file's figures, or the defaults."""
    path = alg.parameterAsFile(parameters, "PARAMETERS_FILE", context)
    try:
        return Parameters.from_json(Path(path).read_text(encoding="utf-8")) if path else Parameters()
    except (ValueError, OSError) as exc:
        raise QgsProcessingException(tr("Parameters: {}").format(exc)) from exc


def tables_from(alg, parameters, context):
    """(hazard class table or None, reduction rules or None): ``None`` is the shipped one."""
    table = alg.parameterAsFile(parameters, "HAZARD_TABLE", context)
    rules = alg.parameterAsFile(parameters, "ZONE_RULES", context)
    try:
        return load_hazard_classes(table) if table else None, load_reduction_rules(rules) if rules else None
    except CatalogueError as exc:
        raise QgsProcessingException(str(exc)) from exc


def add_housing_parameters(alg, optional: bool) -> None:
    alg.addParameter(
        QgsProcessingParameterVectorLayer(
            "HOUSING",
            tr("Housing: buildings, residential land use, or population grid or points"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint],
            optional=optional,
        )
    )
    alg.addParameter(
        QgsProcessingParameterEnum(
            "HOUSING_KIND",
            tr("Housing layer holds"),
            [
                tr("Guess from the layer"),
                tr("Buildings"),
                tr("Residential land use"),
                tr("Population (grid or points)"),
            ],
            defaultValue=0,
        )
    )
    for key, label in (
        ("POPULATION_FIELD", tr("Population field")),
        ("LEVELS_FIELD", tr("Storeys field (buildings)")),
    ):
        alg.addParameter(QgsProcessingParameterField(key, label, parentLayerParameterName="HOUSING", optional=True))


def housing_from_parameters(alg, parameters, context, params):
    layer = alg.parameterAsVectorLayer(parameters, "HOUSING", context)
    if layer is None:
        return None
    kind = KIND_CHOICES[alg.parameterAsEnum(parameters, "HOUSING_KIND", context)]
    try:
        return housing_from(
            layer,
            kind,
            alg.parameterAsString(parameters, "POPULATION_FIELD", context) or None,
            alg.parameterAsString(parameters, "LEVELS_FIELD", context) or None,
            params,
        )
    except InputError as exc:
        raise QgsProcessingException(str(exc)) from exc


def polygon_type(frame):
    return frame_wkb_type(frame) if len(frame) else Qgis.WkbType.MultiPolygon


class ProtectionZones(EcoParkAlgorithm):
    NAME = "protectionzones"
    DISPLAY = "Sanitary protection zones"
    GROUP = "Zones and housing"
    HELP = (
        "Gives every site a hazard class I-V and draws its sanitary protection zone, 1000, 500, 300, 100 or 50 "
        "m from the site's outline for classes I to V (SanPiN 2.2.1/2.1.1.1200-03).\n\n"
        "The class is the hazard class field where it is filled, else it is inferred from the NACE code with "
        "the activity table (resources/catalogue/hazard_classes.csv: the most specific NACE prefix wins; each "
        "row names its basis: a SanPiN clause, regional planning tables that repeat it, or an assumption). "
        "Give the class where you know it: SanPiN also sets classes by capacity, which a NACE code cannot "
        "tell.\n\n"
        "Output: one zone per site with hazard_class, class_label, class_source, width_m and area_ha. Widths "
        "are metres on the ground in any CRS; areas are geodesic hectares."
    )

    def initAlgorithm(self, config=None):
        add_sites(self)
        add_table_parameters(self, rules=False)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Protection zones"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputNumber("AREA_HA", self.tr("Area of all zones (ha)")))

    def processAlgorithm(self, parameters, context, feedback):
        layer, sites = sites_from(self, parameters, context)
        params = params_from(self, parameters, context)
        table, _ = tables_from(self, parameters, context)
        try:
            zones = protection_zones(sites, table, widths(params))
        except CatalogueError as exc:
            raise QgsProcessingException(str(exc)) from exc
        dest = self.write_frame(parameters, "OUTPUT", context, feedback, zones, polygon_type(zones), layer.crs())
        self.style_output(context, dest, "zones")
        union = gpd.GeoSeries([shapely.union_all(zones.geometry.to_numpy())], crs=zones.crs)
        return {"OUTPUT": dest, "AREA_HA": float(geodesic_area_ha(union)[0])}


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
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "STREAMS", self.tr("Streams table"), [QgsProcessing.SourceType.TypeVector], optional=True
            )
        )
        add_table_parameters(self, rules=True)
        for key, label in (
            ("ZONES_BEFORE", self.tr("Zones before")),
            ("ZONES_AFTER", self.tr("Zones after the exchanges")),
            ("FREED", self.tr("Zone land freed")),
        ):
            self.addParameter(QgsProcessingParameterFeatureSink(key, label, QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber("FREED_HA", self.tr("Zone land freed (ha)")))
        self.addOutput(QgsProcessingOutputNumber("SITES_REDUCED", self.tr("Sites in a lower class")))

    def processAlgorithm(self, parameters, context, feedback):
        layer, sites = sites_from(self, parameters, context)
        params = params_from(self, parameters, context)
        table, rules = tables_from(self, parameters, context)
        ex_layer = self.parameterAsVectorLayer(parameters, "EXCHANGES", context)
        if ex_layer is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "EXCHANGES"))
        exchanges = layer_to_frame(ex_layer)
        missing = {"supplier", "stream", "family", "selected", "quantity_selected"} - set(exchanges.columns)
        if missing:
            raise QgsProcessingException(
                self.tr(
                    "Exchanges layer '{layer}' lacks the fields {fields}: give the exchanges of 'Find symbiosis exchanges'"
                ).format(layer=ex_layer.name(), fields=", ".join(sorted(missing)))
            )
        if "supply" not in exchanges.columns:
            exchanges["supply"] = exchanges.get("quantity")
        streams = None
        st_layer = self.parameterAsVectorLayer(parameters, "STREAMS", context)
        if st_layer is not None:
            from ..core.model.inputs import STREAM_FIELDS, validate_streams
            from ..core.symbiosis.catalogue import Catalogue

            frame = layer_to_frame(st_layer)
            try:
                streams = validate_streams(
                    frame, sites, FieldMapping.guess(frame.columns, STREAM_FIELDS), st_layer.name()
                )
                catalogue = Catalogue.load()
            except (InputError, CatalogueError) as exc:
                raise QgsProcessingException(str(exc)) from exc
        else:
            catalogue = None
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
        except Cancelled:
            return {}
        except (InputError, CatalogueError, KeyError) as exc:
            raise QgsProcessingException(str(exc)) from exc
        out = {}
        r = impact.reduction
        for key, frame, style in (
            ("ZONES_BEFORE", r.before, "zones"),
            ("ZONES_AFTER", r.after, "zones_after"),
            ("FREED", r.freed, "zone_reduction"),
        ):
            dest = self.write_frame(parameters, key, context, feedback, frame, polygon_type(frame), layer.crs())
            if dest is None:
                return {}
            self.style_output(context, dest, style)
            out[key] = dest
        feedback.pushInfo(
            self.tr("{n} sites in a lower class; zones {a:,.0f} ha before, {b:,.0f} ha after").format(
                n=r.totals["sites_reduced"], a=r.totals["zone_area_before_ha"], b=r.totals["zone_area_after_ha"]
            )
        )
        out.update({"FREED_HA": r.totals["freed_ha"], "SITES_REDUCED": r.totals["sites_reduced"]})
        return out


def _zones_from(alg, parameters, context, key):
    layer = alg.parameterAsVectorLayer(parameters, key, context)
    if layer is None:
        return None
    frame = layer_to_frame(layer)
    if "site_id" not in frame.columns:
        raise QgsProcessingException(
            tr("Zones layer '{}' has no site_id field: give zones made by EcoPark").format(layer.name())
        )
    return frame


class HousingExposure(EcoParkAlgorithm):
    NAME = "housingexposure"
    DISPLAY = "Housing inside protection zones"
    GROUP = "Zones and housing"
    HELP = (
        "Counts the homes, residential area and people inside the protection zones, before and (when given) "
        "after the exchanges, and writes the housing in conflict with its status: still inside a zone, freed, "
        "or inside a zone only after.\n\n"
        "Housing is building polygons (a building touching a zone counts whole; population from a field, else "
        "footprint x storeys / floor area per person), residential land use (area inside, population from a "
        "field or a density) or a population grid or points. An OSM extract's multipolygons layer is read as "
        "homes: buildings that are not known non-homes and not on industrial land, or landuse=residential. "
        "Totals are taken over the union of the zones, so nobody is counted twice.\n\n"
        "Figures: floor area per person (45 m2), default storeys (2) and residential density (40 per ha) are "
        "labelled assumptions; change them in a parameters file, or give a population field where you have "
        "one."
    )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "ZONES", self.tr("Zones (before)"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                "ZONES_AFTER",
                self.tr("Zones after the exchanges"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        add_housing_parameters(self, optional=False)
        add_table_parameters(self, rules=False)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Housing in conflict"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            )
        )
        for key, label in (
            ("HOUSING_BEFORE", self.tr("Homes inside zones before")),
            ("HOUSING_AFTER", self.tr("Homes inside zones after")),
            ("POP_BEFORE", self.tr("People inside zones before")),
            ("POP_AFTER", self.tr("People inside zones after")),
            ("AREA_BEFORE_HA", self.tr("Residential area inside zones before (ha)")),
            ("AREA_AFTER_HA", self.tr("Residential area inside zones after (ha)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def processAlgorithm(self, parameters, context, feedback):
        params = params_from(self, parameters, context)
        before = _zones_from(self, parameters, context, "ZONES")
        if before is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "ZONES"))
        after = _zones_from(self, parameters, context, "ZONES_AFTER")
        feedback.setProgressText(self.tr("Reading housing"))
        homes = housing_from_parameters(self, parameters, context, params)
        if homes is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "HOUSING"))
        feedback.setProgress(40)
        conflicts, _, totals = exposure(before, after, homes)
        housing_layer = self.parameterAsVectorLayer(parameters, "HOUSING", context)
        wkb = frame_wkb_type(conflicts) if len(conflicts) else housing_layer.wkbType()
        dest = self.write_frame(parameters, "OUTPUT", context, feedback, conflicts, wkb, housing_layer.crs())
        self.style_output(context, dest, "housing_conflicts")
        feedback.pushInfo(homes_message(totals))
        return {
            "OUTPUT": dest,
            "HOUSING_BEFORE": totals["housing_before"],
            "HOUSING_AFTER": totals["housing_after"],
            "POP_BEFORE": totals["pop_before"],
            "POP_AFTER": totals["pop_after"],
            "AREA_BEFORE_HA": totals["res_area_before_ha"],
            "AREA_AFTER_HA": totals["res_area_after_ha"],
        }


class SiteRisk(EcoParkAlgorithm):
    NAME = "siterisk"
    DISPLAY = "Industrial risk near housing"
    GROUP = "Zones and housing"
    HELP = (
        "For environmental agencies: for each site, the homes and people inside its sanitary protection zone "
        "and the people in distance bands from its outline (default 0-500, 500-1000, 1000-2000, 2000-5000 m, "
        "an assumption: set your own), ranked.\n\n"
        "Inputs: the sites (hazard class from a field or inferred from NACE, as in 'Sanitary protection "
        "zones') and a housing layer (buildings, residential land or population).\n\n"
        "Output: each site with hazard_class, width_m, housing_in_zone, pop_in_zone, res_area_in_zone_ha, the "
        "people in each band and risk_rank (1: the most people inside the zone), styled by the people inside "
        "the zone so the worst sites show at a glance."
    )

    def initAlgorithm(self, config=None):
        add_sites(self)
        add_housing_parameters(self, optional=False)
        self.addParameter(
            QgsProcessingParameterString(
                "BANDS", self.tr("Distance bands, metres from the site (outer edges)"), "500, 1000, 2000, 5000"
            )
        )
        add_table_parameters(self, rules=False)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Sites by risk"), QgsProcessing.SourceType.TypeVectorAnyGeometry
            )
        )
        self.addOutput(QgsProcessingOutputNumber("POP_IN_ZONES", self.tr("People inside the zones (sum over sites)")))

    def processAlgorithm(self, parameters, context, feedback):
        layer, sites = sites_from(self, parameters, context)
        params = params_from(self, parameters, context)
        table, _ = tables_from(self, parameters, context)
        text = self.parameterAsString(parameters, "BANDS", context)
        try:
            bands = tuple(float(b) for b in text.replace(";", ",").split(",") if b.strip())
            if not bands or min(bands) <= 0:
                raise ValueError
        except ValueError as exc:
            raise QgsProcessingException(
                self.tr("Distance bands '{}': give positive metres such as 500, 1000, 2000").format(text)
            ) from exc
        feedback.setProgressText(self.tr("Reading housing"))
        homes = housing_from_parameters(self, parameters, context, params)
        if homes is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "HOUSING"))
        if feedback.isCanceled():
            return {}
        feedback.setProgress(30)
        try:
            zones = protection_zones(sites, table, widths(params))
        except CatalogueError as exc:
            raise QgsProcessingException(str(exc)) from exc
        risk = site_risk(sites, zones, homes, bands)
        dest = self.write_frame(parameters, "OUTPUT", context, feedback, risk, frame_wkb_type(risk), layer.crs())
        self.style_output(context, dest, "site_risk")
        return {"OUTPUT": dest, "POP_IN_ZONES": float(risk["pop_in_zone"].sum())}
