"""The report's content from result frames: totals, rows, escaping, the abatement-cost curve, the Sankey
flows and the assumptions. No QGIS: the frames are made by hand or by the engine."""

import re
from html.parser import HTMLParser

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely import LineString, Point

from ecopark_plugin.core.model.errors import InputError
from ecopark_plugin.core.model.parameters import SOURCES, Parameters
from ecopark_plugin.core.report.build import build_report
from ecopark_plugin.core.report.charts import Flow as SankeyFlow
from ecopark_plugin.core.report.charts import Step, abatement_curve, axis_limit, sankey
from ecopark_plugin.core.report.html import render_html
from ecopark_plugin.core.symbiosis.catalogue import Catalogue
from ecopark_plugin.core.symbiosis.engine import EXCHANGE_FIELDS, run
from ecopark_plugin.core.zones.impact import assess
from ecopark_plugin.core.zones.protection import zone_totals

from ..conftest import SAMPLE

EVIL = "<script>alert(1)</script>"


def _sites():
    return gpd.GeoDataFrame(
        {
            "site_id": ["A", "B", "C"],
            "name": ["Power", EVIL, "Cement"],
            "net_benefit": [0.0, 0.0, 0.0],
            "co2_avoided_t": [0.0, 0.0, 0.0],
        },
        geometry=[Point(11.0, 55.0), Point(11.0, 55.1), Point(11.2, 55.0)],
        crs="EPSG:4326",
    )


def _exchanges():
    """Four candidates, three chosen: tonnes, MWh and m3; the water link avoids no net CO2."""
    rows = [
        # id, supplier, receiver, rule, stream_en, family, qty, unit, chosen qty, transport, net, co2, selected
        (1, "A", "B", "R038", EVIL, "minerals", 100.0, "t", 100.0, 40.0, 1000.0, 10.0, True),
        (2, "B", "C", "R001", "Process steam", "energy", 50.0, "MWh", 50.0, 20.0, 500.0, 20.0, True),
        (3, "A", "C", "R027", "Used cooling water", "water", 30.0, "m3", 30.0, 5.0, 300.0, -1.0, True),
        (4, "C", "A", "R033", "Coal fly ash", "minerals", 70.0, "t", 0.0, 90.0, -50.0, 3.0, False),
    ]
    names = {"A": "Power", "B": EVIL, "C": "Cement"}
    frame = pd.DataFrame(
        {
            "exchange_id": [r[0] for r in rows],
            "supplier": [r[1] for r in rows],
            "supplier_name": [names[r[1]] for r in rows],
            "receiver": [r[2] for r in rows],
            "receiver_name": [names[r[2]] for r in rows],
            "rule_id": [r[3] for r in rows],
            "stream": ["s"] * 4,
            "stream_en": [r[4] for r in rows],
            "family": [r[5] for r in rows],
            "quantity": [r[6] for r in rows],
            "unit": [r[7] for r in rows],
            "quantity_selected": [r[8] for r in rows],
            "distance_km": [5.0, 6.0, 7.0, 8.0],
            "mode_chain": ["truck", "pipeline", "pipeline", "truck"],
            "transport_cost": [r[9] for r in rows],
            "co2_transport_t": [0.5, 0.0, 0.0, 1.0],
            "net_benefit": [r[10] for r in rows],
            "co2_avoided_t": [r[11] for r in rows],
            "feasible": [True, True, True, True],
            "selected": [r[12] for r in rows],
        }
    )
    return gpd.GeoDataFrame(frame, geometry=[LineString([(0, 0), (1, 1)])] * 4, crs="EPSG:4326")


@pytest.fixture(scope="module")
def data():
    return build_report({"sites": _sites(), "exchanges": _exchanges()}, Parameters(), title=f"Park {EVIL}")


class Tables(HTMLParser):
    """Rows of every table in an HTML page, by table id."""

    def __init__(self):
        super().__init__()
        self.tables, self.current, self.row, self.cell = {}, None, None, None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.current = self.tables.setdefault(dict(attrs).get("id"), [])
        elif tag == "tr" and self.current is not None:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(self.cell)
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.current.append(self.row)
            self.row = None
        elif tag == "table":
            self.current = None

    def handle_data(self, text):
        if self.cell is not None:
            self.cell += text


def tables_of(page: str) -> dict:
    parser = Tables()
    parser.feed(page)
    return parser.tables


