"""How well the engine finds documented exchanges: recall and precision per network, and why each miss.

A documented exchange is *found* when the engine proposes an exchange with the same supplier, the same
receiver and a stream of the same family (energy, minerals, metals, chemicals, organics, water). The engine
is run on the network's sites alone (NACE code and location, no streams), or on a register's facilities.
Chosen exchanges are counted once per (supplier, receiver, family), the unit a documented exchange is
compared in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import geopandas as gpd
import pandas as pd

from ..model.parameters import Parameters
from ..symbiosis.catalogue import Catalogue, nace_matches
from ..symbiosis.engine import Result, run
from ..symbiosis.profiles import profile_for
from .corpus import Network

KEY = ["supplier", "receiver", "family"]


@dataclass
class Score:
    """One network's measure (``mode``: ``sites`` or ``register``)."""

    network: str
    mode: str
    documented: int
    found_candidates: int
    found_chosen: int
    chosen: int
    #: chosen exchanges (supplier, receiver, family) that are documented
    chosen_documented: int
    precision: float | None
    recall_candidates: float | None
    recall_chosen: float | None
    #: one record per documented exchange: its key, status, found where, and why it was missed
    exchanges: list[dict] = field(default_factory=list)
    #: chosen exchanges that are not documented
    undocumented: list[dict] = field(default_factory=list)
    #: documented exchanges left out because a partner is not in the input (register mode)
    unreachable: int = 0
    #: documented exchanges that ended before the input's time and are not expected of it (register mode)
    ended: int = 0

    def record(self) -> dict:
        return asdict(self)


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def why_missed(doc: pd.Series, result: Result, catalogue: Catalogue, nace: dict, params: Parameters) -> str:
    """Why the engine did not choose a documented exchange, in words a reviewer can check."""
    ex = result.exchanges
    same = ex[
        (ex["supplier"] == doc["supplier"]) & (ex["receiver"] == doc["receiver"]) & (ex["family"] == doc["family"])
    ]
    if len(same):
        best = same.sort_values("net_benefit", ascending=False).iloc[0]
        if not bool(best["feasible"]):
            return f"not feasible ({best['stream']}): {best['reason']}"
        return f"not chosen ({best['stream']}): {best['reason']}"
    s_nace, r_nace = nace.get(doc["supplier"], ""), nace.get(doc["receiver"], "")
    rules = catalogue.rules[catalogue.rules["family"] == doc["family"]]
    linking = rules[
        [
            nace_matches(s_nace, r["supplier_nace"]) and nace_matches(r_nace, r["receiver_nace"])
            for _, r in rules.iterrows()
        ]
    ]
    if not len(linking):
        known = doc["stream"] in set(catalogue.rules["stream"])
        what = f"stream {doc['stream']}" if known else f"stream {doc['stream']} (not in the catalogue)"
        return f"no rule: no {doc['family']} rule from NACE {s_nace} to NACE {r_nace} ({what})"
    streams = result.streams
    out = set(streams.loc[(streams["site_id"] == doc["supplier"]) & (streams["direction"] == "output"), "stream"])
    offered = sorted(set(linking["stream"]) & out)
    if not offered:
        wanted = sorted(set(linking["stream"]))
        rows = profile_for(s_nace, catalogue.profiles)
        rows = rows[(rows["direction"] == "output") & rows["stream"].isin(wanted)]
        if not len(rows):
            return f"no profile: NACE {s_nace}'s profile has no output of {', '.join(wanted)}"
        low = rows[rows["confidence"] < params.min_confidence]
        if len(low) == len(rows):
            listed = ", ".join(f"{s} {c:g}" for s, c in zip(low["stream"], low["confidence"]))
            return f"below the confidence cut-off {params.min_confidence:g}: NACE {s_nace}'s profile gives {listed}"
        return (
            f"gated: what the input says of the site (E-PRTR activity or reported releases) rules out "
            f"{', '.join(rows['stream'])} for NACE {s_nace}"
        )
    inputs = streams[(streams["site_id"] == doc["receiver"]) & (streams["direction"] == "input")]
    if len(inputs):
        wanted = set(linking["substitutes"]) | set(linking["stream"])
        if not wanted & set(inputs["stream"]):
            return f"no profile: NACE {r_nace}'s profile has no input of {', '.join(sorted(wanted))}"
    return f"too far or below the confidence cut-off for {', '.join(offered)}"


