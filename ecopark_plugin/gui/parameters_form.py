"""The parameters of a run as a form: every figure prefilled with its default and showing its source."""

from __future__ import annotations

from qgis.gui import QgsCollapsibleGroupBox, QgsDoubleSpinBox
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ..core.model.parameters import SOURCES, Parameters
from ..core.symbiosis.catalogue import MODES
from .context import WrapCheckBox, button_grid, fit_narrow


def tr(text: str) -> str:
    return QCoreApplication.translate("ParametersForm", text)


def labels() -> dict[str, str]:
    """The label of each parameter in the form."""
    return {
        "detour_factor": tr("Road detour factor (no network)"),
        "truck_eur_per_tkm": tr("Truck, EUR per t-km"),
        "handling_eur_per_t": tr("Loading and unloading, EUR per t"),
        "truck_kgco2_per_tkm": tr("Truck, kg CO2 per t-km"),
        "rail_eur_per_tkm": tr("Rail, EUR per t-km"),
        "rail_terminal_eur_per_t": tr("Rail terminals, EUR per t"),
        "rail_kgco2_per_tkm": tr("Rail, kg CO2 per t-km"),
        "ship_eur_per_tkm": tr("Ship, EUR per t-km"),
        "port_eur_per_t": tr("Ports, EUR per t"),
        "ship_kgco2_per_tkm": tr("Ship, kg CO2 per t-km"),
        "heat_pipe_eur_per_m_min": tr("Heat pipe, smallest, EUR per m"),
        "heat_pipe_eur_per_m_max": tr("Heat pipe, largest, EUR per m"),
        "heat_pipe_mw_min": tr("Smallest heat pipe, MW"),
        "heat_pipe_mw_max": tr("Largest heat pipe, MW"),
        "heat_exchanger_source_eur_per_mw": tr("Heat exchanger at source, EUR per MW"),
        "heat_exchanger_sink_eur_per_mw_small": tr("Heat exchanger at sink < 1 MW, EUR per MW"),
        "heat_exchanger_sink_eur_per_mw_large": tr("Heat exchanger at sink > 1 MW, EUR per MW"),
        "heat_full_load_hours": tr("Heat link full-load hours a year"),
        "water_pipe_eur_per_m": tr("Water pipe, EUR per m"),
        "pipeline_loss_default": tr("Heat loss along a pipe (share)"),
        "discount_rate": tr("Discount rate"),
        "pipe_lifetime_years": tr("Pipe lifetime, years"),
        "max_snap_m": tr("Largest distance from a site to the network, m"),
        "truck_max_kmh": tr("Truck speed cap, km/h"),
        "truck_estimate_kmh": tr("Truck speed without network, km/h"),
        "own_terminal_m": tr("Own siding or quay within, m"),
        "max_access_km": tr("Longest truck leg to a terminal or port, km"),
        "sea_detour_factor": tr("Sea detour factor"),
        "rail_kmh": tr("Freight train speed, km/h"),
        "ship_kmh": tr("Ship speed, km/h"),
        "co2_price_eur_per_t": tr("CO2 price for the weighted objective, EUR per t"),
        "min_confidence": tr("Smallest confidence of an inferred stream"),
        "zone_widths_m": tr("Zone widths of SanPiN classes I-V, m"),
        "risk_bands_m": tr("Risk distance bands, m"),
        "housing_m2_per_person": tr("Floor area per person, m2"),
        "housing_default_levels": tr("Storeys of a building without levels"),
        "residential_persons_per_ha": tr("Residents per ha of residential land"),
        "electricity_eur_per_mwh": tr("CHP electricity given up, EUR/MWh"),
        "chp_z_ratio_steam": tr("CHP Z-ratio, steam"),
        "chp_z_ratio_heat": tr("CHP Z-ratio, district heat"),
        "processing_eur_per_t": tr("By-product processing, EUR/t"),
        "regeneration_eur_per_t": tr("Chemical regeneration, EUR/t"),
        "min_exchange_eur": tr("Smallest exchange worth arranging, EUR/yr"),
    }


