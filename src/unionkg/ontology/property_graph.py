"""The knowledge graph as a property graph: a networkx ``MultiDiGraph``.

One view shared by the exporters that speak property graphs (GraphML, GEXF, node-link JSON,
Neo4j) and by the analytics, so every tool sees the same nodes, edges and attributes:

- nodes are entity IRIs with ``type``, ``label``, ``aliases`` (sorted, joined by ``" | "``) and
  ``iri``, plus what the entity knows of itself: ``founded``; for towns ``admin_code``, ``level``
  and ``parents`` (the place chain, most specific first, joined by ``"/"``: 乐清市/温州市/浙江省);
- edges are keyed by relation name and carry ``relation``, ``confidence`` (the best evidence's),
  ``evidence`` (how many pieces of evidence) and ``titles`` (posts, joined by ``" | "``).

Everything is added in sorted order, so the same graph always gives the same networkx graph
(and the same bytes in every file written from it). Attribute values are strings and numbers
only, which every networkx writer accepts. :func:`property_nodes` and :func:`property_edges` give
the same nodes and edges one at a time, for writers that stream them instead of building a
networkx graph (which takes about a kilobyte a node or edge).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

import networkx as nx

from ..model import Edge, KnowledgeGraph

__all__ = [
    "ALIAS_SEPARATOR",
    "EDGE_ATTRIBUTES",
    "NODE_ATTRIBUTES",
    "PLACE_SEPARATOR",
    "property_edges",
    "property_nodes",
    "split_list",
    "to_networkx",
]

ALIAS_SEPARATOR = " | "
"""How lists (aliases, titles) are joined into one attribute value."""

PLACE_SEPARATOR = "/"
"""How a town's place chain (``parents``) is joined, most specific place first."""

NODE_ATTRIBUTES = ("founded", "admin_code", "level", "parents")
"""The entity attributes a node carries when it has them (besides type, label, aliases, iri)."""

EDGE_ATTRIBUTES = ("relation", "confidence", "evidence", "titles")
"""The attributes every edge carries."""


def split_list(value: str, separator: str = ALIAS_SEPARATOR) -> list[str]:
    """An attribute joined by :data:`ALIAS_SEPARATOR` (or ``separator``) as a list.

    >>> split_list("柳市镇总工会 | 柳市总工会")
    ['柳市镇总工会', '柳市总工会']
    >>> split_list("")
    []
    >>> split_list("乐清市/温州市", PLACE_SEPARATOR)
    ['乐清市', '温州市']
    """
    return [part for part in value.split(separator) if part]


def _kept_edges(
    kg: KnowledgeGraph,
    types: Collection[str] | None,
    relations: Collection[str] | None,
    min_confidence: float,
) -> Iterator[Edge]:
    """The edges that pass the filters, sorted, one per subject, relation and object (the last
    given, as networkx keeps the last attributes set on an edge)."""
    last: Edge | None = None
    for edge in sorted(kg.edges, key=lambda e: (e.subject, e.type, e.object)):
        if relations is not None and edge.type not in relations:
            continue
        if edge.confidence < min_confidence:
            continue
        ends = (edge.subject, edge.object)
        if types is not None and not all(
            end in kg.nodes and kg.nodes[end].type in types for end in ends
        ):
            continue
        if last is not None and (last.subject, last.type, last.object) != (
            edge.subject, edge.type, edge.object,
        ):  # fmt: skip
            yield last
        last = edge
    if last is not None:
        yield last


