"""Bad input gets an error naming the layer, the feature and the field."""

import geopandas as gpd
import pandas as pd
import pytest
from shapely import Point, Polygon

from ecopark_plugin.core.model.errors import InputError
from ecopark_plugin.core.model.inputs import FieldMapping, normalise_nace, validate_sites, validate_streams


def sites_frame(**changes):
    data = {
        "id": ["A", "B", "C"],
        "name": ["Power", "Board", "Cement"],
        "nace": ["35.11", "23.62", "23.51"],
        "geometry": [Point(11.08, 55.66), Point(11.10, 55.67), Polygon([(9.9, 57), (10, 57), (10, 57.1)])],
    }
    data.update(changes)
    return gpd.GeoDataFrame(data, crs="EPSG:4326", index=pd.Index([10, 11, 12]))


def streams_frame(**changes):
    data = {
        "site_id": ["A", "A", "B"],
        "direction": ["output", "output", "input"],
        "stream": ["FGD gypsum", "fly_ash", "gypsum"],
        "quantity": [200000, 50, 150000],
        "unit": ["t/yr", "t/h", "t"],
    }
    data.update(changes)
    return pd.DataFrame(data, index=pd.Index([1, 2, 3]))


def problems(call):
    with pytest.raises(InputError) as info:
        call()
    return [str(p) for p in info.value.problems]


def test_valid_sites_are_normalised():
    out = validate_sites(sites_frame(nace=["3511", 23.62, "C23.51"]))
    assert out["site_id"].tolist() == ["A", "B", "C"]
    assert out["nace"].tolist() == ["35.11", "23.62", "23.51"]
    assert out.index.tolist() == [10, 11, 12]
    assert out.crs.to_epsg() == 4326


def test_missing_field_is_named():
    frame = sites_frame().drop(columns="nace")
    assert problems(lambda: validate_sites(frame, layer="plants")) == [
        "layer 'plants', field 'nace': no field for 'nace' (fields: id, name, geometry)"
    ]


def test_mapping_to_a_missing_field_is_named():
    mapping = FieldMapping({"site_id": "id", "name": "name", "nace": "NACE_CODE"})
    assert (
        "mapped field 'NACE_CODE' for 'nace' does not exist"
        in problems(lambda: validate_sites(sites_frame(), mapping))[0]
    )


def test_missing_crs():
    frame = sites_frame()
    frame = frame.set_crs(None, allow_override=True)
    assert problems(lambda: validate_sites(frame)) == [
        "layer 'sites': the layer has no coordinate reference system (CRS); set one"
    ]


def test_bad_geometries_and_duplicates_all_reported():
    bowtie = Polygon([(0, 0), (1, 1), (1, 0), (0, 1)])
    frame = sites_frame(id=["A", "A", "C"], geometry=[Point(), bowtie, Point(1, 1)])
    found = problems(lambda: validate_sites(frame))
    assert "layer 'sites', feature 10: empty or missing geometry" in found
    assert any(p.startswith("layer 'sites', feature 11: invalid geometry: Self-intersection") for p in found)
    assert "layer 'sites', feature 11, field 'id': duplicate site id 'A' (also feature 10)" in found


def test_bad_nace_and_hazard():
    frame = sites_frame(nace=["35.11", "power", "23.51"], hazard=["II", 7, None])
    found = problems(lambda: validate_sites(frame))
    assert found == [
        "layer 'sites', feature 11, field 'nace': 'power' is not a NACE Rev.2 code such as 35.11",
        "layer 'sites', feature 11, field 'hazard': hazard class '7' is not 1-5 (or I-V)",
    ]


def test_hazard_classes_read_as_numbers():
    out = validate_sites(sites_frame(hazard_class=["II", 3, None]))
    assert out["hazard_class"].tolist()[:2] == [2, 3]
    assert out["hazard_class"].isna().tolist() == [False, False, True]


def test_streams_convert_units():
    sites = validate_sites(sites_frame())
    out = validate_streams(streams_frame(), sites)
    assert out["stream"].tolist() == ["fgd_gypsum", "fly_ash", "gypsum"]
    assert out["quantity"].tolist() == pytest.approx([200000, 438000, 150000])
    assert out["unit"].tolist() == ["t", "t", "t"]
    assert out["origin"].eq("user").all()


def test_stream_problems_are_named():
    sites = validate_sites(sites_frame())
    frame = streams_frame(
        site_id=["A", "Z", "B"],
        direction=["output", "sideways", "input"],
        quantity=[-5, "lots", 3],
        unit=["t", "t", "barrels"],
    )
    found = problems(lambda: validate_streams(frame, sites, layer="flows"))
    assert found == [
        "layer 'flows', feature 1, field 'quantity': negative quantity -5",
        "layer 'flows', feature 2, field 'site_id': site id 'Z' is not in the sites layer",
        "layer 'flows', feature 2, field 'direction': direction 'sideways' is neither output nor input",
        "layer 'flows', feature 2, field 'quantity': quantity 'lots' is not a number",
        "layer 'flows', feature 3, field 'unit': unknown unit 'barrels': the amount 'barrels' is none of "
        + ", ".join(sorted(__import__("ecopark_plugin.core.model.units", fromlist=["_AMOUNTS"])._AMOUNTS)),
    ]