def test_totals_from_the_frames(data):
    s = data.summary
    assert (s["sites"], s["candidates"], s["feasible"], s["selected"], s["partners"]) == (3, 4, 4, 3, 3)
    assert s["tonnes_diverted"] == 100 and s["mwh_exchanged"] == 50 and s["m3_exchanged"] == 30
    assert s["net_benefit_eur"] == pytest.approx(1800) and s["co2_avoided_t"] == pytest.approx(29)
    assert s["transport_cost_eur"] == pytest.approx(65)
    figures = dict(data.figures().rows)
    assert figures["Net benefit"] == "1,800 EUR/yr" and figures["Net CO2 avoided"] == "29 t/yr"


def test_html_holds_the_chosen_rows_and_totals(data):
    page = render_html(data)
    rows = tables_of(page)["table-exchanges"]
    assert rows[0][:4] == ["#", "Supplier", "Receiver", "Stream"]
    body = rows[1:]
    # best net benefit first, then the total row
    assert [r[0] for r in body] == ["1", "2", "3", ""]
    assert body[0][1:4] == ["Power", EVIL, EVIL]  # the parser unescapes: the text is the name itself
    assert body[1][1:4] == [EVIL, "Cement", "Process steam"]
    assert body[0][5] == "100" and body[0][12] == "-100"  # quantity; EUR per t CO2 = -1000 / 10
    assert body[-1][1] == "Total" and body[-1][10] == "1,800" and body[-1][11] == "29"
    assert "Coal fly ash" not in [r[3] for r in body]  # a candidate not chosen is not in the table


def test_user_text_is_escaped_everywhere(data):
    page = render_html(data)
    assert "<script" not in page.lower()  # no script at all: not ours, not the user's
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # in the title, the tables and inside the SVG charts (the Sankey labels)
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 6
    sankey_svg = next(c.svg.text for c in data.charts() if c.key == "sankey_t")
    assert "&lt;script&gt;" in sankey_svg and "<script" not in sankey_svg


def test_html_is_self_contained(data):
    page = render_html(data, map_png=b"\x89PNG\r\n\x1a\nfake")
    assert 'src="data:image/png;base64,iVBORw0KGgpmYWtl"' in page
    assert not re.search(r'(src|href)="(https?:|//|file:)', page)
    assert "<link" not in page and "@import" not in page


def test_page_frame_and_style_come_from_the_resource_files(data):
    from ecopark_plugin.core.report.html import CSS_FILE, TEMPLATE_FILE

    page = render_html(data)
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</main></body></html>")
    assert CSS_FILE.read_text(encoding="utf-8") in page  # inline: the page needs no other file
    assert TEMPLATE_FILE.parent.name == "report" and "${body}" in TEMPLATE_FILE.read_text(encoding="utf-8")


def test_placeholders_in_user_text_stay_text():
    title = "Park $title ${css} $$ ${body} <b>"
    page = render_html(build_report({"sites": _sites(), "exchanges": _exchanges()}, Parameters(), title=title))
    assert page.count("<title>Park $title ${css} $$ ${body} &lt;b&gt;</title>") == 1
    assert "<h1>Park $title ${css} $$ ${body} &lt;b&gt;</h1>" in page


def test_report_frames_keep_the_layers_the_report_reads():
    from ecopark_plugin.core.report.build import report_frames

    sites, exchanges = _sites(), _exchanges()
    frames = report_frames({"sites": sites, "exchanges": exchanges, "road_network": sites, "zones": None})
    assert list(frames) == ["sites", "exchanges"] and frames["sites"] is sites


def test_abatement_curve_is_sorted_by_cost_per_tonne(data):
    # costs per t: exchange 1: -1000/10 = -100; exchange 2: -500/20 = -25; exchange 3 avoids no CO2
    assert data.macc["exchange_id"].tolist() == [1, 2]
    assert data.macc["cost_per_t"].tolist() == pytest.approx([-100, -25])
    assert data.macc["x0"].tolist() == pytest.approx([0, 10])  # cumulative CO2 before each bar
    assert data.macc_excluded["exchange_id"].tolist() == [3]  # listed beside the curve, not dropped
    table = data.macc_excluded_table()
    assert table.rows[0][0] == "3" and "transport emits more" in table.rows[0][-1]
    assert "Chosen exchanges not on the abatement-cost curve" in render_html(data)


