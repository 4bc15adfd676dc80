"""The graph as Turtle, TriG and JSON-LD, byte for byte the same for the same graph.

- Turtle (``graph.ttl``): every statement, the per-article evidence graphs merged in.
- TriG (``graph.trig``): the default graph, then one named graph per article holding its
  evidence (see :mod:`unionkg.ontology.rdf` for the modelling and the provenance query).
- JSON-LD (``graph.jsonld``): the same dataset, named graphs included, with a prefix context.

Output is deterministic and streamed: :func:`unionkg.ontology.iter_quads` gives the statements in
a fixed order (by graph, subject, predicate, object), one subject or one article's graph at a
time, and there are no blank nodes. Turtle and TriG are written by pyoxigraph's serializer, a
batch of statements per call, cut between subjects, so no call holds more than a batch; JSON-LD
is written one node object at a time. Memory grows with the graph, not with its statements or
the size of the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, XSD

from ..model import KnowledgeGraph
from ..ontology import PREFIXES, iter_quads
from .files import PathOrFile, write_chunks

__all__ = [
    "generate_jsonld",
    "generate_trig",
    "generate_turtle",
    "write_jsonld",
    "write_trig",
    "write_turtle",
]

BATCH = 20_000
"""About this many statements go to the serializer in one call."""

_PLAIN = {str(XSD.string), str(RDF.langString)}  # datatypes JSON-LD writes as none
_encode_string = json.encoder.encode_basestring  # the C function json.dumps uses
_TYPE = str(RDF.type)


def _batches(kg: KnowledgeGraph) -> Iterator[list[ox.Quad]]:
    """The graph's statements in batches of about :data:`BATCH`, cut between groups (a subject
    of the default graph, or an article's whole graph, so a named graph is written once)."""
    batch: list[ox.Quad] = []
    for group in iter_quads(kg):
        batch.extend(group)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _serialize(statements: Iterable[Any], rdf_format: ox.RdfFormat, prefixed: bool = True) -> bytes:
    """``statements`` serialized in ``rdf_format`` (with our prefixes unless not ``prefixed``)."""
    return (
        ox.serialize(statements, format=rdf_format, prefixes=PREFIXES if prefixed else None) or b""
    )


def _prefix_header(rdf_format: ox.RdfFormat) -> bytes:
    """The ``@prefix`` lines the serializer starts its output with."""
    probe = ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.NamedNode("urn:x:o"))
    statements: list[Any] = [probe if rdf_format == ox.RdfFormat.TRIG else probe.triple]
    bare = _serialize(statements, rdf_format, prefixed=False)
    with_prefixes = _serialize(statements, rdf_format)
    return with_prefixes.removesuffix(bare)


def _serialized(kg: KnowledgeGraph, rdf_format: ox.RdfFormat) -> Iterator[str]:
    """The graph in ``rdf_format`` (Turtle: the graphs merged), one batch at a time."""
    header = _prefix_header(rdf_format)
    yield header.decode("utf-8")
    for batch in _batches(kg):
        statements: Iterable[Any] = batch
        if rdf_format == ox.RdfFormat.TURTLE:
            statements = (quad.triple for quad in batch)
        yield _serialize(statements, rdf_format).removeprefix(header).decode("utf-8")


def generate_turtle(kg: KnowledgeGraph) -> Iterator[str]:
    """The whole graph as Turtle, evidence included.

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> kg = KnowledgeGraph(nodes={"https://w3id.org/unionkg/id/t/1":
    ...     Node("https://w3id.org/unionkg/id/t/1", "Town", "虹桥镇")})
    >>> print("".join(generate_turtle(kg)).splitlines()[-2:])
    ['<https://w3id.org/unionkg/id/t/1> a ukg:Town ;', '\\trdfs:label "虹桥镇"@zh .']
    """
    yield from _serialized(kg, ox.RdfFormat.TURTLE)


def generate_trig(kg: KnowledgeGraph) -> Iterator[str]:
    """The graph as TriG: the default graph, then a named graph of evidence per article.

    >>> from unionkg.model import Edge, Evidence, KnowledgeGraph
    >>> ev = Evidence("a1", "甲工会与乙公司签约。", 0, 10, "partner/v1", 0.8)
    >>> kg = KnowledgeGraph(edges=[Edge("https://w3id.org/unionkg/id/u/1", "partneredWith",
    ...     "https://w3id.org/unionkg/id/c/2", [ev])])
    >>> [line for line in "".join(generate_trig(kg)).splitlines() if line.endswith("{")]
    ['<https://w3id.org/unionkg/id/article/a1> {']
    """
    yield from _serialized(kg, ox.RdfFormat.TRIG)


