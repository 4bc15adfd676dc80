"""Fixtures for the exporter tests: a large graph made up on the spot."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from unionkg.model import ID_BASE, Edge, KnowledgeGraph, Node


def _chain_graph(n_nodes: int) -> KnowledgeGraph:
    nodes = {}
    for i in range(n_nodes):
        iri = f"{ID_BASE}town/{i:05d}"
        nodes[iri] = Node(iri, "Town", f"启衡{i}村")
    iris = sorted(nodes)
    edges = [Edge(iris[i], "locatedIn", iris[i - i % 10]) for i in range(n_nodes) if i % 10]
    return KnowledgeGraph(nodes=nodes, edges=edges)


@pytest.fixture
def chain_graph() -> Callable[[int], KnowledgeGraph]:
    """``chain_graph(n)``: n invented villages (启衡0村 …), each ten in a chain under the first."""
    return _chain_graph
