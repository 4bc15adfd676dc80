"""What the store keeps besides the graph: each article's extraction, as JSON, and RDF terms.

An article's :class:`~unionkg.model.Extraction` (the article, its entities with their keys,
names, aliases and attributes, its relations with their evidence) is kept in the store, so that
adding or removing an article recomputes the graph with :func:`unionkg.graph.build_graph` over the
stored extractions without running entity recognition again. Entity keys are kept in their text
form (``Union:某镇总工会:330382``), as versions before :class:`~unionkg.model.EntityKey` wrote
them; such a version kept an entity's place and the entity it was implied by as the attributes
``place`` and ``derived_from``, which read back as the fields they are now.

:func:`to_store_quads` gives the graph's RDF (:func:`unionkg.ontology.iter_quads`) as the store
keeps it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node as RDFNode

from ..model import (
    Article,
    Byline,
    EntityKey,
    Evidence,
    ExtractedEntity,
    ExtractedRelation,
    Extraction,
    KnowledgeGraph,
    Mention,
)
from ..ontology import iter_quads

__all__ = [
    "canonical",
    "content_hash",
    "extraction_from_json",
    "extraction_to_json",
    "to_oxigraph_term",
    "to_store_quads",
]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def content_hash(article: Article) -> str:
    """The SHA-256 of an article's text: the same article added twice is recognised by it.

    >>> content_hash(Article("a", "工会成立了。"))[:12]
    'd749273e84da'
    """
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def extraction_to_json(extraction: Extraction) -> str:
    """One article's extraction as compact, deterministic JSON.

    >>> ex = Extraction(Article("a", "工会成立了。"))
    >>> extraction_from_json(extraction_to_json(ex)) == ex
    True
    """
    data = asdict(extraction)
    for entity, ent in zip(data["entities"], extraction.entities, strict=True):
        entity["aliases"] = sorted(entity["aliases"])
        entity["key"] = str(ent.key)
        for name in _KEY_FIELDS:
            key = getattr(ent, name)
            entity[name] = None if key is None else str(key)
    for relation, rel in zip(data["relations"], extraction.relations, strict=True):
        relation["subject"], relation["object"] = str(rel.subject), str(rel.object)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def extraction_from_json(text: str) -> Extraction:
    """The extraction :func:`extraction_to_json` wrote."""
    data: dict[str, Any] = json.loads(text)
    article = dict(data["article"])
    article["bylines"] = tuple(Byline(**b) for b in article.get("bylines", ()))
    entities = [_entity(e) for e in data["entities"]]
    relations = [
        ExtractedRelation(**{
            **r,
            "subject": EntityKey.from_text(r["subject"]),
            "object": EntityKey.from_text(r["object"]),
            "evidence": Evidence(**r["evidence"]),
        })
        for r in data["relations"]
    ]  # fmt: skip
    return Extraction(Article(**article), entities, relations)


_KEY_FIELDS = ("place", "derived_from")
"""The fields of an entity that hold another entity's key (attributes before they were fields)."""


def _entity(e: dict[str, Any]) -> ExtractedEntity:
    attributes = dict(e["attributes"])
    links = {name: e.get(name) or attributes.pop(name, None) for name in _KEY_FIELDS}
    return ExtractedEntity(
        key=EntityKey.from_text(e["key"]),
        type=e["type"],
        name=e["name"],
        aliases=set(e["aliases"]),
        mentions=[Mention(**m) for m in e["mentions"]],
        attributes=attributes,
        **{name: EntityKey.from_text(key) if key else None for name, key in links.items()},
    )


def to_oxigraph_term(term: RDFNode) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as the pyoxigraph term that means the same.

    >>> to_oxigraph_term(Literal("虹桥镇", lang="zh"))
    <Literal value=虹桥镇 language=zh>
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype and str(term.datatype) != _XSD_STRING:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_store_quads(kg: KnowledgeGraph) -> set[ox.Quad]:
    """The graph's statements (:func:`unionkg.ontology.iter_quads`) with literals in the
    canonical form the store keeps them in (``0.90`` reads back as ``0.9``).

    >>> from unionkg.model import Node
    >>> town = Node("https://w3id.org/unionkg/id/t/1", "Town", "虹桥镇")
    >>> len(to_store_quads(KnowledgeGraph(nodes={town.iri: town})))
    2
    """
    return canonical(quad for group in iter_quads(kg) for quad in group)


def canonical(quads: Iterable[ox.Quad]) -> set[ox.Quad]:
    """``quads`` as the store gives them back (typed literals in their canonical form)."""
    memory = ox.Store()
    memory.extend(quads)
    return set(memory.quads_for_pattern(None, None, None, None))
