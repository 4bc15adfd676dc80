"""The graph for network tools: GEXF for Gephi and node-link JSON for d3.

Both are written from the property graph of
:func:`unionkg.ontology.property_graph.to_networkx`, so they hold the same nodes, edges and
attributes as ``graph.graphml``:

- ``graph.gexf`` (GEXF 1.2, networkx's writer): Gephi shows each node's ``label`` and can colour
  by ``type``; edges keep ``relation``, ``confidence``, ``evidence`` and ``titles``. networkx's
  writer stamps the day it wrote the file; that stamp is left out, so the same graph always
  writes the same bytes. ``nx.read_gexf`` reads it back.
- ``graph.nodelink.json`` (networkx's node-link form, the shape d3-force takes): ``nodes`` with
  ``id`` and attributes, ``links`` with ``source``, ``target``, ``key`` and attributes.
  ``nx.node_link_graph(data, edges="links")`` reads it back.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator

import networkx as nx

from ..model import KnowledgeGraph
from ..ontology.property_graph import to_networkx
from .files import PathOrFile, write_chunks

__all__ = ["generate_gexf", "generate_nodelink", "write_gexf", "write_nodelink"]

_STAMP = re.compile(r'(<meta) lastmodifieddate="[^"]*"')


def generate_gexf(kg: KnowledgeGraph) -> Iterator[str]:
    """The graph as GEXF 1.2 text (Gephi).

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> kg = KnowledgeGraph(nodes={"x": Node("x", "Town", "柳市镇")})
    >>> text = "".join(generate_gexf(kg))
    >>> 'label="柳市镇"' in text, "lastmodifieddate" in text
    (True, False)
    """
    buffer = io.BytesIO()
    nx.write_gexf(to_networkx(kg), buffer, encoding="utf-8", prettyprint=True)
    yield _STAMP.sub(r"\1", buffer.getvalue().decode("utf-8"), count=1)


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
    data = nx.node_link_data(to_networkx(kg), edges="links")
    yield json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write_gexf(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the graph as GEXF (``graph.gexf``), atomically when given a path."""
    write_chunks(generate_gexf(kg), path_or_file)


def write_nodelink(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the graph as node-link JSON (``graph.nodelink.json``), atomically given a path."""
    write_chunks(generate_nodelink(kg), path_or_file)
