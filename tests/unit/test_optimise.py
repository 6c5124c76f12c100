"""The LP optimum equals an independent exact method: min-cost flow by networkx's network simplex."""

import itertools

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from ecopark_plugin.core.model.parameters import Parameters
from ecopark_plugin.core.symbiosis.choice import optimise


def random_case(seed, n_sup=4, n_rec=4, density=0.6):
    rng = np.random.default_rng(seed)
    supply = rng.integers(5, 40, n_sup)
    demand = rng.integers(5, 40, n_rec)
    rows = []
    for s, r in itertools.product(range(n_sup), range(n_rec)):
        if rng.random() < density:
            value_per_t = int(rng.integers(-20, 60))
            q = int(min(supply[s], demand[r]))
            rows.append(
                {
                    "supplier": f"S{s}",
                    "receiver": f"R{r}",
                    "supply_row": s,
                    "demand_row": n_sup + r,
                    "relation": "stream",
                    "quantity": float(q),
                    "delivered": float(q),
                    "substitution_ratio": 1.0,
                    "net_benefit": float(value_per_t * q),
                    "co2_avoided_t": 0.0,
                    "feasible": True,
                    "reason": "",
                }
            )
    streams = pd.DataFrame({"quantity": np.concatenate([supply, demand]).astype(float)})
    return pd.DataFrame(rows), streams, supply, demand


def flow_optimum(ex, supply, demand):
    """Max profit as a min-cost flow: source -> supplier -> receiver -> sink, plus a free bypass."""
    g = nx.DiGraph()
    total = int(supply.sum())
    g.add_node("src", demand=-total)
    g.add_node("snk", demand=total)
    g.add_edge("src", "snk", capacity=total, weight=0)  # leave stock unexchanged at no cost
    for s, cap in enumerate(supply):
        g.add_edge("src", f"S{s}", capacity=int(cap), weight=0)
    for r, cap in enumerate(demand):
        g.add_edge(f"R{r}", "snk", capacity=int(cap), weight=0)
    for row in ex.itertuples():
        unit = int(round(row.net_benefit / row.quantity))
        if unit > 0:
            g.add_edge(row.supplier, row.receiver, capacity=int(row.quantity), weight=-unit)
    cost, _ = nx.network_simplex(g)
    return -cost


@pytest.mark.parametrize("seed", range(12))
def test_lp_matches_min_cost_flow(seed):
    ex, streams, supply, demand = random_case(seed)
    out = optimise(ex, streams, Parameters())
    lp_value = float((out["net_benefit"] / out["quantity"] * out["quantity_selected"]).sum())
    assert lp_value == pytest.approx(flow_optimum(ex, supply, demand), abs=1e-6)
    # the allocation respects every supply and need
    assert (
        out.groupby("supply_row")["quantity_selected"].sum()
        <= streams["quantity"].reindex(out.groupby("supply_row").size().index).to_numpy() + 1e-6
    ).all()
    assert (
        out.groupby("demand_row")["quantity_selected"].sum()
        <= streams["quantity"].reindex(out.groupby("demand_row").size().index).to_numpy() + 1e-6
    ).all()
    assert (out.loc[out["net_benefit"] < 0, "quantity_selected"] == 0).all()


def test_brute_force_two_by_two():
    """Enumerate every integer allocation of a tiny case."""
    ex = pd.DataFrame(
        [
            # supplier 0 (10 t) to receivers 2 (6 t) and 3 (8 t); supplier 1 (5 t) to receiver 2 only
            {"supply_row": 0, "demand_row": 2, "quantity": 6.0, "net_benefit": 60.0},
            {"supply_row": 0, "demand_row": 3, "quantity": 8.0, "net_benefit": 40.0},
            {"supply_row": 1, "demand_row": 2, "quantity": 5.0, "net_benefit": 45.0},
        ]
    ).assign(relation="stream", substitution_ratio=1.0, co2_avoided_t=0.0, feasible=True, reason="")
    ex["delivered"] = ex["quantity"]
    streams = pd.DataFrame({"quantity": [10.0, 5.0, 6.0, 8.0]})
    unit = (ex["net_benefit"] / ex["quantity"]).to_numpy()
    best = max(
        a * unit[0] + b * unit[1] + c * unit[2]
        for a in range(7)
        for b in range(9)
        for c in range(6)
        if a + b <= 10 and c <= 5 and a + c <= 6 and b <= 8
    )
    out = optimise(ex, streams, Parameters())
    assert float((unit * out["quantity_selected"]).sum()) == pytest.approx(best)
    # supplier 0 sends 8 t to receiver 3 and its last 2 t to receiver 2, which supplier 1 tops up with 4 t
    assert best == pytest.approx(2 * 10 + 8 * 5 + 4 * 9)
    assert out["quantity_selected"].tolist() == pytest.approx([2, 8, 4])


def test_virgin_need_counts_substitution_ratio():
    # 100 t of fly ash replaces 80 t of clinker; the receiver needs only 40 t of clinker
    ex = pd.DataFrame(
        [
            {
                "supply_row": 0,
                "demand_row": 1,
                "relation": "virgin",
                "quantity": 100.0,
                "delivered": 100.0,
                "substitution_ratio": 0.8,
                "net_benefit": 1000.0,
                "co2_avoided_t": 0.0,
                "feasible": True,
                "reason": "",
            }
        ]
    )
    out = optimise(ex, pd.DataFrame({"quantity": [100.0, 40.0]}), Parameters())
    assert out.at[0, "quantity_selected"] == pytest.approx(50.0)


