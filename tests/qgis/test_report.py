"""Reports end to end: the command line, ``write_report`` and the Processing algorithm write HTML and PDF files,
and the tests read them back: the chosen rows and totals and the map image in the HTML, the totals in the PDF."""

import base64
import re
from html import unescape
from pathlib import Path

import pyogrio
import pytest
from pypdf import PdfReader
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from .conftest import _cli

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample_data" / "kalundborg.gpkg"
COPENHAGEN = ROOT / "resources" / "sample_data" / "copenhagen.gpkg"
TITLE = "Kalundborg report test"
EVIL = "<script>alert(1)</script>"


def pdf_text(path) -> str:
    """The PDF's text with runs of white space made single spaces and ligatures undone."""
    pages = [page.extract_text() for page in PdfReader(path).pages]
    text = " ".join(pages).replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\u200b", "")
    return " ".join(text.split())


def exchange_rows(page: str) -> list[list[str]]:
    table = re.search(r'<table id="table-exchanges".*?<tbody>(.*?)</tbody>', page, re.S).group(1)
    return [
        [unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S)
    ]


@pytest.fixture(scope="module")
def kalundborg(tmp_path_factory):
    """The documented command line with --report and --pdf on the Kalundborg sample."""
    out = tmp_path_factory.mktemp("report")
    proc = _cli(
        "run",
        "--sites",
        SAMPLE,
        "--streams",
        SAMPLE,
        "--out",
        out / "k.gpkg",
        "--no-png",
        "--no-project",
        "--title",
        TITLE,
        "--report",
        out / "k.html",
        "--pdf",
        out / "k.pdf",
        "--quiet",
    )
    assert proc.returncode == 0, proc.stderr
    totals = re.search(r"Net benefit ([\d,]+) EUR/yr,\s+net CO2 avoided ([\d,]+) t/yr", proc.stdout)
    return out, proc, totals.group(1), totals.group(2)


def test_html_holds_the_chosen_rows_totals_and_map(kalundborg):
    out, proc, net, co2 = kalundborg
    assert str(out / "k.html") in proc.stdout
    page = (out / "k.html").read_text(encoding="utf-8")
    exchanges = pyogrio.read_dataframe(out / "k.gpkg", layer="exchanges")
    # the new exchanges: the baseline (exists already) has a table of its own
    chosen = exchanges[exchanges["selected"] & ~exchanges["existing"].astype(bool)].sort_values(
        "net_benefit", ascending=False
    )
    rows = exchange_rows(page)
    assert len(rows) == len(chosen) + 1  # and the total
    for row, ex in zip(rows, chosen.itertuples()):
        assert row[:4] == [str(ex.exchange_id), ex.supplier_name, ex.receiver_name, ex.stream_en]
        assert row[5] == f"{ex.quantity_selected:,.0f}" and row[10] == f"{ex.net_benefit:,.0f}"
    assert rows[-1][1] == "Total" and rows[-1][10] == net and rows[-1][11] == co2
    assert f"{net} EUR/yr" in page and f"{co2} t/yr" in page
    # the map QGIS rendered, embedded: an A4 landscape page at 150 dpi with the links' colours on it
    data = re.search(r'<img id="map-image" src="data:image/png;base64,([^"]+)"', page).group(1)
    image = QImage()
    assert image.loadFromData(base64.b64decode(data), "PNG")
    assert image.width() > 1700 and 1.38 < image.width() / image.height() < 1.44
    small = image.scaled(200, 140)
    colours = {small.pixel(x, y) for x in range(200) for y in range(140)}
    assert len(colours) > 100
    assert "<svg" in page and 'id="chart-macc"' in page and 'id="chart-sankey_t"' in page


def test_pdf_holds_the_totals(kalundborg):
    out, _, net, co2 = kalundborg
    reader = PdfReader(out / "k.pdf")
    assert len(reader.pages) >= 6
    text = pdf_text(out / "k.pdf")
    assert f"Net benefit {net} EUR/yr" in text and f"Net CO2 avoided {co2} t/yr" in text
    assert TITLE in text and "Chosen exchanges" in text and "Abatement-cost curve" in text
    # without ports the fly ash to Aalborg is not proposed (a truck cannot cross the Kattegat): gypsum is
    assert "Ørsted Asnæsværket" in text and "FGD gypsum" in text
    # every assumption with its source
    assert "truck_kgco2_per_tkm 0.10163 UK DEFRA/DESNZ 2025 freight factors" in text
    assert "SanPiN 2.2.1/2.1.1.1200-03" in text


