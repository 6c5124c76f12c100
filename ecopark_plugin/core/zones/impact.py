"""The effect of a symbiosis on the map: zones before and after, the land they free, the homes inside.

One call for the command line, Processing and the dock panel: :func:`assess` takes a run's sites,
exchanges and streams (and optionally a housing layer) and returns every layer the map shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import geopandas as gpd
import pandas as pd

from ..model.errors import Cancelled
from ..model.parameters import Parameters
from ..symbiosis.catalogue import Catalogue
from .housing import Housing, exposure, housing_totals, site_risk, worst_sites
from .protection import Reduction, reduction_zones, regime_of, zone_totals
from .regimes import Regime, regime_for

Progress = Callable[[float, str], None]


def widths(params: Parameters) -> dict[int, float]:
    """Zone width (m) by class rank in the parameters' zone regime."""
    return dict(regime_for(params).widths_m)


def regime(params: Parameters | None) -> Regime:
    """The zone regime the parameters choose (``zone_regime``)."""
    return regime_for(params or Parameters())


def stream_outputs(streams: pd.DataFrame, catalogue: Catalogue | None = None) -> pd.DataFrame:
    """Every output stream of every site with its family (from the catalogue), for the reduction rule."""
    out = streams[streams["direction"] == "output"][["site_id", "stream", "quantity"]].copy()
    families = {}
    if catalogue is not None and len(catalogue.rules):
        families = catalogue.rules.drop_duplicates("stream").set_index("stream")["family"].to_dict()
    out["family"] = out["stream"].map(families).fillna("")
    return out


@dataclass
class Impact:
    """Layers and figures of the zones and housing step."""

    reduction: Reduction
    #: housing inside the zones (``None`` without a housing layer)
    conflicts: gpd.GeoDataFrame | None = None
    #: sites with the population in their zone and in distance bands
    risk: gpd.GeoDataFrame | None = None
    summary: dict = field(default_factory=dict)

    def layers(self) -> dict[str, gpd.GeoDataFrame]:
        """Output layers by name, in drawing order (top first)."""
        out = {
            "zones_after": self.reduction.after,
            "zone_reduction": self.reduction.freed,
            "zones": self.reduction.before,
        }
        if self.conflicts is not None:
            out = {"housing_conflicts": self.conflicts, "site_risk": self.risk, **out}
        return out


def assess(
    sites: gpd.GeoDataFrame,
    exchanges: pd.DataFrame,
    streams: pd.DataFrame | None = None,
    housing: Housing | None = None,
    params: Parameters | None = None,
    catalogue: Catalogue | None = None,
    rules: pd.DataFrame | None = None,
    classes: pd.DataFrame | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Impact:
    """Zones before and after the chosen exchanges, the land freed and, with ``housing``, who lives inside.

    Parameters
    ----------
    sites
        A run's sites (``site_id``, ``name``, ``nace``, ``hazard_class``).
    exchanges
        A run's exchanges (``supplier``, ``stream``, ``family``, ``selected``, ``quantity_selected``, ``supply``).
    streams
        A run's streams; without them each supplier's outputs are those its exchanges name.
    rules, classes
        The reduction rule and the activity -> class table (default: the shipped ones).
    """
    params = params or Parameters()

    def stage(share: float, text: str) -> None:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled("cancelled")
        if progress is not None:
            progress(share, text)

    stage(0, "Sanitary protection zones before and after the exchanges")
    outputs = stream_outputs(streams, catalogue) if streams is not None else None
    chosen = regime_for(params)
    reduction = reduction_zones(sites, exchanges, outputs, rules, classes, regime=chosen)
    summary = dict(reduction.totals)
    summary["regime"] = chosen.key
    impact = Impact(reduction, summary=summary)
    if housing is None:
        stage(100, "Zones done")
        return impact
    stage(40, "Housing inside the zones")
    conflicts, per_site, totals = exposure(reduction.before, reduction.after, housing)
    for frame, when in ((reduction.before, "before"), (reduction.after, "after")):
        frame["housing_in_zone"] = per_site[f"housing_{when}"].to_numpy()
        frame["pop_in_zone"] = per_site[f"pop_{when}"].to_numpy()
        frame["res_area_in_zone_ha"] = per_site[f"res_area_{when}_ha"].to_numpy()
    stage(70, "Population around each site")
    risk = site_risk(sites, reduction.before, housing, params.risk_bands_m)
    summary["housing"] = totals
    summary["worst_sites"] = worst_sites(risk)
    stage(100, "Zones and housing done")
    return Impact(reduction, conflicts, risk, summary)


def zone_summary(layers: dict[str, pd.DataFrame]) -> dict | None:
    """The zone figures of :attr:`Impact.summary` from the layers of a run read back (``zones`` and
    ``zones_after``; ``housing_conflicts`` adds the homes), or None without both zone layers."""
    if layers.get("zones") is None or layers.get("zones_after") is None:
        return None
    summary = zone_totals(layers["zones"], layers["zones_after"])
    key = regime_of(layers["zones"])
    if key is not None:
        summary["regime"] = key
    if layers.get("housing_conflicts") is not None:
        summary["housing"] = housing_totals(layers["housing_conflicts"])
    return summary
