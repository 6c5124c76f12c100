"""Sites from the EEA E-PRTR / Industrial Reporting "user-friendly" CSV tables.

The register gives each facility an E-PRTR Annex I activity, not a NACE code; the activity is
mapped to the NACE Rev.2 code of its typical sector (``resources/catalogue/eprtr_activity_nace.csv``,
the most specific activity wins), marked so in ``nace_basis``. Off-site waste transfers of the latest
reported year are summed per facility (hazardous / non-hazardous, recovery / disposal), in tonnes.
"""

from __future__ import annotations

import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from ..model.errors import InputError, InputProblem
from ..model.i18n import translator
from .catalogue import RESOURCES
from .hygiene import register_status

#: the register import's checks, notes and reasons for leaving a facility out, in the run's language
tr = translator("RegisterImport")

ACTIVITY_FILE = RESOURCES / "catalogue" / "eprtr_activity_nace.csv"
#: releases to air read per facility (its latest reported year), t/yr, and the register's pollutant names
RELEASES = {
    "sox_t": "Sulphur oxides (SOX)",
    "co2_t": "Carbon dioxide (CO2)",
    "co2_fossil_t": "Carbon dioxide (CO2) excluding biomass",
}
_FACILITY_COLUMNS = (
    "FacilityInspireId",
    "facilityName",
    "city",
    "Longitude",
    "Latitude",
    "reportingYear",
    "EPRTRAnnexIMainActivity",
)


def activity_to_nace(activity: str, table: pd.DataFrame | None = None) -> tuple[str | None, str]:
    """NACE code and basis for an Annex I activity such as ``'3(c)(i)'``; the most specific entry wins."""
    table = table if table is not None else pd.read_csv(ACTIVITY_FILE, dtype=str)
    codes = dict(zip(table["activity"], table["nace"]))
    key = re.sub(r"[\s.]", "", str(activity))
    while key:
        if key in codes:
            return codes[key], tr("E-PRTR Annex I {} -> NACE {}").format(activity, codes[key])
        key = re.sub(r"\([^()]*\)$", "", key) if key.endswith(")") else ""
    return None, tr("E-PRTR Annex I {}: no NACE mapping").format(activity)


