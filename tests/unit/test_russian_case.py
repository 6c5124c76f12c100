"""The Russian case (resources/sample_data/rustavi.gpkg, ``make demo-ru``): it runs from sites with OKVED2 codes
alone, and its Russian report holds no English sentence and no English-format number."""

import html
import re

import geopandas as gpd
import pytest

from ecopark_plugin.core.job import Job, run
from ecopark_plugin.core.model.i18n import using
from ecopark_plugin.core.report.build import build_report
from ecopark_plugin.core.report.html import render_html

from ..conftest import SAMPLE

RUSTAVI = SAMPLE.parent / "rustavi.gpkg"

#: three Latin-letter words in a row (a word may hold digits, as CO2 does; joined by spaces or punctuation)
ENGLISH_RUN = re.compile(r"\b[A-Za-z][A-Za-z0-9'-]*(?:[\s,;:()/.-]+[A-Za-z][A-Za-z0-9'-]*){2,}")
#: 1,234 or 0.5: an English thousands separator or decimal point between digits (not 2.2.1 or 1200-03 codes,
#: nor a section "п. 7.1"); 0,005 is a Russian decimal
ENGLISH_NUMBER = re.compile(r"(?<![\d.,/])[1-9]\d{0,2}(?:,\d{3})+(?![\d.,])|(?<![\d.,/])(?<!п\. )\d+\.\d+(?![\d.,/])")
#: file names, paths and web addresses, which are names whatever the language
PATHS = re.compile(r"\b(?:resources|symbiosis|scripts|ecopark_plugin)/[\w/.-]+|[\w.-]+\.(?:py|csv|md|ru|org|ge)\b")
#: words that are names or codes, not English: the plants' own names, standards and units written in Latin
NAMES = {"Rustavi Steel", "HeidelbergCement", "Geosteel", "EcoPark", "UK DEFRA/DESNZ", "US BTS"}


def visible_text(page: str) -> list[str]:
    """The text a reader sees, one string per element, without the style, scripts, images and the bibliography."""
    page = re.sub(r"<(style|script)\b.*?</\1>", "", page, flags=re.S)
    page = re.sub(r"<img\b[^>]*>", "", page)
    texts = [html.unescape(t).strip() for t in re.split(r"<[^>]+>", page)]
    return [t for t in texts if t]


def english_in(texts: list[str], names=()) -> list[str]:
    """The texts holding an English sentence or number, with what was found; ``names`` (of sites, say) and
    :data:`NAMES` are left out, and so is a name cut short with an ellipsis."""
    found = []
    for text in texts:
        every = {*NAMES, *names}
        if "…" in text:  # a name cut to fit a chart: any head of it before the ellipsis, the longest first
            heads = {n[:k].rstrip() for n in every for k in range(3, len(n))}
            for head in sorted(heads, key=len, reverse=True):
                text = text.replace(head + "…", "")
        for name in sorted(every, key=len, reverse=True):
            text = text.replace(name, "")
        text = PATHS.sub("", text)
        words = ENGLISH_RUN.search(text)
        digits = ENGLISH_NUMBER.search(text)
        if words or digits:
            found.append((words or digits).group(0) + "  <-  " + text[:160])
    return found


@pytest.fixture(scope="module")
def rustavi():
    sites = gpd.read_file(RUSTAVI, layer="sites")
    assert "streams" not in gpd.list_layers(RUSTAVI)["name"].tolist()
    with using("ru"):
        outcome = run(Job(sites))
        report = build_report(outcome.layers, language="ru", title="Рустави: предлагаемый промышленный симбиоз")
        # any bytes stand for the map: the page then shows the map's credit line under it
        page = render_html(report, map_png=b"png", credits=outcome.credits)
    return outcome, page, report


def test_the_case_runs_from_okved2_codes_alone(rustavi):
    outcome, _, _ = rustavi
    sites = outcome.result.sites
    assert len(sites) == 5
    assert sorted(sites["nace"]) == ["20.15", "23.51", "24.10", "24.10", "35.11"]
    chosen = outcome.result.exchanges[outcome.result.exchanges["selected"]]
    assert len(chosen) >= 5
    # every stream was inferred from the sector profiles: the sample gives none
    assert len(outcome.result.streams) > 0


def test_the_detector_sees_english():
    assert english_in(["Net benefit and CO2 avoided"]) and english_in(["Итого 1,234 т"]) and english_in(["0.5 т"])
    assert english_in(["EUR per t CO2 avoided"]) and english_in(["15,000 евро"]) and english_in(["Net benefit EUR/yr"])
    assert not english_in(["0,005 т/т; п. 7.1; см. resources/catalogue/exchange_rules.csv, symbiosis/explain.py"])
    assert english_in(["the\tplant\tdoes\tnot"])
    assert not english_in(["СанПиН 2.2.1/2.1.1.1200-03, 1 234,5 т/год, CO2, Рустави Азот, EN 197-1 (CEM II)"])


def report_texts(report) -> list[str]:
    """Every text of the report's tables, figures and charts: what the PDF draws (it shows tables the HTML
    page leaves out, such as why each exchange is proposed)."""
    with using("ru"):
        texts = [text for pair in report.key_figures() for text in pair]
        for table in report.tables():
            texts += [table.title, table.note, *table.headers, *(cell for row in table.rows for cell in row)]
        for chart in report.charts():
            texts += [chart.title, chart.caption, *visible_text(chart.svg.text)]
    return texts


def test_every_table_of_the_pdf_is_russian_too(rustavi):
    _, _, report = rustavi
    keys = {table.key for table in report.tables()}
    assert {"exchanges", "evidence", "partners", "parameters", "rules"} <= keys
    found = english_in(report_texts(report))
    assert not found, f"{len(found)} English text(s) in the Russian report's tables:\n" + "\n".join(found[:40])


def test_the_russian_report_holds_no_english_sentence_or_number(rustavi):
    _, page, _ = rustavi
    assert "Рустави" in page
    found = english_in(visible_text(page))
    assert not found, f"{len(found)} English text(s) in the Russian report:\n" + "\n".join(found[:40])


def test_the_kalundborg_sample_in_russian_holds_no_english_sentence_either():
    """The same bar on the Kalundborg sample: other streams, rules, a baseline and streams the user gave."""
    sites = gpd.read_file(SAMPLE, layer="sites")
    with using("ru"):
        outcome = run(Job(sites, streams=gpd.read_file(SAMPLE, layer="streams")))
        report = build_report(outcome.layers, language="ru")
        page = render_html(report, map_png=b"png", credits=outcome.credits)
    assert report.title == "EcoPark: предлагаемый промышленный симбиоз"
    names = [*sites["name"], "EEA Industrial Reporting (E-PRTR), CC BY 4.0"]
    found = english_in(visible_text(page) + report_texts(report), names)
    assert not found, f"{len(found)} English text(s):\n" + "\n".join(found[:40])


def test_the_reasons_of_a_russian_run_are_russian(rustavi):
    """Why a candidate is not feasible or not chosen (the exchanges layer's ``reason``), in the run's language."""
    outcome, _, _ = rustavi
    reasons = [r for r in outcome.result.exchanges["reason"] if r]
    assert reasons and any("выгодными обменами" in r or "слишком далеко" in r for r in reasons)
    found = english_in(reasons)
    assert not found, "\n".join(found)
    # the English run keeps its English reasons
    english = run(Job(gpd.read_file(RUSTAVI, layer="sites"))).result.exchanges["reason"]
    assert any("better exchanges" in r or "too far" in r for r in english)