def test_processing_writes_both(provider, kalundborg, tmp_path):
    import processing

    out, _, net, _ = kalundborg
    gpkg = out / "k.gpkg"
    result = processing.run(
        "ecopark:report",
        {
            "SITES": f"{gpkg}|layername=sites",
            "EXCHANGES": f"{gpkg}|layername=exchanges",
            "ZONES": f"{gpkg}|layername=zones",
            "ZONES_AFTER": f"{gpkg}|layername=zones_after",
            "FREED": f"{gpkg}|layername=zone_reduction",
            "TITLE": "From Processing",
            "OUTPUT_HTML": str(tmp_path / "p.html"),
            "OUTPUT_PDF": str(tmp_path / "p.pdf"),
        },
    )
    assert result == {"OUTPUT_HTML": str(tmp_path / "p.html"), "OUTPUT_PDF": str(tmp_path / "p.pdf")}
    page = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "<h1>From Processing</h1>" in page and f"{net} EUR/yr" in page
    zones = pyogrio.read_dataframe(gpkg, layer="zones")
    table = re.search(r'<table id="table-zones".*?<tbody>(.*?)</tbody>', page, re.S).group(1)
    assert table.count("<tr>") == len(zones)
    assert f"Net benefit {net} EUR/yr" in pdf_text(tmp_path / "p.pdf")

    with pytest.raises(QgsProcessingException, match="HTML file, a PDF file or both"):
        processing.run(
            "ecopark:report", {"SITES": f"{gpkg}|layername=sites", "EXCHANGES": f"{gpkg}|layername=exchanges"}
        )
    with pytest.raises(QgsProcessingException, match="both zone layers"):
        processing.run(
            "ecopark:report",
            {
                "SITES": f"{gpkg}|layername=sites",
                "EXCHANGES": f"{gpkg}|layername=exchanges",
                "ZONES": f"{gpkg}|layername=zones",
                "OUTPUT_HTML": str(tmp_path / "q.html"),
            },
        )
    with pytest.raises(QgsProcessingException, match="layer 'exchanges', field 'selected'"):
        processing.run(
            "ecopark:report",
            {
                "SITES": f"{gpkg}|layername=sites",
                "EXCHANGES": f"{gpkg}|layername=zones_after",  # not an exchanges layer (and not lines)
                "OUTPUT_HTML": str(tmp_path / "q.html"),
            },
        )
    assert not (tmp_path / "q.html").exists()


def _layers(gpkg):
    """The result layers of a run's GeoPackage (not its table ``parameters``)."""
    names = [n for n, _ in pyogrio.list_layers(gpkg) if n != "parameters"]
    return {n: QgsVectorLayer(f"{gpkg}|layername={n}", n, "ogr") for n in names}


def test_existing_files_are_refused(kalundborg, tmp_path, cli):
    from ecopark_plugin.core.model.errors import Cancelled, EcoParkError
    from ecopark_plugin.core.model.parameters import Parameters
    from ecopark_plugin.qgis_io.report import write_report

    out = kalundborg[0]
    html, pdf = tmp_path / "r.html", tmp_path / "r.pdf"
    html.write_text("precious", encoding="utf-8")
    with pytest.raises(EcoParkError, match="exists"):
        write_report(_layers(out / "k.gpkg"), Parameters(), "x", html=html, pdf=pdf)
    assert html.read_text(encoding="utf-8") == "precious" and not pdf.exists()
    with pytest.raises(EcoParkError, match="HTML file, a PDF file or both"):
        write_report(_layers(out / "k.gpkg"), Parameters(), "x")
    with pytest.raises(Cancelled):
        write_report(_layers(out / "k.gpkg"), Parameters(), "x", pdf=pdf, is_cancelled=lambda: True)
    assert not pdf.exists()
    stages = []
    written = write_report(
        _layers(out / "k.gpkg"), Parameters(), "x", html=html, overwrite=True, progress=lambda p, s: stages.append(p)
    )
    assert written == [html] and html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert stages[0] == 0 and stages[-1] == 100 and stages == sorted(stages)
    assert list(tmp_path.iterdir()) == [html]  # no temporary file left behind

    proc = cli("run", "--sites", SAMPLE, "--out", tmp_path / "k.gpkg", "--no-png", "--report", html)
    assert proc.returncode == 2 and "exists; pass --overwrite" in proc.stderr
    assert not (tmp_path / "k.gpkg").exists()