def test_ewc_codes_checked():
    sites = validate_sites(sites_frame())
    frame = streams_frame(ewc=["100105", "10 01 02", "12"])
    found = problems(lambda: validate_streams(frame, sites))
    assert found == ["layer 'streams', feature 3, field 'ewc': EWC code '12' is not six digits"]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("35.11", "35.11"),
        (1.11, "01.11"),
        ("D35.11", "35.11"),
        ("2014", "20.14"),
        ("35", "35"),
        ("x", None),
        (None, None),
    ],
)
def test_normalise_nace(value, expected):
    assert normalise_nace(value) == expected


def test_field_mapping_guess_prefers_given():
    mapping = FieldMapping.guess(["FacilityInspireId", "facilityName", "NACE"], given={"site_id": "FacilityInspireId"})
    assert mapping.get("site_id") == "FacilityInspireId"
    assert mapping.get("name") == "facilityName"
    assert mapping.get("nace") == "NACE"


@pytest.mark.parametrize("code, nace", [("24.10.1", "24.10"), ("20.14.72", "20.14"), ("35.11.1.1", "35.11")])
def test_finer_national_levels_read_as_their_nace_class(code, nace):
    from ecopark_plugin.core.model.inputs import known_nace, normalise_nace

    assert normalise_nace(code) == nace and known_nace(nace)


@pytest.mark.parametrize(
    "text, canonical, factor",
    [
        ("т/год", "t", 1.0),
        ("тыс. т", "t", 1000.0),
        ("тыс.т/год", "t", 1000.0),
        ("Гкал", "MWh", 1.163),
        ("Gcal/yr", "MWh", 1.163),
        ("ГДж", "MWh", 1 / 3.6),
        ("тыс. м3", "m3", 1000.0),
        ("т/сут", "t", 365.0),
    ],
)
def test_russian_units_and_gigacalories(text, canonical, factor):
    from ecopark_plugin.core.model.units import parse_unit

    unit = parse_unit(text)
    assert unit.canonical == canonical and unit.factor == pytest.approx(factor)


def test_an_okved2_code_maps_to_its_nace_class_and_an_unknown_one_is_named():
    import geopandas as gpd
    from shapely.geometry import Point

    from ecopark_plugin.core.model.errors import InputError
    from ecopark_plugin.core.model.inputs import validate_sites

    def sites(code):
        return gpd.GeoDataFrame(
            {"site_id": ["A"], "name": ["Металлургический завод"], "nace": [code]},
            geometry=[Point(37.9, 59.1)],
            crs="EPSG:4326",
        )

    assert validate_sites(sites("24.10.1"))["nace"].tolist() == ["24.10"]  # OKVED2: basic iron and steel
    with pytest.raises(InputError) as err:
        validate_sites(sites("24.10.98"))
    assert "'24.10.98' is finer than a NACE class but no OKVED2" in str(err.value) and "field 'nace'" in str(err.value)


def test_the_install_hint_names_debian_packages_and_pip_for_the_land_mask():
    from ecopark_plugin.dependencies import REQUIRED, install_hint

    assert "global_land_mask" in REQUIRED
    hint = install_hint(["scipy", "global_land_mask"])
    if "Debian" in hint:
        assert "sudo apt install python3-scipy" in hint and "pip install --user global-land-mask" in hint
    assert "python3-global_land_mask" not in hint


def test_degrees_given_as_metres_of_a_projected_crs_are_named():
    """11.0, 55.6 declared as SWEREF 99 TM lands at the equator: refused, saying where and what to give;
    a projected CRS used beyond its bounds (UTM 32N on Bornholm, 15 E) is accepted."""
    wrong = gpd.GeoDataFrame(
        {"site_id": ["A", "B"], "name": ["a", "b"], "nace": ["35.11", "24.10"]},
        geometry=[Point(11.0, 55.6), Point(312838.1, 6442381.4)],
        crs=3006,
    )
    with pytest.raises(InputError) as err:
        validate_sites(wrong)
    (problem,) = err.value.problems
    assert (problem.feature, problem.field) == (0, "geometry")
    assert "position 11, 55.6 in SWEREF99 TM falls at longitude 10.51, latitude 0.00" in problem.message
    assert "--sites-crs" in problem.message
    bornholm = gpd.GeoDataFrame(
        {"site_id": ["R"], "name": ["Rønne"], "nace": ["35.11"]}, geometry=[Point(870000, 6120000)], crs=25832
    )
    assert len(validate_sites(bornholm)) == 1
