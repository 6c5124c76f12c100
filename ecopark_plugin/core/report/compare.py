"""Two scenarios side by side: their figures, the difference, and the exchanges chosen in only one.

The dock panel compares the summaries stored with each scenario; the Processing algorithm compares two
result GeoPackages, summarised here from their layers with the same functions the run uses, so both give
the same numbers.
"""

from __future__ import annotations

import pandas as pd

from ..symbiosis.engine import summarise_exchanges
from ..zones.impact import zone_summary

#: (path in a run's summary, decimals) of the figures compared; their labels, translated, are in
#: ``qgis_io/figures.py``
FIGURES: tuple[tuple[str, int], ...] = (
    ("selected", 0),
    ("partners", 0),
    ("tonnes_diverted", 0),
    ("mwh_exchanged", 0),
    ("m3_exchanged", 0),
    ("net_benefit_eur", 0),
    ("co2_avoided_t", 0),
    ("transport_cost_eur", 0),
    ("co2_transport_t", 0),
    ("network.links", 0),
    ("network.closed_loops", 0),
    ("zones.zone_area_before_ha", 0),
    ("zones.zone_area_after_ha", 0),
    ("zones.freed_ha", 1),
    ("zones.sites_reduced", 0),
    ("zones.housing.pop_before", 0),
    ("zones.housing.pop_after", 0),
)


def figure(summary: dict, path: str) -> float | None:
    """The number at ``path`` (``'zones.freed_ha'``) of a summary, or None where it has none."""
    value = summary
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def compare(a: dict, b: dict) -> pd.DataFrame:
    """One row per figure of :data:`FIGURES`: ``key``, ``a``, ``b`` and ``difference`` (b - a;
    NaN where either scenario lacks the figure, e.g. no housing layer)."""
    rows = []
    for path, decimals in FIGURES:
        x, y = figure(a, path), figure(b, path)
        rows.append(
            {
                "key": path,
                "a": x,
                "b": y,
                "difference": None if x is None or y is None else y - x,
                "decimals": decimals,
            }
        )
    return pd.DataFrame(rows).astype({"a": float, "b": float, "difference": float})


def summary_from_layers(layers: dict[str, pd.DataFrame]) -> dict:
    """A run's summary (the figures of :data:`FIGURES`) from its result layers read back: ``exchanges``,
    and optionally ``zones``, ``zones_after`` and ``housing_conflicts``."""
    summary = dict(summarise_exchanges(layers["exchanges"]).summary)
    zones = zone_summary(layers)
    if zones is not None:
        summary["zones"] = zones
    return summary


def link_labels(exchanges: pd.DataFrame) -> set[str]:
    """The chosen exchanges as 'supplier -> receiver (stream)'."""
    chosen = exchanges[exchanges["selected"].astype(bool)]
    return {
        f"{s} → {r} ({t})" for s, r, t in zip(chosen["supplier_name"], chosen["receiver_name"], chosen["stream_en"])
    }


def links_only(a: pd.DataFrame, b: pd.DataFrame) -> tuple[list[str], list[str]]:
    """The chosen exchanges of ``a`` not chosen in ``b``, and those of ``b`` not in ``a``, sorted."""
    la, lb = link_labels(a), link_labels(b)
    return sorted(la - lb), sorted(lb - la)