def test_abatement_curve_svg_bars_in_order():
    steps = [Step("7", 50.0, -30.0, "#111111"), Step("8", 150.0, 20.0, "#222222")]
    svg = abatement_curve(steps).text
    bars = re.findall(r'<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="(#\d{6})"', svg)
    xs = {fill: (float(x), float(w)) for x, _, w, _, fill in bars}
    assert xs["#111111"][0] < xs["#222222"][0]
    # widths in proportion to the CO2 avoided: 50 and 150 t
    assert xs["#222222"][1] / xs["#111111"][1] == pytest.approx(3, rel=0.02)
    assert xs["#222222"][0] == pytest.approx(xs["#111111"][0] + xs["#111111"][1], abs=0.2)


def test_far_outliers_are_cut_and_written_under_the_axis():
    steps = [Step("1", 1000.0, -100.0, "#111111"), Step("2", 1.0, -9000.0, "#222222")]
    assert axis_limit(steps) == pytest.approx(125)
    svg = abatement_curve(steps).text
    assert "Off the scale (EUR per t): #2 -9,000" in svg
    assert axis_limit([Step("1", 10.0, -100.0, "#1"), Step("2", 10.0, -150.0, "#2")]) == np.inf


def test_sankey_flows_sum_to_the_exchanged_quantities():
    sites = gpd.read_file(SAMPLE, layer="sites")
    streams = pd.DataFrame(gpd.read_file(SAMPLE, layer="streams").drop(columns="geometry", errors="ignore"))
    result = run(sites, streams, Catalogue.load(), Parameters())
    report = build_report({"sites": result.sites, "exchanges": result.exchanges})
    # the new exchanges: those that exist already (the baseline) are listed apart, not drawn as new flows
    chosen = result.exchanges[result.exchanges["selected"] & ~result.exchanges["existing"]]
    assert set(report.flows) == set(chosen["unit"])
    for unit, flows in report.flows.items():
        assert flows["quantity"].sum() == pytest.approx(chosen.loc[chosen["unit"] == unit, "quantity_selected"].sum())
        pairs = chosen[chosen["unit"] == unit].groupby(["supplier", "receiver"])["quantity_selected"].sum()
        assert flows.groupby(["supplier", "receiver"])["quantity"].sum().to_dict() == pytest.approx(pairs.to_dict())
    # the same figures as the run's own summary, recomputed from the layers alone
    for key in ("selected", "candidates", "partners", "tonnes_diverted", "net_benefit_eur", "co2_avoided_t", "network"):
        assert report.summary[key] == pytest.approx(result.summary[key]), key
    assert report.summary["anchors"] == result.summary["anchors"]


def test_sankey_band_thickness_follows_the_quantities():
    flows = [SankeyFlow("a", "A", "b", "B", 300.0, "#111111"), SankeyFlow("a", "A", "c", "C", 100.0, "#222222")]
    svg = sankey(flows, "t").text
    heights = []
    for colour in ("#111111", "#222222"):
        d = re.search(rf'<path d="M[\d.]+,([\d.]+) C[^"]*L[\d.]+,[\d.]+ C[^"]* [\d.]+,([\d.]+) Z" fill="{colour}"', svg)
        heights.append(float(d.group(2)) - float(d.group(1)))
    assert heights[0] / heights[1] == pytest.approx(3, rel=0.02)
    assert "A  400" in svg and "B  300" in svg and "C  100" in svg


def test_assumptions_list_every_source(data):
    table = next(t for t in data.tables() if t.key == "parameters")
    assert [r[0] for r in table.rows] == list(Parameters().to_dict())
    assert {r[0] for r in table.rows} == set(SOURCES)
    assert not any(r[2] == "no source recorded" for r in table.rows)
    page = render_html(data)
    for source in SOURCES.values():
        assert source.replace("'", "&#x27;") in page
    rules = next(t for t in data.tables() if t.key == "rules")
    catalogue = Catalogue.load().rules.set_index("rule_id")
    assert [r[0] for r in rules.rows] == ["R038", "R001", "R027"]  # the chosen exchanges' rules, no others
    for rule_id, _, figures, sources in rules.rows:
        assert catalogue.loc[rule_id, "source_price"] in sources and catalogue.loc[rule_id, "source_co2"] in sources
        assert f"virgin price {catalogue.loc[rule_id, 'virgin_price_eur']:g} EUR" in figures


