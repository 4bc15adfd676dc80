"""The graph as GraphML, for Gephi and networkx.

Nodes are entity IRIs with ``type``, ``label``, ``aliases`` (sorted, joined by ``" | "``) and
``iri``; edges carry ``relation``, ``confidence``, ``evidence`` (how many pieces of evidence) and
``titles``. Everything is added in sorted order, so the same graph always writes the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import networkx as nx

from ..model import KnowledgeGraph
from .files import PathOrFile, write_chunks

__all__ = ["ALIAS_SEPARATOR", "generate_graphml", "to_networkx", "write_graphml"]

ALIAS_SEPARATOR = " | "


def to_networkx(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """The graph as a networkx ``MultiDiGraph`` keyed by IRI; edge keys are relation names.

    >>> from unionkg.model import Edge, KnowledgeGraph, Node
    >>> a, b = "https://w3id.org/unionkg/id/u/1", "https://w3id.org/unionkg/id/t/2"
    >>> nodes = {a: Node(a, "Union", "柳市镇总工会"), b: Node(b, "Town", "柳市镇")}
    >>> kg = KnowledgeGraph(nodes=nodes, edges=[Edge(a, "locatedIn", b)])
    >>> g = to_networkx(kg)
    >>> g.nodes[a]["label"], list(g.edges(keys=True))[0][2]
    ('柳市镇总工会', 'locatedIn')
    """
    graph = nx.MultiDiGraph()
    for iri in sorted(kg.nodes):
        node = kg.nodes[iri]
        graph.add_node(
            iri,
            type=node.type,
            label=node.label,
            aliases=ALIAS_SEPARATOR.join(sorted(node.aliases - {node.label})),
            iri=iri,
        )
    for edge in sorted(kg.edges, key=lambda e: (e.subject, e.type, e.object)):
        for end in (edge.subject, edge.object):
            if end not in graph:  # an edge to a node the graph does not describe
                graph.add_node(end, type="", label=end, aliases="", iri=end)
        graph.add_edge(
            edge.subject,
            edge.object,
            key=edge.type,
            relation=edge.type,
            confidence=round(edge.confidence, 4),
            evidence=len(edge.evidence),
            titles=ALIAS_SEPARATOR.join(sorted(edge.titles)),
        )
    return graph


def generate_graphml(kg: KnowledgeGraph) -> Iterator[str]:
    """The graph as GraphML text (UTF-8, with an XML declaration).

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> kg = KnowledgeGraph(nodes={"x": Node("x", "Town", "柳市镇")})
    >>> "柳市镇" in "".join(generate_graphml(kg))
    True
    """
    buffer = io.BytesIO()
    nx.write_graphml(to_networkx(kg), buffer, encoding="utf-8", prettyprint=True)
    yield buffer.getvalue().decode("utf-8")


def write_graphml(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the graph as GraphML (``graph.graphml``), atomically when given a path."""
    write_chunks(generate_graphml(kg), path_or_file)
