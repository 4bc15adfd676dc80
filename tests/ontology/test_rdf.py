"""The graph as RDF: types, names, stable evidence IRIs, named graphs, and the provenance query."""

from __future__ import annotations

import pyoxigraph
import pytest
from rdflib import RDF, RDFS, SKOS, XSD, BNode, Literal, URIRef

from unionkg.model import ONTOLOGY_NS, KnowledgeGraph, article_iri
from unionkg.ontology import (
    PROVENANCE_QUERY,
    SCHEMA,
    UKG,
    date_literal,
    iter_quads,
    to_dataset,
    to_quads,
)
from unionkg.ontology.rdf import evidence_iri

# rdflib 7.x's Dataset calls its own deprecated methods while parsing and querying
RDFLIB_DATASET = pytest.mark.filterwarnings(
    r"ignore:(Dataset\.\w+|ConjunctiveGraph) is deprecated:DeprecationWarning"
)


def test_each_entity_has_one_ukg_class_label_and_aliases(kg: KnowledgeGraph) -> None:
    quads = to_quads(kg)
    for node in kg.nodes.values():
        iri = URIRef(node.iri)
        types = [o for s, p, o, _ in quads if s == iri and p == RDF.type]
        assert types == [UKG[node.type]]
        assert (iri, RDFS.label, Literal(node.label, lang="zh"), None) in quads
        alts = {str(o) for s, p, o, _ in quads if s == iri and p == SKOS.altLabel}
        assert alts == node.aliases - {node.label}


def test_attributes_become_typed_literals(kg: KnowledgeGraph) -> None:
    quads = to_quads(kg)
    union = next(n for n in kg.nodes.values() if n.type == "Union")
    founding = Literal("2021-08", datatype=XSD.gYearMonth)
    assert (URIRef(union.iri), SCHEMA.foundingDate, founding, None) in quads
    codes = [o for _, p, o, _ in quads if p == UKG.adminCode]
    assert len(codes) == 3


def test_no_blank_nodes_and_evidence_in_the_article_graph(kg: KnowledgeGraph) -> None:
    quads = to_quads(kg)
    assert not any(isinstance(term, BNode) for quad in quads for term in quad[:3])
    article = URIRef(article_iri("test-001"))
    evidence = {s for s, p, o, g in quads if p == RDF.type and o == UKG.Evidence}
    assert len(evidence) == sum(len(e.evidence) for e in kg.edges)
    assert {g for s, _, _, g in quads if s in evidence} == {article}
    assert all(g is None for s, _, _, g in quads if s not in evidence)


def test_evidence_iri_is_stable_and_distinct(kg: KnowledgeGraph) -> None:
    pairs = [(edge, ev) for edge in kg.edges for ev in edge.evidence]
    iris = [evidence_iri(edge, ev) for edge, ev in pairs]
    assert len(set(iris)) == len(iris)
    assert iris == [evidence_iri(edge, ev) for edge, ev in pairs]


@pytest.mark.parametrize(
    ("text", "datatype"),
    [
        ("2021", XSD.gYear),
        ("2021-08", XSD.gYearMonth),
        ("2021-08-05", XSD.date),
        ("2021-08-05T10:30:00", XSD.dateTime),
        ("2021年8月", None),
    ],
)
def test_date_literal(text: str, datatype: URIRef | None) -> None:
    assert date_literal(text).datatype == datatype


def _expected_rows(kg: KnowledgeGraph) -> set[tuple[str, ...]]:
    return {
        (
            *(edge.subject, ONTOLOGY_NS + edge.type, edge.object, article_iri(ev.article_id)),
            *(ev.sentence, str(ev.start), str(ev.end), ev.rule),
        )
        for edge in kg.edges
        for ev in edge.evidence
    }


@RDFLIB_DATASET
def test_provenance_query_in_rdflib(kg: KnowledgeGraph, article_text: str) -> None:
    rows = list(to_dataset(kg).query(PROVENANCE_QUERY))
    found = {
        tuple(str(row[v]) for v in ("subject", "relation", "object", "article"))
        + tuple(str(row[v]) for v in ("sentence", "start", "end", "extractor"))
        for row in rows  # type: ignore[union-attr]
    }
    assert found == _expected_rows(kg)
    for row in found:
        assert article_text[int(row[5]) : int(row[6])] == row[4]


def test_provenance_query_in_oxigraph(kg: KnowledgeGraph) -> None:
    from unionkg.exports.rdf import generate_trig

    store = pyoxigraph.Store()
    store.load("".join(generate_trig(kg)), format=pyoxigraph.RdfFormat.TRIG)
    solutions = store.query(PROVENANCE_QUERY)
    found = {
        tuple(s[v].value for v in ("subject", "relation", "object", "article"))
        + tuple(s[v].value for v in ("sentence", "start", "end", "extractor"))
        for s in solutions  # type: ignore[union-attr]
    }
    assert found == _expected_rows(kg)


@RDFLIB_DATASET
def test_query_for_one_edge(kg: KnowledgeGraph) -> None:
    chair = next(e for e in kg.edges if e.type == "chairedBy")
    query = PROVENANCE_QUERY.replace(
        "WHERE {", f"WHERE {{\n  VALUES ?relation {{ <{ONTOLOGY_NS}chairedBy> }}", 1
    )
    rows = list(to_dataset(kg).query(query))
    assert [str(r["sentence"]) for r in rows] == [chair.evidence[0].sentence]  # type: ignore[index]


def _quad_order(quad: pyoxigraph.Quad) -> tuple[str, ...]:
    """Graph (default first), subject, predicate, object, language: the order of to_quads."""
    graph, obj = quad.graph_name, quad.object
    language = obj.language or "" if isinstance(obj, pyoxigraph.Literal) else ""
    return (
        "" if isinstance(graph, pyoxigraph.DefaultGraph) else graph.value,  # type: ignore[union-attr]
        quad.subject.value, quad.predicate.value, obj.value, language,  # type: ignore[union-attr]
    )  # fmt: skip


def test_iter_quads_gives_one_subject_or_one_article_graph_at_a_time(kg: KnowledgeGraph) -> None:
    groups = list(iter_quads(kg))
    flat = [quad for group in groups for quad in group]
    assert len(flat) == len(set(flat)) == len(to_quads(kg))
    assert [_quad_order(q) for q in flat] == sorted(_quad_order(q) for q in flat)
    default = [g for g in groups if isinstance(g[0].graph_name, pyoxigraph.DefaultGraph)]
    assert all(len({q.subject for q in group}) == 1 for group in default)
    named = [g for g in groups if g not in default]
    assert [g[0].graph_name for g in named] == [pyoxigraph.NamedNode(article_iri("test-001"))]
    assert {q.graph_name for q in named[0]} == {named[0][0].graph_name}