def property_nodes(
    kg: KnowledgeGraph,
    *,
    types: Collection[str] | None = None,
    relations: Collection[str] | None = None,
    min_confidence: float = 0.0,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The nodes of :func:`to_networkx` (same filters), in its order: each IRI and attributes.

    >>> from unionkg.model import Edge, KnowledgeGraph, Node
    >>> a, b = "https://w3id.org/unionkg/id/u/1", "https://w3id.org/unionkg/id/t/2"
    >>> kg = KnowledgeGraph({a: Node(a, "Union", "柳市镇总工会", {"柳市总工会"})},
    ...                     [Edge(a, "locatedIn", b)])
    >>> [(iri[-3:], data["label"], data["aliases"]) for iri, data in property_nodes(kg)]
    [('u/1', '柳市镇总工会', '柳市总工会'), ('t/2', 'https://w3id.org/unionkg/id/t/2', '')]
    """
    for iri in sorted(kg.nodes):
        node = kg.nodes[iri]
        if types is not None and node.type not in types:
            continue
        extra = {k: node.attributes[k] for k in NODE_ATTRIBUTES if node.attributes.get(k)}
        aliases = ALIAS_SEPARATOR.join(sorted(node.aliases - {node.label}))
        yield iri, {"type": node.type, "label": node.label, "aliases": aliases, "iri": iri, **extra}
    if types is not None:  # an edge kept then has both ends among the nodes
        return
    seen: set[str] = set()
    for edge in _kept_edges(kg, types, relations, min_confidence):
        for end in (edge.subject, edge.object):
            if end not in kg.nodes and end not in seen:  # a node the graph does not describe
                seen.add(end)
                yield end, {"type": "", "label": end, "aliases": "", "iri": end}


def property_edges(
    kg: KnowledgeGraph,
    *,
    types: Collection[str] | None = None,
    relations: Collection[str] | None = None,
    min_confidence: float = 0.0,
) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """The edges of :func:`to_networkx` (same filters), sorted: subject, object, key (the
    relation) and attributes.

    >>> from unionkg.model import Edge, Evidence, KnowledgeGraph
    >>> ev = Evidence("a1", "林启明任主席。", 0, 7, "chair-title/v1", 0.85)
    >>> kg = KnowledgeGraph(edges=[Edge("u", "chairedBy", "p", [ev], {"主席"})])
    >>> list(property_edges(kg))
    [('u', 'p', 'chairedBy', {'relation': 'chairedBy', 'confidence': 0.85, 'evidence': 1, \
'titles': '主席'})]
    """
    for edge in _kept_edges(kg, types, relations, min_confidence):
        yield (
            edge.subject,
            edge.object,
            edge.type,
            {
                "relation": edge.type,
                "confidence": round(edge.confidence, 4),
                "evidence": len(edge.evidence),
                "titles": ALIAS_SEPARATOR.join(sorted(edge.titles)),
            },
        )


def to_networkx(
    kg: KnowledgeGraph,
    *,
    types: Collection[str] | None = None,
    relations: Collection[str] | None = None,
    min_confidence: float = 0.0,
) -> nx.MultiDiGraph:
    """The graph as a networkx ``MultiDiGraph`` keyed by IRI; edge keys are relation names.

    ``types`` keeps only nodes of those entity types (and the edges between them),
    ``relations`` only edges of those relations, ``min_confidence`` only edges whose best
    evidence is at least that confident.

    >>> from unionkg.model import Edge, Evidence, KnowledgeGraph, Node
    >>> a, b = "https://w3id.org/unionkg/id/u/1", "https://w3id.org/unionkg/id/t/2"
    >>> town = Node(b, "Town", "柳市镇", attributes={"parents": "乐清市/温州市/浙江省"})
    >>> ev = Evidence("a1", "柳市镇总工会成立。", 0, 9, "place-prefix/v1", 0.9)
    >>> kg = KnowledgeGraph({a: Node(a, "Union", "柳市镇总工会"), b: town},
    ...                     [Edge(a, "locatedIn", b, [ev])])
    >>> g = to_networkx(kg)
    >>> g.nodes[a]["label"], g.nodes[b]["parents"], list(g.edges(keys=True))[0][2]
    ('柳市镇总工会', '乐清市/温州市/浙江省', 'locatedIn')
    >>> g.edges[a, b, "locatedIn"]["confidence"], g.edges[a, b, "locatedIn"]["evidence"]
    (0.9, 1)
    >>> to_networkx(kg, types={"Union"}).number_of_edges()
    0
    >>> to_networkx(kg, min_confidence=0.95).number_of_edges()
    0
    """
    filters: dict[str, Any] = {
        "types": types, "relations": relations, "min_confidence": min_confidence,
    }  # fmt: skip
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(property_nodes(kg, **filters))
    graph.add_edges_from(property_edges(kg, **filters))
    return graph