def score(
    network: Network,
    result: Result,
    catalogue: Catalogue,
    params: Parameters,
    mode: str = "sites",
    partner_ids: dict[str, set[str]] | None = None,
) -> Score:
    """Compare a run's exchanges with the network's documented ones.

    ``partner_ids`` maps each documented partner to the input's site ids that stand for it (a register's
    facility may report under several ids over the years); by default a partner is its own id.

    A register shows its facilities as they last reported, so in ``register`` mode an exchange documented
    as ended is not expected (Asnæs burns wood chips since 2020: no coal fly ash, no desulphurisation
    gypsum): it counts in neither ``documented`` nor ``found_*``. One the engine chooses all the same still
    counts as documented for precision: it was real. Sites carry no time, so ``sites`` mode expects all.
    """
    ids = partner_ids or {sid: {sid} for sid in network.sites["site_id"]}
    to_partner = {rid: pid for pid, rids in ids.items() for rid in rids}
    ex = result.exchanges.copy()
    ex["supplier"] = ex["supplier"].map(to_partner)
    ex["receiver"] = ex["receiver"].map(to_partner)
    ex = ex.dropna(subset=["supplier", "receiver"])
    ex = ex[ex["supplier"] != ex["receiver"]]
    chosen = ex[ex["selected"].astype(bool)]
    chosen_keys = set(map(tuple, chosen[KEY].to_numpy()))
    candidate_keys = set(map(tuple, ex[KEY].to_numpy()))
    docs = network.exchanges
    present = {pid for pid, rids in ids.items() if rids}
    reachable = docs[docs["supplier"].isin(present) & docs["receiver"].isin(present)]
    doc_keys = set(map(tuple, reachable[KEY].to_numpy()))
    if mode == "register":
        expected_rows = reachable[reachable["status"] != "ended"]
    else:
        expected_rows = reachable
    # a miss is explained on the engine's own ids: the first id a partner has in the input
    first = {pid: sorted(rids)[0] for pid, rids in ids.items() if rids}
    site_nace = dict(zip(result.sites["site_id"], result.sites["nace"]))
    records = []
    for _, doc in expected_rows.iterrows():
        key = (doc["supplier"], doc["receiver"], doc["family"])
        rec = {
            "supplier": doc["supplier"],
            "receiver": doc["receiver"],
            "stream": doc["stream"],
            "family": doc["family"],
            "status": doc["status"],
            "candidate": key in candidate_keys,
            "chosen": key in chosen_keys,
            "why": "",
        }
        if not rec["chosen"]:
            engine_doc = doc.copy()
            engine_doc["supplier"], engine_doc["receiver"] = first[doc["supplier"]], first[doc["receiver"]]
            rec["why"] = why_missed(engine_doc, result, catalogue, site_nace, params)
        records.append(rec)
    undocumented = [{"supplier": s, "receiver": r, "family": f} for s, r, f in sorted(chosen_keys - doc_keys)]
    found_c = sum(r["candidate"] for r in records)
    found_s = sum(r["chosen"] for r in records)
    hits = len(chosen_keys & doc_keys)
    return Score(
        network.id,
        mode,
        len(expected_rows),
        found_c,
        found_s,
        len(chosen_keys),
        hits,
        _ratio(hits, len(chosen_keys)),
        _ratio(found_c, len(expected_rows)),
        _ratio(found_s, len(expected_rows)),
        records,
        undocumented,
        len(docs) - len(reachable),
        len(reachable) - len(expected_rows),
    )


def run_sites(
    network: Network,
    catalogue: Catalogue | None = None,
    params: Parameters | None = None,
    engine: Callable[..., Result] = run,
) -> Score:
    """The engine on the network's sites alone (NACE codes and locations, no streams)."""
    catalogue = catalogue or Catalogue.load()
    params = params or Parameters()
    result = engine(network.sites, None, catalogue, params)
    return score(network, result, catalogue, params, "sites")


def run_register(
    network: Network,
    facilities: gpd.GeoDataFrame,
    partner_ids: dict[str, set[str]],
    added: list[str] | None = None,
    catalogue: Catalogue | None = None,
    params: Parameters | None = None,
    engine: Callable[..., Result] = run,
) -> Score:
    """The engine as a user would run it: the register's facilities, plus the partners the register lacks
    (``added``: the network's site ids, added as points with their NACE code), nothing typed by hand."""
    catalogue = catalogue or Catalogue.load()
    params = params or Parameters()
    extra = network.sites[network.sites["site_id"].isin(added or [])]
    sites = pd.concat([facilities, extra.to_crs(facilities.crs)], ignore_index=True)
    sites = gpd.GeoDataFrame(sites, geometry="geometry", crs=facilities.crs)
    ids = {pid: set(rids) & set(sites["site_id"]) for pid, rids in partner_ids.items()}
    for pid in added or []:
        ids[pid] = {pid}
    result = engine(sites, None, catalogue, params)
    # a partner whose ids were all left out of the run (e.g. as stale) is still in the input
    kept = set(result.sites["site_id"])
    ids = {pid: ({r for r in rids if r in kept} or rids) for pid, rids in ids.items()}
    return score(network, result, catalogue, params, "register", ids)


def totals(scores: list[Score]) -> dict:
    """The measure over all networks of one mode."""
    documented = sum(s.documented for s in scores)
    chosen = sum(s.chosen for s in scores)
    hits = sum(s.chosen_documented for s in scores)
    return {
        "networks": len(scores),
        "documented": documented,
        "found_candidates": sum(s.found_candidates for s in scores),
        "found_chosen": sum(s.found_chosen for s in scores),
        "chosen": chosen,
        "chosen_documented": hits,
        "recall_candidates": _ratio(sum(s.found_candidates for s in scores), documented),
        "recall_chosen": _ratio(sum(s.found_chosen for s in scores), documented),
        "precision": _ratio(hits, chosen),
    }
