"""One entity of a graph file, explained: names, type, places, merge log, and every edge with the
sentence, article and rule behind it.

Everything is read from the RDF unionkg writes (:mod:`unionkg.ontology.rdf`): the entity's
``rdfs:label`` / ``skos:altLabel``, its ``ukg:locatedIn`` chain, its ``ukg:mergeNote`` notes, and
the ``ukg:Evidence`` nodes naming each edge it is an end of.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote

from rdflib import RDF, RDFS, SKOS, Dataset, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node as RDFNode

from ..model import ID_BASE, ONTOLOGY_NS, RELATION_TYPES, MergeNote
from ..ontology import SCHEMA, UKG
from .gold import normalize_name
from .prediction import TYPE_PRECEDENCE

__all__ = [
    "EdgeExplanation",
    "EntityRef",
    "Explanation",
    "SourceEvidence",
    "article_id",
    "explain",
    "find_entities",
    "format_explanation",
    "merge_notes",
]

_ARTICLE_BASE = f"{ID_BASE}article/"


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An entity as a lookup lists it: IRI, type and canonical name."""

    iri: str
    type: str
    label: str


@dataclass(frozen=True, slots=True)
class SourceEvidence:
    """One piece of evidence for an edge: sentence, article, rule and confidence."""

    article_id: str
    article_title: str
    article_url: str
    sentence: str
    start: int
    rule: str
    confidence: str


@dataclass(slots=True)
class EdgeExplanation:
    """An edge the entity is an end of, seen from the entity (``outgoing``: it is the subject)."""

    relation: str
    outgoing: bool
    other: EntityRef
    titles: list[str] = field(default_factory=list)
    evidence: list[SourceEvidence] = field(default_factory=list)


@dataclass(slots=True)
class Explanation:
    """All the graph says about one entity, and why."""

    entity: EntityRef
    aliases: list[str]
    places: list[EntityRef]
    attributes: dict[str, str]
    merges: list[MergeNote]
    edges: list[EdgeExplanation]


def _triples(dataset: Dataset, s: RDFNode | None, p: RDFNode | None, o: RDFNode | None) -> Iterator:
    # Dataset.triples warns of rdflib 7's deprecated API; each graph's own triples do not
    for graph in dataset.graphs():
        yield from graph.triples((s, p, o))


def _states(dataset: Dataset, node: RDFNode, relation: URIRef, s: URIRef, o: URIRef) -> bool:
    """Whether the evidence ``node`` names the edge ``s relation o``."""
    return any(
        (node, RDF.predicate, relation) in graph and (node, RDF.object, o) in graph
        for graph in dataset.graphs()
    )


def _value(dataset: Dataset, s: RDFNode, p: RDFNode) -> RDFNode | None:
    return min((o for _, _, o in _triples(dataset, s, p, None)), default=None, key=str)


def _ref(dataset: Dataset, iri: RDFNode) -> EntityRef:
    classes = {str(o)[len(ONTOLOGY_NS) :] for _, _, o in _triples(dataset, iri, RDF.type, None)}
    etype = next((t for t in TYPE_PRECEDENCE if t in classes), "?")
    label = _value(dataset, iri, RDFS.label)
    return EntityRef(str(iri), etype, str(label) if label is not None else str(iri))


def find_entities(dataset: Dataset, query: str) -> list[EntityRef]:
    """Entities whose IRI, canonical name or alias is ``query`` (names compared after
    :func:`normalize_name`), sorted by type and IRI.

    >>> from unionkg.model import KnowledgeGraph, Node
    >>> from unionkg.ontology import to_dataset
    >>> u = "https://w3id.org/unionkg/id/union/1"
    >>> kg = KnowledgeGraph(nodes={u: Node(u, "Union", "瑞安市启衡电器有限公司工会", {"启衡工会"})})
    >>> [e.label for e in find_entities(to_dataset(kg), "启衡工会")]
    ['瑞安市启衡电器有限公司工会']
    """
    wanted = normalize_name(query)
    found: set[RDFNode] = set()
    if query.startswith(("http://", "https://")):
        found = {s for s, _, _ in _triples(dataset, URIRef(query), RDFS.label, None)}
    for predicate in (RDFS.label, SKOS.altLabel):
        for s, _, o in _triples(dataset, None, predicate, None):
            if normalize_name(str(o)) == wanted:
                found.add(s)
    refs = [_ref(dataset, s) for s in found]
    return sorted((r for r in refs if r.type != "?"), key=lambda r: (r.type, r.iri))


def merge_notes(dataset: Dataset, iri: str) -> list[MergeNote]:
    """The merge log of the entity ``iri``, read back from its ``ukg:MergeNote`` nodes."""
    notes = set()
    for _, _, note in _triples(dataset, URIRef(iri), UKG.mergeNote, None):
        article = _value(dataset, note, PROV.wasDerivedFrom)
        form, reason = _value(dataset, note, UKG.form), _value(dataset, note, UKG.reason)
        if article is not None and form is not None and reason is not None:
            notes.add(MergeNote(str(form), article_id(str(article)), str(reason)))
    return sorted(notes, key=lambda n: (n.article_id, n.form, n.reason))


