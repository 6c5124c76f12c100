"""Exchanges that exist already are the baseline, reported apart from the new benefit a proposal brings.

An exchange exists already when the user says so (an existing-exchanges table: ``supplier``, ``receiver``
and ``stream``, a stream key or a family), or when it is evident: a combined heat and power plant (NACE
35.11) sends its heat to the district-heating network of its town (35.30 within :data:`TOWN_KM`), which is
what such a plant is built for; a steelworks' blast-furnace and coke-oven gas goes to the power or heat
plant beside it (within :data:`WORKS_KM`), since works gas has no market beyond its neighbours and a works
that makes it burns it on site or next door (Lulekraft in Luleå burns SSAB's surplus gas, Sveriges Radio,
"Luleås billiga fjärrvärme kan påverkas av miljöstål", article 6406073; DK6 in Dunkirk ArcelorMittal's, see
the validation corpus).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..model.errors import InputError, InputProblem
from ..model.i18n import QT_TRANSLATE_NOOP
from ..model.inputs import normalise_stream_key
from ..transport.geodesy import geodesic_km
from .catalogue import nace_matches_each

#: a CHP plant and a district-heating network this close serve one town (assumption, EcoPark 2026)
TOWN_KM = 15.0
#: why an exchange is taken to exist (``existing_basis``; the report translates them, context
#: ExchangeExplanations): given by the user; a CHP plant's heat to its town, ``{}`` the distance in km
GIVEN = QT_TRANSLATE_NOOP("ExchangeExplanations", "given as existing by the user")
EVIDENT_CHP_TEMPLATE = QT_TRANSLATE_NOOP(
    "ExchangeExplanations",
    "evident: a CHP plant's heat to the district heating of its town (within {} km) exists already",
)
#: a steelworks and a power or heat plant this close share its gases (assumption, EcoPark 2026: such plants
#: are built at the works' fence)
WORKS_KM = 3.0
#: the works gases of :data:`WORKS_KM`
WORKS_GASES = ("blast_furnace_gas", "coke_oven_gas")
EVIDENT_WORKS_GAS_TEMPLATE = QT_TRANSLATE_NOOP(
    "ExchangeExplanations",
    "evident: a steelworks' blast-furnace or coke-oven gas to the power or heat plant beside it (within {} km) "
    "exists already",
)
#: the exchanges evident from what the sites are: (supplier NACE prefixes, receiver NACE prefixes, streams,
#: within km, why)
EVIDENT = (
    (("35.11",), ("35.30",), ("district_heat",), TOWN_KM, EVIDENT_CHP_TEMPLATE),
    (("24.10",), ("35.11", "35.30"), WORKS_GASES, WORKS_KM, EVIDENT_WORKS_GAS_TEMPLATE),
)
#: each evident phrase with the distance it names (the report writes it in its own language)
EVIDENT_TEMPLATES = tuple((template, km) for *_, km, template in EVIDENT)
EXISTING_COLUMNS = ("supplier", "receiver", "stream")


def check_existing(table: pd.DataFrame, layer: str = "existing exchanges") -> pd.DataFrame:
    """The user's existing exchanges, checked: each problem names the layer, row and field."""
    missing = [c for c in EXISTING_COLUMNS if c not in table.columns]
    if missing:
        raise InputError.single(layer, f"needs the columns {', '.join(EXISTING_COLUMNS)}; missing {', '.join(missing)}")
    problems = []
    for fid, row in table.iterrows():
        for col in EXISTING_COLUMNS:
            value = row[col]
            if value is None or (isinstance(value, float) and value != value) or not str(value).strip():
                problems.append(InputProblem(layer, "empty", feature=fid, field=col))
    if problems:
        raise InputError(problems)
    out = table[list(EXISTING_COLUMNS)].astype(str).apply(lambda s: s.str.strip())
    out["stream"] = out["stream"].map(normalise_stream_key)
    return out


def mark_existing(
    ex: pd.DataFrame,
    sites: pd.DataFrame,
    lon: np.ndarray,
    lat: np.ndarray,
    existing: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Add ``existing`` (bool) and ``existing_basis`` (why) to candidate exchanges."""
    ex = ex.copy()
    ex["existing"] = False
    ex["existing_basis"] = ""
    if not len(ex):
        return ex
    if existing is not None and len(existing):
        given = check_existing(existing)
        keys = set(zip(given["supplier"], given["receiver"], given["stream"]))
        hit = [
            (s, r, k) in keys or (s, r, f) in keys
            for s, r, k, f in zip(ex["supplier"].astype(str), ex["receiver"].astype(str), ex["stream"], ex["family"])
        ]
        hit = np.array(hit, dtype=bool)
        ex.loc[hit, "existing"] = True
        ex.loc[hit, "existing_basis"] = GIVEN
    pos = {sid: i for i, sid in enumerate(sites["site_id"])}
    nace = sites["nace"].astype(str).to_numpy()
    s = ex["supplier"].map(pos).to_numpy(int)
    r = ex["receiver"].map(pos).to_numpy(int)
    km = geodesic_km(lon[s], lat[s], lon[r], lat[r])
    stream = ex["stream"].to_numpy()
    for suppliers, receivers, streams, within, template in EVIDENT:
        evident = nace_matches_each(nace[s], suppliers) & nace_matches_each(nace[r], receivers)
        evident &= np.isin(stream, streams) & (km <= within)
        evident &= ~ex["existing"].to_numpy(bool)
        ex.loc[evident, "existing"] = True
        ex.loc[evident, "existing_basis"] = template.format(f"{within:g}")
    return ex


def existing_left_out(
    existing: pd.DataFrame | None, exchanges: pd.DataFrame, site_ids, layer: str = "existing exchanges"
) -> dict:
    """The rows of the user's existing exchanges that count for nothing, feature id -> problems: a supplier or
    receiver that is no site, or no candidate exchange of that stream between the two (the catalogue has no
    rule for it between their sectors, or the exchange was set aside as making no sense). Such a row would
    otherwise be left out of the baseline without a word."""
    if existing is None or not len(existing):
        return {}
    given = check_existing(existing, layer)
    ids = {str(s) for s in site_ids}
    if not {"supplier", "receiver", "stream", "existing_basis"} <= set(exchanges.columns):
        exchanges = pd.DataFrame(columns=["supplier", "receiver", "stream", "existing_basis"])
    marked = exchanges[exchanges["existing_basis"] == GIVEN]
    found = set()
    for s, r, k, f in zip(marked["supplier"].astype(str), marked["receiver"].astype(str), marked["stream"],
                          marked.get("family", marked["stream"])):  # fmt: skip
        found.update({(s, r, k), (s, r, f)})
    out: dict = {}
    for fid, row in given.iterrows():
        problems = [
            InputProblem(layer, f"{col} '{row[col]}' is not in the sites layer", fid, col)
            for col in ("supplier", "receiver")
            if row[col] not in ids
        ]
        if not problems and (row["supplier"], row["receiver"], row["stream"]) not in found:
            problems.append(
                InputProblem(
                    layer,
                    f"no candidate exchange of '{row['stream']}' from {row['supplier']} to {row['receiver']}: the "
                    "catalogue has no rule for it between their sectors (or it was set aside as making no sense); "
                    "it is not in the baseline",
                    fid,
                    "stream",
                )
            )
        if problems:
            out[fid] = problems
    return out