def _read(path: Path, layer: str) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, encoding="utf-8-sig", low_memory=False)
    except pd.errors.EmptyDataError as exc:
        raise InputError.single(layer, tr("{} is empty: give an E-PRTR facility table").format(path)) from exc
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise InputError.single(layer, tr("cannot read {}: {}").format(path, exc)) from exc
    missing = [c for c in _FACILITY_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError.single(
            layer, tr("{} is not an E-PRTR facility table: no {}").format(Path(path).name, ", ".join(missing))
        )
    return _typed(frame, layer, Path(path).name)


def _typed(frame: pd.DataFrame, layer: str, name: str) -> pd.DataFrame:
    """The table with ids as text and numbers as numbers; ``InputError`` naming the line (header = line 1) and
    column of an empty id or of a year, longitude or latitude that is not a number."""
    problems = []
    ids = frame["FacilityInspireId"]
    for i in frame.index[ids.isna() | (ids.astype(str).str.strip() == "")][:20]:
        problems.append(InputProblem(layer, tr("{}: empty facility id").format(name), i + 2, "FacilityInspireId"))
    frame = frame.assign(FacilityInspireId=ids.astype(str).str.strip())
    for col in ("reportingYear", "Longitude", "Latitude"):
        numbers = pd.to_numeric(frame[col], errors="coerce")
        bad = numbers.isna() & frame[col].notna() if col != "reportingYear" else numbers.isna()
        for i in frame.index[bad][:20]:
            problems.append(
                InputProblem(layer, tr("{}: '{}' is not a number").format(name, frame.at[i, col]), i + 2, col)
            )
        frame[col] = numbers
    if problems:
        raise InputError(problems)
    return frame


def import_eprtr(
    releases: str | Path | None = None,
    waste_transfers: str | Path | None = None,
    countries: list[str] | None = None,
    bbox: tuple[float, float, float, float] | None = None,
) -> gpd.GeoDataFrame:
    """Read E-PRTR facility tables into a sites layer (EPSG:4326).

    Parameters
    ----------
    releases, waste_transfers
        The F1_4 (releases to air) and F4_2 (off-site waste transfers) CSV files; at least one.
    countries
        Country names as the register writes them (``'Denmark'``); ``None`` for all.
    bbox
        (min lon, min lat, max lon, max lat) in degrees; ``None`` for everywhere.

    Returns
    -------
    GeoDataFrame
        ``site_id`` (FacilityInspireId), ``name``, ``nace``, ``nace_basis``, ``eprtr_activity``,
        ``country``, ``city``, ``last_year``, ``waste_hw_t``, ``waste_nonhw_t``, ``waste_recovery_t``,
        ``waste_disposal_t`` (the latest year with reported transfers), ``sox_t``, ``co2_t``, ``co2_fossil_t``
        (releases to air of the latest reported year, t/yr, where the releases table is given),
        ``register_status`` (active, stale, merged), ``status_reason`` and ``former_ids``
        (:func:`.hygiene.register_status`), points in EPSG:4326.
        Facilities whose activity has no NACE mapping are left out and counted, per activity, in
        ``attrs["unmapped"]``; facilities that never give a position are left out and listed in
        ``attrs["unplaced"]``.
    """
    tables = [_read(Path(p), name) for p, name in ((releases, "releases"), (waste_transfers, "waste transfers")) if p]
    if not tables:
        raise InputError.single("E-PRTR", tr("give the releases table, the waste transfers table or both"))
    optional = ("countryName", "addressConfidentialityReason")
    rows = pd.concat([t[list(_FACILITY_COLUMNS) + [c for c in optional if c in t]] for t in tables])
    if countries:
        wanted = {c.strip().lower() for c in countries}
        if "countryName" not in rows:
            raise InputError.single("E-PRTR", tr("the tables have no countryName column to filter on"))
        rows = rows[rows["countryName"].str.lower().isin(wanted)]
    unplaced = rows.loc[rows["Longitude"].isna() | rows["Latitude"].isna(), "FacilityInspireId"].unique()
    # the last year a facility reported at all, with or without a position
    reported_until = rows.groupby("FacilityInspireId")["reportingYear"].max()
    rows = rows.dropna(subset=["Longitude", "Latitude"])
    # a facility that gave its position in another year keeps it; one that never did is counted, not lost quietly
    unplaced = sorted(set(unplaced) - set(rows["FacilityInspireId"]))
    if bbox:
        x0, y0, x1, y1 = bbox
        rows = rows[rows["Longitude"].between(x0, x1) & rows["Latitude"].between(y0, y1)]
    rows = rows.sort_values("reportingYear").groupby("FacilityInspireId", sort=True).tail(1)
    table = pd.read_csv(ACTIVITY_FILE, dtype=str)
    mapped = [activity_to_nace(a, table) for a in rows["EPRTRAnnexIMainActivity"]]
    sites = pd.DataFrame(
        {
            "site_id": rows["FacilityInspireId"].to_numpy(),
            "name": rows["facilityName"].to_numpy(),
            "nace": [m[0] for m in mapped],
            "nace_basis": [m[1] for m in mapped],
            "eprtr_activity": rows["EPRTRAnnexIMainActivity"].to_numpy(),
            "country": rows["countryName"].to_numpy() if "countryName" in rows else None,
            "city": rows["city"].to_numpy(),
            "last_year": rows["FacilityInspireId"].map(reported_until).astype(int).to_numpy(),
            # the register withholds the address: its position is not the plant's
            "confidential": (
                rows["addressConfidentialityReason"].notna().to_numpy()
                if "addressConfidentialityReason" in rows
                else False
            ),
        }
    )
    # 0: the facility reported no transfer above the threshold; NaN: no waste table was read
    for col in ("waste_hw_t", "waste_nonhw_t", "waste_recovery_t", "waste_disposal_t"):
        sites[col] = np.nan
    if waste_transfers:
        waste = tables[-1]
        if {"wasteClassification", "wasteTreatment", "wasteTransfers"} <= set(waste.columns):
            # the latest year the facility reported waste transfers in, which may differ from releases
            waste = waste.assign(site_id=waste["FacilityInspireId"])
            newest = waste.groupby("site_id")["reportingYear"].transform("max")
            latest = waste[waste["reportingYear"] == newest]
            for col, key, value in (
                ("waste_hw_t", "wasteClassification", "HW"),
                ("waste_nonhw_t", "wasteClassification", "NONHW"),
                ("waste_recovery_t", "wasteTreatment", "Recovery"),
                ("waste_disposal_t", "wasteTreatment", "Disposal"),
            ):
                sums = latest[latest[key] == value].groupby("site_id")["wasteTransfers"].sum()
                sites[col] = sites["site_id"].map(sums).fillna(0.0).to_numpy()
    if releases:
        # releases of the facility's latest reported year: evidence of what it burns and how much
        air = tables[0]
        if {"Pollutant", "Releases"} <= set(air.columns):
            newest = air.groupby("FacilityInspireId")["reportingYear"].transform("max")
            latest = air[air["reportingYear"] == newest]
            for col, pollutant in RELEASES.items():
                sums = latest[latest["Pollutant"] == pollutant].groupby("FacilityInspireId")["Releases"].sum() / 1000.0
                sites[col] = sites["site_id"].map(sums).fillna(0.0).to_numpy()
            # some facilities report one CO2 figure far below the other (units or scope mixed up in the
            # register): the larger stands for the fuel burnt
            sites["co2_t"] = np.fmax(sites["co2_t"], sites["co2_fossil_t"])
    unmapped = sites.loc[sites["nace"].isna(), "eprtr_activity"].value_counts()
    rejected = _left_out(sites[sites["nace"].isna()], unplaced, tables)
    sites = sites[sites["nace"].notna()].reset_index(drop=True)
    where = rows.set_index("FacilityInspireId").loc[sites["site_id"]]
    geometry = gpd.points_from_xy(where["Longitude"], where["Latitude"])
    out = gpd.GeoDataFrame(sites, geometry=geometry, crs="EPSG:4326").astype({"last_year": np.int64})
    out.attrs["unmapped"] = unmapped.to_dict()  # activity -> facilities left out for want of a NACE code
    out.attrs["unplaced"] = unplaced  # facilities left out for want of a position
    out.attrs["rejected"] = rejected  # both, one row each with its reason (a rejected table)
    return register_status(out)


def _left_out(unmapped: pd.DataFrame, unplaced: list, tables: list[pd.DataFrame]) -> pd.DataFrame:
    """The facilities the import leaves out, one row each: ``site_id``, ``name``, ``eprtr_activity``, ``reason``."""
    rows = [
        (r.site_id, r.name, r.eprtr_activity, tr("Annex I activity '{}' has no NACE mapping").format(r.eprtr_activity))
        for r in unmapped.itertuples()
    ]
    if unplaced:
        named = pd.concat([t[["FacilityInspireId", "facilityName", "EPRTRAnnexIMainActivity"]] for t in tables])
        named = named.drop_duplicates("FacilityInspireId").set_index("FacilityInspireId")
        for fid in unplaced:
            name, activity = named.loc[fid] if fid in named.index else (None, None)
            rows.append((fid, name, activity, tr("the register gives no longitude/latitude in any year")))
    return pd.DataFrame(rows, columns=["site_id", "name", "eprtr_activity", "reason"])


#: how the EEA names its "user-friendly" tables (with the region after the last underscore)
RELEASES_GLOB = "F1_4_*Releases*Facilities*.csv"
WASTE_GLOB = "F4_2_*WasteTransfers*Facilities*.csv"


def import_eprtr_folder(
    folder: str | Path,
    countries: list[str] | None = None,
    bbox: tuple[float, float, float, float] | None = None,
) -> gpd.GeoDataFrame:
    """:func:`import_eprtr` on the releases and waste-transfer tables of a folder as the EEA names them
    (``F1_4_Air_Releases_Facilities_<region>.csv``, ``F4_2_WasteTransfers_Facilities_<region>.csv``)."""
    folder = Path(folder)
    found = {}
    for key, pattern in (("releases", RELEASES_GLOB), ("waste", WASTE_GLOB)):
        matches = sorted(folder.glob(pattern))
        if len(matches) > 1:
            several = (
                tr("holds several releases tables ({})") if key == "releases" else tr("holds several waste tables ({})")
            )
            raise InputError.single(str(folder), several.format(", ".join(m.name for m in matches)))
        found[key] = matches[0] if matches else None
    if not any(found.values()):
        raise InputError.single(
            str(folder), tr("holds no E-PRTR table named {} or {}").format(RELEASES_GLOB, WASTE_GLOB)
        )
    return import_eprtr(found["releases"], found["waste"], countries, bbox)