#: the groups of the form and the figures in each
GROUPS = (
    (
        "Transport costs and CO2",
        (
            "truck_eur_per_tkm",
            "handling_eur_per_t",
            "truck_kgco2_per_tkm",
            "rail_eur_per_tkm",
            "rail_terminal_eur_per_t",
            "rail_kgco2_per_tkm",
            "ship_eur_per_tkm",
            "port_eur_per_t",
            "ship_kgco2_per_tkm",
            "co2_price_eur_per_t",
        ),
    ),
    (
        "Supplier costs",
        (
            "electricity_eur_per_mwh",
            "chp_z_ratio_steam",
            "chp_z_ratio_heat",
            "processing_eur_per_t",
            "regeneration_eur_per_t",
        ),
    ),
    (
        "Pipes",
        (
            "heat_pipe_eur_per_m_min",
            "heat_pipe_eur_per_m_max",
            "heat_pipe_mw_min",
            "heat_pipe_mw_max",
            "heat_exchanger_source_eur_per_mw",
            "heat_exchanger_sink_eur_per_mw_small",
            "heat_exchanger_sink_eur_per_mw_large",
            "heat_full_load_hours",
            "water_pipe_eur_per_m",
            "pipeline_loss_default",
            "discount_rate",
            "pipe_lifetime_years",
        ),
    ),
    (
        "Distances and speeds",
        (
            "detour_factor",
            "max_snap_m",
            "truck_max_kmh",
            "truck_estimate_kmh",
            "own_terminal_m",
            "max_access_km",
            "sea_detour_factor",
            "rail_kmh",
            "ship_kmh",
        ),
    ),
    (
        "Streams, zones and housing",
        (
            "min_confidence",
            "min_exchange_eur",
            "zone_widths_m",
            "risk_bands_m",
            "housing_m2_per_person",
            "housing_default_levels",
            "residential_persons_per_ha",
        ),
    ),
)


def group_titles() -> dict[str, str]:
    return {
        "Transport costs and CO2": tr("Transport costs and CO2"),
        "Supplier costs": tr("Supplier costs"),
        "Pipes": tr("Pipes"),
        "Distances and speeds": tr("Distances and speeds"),
        "Streams, zones and housing": tr("Streams, zones and housing"),
    }


def mode_labels() -> dict[str, str]:
    return {"truck": tr("Truck"), "rail": tr("Rail"), "ship": tr("Ship"), "pipeline": tr("Pipeline")}