@lru_cache(maxsize=4096)
def _compact(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and iri[len(namespace) :].isidentifier():
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _jsonld_value(term: Any) -> Any:
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value not in _PLAIN:
            return {"@value": term.value, "@type": _compact(term.datatype.value)}
        return term.value
    return {"@id": term.value}


def _jsonld_nodes(quads: list[ox.Quad]) -> Iterator[dict[str, Any]]:
    """One node object per subject of ``quads`` (sorted by subject)."""
    start = 0
    while start < len(quads):
        subject = quads[start].subject
        end = start
        node: dict[str, Any] = {"@id": subject.value}  # type: ignore[union-attr]
        properties: dict[str, list[Any]] = {}
        while end < len(quads) and quads[end].subject == subject:
            predicate, obj = quads[end].predicate.value, quads[end].object
            if predicate == _TYPE and isinstance(obj, ox.NamedNode):
                node.setdefault("@type", []).append(_compact(obj.value))
            else:
                properties.setdefault(_compact(predicate), []).append(_jsonld_value(obj))
            end += 1
        for key in sorted(properties):
            values = properties[key]
            node[key] = values[0] if len(values) == 1 else values
        yield node
        start = end


def _indented(value: Any, level: int) -> str:
    """``value`` as indented JSON, to stand ``level`` levels deep in the document: the text of
    ``json.dumps(value, ensure_ascii=False, indent=2)`` with every line but the first indented
    ``level`` more, written here because the standard library's C encoder does no indenting
    (on Python < 3.13 its pure-Python one took most of the JSON-LD export's time).

    >>> value = {"@id": "x", "n": [1, 2.5, True, None, {}, [], '引"号'], "o": {"k": "v"}}
    >>> _indented(value, 1) == json.dumps(value, ensure_ascii=False, indent=2).replace(
    ...     "\\n", "\\n  ")
    True
    """
    parts: list[str] = []
    _write_json(value, "\n" + "  " * level, parts)
    return "".join(parts)


def _write_json(value: Any, newline: str, parts: list[str]) -> None:
    if isinstance(value, str):
        parts.append(_encode_string(value))
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, item in value.items():
            parts.append(separator + _encode_string(key) + ": ")
            _write_json(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "}")
    elif isinstance(value, list):
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            parts.append(separator)
            _write_json(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "]")
    else:
        parts.append(json.dumps(value))


def generate_jsonld(kg: KnowledgeGraph) -> Iterator[str]:
    """The graph as JSON-LD 1.1: default-graph nodes, then one ``@graph`` object per article.

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> kg = KnowledgeGraph(nodes={"https://w3id.org/unionkg/id/t/1":
    ...     Node("https://w3id.org/unionkg/id/t/1", "Town", "虹桥镇")})
    >>> json.loads("".join(generate_jsonld(kg)))["@graph"][0]["rdfs:label"]
    {'@value': '虹桥镇', '@language': 'zh'}
    """
    context = _indented(dict(sorted(PREFIXES.items())), 1)
    yield f'{{\n  "@context": {context},\n  "@graph": ['
    separator = "\n    "
    for group in iter_quads(kg):
        if not group:
            continue
        graph = group[0].graph_name
        nodes: Iterable[dict[str, Any]] = _jsonld_nodes(group)
        if isinstance(graph, ox.NamedNode):
            nodes = [{"@id": graph.value, "@graph": list(nodes)}]
        for node in nodes:
            yield separator + _indented(node, 2)
            separator = ",\n    "
    yield ("]" if separator == "\n    " else "\n  ]") + "\n}\n"


def write_turtle(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the whole graph as Turtle (``graph.ttl``), atomically when given a path."""
    write_chunks(generate_turtle(kg), path_or_file)


def write_trig(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the graph as TriG with a named graph per article (``graph.trig``)."""
    write_chunks(generate_trig(kg), path_or_file)


def write_jsonld(kg: KnowledgeGraph, path_or_file: PathOrFile) -> None:
    """Write the graph as JSON-LD (``graph.jsonld``)."""
    write_chunks(generate_jsonld(kg), path_or_file)
