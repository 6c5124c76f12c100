"""Property-based tests: the readers answer any table or bytes with a result or the project's InputError
(a message naming file or layer, row and field), never a traceback of pandas, shapely or pyproj.

The tables are what users send: text, numbers with either decimal mark, blanks, NaN, infinities, huge and
negative quantities, codes that are almost right, coordinates in degrees or metres.
"""

from __future__ import annotations

import math
import os

import geopandas as gpd
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely import Point

from ecopark_plugin.core.job import Job, usable_rows
from ecopark_plugin.core.model.errors import EcoParkError, InputError
from ecopark_plugin.core.model.inputs import points_from_columns, validate_sites, validate_streams
from ecopark_plugin.core.model.tables import table_format
from ecopark_plugin.core.symbiosis.catalogue import CatalogueError
from ecopark_plugin.core.zones.protection import load_hazard_classes, load_reduction_rules

#: ECOPARK_FUZZ_EXAMPLES=2000 for a longer search than the suite's
SETTINGS = settings(
    max_examples=int(os.environ.get("ECOPARK_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

#: cell values as a user's table has them
cells = st.one_of(
    st.none(),
    st.just(""),
    st.just(float("nan")),
    st.sampled_from(["35.11", "24.10", "99.99", "3511", "D35.11", "24.10.1", "24.10.9", "I", "IV", "7", "t", "MWh"]),
    st.sampled_from(["output", "input", "waste", "sideways", "1e30", "-5", "1,5", "1 000", "inf", "nan", "m3"]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.text(max_size=12),
)
#: coordinates: degrees, metres, nonsense
coords = st.one_of(
    st.floats(min_value=-200, max_value=200),
    st.floats(min_value=-1e7, max_value=1e7),
    st.sampled_from(["", "abc", "55,66", "6 200 000", None, "nan", "inf"]),
)
SITE_COLUMNS = ["site_id", "name", "nace", "hazard_class", "waste_nonhw_t", "waste_hw_t"]
STREAM_COLUMNS = ["site_id", "direction", "stream", "quantity", "unit", "ewc"]


def _rows(columns, min_size=0, max_size=8):
    return st.lists(st.fixed_dictionaries({c: cells for c in columns}), min_size=min_size, max_size=max_size)


def _frame(rows, columns):
    return pd.DataFrame(rows, columns=columns, index=pd.RangeIndex(1, len(rows) + 1))


def _answers(call):
    """``call()`` returns or raises the project's own error; anything else fails the test."""
    try:
        return call()
    except EcoParkError as exc:
        assert str(exc).strip(), "an error with no message"
        if isinstance(exc, InputError):
            assert all(p.layer for p in exc.problems), "a problem that names no layer"
        return None


@SETTINGS
@given(rows=_rows(SITE_COLUMNS), points=st.lists(st.tuples(coords, coords), min_size=8, max_size=8))
def test_validate_sites_answers_any_table(rows, points):
    frame = _frame(rows, SITE_COLUMNS)
    geometry = []
    for x, y in points[: len(frame)]:
        try:
            geometry.append(Point(float(x), float(y)))
        except (TypeError, ValueError):
            geometry.append(None)
    sites = gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")
    out = _answers(lambda: validate_sites(sites))
    if out is not None:
        assert len(out) == len(sites) and out["site_id"].is_unique


@SETTINGS
@given(rows=_rows(STREAM_COLUMNS, max_size=10))
def test_validate_streams_answers_any_table(rows):
    sites = gpd.GeoDataFrame(
        {"site_id": ["A", "B"], "name": ["a", "b"], "nace": ["24.10", "35.11"]},
        geometry=[Point(11, 55), Point(11.1, 55.1)],
        crs="EPSG:4326",
    )
    frame = _frame(rows, STREAM_COLUMNS)
    out = _answers(lambda: validate_streams(frame, validate_sites(sites)))
    if out is not None:
        assert out["quantity"].map(math.isfinite).all() and (out["quantity"] >= 0).all()


@SETTINGS
@given(
    xs=st.lists(coords, min_size=1, max_size=8),
    ys=st.lists(coords, min_size=1, max_size=8),
    crs=st.sampled_from([None, "EPSG:4326", "EPSG:25832", "EPSG:3006", "EPSG:28406"]),
)
def test_coordinate_columns_answer_any_values(xs, ys, crs):
    n = min(len(xs), len(ys))
    frame = pd.DataFrame({"id": [f"S{i}" for i in range(n)], "x": xs[:n], "y": ys[:n]}, index=range(1, n + 1))
    out = _answers(lambda: points_from_columns(frame, crs))
    if out is not None:
        assert len(out) == n and not out.geometry.is_empty.any()


@SETTINGS
@given(
    rows=_rows(["id", "name", "nace", "x", "y"], min_size=1),
    stream_rows=_rows(STREAM_COLUMNS, max_size=6),
    crs=st.sampled_from([None, "EPSG:4326", "EPSG:25832"]),
)
def test_skipping_bad_rows_answers_any_table_and_loses_none(rows, stream_rows, crs):
    sites = _frame(rows, ["id", "name", "nace", "x", "y"])
    streams = _frame(stream_rows, STREAM_COLUMNS)
    job = Job(sites, sites_crs=crs, streams=streams, site_fields={"site_id": "id"}, skip_bad_rows=True)
    out = _answers(lambda: usable_rows(job))
    if out is not None:
        kept_sites, kept_streams, rejected = out
        # every row is kept or rejected, none lost, none twice
        assert len(kept_sites) + (rejected["source_layer"] == "sites").sum() == len(sites)
        assert len(kept_streams) + (rejected["source_layer"] == "streams").sum() == len(streams)


@SETTINGS
@given(data=st.binary(max_size=400))
def test_table_format_answers_any_bytes(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "table.csv"
    path.write_bytes(data)
    out = _answers(lambda: table_format(path))
    if out is not None:
        assert out.separator in ",;\t|" and out.decimal in ".,"


@SETTINGS
@given(
    text=st.text(alphabet=st.sampled_from(list("abc,;\t|\n\"'01.5 ЖÆ-")), max_size=200),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "cp1252"]),
)
def test_table_format_answers_any_text(tmp_path_factory, text, encoding):
    path = tmp_path_factory.mktemp("text") / "table.csv"
    try:
        path.write_bytes(text.encode(encoding))
    except UnicodeEncodeError:
        return  # the text has letters this code page cannot write: not a file anyone has
    _answers(lambda: table_format(path))


@SETTINGS
@given(data=st.binary(max_size=300), which=st.sampled_from(["hazard", "rules"]))
def test_zone_tables_answer_any_bytes(tmp_path_factory, data, which):
    path = tmp_path_factory.mktemp("zone") / f"{which}.csv"
    path.write_bytes(data)
    load = load_hazard_classes if which == "hazard" else load_reduction_rules
    try:
        load(path)
    except (EcoParkError, CatalogueError) as exc:
        assert str(path.name) in str(exc) or str(path) in str(exc), f"the message names no file: {exc}"


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:25832"])
def test_one_known_bad_table_is_refused_with_words(crs):
    """The generator's corner in one example: it fails with a message, and the message names row and field."""
    sites = gpd.GeoDataFrame(
        {"site_id": ["A", "A"], "name": ["x", "y"], "nace": ["99.99", "35.11"]},
        geometry=[Point(500000, 6200000), Point(float("inf"), 0)],
        crs=crs,
    )
    with pytest.raises(InputError) as err:
        validate_sites(sites)
    assert any(p.feature == 0 and p.field == "nace" for p in err.value.problems)


EPRTR_HEADER = (
    "FacilityInspireId,facilityName,Longitude,Latitude,EPRTRAnnexIMainActivity,city,reportingYear,countryName,"
    "Pollutant,Releases\n"
)


@SETTINGS
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.text(alphabet=list('ab,1.5\n-;x "5(a)'), max_size=200).map(lambda t: (EPRTR_HEADER + t).encode()),
    )
)
def test_the_register_reader_answers_any_bytes(tmp_path_factory, data):
    from ecopark_plugin.core.symbiosis.register import import_eprtr

    path = tmp_path_factory.mktemp("eprtr") / "F1_4_Air_Releases_Facilities.csv"
    path.write_bytes(data)
    _answers(lambda: import_eprtr(path))
