"""Importing the EEA E-PRTR tables (real data in ../shared/data)."""

import pandas as pd
import pytest

from ecopark_plugin.core.model.errors import InputError
from ecopark_plugin.core.symbiosis.register import activity_to_nace, import_eprtr


@pytest.mark.parametrize(
    "activity, nace",
    [
        ("1(a)", "19.20"),
        ("1.(c)", "35.11"),
        ("3(c)(ii)", "23.52"),
        ("3(c)", "23.51"),
        ("7(a)(iii)", "01.46"),
        ("4(e)", "21.10"),
        ("5(f)", "37.00"),
        ("8(b)(ii)", "10.3"),
    ],
)
def test_activity_to_nace(activity, nace):
    assert activity_to_nace(activity)[0] == nace


def test_unknown_activity():
    assert activity_to_nace("99(z)") == (None, "E-PRTR Annex I 99(z): no NACE mapping")


def test_nordic_register(shared_data):
    folder = shared_data / "eprtr_nordics"
    waste_file = folder / "F4_2_WasteTransfers_Facilities_Nordics.csv"
    sites = import_eprtr(folder / "F1_4_Air_Releases_Facilities_Nordics.csv", waste_file)
    assert sites["site_id"].is_unique and len(sites) > 2000
    assert set(sites["country"]) == {"Denmark", "Sweden", "Norway"}
    assert sites["nace"].notna().all()
    # waste totals of one facility, summed by hand from the register
    waste = pd.read_csv(waste_file, encoding="utf-8-sig")
    refinery = waste[waste["facilityName"] == "Kalundborg Refinery A/S"]
    latest = refinery[refinery["reportingYear"] == refinery["reportingYear"].max()]
    row = sites.set_index("name").loc["Kalundborg Refinery A/S"]
    assert row["waste_hw_t"] == pytest.approx(latest.loc[latest["wasteClassification"] == "HW", "wasteTransfers"].sum())
    assert row["waste_hw_t"] + row["waste_nonhw_t"] == pytest.approx(row["waste_recovery_t"] + row["waste_disposal_t"])


def test_country_and_box_filters(shared_data):
    folder = shared_data / "eprtr_nordics"
    norway = import_eprtr(waste_transfers=folder / "F4_2_WasteTransfers_Facilities_Nordics.csv", countries=["norway"])
    assert set(norway["country"]) == {"Norway"}
    box = import_eprtr(folder / "F1_4_Air_Releases_Facilities_Nordics.csv", bbox=(12.4, 55.6, 12.7, 55.75))
    assert len(box) > 5 and box.geometry.x.between(12.4, 12.7).all()


def test_not_a_register_table(tmp_path):
    bad = tmp_path / "other.csv"
    bad.write_text("a,b\n1,2\n")
    with pytest.raises(InputError, match="other.csv is not an E-PRTR facility table"):
        import_eprtr(bad)
    with pytest.raises(InputError, match="give the releases table"):
        import_eprtr()


def test_unmapped_activities_are_counted_not_lost_silently(tmp_path):
    table = tmp_path / "f4.csv"
    table.write_text(
        "FacilityInspireId,facilityName,city,Longitude,Latitude,reportingYear,EPRTRAnnexIMainActivity\n"
        "A,Power,X,11.0,55.0,2020,1(c)\nB,Odd,X,11.1,55.1,2020,99(z)\nC,Odder,X,11.2,55.2,2021,99(z)\n",
        encoding="utf-8",
    )
    sites = import_eprtr(table)
    assert sites["site_id"].tolist() == ["A"]
    assert sites.attrs["unmapped"] == {"99(z)": 2}
    assert (sites.geometry.x.iloc[0], sites.geometry.y.iloc[0]) == (11.0, 55.0)
