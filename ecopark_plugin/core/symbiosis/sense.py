"""Exchanges that make no sense are left out before the choice, each with the reason shown to the user.

- within one plant: supplier and receiver are the same plant entered twice (the same operator's name stem
  within :data:`.hygiene.SAME_PLACE_M`), which is internal recycling, not symbiosis;
- two-way swaps: the same stream both ways between two sites; only the direction worth more stays.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..transport.geodesy import geodesic_km
from .hygiene import SAME_PLACE_M, name_stem, same_operator


def drop_nonsense(ex: pd.DataFrame, sites: pd.DataFrame, lon: np.ndarray, lat: np.ndarray) -> pd.DataFrame:
    """Mark candidates within one plant and the weaker half of two-way swaps not feasible, with a reason."""
    if not len(ex):
        return ex
    ex = ex.copy()
    pos = {sid: i for i, sid in enumerate(sites["site_id"])}
    stems = np.array([name_stem(n) for n in sites["name"]], dtype=object)
    s = ex["supplier"].map(pos).to_numpy(int)
    r = ex["receiver"].map(pos).to_numpy(int)
    km = geodesic_km(lon[s], lat[s], lon[r], lat[r])
    near = km * 1000.0 <= SAME_PLACE_M
    same = near & np.array([bool(n) and same_operator(stems[i], stems[j]) for n, i, j in zip(near, s, r)], dtype=bool)
    ex.loc[same & ex["feasible"].to_numpy(bool), "reason"] = (
        "one plant: supplier and receiver are the same operator at the same place"
    )
    ex.loc[same, "feasible"] = False
    # the same stream both ways between two sites: keep the direction worth more
    feasible = ex[ex["feasible"].astype(bool)]
    best = feasible.groupby(["supplier", "receiver", "stream"])["net_benefit"].max()
    back = best.rename_axis(["receiver", "supplier", "stream"]).reorder_levels(["supplier", "receiver", "stream"])
    both = best.index.intersection(back.index)
    if len(both):
        weaker = [k for k in both if (best[k], k[0]) < (back[k], k[1])]
        key = pd.MultiIndex.from_frame(ex[["supplier", "receiver", "stream"]])
        hit = key.isin(weaker) & ex["feasible"].to_numpy(bool)
        ex.loc[hit, "reason"] = "two-way swap: the same stream goes the other way between these sites with more value"
        ex.loc[hit, "feasible"] = False
    return ex
