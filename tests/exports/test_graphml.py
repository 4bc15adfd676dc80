"""GraphML reads back with networkx: same nodes, edges and attributes."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from unionkg.exports.graphml import ALIAS_SEPARATOR, write_graphml
from unionkg.model import KnowledgeGraph


def test_graphml_loads_back(kg: KnowledgeGraph, tmp_path: Path, xss_name: str) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(kg, path)
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.number_of_nodes() == len(kg.nodes)
    assert graph.number_of_edges() == len(kg.edges)
    for node in kg.nodes.values():
        data = graph.nodes[node.iri]
        assert (data["type"], data["label"], data["iri"]) == (node.type, node.label, node.iri)
        assert set(filter(None, data["aliases"].split(ALIAS_SEPARATOR))) == node.aliases
    relations = sorted(data["relation"] for _, _, data in graph.edges(data=True))
    assert relations == sorted(edge.type for edge in kg.edges)
    chair = next(d for _, _, d in graph.edges(data=True) if d["relation"] == "chairedBy")
    assert (chair["evidence"], chair["confidence"], chair["titles"]) == (1, 0.85, "主席")
    assert any(data["label"] == xss_name for _, data in graph.nodes(data=True))
