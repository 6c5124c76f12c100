import pandas as pd
import pytest

from ecopark_plugin.core.symbiosis.graph import closed_loops, network_summary, partner_metrics, symbiosis_graph


def exchanges():
    rows = [  # supplier, receiver, stream, unit, quantity, selected, net
        ("P", "R", "steam", "MWh", 100, True, 50),
        ("R", "P", "cooling_water", "m3", 10, True, 5),
        ("P", "G", "fgd_gypsum", "t", 200, True, 40),
        ("P", "C", "fly_ash", "t", 300, True, 30),
        ("N", "F", "fermentation_sludge", "t", 80, True, 8),
        ("P", "X", "fly_ash", "t", 999, False, 99),  # not chosen: not in the network
    ]
    frame = pd.DataFrame(
        rows, columns=["supplier", "receiver", "stream", "unit", "quantity", "selected", "net_benefit"]
    )
    return frame.assign(
        quantity_selected=frame["quantity"].where(frame["selected"], 0),
        co2_avoided_t=1.0,
        supplier_name=frame["supplier"],
        receiver_name=frame["receiver"],
    )


def test_graph_and_summary():
    graph = symbiosis_graph(exchanges())
    assert set(graph.nodes) == {"P", "R", "G", "C", "N", "F"}
    assert network_summary(graph) == {
        "partners": 6,
        "links": 5,
        "clusters": 2,
        "closed_loops": 1,
        "density": pytest.approx(5 / 30),
    }
    assert closed_loops(graph) == [["P", "R"]]


def test_closed_loops_come_in_one_order_whatever_the_hash_seed():
    import subprocess
    import sys

    code = (
        "import networkx as nx; from ecopark_plugin.core.symbiosis.graph import closed_loops; "
        "g = nx.DiGraph([('c','a'),('a','c'),('b','d'),('d','e'),('e','b'),('a','b'),('b','a'),('x','y'),('y','x')]); "
        "print(closed_loops(g))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONHASHSEED": seed}
        ).stdout
        for seed in ("0", "1", "2", "3")
    }
    assert outputs == {"[['a', 'b'], ['a', 'c'], ['x', 'y'], ['b', 'd', 'e']]\n"}


def test_partner_metrics_and_resilience():
    metrics = partner_metrics(symbiosis_graph(exchanges()), anchors=1).set_index("site_id")
    p = metrics.loc["P"]
    assert p["degree"] == 3 and p["anchor"] and p["in_loop"]
    assert p["tonnes_out"] == 500 and p["tonnes_in"] == 0
    assert p["benefit_lost_if_closed"] == pytest.approx(50 + 5 + 40 + 30)
    assert p["tonnes_lost_if_closed"] == 500
    assert p["partners_isolated_if_closed"] == 3  # R, G and C trade only with P
    assert metrics.loc["N", "cluster"] == 2 and metrics.loc["P", "cluster"] == 1
    assert not metrics.loc["G", "anchor"]


def test_partial_flows_count_their_share():
    frame = exchanges()
    frame.loc[2, "quantity_selected"] = 50  # a quarter of the gypsum
    metrics = partner_metrics(symbiosis_graph(frame)).set_index("site_id")
    assert metrics.loc["G", "tonnes_in"] == 50
    assert metrics.loc["G", "net_benefit"] == pytest.approx(40 * 0.25 / 2)
