"""What a stream quantity rests on: reported, derived or a sector default, and how far it may be off.

- ``reported``: the figure a register publishes (off-site waste transfers) or the user entered;
- ``derived``: worked out from what the register reports, with a stated factor (the fuel a plant burns
  from its CO2 releases; desulphurisation gypsum from its SOx releases);
- ``default``: a sector profile's typical figure for a medium plant, the last resort.

Each basis carries a range (low, central, high) as factors of the central figure.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from ..model.i18n import format_general, format_number, translate_marked, translator
from ..model.sizes import size_of

#: how a figure was derived or capped (a stream's ``basis``), in the run's language
tr = translator("StreamBasis")


def unit_name(unit: str) -> str:
    """A stream's unit (``t``, ``MWh``, ``m3``) as the run's language writes it; another as given."""
    return {"t": tr("t"), "MWh": tr("MWh"), "m3": tr("m3")}.get(str(unit), str(unit))


def percent_text(share: float) -> str:
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
#: How large a plant the register is silent about is, as a share of the CO2 threshold. Measured on the
#: Danish E-PRTR rows of ../shared/data/eprtr_nordics (EEA, published 2026-02-13): from 2018 Denmark also
#: publishes CO2 below the threshold for facilities that report it, and the latest figure of the 67 that do
#: (2018-2024) averages 18.5 kt (median 5.1 kt, quartiles 0.8 and 16.7 kt), 0.18 of the threshold. That
#: mean is the central figure for a silent plant's fuel; it leans high, since a plant that reports below the
#: threshold is more likely a combustion plant than one that stays silent (assumption, EcoPark 2026).
#: tests/unit/test_evidence_register.py measures it again where ../shared/data is present.
SILENT_CO2_SHARE = 0.18


#: t CO2 per t of bituminous coal burnt: 94.6 t CO2 per TJ (IPCC 2006, Vol. 2, Table 2.2, other bituminous
#: coal) x 25.8 TJ per kt net calorific value (IPCC 2006, Vol. 2, Table 1.2)
CO2_T_PER_T_COAL = 94.6 * 25.8 / 1000.0
#: what a coal-fired power or heat plant's coal gives or could take, per t of coal burnt: ash at about 10 % of
#: the coal, about 80 % of it fly ash and 15 % bottom ash; and the share of the coal that co-fired biomass,
#: RDF or other waste fuels could replace, about 10 % (the assumptions of the 35.11 profile)
PER_T_COAL = {"fly_ash": 0.08, "bottom_ash": 0.015, "coal": 0.10}
#: power and heat sectors whose coal is measured by their fossil CO2
COAL_NACE = ("35.11", "35.30")


def reported_co2(releases: dict) -> tuple[float, str] | None:
    """(t CO2/yr, how) a plant reports excluding biomass, else all of its CO2 where the register gives no such
    figure; None where it reports none."""
    fossil, co2 = releases.get("co2_fossil", math.nan), releases.get("co2", math.nan)
    if fossil == fossil and fossil > 0:
        return fossil, tr("derived: {} t fossil CO2/yr reported (biomass excluded)").format(format_number(fossil, 0))
    if co2 == co2 and co2 > 0:
        return co2, tr("derived: {} t CO2/yr reported (no figure excluding biomass)").format(format_number(co2, 0))
    return None


def coal_burnt(nace: str, releases: dict, solid_fuel: bool) -> Derived | None:
    """The t coal/yr a power or heat plant burns, from its :func:`reported_co2`, where its SOx shows a
    sulphur-bearing fuel. All of that CO2 is taken as coal's: an upper reading where the plant also fires oil,
    gas or (without the fossil figure) biomass. None where the register does not say."""
    co2 = reported_co2(releases) if solid_fuel and str(nace).startswith(COAL_NACE) else None
    if co2 is None:
        return None
    coal = co2[0] / CO2_T_PER_T_COAL
    return Derived(
        coal,
        co2[1]
        + tr(
            " / {} t CO2 per t of bituminous coal (IPCC 2006, Vol. 2, Tables 1.2 and 2.2) = {} t coal/yr "
            "(all of it taken as coal: an upper reading)"
        ).format(format_number(CO2_T_PER_T_COAL, 2), format_number(coal, 0)),
    )


def production_from_co2(nace: str, releases: dict) -> tuple[float, str] | None:
    """(factor, how) scaling ``nace``'s profile to a site by its :func:`reported_co2`, where the sector's CO2 per
    unit of product is published (``co2_per_unit`` of sector_sizes.csv), as :func:`..model.sizes.production_factor`
    scales it by a given production; None elsewhere."""
    size = size_of(nace)
    co2 = reported_co2(releases) if size is not None and size.co2_per_unit > 0 else None
    if co2 is None:
        return None
    made = co2[0] / size.co2_per_unit
    factor = made / size.reference
    return factor, co2[1] + tr(
        " / {} t CO2 per {} of {} ({}) = {} {}/yr / {} of the profile's plant = x {} (linear scaling: assumption)"
    ).format(
        format_number(size.co2_per_unit, 2),
        size.unit,
        translate_marked("CatalogueSources", size.product),
        translate_marked("CatalogueSources", size.co2_source),
        format_number(made, 0),
        size.unit,
        format_number(size.reference, 0),
        format_number(factor, 2),
    )


#: kg SO2 per t CO2 below which a combustion plant is taken to burn gas (assumption, EcoPark 2026: natural
#: gas carries almost no sulphur, so a gas-fired plant releases well under 0.01 kg SOx per t CO2, while
#: coal, oil, biomass and waste fuels release tenths of a kg to kilograms even behind desulphurisation)
SOX_PER_CO2_SOLID_FUEL = 0.05
#: without a CO2 figure, the least SOx (t/yr) taken as the mark of a sulphur-bearing fuel (assumption)
SOX_T_SOLID_FUEL = 1.0


def burns_sulphur(sox_t: float, co2_t: float) -> bool:
    """Whether reported releases show a sulphur-bearing (solid or liquid) fuel: the plant makes ash and
    desulphurisation gypsum only then."""
    if not (sox_t == sox_t and sox_t > 0):
        return False
    if co2_t == co2_t and co2_t > 0:
        return 1000.0 * sox_t / co2_t >= SOX_PER_CO2_SOLID_FUEL
    return sox_t >= SOX_T_SOLID_FUEL


class Derived(NamedTuple):
    """A figure worked out from what the register reports: the quantity, how, and whether it is only an
    upper bound (a need bounded by all of a plant's fuel) rather than an estimate."""

    quantity: float
    why: str
    bound: bool = False


class Cap(NamedTuple):
    """The most a register facility can have of a stream (:func:`register_cap`); ``silent``: read from the
    CO2 threshold alone, so the plant is anywhere below it (:func:`below_threshold`)."""

    limit: float
    why: str
    silent: bool = False


def derive(stream: str, nace: str, releases: dict, solid_fuel: bool) -> Derived | None:
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
        return Derived(
            fuel_mwh * share,
            why.format(format_number(co2, 0), factor, format_number(fuel_mwh, 0), percent_text(share)),
        )
    if stream in ("fly_ash", "bottom_ash") and (coal := coal_burnt(nace, releases, solid_fuel)) is not None:
        return Derived(
            coal.quantity * PER_T_COAL[stream],
            tr("{} x {} t per t coal (assumption: about 10 % ash in the coal)").format(
                coal.why, format_number(PER_T_COAL[stream], 3)
            ),
        )
    if stream == "fgd_gypsum" and sox == sox and sox > 0 and solid_fuel:
        captured = sox * FGD_REMOVAL / (1 - FGD_REMOVAL)
        return Derived(
            captured * GYPSUM_PER_SO2,
            tr(
                "derived: {} t SOx/yr released after desulphurisation removing {} (assumption) = {} t SO2 captured "
                "x {} t gypsum per t SO2 (stoichiometry)"
            ).format(
                format_number(sox, 0),
                percent_text(FGD_REMOVAL),
                format_number(captured, 0),
                format_number(GYPSUM_PER_SO2, 2),
            ),
        )
    return None


#: a receiver's energy needs that its own reported CO2 bounds: what it burns now for steam, heat or fuel
NEED_STREAMS = ("steam", "boiler_steam", "boiler_heat", "natural_gas")
#: share of a boiler's fuel energy that reaches the process as steam or heat (assumption: gas-fired
#: industrial boilers run at about 85-92 % efficiency)
BOILER_EFFICIENCY = 0.9


#: Share of a sector's fuel that raises steam, where a source gives it; elsewhere all of a receiver's fuel
#: counts (the loosest bound). Refineries fire most fuel in process heaters: "65% directly and an additional
#: 23% for the generation of steam" (US DOE / ORNL (2012), U.S. Manufacturing Energy Use and Greenhouse Gas
#: Emissions Analysis, ORNL/TM-2012/504, section 2.4.2, p. 69; 2006 data). Food plants: boiler fuel is 480 of
#: the 732 trillion Btu of fuels that US EIA, Manufacturing Energy Consumption Survey 1998, Table N6.2, NAICS
#: 311, assigns to an end use (residual and distillate oil, natural gas, LPG, coal).
STEAM_SHARE_OF_FUEL = {
    "19.20": (0.23, "US DOE/ORNL 2012, ORNL/TM-2012/504, p. 69"),
    "10.": (480 / 732, "US EIA MECS 1998, Table N6.2, NAICS 311"),
}
#: the needs a sector's steam share applies to
STEAM_NEEDS = ("steam", "boiler_steam", "boiler_heat")


def steam_share(stream: str, nace: str) -> tuple[float, str] | None:
    """(share of the receiver's fuel that raises steam, source) for a steam need of a sector with a sourced
    share; None elsewhere."""
    if stream not in STEAM_NEEDS:
        return None
    return next((v for k, v in STEAM_SHARE_OF_FUEL.items() if str(nace).startswith(k)), None)


def need_share_text(stream: str, nace: str) -> str:
    """How :func:`need_share` takes a steam or heat need's part of a works' fuel, in words ('' for gas)."""
    if stream == "natural_gas" or stream not in NEED_STREAMS:
        return ""
    why = ""
    sector = steam_share(stream, nace)
    if sector is not None:
        why += tr(" x {} of it raising steam ({})").format(percent_text(sector[0]), sector[1])
    return why + tr(" x {} boiler efficiency (assumption)").format(percent_text(BOILER_EFFICIENCY))


def derive_need(stream: str, nace: str, releases: dict) -> Derived | None:
    """A receiver's steam, heat or gas need from the fuel its reported CO2 says it burns (taken as gas), with
    whether that figure is only an upper bound: it is for a steam, heat or gas need of a works (all its
    combustion CO2 counted as fuel for that need), and it is not for a gas-fired combustion plant's gas,
    which is the fuel its CO2 measures."""
    if stream == "coal":
        solid = burns_sulphur(releases.get("sox", math.nan), releases.get("co2", math.nan))
        coal = coal_burnt(nace, releases, solid)
        if coal is None:
            return None
        return Derived(
            coal.quantity * PER_T_COAL["coal"],
            tr("{} x {} replaceable by co-fired biomass or waste fuels (assumption)").format(
                coal.why, percent_text(PER_T_COAL["coal"])
            ),
        )
    co2 = releases.get("co2", math.nan)
    factor = need_share(stream, nace, releases)
    if not factor or not (co2 == co2 and co2 > 0):
        return None
    fuel_mwh = co2 / CO2_T_PER_MWH_FUEL["gas"]
    why = tr(
        "derived: {} t CO2/yr reported / {} t CO2 per MWh of gas (IPCC 2006, Vol. 2, Table 2.2) = {} MWh fuel"
    ).format(format_number(co2, 0), format_number(CO2_T_PER_MWH_FUEL["gas"], 3), format_number(fuel_mwh, 0))
    if _combustion(nace):
        why += tr(" (gas-fired: its SOx per CO2 shows no sulphur-bearing fuel)")
        return Derived(fuel_mwh * factor, why)
    return Derived(fuel_mwh * factor, why + need_share_text(stream, nace), bound=True)


def need_share(stream: str, nace: str, releases: dict | None = None) -> float:
    """Share of a receiver's fuel energy that meets its ``stream`` need (0: a need its CO2 does not bound).

    A combustion plant needs no steam or heat (they are its products), but a gas-fired one burns gas that
    refinery gas, blast-furnace gas or biogas can replace: all of its fuel is that need when its reported
    releases (``releases``, with ``co2`` and ``sox``) show CO2 and no sulphur-bearing fuel.
    """
    if stream not in NEED_STREAMS:
        return 0.0
    if _combustion(nace):
        return 1.0 if stream == "natural_gas" and gas_fired(releases or {}) else 0.0
    if stream == "natural_gas":
        return 1.0
    sector = steam_share(stream, nace)
    return BOILER_EFFICIENCY * (sector[0] if sector is not None else 1.0)


def gas_fired(releases: dict) -> bool:
    """Whether a plant's reported releases show it burns gas: CO2 reported, SOx read and no sulphur-bearing
    fuel by :func:`burns_sulphur`."""
    co2, sox = releases.get("co2", math.nan), releases.get("sox", math.nan)
    return co2 == co2 and co2 > 0 and sox == sox and not burns_sulphur(sox, co2)


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
) -> Cap | None:
    """The most a register facility can have of a stream, by what the register leaves unreported.

    ``releases['co2']`` of 0 and ``waste_hw_t`` of 0 mean "reported nothing above the threshold" (as
    :func:`.register.import_eprtr` writes them); NaN means the register was not read. Returns a
    :class:`Cap`, or None where the register says nothing that bounds the stream. A cap is an upper bound,
    not an estimate: a default above it is lowered and stays a default.
    """
    co2 = releases.get("co2", math.nan)
    if co2 == 0:
        fuel_max = CO2_THRESHOLD_T / CO2_T_PER_MWH_FUEL["gas"]
        why = tr(
            "capped: the register reports no CO2, so under {} t/yr (E-PRTR threshold), under {} MWh of gas burnt"
        ).format(format_number(CO2_THRESHOLD_T, 0), format_number(fuel_max, 0))
        if direction == "input":
            share = need_share(stream, nace, releases)
            if share:
                return Cap(fuel_max * share, why + need_share_text(stream, nace), silent=True)
        elif share := heat_share(stream, nace):
            return Cap(fuel_max * share, tr("{} x {} (assumption)").format(why, percent_text(share)), silent=True)
    if hazardous and direction == "output" and waste_hw_t == waste_hw_t:
        if waste_hw_t <= 0:
            return Cap(
                0.0,
                tr(
                    "capped: the register reports no hazardous waste sent off-site, so under {} t/yr "
                    "(E-PRTR threshold)"
                ).format(format_general(HW_THRESHOLD_T)),
            )
        return Cap(
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


def below_threshold(cap: float) -> float:
    """The central figure of a stream capped by the register's CO2 silence: the share of the threshold that
    the plants the register shows below it reach on average (:data:`SILENT_CO2_SHARE`)."""
    return cap * SILENT_CO2_SHARE
