"""Streams inferred from a site's sector when the user gave none.

Many registers give only a NACE code. A sector profile lists the by-products a site of that sector
typically has and the inputs it typically needs, with an order-of-magnitude quantity and a
confidence. The most specific NACE prefix with a profile wins (``35.11`` before ``35``).
"""

from __future__ import annotations

import math

import pandas as pd

from ..model.i18n import format_number, translate_marked, translator
from ..model.inputs import FKKO_COLUMNS, USER_STREAM_COLUMNS
from ..model.sizes import production_factor
from ..transport.geodesy import lonlat
from .catalogue import CLIMATE_ZONES, RELEASE_COLUMNS, release_gate
from .evidence import (
    SILENT_CO2_SHARE,
    below_threshold,
    burns_sulphur,
    derive,
    derive_need,
    need_from_bound,
    percent_text,
    production_from_co2,
    quantity_range,
    register_cap,
    unit_name,
)

#: what a stream's figure rests on (its ``basis``), in the run's language; a sector profile's own basis (a
#: text of sector_profiles.csv) in the catalogue's translation (CatalogueSources)
tr = translator("StreamBasis")


def _basis(text: str) -> str:
    """A sector profile's own basis (a text of ``sector_profiles.csv``) in the run's language."""
    return translate_marked("CatalogueSources", text)


#: confidence of an inferred stream whose quantity a register reported (assumption, EcoPark 2026)
REPORTED_CONFIDENCE = 0.8
#: confidence of a stream whose quantity is derived from a register's releases (assumption, EcoPark 2026)
DERIVED_CONFIDENCE = 0.6

#: a stream's quantity rests on: reported, derived or default (see :mod:`.evidence`), with its range
EVIDENCE_COLUMNS = ["evidence", "low", "high"]
STREAM_COLUMNS = [*USER_STREAM_COLUMNS, "confidence", "basis", *EVIDENCE_COLUMNS]


def profile_for(nace: str | None, profiles: pd.DataFrame) -> pd.DataFrame:
    """The profile rows of the most specific prefix of ``nace`` that has any."""
    if not nace:
        return profiles.iloc[0:0]
    candidates = [nace]
    head, _, tail = nace.partition(".")
    candidates += [f"{head}.{tail[:k]}" for k in range(len(tail) - 1, 0, -1)] + [head]
    for prefix in candidates:
        rows = profiles[profiles["nace"] == prefix]
        if len(rows):
            return rows
    return profiles.iloc[0:0]


def _fits(row, activity, releases: dict, latitude: float = math.nan) -> bool:
    """Whether a profile row applies to a site, by what the site says it is.

    A site that states its E-PRTR activity gets only the rows open to that activity (a galvaniser classed
    24.10 has no blast-furnace gas; a landfill classed 38.21 no steam); a site whose releases are known
    gets a row that requires a release only if it reports it (no fly ash from a plant that emits no
    sulphur, i.e. burns gas). A site that says neither keeps the sector's default rows.
    """
    activities = getattr(row, "activities", ()) or ()
    if activities and isinstance(activity, str) and activity:
        code = activity.replace(" ", "")
        if not any(code.startswith(a.replace(" ", "")) for a in activities):
            return False
    required = getattr(row, "requires", "") or ""
    if required in CLIMATE_ZONES:
        low, high = CLIMATE_ZONES[required]
        return not latitude == latitude or low <= abs(latitude) <= high  # a site without a place keeps the row
    gate = release_gate(required) if required else None
    if gate is None:
        return True
    release, least = gate
    known = release in releases and releases[release] == releases[release]  # NaN: not reported either way
    if not known:
        return True
    if release == "sox":
        return burns_sulphur(releases["sox"], releases.get("co2", float("nan")))
    return bool(releases[release] > 0 and releases[release] >= least)


def _latitudes(sites: pd.DataFrame) -> list[float]:
    """Each site's latitude in degrees (NaN where the frame has no geographic position)."""
    if "geometry" not in sites or getattr(sites, "crs", None) is None or not len(sites):
        return [math.nan] * len(sites)
    return list(lonlat(sites)[1])


def _scaled(profile, production, unit) -> tuple[float, str] | None:
    """(factor, why) scaling a profile row to a site's given production (:mod:`..model.sizes`), or None."""
    if production is None or production != production:
        return None
    try:
        return production_factor(profile.nace, production, unit)
    except ValueError:  # checked when the sites were read; a table built by hand may skip that
        return None