def test_reasons_for_unchosen():
    ex = pd.DataFrame(
        [
            {"supply_row": 0, "demand_row": 1, "quantity": 10.0, "net_benefit": 100.0},
            {"supply_row": 0, "demand_row": 2, "quantity": 10.0, "net_benefit": 50.0},
            {"supply_row": 3, "demand_row": 2, "quantity": 10.0, "net_benefit": -5.0},
            {"supply_row": 3, "demand_row": 1, "quantity": 10.0, "net_benefit": 20.0},
        ]
    ).assign(relation="stream", substitution_ratio=1.0, co2_avoided_t=0.0, feasible=True, reason="")
    ex["delivered"] = ex["quantity"]
    out = optimise(ex, pd.DataFrame({"quantity": [10.0, 10.0, 10.0, 10.0]}), Parameters())
    assert out["selected"].tolist() == [True, False, False, False]
    assert out["reason"].tolist() == [
        "",
        "supply taken by better exchanges",
        "negative benefit (-5 EUR/yr)",
        "receiver's need met by better exchanges",
    ]


def _one_supplier_three_receivers(low, high):
    """One supplier of 300 units; three receivers whose need (400 each) exceeds it; values 30, 29, 28 per unit."""
    rows = [
        {
            "supplier": "S",
            "receiver": f"R{r}",
            "supply_row": 0,
            "demand_row": 1 + r,
            "relation": "stream",
            "quantity": 300.0,
            "delivered": 300.0,
            "substitution_ratio": 1.0,
            "net_benefit": float((30 - r) * 300),
            "co2_avoided_t": 0.0,
            "feasible": True,
            "reason": "",
        }
        for r in range(3)
    ]
    streams = pd.DataFrame({"quantity": [300.0, 400.0, 400.0, 400.0], "low": low, "high": high})
    return pd.DataFrame(rows), streams


def test_a_certain_need_takes_the_whole_supply():
    ex, streams = _one_supplier_three_receivers([300.0] + [400.0] * 3, [300.0] + [400.0] * 3)
    out = optimise(ex, streams, Parameters(weigh_by_confidence=False))
    assert out["quantity_selected"].tolist() == pytest.approx([300.0, 0.0, 0.0])
    assert out.loc[1, "reason"] == "supply taken by better exchanges"


def test_assumed_needs_share_the_supply_by_their_sure_part():
    # assumed needs (one-third to twice the central 400): each is sure up to 132, so the 300 units fill
    # the sure parts of the two best receivers (132 + 132) and the rest goes where it is still worth most
    ex, streams = _one_supplier_three_receivers([99.0] + [132.0] * 3, [600.0] + [800.0] * 3)
    out = optimise(ex, streams, Parameters(weigh_by_confidence=False))
    x = out["quantity_selected"].to_numpy()
    # R0's first uncertain step (132 to 221, middle 176.7) is needed with chance (800 - 176.7) / 668 = 0.933,
    # so worth 30 x 0.933 = 27.99 a unit: less than R2's sure 28, which gets the last 36 units
    assert x == pytest.approx([132.0, 132.0, 36.0])


def test_need_steps_add_up_to_the_need():
    from ecopark_plugin.core.symbiosis.choice import need_segments

    streams = pd.DataFrame(
        {"quantity": [400.0, 50.0, 400.0], "low": [132.0, 50.0, 360.0], "high": [800.0, 50.0, 440.0]}
    ).assign(evidence=["default", "default", "reported"])
    steps = need_segments(streams, 0)
    assert sum(w for w, _ in steps) == pytest.approx(400.0)
    assert steps[0] == (132.0, 1.0)
    assert [p for _, p in steps] == sorted((p for _, p in steps), reverse=True)
    assert steps[-1][1] == pytest.approx((800 - (400 - 268 / 6)) / 668)
    assert need_segments(streams, 1) == [(50.0, 1.0)]
    assert need_segments(streams, 2) == [(400.0, 1.0)]  # a reported need is taken as it is


def test_what_a_dropped_exchange_leaves_is_chosen_again(monkeypatch):
    from ecopark_plugin.core.symbiosis import engine

    ex, streams = _one_supplier_three_receivers([300.0] + [100.0] * 3, [300.0] + [100.0] * 3)
    streams["quantity"] = [300.0, 100.0, 100.0, 400.0]
    streams["low"], streams["high"] = streams["quantity"], streams["quantity"]
    ex["quantity"] = [100.0, 100.0, 300.0]
    ex["delivered"] = ex["quantity"]
    ex["net_benefit"] = [30.0 * 100, 29.0 * 100, 28.0 * 300]

    def reprice(chosen, *args):
        # R0's pipeline does not pay at any share: dropped, as _reprice_chosen would
        chosen = chosen.copy()
        if chosen.at[0, "selected"]:
            chosen.loc[0, ["selected", "quantity_selected"]] = [False, 0.0]
            chosen.loc[0, "reason"] = "not worth it for the 100 t left (net -5)"
        return chosen

    monkeypatch.setattr(engine, "_reprice_chosen", reprice)
    out = engine._choose(ex, streams, None, Parameters(weigh_by_confidence=False), None)
    # R0's 100 units go to R2 (R1 is full): 100 + 200, not 100 + 100 with 100 left over
    assert out["quantity_selected"].tolist() == pytest.approx([0.0, 100.0, 200.0])
    assert out.at[0, "reason"].startswith("not worth it for") and out["feasible"].all()
