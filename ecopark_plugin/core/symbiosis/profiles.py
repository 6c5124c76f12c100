"""Streams inferred from a site's sector when the user gave none.

Many registers give only a NACE code. A sector profile lists the by-products a site of that sector
typically has and the inputs it typically needs, with an order-of-magnitude quantity and a
confidence. The most specific NACE prefix with a profile wins (``35.11`` before ``35``).
"""

from __future__ import annotations

import pandas as pd

from ..model.inputs import USER_STREAM_COLUMNS

#: confidence of an inferred stream whose quantity a register reported (assumption, EcoPark 2026)
REPORTED_CONFIDENCE = 0.8

STREAM_COLUMNS = [*USER_STREAM_COLUMNS, "confidence", "basis"]


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


def infer_streams(
    sites: pd.DataFrame, user_streams: pd.DataFrame, profiles: pd.DataFrame, min_confidence: float = 0.0
) -> pd.DataFrame:
    """Add sector-profile streams for every site and direction the user left empty.

    A user who lists any output of a site is taken to have listed them all (likewise inputs), so
    entered streams always win over inferred ones. Where a site reports off-site waste transfers
    (``waste_nonhw_t``/``waste_hw_t``, e.g. from the E-PRTR import), the profile's output marked
    ``reported_as`` takes the reported quantity instead of the typical one.

    Returns
    -------
    DataFrame
        The user's streams (``origin='user'``, confidence 1) followed by the inferred ones
        (``origin='inferred'``, with the profile's confidence and basis).
    """
    user = user_streams.copy()
    user["confidence"] = 1.0
    user["basis"] = "entered by the user"
    given = set(zip(user["site_id"], user["direction"]))
    rows = []
    nan = float("nan")
    reported = {
        kind: sites[f"waste_{kind}_t"].to_numpy() if f"waste_{kind}_t" in sites else [nan] * len(sites)
        for kind in ("nonhw", "hw")
    }
    for i, (site_id, nace) in enumerate(zip(sites["site_id"], sites["nace"])):
        for p in profile_for(nace, profiles).itertuples(index=False):
            if (site_id, p.direction) in given or p.confidence < min_confidence:
                continue
            quantity, confidence, basis = p.quantity, p.confidence, f"sector profile {p.nace}: {p.basis}"
            known = reported[p.reported_as][i] if p.reported_as else nan
            if known == known and known > 0:
                # the register's reported transfers stand for this sector's main waste stream
                quantity, confidence = known, max(p.confidence, REPORTED_CONFIDENCE)
                kind = "hazardous" if p.reported_as == "hw" else "non-hazardous"
                basis = f"reported off-site {kind} waste transfers (sector profile {p.nace})"
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
                )
            )
    inferred = pd.DataFrame(rows, columns=STREAM_COLUMNS)
    frames = [f for f in (user[STREAM_COLUMNS], inferred) if len(f)]
    if not frames:
        return pd.DataFrame(columns=STREAM_COLUMNS)
    return pd.concat(frames, ignore_index=True)
