"""Choice parameters that take a name as well as an index.

``qgis_process run ecopark:... -- HOUSING_KIND=population`` must work as ``HOUSING_KIND=3`` does: QGIS's enum
parameter takes only indexes (or, with static strings, only its labels, which are translated). Each choice
parameter here carries stable English keys in its metadata; :func:`resolve_enums` turns keys, labels and
indexes alike into indexes before the algorithm checks or reads its parameters.
"""

from __future__ import annotations

from qgis.core import QgsProcessingParameterEnum

from ..i18n import translator

#: metadata entry of a choice parameter with its stable keys, one per option
KEYS = "ecopark_keys"
tr = translator("Enums")


def named_enum(name: str, description: str, options: list[str], keys, **kwargs) -> QgsProcessingParameterEnum:
    """A choice parameter whose options can be given by index, by key (``keys``, English, stable) or by label."""
    keys = [str(k) for k in keys]
    if len(keys) != len(options):
        raise ValueError(f"{name}: {len(keys)} keys for {len(options)} options")
    param = QgsProcessingParameterEnum(name, description, options, **kwargs)
    param.setMetadata({**param.metadata(), KEYS: keys})
    # qgis_process help shows it; the dialog shows it as the tooltip
    param.setHelp(tr("Names: {names} (or the option's index, from 0)").format(names=", ".join(keys)))
    return param


def _lookup(definition, token) -> int | None:
    """Index of ``token`` (int, digits, key or label, case and spacing ignored) among the options, or None."""
    options = list(definition.options())
    if isinstance(token, bool):
        return None
    if isinstance(token, int):
        return token if 0 <= token < len(options) else None
    text = str(token).strip()
    if text.lstrip("-").isdigit():
        index = int(text)
        return index if 0 <= index < len(options) else None
    folded = text.casefold()
    keys = list((definition.metadata() or {}).get(KEYS) or [])
    for names in (keys, options):
        for index, name in enumerate(names):
            if str(name).strip().casefold() == folded:
                return index
    return None


def accepted_names(definition) -> str:
    """What a choice parameter accepts, for an error message."""
    keys = list((definition.metadata() or {}).get(KEYS) or [])
    shown = keys or list(definition.options())
    return ", ".join(f"{i}={k}" for i, k in enumerate(shown))


def resolve_enums(definitions, parameters: dict) -> tuple[dict, list[str]]:
    """``parameters`` with every choice given by name turned into its index, and the errors of names not known.

    Values already given as indexes are kept; multiple choices may be a list or a comma-separated string.
    """
    resolved = dict(parameters)
    errors = []
    for definition in definitions:
        if definition.type() != "enum" or definition.name() not in parameters:
            continue
        value = parameters[definition.name()]
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if definition.allowMultiple():
            tokens = value if isinstance(value, list | tuple) else str(value).split(",")
            tokens = [t for t in tokens if not (isinstance(t, str) and not t.strip())]
        else:
            tokens = [value]
        indexes = [_lookup(definition, t) for t in tokens]
        unknown = [str(t) for t, i in zip(tokens, indexes, strict=True) if i is None]
        if unknown:
            errors.append(
                tr("{parameter}: {given} is not one of its choices; give one of {names}").format(
                    parameter=definition.name(), given=", ".join(unknown), names=accepted_names(definition)
                )
            )
            continue
        resolved[definition.name()] = indexes if definition.allowMultiple() else indexes[0]
    return resolved, errors
