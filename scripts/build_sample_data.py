"""Build resources/sample_data/kalundborg.gpkg from the public data in ../shared/data.

Layers written:
- ``sites``: the Kalundborg partners of the EEA E-PRTR register with their reported coordinates,
  plus partners of the documented exchanges that are not in the register (Gyproc, Aalborg Portland,
  the district heating utility and the biogas plant), whose positions are approximate and marked so.
  ETRS89 / UTM zone 32N (EPSG:25832), Denmark's official projection.
- ``streams``: outputs and inputs of each partner; quantities from the documented exchanges where
  published, otherwise labelled assumptions (column ``basis`` says which).
- ``ports``: the quays the partners could ship from and to (Asnaes power station's quay, Kalundborg
  harbour, Aalborg Portland's quay at Rordal); positions approximate, marked so;
- ``waste_transfers``: every off-site waste transfer the register reports for those sites
  (year, hazardous or not, recovery or disposal, tonnes).

And resources/sample_data/copenhagen.gpkg, the Copenhagen case:
- ``sites``: every E-PRTR facility of the Nordic register inside the extent of the OSM extract
  ../shared/data/osm/kbh.osm.pbf (power and heat plants, the waste incinerator, the wastewater plant,
  the brewery, pharma), with NACE codes from their Annex I activity (EPSG:25832);
- ``roads``: the extract's highway lines as GDAL reads them (EPSG:4326, OSM tags in ``other_tags``).

And resources/sample_data/rustavi.gpkg, the Russian-language case (Rustavi, Georgia):
- ``sites``: five plants of the Rustavi-Gardabani industrial area with OKVED2 codes (OK 029-2014) and
  nothing else the engine needs: no streams (no published FKKO streams exist for them), so their streams
  come from the sector profiles. Positions from the public pages named in ``location``, with the precision
  stated there (UTM zone 38N, EPSG:32638).

Run ``make sample-data`` (or this script with ``--shared`` and ``--out``) to rebuild it.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

import geopandas as gpd
import pandas as pd

os.environ.setdefault("GDAL_PAM_ENABLED", "NO")  # no .aux.xml side files beside the GeoPackage
import pyogrio  # noqa: E402
from shapely import Point

ATTRIBUTION = (
    "Contains data from the European Environment Agency (EEA) Industrial Reporting database "
    "(IED/E-PRTR) v16, licensed CC BY 4.0. Documented Kalundborg exchanges: Jacobsen 2006, "
    "J. Ind. Ecol. 10(1-2); Ehrenfeld & Gertler 1997; symbiosis.dk; visitdenmark; chemicalparks.eu. "
    "Positions marked approximate and quantities marked assumption are EcoPark's own estimates."
)

#: E-PRTR facilities kept (FacilityInspireId -> site id, NACE code and how the code was set).
#: The register gives an Annex I activity, not a NACE code.
REGISTER_SITES = {
    "DK.CAED/000082948.FACILITY": ("ASV", "35.11", "documented exchange list (power station)"),
    "DK.CAED/000105244.FACILITY": ("REF", "19.20", "documented exchange list (refinery)"),
    "DK.CAED/000106227.FACILITY": ("NNO", "21.10", "documented exchange list (Novo Nordisk)"),
    "DK.CAED/000106428.FACILITY": ("NZY", "21.10", "documented exchange list (Novozymes)"),
    "DK.EEA/7990.FACILITY": ("BAS", "21.10", "E-PRTR Annex I 4(e) pharmaceutical products -> NACE 21.10"),
    "DK.EEA/1266.FACILITY": ("DOG", "38.22", "E-PRTR Annex I 5(a) hazardous waste -> NACE 38.22"),
    "DK.CAED/000091416.FACILITY": ("AVI", "38.22", "E-PRTR Annex I 5(a) hazardous waste -> NACE 38.22"),
    "DK.CAED/000090892.FACILITY": ("RGS", "38.22", "E-PRTR Annex I 5(a) hazardous waste -> NACE 38.22"),
    "DK.CAED/000073957.FACILITY": ("PRO", "01.46", "E-PRTR Annex I 7(a)(iii) places for sows -> NACE 01.46"),
    "DK.EEA/3641.FACILITY": ("HOL", "01.4", "E-PRTR Annex I 7(a) intensive livestock -> NACE 01.4"),
    "DK.EEA/6524.FACILITY": ("VIS", "01.4", "E-PRTR Annex I 7(a) intensive livestock -> NACE 01.4"),
}

#: Partners of the documented exchanges that the register does not hold: (id, name, NACE, lon, lat, where)
EXTRA_SITES = [
    (
        "GYP",
        "Gyproc plasterboard plant",
        "23.62",
        11.0905,
        55.6725,
        "approximate: Kalundborg harbour area (documented), position within about 1 km",
    ),
    (
        "APO",
        "Aalborg Portland cement works",
        "23.51",
        9.995,
        57.047,
        "approximate: Rordal, Aalborg (documented: about 250 km by road), position within about 2 km",
    ),
    (
        "KDH",
        "Kalundborg district heating (Kalundborg Forsyning)",
        "35.30",
        11.095,
        55.680,
        "approximate: centre of the town it serves",
    ),
    ("KBG", "Kalundborg biogas plant", "35.21", 11.127, 55.673, "approximate: beside Novozymes, which supplies it"),
]

DOC = "documented (Jacobsen 2006 / visitdenmark / chemicalparks.eu, see cases/kalundborg_exchanges.csv)"
#: (site, direction, stream, quantity, unit, EWC, basis)
STREAMS = [
    ("ASV", "output", "fgd_gypsum", 200000, "t/yr", "100105", DOC + ": 200,000 t/yr"),
    ("ASV", "output", "fly_ash", 50, "t/h", "100102", DOC + ": about 50 t/h reported (coal era)"),
    ("ASV", "output", "steam", 350000, "MWh/yr", None, "assumption: EcoPark 2026, order of magnitude"),
    ("ASV", "output", "district_heat", 400000, "MWh/yr", None, "assumption: EcoPark 2026, a town of about 16,000"),
    ("ASV", "input", "cooling_water", 700000, "m3/yr", None, DOC + ": 700,000 m3/yr from the refinery"),
    ("REF", "output", "sulphur", 3000, "t/yr", "050116", DOC + ": 3,000 t/yr"),
    ("REF", "output", "cooling_water", 700000, "m3/yr", None, DOC + ": 700,000 m3/yr"),
    ("REF", "output", "refinery_fuel_gas", 60000, "MWh/yr", None, "assumption: EcoPark 2026"),
    ("REF", "input", "steam", 150000, "MWh/yr", None, "assumption: EcoPark 2026"),
    ("NNO", "input", "steam", 120000, "MWh/yr", None, "assumption: EcoPark 2026"),
    (
        "NNO",
        "output",
        "fermentation_sludge",
        150000,
        "t/yr",
        None,
        "assumption: EcoPark 2026 (documented stream, no published quantity)",
    ),
    (
        "NNO",
        "output",
        "yeast_slurry",
        30000,
        "t/yr",
        None,
        "assumption: EcoPark 2026 (documented stream, no published quantity)",
    ),
    ("NZY", "input", "steam", 100000, "MWh/yr", None, "assumption: EcoPark 2026"),
    ("NZY", "output", "organic_sludge", 300000, "t/yr", None, DOC + ": 300,000 t/yr to biogas"),
    ("GYP", "input", "natural_gypsum", 250000, "t/yr", None, "assumption: EcoPark 2026, plasterboard plant demand"),
    ("GYP", "input", "natural_gas", 40000, "MWh/yr", None, "assumption: EcoPark 2026, board drying"),
    ("APO", "input", "fly_ash", 300000, "t/yr", None, "assumption: EcoPark 2026"),
    ("KDH", "input", "district_heat", 350000, "MWh/yr", None, "assumption: EcoPark 2026"),
    ("KBG", "input", "organic_sludge", 400000, "t/yr", None, "assumption: EcoPark 2026, plant capacity"),
    (
        "PRO",
        "input",
        "mineral_nitrogen",
        40,
        "t/yr",
        None,
        "assumption: EcoPark 2026, tonnes of N for the farm's fields",
    ),
    ("PRO", "input", "animal_feed", 5000, "t/yr", None, "assumption: EcoPark 2026"),
]


#: (name, lon, lat, where): approximate positions read off the map, within about 500 m
PORTS = [
    ("Asnaes power station quay", 11.0765, 55.6630, "approximate: the power station's own quay on Kalundborg Fjord"),
    ("Kalundborg harbour", 11.0850, 55.6790, "approximate: Kalundborg's commercial harbour"),
    ("Aalborg Portland quay, Rordal", 9.9990, 57.0500, "approximate: the cement works' own quay on the Limfjord"),
]


def write_gpkg(out: Path, description: str, attribution: str, layers) -> None:
    """Write ``layers`` ((name, frame, attribution) each) to a temporary GeoPackage beside ``out`` and
    move it into place: all or nothing. The dataset metadata carries the description and attribution."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".gpkg", dir=out.parent)
    os.close(fd)
    os.remove(tmp)
    try:
        meta = {"DESCRIPTION": description, "ATTRIBUTION": attribution}
        for i, (name, frame, credit) in enumerate(layers):
            pyogrio.write_dataframe(
                frame,
                tmp,
                layer=name,
                driver="GPKG",
                append=False,
                dataset_metadata=meta if i == 0 else None,
                layer_metadata={"ATTRIBUTION": credit},
            )
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def build(shared: Path, out: Path) -> None:
    subset = pd.read_csv(shared / "eprtr_nordics" / "kalundborg_subset.csv")
    facilities = subset.drop_duplicates("FacilityInspireId").set_index("FacilityInspireId")
    missing = set(REGISTER_SITES) - set(facilities.index)
    if missing:
        raise SystemExit(f"not in kalundborg_subset.csv: {sorted(missing)}")
    waste = subset[subset["source_file"].str.startswith("F4")].copy()
    rows = []
    for inspire_id, (site_id, nace, basis) in REGISTER_SITES.items():
        f = facilities.loc[inspire_id]
        w = waste[waste["FacilityInspireId"] == inspire_id]
        last = w["reportingYear"].max() if len(w) else None
        newest = w[w["reportingYear"] == last]
        total = float(newest["quantity"].sum())
        hazardous = float(newest.loc[newest["item"].str.startswith("HW/"), "quantity"].sum())
        rows.append(
            {
                "site_id": site_id,
                "name": f["facilityName"],
                "nace": nace,
                "nace_basis": basis,
                "eprtr_id": inspire_id,
                "eprtr_activity": f["EPRTRAnnexIMainActivity"],
                "city": f["city"],
                "reported_waste_t": total,
                "reported_waste_year": int(last) if last == last and last else None,
                "waste_nonhw_t": total - hazardous,
                "waste_hw_t": hazardous,
                "location": "E-PRTR reported coordinates",
                "approximate": False,
                "geometry": Point(f["Longitude"], f["Latitude"]),
            }
        )
    for site_id, name, nace, lon, lat, where in EXTRA_SITES:
        rows.append(
            {
                "site_id": site_id,
                "name": name,
                "nace": nace,
                "nace_basis": "documented exchange list",
                "eprtr_id": None,
                "eprtr_activity": None,
                "city": "Aalborg" if site_id == "APO" else "Kalundborg",
                "reported_waste_t": None,
                "reported_waste_year": None,
                "waste_nonhw_t": None,
                "waste_hw_t": None,
                "location": where,
                "approximate": True,
                "geometry": Point(lon, lat),
            }
        )
    sites = gpd.GeoDataFrame(rows, crs="EPSG:4326").to_crs("EPSG:25832")
    sites["hazard_class"] = pd.array([pd.NA] * len(sites), dtype="Int64")

    streams = pd.DataFrame(STREAMS, columns=["site_id", "direction", "stream", "quantity", "unit", "ewc", "basis"])
    ids = {v[0]: k for k, v in REGISTER_SITES.items()}
    transfers = waste[waste["FacilityInspireId"].isin(ids.values())]
    hazard, _, treatment = transfers["item"].str.partition("/").iloc[:, [0, 1, 2]].T.to_numpy()
    transfers = pd.DataFrame(
        {
            "site_id": transfers["FacilityInspireId"].map({v: k for k, v in ids.items()}),
            "year": transfers["reportingYear"].astype(int),
            "hazardous": hazard == "HW",
            "treatment": treatment,
            "tonnes": transfers["quantity"].astype(float),
        }
    ).sort_values(["site_id", "year", "hazardous", "treatment"])

    ports = gpd.GeoDataFrame(
        {"name": [p[0] for p in PORTS], "location": [p[3] for p in PORTS], "approximate": True},
        geometry=[Point(p[1], p[2]) for p in PORTS],
        crs="EPSG:4326",
    ).to_crs("EPSG:25832")
    layers = [
        (name, frame, ATTRIBUTION)
        for name, frame in (("sites", sites), ("ports", ports), ("streams", streams), ("waste_transfers", transfers))
    ]
    write_gpkg(out, "EcoPark sample: the Kalundborg industrial symbiosis", ATTRIBUTION, layers)
    print(f"wrote {out}: {len(sites)} sites, {len(streams)} streams, {len(transfers)} waste transfers")


