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

The statements are made as pyoxigraph terms, one subject at a time (:func:`iter_quads`), in the
order of their text: the default graph, then each article's graph by IRI; within a graph, by
subject, predicate and object. A writer can stream them without holding the whole graph's RDF;
:func:`to_quads` gives the same statements as a list of rdflib terms.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from itertools import groupby

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Literal, Namespace, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import PROV, NamespaceManager
from rdflib.term import Node as RDFNode

from ..model import (
    ENTITY_TYPES,
    ID_BASE,
    RELATION_TYPES,
    Article,
    Edge,
    Evidence,
    KnowledgeGraph,
    MergeNote,
    Node,
    article_iri,
)
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
    "iter_quads",
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


def _date_form(value: str) -> tuple[str, URIRef | None]:
    """A date's lexical form and its most precise XSD type (``None``: not a date)."""
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?", text):
        text = text.replace(" ", "T") + (":00" if text.count(":") == 1 else "")
    for pattern, datatype in _DATE_TYPES:
        if pattern.fullmatch(text):
            return text, datatype
    return value, None


def date_literal(value: str) -> Literal:
    """A date as the most precise XSD type its form allows; other text stays a plain string.

    >>> date_literal("2021-08").datatype == XSD.gYearMonth
    True
    >>> date_literal("2021-08-05 10:30").datatype == XSD.dateTime
    True
    >>> date_literal("八月").datatype is None
    True
    """
    text, datatype = _date_form(value)
    return Literal(text, datatype=datatype) if datatype else Literal(value)


def _evidence_key(edge: Edge, evidence: Evidence) -> str:
    parts = (edge.type, edge.subject, edge.object, evidence.start, evidence.end, evidence.rule)
    key = "\x1f".join([evidence.article_id, *map(str, parts)])
    return f"{ID_BASE}evidence/{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}"


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
    return URIRef(_evidence_key(edge, evidence))


def _merge_note_key(node_iri: str, note: MergeNote) -> str:
    key = "\x1f".join((node_iri, note.article_id, note.form, note.reason))
    return f"{ID_BASE}merge/{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}"


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
    return URIRef(_merge_note_key(node_iri, note))


def _term(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(name))


# the vocabulary as pyoxigraph terms, made once (UKG[...] fails on a term the ontology lacks)
_DEFAULT = ox.DefaultGraph()
_A, _LABEL, _ALT_LABEL = _term(RDF.type), _term(RDFS.label), _term(SKOS.altLabel)
_SUBJECT, _PREDICATE, _OBJECT = _term(RDF.subject), _term(RDF.predicate), _term(RDF.object)
_DERIVED_FROM = _term(PROV.wasDerivedFrom)
_UKG = {
    name: _term(UKG[name])
    for name in (*ENTITY_TYPES, *RELATION_TYPES, "Article", "Evidence", "MergeNote", "mergeNote",
                 "adminCode", "confidence", "date", "endOffset", "extractor", "form", "reason",
                 "sentence", "startOffset", "title")
}  # fmt: skip
_SCHEMA = {
    name: _term(SCHEMA[name])
    for name in ("foundingDate", "headline", "url", "datePublished", "publisher")
}
_XSD = {name: _term(XSD[name]) for name in ("integer", "decimal", "anyURI")}
_DATES = {datatype: _term(datatype) for _, datatype in _DATE_TYPES}


def _date(value: str) -> ox.Literal:
    text, datatype = _date_form(value)
    return ox.Literal(text, datatype=_DATES[datatype]) if datatype else ox.Literal(value)


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_XSD["integer"])


def _confidence(value: float) -> ox.Literal:
    return ox.Literal(str(Decimal(str(round(value, 4)))), datatype=_XSD["decimal"])


def _zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def _node_quads(node: Node) -> Iterator[ox.Quad]:
    iri = ox.NamedNode(node.iri)
    yield ox.Quad(iri, _A, _UKG[node.type], _DEFAULT)
    yield ox.Quad(iri, _LABEL, _zh(node.label), _DEFAULT)
    for alias in node.aliases - {node.label}:
        yield ox.Quad(iri, _ALT_LABEL, _zh(alias), _DEFAULT)
    if founded := node.attributes.get("founded"):
        yield ox.Quad(iri, _SCHEMA["foundingDate"], _date(founded), _DEFAULT)
    if code := node.attributes.get("admin_code"):
        yield ox.Quad(iri, _UKG["adminCode"], ox.Literal(code), _DEFAULT)


