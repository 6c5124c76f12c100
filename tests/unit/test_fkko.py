"""Russian FKKO waste codes: hazard class from the last digit, groups mapped to catalogue streams, EWC agreement."""

from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely import Point

from ecopark_plugin.core.model.errors import CatalogueError, InputError
from ecopark_plugin.core.model.fkko import fkko_stream, hazard_class, load_fkko_streams, parse_fkko
from ecopark_plugin.core.model.inputs import validate_sites, validate_streams
from ecopark_plugin.core.model.parameters import Parameters
from ecopark_plugin.core.symbiosis.catalogue import Catalogue
from ecopark_plugin.core.symbiosis.engine import run

SHARED_FKKO = Path(__file__).resolve().parents[3] / "shared" / "data" / "codes" / "fkko.csv"


def test_a_code_is_eleven_digits_its_class_the_last_and_a_heading_is_refused():
    assert parse_fkko("3 51 111 01 20 4") == ("35111101204", None)
    assert parse_fkko("61190002405.0") == ("61190002405", None)
    assert hazard_class("35111101204") == 4 and hazard_class("61190002405") == 5
    code, why = parse_fkko("3 51 110 00 00 0")
    assert code is None and "heading" in why
    assert "not eleven digits" in parse_fkko("100102")[1]
    assert "not 1-5" in parse_fkko("35111101209")[1]


def test_groups_map_to_the_catalogues_streams_longest_prefix_first():
    assert fkko_stream("35111101204") == "blast_furnace_slag"  # шлак доменный
    assert fkko_stream("35121002204") == "steel_slag"  # шлак конвертерный
    assert fkko_stream("61110001404") == "fly_ash"
    assert fkko_stream("61140002205") == "bottom_ash"
    assert fkko_stream("61190002405") == "wood_ash"  # one waste's own row wins over nothing
    assert fkko_stream("72220001394") == "sewage_sludge"
    assert fkko_stream("91910002204") is None  # welding slag: not mapped
    catalogue_streams = set(Catalogue.load().rules["stream"])
    assert set(load_fkko_streams()["stream"]) <= catalogue_streams


@pytest.mark.skipif(not SHARED_FKKO.exists(), reason="the shared FKKO list is not here")
def test_every_mapped_prefix_is_a_heading_or_waste_of_the_catalogue_with_its_name():
    fkko = pd.read_csv(SHARED_FKKO, dtype=str)
    names = dict(zip(fkko["code"], fkko["name"]))
    for row in load_fkko_streams().itertuples():
        assert names[row.fkko_prefix.ljust(11, "0")] == row.fkko_heading, row.fkko_prefix