def article_id(iri: str) -> str:
    """The article id an article IRI was made from.

    >>> article_id("https://w3id.org/unionkg/id/article/A%2001")
    'A 01'
    """
    return unquote(iri[len(_ARTICLE_BASE) :]) if iri.startswith(_ARTICLE_BASE) else iri


def _evidence(dataset: Dataset, s: URIRef, relation: URIRef, o: URIRef) -> list[SourceEvidence]:
    out = []
    for node, _, _ in _triples(dataset, None, RDF.subject, s):
        if not _states(dataset, node, relation, s, o):
            continue
        article = _value(dataset, node, PROV.wasDerivedFrom)
        title = _value(dataset, article, SCHEMA.headline) if article is not None else None
        url = _value(dataset, article, SCHEMA.url) if article is not None else None
        start = _value(dataset, node, UKG.startOffset)
        item = SourceEvidence(
            article_id=article_id(str(article)) if article is not None else "",
            article_title=str(title or ""),
            article_url=str(url or ""),
            sentence=str(_value(dataset, node, UKG.sentence) or ""),
            start=int(start.toPython()) if isinstance(start, Literal) else 0,
            rule=str(_value(dataset, node, UKG.extractor) or ""),
            confidence=str(_value(dataset, node, UKG.confidence) or ""),
        )
        out.append(item)
    return sorted(set(out), key=lambda e: (e.article_id, e.start, e.rule))


def _titles(dataset: Dataset, s: URIRef, relation: URIRef, o: URIRef) -> list[str]:
    titles = set()
    for node, _, _ in _triples(dataset, None, RDF.subject, s):
        if _states(dataset, node, relation, s, o):
            titles |= {str(t) for _, _, t in _triples(dataset, node, UKG.title, None)}
    return sorted(titles)


def _places(dataset: Dataset, iri: URIRef) -> list[EntityRef]:
    chain: list[EntityRef] = []
    seen = {iri}
    current = iri
    while (parent := _value(dataset, current, UKG.locatedIn)) is not None and parent not in seen:
        seen.add(parent)  # type: ignore[arg-type]
        chain.append(_ref(dataset, parent))
        current = parent  # type: ignore[assignment]
    return chain


def explain(dataset: Dataset, iri: str) -> Explanation:
    """What the graph says about the entity ``iri``, with the evidence for each edge."""
    node = URIRef(iri)
    ref = _ref(dataset, node)
    aliases = sorted({str(o) for _, _, o in _triples(dataset, node, SKOS.altLabel, None)})
    attributes = {}
    for name, predicate in (("founded", SCHEMA.foundingDate), ("admin code", UKG.adminCode)):
        if (value := _value(dataset, node, predicate)) is not None:
            attributes[name] = str(value)
    edges = []
    for relation in RELATION_TYPES:
        predicate = UKG[relation]
        ends = [(True, node, o) for _, _, o in _triples(dataset, node, predicate, None)]
        ends += [(False, s, node) for s, _, _ in _triples(dataset, None, predicate, node)]
        for outgoing, s, o in sorted(set(ends), key=lambda e: (not e[0], str(e[1]), str(e[2]))):
            other = _ref(dataset, o if outgoing else s)
            edge = EdgeExplanation(relation, outgoing, other, _titles(dataset, s, predicate, o))
            edge.evidence = _evidence(dataset, s, predicate, o)
            edges.append(edge)
    return Explanation(ref, aliases, _places(dataset, node), attributes,
                       merge_notes(dataset, iri), edges)  # fmt: skip


def format_explanation(ex: Explanation) -> Iterator[str]:
    """An explanation as lines of text."""
    yield f"{ex.entity.label}  ({ex.entity.type})"
    yield f"  iri: {ex.entity.iri}"
    if ex.aliases:
        yield f"  also: {', '.join(ex.aliases)}"
    for name, value in ex.attributes.items():
        yield f"  {name}: {value}"
    if ex.places:
        yield "  in: " + " < ".join(f"{p.label}" for p in ex.places)
    yield f"merges ({len(ex.merges)}):"
    for note in ex.merges:
        yield f"  {note.form}  [article {note.article_id}]  {note.reason}"
    yield f"edges ({len(ex.edges)}):"
    for edge in ex.edges:
        arrow = f"{edge.relation} -> " if edge.outgoing else f"<- {edge.relation} "
        titles = f"  title: {', '.join(edge.titles)}" if edge.titles else ""
        yield f"  {arrow}{edge.other.label} ({edge.other.type}){titles}"
        for ev in edge.evidence:
            yield f"    “{ev.sentence}”"
            title = f" {ev.article_title}" if ev.article_title else ""
            url = f" {ev.article_url}" if ev.article_url else ""
            yield f"      article {ev.article_id}:{title}{url}"
            yield f"      rule {ev.rule}, confidence {ev.confidence}"
