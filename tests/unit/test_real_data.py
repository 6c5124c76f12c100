"""Tests on the real public data in ../shared/data (they skip, saying why, where it is absent)."""

import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from ecopark_plugin.core.model.parameters import Parameters
from ecopark_plugin.core.symbiosis.catalogue import Catalogue
from ecopark_plugin.core.symbiosis.engine import run
from ecopark_plugin.core.transport.plan import Networks

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample_data" / "kalundborg.gpkg"


def test_sample_sites_carry_register_coordinates(shared_data):
    subset = pd.read_csv(shared_data / "eprtr_nordics" / "kalundborg_subset.csv").drop_duplicates("FacilityInspireId")
    sites = gpd.read_file(SAMPLE, layer="sites").to_crs("EPSG:4326")
    registered = sites[~sites["approximate"]].merge(subset, left_on="eprtr_id", right_on="FacilityInspireId")
    assert len(registered) == 11
    assert (registered.geometry.x - registered["Longitude"]).abs().max() < 1e-7
    assert (registered.geometry.y - registered["Latitude"]).abs().max() < 1e-7
    # Novo Nordisk's reported transfers in its latest year, summed from the register by hand
    novo = sites.set_index("site_id").loc["NNO"]
    assert novo["reported_waste_year"] == 2024
    assert novo["reported_waste_t"] == pytest.approx(30762 + 81679 + 1 + 0)


def test_samples_rebuild_identically(shared_data, tmp_path):
    out, copenhagen, rustavi = tmp_path / "k.gpkg", tmp_path / "c.gpkg", tmp_path / "r.gpkg"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "build_sample_data.py"),
            "--shared",
            str(shared_data),
            "--out",
            str(out),
            "--copenhagen",
            str(copenhagen),
            "--rustavi",
            str(rustavi),
        ],
        check=True,
        capture_output=True,
    )
    for layer in ("sites", "ports", "streams", "waste_transfers"):
        pd.testing.assert_frame_equal(gpd.read_file(out, layer=layer), gpd.read_file(SAMPLE, layer=layer))
    shipped = ROOT / "resources" / "sample_data" / "copenhagen.gpkg"
    for layer in ("sites", "roads", "buildings"):
        pd.testing.assert_frame_equal(gpd.read_file(copenhagen, layer=layer), gpd.read_file(shipped, layer=layer))
    shipped = ROOT / "resources" / "sample_data" / "rustavi.gpkg"
    pd.testing.assert_frame_equal(gpd.read_file(rustavi, layer="sites"), gpd.read_file(shipped, layer="sites"))


#: the documented exchanges, as (supplier id, receiver id, stream key) in the sample's ids
DOCUMENTED = {
    "steam to the refinery": ("ASV", "REF", "steam"),
    "steam to pharma": ("ASV", "NNO", "steam"),
    "heat to district heating": ("ASV", "KDH", "district_heat"),
    "FGD gypsum to plasterboard": ("ASV", "GYP", "fgd_gypsum"),
    "fly ash to cement": ("ASV", "APO", "fly_ash"),
    "fermentation sludge to farms": ("NNO", "PRO", "fermentation_sludge"),
    "yeast slurry to pig farms": ("NNO", "PRO", "yeast_slurry"),
    "organic sludge to biogas": ("NZY", "KBG", "organic_sludge"),
    "refinery fuel gas to plasterboard": ("REF", "GYP", "refinery_fuel_gas"),
    "cooling water to the power station": ("REF", "ASV", "cooling_water"),
}


def test_kalundborg_from_nace_codes_alone(shared_data):
    """Given only the partners and their NACE codes, the engine proposes the documented exchanges."""
    documented = pd.read_csv(shared_data / "cases" / "kalundborg_exchanges.csv", dtype=str)
    assert len(documented) == 13
    sites = gpd.read_file(SAMPLE, layer="sites")[["site_id", "name", "nace", "waste_nonhw_t", "waste_hw_t", "geometry"]]
    # the sample's ports: the fly ash to Aalborg crosses the Kattegat by ship (no truck drives over open sea)
    ports = Networks(ports=gpd.read_file(SAMPLE, layer="ports"))
    result = run(sites, None, Catalogue.load(), Parameters(), networks=ports)
    # Novo Nordisk's reported non-hazardous transfers (2024) stand for its fermentation sludge
    streams = result.streams.set_index(["site_id", "stream"])
    assert streams.loc[("NNO", "fermentation_sludge"), "quantity"] == pytest.approx(81679)
    ex = result.exchanges
    found = {key for key in zip(ex["supplier"], ex["receiver"], ex["stream"])}
    recall = {name: pair in found for name, pair in DOCUMENTED.items()}
    print("Kalundborg recall:", sum(recall.values()), "of", len(recall), recall)
    assert all(recall.values()), [name for name, ok in recall.items() if not ok]
    ranked = ex.sort_values("net_benefit", ascending=False).reset_index(drop=True)
    ranks = {
        name: int(ranked.index[(ranked["supplier"] == s) & (ranked["receiver"] == r) & (ranked["stream"] == k)][0])
        for name, (s, r, k) in DOCUMENTED.items()
    }
    print("ranks by net benefit among", len(ranked), "candidates:", ranks)
    # the optimiser chooses the documented partner pairs: the same stream, or one of its family
    # (the power station's heat reaches the district heating as low-grade heat)
    family = dict(zip(ex["stream"], ex["family"]))
    chosen = set(zip(*[ex.loc[ex["selected"], c] for c in ("supplier", "receiver", "family")]))
    hits = [name for name, (s, r, k) in DOCUMENTED.items() if (s, r, family[k]) in chosen]
    print("chosen by the optimiser:", len(hits), "of", len(DOCUMENTED), hits)
    # 7, not 8: Novo Nordisk and Novozymes stand at one point, so their yeast slurry ties for the pig farm's
    # protein need; the optimiser may give the farm either (Novozymes' counts as undocumented)
    assert len(hits) >= 7
    # ranks are by the figures at the chosen quantity: the refinery shares the power station's steam with the
    # other steam users, so its row counts only its share
    assert ranks["steam to the refinery"] < 10 and ranks["fly ash to cement"] < 10