def test_the_users_mapping_file_is_checked(tmp_path):
    path = tmp_path / "map.csv"
    path.write_text("fkko_prefix,stream,basis\n35x,steel_slag,test\n351,,test\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"row 2, fkko_prefix: '35x'.*row 3, stream: empty"):
        load_fkko_streams(path)


def sites():
    return validate_sites(
        gpd.GeoDataFrame(
            {"site_id": ["M", "C"], "name": ["Steelworks", "Cement"], "nace": ["24.10", "23.51"]},
            geometry=[Point(37.9, 59.13), Point(37.95, 59.15)],
            crs="EPSG:4326",
        )
    )


def streams(fkko, ewc=None):
    return pd.DataFrame(
        {
            "site_id": ["M", "C"],
            "direction": ["output", "input"],
            # a name the catalogue does not know: the code says what it is
            "stream": ["Отход металлургии", "blast furnace slag"],
            "quantity": ["120 000", "1\u00a0000\u00a0000"],
            "unit": ["т/год", "т/год"],
            "код_фкко": [fkko, None],
            "ewc": [ewc, None],
        }
    )


def test_a_stream_carries_its_fkko_code_class_and_stream():
    out = validate_streams(streams("3 51 111 01 20 4"), sites())
    row = out.iloc[0]
    assert out.iloc[1]["quantity"] == 1_000_000  # no-break spaces between thousands
    assert (row["fkko"], row["fkko_class"], row["fkko_stream"]) == ("35111101204", 4, "blast_furnace_slag")
    with pytest.raises(InputError, match=r"feature 0, field 'код_фкко': FKKO code '35111000000' ends in 0"):
        validate_streams(streams("35111000000"), sites())


def test_the_fkko_code_alone_makes_the_slag_an_exchange():
    result = run(sites(), streams("35111101204"), Catalogue.load(), Parameters(infer_streams=False))
    ex = result.exchanges
    slag = ex[(ex["supplier"] == "M") & (ex["receiver"] == "C") & (ex["stream"] == "blast_furnace_slag")]
    assert len(slag) == 1 and slag["supply"].iloc[0] == pytest.approx(120_000)
    # without the code the name alone says nothing
    unnamed = streams(None)
    result = run(sites(), unnamed, Catalogue.load(), Parameters(infer_streams=False))
    assert not (result.exchanges["stream"] == "blast_furnace_slag").any()


def test_ewc_and_fkko_that_disagree_stop_the_run_with_both_named():
    with pytest.raises(InputError) as err:
        run(sites(), streams("35111101204", ewc="100102"), Catalogue.load(), Parameters(infer_streams=False))
    text = str(err.value)
    assert "EWC 100102 and FKKO 35111101204 disagree" in text and "fly_ash" in text
    assert "blast_furnace_slag" in text and "field 'код_фкко'" in text
    # the same slag with its EWC code agrees
    result = run(sites(), streams("35111101204", ewc="100202"), Catalogue.load(), Parameters(infer_streams=False))
    assert (result.exchanges["stream"] == "blast_furnace_slag").any()


def test_a_name_the_catalogue_knows_must_agree_with_the_code():
    named = streams("35111101204")
    named.loc[0, "stream"] = "fly ash"
    with pytest.raises(InputError, match=r"stream 'fly ash' is fly_ash in the catalogue but FKKO 35111101204 is blast"):
        run(sites(), named, Catalogue.load(), Parameters(infer_streams=False))


def test_a_russian_table_with_okved2_codes_alone_is_read():
    frame = gpd.GeoDataFrame(
        {"site_id": ["M", "C"], "name": ["ЧерМК", "Цемент"], "ОКВЭД2": ["24.10.1", "23.51"]},
        geometry=[Point(37.9, 59.13), Point(37.95, 59.15)],
        crs="EPSG:4326",
    )
    assert validate_sites(frame)["nace"].tolist() == ["24.10", "23.51"]


def test_smelter_slags_pulp_dregs_petcoke_and_waste_paper_have_fkko_groups():
    assert fkko_stream("35541111204") == "non_ferrous_slag"  # a copper-making slag (group 3 55 41)
    assert fkko_stream("35551111204") == "non_ferrous_slag"  # a nickel-making slag (group 3 55 51)
    assert fkko_stream("30611132494") == "green_liquor_dregs"
    assert fkko_stream("30825201495") == "petroleum_coke"
    assert fkko_stream("40510099605") == "waste_paper"
    assert fkko_stream("31211433424") == "silica_fume"
    assert fkko_stream("30611131404") is None  # causticising waste alone is not read as dregs


def test_the_fkko_code_and_class_reach_the_exchanges_of_its_stream():
    # a power station and a second cement works without streams: their streams come from the profiles
    more = gpd.GeoDataFrame(
        {"site_id": ["P", "C2"], "name": ["ГРЭС", "Цемент 2"], "nace": ["35.11", "23.51"]},
        geometry=[Point(37.92, 59.14), Point(37.93, 59.12)],
        crs="EPSG:4326",
    )
    four = validate_sites(pd.concat([sites(), more], ignore_index=True))
    result = run(four, streams("35111101204", ewc="100202"), Catalogue.load(), Parameters())
    ex = result.exchanges
    slag = ex[(ex["supplier"] == "M") & (ex["stream"] == "blast_furnace_slag")]
    assert len(slag) and set(slag["fkko"]) == {"35111101204"} and set(slag["fkko_class"]) == {4}
    assert set(slag["ewc"]) == {"100202"}
    # the streams inferred from the sector profiles carry no code
    other = ex[ex["supplier"] == "P"]
    assert len(other) and (other["supply_origin"] == "inferred").all()
    assert other["fkko"].isna().all() and other["fkko_class"].isna().all()
