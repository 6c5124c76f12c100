"""Zone regimes by country: SanPiN (Russia), VNG (Netherlands), Abstandserlass (NRW), chosen by a parameter."""

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from pyproj import Geod, Transformer
from shapely import Point

from ecopark_plugin.core.model.errors import CatalogueError, InputError
from ecopark_plugin.core.model.inputs import validate_sites
from ecopark_plugin.core.model.parameters import Parameters
from ecopark_plugin.core.zones import protection as zones
from ecopark_plugin.core.zones.impact import assess
from ecopark_plugin.core.zones.regimes import load_regime, regime_for, regime_keys

GEOD = Geod(ellps="WGS84")
LON, LAT = 7.0, 51.45  # Ruhr area


def sites(nace, hazard=None, crs=25832):
    to = Transformer.from_crs(4326, crs, always_xy=True)
    frame = gpd.GeoDataFrame(
        {"site_id": [f"S{i}" for i in range(len(nace))], "name": [f"site {i}" for i in range(len(nace))], "nace": nace},
        geometry=[Point(*to.transform(LON + 0.1 * i, LAT)) for i in range(len(nace))],
        crs=crs,
    )
    if hazard is not None:
        frame["hazard_class"] = hazard
    return validate_sites(frame)


def radius_m(zone, crs=25832):
    ring = gpd.GeoSeries([zone.exterior], crs=crs).to_crs(4326).iloc[0]
    lon, lat = np.asarray(ring.coords).T
    centre = zone.centroid
    clon, clat = Transformer.from_crs(crs, 4326, always_xy=True).transform(centre.x, centre.y)
    return GEOD.inv(np.full(len(lon), clon), np.full(len(lon), clat), lon, lat)[2]


def test_three_regimes_ship_each_with_title_status_and_source():
    assert regime_keys() == ["sanpin", "vng", "nrw"]
    for key in regime_keys():
        regime = load_regime(key)
        assert len(regime.title) > 20 and len(regime.status) > 20 and len(regime.source) > 20
        assert regime.activities.exists()
        widths = [regime.widths_m[r] for r in regime.ranks]
        assert widths == sorted(widths, reverse=True)
    sanpin = load_regime("sanpin")
    assert "25.09.2007" in sanpin.status and "No 74" in sanpin.status
    assert [sanpin.widths_m[r] for r in sanpin.ranks] == [1000, 500, 300, 100, 50]
    nrw = load_regime("nrw")
    assert nrw.labels == {1: "I", 3: "III", 4: "IV", 5: "V"}  # II, VI and VII could not be sourced
    assert nrw.widths_m[1] == 1500 and nrw.widths_m[3] == 700


def test_nrw_refinery_gets_class_i_and_1500_m():
    regime = load_regime("nrw")
    zone = zones.protection_zones(sites(["19.20", "20.15"]), regime=regime)
    assert zone["class_label"].tolist() == ["I", "IV"]
    assert zone["width_m"].tolist() == [1500.0, 500.0]
    assert set(zone["regime"]) == {"nrw"}
    assert radius_m(zone.geometry[0]) == pytest.approx(1500.0, abs=0.01)
    assert "Abstandsliste 2007" in zone.loc[0, "class_source"]


def test_vng_brewery_is_category_4_2_at_300_m_and_a_given_category_2_is_30_m():
    regime = load_regime("vng")
    zone = zones.protection_zones(sites(["11.05", "24.10"], hazard=[None, 2]), regime=regime)
    assert zone["class_label"].tolist() == ["4.2", "2"]
    assert zone["width_m"].tolist() == [300.0, 30.0]
    n = 4 * zones.QUAD_SEGMENTS
    assert zone.loc[0, "area_ha"] == pytest.approx(0.5 * n * math.sin(2 * math.pi / n) * 300**2 / 1e4, rel=1e-4)


def test_an_activity_the_regime_does_not_list_is_refused_with_the_site_and_the_fix():
    with pytest.raises(InputError) as err:
        zones.protection_zones(sites(["11.05", "24.10"]), regime=load_regime("vng"))
    text = str(err.value)
    assert "site S1" in text and "NACE 24.10" in text and "field 'hazard_class'" in text
    assert "5.1, 4.2, 4.1, 3.2, 3.1, 2" in text
    # a class the regime does not list (NRW class II has no sourced width) is refused too
    with pytest.raises(InputError, match="class '2' is not a class of the nrw regime"):
        zones.protection_zones(sites(["19.20"], hazard=["II"]), regime=load_regime("nrw"))


def test_a_class_step_moves_to_the_next_class_the_regime_lists():
    nrw = load_regime("nrw")
    assert nrw.step_down(1, 1) == 3 and nrw.step_down(3, 1) == 4 and nrw.step_down(4, 9) == 5
    ash = pd.DataFrame(
        {
            "supplier": ["S0"],
            "stream": ["fly_ash"],
            "family": ["minerals"],
            "supply": [1000.0],
            "quantity_selected": [950.0],
            "selected": [True],
        }
    )
    out = zones.reduction_zones(sites(["19.20"]), ash, regime=nrw)
    freed = out.freed.iloc[0]
    assert (freed["width_before_m"], freed["width_after_m"]) == (1500.0, 700.0)
    assert out.after.loc[0, "class_label"] == "III"
    assert freed["freed_ha"] == pytest.approx(math.pi * (1500**2 - 700**2) / 1e4, rel=2e-3)


def test_the_parameter_chooses_the_regime():
    params = Parameters(zone_regime="nrw")
    params.check()
    assert regime_for(params).key == "nrw"
    site = sites(["19.20", "29.10"])
    ex = pd.DataFrame(columns=["supplier", "stream", "family", "supply", "quantity_selected", "selected"])
    impact = assess(site, ex, params=params)
    assert impact.summary["regime"] == "nrw"
    assert impact.reduction.before["width_m"].tolist() == [1500.0, 700.0]
    assert impact.reduction.before["class_label"].tolist() == ["I", "III"]


def test_parameters_refuse_an_unknown_regime_and_sanpin_widths_elsewhere():
    with pytest.raises(ValueError, match="use sanpin, vng, nrw"):
        Parameters(zone_regime="bavaria").check()
    with pytest.raises(ValueError, match="zone_widths_m"):
        Parameters(zone_regime="vng", zone_widths_m=(900.0, 500.0, 300.0, 100.0, 50.0)).check()
    # SanPiN's widths stay the user's to set
    custom = regime_for(Parameters(zone_widths_m=(800.0, 400.0, 200.0, 100.0, 50.0)))
    assert custom.widths_m[1] == 800.0


def test_the_users_activity_table_is_read_in_the_regimes_classes(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text('nace,hazard_class,activity,basis\n*,3.1,anything,"test: my own table"\n', encoding="utf-8")
    regime = load_regime("vng")
    table = zones.load_hazard_classes(path, regime=regime)
    zone = zones.protection_zones(sites(["24.10"]), table, regime=regime)
    assert zone.loc[0, "class_label"] == "3.1" and zone.loc[0, "width_m"] == 50.0
    path.write_text('nace,hazard_class,activity,basis\n*,VI,anything,"test"\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match="row 2, hazard_class: 'VI' is not a class of the vng regime"):
        zones.load_hazard_classes(path, regime=regime)
