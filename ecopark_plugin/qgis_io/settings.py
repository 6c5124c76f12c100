"""The plugin's own settings, all under ``ecopark/`` in the QGIS profile; nothing else is written.

``value("panel/objective", "benefit")`` reads ``ecopark/panel/objective``. Keys are relative: a key
already starting with ``ecopark/`` or ``/`` is refused, so nothing lands outside the prefix by mistake.
"""

from __future__ import annotations

from typing import Any

from qgis.core import QgsSettings

PREFIX = "ecopark/"


def _key(key: str) -> str:
    if not key or key.startswith(("/", PREFIX)) or ".." in key.split("/"):
        raise ValueError(f"setting key '{key}': give it relative to '{PREFIX}', e.g. 'panel/objective'")
    return PREFIX + key


def value(key: str, default: Any = None, type: type | None = None) -> Any:
    """The stored value of ``ecopark/<key>``, or ``default``; ``type`` converts it (bool, int, float, str)."""
    if type is None:
        return QgsSettings().value(_key(key), default)
    return QgsSettings().value(_key(key), default, type=type)


def set_value(key: str, value: Any) -> None:
    """Store ``value`` as ``ecopark/<key>``."""
    QgsSettings().setValue(_key(key), value)


def remove(key: str) -> None:
    """Forget ``ecopark/<key>`` (and the keys below it)."""
    QgsSettings().remove(_key(key))