def _edge_quad(edge: Edge) -> ox.Quad:
    subject, obj = ox.NamedNode(edge.subject), ox.NamedNode(edge.object)
    return ox.Quad(subject, _UKG[edge.type], obj, _DEFAULT)


def _article_quads(article: Article) -> Iterator[ox.Quad]:
    iri = ox.NamedNode(article_iri(article.id))
    yield ox.Quad(iri, _A, _UKG["Article"], _DEFAULT)
    if article.title:
        yield ox.Quad(iri, _SCHEMA["headline"], _zh(article.title), _DEFAULT)
    if article.url:
        url = ox.Literal(article.url, datatype=_XSD["anyURI"])
        yield ox.Quad(iri, _SCHEMA["url"], url, _DEFAULT)
    if article.published:
        yield ox.Quad(iri, _SCHEMA["datePublished"], _date(article.published), _DEFAULT)
    if article.publisher:
        yield ox.Quad(iri, _SCHEMA["publisher"], _zh(article.publisher), _DEFAULT)


def _merge_note_quads(node: Node, note: MergeNote) -> Iterator[ox.Quad]:
    article = ox.NamedNode(article_iri(note.article_id))
    iri = ox.NamedNode(_merge_note_key(node.iri, note))
    yield ox.Quad(ox.NamedNode(node.iri), _UKG["mergeNote"], iri, article)
    yield ox.Quad(iri, _A, _UKG["MergeNote"], article)
    yield ox.Quad(iri, _UKG["form"], _zh(note.form), article)
    yield ox.Quad(iri, _DERIVED_FROM, article, article)
    yield ox.Quad(iri, _UKG["reason"], ox.Literal(note.reason), article)


def _evidence_quads(edge: Edge, evidence: Evidence) -> Iterator[ox.Quad]:
    article = ox.NamedNode(article_iri(evidence.article_id))
    iri = ox.NamedNode(_evidence_key(edge, evidence))
    yield ox.Quad(iri, _A, _UKG["Evidence"], article)
    yield ox.Quad(iri, _SUBJECT, ox.NamedNode(edge.subject), article)
    yield ox.Quad(iri, _PREDICATE, _UKG[edge.type], article)
    yield ox.Quad(iri, _OBJECT, ox.NamedNode(edge.object), article)
    yield ox.Quad(iri, _DERIVED_FROM, article, article)
    yield ox.Quad(iri, _UKG["sentence"], ox.Literal(evidence.sentence), article)
    yield ox.Quad(iri, _UKG["startOffset"], _integer(evidence.start), article)
    yield ox.Quad(iri, _UKG["endOffset"], _integer(evidence.end), article)
    yield ox.Quad(iri, _UKG["extractor"], ox.Literal(evidence.rule), article)
    yield ox.Quad(iri, _UKG["confidence"], _confidence(evidence.confidence), article)
    for title in edge.titles:
        yield ox.Quad(iri, _UKG["title"], _zh(title), article)
    for date in edge.dates:
        yield ox.Quad(iri, _UKG["date"], _date(date), article)


_PLAIN = {str(XSD.string), str(RDF.langString)}  # datatypes written as no datatype


def _value(term: object) -> str:
    """An IRI's or a literal's text (we write no blank nodes and no quoted triples)."""
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else str(term)


def _statement_key(quad: ox.Quad) -> tuple[str, str, str, str, str]:
    """Subject, predicate, object, language, datatype: the order statements are written in."""
    subject, predicate, obj = _value(quad.subject), quad.predicate.value, quad.object
    if isinstance(obj, ox.Literal):
        datatype = obj.datatype.value
        language, datatype = obj.language or "", "" if datatype in _PLAIN else datatype
        return subject, predicate, obj.value, language, datatype
    return subject, predicate, _value(obj), "", ""


