"""The costs a supplier carries and the CO2 a waste fuel still emits: the other side of an exchange's value.

Pricing (:mod:`.pricing`) counts what the receiver saves and the transport. This adds what the naive count
leaves out:

- a CHP plant that exports steam or heat produces less electricity: the lost electricity (heat / Z-ratio x
  the electricity price) is a cost of the exchange (``Parameters.chp_z_ratio_steam``, ``chp_z_ratio_heat``);
- a material by-product must be screened, dried, ground or tested before use: a cost per tonne
  (``Parameters.processing_eur_per_t``); a spent chemical must be regenerated (distilled, purified), which
  costs far more (``Parameters.regeneration_eur_per_t``): hazardous waste is priced as the waste it is;
- a waste burnt as fuel emits its own fossil CO2: the CO2 avoided is counted net, fossil share only
  (:data:`FOSSIL_CO2_T_PER_T`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..model.parameters import Parameters
from .catalogue import nace_matches_each

#: combustion and CHP plants, whose exported steam or heat costs them electricity
CHP_NACE = ("35.11",)
#: heat streams and the Z-ratio parameter that prices each
Z_RATIO = {"steam": "chp_z_ratio_steam", "district_heat": "chp_z_ratio_heat"}
#: families whose by-products are processed before use (per tonne), and chemicals, which are regenerated
PROCESSED_FAMILIES = ("minerals", "metals", "organics")
#: receivers that take organic residues as they come (assumption, EcoPark 2026): a farm spreads digestate,
#: manure and sludge and feeds whey and yeast as delivered, and a biogas plant's own reception and
#: hygienisation are its process; neither needs the supplier to screen, dry or grind them first
AS_THEY_COME = ("01", "35.21")
REGENERATED_FAMILIES = ("chemicals",)
#: fossil CO2 a tonne of waste fuel emits when burnt, t CO2/t (assumptions, EcoPark 2026, from carbon content
#: and fossil share: plastics about 75 % carbon, all fossil; tyres about 70 % carbon, about 80 % fossil
#: (natural rubber is biogenic); used oil about 85 % carbon, all fossil; refuse-derived fuel about 45 %
#: carbon, about half fossil; sewage sludge and biomass are biogenic)
FOSSIL_CO2_T_PER_T = {
    "waste_plastics": 2.75,
    "waste_tyres": 2.0,
    "waste_oil": 3.1,
    "rdf": 0.8,
}


def supplier_costs(
    ex: pd.DataFrame, supplier_nace: pd.Series, params: Parameters, receiver_nace: pd.Series | None = None
) -> pd.DataFrame:
    """Subtract the supplier's costs from each exchange's net benefit and the waste fuel's fossil CO2 from
    its CO2 avoided; adds ``supplier_cost`` (EUR/yr) and ``fuel_co2_t`` (t/yr). Organic residues that go to
    a receiver taking them as they come (:data:`AS_THEY_COME`, by ``receiver_nace``) carry no processing."""
    ex = ex.copy()
    q = ex["quantity"].astype(float).to_numpy()
    nace = supplier_nace.astype(str).to_numpy()
    chp = nace_matches_each(nace, CHP_NACE)
    cost = np.zeros(len(ex))
    for stream, name in Z_RATIO.items():
        hit = chp & (ex["stream"].to_numpy() == stream)
        cost[hit] += q[hit] / getattr(params, name) * params.electricity_eur_per_mwh
    tonnes = ex["unit"].to_numpy() == "t"
    material = ex["family"].isin(PROCESSED_FAMILIES).to_numpy() & tonnes
    if receiver_nace is not None:
        raw = nace_matches_each(receiver_nace, AS_THEY_COME)
        material &= ~(raw & (ex["family"].to_numpy() == "organics"))
    cost[material] += q[material] * params.processing_eur_per_t
    chemical = ex["family"].isin(REGENERATED_FAMILIES).to_numpy() & tonnes
    cost[chemical] += q[chemical] * params.regeneration_eur_per_t
    fossil = ex["stream"].map(FOSSIL_CO2_T_PER_T).fillna(0.0).to_numpy() * q
    ex["supplier_cost"] = cost
    ex["fuel_co2_t"] = fossil
    ex["net_benefit"] = ex["net_benefit"].astype(float) - cost
    ex["co2_avoided_t"] = ex["co2_avoided_t"].astype(float) - fossil
    return ex
