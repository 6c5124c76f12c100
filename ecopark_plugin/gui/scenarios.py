"""Scenarios kept in the QGIS project: what was run, where its layers are, and its figures.

Stored as one JSON entry of the project (scope ``ecopark``), so they are saved with the project and come
back when it is reopened. GeoPackage paths are stored as the project stores layer paths (relative when
the project uses relative paths), so a project moved with its results still finds them.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

SCOPE = "ecopark"
KEY = "scenarios"


def tr(text: str) -> str:
    return QCoreApplication.translate("Scenarios", text)


@dataclass
class Scenario:
    name: str
    gpkg: str
    #: layer names in the GeoPackage
    layers: list[str] = field(default_factory=list)
    summary: dict = field(default_factory=dict)
    params: dict = field(default_factory=dict)
    #: what it was run on: layer names, field mappings, network and housing sources
    inputs: dict = field(default_factory=dict)
    created: str = field(default_factory=lambda: datetime.now().isoformat(timespec="seconds"))


def _plain(value):
    """numpy numbers and tuples as JSON values."""
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, tuple | set):
        return list(value)
    raise TypeError(f"cannot store {type(value).__name__} in the project")


class ScenarioStore:
    """The scenarios of ``project``, in the order they were run."""

    def __init__(self, project: QgsProject | None = None):
        self.project = project or QgsProject.instance()

    def all(self) -> list[Scenario]:
        text, ok = self.project.readEntry(SCOPE, KEY, "")
        if not ok or not text:
            return []
        try:
            items = json.loads(text)
        except json.JSONDecodeError:
            return []
        out = []
        for item in items:
            item = dict(item)
            item["gpkg"] = self.project.readPath(item.get("gpkg", ""))
            known = {k: v for k, v in item.items() if k in Scenario.__dataclass_fields__}
            out.append(Scenario(**known))
        return out

    def names(self) -> list[str]:
        return [s.name for s in self.all()]

    def get(self, name: str) -> Scenario | None:
        return next((s for s in self.all() if s.name == name), None)

    def save(self, scenario: Scenario) -> None:
        """Add ``scenario``, or replace the one of the same name."""
        items = [s for s in self.all() if s.name != scenario.name] + [scenario]
        self._write(items)

    def remove(self, name: str) -> None:
        self._write([s for s in self.all() if s.name != name])

    def _write(self, items: list[Scenario]) -> None:
        data = []
        for s in items:
            item = asdict(s)
            item["gpkg"] = self.project.writePath(s.gpkg)
            data.append(item)
        self.project.writeEntry(SCOPE, KEY, json.dumps(data, default=_plain))
        self.project.setDirty(True)


def metrics() -> list[tuple[str, str, int]]:
    """(path in the summary, label, decimals) of the figures two scenarios are compared on."""
    return [
        ("selected", tr("Exchanges chosen"), 0),
        ("partners", tr("Partners"), 0),
        ("tonnes_diverted", tr("Tonnes diverted a year"), 0),
        ("mwh_exchanged", tr("Energy exchanged, MWh a year"), 0),
        ("m3_exchanged", tr("Water exchanged, m3 a year"), 0),
        ("net_benefit_eur", tr("Net benefit, EUR a year"), 0),
        ("co2_avoided_t", tr("Net CO2 avoided, t a year"), 0),
        ("transport_cost_eur", tr("Transport cost, EUR a year"), 0),
        ("co2_transport_t", tr("Transport CO2, t a year"), 0),
        ("network.links", tr("Links between partners"), 0),
        ("network.closed_loops", tr("Closed loops"), 0),
        ("zones.zone_area_before_ha", tr("Sanitary zones before, ha"), 0),
        ("zones.zone_area_after_ha", tr("Sanitary zones after, ha"), 0),
        ("zones.freed_ha", tr("Land freed, ha"), 1),
        ("zones.sites_reduced", tr("Sites in a lower hazard class"), 0),
        ("zones.housing.pop_before", tr("People inside zones before"), 0),
        ("zones.housing.pop_after", tr("People inside zones after"), 0),
    ]


def figure(summary: dict, path: str) -> float | None:
    value = summary
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def compare(a: Scenario, b: Scenario) -> list[tuple[str, float | None, float | None, float | None, int]]:
    """One row per figure: label, value in ``a``, value in ``b``, ``b - a`` (None where either lacks it)."""
    rows = []
    for path, label, decimals in metrics():
        x, y = figure(a.summary, path), figure(b.summary, path)
        rows.append((label, x, y, None if x is None or y is None else y - x, decimals))
    return rows
