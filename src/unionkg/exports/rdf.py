"""The graph as Turtle, TriG and JSON-LD, byte for byte the same for the same graph.

- Turtle (``graph.ttl``): every statement, the per-article evidence graphs merged in.
- TriG (``graph.trig``): the default graph, then one named graph per article holding its
  evidence (see :mod:`unionkg.ontology.rdf` for the modelling and the provenance query).
- JSON-LD (``graph.jsonld``): the same dataset, named graphs included, with a prefix context.

Output is deterministic: statements are sorted (:func:`unionkg.ontology.to_quads`) and there are
no blank nodes. rdflib's Turtle serializer sorts subjects, properties and objects, so Turtle is
its output; its TriG and JSON-LD serializers follow the store's order and, on rdflib 7.x's
``Dataset``, warn of its own deprecated methods, so TriG is assembled here from sorted Turtle
bodies and JSON-LD is written directly from the sorted statements.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import groupby
from typing import Any

from rdflib import RDF, Graph, Literal, URIRef

from ..model import KnowledgeGraph
from ..ontology import PREFIXES, bind_prefixes, to_quads
from ..ontology.rdf import Quad
from .files import PathOrFile, write_chunks

__all__ = [
    "generate_jsonld",
    "generate_trig",
    "generate_turtle",
    "write_jsonld",
    "write_trig",
    "write_turtle",
]


def _graph(quads: list[Quad]) -> Graph:
    graph = Graph(bind_namespaces="none")
    bind_prefixes(graph.namespace_manager)
    for subject, predicate, obj, _ in quads:
        graph.add((subject, predicate, obj))
    return graph


def _split_prefixes(turtle: str) -> tuple[list[str], str]:
    """Turtle text as its ``@prefix`` lines and the statements after them."""
    if not turtle.startswith("@prefix"):
        return [], turtle.strip()
    header, _, body = turtle.partition("\n\n")
    return header.splitlines(), body.strip()


def generate_turtle(kg: KnowledgeGraph) -> Iterator[str]:
    """The whole graph as Turtle, evidence included.

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> kg = KnowledgeGraph(nodes={"https://w3id.org/unionkg/id/t/1":
    ...     Node("https://w3id.org/unionkg/id/t/1", "Town", "虹桥镇")})
    >>> print("".join(generate_turtle(kg)).splitlines()[-3])
    <https://w3id.org/unionkg/id/t/1> a ukg:Town ;
    """
    yield _graph(to_quads(kg)).serialize(format="turtle")


def generate_trig(kg: KnowledgeGraph) -> Iterator[str]:
    """The graph as TriG: the default graph, then a named graph of evidence per article.

    >>> from unionkg.model import Edge, Evidence, KnowledgeGraph
    >>> ev = Evidence("a1", "甲工会与乙公司签约。", 0, 10, "partner/v1", 0.8)
    >>> kg = KnowledgeGraph(edges=[Edge("https://w3id.org/unionkg/id/u/1", "partneredWith",
    ...     "https://w3id.org/unionkg/id/c/2", [ev])])
    >>> [line for line in "".join(generate_trig(kg)).splitlines() if line.endswith("{")]
    ['<https://w3id.org/unionkg/id/article/a1> {']
    """
    header = {f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES.items()}
    blocks = []
    # to_quads sorts the default graph ("") first, then named graphs by IRI.
    for name, quads in groupby(to_quads(kg), key=lambda quad: quad[3]):
        prefixes, body = _split_prefixes(_graph(list(quads)).serialize(format="turtle"))
        header.update(prefixes)
        blocks.append(body if name is None else f"<{name}> {{\n{body}\n}}")
    yield "\n".join(sorted(header)) + "\n\n"
    yield "\n\n".join(blocks) + "\n"


def _compact(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and iri[len(namespace) :].isidentifier():
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _jsonld_value(obj: Any) -> Any:
    if isinstance(obj, Literal):
        if obj.language:
            return {"@value": str(obj), "@language": obj.language}
        if obj.datatype:
            return {"@value": str(obj), "@type": _compact(str(obj.datatype))}
        return str(obj)
    return {"@id": str(obj)}


def _jsonld_nodes(quads: list[Quad]) -> list[dict[str, Any]]:
    nodes = []
    for subject, statements in groupby(quads, key=lambda quad: quad[0]):
        node: dict[str, Any] = {"@id": str(subject)}
        properties: dict[str, list[Any]] = {}
        for _, predicate, obj, _ in statements:
            if predicate == RDF.type and isinstance(obj, URIRef):
                node.setdefault("@type", []).append(_compact(str(obj)))
            else:
                properties.setdefault(_compact(str(predicate)), []).append(_jsonld_value(obj))
        for key in sorted(properties):
            values = properties[key]
            node[key] = values[0] if len(values) == 1 else values
        nodes.append(node)
    return nodes


def generate_jsonld(kg: KnowledgeGraph) -> Iterator[str]:
    """The graph as JSON-LD 1.1: default-graph nodes, then one ``@graph`` object per article.

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> kg = KnowledgeGraph(nodes={"https://w3id.org/unionkg/id/t/1":
    ...     Node("https://w3id.org/unionkg/id/t/1", "Town", "虹桥镇")})
    >>> json.loads("".join(generate_jsonld(kg)))["@graph"][0]["rdfs:label"]
    {'@value': '虹桥镇', '@language': 'zh'}
    """
    document: dict[str, Any] = {"@context": dict(sorted(PREFIXES.items())), "@graph": []}
    for name, quads in groupby(to_quads(kg), key=lambda quad: quad[3]):
        nodes = _jsonld_nodes(list(quads))
        if name is None:
            document["@graph"].extend(nodes)
        else:
            document["@graph"].append({"@id": str(name), "@graph": nodes})
    yield json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_turtle(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the whole graph as Turtle (``graph.ttl``), atomically when given a path."""
    write_chunks(generate_turtle(kg), path_or_file)


def write_trig(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the graph as TriG with a named graph per article (``graph.trig``)."""
    write_chunks(generate_trig(kg), path_or_file)


def write_jsonld(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the graph as JSON-LD (``graph.jsonld``)."""
    write_chunks(generate_jsonld(kg), path_or_file)
