"""The graph as GraphML, for Gephi and networkx.

The nodes and edges are the property graph of :func:`unionkg.ontology.property_graph.to_networkx`
(re-exported here): nodes are entity IRIs with ``type``, ``label``, ``aliases`` (sorted, joined by
``" | "``) and ``iri`` (towns add ``admin_code``, ``level`` and ``parents``); edges carry
``relation``, ``confidence``, ``evidence`` (how many pieces of evidence) and ``titles``, and
their ``id`` is the relation (networkx reads it as the edge key).

The file is written a node or an edge at a time from
:func:`~unionkg.ontology.property_graph.property_nodes` and
:func:`~unionkg.ontology.property_graph.property_edges`, in their sorted order, so the same graph
always writes the same bytes and no whole-graph structure is built to write it.
``nx.read_graphml(path, force_multigraph=True)`` reads it back.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import KnowledgeGraph
from ..ontology.property_graph import (
    ALIAS_SEPARATOR,
    EDGE_ATTRIBUTES,
    NODE_ATTRIBUTES,
    property_edges,
    property_nodes,
    to_networkx,
)
from .files import PathOrFile, write_chunks
from .markup import xml_attribute, xml_text

__all__ = ["ALIAS_SEPARATOR", "generate_graphml", "to_networkx", "write_graphml"]

_HEAD = """\
<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
"""
_NODE_KEYS = ("type", "label", "aliases", "iri", *NODE_ATTRIBUTES)
_TYPES = {"confidence": "double", "evidence": "long"}  # every other attribute is a string


def _keys() -> tuple[str, dict[str, str], dict[str, str]]:
    """The ``<key>`` declarations, and the key ids of node and edge attributes by name."""
    node_ids = {name: f"d{i}" for i, name in enumerate(_NODE_KEYS)}
    edge_ids = {name: f"d{i}" for i, name in enumerate(EDGE_ATTRIBUTES, start=len(node_ids))}
    lines = [
        f'  <key id="{key}" for="{kind}" attr.name="{name}" '
        f'attr.type="{_TYPES.get(name, "string")}"/>\n'
        for kind, ids in (("node", node_ids), ("edge", edge_ids))
        for name, key in ids.items()
    ]
    return "".join(lines), node_ids, edge_ids


def _data(ids: dict[str, str], attributes: dict[str, object]) -> str:
    return "".join(
        f'    <data key="{ids[name]}">{xml_text(value)}</data>\n'
        for name, value in attributes.items()
    )


def generate_graphml(kg: KnowledgeGraph) -> Iterator[str]:
    """The graph as GraphML text (UTF-8, with an XML declaration).

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> kg = KnowledgeGraph(nodes={"x": Node("x", "Town", "柳市镇")})
    >>> "柳市镇" in "".join(generate_graphml(kg))
    True
    """
    keys, node_ids, edge_ids = _keys()
    yield _HEAD + keys + '  <graph edgedefault="directed">\n'
    for iri, attributes in property_nodes(kg):
        yield f"  <node id={xml_attribute(iri)}>\n{_data(node_ids, attributes)}  </node>\n"
    for subject, obj, key, attributes in property_edges(kg):
        ends = f"source={xml_attribute(subject)} target={xml_attribute(obj)}"
        yield (f"  <edge {ends} id={xml_attribute(key)}>\n{_data(edge_ids, attributes)}  </edge>\n")
    yield "  </graph>\n</graphml>\n"


def write_graphml(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the graph as GraphML (``graph.graphml``), atomically when given a path."""
    write_chunks(generate_graphml(kg), path_or_file)
