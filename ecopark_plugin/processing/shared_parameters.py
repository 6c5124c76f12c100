"""Inputs several algorithms declare and read the same way: sites, exchanges, streams, housing, the class and
reduction tables and a parameters file, and the log line of the homes inside the zones."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorLayer,
)

from ..core.model.inputs import SITE_FIELDS, FieldMapping, validate_sites
from ..core.model.parameters import Parameters
from ..core.zones.housing import KINDS
from ..core.zones.protection import load_hazard_classes, load_reduction_rules
from ..core.zones.regimes import regime_for
from ..i18n import translator
from ..qgis_io.layers import layer_decimal, source_to_frame
from ..qgis_io.results import housing_from
from .enums import named_enum

KIND_CHOICES = ("auto", *KINDS)
#: the choices of a decimal-mark parameter: key -> mark (None: detected)
DECIMAL_CHOICES = {"auto": None, "point": ".", "comma": ","}
#: the ZONE_REGIME enum's options after the first (the parameters file's choice): regime keys, in order
REGIME_CHOICES = ("sanpin", "vng", "nrw")
#: one context for these shared inputs and messages, whichever algorithm uses them (the name is the one they
#: had in zone_algorithms.py, where they were first written, so their translations stay as they are)
tr = translator("ZoneAlgorithms")

#: the site fields a user may map: model field -> parameter
SITE_FIELD_PARAMETERS = (
    ("site_id", "SITE_ID"),
    ("name", "SITE_NAME"),
    ("nace", "SITE_NACE"),
    ("hazard_class", "SITE_HAZARD"),
)


def add_sites(alg, sites_key: str = "SITES") -> None:
    """The sites (a feature source: selected features only and filters apply) and their optional field mapping."""
    alg.add_parameter(
        QgsProcessingParameterFeatureSource(
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
        alg.add_parameter(QgsProcessingParameterField(key, label, parentLayerParameterName=sites_key, optional=True))


def add_exchanges(alg) -> None:
    """The exchanges layer of a run."""
    alg.add_parameter(
        QgsProcessingParameterFeatureSource(
            "EXCHANGES", tr("Exchanges (from Find symbiosis exchanges)"), [QgsProcessing.SourceType.TypeVector]
        )
    )


def source_from(alg, parameters, context, key: str, optional: bool = False):
    """The feature source of input ``key``; ``None`` for an optional one left empty, else Processing's error."""
    source = alg.parameterAsSource(parameters, key, context)
    if source is None and not optional:
        raise QgsProcessingException(alg.invalidSourceError(parameters, key))
    return source


