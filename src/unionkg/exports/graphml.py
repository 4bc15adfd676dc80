"""The graph as GraphML, for Gephi and networkx.

The nodes and edges are the property graph of :func:`unionkg.ontology.property_graph.to_networkx`
(re-exported here): nodes are entity IRIs with ``type``, ``label``, ``aliases`` (sorted, joined by
``" | "``) and ``iri`` (towns add ``admin_code``, ``level`` and ``parents``); edges carry
``relation``, ``confidence``, ``evidence`` (how many pieces of evidence) and ``titles``.
Everything is added in sorted order, so the same graph always writes the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import networkx as nx

from ..model import KnowledgeGraph
from ..ontology.property_graph import ALIAS_SEPARATOR, to_networkx
from .files import PathOrFile, write_chunks

__all__ = ["ALIAS_SEPARATOR", "generate_graphml", "to_networkx", "write_graphml"]


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
