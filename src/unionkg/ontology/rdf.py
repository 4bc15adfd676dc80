"""The knowledge graph as RDF: entities, direct edges and articles, with provenance per article.

Modelling (the vocabulary is ``unionkg.ttl``; ``ukg:`` is ``https://w3id.org/unionkg/ontology#``):

- The **default graph** holds every entity (``<iri> a ukg:Union ; rdfs:label "…"@zh ;
  skos:altLabel "…"@zh``), every direct edge (``<s> ukg:chairedBy <o>``) and every article
  (``<article> a ukg:Article ; schema:headline … ; schema:url … ; schema:datePublished …``).
- Each article has a **named graph whose name is the article's IRI**. It holds one ``ukg:Evidence``
  node per piece of evidence that article gives: the edge it supports (``rdf:subject``,
  ``rdf:predicate``, ``rdf:object``), ``prov:wasDerivedFrom`` the article, ``ukg:sentence``,
  ``ukg:startOffset``, ``ukg:endOffset``, ``ukg:extractor`` (the rule) and ``ukg:confidence``, plus
  the edge's ``ukg:title`` / ``ukg:date`` when it has them. Evidence IRIs are a hash of what they
  say (:func:`evidence_iri`): no blank nodes, so every run writes the same triples.
- The same named graph holds the **merge log** of what the article contributed to each entity:
  ``<entity> ukg:mergeNote <note>`` and ``<note> a ukg:MergeNote ; ukg:form "…"@zh ;
  prov:wasDerivedFrom <article> ; ukg:reason "…"``, one note per ``MergeNote`` of the node, its
  IRI a hash of what it says (:func:`merge_note_iri`). :data:`MERGE_QUERY` lists them.

:data:`PROVENANCE_QUERY` returns, for every direct edge, the article, sentence, offsets and
extractor behind it; add ``VALUES`` (or ``FILTER``) on ``?subject ?relation ?object`` to ask about
one edge. It runs unchanged in rdflib (on a ``Dataset``) and in Oxigraph (on a ``Store``); the
README's "Provenance in SPARQL" shows it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from decimal import Decimal

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import PROV, NamespaceManager
from rdflib.term import Node as RDFNode

from ..model import ID_BASE, Article, Edge, Evidence, KnowledgeGraph, MergeNote, Node, article_iri
from .namespace import UKG

__all__ = [
    "MERGE_QUERY",
    "PREFIXES",
    "PROVENANCE_QUERY",
    "SCHEMA",
    "Quad",
    "bind_prefixes",
    "date_literal",
    "evidence_iri",
    "merge_note_iri",
    "to_dataset",
    "to_quads",
]

SCHEMA = Namespace("https://schema.org/")

PREFIXES: dict[str, str] = {
    "ukg": str(UKG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "xsd": str(XSD),
}

PROVENANCE_QUERY = """\
PREFIX ukg:  <https://w3id.org/unionkg/ontology#>
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?subject ?relation ?object ?article ?sentence ?start ?end ?extractor ?confidence
WHERE {
  ?subject ?relation ?object .
  GRAPH ?article {
    ?evidence a ukg:Evidence ;
      rdf:subject ?subject ; rdf:predicate ?relation ; rdf:object ?object ;
      prov:wasDerivedFrom ?article ;
      ukg:sentence ?sentence ; ukg:startOffset ?start ; ukg:endOffset ?end ;
      ukg:extractor ?extractor ; ukg:confidence ?confidence .
  }
}
ORDER BY ?subject ?relation ?object ?article ?start
"""

MERGE_QUERY = """\
PREFIX ukg:  <https://w3id.org/unionkg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?entity ?form ?article ?reason
WHERE {
  GRAPH ?article {
    ?entity ukg:mergeNote ?note .
    ?note a ukg:MergeNote ; ukg:form ?form ; prov:wasDerivedFrom ?article ; ukg:reason ?reason .
  }
}
ORDER BY ?entity ?article ?form ?reason
"""

Quad = tuple[URIRef, URIRef, RDFNode, URIRef | None]
"""A statement and the named graph it belongs to (``None``: the default graph)."""

_DATE_TYPES = (
    (re.compile(r"\d{4}"), XSD.gYear),
    (re.compile(r"\d{4}-\d{2}"), XSD.gYearMonth),
    (re.compile(r"\d{4}-\d{2}-\d{2}"), XSD.date),
    (re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?"), XSD.dateTime),
)


def date_literal(value: str) -> Literal:
    """A date as the most precise XSD type its form allows; other text stays a plain string.

    >>> date_literal("2021-08").datatype == XSD.gYearMonth
    True
    >>> date_literal("2021-08-05 10:30").datatype == XSD.dateTime
    True
    >>> date_literal("八月").datatype is None
    True
    """
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?", text):
        text = text.replace(" ", "T") + (":00" if text.count(":") == 1 else "")
    for pattern, datatype in _DATE_TYPES:
        if pattern.fullmatch(text):
            return Literal(text, datatype=datatype)
    return Literal(value)


def evidence_iri(edge: Edge, evidence: Evidence) -> URIRef:
    """The stable IRI of one piece of evidence for an edge: a hash of everything it states.

    >>> from unionkg.model import Edge, Evidence
    >>> ev = Evidence("a1", "王五当选主席。", 10, 17, "chair-title/v1", 0.9)
    >>> edge = Edge("https://w3id.org/unionkg/id/u/1", "chairedBy", "https://w3id.org/unionkg/id/p/2")
    >>> str(evidence_iri(edge, ev)).startswith("https://w3id.org/unionkg/id/evidence/")
    True
    >>> evidence_iri(edge, ev) == evidence_iri(edge, ev)
    True
    """
    parts = (edge.type, edge.subject, edge.object, evidence.start, evidence.end, evidence.rule)
    key = "\x1f".join([evidence.article_id, *map(str, parts)])
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return URIRef(f"{ID_BASE}evidence/{digest}")


def merge_note_iri(node_iri: str, note: MergeNote) -> URIRef:
    """The stable IRI of one merge note of a node: a hash of the node and what the note says.

    >>> from unionkg.model import MergeNote
    >>> note = MergeNote("某镇总工会", "a1", "same canonical name")
    >>> iri = merge_note_iri("https://w3id.org/unionkg/id/union/1", note)
    >>> str(iri).startswith("https://w3id.org/unionkg/id/merge/")
    True
    >>> iri == merge_note_iri("https://w3id.org/unionkg/id/union/1", note)
    True
    """
    key = "\x1f".join((node_iri, note.article_id, note.form, note.reason))
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return URIRef(f"{ID_BASE}merge/{digest}")


def _confidence(value: float) -> Literal:
    return Literal(Decimal(str(round(value, 4))), datatype=XSD.decimal)


def _node_quads(node: Node) -> Iterator[Quad]:
    iri = URIRef(node.iri)
    yield iri, RDF.type, UKG[node.type], None
    yield iri, RDFS.label, Literal(node.label, lang="zh"), None
    for alias in node.aliases - {node.label}:
        yield iri, SKOS.altLabel, Literal(alias, lang="zh"), None
    if founded := node.attributes.get("founded"):
        yield iri, SCHEMA.foundingDate, date_literal(founded), None
    if code := node.attributes.get("admin_code"):
        yield iri, UKG.adminCode, Literal(code), None
    for note in node.merges:
        article = URIRef(article_iri(note.article_id))
        note_iri = merge_note_iri(node.iri, note)
        yield iri, UKG.mergeNote, note_iri, article
        yield note_iri, RDF.type, UKG.MergeNote, article
        yield note_iri, UKG.form, Literal(note.form, lang="zh"), article
        yield note_iri, PROV.wasDerivedFrom, article, article
        yield note_iri, UKG.reason, Literal(note.reason), article


def _article_quads(article: Article) -> Iterator[Quad]:
    iri = URIRef(article_iri(article.id))
    yield iri, RDF.type, UKG.Article, None
    if article.title:
        yield iri, SCHEMA.headline, Literal(article.title, lang="zh"), None
    if article.url:
        yield iri, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI), None
    if article.published:
        yield iri, SCHEMA.datePublished, date_literal(article.published), None
    if article.publisher:
        yield iri, SCHEMA.publisher, Literal(article.publisher, lang="zh"), None


def _edge_quads(edge: Edge) -> Iterator[Quad]:
    subject, relation, obj = URIRef(edge.subject), UKG[edge.type], URIRef(edge.object)
    yield subject, relation, obj, None
    for evidence in edge.evidence:
        article = URIRef(article_iri(evidence.article_id))
        iri = evidence_iri(edge, evidence)
        yield iri, RDF.type, UKG.Evidence, article
        yield iri, RDF.subject, subject, article
        yield iri, RDF.predicate, relation, article
        yield iri, RDF.object, obj, article
        yield iri, PROV.wasDerivedFrom, article, article
        yield iri, UKG.sentence, Literal(evidence.sentence), article
        yield iri, UKG.startOffset, Literal(evidence.start), article
        yield iri, UKG.endOffset, Literal(evidence.end), article
        yield iri, UKG.extractor, Literal(evidence.rule), article
        yield iri, UKG.confidence, _confidence(evidence.confidence), article
        for title in edge.titles:
            yield iri, UKG.title, Literal(title, lang="zh"), article
        for date in edge.dates:
            yield iri, UKG.date, date_literal(date), article


def to_quads(kg: KnowledgeGraph) -> list[Quad]:
    """Every statement of the graph with its named graph, sorted and without duplicates.

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> town = Node("https://w3id.org/unionkg/id/t/1", "Town", "虹桥镇")
    >>> town.attributes["admin_code"] = "330382"
    >>> kg = KnowledgeGraph(nodes={town.iri: town})
    >>> [str(p).rsplit("#", 1)[-1] for _, p, _, _ in to_quads(kg)]
    ['type', 'label', 'adminCode']
    """
    quads: set[Quad] = set()
    for node in kg.nodes.values():
        quads.update(_node_quads(node))
    for edge in kg.edges:
        quads.update(_edge_quads(edge))
    for article in kg.articles.values():
        quads.update(_article_quads(article))
    return sorted(quads, key=_quad_key)


def _quad_key(quad: Quad) -> tuple[str, ...]:
    subject, predicate, obj, graph = quad
    if isinstance(obj, Literal):
        return (
            str(graph or ""),
            str(subject),
            str(predicate),
            str(obj),
            obj.language or "",
            str(obj.datatype or ""),
        )
    return (str(graph or ""), str(subject), str(predicate), str(obj), "", "")


def bind_prefixes(manager: NamespaceManager) -> None:
    """Bind the prefixes unionkg writes (``ukg``, ``schema``, ``prov`` …) on a namespace manager."""
    for prefix, namespace in PREFIXES.items():
        manager.bind(prefix, namespace, override=True, replace=True)


def to_dataset(kg: KnowledgeGraph) -> Dataset:
    """The graph as an rdflib ``Dataset``: default graph plus one named graph per article.

    >>> from unionkg.model import Edge, Evidence, KnowledgeGraph
    >>> ev = Evidence("a1", "甲工会与乙公司签约。", 0, 10, "partner/v1", 0.8)
    >>> kg = KnowledgeGraph(edges=[Edge("https://w3id.org/unionkg/id/u/1", "partneredWith",
    ...     "https://w3id.org/unionkg/id/c/2", [ev])])
    >>> ds = to_dataset(kg)
    >>> sorted(str(g.identifier) for g in ds.graphs() if len(g))
    ['https://w3id.org/unionkg/id/article/a1', 'urn:x-rdflib:default']
    """
    dataset = Dataset()
    bind_prefixes(dataset.namespace_manager)
    # Dataset.add and Dataset.default_context warn of their own deprecation in rdflib 7.x;
    # adding to the graphs themselves does not.
    for subject, predicate, obj, graph in to_quads(kg):
        dataset.graph(graph or DATASET_DEFAULT_GRAPH_ID).add((subject, predicate, obj))
    return dataset
