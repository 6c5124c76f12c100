"""What a stream quantity rests on: reported, derived or a sector default, and how far it may be off.

- ``reported``: the figure a register publishes (off-site waste transfers) or the user entered;
- ``derived``: worked out from what the register reports, with a stated factor (the fuel a plant burns
  from its CO2 releases; desulphurisation gypsum from its SOx releases);
- ``default``: a sector profile's typical figure for a medium plant, the last resort.

Each basis carries a range (low, central, high) as factors of the central figure.
"""

from __future__ import annotations

import math

from ..model.i18n import format_general, format_number, translator

#: how a figure was derived or capped (a stream's ``basis``), in the run's language
tr = translator("StreamBasis")


def unit_name(unit: str) -> str:
    """A stream's unit (``t``, ``MWh``, ``m3``) as the run's language writes it; another as given."""
    return {"t": tr("t"), "MWh": tr("MWh"), "m3": tr("m3")}.get(str(unit), str(unit))


def _percent(share: float) -> str:
    """``0.9`` -> ``90%`` (English) / ``90 %`` (Russian)."""
    return tr("{}%").format(format_number(100 * share, 0))


#: (low, high) factors of the central figure for each basis, and why (assumptions, EcoPark 2026)
RANGES = {
    "reported": (0.9, 1.1, "assumption: a register's reported figure, +-10 % (rounding, year-to-year change)"),
    "derived": (0.5, 1.5, "assumption: a figure derived with a generic factor, +-50 %"),
    "default": (0.33, 2.0, "assumption: a sector default for a medium plant, one-third to twice it"),
}
#: t CO2 per MWh of fuel: IPCC 2006 Guidelines, Vol. 2, Ch. 2, Table 2.2 (default emission factors for
#: stationary combustion): other bituminous coal 94.6 t/TJ, natural gas 56.1 t/TJ; 1 TJ = 277.8 MWh
CO2_T_PER_MWH_FUEL = {"solid": 94.6 / 277.78, "gas": 56.1 / 277.78}
#: share of a combustion plant's fuel energy that can leave it as each heat stream (assumptions, EcoPark
#: 2026: a CHP plant delivers heat of the order of 40-50 % of its fuel input; a condensing plant rejects
#: about half of it as low-temperature heat, part of which is recoverable). Its useful heat leaves as
#: process steam or as district heat, in whatever split its customers take (an extraction unit sets the
#: split by its extraction flows), so both are offered up to the same share and share one limit: HEAT_POOLS.
HEAT_SHARE_OF_FUEL = {"district_heat": 0.4, "steam": 0.4, "low_grade_heat": 0.3}
#: heat streams one combustion plant (COMBUSTION_NACE) offers out of one output: the choice gives their sum at
#: most the largest of their quantities (:func:`heat_pool`)
HEAT_POOLS = {"steam": "useful_heat", "district_heat": "useful_heat"}
#: t gypsum (CaSO4.2H2O, 172.2 g/mol) per t SO2 captured (64.1 g/mol): stoichiometry
GYPSUM_PER_SO2 = 172.17 / 64.07
#: share of SO2 a wet limestone desulphurisation unit removes (assumption: such units remove 90-98 %)
FGD_REMOVAL = 0.95
#: sectors whose heat streams are derived from their CO2 releases (combustion and incineration plants)
COMBUSTION_NACE = ("35.11", "35.30", "38.21")
#: sectors whose CO2 comes largely from the process rather than from fuel (calcination in cement, lime and
#: glass; ammonia, hydrogen and refinery hydrogen from reforming; iron-ore reduction; anode consumption in
#: aluminium smelting; coke and coal as reductants in silicon, ferroalloy, zinc, lead and copper smelting,
#: hence all of 24.4, which the E-PRTR import gives its 2(e) non-ferrous works): their CO2 does not measure
#: the fuel they burn
PROCESS_CO2_NACE = ("23.51", "23.52", "23.1", "24.10", "24.4", "20.15", "20.11", "19.20")
#: share of a process plant's fuel energy that leaves it as each recoverable heat stream (assumptions,
#: EcoPark 2026: part of the heat an industrial site buys as fuel ends in flue gases, cooling water and
#: vapours; well under the shares of a combustion plant whose product is heat)
PROCESS_HEAT_SHARE = {"steam": 0.05, "waste_heat": 0.1, "low_grade_heat": 0.2}