def add_streams_decimal(alg, key: str = "STREAMS_DECIMAL") -> None:
    """The decimal mark of a streams table whose quantities are text (a CSV), as the runner's --decimal and the
    panel's import dialog take it: detected in the file unless declared."""
    param = named_enum(
        key,
        tr("Decimal mark of a streams CSV's quantities"),
        [tr("Detected"), tr("Point"), tr("Comma")],
        DECIMAL_CHOICES,
        defaultValue=0,
        optional=True,
    )
    param.setFlags(param.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    alg.add_parameter(param)


def streams_decimal(alg, parameters, context, source_key: str = "STREAMS", key: str = "STREAMS_DECIMAL"):
    """The decimal mark the streams table's text quantities are read with: the one declared, else the one
    detected in the CSV behind the input (``None``: not a CSV, numbers passed as they are)."""
    declared = list(DECIMAL_CHOICES.values())[alg.parameterAsEnum(parameters, key, context)]
    if declared is not None:
        return declared
    layer = alg.parameterAsVectorLayer(parameters, source_key, context)
    return layer_decimal(layer) if layer is not None else None


def table_from(alg, parameters, context, key: str) -> pd.DataFrame | None:
    """The rows of optional input ``key`` as a plain table (geometry dropped), or ``None``."""
    source = source_from(alg, parameters, context, key, optional=True)
    if source is None:
        return None
    frame = source_to_frame(source)
    return pd.DataFrame(frame.drop(columns="geometry")) if "geometry" in frame.columns else pd.DataFrame(frame)


def site_fields(alg, parameters, context) -> dict:
    """The user's site field mapping (model field -> field name; ``None``: guessed from the names)."""
    return {name: alg.parameterAsString(parameters, key, context) or None for name, key in SITE_FIELD_PARAMETERS}


def sites_from(alg, parameters, context, key: str = "SITES"):
    """(the sites' feature source, the sites checked against the data model).

    Raises InputError (the engine's, naming feature and field) on bad sites.
    """
    source = source_from(alg, parameters, context, key)
    frame = source_to_frame(source)
    given = site_fields(alg, parameters, context)
    return source, validate_sites(frame, FieldMapping.guess(frame.columns, SITE_FIELDS, given), source.sourceName())


def homes_message(totals: dict) -> str:
    return tr("{kind} inside zones: {hb:,} before, {ha:,} after; people {pb:,.0f} -> {pa:,.0f}").format(
        kind=totals["kind"],
        hb=totals["housing_before"],
        ha=totals["housing_after"],
        pb=totals["pop_before"],
        pa=totals["pop_after"],
    )


def add_table_parameters(alg, rules: bool, params_file: bool = True) -> None:
    """The zone regime, and advanced inputs: the class table, the reduction rule (``rules``) and a parameters
    file (``params_file``; an algorithm that has its own leaves it out)."""
    alg.add_parameter(
        named_enum(
            "ZONE_REGIME",
            tr("Zone regime (classes and widths)"),
            [
                tr("As the parameters file says (default: SanPiN)"),
                tr("SanPiN 2.2.1/2.1.1.1200-03 (Russia), classes I-V"),
                tr("VNG Bedrijven en milieuzonering 2009 (Netherlands), categories"),
                tr("Abstandserlass NRW 2007 (Germany), distance classes"),
            ],
            ("file", *REGIME_CHOICES),
            defaultValue=0,
            optional=True,
        )
    )
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
            tr("Activity -> class table in the regime's classes (CSV; default: the regime's own)"),
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
        alg.add_parameter(param)


def params_from(alg, parameters, context) -> Parameters:
    """The parameters file's figures, or the defaults."""
    path = alg.parameterAsFile(parameters, "PARAMETERS_FILE", context)
    try:
        params = Parameters.from_json(Path(path).read_text(encoding="utf-8")) if path else Parameters()
    except (ValueError, OSError) as exc:
        raise QgsProcessingException(tr("Parameters: {}").format(exc)) from exc
    return regime_from(alg, parameters, context, params)


def regime_from(alg, parameters, context, params: Parameters) -> Parameters:
    """``params`` with the zone regime the ZONE_REGIME option chooses (its first option keeps the file's)."""
    if alg.parameterDefinition("ZONE_REGIME") is None:
        return params
    choice = alg.parameterAsEnum(parameters, "ZONE_REGIME", context)
    if choice > 0:
        params.zone_regime = REGIME_CHOICES[choice - 1]
        try:
            params.check()
        except ValueError as exc:
            raise QgsProcessingException(tr("Parameters: {}").format(exc)) from exc
    return params


def tables_from(alg, parameters, context, params: Parameters | None = None):
    """(class table or None, reduction rules or None): ``None`` is the shipped one. The class table is read
    in the classes of ``params``' zone regime.

    Raises CatalogueError on a table that breaks the schema.
    """
    table = alg.parameterAsFile(parameters, "HAZARD_TABLE", context)
    rules = alg.parameterAsFile(parameters, "ZONE_RULES", context)
    classes = load_hazard_classes(table, regime=regime_for(params)) if table else None
    return classes, load_reduction_rules(rules) if rules else None


def add_housing_parameters(alg, optional: bool) -> None:
    # a layer, not a feature source: an OSM extract's layer is read from its file with the OSM rules
    alg.add_parameter(
        QgsProcessingParameterVectorLayer(
            "HOUSING",
            tr("Housing: buildings, residential land use, or population grid or points"),
            [QgsProcessing.SourceType.TypeVectorPolygon, QgsProcessing.SourceType.TypeVectorPoint],
            optional=optional,
        )
    )
    alg.add_parameter(
        named_enum(
            "HOUSING_KIND",
            tr("Housing layer holds"),
            [
                tr("Guess from the layer"),
                tr("Buildings"),
                tr("Residential land use"),
                tr("Population (grid or points)"),
            ],
            KIND_CHOICES,
            defaultValue=0,
        )
    )
    for key, label in (
        ("POPULATION_FIELD", tr("Population field")),
        ("LEVELS_FIELD", tr("Storeys field (buildings)")),
    ):
        alg.add_parameter(QgsProcessingParameterField(key, label, parentLayerParameterName="HOUSING", optional=True))


def housing_from_parameters(alg, parameters, context, params):
    """The homes of the HOUSING input, or ``None`` when none is given. Raises InputError on a bad layer."""
    layer = alg.parameterAsVectorLayer(parameters, "HOUSING", context)
    if layer is None:
        return None
    kind = KIND_CHOICES[alg.parameterAsEnum(parameters, "HOUSING_KIND", context)]
    return housing_from(
        layer,
        kind,
        alg.parameterAsString(parameters, "POPULATION_FIELD", context) or None,
        alg.parameterAsString(parameters, "LEVELS_FIELD", context) or None,
        params,
    )
