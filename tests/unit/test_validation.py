"""The validation corpus and its measure: the corpus is well formed, and the measure counts what it says."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from ecopark_plugin.core.model.errors import CatalogueError
from ecopark_plugin.core.symbiosis.catalogue import FAMILIES, Catalogue
from ecopark_plugin.core.validation.corpus import CORPUS_DIR, load_corpus, load_network
from ecopark_plugin.core.validation.measure import run_sites, score, totals


def test_the_corpus_holds_at_least_15_networks_and_120_documented_exchanges():
    corpus = load_corpus()
    assert len(corpus) >= 15
    assert sum(len(n.exchanges) for n in corpus) >= 120
    for network in corpus:
        assert len(network.exchanges) >= 3, network.id
        assert set(network.exchanges["family"]) <= set(FAMILIES)
        # every reference a row names is listed with its full citation
        assert all(r["citation"].strip() for r in network.references), network.id


def _network(tmp_path: Path, sites: str, exchanges: str, refs=("Ref2020",)) -> Path:
    folder = tmp_path / "toy"
    folder.mkdir()
    meta = {"id": "toy", "name": "Toy", "country": "DK", "references": [{"key": k, "citation": k} for k in refs]}
    (folder / "network.json").write_text(json.dumps(meta))
    (folder / "sites.csv").write_text(sites)
    (folder / "exchanges.csv").write_text(exchanges)
    return folder


#: the header of a network's exchanges.csv
EXCHANGES = "supplier,receiver,stream,family,quantity,unit,year,status,source\n"

SITES = (
    "id,name,nace,lon,lat,location_method,location_precision_m,source\n"
    "power,Coal power plant,35.11,11.08,55.66,map,200,Ref2020 p. 1\n"
    "board,Plasterboard plant,23.62,11.09,55.67,map,200,Ref2020 p. 1\n"
    "farm,Farm,01.11,11.30,55.70,map,2000,Ref2020 p. 2\n"
)


def test_a_bad_row_is_named_by_file_row_and_column(tmp_path):
    folder = _network(
        tmp_path,
        SITES,
        EXCHANGES + "power,board,fgd_gypsum,minerals,,,,operating,Ref2020 p. 3\n"
        "power,nowhere,fly_ash,mineral,,,,maybe,Other p. 4\n",
    )
    with pytest.raises(CatalogueError) as err:
        load_network(folder)
    text = str(err.value)
    assert "exchanges.csv, row 3, column 'receiver'" in text and "'nowhere'" in text
    assert "column 'family'" in text and "column 'status'" in text
    assert "names no reference key" in text


def test_the_measure_counts_found_chosen_and_precision_on_a_toy_network(tmp_path):
    folder = _network(
        tmp_path,
        SITES,
        EXCHANGES + "power,board,fgd_gypsum,minerals,200000,t/yr,2000,operating,Ref2020 p. 3\n"
        "board,farm,gypsum_board_waste,minerals,,,,ended,Ref2020 p. 4\n",
    )
    network = load_network(folder)
    found = run_sites(network, Catalogue.load())
    assert found.documented == 2
    gypsum = next(r for r in found.exchanges if r["stream"] == "fgd_gypsum")
    assert gypsum["candidate"] and gypsum["chosen"] and gypsum["why"] == ""
    board = next(r for r in found.exchanges if r["stream"] == "gypsum_board_waste")
    assert not board["chosen"] and board["why"]
    assert found.found_chosen == 1
    assert found.chosen >= 1 and found.precision == round(found.chosen_documented / found.chosen, 3)
    assert totals([found])["recall_chosen"] == 0.5


def _run(naces: dict, exchanges: list[tuple]):
    """A run's result as the measure reads it: sites (id -> NACE) and exchanges (supplier, receiver, stream,
    family, selected)."""
    from types import SimpleNamespace

    columns = ["supplier", "receiver", "stream", "family", "selected"]
    return SimpleNamespace(
        sites=pd.DataFrame({"site_id": list(naces), "nace": list(naces.values())}),
        exchanges=pd.DataFrame(exchanges, columns=columns),
    )


def test_a_register_partner_under_two_ids_is_one_partner(tmp_path):
    """Exchanges of a plant's old and new register ids count for the one documented partner."""
    folder = _network(
        tmp_path,
        SITES,
        EXCHANGES + "power,board,fgd_gypsum,minerals,,,,operating,Ref2020 p. 3\n",
    )
    network = load_network(folder)

    run = _run(
        {"P-old": "35.11", "P-new": "35.11", "B": "23.62"},
        [("P-old", "B", "fgd_gypsum", "minerals", False), ("P-new", "B", "fgd_gypsum", "minerals", True)],
    )
    found = score(network, run, Catalogue.load(), None, "register", {"power": {"P-old", "P-new"}, "board": {"B"}})
    assert (found.documented, found.found_candidates, found.found_chosen, found.chosen) == (1, 1, 1, 1)
    assert found.precision == 1.0


