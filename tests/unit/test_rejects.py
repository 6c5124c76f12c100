"""Rows the import cannot use are set apart with their reasons, never lost: the run goes on without them only
when asked, and every one of them is in the rejected table."""

import pandas as pd
import pytest

from ecopark_plugin.core.job import Job, run, usable_rows
from ecopark_plugin.core.model.errors import InputError
from ecopark_plugin.core.model.rejects import REJECTED_COLUMNS


def register_table():
    """A register's export as read from a CSV: text cells, the index the file's line numbers."""
    return pd.DataFrame(
        {
            "id": ["A", "B", "C", "D", "E", "A"],
            "name": ["Steel", "Chemicals", "Power", "Cement", "Nowhere", "Steel again"],
            "nace": ["24.10", "20.14", "35.11", "99.99", "23.51", "24.10"],
            "x": ["500000", "501000", "abc", "502000", "", "503000"],
            "y": ["6200000", "6201000", "6200500", "6202000", "", "6203000"],
        },
        index=pd.Index([2, 3, 4, 5, 6, 7], name="fid"),
    )


def streams_table():
    return pd.DataFrame(
        {
            "site_id": ["A", "B", "C", "Z", "B"],
            "direction": ["output", "input", "output", "output", "input"],
            "stream": ["slag", "steam", "fly ash", "slag", "steam"],
            "quantity": ["1000", "500", "20", "10", "1e30"],
            "unit": ["t", "MWh", "t", "t", "MWh"],
        },
        index=pd.Index([2, 3, 4, 5, 6], name="fid"),
    )


def job(**kw):
    return Job(register_table(), sites_crs="EPSG:25832", streams=streams_table(), site_fields={"site_id": "id"}, **kw)


def test_by_default_every_bad_row_is_named_and_the_run_stops():
    with pytest.raises(InputError) as err:
        run(job())
    rows = {(p.feature, p.field) for p in err.value.problems}
    assert {(4, "x"), (6, "x"), (6, "y")} <= rows  # a coordinate that is no number, an empty one


def test_skipping_sets_every_bad_row_apart_with_its_reason():
    sites, streams, rejected = usable_rows(job(skip_bad_rows=True))
    assert list(sites["id"]) == ["A", "B"]  # C: no number, E: empty, D: NACE 99.99, the second A: a duplicate
    assert list(rejected.columns[: len(REJECTED_COLUMNS)]) == list(REJECTED_COLUMNS)
    by_row = {(r.source_layer, r.source_row): r for r in rejected.itertuples()}
    assert set(by_row) == {
        ("sites", "4"),
        ("sites", "5"),
        ("sites", "6"),
        ("sites", "7"),
        ("streams", "4"),  # the rejected site C's stream
        ("streams", "5"),  # a site not in the layer
        ("streams", "6"),  # 1e30 MWh/yr
    }
    assert by_row["sites", "4"].reason == "coordinate 'abc' is not a number" and by_row["sites", "4"].x == "abc"
    assert (
        by_row["sites", "6"].reason == "no coordinate"
    )  # said once for x and y and by_row["sites", "6"].source_field == "x; y"
    assert "99.99" in by_row["sites", "5"].reason and by_row["sites", "5"].source_field == "nace"
    assert "duplicate site id 'A'" in by_row["sites", "7"].reason
    assert "more than any plant handles" in by_row["streams", "6"].reason
    assert "'C' is not in the sites layer" in by_row["streams", "4"].reason
    assert len(sites) + sum(rejected["source_layer"] == "sites") == len(register_table())
    assert len(streams) + sum(rejected["source_layer"] == "streams") == len(streams_table())


def test_the_run_goes_on_and_says_how_many_it_left_out():
    outcome = run(job(skip_bad_rows=True))
    assert outcome.result.summary["rejected_rows"] == len(outcome.rejected) == 7
    assert set(outcome.result.sites["site_id"]) == {"A", "B"}


def test_no_usable_row_is_an_error_not_an_empty_run():
    table = register_table().assign(x="abc")
    with pytest.raises(InputError, match="no row can be used: all 6 were rejected"):
        usable_rows(Job(table, sites_crs="EPSG:25832", site_fields={"site_id": "id"}, skip_bad_rows=True))


def test_a_problem_of_the_whole_layer_still_stops_the_run():
    table = register_table().drop(columns="nace")
    with pytest.raises(InputError, match="no field for 'nace'"):
        usable_rows(Job(table, sites_crs="EPSG:25832", site_fields={"site_id": "id"}, skip_bad_rows=True))


def test_the_register_import_lists_every_facility_it_leaves_out(tmp_path):
    from ecopark_plugin.core.symbiosis.register import import_eprtr

    table = tmp_path / "F1_4_Air_Releases_Facilities_Test.csv"
    table.write_text(
        "FacilityInspireId,facilityName,city,Longitude,Latitude,EPRTRAnnexIMainActivity,reportingYear,countryName,"
        "Pollutant,Releases\n"
        "F1,Power,Town,11.0,55.6,1(c),2022,Denmark,Carbon dioxide (CO2),1000\n"
        "F2,Mystery,Town,11.1,55.6,99(z),2022,Denmark,Carbon dioxide (CO2),1000\n"
        "F3,Nowhere,Town,,,3(c)(i),2022,Denmark,Carbon dioxide (CO2),1000\n",
        encoding="utf-8",
    )
    sites = import_eprtr(table)
    assert list(sites["site_id"]) == ["F1"]
    rejected = sites.attrs["rejected"].set_index("site_id")
    assert set(rejected.index) == {"F2", "F3"}
    assert rejected.loc["F2", "reason"] == "Annex I activity '99(z)' has no NACE mapping"
    assert rejected.loc["F3", "name"] == "Nowhere"
    assert rejected.loc["F3", "reason"] == "the register gives no longitude/latitude in any year"


def test_a_rows_own_fid_field_does_not_clash_with_the_geopackages(tmp_path):
    import pyogrio

    from ecopark_plugin.core.model.errors import InputProblem
    from ecopark_plugin.core.model.rejects import as_frame, rejected_rows

    roads = pd.DataFrame({"fid": [7], "highway": ["primary"]}, index=[7])
    table = as_frame(rejected_rows(roads, {7: [InputProblem("roads.gpkg", "no line", 7, "geometry")]}, "roads.gpkg"))
    pyogrio.write_dataframe(table, tmp_path / "out.gpkg", layer="rejected", driver="GPKG")
    back = pyogrio.read_dataframe(tmp_path / "out.gpkg", layer="rejected")
    assert back.loc[0, "fid_given"] == "7" and back.loc[0, "reason"] == "no line"
