"""The symbiosis as a network: partners, links, anchor tenants, closed loops, clusters, resilience.

Works on the chosen exchanges (``selected``). Tonnage counts material flows in tonnes; energy (MWh)
and water (m3) links count in degree, benefit and CO2 but not in tonnes.
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

#: longest closed loop searched for (cycles in a dense graph grow combinatorially)
MAX_LOOP_LENGTH = 6
#: columns of :func:`partner_metrics`
PARTNER_COLUMNS = (
    "site_id",
    "name",
    "degree",
    "tonnes_out",
    "tonnes_in",
    "net_benefit",
    "cluster",
    "anchor",
    "in_loop",
    "benefit_lost_if_closed",
    "tonnes_lost_if_closed",
    "partners_isolated_if_closed",
)


def symbiosis_graph(exchanges: pd.DataFrame) -> nx.DiGraph:
    """Directed graph of the chosen exchanges: an edge supplier -> receiver per pair, flows summed."""
    chosen = exchanges[exchanges["selected"].astype(bool)]
    share = (chosen["quantity_selected"] / chosen["quantity"]).fillna(0.0)
    graph = nx.DiGraph()
    for row, part in zip(chosen.itertuples(index=False), share):
        tonnes = row.quantity_selected if row.unit == "t" else 0.0
        if graph.has_edge(row.supplier, row.receiver):
            data = graph[row.supplier][row.receiver]
            data["tonnes"] += tonnes
            data["net_benefit"] += row.net_benefit * part
            data["co2_avoided_t"] += row.co2_avoided_t * part
            data["streams"].append(row.stream)
        else:
            graph.add_edge(
                row.supplier,
                row.receiver,
                tonnes=tonnes,
                net_benefit=row.net_benefit * part,
                co2_avoided_t=row.co2_avoided_t * part,
                streams=[row.stream],
            )
        graph.nodes[row.supplier]["name"] = row.supplier_name
        graph.nodes[row.receiver]["name"] = row.receiver_name
    return graph


def closed_loops(graph: nx.DiGraph, max_length: int = MAX_LOOP_LENGTH) -> list[list[str]]:
    """Directed cycles (A gives to B ... gives back to A) of at most ``max_length`` partners.

    Each cycle starts at its smallest partner id and the cycles are sorted, so the order does not depend on
    the order networkx walks the graph in (which follows set iteration, and so the hash seed).
    """
    cycles = []
    for cycle in nx.simple_cycles(graph, length_bound=max_length):
        first = min(range(len(cycle)), key=lambda i: str(cycle[i]))
        cycles.append(cycle[first:] + cycle[:first])
    return sorted(cycles, key=lambda c: (len(c), [str(n) for n in c]))


def partner_metrics(graph: nx.DiGraph, anchors: int = 3, loops: list[list[str]] | None = None) -> pd.DataFrame:
    """One row per partner: degree, tonnes in and out, benefit, cluster, anchor flag and resilience.

    ``benefit_lost_if_closed`` and ``tonnes_lost_if_closed`` are the flows of every link that
    partner takes part in (what the park loses if it closes, before anyone re-optimises);
    ``partners_isolated_if_closed`` counts the partners left with no link at all.
    """
    if graph.number_of_nodes() == 0:
        return pd.DataFrame(columns=list(PARTNER_COLUMNS))
    undirected = graph.to_undirected()
    clusters = {
        n: i + 1
        for i, comp in enumerate(sorted(nx.connected_components(undirected), key=len, reverse=True))
        for n in comp
    }
    in_loop = {n for cycle in (closed_loops(graph) if loops is None else loops) for n in cycle}
    rows = []
    for node in graph.nodes:
        edges = list(graph.in_edges(node, data=True)) + list(graph.out_edges(node, data=True))
        neighbours = set(undirected.neighbors(node))
        isolated = sum(1 for n in neighbours if set(undirected.neighbors(n)) == {node})
        rows.append(
            {
                "site_id": node,
                "name": graph.nodes[node].get("name", node),
                "degree": undirected.degree(node),
                "tonnes_out": sum(d["tonnes"] for _, _, d in graph.out_edges(node, data=True)),
                "tonnes_in": sum(d["tonnes"] for _, _, d in graph.in_edges(node, data=True)),
                "net_benefit": sum(d["net_benefit"] for *_, d in edges) / 2,
                "cluster": clusters[node],
                "in_loop": node in in_loop,
                "benefit_lost_if_closed": sum(d["net_benefit"] for *_, d in edges),
                "tonnes_lost_if_closed": sum(d["tonnes"] for *_, d in edges),
                "partners_isolated_if_closed": isolated,
            }
        )
    frame = pd.DataFrame(rows, columns=[c for c in PARTNER_COLUMNS if c != "anchor"])
    # anchor tenants: the top partners by degree, then by the tonnes they move
    frame["tonnes_moved"] = frame["tonnes_out"] + frame["tonnes_in"]
    ranked = frame.sort_values(["degree", "tonnes_moved"], ascending=False)
    frame["anchor"] = frame["site_id"].isin(ranked["site_id"].head(anchors))
    return (
        frame.drop(columns="tonnes_moved")[list(PARTNER_COLUMNS)]
        .sort_values(["degree", "net_benefit"], ascending=False)
        .reset_index(drop=True)
    )


def network_summary(graph: nx.DiGraph, loops: list[list[str]] | None = None) -> dict:
    """Counts for the report: partners, links, clusters, loops, density."""
    return {
        "partners": graph.number_of_nodes(),
        "links": graph.number_of_edges(),
        "clusters": nx.number_weakly_connected_components(graph) if graph.number_of_nodes() else 0,
        "closed_loops": len(closed_loops(graph) if loops is None else loops),
        "density": nx.density(graph) if graph.number_of_nodes() > 1 else 0.0,
    }