class ParametersForm(QWidget):
    """Edits a :class:`Parameters`; :meth:`parameters` reads it back, checked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.objective = QComboBox()
        self.objective.setObjectName("objective")
        for key, text in (
            ("benefit", tr("Net benefit (EUR)")),
            ("co2", tr("CO2 avoided")),
            ("weighted", tr("Benefit plus CO2 at a price")),
        ):
            self.objective.addItem(text, key)
        top.addRow(tr("Objective"), self.objective)
        self.modes = {}
        for mode, text in mode_labels().items():
            box = QCheckBox(text)
            box.setObjectName(f"mode_{mode}")
            self.modes[mode] = box
        # two by two: four Russian mode names side by side are wider than the panel
        top.addRow(tr("Transport modes"), button_grid(self.modes.values()))
        self.max_km = {}
        for mode, text in mode_labels().items():
            spin = QgsDoubleSpinBox()
            spin.setObjectName(f"max_km_{mode}")
            spin.setRange(0, 5000)
            spin.setDecimals(0)
            spin.setSuffix(" km")
            spin.setSpecialValueText(tr("catalogue"))
            spin.setClearValue(0)
            spin.setToolTip(SOURCES["max_km"])
            self.max_km[mode] = spin
            top.addRow(tr("Longest distance by {}").format(text.lower()), spin)
        self.route_weight = QComboBox()
        self.route_weight.addItem(tr("Shortest"), "length")
        self.route_weight.addItem(tr("Fastest"), "time")
        top.addRow(tr("Truck routes"), self.route_weight)
        self.pipeline_route = QComboBox()
        self.pipeline_route.addItem(tr("Along roads"), "roads")
        self.pipeline_route.addItem(tr("Straight"), "straight")
        top.addRow(tr("Pipes laid"), self.pipeline_route)
        self.zone_regime = QComboBox()
        self.zone_regime.setObjectName("zone_regime")
        for key, text in (
            ("sanpin", tr("SanPiN 2.2.1/2.1.1.1200-03 (Russia)")),
            ("vng", tr("VNG Bedrijven en milieuzonering 2009 (Netherlands)")),
            ("nrw", tr("Abstandserlass NRW 2007 (Germany)")),
        ):
            self.zone_regime.addItem(text, key)
        self.zone_regime.setToolTip(tr("Source: {}").format(SOURCES["zone_regime"]))
        top.addRow(tr("Zone regime"), self.zone_regime)
        self.infer_streams = WrapCheckBox(tr("Infer streams from the sector (NACE) where none are given"))
        self.weigh_by_confidence = WrapCheckBox(tr("Prefer entered streams to inferred ones"))
        self.keep_inactive = WrapCheckBox(
            tr("Keep register facilities that stopped reporting or report under a newer id")
        )
        self.keep_inactive.setObjectName("keep_inactive")
        self.keep_inactive.setToolTip(tr("Source: {}").format(SOURCES["keep_inactive"]))
        top.addRow(self.infer_streams)
        top.addRow(self.weigh_by_confidence)
        top.addRow(self.keep_inactive)
        self.evidence_only = WrapCheckBox(tr("Only exchanges resting on reported or derived figures"))
        self.evidence_only.setObjectName("evidence_only")
        self.evidence_only.setToolTip(
            tr("Leave out every exchange whose quantity rests on a sector default: what the data alone can defend")
        )
        top.addRow(self.evidence_only)
        layout.addLayout(top)
        self.numbers: dict[str, QgsDoubleSpinBox | QLineEdit] = {}
        names, titles = labels(), group_titles()
        defaults = Parameters()
        for title, keys in GROUPS:
            box = QgsCollapsibleGroupBox(titles[title])
            box.setCollapsed(True)
            form = QFormLayout(box)
            for key in keys:
                if isinstance(getattr(defaults, key), tuple):
                    widget = QLineEdit()
                else:
                    widget = QgsDoubleSpinBox()
                    widget.setRange(0, 1e9)
                    widget.setDecimals(5)
                    widget.setShowClearButton(True)
                widget.setObjectName(key)
                widget.setToolTip(tr("Source: {}").format(SOURCES.get(key, tr("assumption"))))
                self.numbers[key] = widget
                form.addRow(names[key], widget)
            layout.addWidget(box)
        layout.addStretch()
        fit_narrow(self)
        self.set_parameters(defaults)

    def set_parameters(self, params: Parameters) -> None:
        self.objective.setCurrentIndex(self.objective.findData(params.objective))
        for mode, box in self.modes.items():
            box.setChecked(mode in params.modes)
        for mode, cap in zip(MODES, params.max_km):
            self.max_km[mode].setValue(cap)
        self.route_weight.setCurrentIndex(self.route_weight.findData(params.route_weight))
        self.pipeline_route.setCurrentIndex(self.pipeline_route.findData(params.pipeline_route))
        self.zone_regime.setCurrentIndex(self.zone_regime.findData(params.zone_regime))
        self.infer_streams.setChecked(params.infer_streams)
        self.weigh_by_confidence.setChecked(params.weigh_by_confidence)
        self.keep_inactive.setChecked(params.keep_inactive)
        self.evidence_only.setChecked(params.evidence_only)
        defaults = Parameters()
        for key, widget in self.numbers.items():
            value = getattr(params, key)
            if isinstance(widget, QLineEdit):
                widget.setText(", ".join(f"{v:g}" for v in value))
            else:
                widget.setClearValue(getattr(defaults, key))
                widget.setValue(value)

    def parameters(self) -> Parameters:
        """The form's parameters; ``ValueError`` names the parameter out of range."""
        values = {
            "objective": self.objective.currentData(),
            "modes": tuple(m for m in MODES if self.modes[m].isChecked()),
            "max_km": tuple(float(self.max_km[m].value()) for m in MODES),
            "route_weight": self.route_weight.currentData(),
            "pipeline_route": self.pipeline_route.currentData(),
            "zone_regime": self.zone_regime.currentData(),
            "infer_streams": self.infer_streams.isChecked(),
            "weigh_by_confidence": self.weigh_by_confidence.isChecked(),
            "keep_inactive": self.keep_inactive.isChecked(),
            "evidence_only": self.evidence_only.isChecked(),
        }
        if not values["modes"]:
            raise ValueError(tr("choose at least one transport mode"))
        names = labels()
        for key, widget in self.numbers.items():
            if isinstance(widget, QLineEdit):
                try:
                    values[key] = tuple(float(v) for v in widget.text().replace(";", ",").split(",") if v.strip())
                except ValueError:
                    raise ValueError(
                        tr("{}: '{}' is not a list of numbers").format(names[key], widget.text())
                    ) from None
            else:
                values[key] = float(widget.value())
        params = Parameters(**values)
        params.check()
        return params