OSM_ATTRIBUTION = "Roads: (c) OpenStreetMap contributors, ODbL 1.0 (extract kbh.osm.pbf, 2012)."


def build_copenhagen(shared: Path, out: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from ecopark_plugin.core.symbiosis.register import import_eprtr_folder
    from ecopark_plugin.core.zones.housing import read_osm_housing

    roads = pyogrio.read_dataframe(
        shared / "osm" / "kbh.osm.pbf",
        layer="lines",
        where="highway IS NOT NULL",
        columns=["osm_id", "name", "highway", "other_tags"],
    )
    # one column order whatever the pyogrio (0.10 keeps the file's order, 0.13 the one asked for)
    roads = roads[["highway", "name", "osm_id", "other_tags", "geometry"]]
    folder = shared / "eprtr_nordics"
    sites = import_eprtr_folder(folder, bbox=tuple(roads.total_bounds))
    sites = sites.rename(columns={"site_id": "eprtr_id"}).sort_values("name").reset_index(drop=True)
    sites.insert(0, "site_id", [f"CPH{i + 1:02d}" for i in range(len(sites))])
    sites = sites.to_crs("EPSG:25832")
    # homes: building polygons that are not known non-homes and do not stand on industrial land
    buildings = read_osm_housing(shared / "osm" / "kbh.osm.pbf", "buildings")
    attribution = ATTRIBUTION.split(" Documented")[0] + " " + OSM_ATTRIBUTION
    write_gpkg(
        out,
        "EcoPark sample: E-PRTR facilities of central Copenhagen",
        attribution,
        [("sites", sites, attribution), ("roads", roads, OSM_ATTRIBUTION), ("buildings", buildings, OSM_ATTRIBUTION)],
    )
    print(f"wrote {out}: {len(sites)} sites, {len(roads)} road lines, {len(buildings)} buildings")


RUSTAVI_ATTRIBUTION = (
    "Plant positions (single coordinates, cited): Global Energy Monitor wiki (gem.wiki), Wikimapia, "
    "Wikipedia; capacities from the EBRD project summary 'Rustavi Azot' (2016), "
    "heidelbergcement.ge, Georgian Oil and Gas Corporation (gogc.ge), gavigudet.org. OKVED2: OK 029-2014 "
    "(Rosstat open data). Positions marked approximate are a town's coordinate, not the plant's."
)
#: Wikipedia's coordinate of Rustavi (41.533 N, 45.000 E) and of Gardabani (41.45 N, 45.10 E)
RUSTAVI_TOWN = (
    45.000,
    41.533,
    "approximate: Rustavi town coordinate from Wikipedia (Rustavi), plant within about 5 km",
)
#: (id, name, OKVED2, lon, lat, where, approximate, what it makes with its source)
RUSTAVI_SITES = [
    (
        "RMP",
        "Руставский металлургический завод (Rustavi Steel)",
        "24.10.21",
        45.026630,
        41.531645,
        "gem.wiki 'Rustavi Metallurgical Plant' (Global Steel Plant Tracker): 41.531645, 45.026630, marked exact",
        False,
        "steel, induction and electric arc furnaces since 2010; 120-220 kt/yr by source (gem.wiki)",
    ),
    (
        "RAZ",
        "Рустави Азот",
        "20.15.1",
        45.058333,
        41.533056,
        "wikimapia.org/10470203 'Рустави азот': 41°31'59\"N 45°3'30\"E, the coordinate Wikimapia gives for the plant, within about 1 km",
        False,
        "up to 220 kt/yr ammonia, 500 kt/yr ammonium nitrate, 14 kt/yr sodium cyanide (EBRD project summary 2016)",
    ),
    (
        "GEO",
        "Геосталь (Geosteel), Рустави",
        "24.10.21",
        *RUSTAVI_TOWN[:2],
        RUSTAVI_TOWN[2],
        True,
        "scrap-based electric steel mill, 175 kt/yr rebar (gavigudet.org, EIA hearing 2023)",
    ),
    (
        "KCE",
        "Картули Цементи (HeidelbergCement), Рустави",
        "23.51",
        *RUSTAVI_TOWN[:2],
        RUSTAVI_TOWN[2],
        True,
        "cement and clinker, 400 kt/yr cement, in service since 2008 (heidelbergcement.ge)",
    ),
    (
        "GTP",
        "Гардабанская ТЭС",
        "35.11.1",
        45.10,
        41.45,
        "approximate: Gardabani town coordinate from Wikipedia (Gardabani), plant within about 3 km",
        True,
        "230 MW combined-cycle gas plant, 1171 GWh in 2017 (gogc.ge)",
    ),
]


def build_rustavi(out: Path) -> None:
    """The Rustavi sample: sites with OKVED2 codes alone (see the module docstring)."""
    frame = gpd.GeoDataFrame(
        [
            {
                "site_id": site_id,
                "name": name,
                "okved2": code,
                "location": where,
                "approximate": approximate,
                "capacity": capacity,
                "geometry": Point(lon, lat),
            }
            for site_id, name, code, lon, lat, where, approximate, capacity in RUSTAVI_SITES
        ],
        crs="EPSG:4326",
    ).to_crs("EPSG:32638")
    write_gpkg(
        out,
        "EcoPark sample: the Rustavi-Gardabani industrial area (Georgia), OKVED2 codes only",
        RUSTAVI_ATTRIBUTION,
        [("sites", frame, RUSTAVI_ATTRIBUTION)],
    )
    print(f"wrote {out}: {len(frame)} sites")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "resources" / "sample_data" / "kalundborg.gpkg",
    )
    parser.add_argument(
        "--copenhagen",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "resources" / "sample_data" / "copenhagen.gpkg",
    )
    parser.add_argument(
        "--rustavi",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "resources" / "sample_data" / "rustavi.gpkg",
    )
    parser.add_argument("--only-rustavi", action="store_true", help="build the Rustavi sample alone")
    args = parser.parse_args()
    if not args.only_rustavi:
        build(args.shared, args.out)
        build_copenhagen(args.shared, args.copenhagen)
    build_rustavi(args.rustavi)