#: What a register's silence says. The E-PRTR (Regulation (EC) No 166/2006) obliges a facility to report
#: CO2 released to air above 100,000 t/yr (Annex II, pollutant 3: 100 million kg/yr) and off-site transfers
#: of hazardous waste above 2 t/yr (Article 5(1)(b)); a facility of the register that reports neither
#: released or transferred less (the Nordic tables hold no hazardous-waste total below 2 t a year)
CO2_THRESHOLD_T = 100_000.0
HW_THRESHOLD_T = 2.0


def derive(stream: str, nace: str, releases: dict, solid_fuel: bool) -> tuple[float, str] | None:
    """A stream's quantity derived from a site's reported releases, with how; None where no derivation applies."""
    co2 = releases.get("co2", math.nan)
    sox = releases.get("sox", math.nan)
    share = heat_share(stream, nace)
    if share and co2 == co2 and co2 > 0 and not _process_co2(nace):
        fuel = "solid" if solid_fuel else "gas"
        fuel_mwh = co2 / CO2_T_PER_MWH_FUEL[fuel]
        if solid_fuel:
            why = tr(
                "derived: {} t CO2/yr reported / {} t CO2 per MWh of solid fuel (IPCC 2006, Vol. 2, Table 2.2) = "
                "{} MWh fuel x {} (assumption)"
            )
        else:
            why = tr(
                "derived: {} t CO2/yr reported / {} t CO2 per MWh of gas fuel (IPCC 2006, Vol. 2, Table 2.2) = "
                "{} MWh fuel x {} (assumption)"
            )
        factor = format_number(CO2_T_PER_MWH_FUEL[fuel], 3)
        return fuel_mwh * share, why.format(format_number(co2, 0), factor, format_number(fuel_mwh, 0), _percent(share))
    if stream == "fgd_gypsum" and sox == sox and sox > 0 and solid_fuel:
        captured = sox * FGD_REMOVAL / (1 - FGD_REMOVAL)
        return captured * GYPSUM_PER_SO2, tr(
            "derived: {} t SOx/yr released after desulphurisation removing {} (assumption) = {} t SO2 captured "
            "x {} t gypsum per t SO2 (stoichiometry)"
        ).format(
            format_number(sox, 0), _percent(FGD_REMOVAL), format_number(captured, 0), format_number(GYPSUM_PER_SO2, 2)
        )
    return None


#: a receiver's energy needs that its own reported CO2 bounds: what it burns now for steam, heat or fuel
NEED_STREAMS = ("steam", "boiler_steam", "boiler_heat", "natural_gas")
#: share of a boiler's fuel energy that reaches the process as steam or heat (assumption: gas-fired
#: industrial boilers run at about 85-92 % efficiency)
BOILER_EFFICIENCY = 0.9


def derive_need(stream: str, nace: str, releases: dict) -> tuple[float, str] | None:
    """A receiver's steam, heat or gas need bounded by the fuel its reported CO2 says it burns (taken as gas:
    the upper bound of its energy use, since all its combustion CO2 is counted as fuel for that need)."""
    co2 = releases.get("co2", math.nan)
    factor = need_share(stream, nace)
    if not factor or not (co2 == co2 and co2 > 0):
        return None
    fuel_mwh = co2 / CO2_T_PER_MWH_FUEL["gas"]
    why = tr(
        "derived: {} t CO2/yr reported / {} t CO2 per MWh of gas (IPCC 2006, Vol. 2, Table 2.2) = {} MWh fuel"
    ).format(format_number(co2, 0), format_number(CO2_T_PER_MWH_FUEL["gas"], 3), format_number(fuel_mwh, 0))
    if factor != 1:
        why += tr(" x {} boiler efficiency (assumption)").format(_percent(factor))
    return fuel_mwh * factor, why


