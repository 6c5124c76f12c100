"""Economic and environmental parameters of an evaluation, each with its source.

One serialisable object shared by the command line, Processing and the dock panel. Every default names
where it comes from and its year; figures with no published source at hand are labelled assumptions.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from .i18n import QT_TRANSLATE_NOOP, localised_number, translator

#: the checks of the parameters, in the run's language
_tr = translator("ParameterErrors")


@dataclass
class Parameters:
    """Factors used to price and weigh exchanges. Currency: EUR; distances: km."""

    #: road distance / straight-line distance when no network is given
    detour_factor: float = 1.3
    #: truck haulage, EUR per tonne-km
    truck_eur_per_tkm: float = 0.10
    #: loading and unloading, EUR per tonne and transfer
    handling_eur_per_t: float = 5.0
    #: truck CO2e, kg per tonne-km (tank-to-wheel)
    truck_kgco2_per_tkm: float = 0.10163
    #: rail haulage, EUR per tonne-km
    rail_eur_per_tkm: float = 0.05
    #: rail terminal handling, EUR per tonne (both ends)
    rail_terminal_eur_per_t: float = 8.0
    #: rail CO2e, kg per tonne-km (tank-to-wheel)
    rail_kgco2_per_tkm: float = 0.02779
    #: sea haulage, EUR per tonne-km
    ship_eur_per_tkm: float = 0.02
    #: port handling, EUR per tonne (both ports)
    port_eur_per_t: float = 10.0
    #: bulk carrier CO2e, kg per tonne-km
    ship_kgco2_per_tkm: float = 0.00353
    #: heat/steam transmission pipe, EUR per metre, for the smallest and largest capacity
    heat_pipe_eur_per_m_min: float = 195.0
    heat_pipe_eur_per_m_max: float = 976.0
    #: capacities (MW) at which those two prices apply; priced on a log scale between them
    heat_pipe_mw_min: float = 0.2
    heat_pipe_mw_max: float = 190.0
    #: heat exchanger at the source, EUR per MW
    heat_exchanger_source_eur_per_mw: float = 15_000.0
    #: heat exchanger at the sink, EUR per MW (below / above 1 MW)
    heat_exchanger_sink_eur_per_mw_small: float = 265_000.0
    heat_exchanger_sink_eur_per_mw_large: float = 100_000.0
    #: full-load hours a year used to size a heat pipe from its yearly energy
    heat_full_load_hours: float = 5000.0
    #: water pipe (DN100) with civil works in soft ground, EUR per metre
    water_pipe_eur_per_m: float = 549.0
    #: loss along a heat/steam pipe when the rule gives none (fraction)
    pipeline_loss_default: float = 0.10
    #: discount rate and lifetime that turn pipe capital into a yearly cost
    discount_rate: float = 0.05
    pipe_lifetime_years: float = 30.0
    #: largest distance from a site to the network it is snapped to, metres; farther sites are flagged
    #: and their road distances estimated from the straight line
    max_snap_m: float = 1000.0
    #: truck speed cap on any road, km/h
    truck_max_kmh: float = 80.0
    #: truck speed for a straight-line estimate (no road network), km/h
    truck_estimate_kmh: float = 50.0
    #: route a truck by 'length' (shortest) or 'time' (fastest)
    route_weight: str = "length"
    #: lay pipes along the 'roads' (when a road network is given) or 'straight'
    pipeline_route: str = "roads"
    #: a site this close to a rail line has its own siding (no truck leg), metres
    own_terminal_m: float = 500.0
    #: longest truck leg to or from a rail terminal or port, km
    max_access_km: float = 50.0
    #: sea route over straight line between two ports, when no waterway layer is given
    sea_detour_factor: float = 1.25
    #: mean speeds for travel times: freight train, ship, km/h
    rail_kmh: float = 60.0
    ship_kmh: float = 20.0
    #: objective of the optimisation: 'benefit', 'co2' or 'weighted'
    objective: str = "benefit"
    #: EUR a tonne of CO2 is worth in the 'weighted' objective
    co2_price_eur_per_t: float = 80.0
    #: what a CHP plant's lost electricity is worth, EUR/MWh (the supplier's cost of exporting heat)
    electricity_eur_per_mwh: float = 60.0
    #: MWh of heat a CHP plant gains per MWh of electricity it gives up (Z-ratio), for process steam
    chp_z_ratio_steam: float = 4.0
    #: the same for hot water to district heating (lower temperature: less electricity lost)
    chp_z_ratio_heat: float = 7.0
    #: cost of making a material by-product fit for use (screening, drying, grinding, testing), EUR/t
    processing_eur_per_t: float = 10.0
    #: cost of regenerating a spent chemical (distilling solvents, purifying acids) before reuse, EUR/t
    regeneration_eur_per_t: float = 300.0
    #: add streams inferred from the sector (NACE) where the user gave none
    infer_streams: bool = True
    #: smallest confidence of an inferred stream that is still used
    min_confidence: float = 0.3
    #: keep a register's stale facilities and earlier ids of merged ones in the choice (see symbiosis.hygiene)
    keep_inactive: bool = False
    #: choose only exchanges whose quantity rests on reported or derived figures, none on a sector default
    evidence_only: bool = False
    #: smallest net benefit an exchange must bring to be proposed, EUR/yr (not applied to the CO2 objective)
    min_exchange_eur: float = 10_000.0
    #: the optimiser counts each exchange's value times its confidence, so streams the user entered
    #: (confidence 1) come before streams guessed from a sector
    weigh_by_confidence: bool = True
    #: transport modes the user allows (a subset of truck, rail, ship, pipeline)
    modes: tuple[str, ...] = ("truck", "rail", "ship", "pipeline")
    #: longest distance of an exchange by truck, rail, ship and pipeline, km; 0 keeps each catalogue
    #: rule's own limit, a positive cap shortens any longer limit
    max_km: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0)
    #: the country's table of zone classes and widths: 'sanpin' (Russia), 'vng' (Netherlands), 'nrw'
    #: (North Rhine-Westphalia); see resources/catalogue/zone_regimes.csv
    zone_regime: str = "sanpin"
    #: sanitary protection zone width of SanPiN hazard classes I-V, metres (the 'sanpin' regime only)
    zone_widths_m: tuple[float, ...] = (1000.0, 500.0, 300.0, 100.0, 50.0)
    #: outer edges of the distance bands around a site in the risk table, metres from its boundary
    risk_bands_m: tuple[float, ...] = (500.0, 1000.0, 2000.0, 5000.0)
    #: residential floor area per person, m2, to estimate a building's population
    housing_m2_per_person: float = 45.0
    #: storeys of a building whose levels are not mapped
    housing_default_levels: float = 2.0
    #: gross density of residential land without a population field, persons per hectare
    residential_persons_per_ha: float = 40.0

    def to_dict(self) -> dict:
        data = asdict(self)
        return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}

    @classmethod
    def from_dict(cls, data: dict) -> Parameters:
        names = {f.name for f in fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise ValueError(
                _tr("unknown parameters: {}; known: {}").format(", ".join(sorted(unknown)), ", ".join(sorted(names)))
            )
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        params = cls(**values)
        params.check()
        return params

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    @classmethod
    def from_json(cls, text: str) -> Parameters:
        return cls.from_dict(json.loads(text))

    def check(self) -> None:
        """Raise ``ValueError`` naming the first parameter out of its range."""
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, float | int) and not isinstance(value, bool) and value < 0:
                raise ValueError(_tr("parameter '{}' is negative ({})").format(f.name, localised_number(str(value))))
        if self.detour_factor < 1:
            raise ValueError(
                _tr("parameter 'detour_factor' must be >= 1 ({})").format(localised_number(str(self.detour_factor)))
            )
        if self.objective not in ("benefit", "co2", "weighted"):
            raise ValueError(_tr("parameter 'objective' is '{}'; use benefit, co2 or weighted").format(self.objective))
        if self.route_weight not in ("length", "time"):
            raise ValueError(_tr("parameter 'route_weight' is '{}'; use length or time").format(self.route_weight))
        if self.pipeline_route not in ("roads", "straight"):
            raise ValueError(
                _tr("parameter 'pipeline_route' is '{}'; use roads or straight").format(self.pipeline_route)
            )
        for name in ("truck_max_kmh", "truck_estimate_kmh", "rail_kmh", "ship_kmh"):
            if getattr(self, name) <= 0:
                raise ValueError(_tr("parameter '{}' must be positive").format(name))
        if self.sea_detour_factor < 1:
            raise ValueError(
                _tr("parameter 'sea_detour_factor' must be >= 1 ({})").format(
                    localised_number(str(self.sea_detour_factor))
                )
            )
        if len(self.zone_widths_m) != 5 or any(w <= 0 for w in self.zone_widths_m):
            raise ValueError(
                _tr("parameter 'zone_widths_m' needs five positive widths, classes I-V ({})").format(self.zone_widths_m)
            )
        if self.zone_regime != "sanpin" and tuple(self.zone_widths_m) != (1000.0, 500.0, 300.0, 100.0, 50.0):
            raise ValueError(
                _tr(
                    "parameter 'zone_widths_m' sets the widths of the SanPiN classes; the '{}' regime takes its widths "
                    "from resources/catalogue/zone_classes.csv: leave zone_widths_m at its default"
                ).format(self.zone_regime)
            )
        from ..zones.regimes import regime_keys  # the regimes are data: the table says which exist

        if self.zone_regime not in regime_keys():
            raise ValueError(
                _tr("parameter 'zone_regime' is '{}'; use {}").format(self.zone_regime, ", ".join(regime_keys()))
            )
        if len(self.max_km) != 4:
            raise ValueError(
                _tr("parameter 'max_km' needs four distances, truck, rail, ship and pipeline ({})").format(self.max_km)
            )
        if not self.risk_bands_m or any(b <= 0 for b in self.risk_bands_m):
            raise ValueError(_tr("parameter 'risk_bands_m' needs positive distances ({})").format(self.risk_bands_m))
        for name in ("housing_m2_per_person", "housing_default_levels"):
            if getattr(self, name) <= 0:
                raise ValueError(_tr("parameter '{}' must be positive").format(name))
        bad = set(self.modes) - {"truck", "rail", "ship", "pipeline"}
        if bad:
            raise ValueError(_tr("unknown transport modes {}").format(sorted(bad)))


#: Where each default comes from. Shown in reports and the README.
SOURCES: dict[str, str] = {
    "detour_factor": QT_TRANSLATE_NOOP(
        "ParameterSources",
        "assumption (EcoPark 2026): typical road circuity 1.2-1.4; replaced by network distance when a network is given",
    ),
    "truck_eur_per_tkm": QT_TRANSLATE_NOOP(
        "ParameterSources",
        "assumption (EcoPark 2026), of the order of US BTS 2010 truck revenue, about 9.8 US cents per t-km",
    ),
    "handling_eur_per_t": QT_TRANSLATE_NOOP(
        "ParameterSources", "assumption (EcoPark 2026): loading and unloading bulk, per tonne and transfer"
    ),
    "truck_kgco2_per_tkm": QT_TRANSLATE_NOOP(
        "ParameterSources", "UK DEFRA/DESNZ 2025 freight factors: HGV, all, average laden, tank-to-wheel"
    ),
    "rail_eur_per_tkm": QT_TRANSLATE_NOOP(
        "ParameterSources", "assumption (EcoPark 2026): about half of the truck rate"
    ),
    "rail_terminal_eur_per_t": QT_TRANSLATE_NOOP(
        "ParameterSources", "assumption (EcoPark 2026): transhipment at two rail terminals"
    ),
    "rail_kgco2_per_tkm": QT_TRANSLATE_NOOP(
        "ParameterSources", "UK DEFRA/DESNZ 2025 freight factors: rail freight, tank-to-wheel"
    ),
    "ship_eur_per_tkm": QT_TRANSLATE_NOOP("ParameterSources", "assumption (EcoPark 2026): short-sea bulk"),
    "port_eur_per_t": QT_TRANSLATE_NOOP("ParameterSources", "assumption (EcoPark 2026): handling in two ports"),
    "ship_kgco2_per_tkm": QT_TRANSLATE_NOOP(
        "ParameterSources", "UK DEFRA/DESNZ 2025 freight factors: bulk carrier, average"
    ),
    "heat_pipe_eur_per_m_min": QT_TRANSLATE_NOOP(
        "ParameterSources", "Hotmaps excess-heat model: transmission lines 195-976 EUR/m for 0.2-190 MW"
    ),
    "heat_pipe_eur_per_m_max": QT_TRANSLATE_NOOP(
        "ParameterSources", "Hotmaps excess-heat model: transmission lines 195-976 EUR/m for 0.2-190 MW"
    ),
    "heat_pipe_mw_min": QT_TRANSLATE_NOOP(
        "ParameterSources", "Hotmaps excess-heat model (capacity range of the pipe prices)"
    ),
    "heat_pipe_mw_max": QT_TRANSLATE_NOOP(
        "ParameterSources", "Hotmaps excess-heat model (capacity range of the pipe prices)"
    ),
    "heat_exchanger_source_eur_per_mw": QT_TRANSLATE_NOOP(
        "ParameterSources", "Hotmaps excess-heat model: 15 kEUR/MW at the source"
    ),
    "heat_exchanger_sink_eur_per_mw_small": QT_TRANSLATE_NOOP(
        "ParameterSources", "Hotmaps excess-heat model: 265 kEUR/MW at the sink below 1 MW"
    ),
    "heat_exchanger_sink_eur_per_mw_large": QT_TRANSLATE_NOOP(
        "ParameterSources", "Hotmaps excess-heat model: 100 kEUR/MW at the sink above 1 MW"
    ),
    "heat_full_load_hours": QT_TRANSLATE_NOOP(
        "ParameterSources", "assumption (EcoPark 2026): full-load hours of an industrial heat link"
    ),
    "water_pipe_eur_per_m": QT_TRANSLATE_NOOP(
        "ParameterSources", "THERMOS: DN100 pipe about 300 EUR/m plus civil works 249 EUR/m (soft ground)"
    ),
    "pipeline_loss_default": QT_TRANSLATE_NOOP(
        "ParameterSources", "Hotmaps excess-heat model default heat loss 10 %; district heating about 10 % observed"
    ),
    "discount_rate": QT_TRANSLATE_NOOP("ParameterSources", "assumption (EcoPark 2026)"),
    "pipe_lifetime_years": QT_TRANSLATE_NOOP("ParameterSources", "assumption (EcoPark 2026)"),
    "max_snap_m": QT_TRANSLATE_NOOP(
        "ParameterSources", "assumption (EcoPark 2026): a plant gate is rarely more than 1 km from a mapped road"
    ),
    "truck_max_kmh": QT_TRANSLATE_NOOP(
        "ParameterSources",
        "assumption (EcoPark 2026): below the 90 km/h of EU heavy-goods speed limiters (Directive 92/6/EEC)",
    ),
    "truck_estimate_kmh": QT_TRANSLATE_NOOP(
        "ParameterSources", "assumption (EcoPark 2026): mean truck speed mixing urban and rural roads"
    ),
    "route_weight": QT_TRANSLATE_NOOP("ParameterSources", "user choice"),
    "pipeline_route": QT_TRANSLATE_NOOP("ParameterSources", "user choice; pipes usually follow road corridors"),
    "own_terminal_m": QT_TRANSLATE_NOOP(
        "ParameterSources", "assumption (EcoPark 2026): a siding or quay within 500 m needs no truck leg"
    ),
    "max_access_km": QT_TRANSLATE_NOOP(
        "ParameterSources", "assumption (EcoPark 2026): pre- and on-carriage by truck rarely exceeds 50 km"
    ),
    "sea_detour_factor": QT_TRANSLATE_NOOP(
        "ParameterSources", "assumption (EcoPark 2026): sea route over great-circle distance between ports"
    ),
    "rail_kmh": QT_TRANSLATE_NOOP(
        "ParameterSources", "assumption (EcoPark 2026): mean freight train speed, terminal time excluded"
    ),
    "ship_kmh": QT_TRANSLATE_NOOP(
        "ParameterSources", "assumption (EcoPark 2026): about 11 knots for a loaded bulk carrier or barge"
    ),
    "objective": QT_TRANSLATE_NOOP("ParameterSources", "user choice"),
    "co2_price_eur_per_t": QT_TRANSLATE_NOOP(
        "ParameterSources", "assumption (EcoPark 2026): a carbon price for the weighted objective; set your own"
    ),
    "electricity_eur_per_mwh": QT_TRANSLATE_NOOP(
        "ParameterSources",
        "assumption (EcoPark 2026): order of magnitude of Nordic wholesale electricity prices, 30-100 EUR/MWh in the 2020s; set your own",
    ),
    "chp_z_ratio_steam": QT_TRANSLATE_NOOP(
        "ParameterSources",
        "assumption (EcoPark 2026): extraction-condensing CHP units lose about 1 MWh of electricity per 3-5 MWh of medium-pressure steam (the Z-ratio)",
    ),
    "chp_z_ratio_heat": QT_TRANSLATE_NOOP(
        "ParameterSources",
        "assumption (EcoPark 2026): district-heating extraction at 80-120 C costs about 1 MWh of electricity per 6-9 MWh of heat (the Z-ratio)",
    ),
    "processing_eur_per_t": QT_TRANSLATE_NOOP(
        "ParameterSources",
        "assumption (EcoPark 2026): screening, drying, grinding or testing a by-product before use, order of magnitude 5-20 EUR/t",
    ),
    "regeneration_eur_per_t": QT_TRANSLATE_NOOP(
        "ParameterSources",
        "assumption (EcoPark 2026): distilling spent solvents or purifying spent acids and caustic before reuse, order of magnitude 200-400 EUR/t",
    ),
    "infer_streams": QT_TRANSLATE_NOOP("ParameterSources", "user choice"),
    "min_confidence": QT_TRANSLATE_NOOP("ParameterSources", "assumption (EcoPark 2026)"),
    "min_exchange_eur": QT_TRANSLATE_NOOP(
        "ParameterSources",
        "assumption (EcoPark 2026): below about 10,000 EUR a year an exchange does not pay for the contract, permits and logistics it needs (a few days of staff time and a permit change)",
    ),
    "evidence_only": QT_TRANSLATE_NOOP(
        "ParameterSources", "user choice: the proposals a planner can defend from the data alone (symbiosis/explain.py)"
    ),
    "keep_inactive": QT_TRANSLATE_NOOP(
        "ParameterSources",
        "EcoPark choice (2026): a register's stale facilities and earlier ids of one plant stay out unless the user keeps them (symbiosis/hygiene.py)",
    ),
    "weigh_by_confidence": QT_TRANSLATE_NOOP("ParameterSources", "user choice"),
    "modes": QT_TRANSLATE_NOOP("ParameterSources", "user choice"),
    "max_km": QT_TRANSLATE_NOOP(
        "ParameterSources",
        "user choice; 0 keeps the limits of the catalogue's rules (exchange_rules.csv, each with its source)",
    ),
    "zone_regime": QT_TRANSLATE_NOOP(
        "ParameterSources", "user choice; each regime's source and status in resources/catalogue/zone_regimes.csv"
    ),
    "zone_widths_m": QT_TRANSLATE_NOOP(
        "ParameterSources",
        "SanPiN 2.2.1/2.1.1.1200-03 (Russia), new edition of 2007 (decree No 74 of 25.09.2007), 7.1: sanitary protection zone of hazard classes I-V, 1000/500/300/100/50 m",
    ),
    "risk_bands_m": QT_TRANSLATE_NOOP(
        "ParameterSources", "assumption (EcoPark 2026): distance bands for the risk table; set your own"
    ),
    "housing_m2_per_person": QT_TRANSLATE_NOOP(
        "ParameterSources",
        "assumption (EcoPark 2026): order of magnitude of dwelling floor area per person in northern Europe; give a population field where you have one",
    ),
    "housing_default_levels": QT_TRANSLATE_NOOP(
        "ParameterSources", "assumption (EcoPark 2026): storeys of a building whose levels are not mapped"
    ),
    "residential_persons_per_ha": QT_TRANSLATE_NOOP(
        "ParameterSources",
        "assumption (EcoPark 2026): gross density of mixed low- and mid-rise residential land; give a population field where you have one",
    ),
}