def infer_streams(
    sites: pd.DataFrame,
    user_streams: pd.DataFrame,
    profiles: pd.DataFrame,
    min_confidence: float = 0.0,
    hazardous: frozenset[str] = frozenset(),
    latitudes=None,
) -> pd.DataFrame:
    """Add sector-profile streams for every site and direction the user left empty.

    A user who lists any output of a site is taken to have listed them all (likewise inputs), so
    entered streams always win over inferred ones. Where a site reports off-site waste transfers
    (``waste_nonhw_t``/``waste_hw_t``, e.g. from the E-PRTR import), the profile's output marked
    ``reported_as`` takes the reported quantity instead of the typical one. A default is lowered to what
    the register's silence allows (:func:`.evidence.register_cap`): no more heat than the fuel under the
    CO2 threshold gives, no more of a ``hazardous`` stream than the hazardous waste sent off-site (none
    when the register reports none). ``latitudes`` (degrees, one per site) place the sites for the climate
    gate; by default they are read from the sites' geometry.

    Returns
    -------
    DataFrame
        The user's streams (``origin='user'``, confidence 1) followed by the inferred ones
        (``origin='inferred'``, with the profile's confidence and basis).
    """
    user = user_streams.copy()
    user["confidence"] = 1.0
    user["basis"] = tr("entered by the user")
    user["evidence"] = "reported"
    user["low"], user["high"] = quantity_range(user["quantity"].astype(float), "reported")
    given = set(zip(user["site_id"], user["direction"]))
    rows = []
    nan = float("nan")
    reported = {
        kind: sites[f"waste_{kind}_t"].to_numpy() if f"waste_{kind}_t" in sites else [nan] * len(sites)
        for kind in ("nonhw", "hw")
    }
    activity = sites["activity"].tolist() if "activity" in sites else [None] * len(sites)
    production = sites["production"].tolist() if "production" in sites else [nan] * len(sites)
    production_unit = sites["production_unit"].tolist() if "production_unit" in sites else [None] * len(sites)
    releases = {key: sites[col].to_numpy() for key, col in RELEASE_COLUMNS.items() if col in sites}
    latitudes = _latitudes(sites) if latitudes is None else list(latitudes)
    for i, (site_id, nace) in enumerate(zip(sites["site_id"], sites["nace"])):
        site_releases = {key: values[i] for key, values in releases.items()}
        solid = burns_sulphur(site_releases.get("sox", nan), site_releases.get("co2", nan))
        profile = profile_for(nace, profiles)
        # without a given production, the CO2 it reports sizes a site whose sector's intensity is published
        given_production = production[i] is not None and production[i] == production[i]
        from_co2 = (
            None
            if given_production or not len(profile)
            else production_from_co2(profile["nace"].iloc[0], site_releases)
        )
        for p in profile.itertuples(index=False):
            if (site_id, p.direction) in given or p.confidence < min_confidence:
                continue
            if not _fits(p, activity[i], site_releases, latitudes[i]):
                continue
            quantity, confidence, basis = (
                p.quantity,
                p.confidence,
                tr("sector profile {}: {}").format(p.nace, _basis(p.basis)),
            )
            evidence = "default"
            known = reported[p.reported_as][i] if p.reported_as else nan
            derived = None
            if p.direction == "output":
                derived = derive(p.stream, nace, site_releases, solid)
            else:
                derived = derive_need(p.stream, nace, site_releases)
            if known == known and known > 0:
                # the register's reported transfers stand for this sector's main waste stream
                quantity, confidence, evidence = known, max(p.confidence, REPORTED_CONFIDENCE), "reported"
                if p.reported_as == "hw":
                    basis = tr("reported off-site hazardous waste transfers (sector profile {})").format(p.nace)
                else:
                    basis = tr("reported off-site non-hazardous waste transfers (sector profile {})").format(p.nace)
            elif derived is None and (scaled := _scaled(p, production[i], production_unit[i]) or from_co2) is not None:
                factor, why = scaled
                quantity, evidence = p.quantity * factor, "derived"
                basis = tr("{} x the profile plant's {} {}/yr (sector profile {}: {})").format(
                    why, format_number(p.quantity, 0), unit_name(p.unit), p.nace, _basis(p.basis)
                )
            elif derived is not None:
                quantity, basis = derived.quantity, derived.why
                confidence, evidence = max(p.confidence, DERIVED_CONFIDENCE), "derived"
                if derived.bound:
                    quantity, low, high = need_from_bound(derived.quantity)
                    basis = tr("{}: an upper bound; the need is taken as anywhere below it, {} {} central").format(
                        basis, format_number(quantity, 0), unit_name(p.unit)
                    )
            bound = nan
            if evidence == "default":
                cap = register_cap(p.stream, p.direction, nace, site_releases, reported["hw"][i], p.stream in hazardous)
                bound = cap.limit if cap is not None else nan
                if cap is not None and bound <= 0:
                    continue  # the register rules the stream out
                if cap is not None and cap.silent and below_threshold(bound) < quantity:
                    # the plant is anywhere below the threshold: as large as the plants the register shows
                    # below it are on average, not a medium plant of its sector
                    quantity = below_threshold(bound)
                    basis = tr(
                        "{}; {}; taken as {} of that, the mean of the plants the register shows below its threshold"
                    ).format(basis, cap.why, percent_text(SILENT_CO2_SHARE))
                elif cap is not None and bound < quantity:
                    quantity, basis = bound, f"{basis}; {cap.why}"
            if not (evidence == "derived" and derived is not None and derived.bound):  # its range is set above
                low, high = quantity_range(quantity, evidence)
                if bound == bound:  # a cap is an upper bound on the range too
                    low, high = min(low, bound), min(high, bound)
            rows.append(
                (
                    site_id,
                    p.direction,
                    p.stream,
                    p.stream,
                    quantity,
                    p.unit,
                    quantity,
                    p.unit,
                    None,
                    "inferred",
                    confidence,
                    basis,
                    evidence,
                    low,
                    high,
                )
            )
    inferred = pd.DataFrame(rows, columns=STREAM_COLUMNS)
    # the user's FKKO code, class and mapped stream ride along (an inferred stream has none)
    kept = [*STREAM_COLUMNS, *(c for c in FKKO_COLUMNS if c in user.columns)]
    frames = [f for f in (user[kept], inferred) if len(f)]
    if not frames:
        return pd.DataFrame(columns=STREAM_COLUMNS)
    return pd.concat(frames, ignore_index=True)
