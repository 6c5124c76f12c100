"""The shipped catalogue loads and follows its schema; errors name file, row and column."""

from pathlib import Path

import pandas as pd
import pytest

from ecopark_plugin.core.model.errors import CatalogueError
from ecopark_plugin.core.symbiosis.catalogue import COLUMNS, RULES_FILE, Catalogue, nace_matches

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_catalogue():
    cat = Catalogue.load()
    rules = cat.rules
    assert len(rules) >= 60
    assert rules["rule_id"].is_unique
    assert set(rules["family"]) == {"energy", "minerals", "metals", "chemicals", "organics", "water"}
    for stream in (
        "steam",
        "district_heat",
        "fly_ash",
        "fgd_gypsum",
        "blast_furnace_slag",
        "ferroalloy_slag",
        "sulphur",
        "fermentation_sludge",
        "sewage_sludge",
        "treated_wastewater",
        "co2",
    ):
        assert stream in set(rules["stream"]), stream
    for col in ("source_ratio", "source_price", "source_co2", "source_disposal", "source_distance"):
        assert rules[col].str.len().min() > 5
    assert rules["stream_ru"].str.contains("[А-Яа-я]").all()
    assert (rules.loc[rules["unit"] == "MWh", "modes"].apply(lambda m: m == ("pipeline",))).all()


def test_profiles_point_at_known_streams():
    cat = Catalogue.load()
    known = set(cat.rules["stream"]) | set(cat.rules["substitutes"])
    assert set(cat.profiles["stream"]) <= known
    assert cat.profiles["confidence"].between(0, 1).all()


def test_errors_name_row_and_column(tmp_path):
    bad = pd.read_csv(RULES_FILE, dtype=str, keep_default_na=False).head(3)
    bad.loc[1, "family"] = "magic"
    bad.loc[2, "substitution_ratio"] = "lots"
    bad.loc[2, "max_km_truck"] = "" if "truck" in bad.loc[2, "modes"] else bad.loc[2, "max_km_truck"]
    path = tmp_path / "mine.csv"
    bad.to_csv(path, index=False)
    with pytest.raises(CatalogueError) as info:
        Catalogue.load([path])
    text = str(info.value)
    assert "mine.csv row 3, column 'family': 'magic' is none of" in text
    assert "mine.csv row 4, column 'substitution_ratio': 'lots' is not a number" in text


def test_missing_column_is_named(tmp_path):
    path = tmp_path / "short.csv"
    pd.read_csv(RULES_FILE, dtype=str).drop(columns=["virgin_price_eur"]).to_csv(path, index=False)
    with pytest.raises(CatalogueError, match="missing columns virgin_price_eur"):
        Catalogue.load([path])


def test_user_rules_extend_and_override(tmp_path):
    shipped = pd.read_csv(RULES_FILE, dtype=str, keep_default_na=False)
    mine = shipped.head(2).copy()
    mine.loc[0, "virgin_price_eur"] = "999"
    mine.loc[1, "rule_id"] = "USER1"
    path = tmp_path / "mine.csv"
    mine[list(COLUMNS)].to_csv(path, index=False)
    cat = Catalogue.load([path])
    assert len(cat.rules) == len(shipped) + 1
    assert cat.rule(shipped.loc[0, "rule_id"])["virgin_price_eur"] == 999
    assert cat.rule("USER1")["stream"] == shipped.loc[1, "stream"]


@pytest.mark.parametrize(
    "nace, prefixes, expected",
    [
        ("35.11", ("35",), True),
        ("35.11", ("35.1",), True),
        ("35.11", ("35.11",), True),
        ("35.21", ("35.1",), False),
        ("01.46", ("01.4",), True),
        ("01.4", ("01.46",), False),
        ("3", ("35",), False),
        (None, ("35",), False),
        ("10.51", ("10",), True),
        ("11.05", ("1",), False),
    ],
)
def test_nace_prefixes(nace, prefixes, expected):
    assert nace_matches(nace, prefixes) is expected


def _outputs(sites) -> set[tuple[str, str]]:
    """(site_id, stream) of every output the shipped profiles give the sites at the 0.3 cut-off."""
    import geopandas as gpd

    from ecopark_plugin.core.model.inputs import USER_STREAM_COLUMNS
    from ecopark_plugin.core.symbiosis.profiles import infer_streams

    frame = gpd.GeoDataFrame(
        sites.drop(columns=["lon", "lat"]), geometry=gpd.points_from_xy(sites["lon"], sites["lat"]), crs="EPSG:4326"
    )
    streams = infer_streams(frame, pd.DataFrame(columns=list(USER_STREAM_COLUMNS)), Catalogue.load().profiles, 0.3)
    out = streams[streams["direction"] == "output"]
    return set(zip(out["site_id"], out["stream"]))


def test_sector_rows_follow_what_the_site_is():
    sites = pd.DataFrame(
        {
            "site_id": ["smelter", "caster", "cane_mill", "beet_mill", "biogas", "landfill_gas", "machinery"],
            "nace": ["24.4", "24.4", "10.81", "10.81", "35.21", "35.21", "28.22"],
            "activity": ["2(e)(i)", "2(e)(ii)", None, None, "5(b)", "5(d)", None],
            "lon": [13.0, 13.0, 109.6, 11.5, 10.0, 10.0, 10.0],
            "lat": [65.8, 65.8, 23.1, 54.7, 56.0, 56.0, 56.0],
        }
    )
    out = _outputs(sites)
    # a register's non-ferrous works (E-PRTR 2(e) -> NACE 24.4): furnace heat from primary production only
    assert ("smelter", "waste_heat") in out and ("caster", "waste_heat") not in out
    # cane mills leave filter mud, beet factories carbonatation lime
    assert ("cane_mill", "filter_mud") in out and ("cane_mill", "sugar_lime") not in out
    assert ("beet_mill", "sugar_lime") in out and ("beet_mill", "filter_mud") not in out
    # a biogas engine's heat, but none from a landfill
    assert ("biogas", "low_grade_heat") in out and ("landfill_gas", "low_grade_heat") not in out
    assert ("machinery", "ferrous_scrap") in out


def test_new_rules_count_no_avoided_co2_they_do_not_avoid():
    rules = Catalogue.load().rules.set_index("rule_id")
    petcoke = rules[rules["stream"] == "petroleum_coke"]
    # petcoke burns with more CO2 per GJ than the coal it replaces (IPCC 2006): nothing avoided, and it is sold
    assert len(petcoke) and (petcoke["virgin_co2_t"] == 0).all() and (petcoke["disposal_cost_eur"] < 0).all()
    # shredder residue is mostly fossil plastics: its avoided CO2 is net, well under the coal's 2.4 t
    shredder = rules[rules["stream"] == "shredder_residue"]
    assert len(shredder) and (shredder["virgin_co2_t"] < 1.0).all()
