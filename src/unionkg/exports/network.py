"""The graph for network tools: GEXF for Gephi and node-link JSON for d3.

Both hold the property graph of :func:`unionkg.ontology.property_graph.to_networkx`, so they
have the same nodes, edges and attributes as ``graph.graphml``, and both are written a node or an
edge at a time from :func:`~unionkg.ontology.property_graph.property_nodes` and
:func:`~unionkg.ontology.property_graph.property_edges` (sorted: the same graph always writes the
same bytes):

- ``graph.gexf`` (GEXF 1.2, laid out as networkx writes it): Gephi shows each node's ``label``
  and can colour by ``type``; the other node attributes (``parents`` among them, as a plain
  attribute: GEXF's own ``parents`` is a hierarchy of nodes) and the edges' ``relation``,
  ``confidence``, ``evidence``, ``titles`` and ``networkx_key`` are GEXF attributes. Gephi's
  ``viz:`` elements carry what the explorer draws: each node's colour and shape (by type), its
  size (by its number of edges) and its position (the explorer's layout, y pointing up as in
  Gephi); each edge's colour (by relation) and thickness (by confidence).
  ``nx.read_gexf`` reads it back, the ``viz`` elements as a node's ``viz`` attribute.
- ``graph.nodelink.json`` (networkx's node-link form, the shape d3-force takes): ``nodes`` with
  ``id`` and attributes, ``links`` with ``source``, ``target``, ``key`` and attributes.
  ``nx.node_link_graph(data, edges="links")`` reads it back.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterator
from typing import Any

from ..model import KnowledgeGraph
from ..ontology.property_graph import (
    EDGE_ATTRIBUTES,
    NODE_ATTRIBUTES,
    property_edges,
    property_nodes,
)
from .explorer.data import node_positions
from .explorer.styles import RELATION_STYLES, TYPE_STYLES, UNKNOWN_TYPE
from .files import PathOrFile, write_chunks
from .markup import xml_attribute

__all__ = ["generate_gexf", "generate_nodelink", "node_size", "write_gexf", "write_nodelink"]

_GEXF_HEAD = """\
<?xml version='1.0' encoding='utf-8'?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" \
version="1.2">
  <meta>
    <creator>unionkg</creator>
  </meta>
  <graph defaultedgetype="directed" mode="static" name="">
