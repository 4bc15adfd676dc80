"""The graph for analytics scripts: :func:`load` a build and look at it, or hand it to networkx.

::

    import unionkg
    graph = unionkg.load("out")                  # a build directory, a store or an RDF file
    g = graph.to_networkx(types={"Union", "Official"}, min_confidence=0.8)
    for union in graph.nodes("Union"): ...
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator
from dataclasses import dataclass

import networkx as nx

from ..errors import UnknownNameError
from ..model import ENTITY_TYPES, RELATION_TYPES, Edge, KnowledgeGraph, Node
from ..ontology.property_graph import PLACE_SEPARATOR, split_list, to_networkx
from ..ontology.read import read_graph

__all__ = ["Graph", "load"]


def _check(kind: str, asked: Collection[str] | None, known: Collection[str]) -> None:
    for name in asked or ():
        if name not in known:
            raise UnknownNameError(kind, name, list(known))


@dataclass
class Graph:
    """A knowledge graph with the questions an analytics script asks first.

    >>> from unionkg.model import Edge, KnowledgeGraph, Node
    >>> u, p = "https://w3id.org/unionkg/id/u/1", "https://w3id.org/unionkg/id/p/2"
    >>> kg = KnowledgeGraph({u: Node(u, "Union", "启衡电器有限公司工会", {"启衡工会"}),
    ...                      p: Node(p, "Official", "林启明")}, [Edge(u, "chairedBy", p)])
    >>> graph = Graph(kg)
    >>> graph
    <Graph: 2 nodes, 1 edges, 0 articles>
    >>> graph.find("启衡工会").label
    '启衡电器有限公司工会'
    >>> [e.type for e in graph.edges(relations={"chairedBy"})]
    ['chairedBy']
    """

    kg: KnowledgeGraph

    def __repr__(self) -> str:
        kg = self.kg
        return f"<Graph: {len(kg.nodes)} nodes, {len(kg.edges)} edges, {len(kg.articles)} articles>"

    def __len__(self) -> int:
        return len(self.kg.nodes)

    def nodes(self, *types: str) -> Iterator[Node]:
        """The nodes (of ``types``, when given), sorted by label then IRI."""
        _check("entity type", types, ENTITY_TYPES)
        found = (n for n in self.kg.nodes.values() if not types or n.type in types)
        yield from sorted(found, key=lambda n: (n.label, n.iri))

    def edges(
        self, *, relations: Collection[str] | None = None, min_confidence: float = 0.0
    ) -> Iterator[Edge]:
        """The edges (of ``relations``, at least ``min_confidence``), in a stable order."""
        _check("relation", relations, RELATION_TYPES)
        for edge in sorted(self.kg.edges, key=lambda e: (e.subject, e.type, e.object)):
            if (relations is None or edge.type in relations) and edge.confidence >= min_confidence:
                yield edge

    def node(self, iri: str) -> Node:
        """The node with IRI ``iri``."""
        try:
            return self.kg.nodes[iri]
        except KeyError:
            raise UnknownNameError("node", iri, [*sorted(self.kg.nodes)[:5], "…"]) from None

    def find(self, name: str, type: str | None = None) -> Node:
        """The node whose label or an alias is ``name`` (of ``type``, when given).

        The label wins over an alias; among several, the node with the most articles.
        """
        matches = [
            n
            for n in self.kg.nodes.values()
            if (type is None or n.type == type) and (n.label == name or name in n.aliases)
        ]
        if not matches:
            close = sorted(n.label for n in self.kg.nodes.values() if name in n.label)[:5]
            raise UnknownNameError("node named", name, close or ["(nothing close)"])
        matches.sort(key=lambda n: (n.label != name, -len(n.articles), n.iri))
        return matches[0]

    def place_chain(self, node: Node) -> list[str]:
        """A town's place chain, itself first: ['虹桥镇', '乐清市', '温州市', '浙江省']."""
        return [node.label, *split_list(node.attributes.get("parents", ""), PLACE_SEPARATOR)]

    def neighbours(self, node: Node, relation: str | None = None) -> Iterator[tuple[str, Node]]:
        """``(relation, other node)`` for every edge at ``node``, either direction."""
        for edge in self.edges(relations=None if relation is None else {relation}):
            if edge.subject == node.iri and edge.object in self.kg.nodes:
                yield edge.type, self.kg.nodes[edge.object]
            elif edge.object == node.iri and edge.subject in self.kg.nodes:
                yield edge.type, self.kg.nodes[edge.subject]

    def to_networkx(
        self,
        *,
        types: Collection[str] | None = None,
        relations: Collection[str] | None = None,
        min_confidence: float = 0.0,
    ) -> nx.MultiDiGraph:
        """The graph as a networkx ``MultiDiGraph`` (see :mod:`unionkg.ontology.property_graph`).

        Nodes carry ``type``, ``label``, ``aliases``, ``iri`` (towns ``parents``, ``level``,
        ``admin_code``); edges ``relation``, ``confidence``, ``evidence`` (how many pieces).

        >>> from unionkg.model import Edge, KnowledgeGraph, Node
        >>> u, p = "https://w3id.org/unionkg/id/u/1", "https://w3id.org/unionkg/id/p/2"
        >>> kg = KnowledgeGraph({u: Node(u, "Union", "启衡电器有限公司工会"),
        ...                      p: Node(p, "Official", "林启明")}, [Edge(u, "chairedBy", p)])
        >>> g = Graph(kg).to_networkx(relations={"chairedBy"})
        >>> [(g.nodes[a]["label"], d["relation"], g.nodes[b]["label"])
        ...  for a, b, d in g.edges(data=True)]
        [('启衡电器有限公司工会', 'chairedBy', '林启明')]
        """
        _check("entity type", types, ENTITY_TYPES)
        _check("relation", relations, RELATION_TYPES)
        return to_networkx(self.kg, types=types, relations=relations, min_confidence=min_confidence)


def load(path: str | os.PathLike[str]) -> Graph:
    """Read a build directory, an Oxigraph store or an RDF file unionkg wrote.

    >>> import tempfile, pathlib
    >>> from unionkg.model import KnowledgeGraph, Node
    >>> from unionkg.pipeline import export_graph
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> town = Node("https://w3id.org/unionkg/id/t/1", "Town", "柳市镇")
    >>> _ = export_graph(KnowledgeGraph({town.iri: town}), folder, ["turtle"])
    >>> load(folder)
    <Graph: 1 nodes, 0 edges, 0 articles>
    """
    return Graph(read_graph(os.fspath(path)))