def test_assumptions_show_the_run_s_parameters():
    report = build_report({"sites": _sites(), "exchanges": _exchanges()}, Parameters(truck_eur_per_tkm=0.2))
    rows = {r[0]: r[1] for r in next(t for t in report.tables() if t.key == "parameters").rows}
    assert rows["truck_eur_per_tkm"] == "0.2" and rows["modes"] == "truck, rail, ship, pipeline"


def test_missing_fields_are_named():
    exchanges = _exchanges().drop(columns=["net_benefit", "selected"])
    with pytest.raises(InputError) as err:
        build_report({"sites": _sites(), "exchanges": exchanges})
    assert "layer 'exchanges', field 'net_benefit'" in str(err.value)
    assert "layer 'exchanges', field 'selected'" in str(err.value)
    with pytest.raises(InputError, match="layer 'exchanges': the report needs this layer"):
        build_report({"sites": _sites()})


def test_a_layer_read_back_with_nulls_and_integers():
    """A GeoPackage gives booleans as 0/1 and empty numbers as None."""
    ex = _exchanges()
    ex["selected"] = ex["selected"].astype(int)
    ex["feasible"] = [1, 1, None, 1]
    ex["co2_transport_t"] = [0.5, None, None, 1.0]
    report = build_report({"sites": _sites(), "exchanges": ex})
    assert report.summary["selected"] == 3 and report.summary["feasible"] == 3


def test_nothing_chosen():
    ex = _exchanges().assign(selected=False, quantity_selected=0.0)
    report = build_report({"sites": _sites(), "exchanges": ex})
    assert report.charts() == [] and report.summary["net_benefit_eur"] == 0
    page = render_html(report)
    assert "No exchange was chosen" in page and "None." in page


def test_zones_and_housing_from_the_layers():
    sites = gpd.read_file(SAMPLE, layer="sites")
    streams = pd.DataFrame(gpd.read_file(SAMPLE, layer="streams").drop(columns="geometry", errors="ignore"))
    catalogue = Catalogue.load()
    result = run(sites, streams, catalogue, Parameters())
    impact = assess(result.sites, result.exchanges, result.streams, None, Parameters(), catalogue)
    layers = impact.layers()
    # written to a file and read back: the figures must not depend on the run still being in memory
    assert impact.summary.pop("regime") == "sanpin"
    assert zone_totals(layers["zones"], layers["zones_after"]) == pytest.approx(impact.summary)
    report = build_report({"sites": result.sites, "exchanges": result.exchanges, **layers})
    from_layers = dict(report.summary["zones"])
    assert from_layers.pop("regime") == "sanpin"  # the zone layers' own field names the regime
    assert from_layers == pytest.approx(impact.summary)
    zones = next(t for t in report.tables() if t.key == "zones")
    reduced = layers["zone_reduction"]
    assert len(zones.rows) == len(layers["zones"])
    first = zones.rows[0]  # the sites whose zone shrank come first
    assert first[0] == reduced["name"].iloc[0] and first[5] == f"{reduced['freed_ha'].iloc[0]:,.1f}"


def test_the_report_reads_only_fields_the_run_writes():
    from ecopark_plugin.core.report.build import _EXCHANGE_FIELDS_READ, REPORT_FIELDS

    assert _EXCHANGE_FIELDS_READ <= set(EXCHANGE_FIELDS)
    # the fields it checks for are enough: a layer with just those gives the same report
    lean = _exchanges()[[*REPORT_FIELDS["exchanges"], "geometry"]]
    full = build_report({"sites": _sites(), "exchanges": _exchanges()})
    assert build_report({"sites": _sites(), "exchanges": lean}).summary == full.summary


def test_zone_layers_come_as_a_pair():
    zones = gpd.GeoDataFrame(
        {"site_id": ["A"], "name": ["Power"], "hazard_class": [1], "width_m": [1000.0]},
        geometry=[Point(11, 55).buffer(0.01)],
        crs="EPSG:4326",
    )
    with pytest.raises(InputError, match="both zone layers"):
        build_report({"sites": _sites(), "exchanges": _exchanges(), "zones": zones})


