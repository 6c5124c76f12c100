"""A register's quantity columns (yearly production and its unit, waste transferred off-site) named in
Processing's ecopark:importtable and in the runner's mapping, read with the table's decimal mark, written as
numbers, and a wrong unit refused row by row, as the panel's dialog does (test_panel_import.py)."""

import json

import pyogrio
import pytest

TABLE = (
    "Id;Namn;Nace;lon;lat;Produktion;Enhet;Avfall\n"
    "A;Bruk A;17.11;11,10;55,60;1.234;t;2.500,5\n"
    "B;Bruk B;17.11;11,20;55,70;500.000,5;t;\n"
    "C;Kraftverk;35.11;11,30;55,80;400;t;10\n"
)


def _table(tmp_path):
    path = tmp_path / "bruk.csv"
    path.write_text(TABLE, encoding="utf-8")
    return path


def test_processing_maps_the_quantity_columns_and_refuses_a_wrong_unit(provider, tmp_path):
    import processing

    path = _table(tmp_path)
    out = processing.run(
        "ecopark:importtable",
        {
            "INPUT": str(path),
            "ID_FIELD": "Id",
            "NAME_FIELD": "Namn",
            "ACTIVITY_FIELD": "Nace",
            "PRODUCTION_FIELD": "Produktion",
            "PRODUCTION_UNIT_FIELD": "Enhet",
            "WASTE_NONHW_FIELD": "Avfall",
            "OUTPUT": str(tmp_path / "sites.gpkg"),
            "OUTPUT_REJECTED": str(tmp_path / "rejected.gpkg"),
            "SAVE_MAPPING": str(tmp_path / "m.json"),
        },
    )
    sites = pyogrio.read_dataframe(out["OUTPUT"]).set_index("site_id")
    assert list(sites["production"]) == [1234.0, 500000.5]
    assert sites.loc["A", "waste_nonhw_t"] == 2500.5 and list(sites["production_unit"]) == ["t", "t"]
    rejected = pyogrio.read_dataframe(out["OUTPUT_REJECTED"])
    assert list(rejected["Id"]) == ["C"] and rejected["source_field"].iloc[0] == "Enhet"
    assert "production unit 't' does not fit NACE 35.11" in rejected["reason"].iloc[0]
    saved = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))["sites"]
    assert (saved["production"], saved["production_unit"], saved["waste_nonhw_t"]) == ("Produktion", "Enhet", "Avfall")


def test_the_runner_maps_the_quantity_columns_as_processing_does(cli, tmp_path):
    path = _table(tmp_path)
    out = tmp_path / "imported.gpkg"
    mapping = tmp_path / "m.json"
    mapping.write_text(
        json.dumps(
            {
                "sites": {
                    "site_id": "Id",
                    "name": "Namn",
                    "nace": "Nace",
                    "production": "Produktion",
                    "production_unit": "Enhet",
                    "waste_nonhw_t": "Avfall",
                }
            }
        ),
        encoding="utf-8",
    )
    done = cli("run", "--sites", path, "--mapping", mapping, "--import-only", "--out", out)
    assert done.returncode == 0, done.stderr
    assert "1 rows rejected" in done.stdout or "1 row rejected" in done.stdout, done.stdout
    sites = pyogrio.read_dataframe(out, layer="sites").set_index("site_id")
    assert list(sites["production"]) == [1234.0, 500000.5] and sites.loc["A", "waste_nonhw_t"] == 2500.5


def test_a_streams_csv_layer_gives_its_quantities_decimal_mark_to_the_job(tmp_path):
    from ecopark_plugin.core.job import job_sites, mappings
    from ecopark_plugin.core.model.inputs import validate_sites, validate_streams
    from ecopark_plugin.qgis_io.job_inputs import job_from_layers
    from ecopark_plugin.qgis_io.layers import load_vector, text_decimal

    sites = load_vector(_table(tmp_path), None, "sites", points=False)
    for decimal, text in (
        (",", "site_id;direction;stream;quantity;unit\nA;output;fly ash;1.234;t\nB;output;gypsum;2,5;t\n"),
        (".", 'site_id,direction,stream,quantity,unit\nA,output,fly ash,"1,234",t\nB,output,gypsum,2.5,t\n'),
    ):
        path = tmp_path / f"streams_{decimal}.csv"
        path.write_text(text, encoding="utf-8")
        streams = load_vector(path, None, "streams")
        assert text_decimal(streams) == decimal
        job = job_from_layers(sites, streams, site_fields={"site_id": "Id", "name": "Namn", "nace": "Nace"})
        assert job.streams_decimal == decimal and job.sites_decimal == ","
        site_map, stream_map = mappings(job)
        valid = validate_sites(job_sites(job), site_map)
        # 1.234 with a decimal comma and 1,234 with a decimal point are both 1234 t
        assert list(validate_streams(job.streams, valid, stream_map)["quantity"]) == [1234.0, 2.5]


def _kalundborg_streams_csv(path, decimal):
    """The Kalundborg sample's streams as a CSV of text quantities grouped in thousands, in a table with decimal
    mark ``decimal`` (';' separated for a comma): 200,000 t of FGD gypsum is '200.000' or '200,000'."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    streams = pyogrio.read_dataframe(root / "resources" / "sample_data" / "kalundborg.gpkg", layer="streams")
    group, sep = ("." if decimal == "," else ","), (";" if decimal == "," else ",")
    lines = [sep.join(["site_id", "direction", "stream", "quantity", "unit"])]
    for row in streams.itertuples():
        quantity = f"{row.quantity:,.0f}".replace(",", group)
        if row.stream == "mineral_nitrogen":
            quantity = f"40{decimal}5"  # a fraction, so the mark shows
        cell = f'"{quantity}"' if sep in quantity else quantity
        lines.append(sep.join([row.site_id, row.direction, row.stream, cell, row.unit]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_processing_reads_a_streams_csvs_text_quantities_with_its_decimal_mark(provider, tmp_path):
    """ecopark:findexchanges reads a streams CSV's quantities as the runner and the panel do: with the table's
    decimal mark, detected in the file or declared (STREAMS_DECIMAL); '200.000' in a table with a decimal
    comma is 200,000 t, not 200 t."""
    from pathlib import Path

    import processing

    sample = Path(__file__).resolve().parents[2] / "resources" / "sample_data" / "kalundborg.gpkg"

    def gypsum(streams, **extra):
        out = processing.run(
            "ecopark:findexchanges",
            {
                "SITES": f"{sample}|layername=sites",
                "STREAMS": str(streams),
                "OUTPUT_EXCHANGES": "memory:",
                "OUTPUT_SITES": "memory:",
                **extra,
            },
        )
        rows = [f for f in out["OUTPUT_EXCHANGES"].getFeatures() if f["stream"] == "fgd_gypsum"]
        return {(f["supplier"], f["receiver"]): f["quantity"] for f in rows}

    comma = _kalundborg_streams_csv(tmp_path / "streams_comma.csv", ",")
    point = _kalundborg_streams_csv(tmp_path / "streams_point.csv", ".")
    assert gypsum(comma)[("ASV", "GYP")] == pytest.approx(200000)  # the mark detected in the file
    assert gypsum(point)[("ASV", "GYP")] == pytest.approx(200000)
    assert gypsum(comma, STREAMS_DECIMAL="comma")[("ASV", "GYP")] == pytest.approx(200000)
    # declared against the file: '200.000' with a decimal point is 200 t, as the user said
    assert gypsum(comma, STREAMS_DECIMAL="point")[("ASV", "GYP")] == pytest.approx(200)