"""
_NODE_ATTRIBUTES = ("type", "aliases", "iri", *NODE_ATTRIBUTES)  # the label is the node's own
_EDGE_ATTRIBUTES = (*EDGE_ATTRIBUTES, "networkx_key")
_TYPES = {"confidence": "double", "evidence": "long"}  # every other attribute is a string
# the explorer's vis-network shapes in GEXF's few (disc, square, triangle, diamond)
_GEXF_SHAPES = {"dot": "disc", "square": "square", "triangle": "triangle", "diamond": "diamond",
                "triangleDown": "triangle", "hexagon": "disc"}  # fmt: skip


def _viz_color(hex_color: str) -> str:
    red, green, blue = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return f'<viz:color r="{red}" g="{green}" b="{blue}" />'


def node_size(degree: int) -> float:
    """A node's size by its number of edges, as the explorer draws it.

    >>> node_size(0), node_size(4), node_size(1000)
    (8.0, 13.0, 26.0)
    """
    return round(8 + min(18.0, 2.5 * math.sqrt(degree)), 2)


def _node_viz(node_type: str, degree: int, position: tuple[int, int], indent: str) -> str:
    style = TYPE_STYLES.get(node_type, UNKNOWN_TYPE)
    x, y = position
    return (
        f"{indent}{_viz_color(style.color)}\n"
        f'{indent}<viz:size value="{node_size(degree)}" />\n'
        f'{indent}<viz:shape value="{_GEXF_SHAPES.get(style.shape, "disc")}" />\n'
        f'{indent}<viz:position x="{float(x)}" y="{float(-y)}" z="0.0" />\n'
    )


def _edge_viz(relation: str, confidence: float, indent: str) -> str:
    style = RELATION_STYLES.get(relation)
    color = f"{indent}{_viz_color(style.color)}\n" if style else ""
    return f'{color}{indent}<viz:thickness value="{round(0.5 + 2 * confidence, 3)}" />\n'


def _declarations() -> tuple[str, dict[str, str], dict[str, str]]:
    """The ``<attributes>`` blocks, and the attribute ids of node and edge attributes."""
    edge_ids = {name: str(i) for i, name in enumerate(_EDGE_ATTRIBUTES)}
    node_ids = {name: str(i) for i, name in enumerate(_NODE_ATTRIBUTES, start=len(edge_ids))}
    blocks = []
    for kind, ids in (("edge", edge_ids), ("node", node_ids)):
        lines = [f'    <attributes mode="static" class="{kind}">\n']
        lines += [
            f'      <attribute id="{key}" title="{name}" type="{_TYPES.get(name, "string")}" />\n'
            for name, key in ids.items()
        ]
        blocks.append("".join(lines) + "    </attributes>\n")
    return "".join(blocks), node_ids, edge_ids


def _attvalues(ids: dict[str, str], attributes: dict[str, Any], indent: str) -> str:
    values = "".join(
        f'{indent}  <attvalue for="{ids[name]}" value={xml_attribute(value)} />\n'
        for name, value in attributes.items()
    )
    return f"{indent}<attvalues>\n{values}{indent}</attvalues>\n"


def generate_gexf(kg: KnowledgeGraph) -> Iterator[str]:
    """The graph as GEXF 1.2 text (Gephi).

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> kg = KnowledgeGraph(nodes={"x": Node("x", "Town", "柳市镇")})
    >>> text = "".join(generate_gexf(kg))
    >>> 'label="柳市镇"' in text, "lastmodifieddate" in text
    (True, False)
    """
    declarations, node_ids, edge_ids = _declarations()
    positions = node_positions(kg)
    degree = Counter(end for edge in kg.edges for end in (edge.subject, edge.object))
    yield _GEXF_HEAD + declarations + "    <nodes>\n"
    for iri, attributes in property_nodes(kg):
        label = attributes.pop("label")
        viz = _node_viz(attributes["type"], degree[iri], positions.get(iri, (0, 0)), " " * 8)
        yield (
            f"      <node id={xml_attribute(iri)} label={xml_attribute(label)}>\n"
            f"{_attvalues(node_ids, attributes, ' ' * 8)}{viz}      </node>\n"
        )
    yield "    </nodes>\n    <edges>\n"
    for number, (subject, obj, key, attributes) in enumerate(property_edges(kg)):
        ends = f"source={xml_attribute(subject)} target={xml_attribute(obj)}"
        values = _attvalues(edge_ids, {**attributes, "networkx_key": key}, " " * 8)
        viz = _edge_viz(attributes["relation"], attributes["confidence"], " " * 8)
        yield f'      <edge {ends} id="{number}">\n{values}{viz}      </edge>\n'
    yield "    </edges>\n  </graph>\n</gexf>\n"


def _items(name: str, items: Iterator[dict[str, Any]], last: bool) -> Iterator[str]:
    """One list of the node-link document, an item at a time (laid out as ``indent=1``)."""
    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n  ")
        yield (f' "{name}": [\n  ' if first else ",\n  ") + text
        first = False
    yield (f' "{name}": []' if first else "\n ]") + ("\n" if last else ",\n")


def generate_nodelink(kg: KnowledgeGraph) -> Iterator[str]:
    """The graph as node-link JSON (``nodes`` and ``links``, as d3-force takes them).

    >>> from unionkg.model import Edge, KnowledgeGraph, Node
    >>> a, b = "https://w3id.org/unionkg/id/u/1", "https://w3id.org/unionkg/id/t/2"
    >>> kg = KnowledgeGraph({a: Node(a, "Union", "柳市镇总工会"), b: Node(b, "Town", "柳市镇")},
    ...                     [Edge(a, "locatedIn", b)])
    >>> data = json.loads("".join(generate_nodelink(kg)))
    >>> [n["label"] for n in data["nodes"]], data["links"][0]["relation"]
    (['柳市镇', '柳市镇总工会'], 'locatedIn')
    """
    yield '{\n "directed": true,\n "multigraph": true,\n "graph": {},\n'
    nodes = ({**attributes, "id": iri} for iri, attributes in property_nodes(kg))
    yield from _items("nodes", nodes, last=False)
    links = (
        {**attributes, "source": subject, "target": obj, "key": key}
        for subject, obj, key, attributes in property_edges(kg)
    )
    yield from _items("links", links, last=True)
    yield "}\n"


def write_gexf(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the graph as GEXF (``graph.gexf``), atomically when given a path."""
    write_chunks(generate_gexf(kg), path_or_file)


def write_nodelink(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the graph as node-link JSON (``graph.nodelink.json``), atomically given a path."""
    write_chunks(generate_nodelink(kg), path_or_file)