def test_the_command_line_report_matches_one_read_from_the_written_layers(kalundborg, tmp_path):
    """The command line works the report out from the run's frames in memory; the layers it wrote, read
    back (as ``ecopark:report`` does), give the same page."""
    from ecopark_plugin.core.model.parameters import Parameters
    from ecopark_plugin.qgis_io.report import write_report

    out = kalundborg[0]
    html = tmp_path / "again.html"
    write_report(_layers(out / "k.gpkg"), Parameters(), TITLE, html=html)

    def comparable(page: str) -> str:
        # the map is the same drawing of the same layers; the loops' order and starting partner follow
        # networkx's walk of a set of site ids, which varies with Python's string hashing per process
        page = re.sub(r'src="data:image/png;base64,[^"]+"', 'src=""', page)
        return re.sub(r'<table id="table-loops".*?</table>', "", page, flags=re.S)

    from_memory = comparable((out / "k.html").read_text(encoding="utf-8"))
    assert 'id="table-exchanges"' in from_memory
    assert comparable(html.read_text(encoding="utf-8")) == from_memory


def test_user_text_is_shown_as_text(cli, tmp_path):
    sites = tmp_path / "sites.csv"
    sites.write_text(
        f'id,name,nace,lon,lat\nP,"{EVIL}",35.11,11.08,55.66\nG,Board,23.62,11.09,55.67\nC,Cement,23.51,9.99,57.05\n',
        encoding="utf-8",
    )
    title = "Park [% 1+1 %] <b>bold</b>"
    proc = cli(
        "run",
        "--sites",
        sites,
        "--out",
        tmp_path / "e.gpkg",
        "--title",
        title,
        "--report",
        tmp_path / "e.html",
        "--pdf",
        tmp_path / "e.pdf",
        "--no-project",
        "--quiet",
    )
    assert proc.returncode == 0, proc.stderr
    exchanges = pyogrio.read_dataframe(tmp_path / "e.gpkg", layer="exchanges")
    assert (exchanges["selected"] & (exchanges["supplier"] == "P")).any()
    page = (tmp_path / "e.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "<b>bold" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "Park [% 1+1 %] &lt;b&gt;bold&lt;/b&gt;" in page
    assert EVIL in [row[1] for row in exchange_rows(page)]
    text = pdf_text(tmp_path / "e.pdf")
    # written as it is: no HTML markup taken, no QGIS expression run (the zero-width space that keeps QGIS from
    # reading [% as an expression comes out of the PDF as a space)
    assert EVIL in text and title.replace(" ", "") in text.replace(" ", "") and "Park 2 <b>" not in text


def test_copenhagen_homes_from_real_osm(shared_data, cli, tmp_path):
    """Homes read from the OpenStreetMap extract: the report, made from the layers written, gives the figures
    the run printed."""
    proc = cli(
        "run",
        "--sites",
        COPENHAGEN,
        "--housing",
        shared_data / "osm" / "kbh.osm.pbf",
        "--out",
        tmp_path / "c.gpkg",
        "--no-png",
        "--no-project",
        "--report",
        tmp_path / "c.html",
        "--quiet",
    )
    assert proc.returncode == 0, proc.stderr
    homes = re.search(r"inside zones: ([\d,]+) before, ([\d,]+) after; people ([\d,]+) -> ([\d,]+)", proc.stdout)
    page = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert f"{homes.group(1)} -&gt; {homes.group(2)}" in page and f"{homes.group(3)} -&gt; {homes.group(4)}" in page
    assert int(homes.group(1).replace(",", "")) > 300
    risk = pyogrio.read_dataframe(tmp_path / "c.gpkg", layer="site_risk").sort_values("risk_rank")
    table = re.search(r'<table id="table-risk".*?<tbody>(.*?)</tbody>', page, re.S).group(1)
    first = [unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", table.split("</tr>")[0])]
    assert first[1] == risk["name"].iloc[0] and first[4] == f"{risk['pop_in_zone'].iloc[0]:,.0f}"