def test_a_register_run_does_not_expect_an_exchange_that_ended(tmp_path):
    """A register shows plants as they last reported: an ended exchange is no miss, but choosing it is no error."""
    folder = _network(
        tmp_path,
        SITES,
        EXCHANGES + "power,board,fgd_gypsum,minerals,,,,ended,Ref2020 p. 3\n"
        "power,board,steam,energy,,,,operating,Ref2020 p. 4\n",
    )
    network = load_network(folder)

    run = _run(
        {"P": "35.11", "B": "23.62", "F": "01.11"},
        [("P", "B", "fgd_gypsum", "minerals", True), ("P", "B", "steam", "energy", True)],
    )
    ids = {"power": {"P"}, "board": {"B"}, "farm": {"F"}}
    register = score(network, run, Catalogue.load(), None, "register", ids)
    assert (register.documented, register.found_chosen, register.ended) == (1, 1, 1)
    assert [r["stream"] for r in register.exchanges] == ["steam"]
    assert (register.chosen, register.chosen_documented, register.precision) == (2, 2, 1.0)
    # sites carry no time: every documented exchange is expected of them
    sites = score(network, run, Catalogue.load(), None, "sites", ids)
    assert (sites.documented, sites.found_chosen, sites.ended) == (2, 2, 0)


def test_the_shipped_corpus_folder_is_the_default():
    assert CORPUS_DIR.name == "validation" and (CORPUS_DIR / "kalundborg_dk" / "sites.csv").is_file()


def test_every_register_partner_is_a_facility_of_the_register_inside_its_runs_area(shared_data):
    """A register.csv names E-PRTR ids the Nordic register holds, inside the bbox its register run reads."""
    import csv
    import sys

    sys.path.insert(0, str(CORPUS_DIR.parents[1] / "scripts"))
    from validate import REGISTER_BBOX

    # a facility may report only waste or water transfers (Novozymes' newer id): all three tables name facilities
    columns = ["FacilityInspireId", "Longitude", "Latitude"]
    tables = ("F1_4_Air_Releases_Facilities_Nordics.csv", "F4_2_WasteTransfers_Facilities_Nordics.csv")
    tables += ("F3_2_Transfers_Facilities_Nordics.csv",)
    frames = [pd.read_csv(shared_data / "eprtr_nordics" / t, usecols=columns, encoding="utf-8-sig") for t in tables]
    where = pd.concat(frames).groupby("FacilityInspireId")[["Longitude", "Latitude"]].first()
    tables = sorted(CORPUS_DIR.glob("*/register.csv"))
    assert {t.parent.name for t in tables} == set(REGISTER_BBOX) == {"kalundborg_dk", "handelo_se"}
    for table in tables:
        west, south, east, north = REGISTER_BBOX[table.parent.name]
        for row in csv.DictReader(table.open(encoding="utf-8")):
            for rid in filter(None, row["register_ids"].split(";")):
                assert rid in where.index, f"{table}: {row['id']}: {rid} is not in the register"
                lon, lat = where.loc[rid]
                assert west <= lon <= east and south <= lat <= north, f"{table}: {rid} lies outside the run's area"