def need_share(stream: str, nace: str) -> float:
    """Share of a receiver's fuel energy that meets its ``stream`` need (0: a need its CO2 does not bound, or
    a combustion plant, whose fuel is its product's, not a need)."""
    if stream not in NEED_STREAMS or _combustion(nace):
        return 0.0
    return 1.0 if stream == "natural_gas" else BOILER_EFFICIENCY


def _combustion(nace: str) -> bool:
    return any(str(nace).startswith(c) for c in COMBUSTION_NACE)


def heat_share(stream: str, nace: str) -> float:
    """Share of a site's fuel energy that can leave it as the heat ``stream`` (0: not a heat stream)."""
    if _combustion(nace):
        return HEAT_SHARE_OF_FUEL.get(stream, 0.0)
    return PROCESS_HEAT_SHARE.get(stream, 0.0)


def heat_pool(stream: str, nace: str) -> str | None:
    """The shared output a combustion plant's inferred heat ``stream`` comes from (None: a stream of its own)."""
    return HEAT_POOLS.get(stream) if _combustion(nace) else None


def _process_co2(nace: str) -> bool:
    return any(str(nace).startswith(c) for c in PROCESS_CO2_NACE)


def register_cap(
    stream: str, direction: str, nace: str, releases: dict, waste_hw_t: float, hazardous: bool
) -> tuple[float, str] | None:
    """The most a register facility can have of a stream, by what the register leaves unreported.

    ``releases['co2']`` of 0 and ``waste_hw_t`` of 0 mean "reported nothing above the threshold" (as
    :func:`.register.import_eprtr` writes them); NaN means the register was not read. Returns (cap, why)
    or None where the register says nothing that bounds the stream. A cap is an upper bound, not an
    estimate: a default above it is lowered to it and stays a default.
    """
    co2 = releases.get("co2", math.nan)
    if co2 == 0:
        fuel_max = CO2_THRESHOLD_T / CO2_T_PER_MWH_FUEL["gas"]
        why = tr(
            "capped: the register reports no CO2, so under {} t/yr (E-PRTR threshold), under {} MWh of gas burnt"
        ).format(format_number(CO2_THRESHOLD_T, 0), format_number(fuel_max, 0))
        share = heat_share(stream, nace) if direction == "output" else need_share(stream, nace)
        if share:
            return fuel_max * share, tr("{} x {} (assumption)").format(why, _percent(share))
    if hazardous and direction == "output" and waste_hw_t == waste_hw_t:
        if waste_hw_t <= 0:
            return 0.0, tr(
                "capped: the register reports no hazardous waste sent off-site, so under {} t/yr (E-PRTR threshold)"
            ).format(format_general(HW_THRESHOLD_T))
        return (
            waste_hw_t,
            tr("capped: at most the {} t/yr of hazardous waste the register says it sends off-site").format(
                format_number(waste_hw_t, 0)
            ),
        )
    return None


def quantity_range(quantity: float, evidence: str) -> tuple[float, float]:
    low, high, _ = RANGES[evidence]
    return quantity * low, quantity * high


#: What a need derived from a receiver's CO2 is: an upper bound (all its combustion counted as fuel for that
#: need), nothing more. Only the bound is known, so the need is read as anywhere below it (uniform on
#: [0, bound]): its central figure is half the bound, and no part of it is sure (assumption, EcoPark 2026).
NEED_BOUND_CENTRAL = 0.5


def need_from_bound(bound: float) -> tuple[float, float, float]:
    """(central, low, high) of a need of which only an upper bound is derived."""
    return bound * NEED_BOUND_CENTRAL, 0.0, bound