def _ordered(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """``quads`` sorted by :func:`_statement_key`, each once."""
    ordered = sorted(quads, key=_statement_key)
    return [quad for i, quad in enumerate(ordered) if i == 0 or quad != ordered[i - 1]]


def _default_graph(kg: KnowledgeGraph) -> Iterator[list[ox.Quad]]:
    """The default graph's statements, one subject at a time, subjects in IRI order."""
    sources: Iterator[tuple[str, Node | Edge | Article]] = heapq.merge(
        ((iri, kg.nodes[iri]) for iri in sorted(kg.nodes)),
        ((edge.subject, edge) for edge in sorted(kg.edges, key=lambda e: e.subject)),
        sorted((article_iri(a.id), a) for a in kg.articles.values()),
        key=lambda item: item[0],
    )
    for _, items in groupby(sources, key=lambda item: item[0]):
        quads: list[ox.Quad] = []
        for _, item in items:
            if isinstance(item, Node):
                quads.extend(_node_quads(item))
            elif isinstance(item, Edge):
                quads.append(_edge_quad(item))
            else:
                quads.extend(_article_quads(item))
        yield _ordered(quads)


def _article_graphs(kg: KnowledgeGraph) -> Iterator[list[ox.Quad]]:
    """Each article's graph (its evidence and merge notes), in IRI order, one at a time."""
    cited: dict[str, list[tuple[Edge, Evidence] | tuple[Node, MergeNote]]] = {}
    for edge in kg.edges:
        for evidence in edge.evidence:
            cited.setdefault(evidence.article_id, []).append((edge, evidence))
    for node in kg.nodes.values():
        for note in node.merges:
            cited.setdefault(note.article_id, []).append((node, note))
    for article_id in sorted(cited, key=article_iri):
        quads: list[ox.Quad] = []
        for owner, item in cited.pop(article_id):
            if isinstance(owner, Edge) and isinstance(item, Evidence):
                quads.extend(_evidence_quads(owner, item))
            elif isinstance(owner, Node) and isinstance(item, MergeNote):
                quads.extend(_merge_note_quads(owner, item))
        yield _ordered(quads)


def iter_quads(kg: KnowledgeGraph) -> Iterator[list[ox.Quad]]:
    """Every statement of the graph as pyoxigraph quads, one subject (default graph) or one
    article's graph at a time, in the order of :func:`to_quads`, without duplicates.

    Only one group's statements exist at a time, so a writer streams the graph's RDF in
    memory that grows with the graph, not with its statements.

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> town = Node("https://w3id.org/unionkg/id/t/1", "Town", "虹桥镇")
    >>> [[q.predicate.value.rsplit("#")[-1] for q in group]
    ...  for group in iter_quads(KnowledgeGraph(nodes={town.iri: town}))]
    [['type', 'label']]
    """
    yield from _default_graph(kg)
    yield from _article_graphs(kg)


def _rdflib_term(term: ox.NamedNode | ox.Literal) -> RDFNode:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value in _PLAIN:
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def to_quads(kg: KnowledgeGraph) -> list[Quad]:
    """Every statement of the graph with its named graph, sorted and without duplicates, as
    rdflib terms (:func:`iter_quads` gives them as pyoxigraph terms, a group at a time).

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> town = Node("https://w3id.org/unionkg/id/t/1", "Town", "虹桥镇")
    >>> town.attributes["admin_code"] = "330382"
    >>> kg = KnowledgeGraph(nodes={town.iri: town})
    >>> [str(p).rsplit("#", 1)[-1] for _, p, _, _ in to_quads(kg)]
    ['type', 'label', 'adminCode']
    """
    return [_rdflib_quad(quad) for group in iter_quads(kg) for quad in group]


def _rdflib_quad(quad: ox.Quad) -> Quad:
    graph = quad.graph_name
    return (
        URIRef(_value(quad.subject)),
        URIRef(quad.predicate.value),
        _rdflib_term(quad.object),  # type: ignore[arg-type]
        None if isinstance(graph, ox.DefaultGraph) else URIRef(_value(graph)),
    )


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
