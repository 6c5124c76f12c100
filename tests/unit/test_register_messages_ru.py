"""The register import speaks the run's language: its checks, the reason each facility is left out and the
``status_reason`` of a facility it keeps; in English the very words it said before."""

from __future__ import annotations

import pytest

from ecopark_plugin.core.model.errors import InputError
from ecopark_plugin.core.model.i18n import using
from ecopark_plugin.core.symbiosis.register import activity_to_nace, import_eprtr, import_eprtr_folder

from .test_input_messages_ru import _english_runs

HEADER = "FacilityInspireId,facilityName,city,Longitude,Latitude,reportingYear,EPRTRAnnexIMainActivity"
#: A is active, B's activity has no NACE code, C never gives a position, D stopped reporting, E is F's
#: old entry at the same place, G is a reserve plant
ROWS = [
    "A,Power,X,11.0,55.0,2020,1(c)",
    "B,Odd,X,11.1,55.1,2020,99(z)",
    "C,Nowhere,X,,,2020,1(c)",
    "D,Old Mill,X,11.3,55.3,2012,1(c)",
    "E,Kalundborg Forsyning,X,11.5,55.5,2015,1(c)",
    "F,Kalundborg Forsyning A/S,X,11.5001,55.5001,2020,1(c)",
    "G,Reservelast Nord,X,11.7,55.7,2020,1(c)",
]


@pytest.fixture()
def table(tmp_path):
    path = tmp_path / "f1.csv"
    path.write_text("\n".join([HEADER + ",countryName", *(row + ",Denmark" for row in ROWS)]) + "\n", encoding="utf-8")
    return path


def _imported(path, language):
    with using(language):
        return import_eprtr(path)


ENGLISH_REASONS = {
    "B": "Annex I activity '99(z)' has no NACE mapping",
    "C": "the register gives no longitude/latitude in any year",
}
ENGLISH_STATUS = {
    "D": "last report 2012, Denmark's register runs to 2020",
    "E": "reports as F (Kalundborg Forsyning A/S) at the same place",
    "G": "its name marks a reserve or peak-load plant: no steady supply to promise a neighbour",
}


def test_the_reasons_read_in_english_as_before(table):
    sites = _imported(table, "en")
    rejected = sites.attrs["rejected"].set_index("site_id")["reason"].to_dict()
    assert rejected == ENGLISH_REASONS
    reasons = sites.set_index("site_id")["status_reason"].to_dict()
    assert {k: reasons[k] for k in ENGLISH_STATUS} == ENGLISH_STATUS
    assert sites.set_index("site_id").loc["A", "nace_basis"] == "E-PRTR Annex I 1(c) -> NACE 35.11"


def test_the_reasons_read_in_russian(table):
    sites = _imported(table, "ru")
    rejected = sites.attrs["rejected"].set_index("site_id")["reason"].to_dict()
    reasons = sites.set_index("site_id")["status_reason"].to_dict()
    texts = [*rejected.values(), *(reasons[k] for k in ENGLISH_STATUS)]
    assert len(texts) == 5
    for text in texts:
        assert _english_runs(text.replace("Kalundborg Forsyning A/S", "")) == [], text
    assert rejected["B"] == "для вида деятельности '99(z)' по приложению I нет соответствия в NACE"
    # a year is a date, not a figure: no thousands space in it
    assert reasons["D"] == "последний отчёт — 2012 год, реестр (Denmark) ведётся до 2020 года"
    assert sites.set_index("site_id").loc["A", "nace_basis"] == "E-PRTR, приложение I, 1(c) -> NACE 35.11"


def _error(call, language):
    with using(language), pytest.raises(InputError) as err:
        call()
    return str(err.value)


def test_a_bad_table_is_named_in_russian(tmp_path):
    bad = tmp_path / "other.csv"
    bad.write_text("a,b\n1,2\n")
    typo = tmp_path / "typo.csv"
    typo.write_text(HEADER + "\nA,Power,X,eleven,55.0,2020,1(c)\n,Nameless,X,11.0,55.0,2020,1(c)\n")
    cases = {
        "not a register table": (
            lambda: import_eprtr(bad),
            "layer 'releases': other.csv is not an E-PRTR facility table: no FacilityInspireId, facilityName, "
            "city, Longitude, Latitude, reportingYear, EPRTRAnnexIMainActivity",
        ),
        "no table": (
            lambda: import_eprtr(),
            "layer 'E-PRTR': give the releases table, the waste transfers table or both",
        ),
        "not a number": (
            lambda: import_eprtr(typo),
            "layer 'releases', feature 3, field 'FacilityInspireId': typo.csv: empty facility id\n"
            "layer 'releases', feature 2, field 'Longitude': typo.csv: 'eleven' is not a number",
        ),
        "empty folder": (
            lambda: import_eprtr_folder(tmp_path),
            f"layer '{tmp_path}': holds no E-PRTR table named F1_4_*Releases*Facilities*.csv or "
            "F4_2_*WasteTransfers*Facilities*.csv",
        ),
    }
    for name, (call, english) in cases.items():
        assert _error(call, "en") == english, name
        russian = _error(call, "ru")
        assert russian.startswith("слой '"), russian
        assert _english_runs(russian.replace("E-PRTR", "")) == [], russian


def test_an_unknown_activity_reads_in_russian():
    with using("ru"):
        assert activity_to_nace("99(z)") == (None, "E-PRTR, приложение I, 99(z): нет соответствия в NACE")


def test_the_rejected_rows_are_counted_in_russian():
    import pandas as pd

    from ecopark_plugin.core.model.rejects import summary_line

    rejected = pd.DataFrame({"source_layer": ["sites"] * 1200 + ["streams"], "reason": ["x"] * 1201})
    with using("en"):
        assert summary_line(rejected) == "1201 rows rejected (sites 1200, streams 1)"
    with using("ru"):
        assert summary_line(rejected) == "отклонено строк: 1\u00a0201 (sites 1\u00a0200, streams 1)"


def test_no_usable_row_reads_in_russian():
    from ecopark_plugin.core.job import Job, usable_rows

    from .test_rejects import register_table

    table = register_table().assign(x="abc")
    job = Job(table, sites_crs="EPSG:25832", site_fields={"site_id": "id"}, skip_bad_rows=True)
    assert _error(lambda: usable_rows(job), "en").startswith("layer 'sites': no row can be used: all 6 were rejected (")
    russian = _error(lambda: usable_rows(job), "ru")
    assert russian.startswith(
        "слой 'sites': ни одну строку нельзя использовать: отклонены все 6 (слой 'sites', "
    ), russian
    assert russian.endswith(" ...); исправьте их и запустите снова"), russian
