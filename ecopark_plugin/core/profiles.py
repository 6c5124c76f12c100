"""Streams inferred from a site's sector when the user gave none.

Many registers give only a NACE code. A sector profile lists the by-products a site of that sector
typically has and the inputs it typically needs, with an order-of-magnitude quantity and a
confidence. The most specific NACE prefix with a profile wins (``35.11`` before ``35``).
"""

from __future__ import annotations

import pandas as pd

STREAM_COLUMNS = [
    "site_id",
    "direction",
    "stream",
    "stream_label",
    "quantity",
    "unit",
    "quantity_given",
    "unit_given",
    "ewc",
    "origin",
    "confidence",
    "basis",
]


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
    entered streams always win over inferred ones.

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
    for site_id, nace in zip(sites["site_id"], sites["nace"]):
        profile = profile_for(nace, profiles)
        for p in profile.itertuples(index=False):
            if (site_id, p.direction) in given or p.confidence < min_confidence:
                continue
            rows.append(
                (
                    site_id,
                    p.direction,
                    p.stream,
                    p.stream,
                    p.quantity,
                    p.unit,
                    p.quantity,
                    p.unit,
                    None,
                    "inferred",
                    p.confidence,
                    f"sector profile {p.nace}: {p.basis}",
                )
            )
    inferred = pd.DataFrame(rows, columns=STREAM_COLUMNS)
    frames = [f for f in (user[STREAM_COLUMNS], inferred) if len(f)]
    if not frames:
        return pd.DataFrame(columns=STREAM_COLUMNS)
    return pd.concat(frames, ignore_index=True)
