"""Every figure the panel shows is the figure of the layers it wrote and of the command line's report for the
same run: the panel's summary, the report made from the panel, the layers read back from the GeoPackage, and
``python -m ecopark_plugin run ... --report`` are compared field by field."""

import re
from html import unescape
from types import SimpleNamespace

import geopandas as gpd
import pytest
from qgis.core import QgsProject, QgsVectorLayer

from ecopark_plugin.__main__ import format_summary
from ecopark_plugin.core.report.build import REPORT_LAYERS, build_report
from ecopark_plugin.core.symbiosis.catalogue import FAMILIES
from ecopark_plugin.gui.context import number
from ecopark_plugin.gui.results_tab import SUMMARY_FIELDS, summary_value

from . import test_dock

# the panel's fixtures, shared with test_dock
canvas_bridge, dock, kalundborg = test_dock.canvas_bridge, test_dock.dock, test_dock.kalundborg
wait_for = test_dock.wait_for

TITLE = "Figures check"


def figure_rows(page: str) -> list[list[str]]:
    """The rows of the report's summary figures table."""
    table = re.search(r'<table id="table-figures".*?<tbody>(.*?)</tbody>', page, re.S).group(1)
    return [
        [unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S)
    ]


def flat(summary: dict, prefix: str = "") -> dict:
    """A nested summary as {dotted key: value} for its numbers."""
    out = {}
    for key, value in summary.items():
        if isinstance(value, dict):
            out.update(flat(value, f"{prefix}{key}."))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            out[f"{prefix}{key}"] = float(value)
    return out


def test_panel_summary_and_report_equal_the_layers_and_the_command_line(dock, kalundborg, cli, tmp_path):
    ports = QgsVectorLayer(f"{kalundborg}|layername=ports", "Ports", "ogr")
    QgsProject.instance().addMapLayer(ports)
    dock.ports_combo.setLayer(ports)
    # a zone rule under which any stream that leaves takes its supplier a class lower: zones before and after
    # differ, so a report that read one zone layer for the other would show it
    rules = tmp_path / "zone_rules.csv"
    rows = [f'{family},0.01,1,"test assumption"' for family in FAMILIES]
    rules.write_text("match,min_diverted_share,class_steps,basis\n" + "\n".join(rows) + "\n", encoding="utf-8")
    dock.rule_files["zone_rules"].setFilePath(str(rules))
    dock.scenario_edit.setText(TITLE)
    dock.run_button.click()
    wait_for(dock)
    scenario = dock.store.get(TITLE)
    assert scenario is not None and "zones" in scenario.layers and "zones_after" in scenario.layers

    # the report's layers are the scenario's own, each by its exact name (zones is not zones_after)
    layers = dock.results_tab.report_layers(scenario)
    for name, layer in layers.items():
        assert layer.source().endswith(f"|layername={name}"), (name, layer.source())
    page = dock.open_report(replace=True, show=False)[0].read_text(encoding="utf-8")

    # the figures of the written layers, read back without QGIS
    frames = {name: gpd.read_file(scenario.gpkg, layer=name) for name in scenario.layers if name in REPORT_LAYERS}
    written = build_report(frames, title=TITLE).summary
    assert written["zones"]["zone_area_before_ha"] > written["zones"]["zone_area_after_ha"]  # a case that can fail

    # the command line on the same inputs, with its report
    out = tmp_path / "cli"
    done = cli(
        "run",
        *("--sites", kalundborg, "--streams", kalundborg, "--ports", f"{kalundborg}|layername=ports"),
        *("--out", out / "cli.gpkg", "--report", out / "cli.html", "--title", TITLE),
        *("--zone-rules", rules, "--no-png", "--no-project", "--quiet", "--language", "en"),
    )
    assert done.returncode == 0, done.stderr
    cli_page = (out / "cli.html").read_text(encoding="utf-8")

    # the report's summary figures: the panel's report, the command line's and the written layers' agree row by row
    panel_rows, cli_rows = figure_rows(page), figure_rows(cli_page)
    assert panel_rows == cli_rows
    zone_rows = {row[0]: row[1] for row in panel_rows if row[0].startswith("Sanitary zones")}
    assert zone_rows["Sanitary zones before"] != zone_rows["Sanitary zones after"]

    # every number of the panel's summary equals the written layers' (all the keys the two share)
    panel = flat(scenario.summary)
    layers_figures = flat(written)
    shared = set(panel) & set(layers_figures)
    assert {"selected", "net_benefit_eur", "zones.zone_area_before_ha", "zones.freed_ha"} <= shared
    for key in sorted(shared):
        assert panel[key] == pytest.approx(layers_figures[key], rel=1e-9, abs=1e-6), key
    # the command line's layers give the same figures, every one of them
    cli_frames = {name: gpd.read_file(out / "cli.gpkg", layer=name) for name in frames}
    cli_figures = flat(build_report(cli_frames, title=TITLE).summary)
    assert set(cli_figures) == set(layers_figures)
    for key in sorted(cli_figures):
        assert cli_figures[key] == pytest.approx(layers_figures[key], rel=1e-9, abs=1e-6), key

    # the command line's printed summary, every line of it, is the panel's run's summary as the runner writes it
    printed = done.stdout.split("\n\n")[0].strip().splitlines()
    ours = format_summary(SimpleNamespace(summary=scenario.summary, exchanges=frames["exchanges"]), "en")
    assert printed == ours.split("\n\n")[0].strip().splitlines()
    assert len(printed) >= 8 and any(line.startswith("Sanitary zones") for line in printed)

    # and every field the panel shows is that figure, as the panel's text shows it
    text = dock.summary.text()
    shown = 0
    for key in SUMMARY_FIELDS:
        value = summary_value(scenario.summary, key)
        if value is None:
            continue
        want = summary_value(written, key)
        assert want is not None and float(value) == pytest.approx(float(want), rel=1e-9, abs=1e-6), key
        assert number(value) in text, (key, text)
        shown += 1
    assert shown >= 11