def test_the_report_says_what_each_proposal_rests_on_and_keeps_the_baseline_apart():
    sites = gpd.read_file(SAMPLE, layer="sites")
    streams = pd.DataFrame(gpd.read_file(SAMPLE, layer="streams").drop(columns="geometry", errors="ignore"))
    result = run(sites, streams, Catalogue.load(), Parameters())
    report = build_report({"sites": result.sites, "exchanges": result.exchanges})
    tables = {t.key: t for t in report.tables()}
    ex = result.exchanges
    new = ex[ex["selected"] & ~ex["existing"]]
    assert len(tables["evidence"].rows) == len(new)
    assert {row[3] for row in tables["evidence"].rows} <= {"reported", "derived", "default"}
    # the power station's heat to the town's district heating exists already: the baseline, not new benefit
    baseline = tables["baseline"].rows
    assert len(baseline) == 1 and "district heat" in baseline[0][2].lower() and baseline[0][4].startswith("evident")
    s = result.summary
    assert s["baseline_selected"] == 1
    assert s["net_benefit_eur"] == pytest.approx(sum(s["net_benefit_by_basis_eur"].values()))
    figures = dict(map(tuple, report.figures().rows))
    assert "Net benefit resting on reported figures" in figures


def test_the_report_names_the_zone_regime_of_the_layers():
    def layer(labels, widths):
        return gpd.GeoDataFrame(
            {
                "site_id": ["A", "C"],
                "name": ["Power", "Cement"],
                "hazard_class": [1, 3],
                "class_label": labels,
                "width_m": widths,
                "regime": ["nrw", "nrw"],
            },
            geometry=[Point(11, 55).buffer(0.02), Point(11.2, 55).buffer(0.01)],
            crs="EPSG:4326",
        )

    zones = layer(["I", "III"], [1500.0, 700.0])
    report = build_report({"sites": _sites(), "exchanges": _exchanges(), "zones": zones, "zones_after": zones})
    figures = {row[0]: row[1] for row in report.figures().rows}
    assert figures["Zone regime"].startswith("Abstandserlass Nordrhein-Westfalen 2007")
    table = next(t for t in report.tables() if t.key == "zones")
    assert "6.6.2007" in table.note and "MBl. NRW" in table.note
    assert [row[1] for row in table.rows] == ["I", "III"]  # the regime's own labels
    # layers drawn before regimes could be chosen have no regime field: SanPiN's classes
    old = zones.drop(columns=["regime", "class_label"])
    report = build_report({"sites": _sites(), "exchanges": _exchanges(), "zones": old, "zones_after": old})
    assert {row[0]: row[1] for row in report.figures().rows}["Zone regime"].startswith("SanPiN 2.2.1/2.1.1.1200-03")


def test_a_russian_report_speaks_russian_and_writes_numbers_the_russian_way():
    from ecopark_plugin.core.model.i18n import format_number, using
    from ecopark_plugin.core.report.html import render_html

    english = build_report({"sites": _sites(), "exchanges": _exchanges()})
    russian = build_report({"sites": _sites(), "exchanges": _exchanges()}, language="ru_RU.UTF-8")
    assert russian.language == "ru"
    net = english.summary["net_benefit_eur"]
    assert abs(net) >= 1000  # so that its thousands are grouped
    label, value = russian.key_figures()[0]
    assert label == "Чистая выгода"
    assert value == f"{format_number(net, language='ru')} евро/год"
    assert "\u00a0" in value and "," not in value  # a no-break space between thousands
    assert english.key_figures()[0] == ("Net benefit", f"{net:,.0f} EUR/yr")
    page = render_html(russian)
    assert '<html lang="ru">' in page and "Отчёт EcoPark" in page and "Выбранные обмены" in page
    assert "Net benefit" not in page and "Chosen exchanges" not in page
    # the language is the report's own: the English report made after it is still English
    assert "Net benefit" in render_html(english)
    with using("ru"):
        assert format_number(1234567.891, 2) == "1\u00a0234\u00a0567,89"
        assert format_number(-0.2) == "0"
    assert format_number(1234567.891, 2) == "1,234,567.89"


def test_parameters_not_recorded_are_said_not_listed_as_defaults():
    frames = {"sites": _sites(), "exchanges": _exchanges()}
    unknown = build_report(frames, None, params_recorded=False)
    assert unknown.params is None
    page = tables_of(render_html(unknown))
    assert page["table-parameters"][1:] == [["parameters not recorded", "", ""]]
    assert dict(unknown.figures().rows)["Objective of the optimisation"] == "parameters not recorded"
    known = tables_of(render_html(build_report(frames, Parameters(truck_max_kmh=70.0))))
    rows = {row[0]: row[1] for row in known["table-parameters"][1:]}
    assert rows["truck_max_kmh"] == "70" and "parameters not recorded" not in rows
