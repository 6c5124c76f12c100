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

SCOPE = "ecopark"
KEY = "scenarios"


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


def params_recorded(scenario: Scenario) -> bool:
    """Whether the scenario's parameters are its run's: run from the panel, or added from a GeoPackage with its
    table ``parameters`` (one added before EcoPark recorded them has none)."""
    return bool(scenario.inputs.get("parameters_recorded", "added_from" not in scenario.inputs))
