"""The shipped ontology: valid, labelled in English and Chinese, aligned; its namespace closed."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef

from unionkg.model import ENTITY_TYPES, ONTOLOGY_NS, RELATION_TYPES
from unionkg.ontology import UKG, ontology_graph, ontology_terms
from unionkg.ontology.terms import ONTOLOGY_IRI, namespace_source

ALIGNMENT = (
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    OWL.equivalentClass,
    OWL.equivalentProperty,
    RDFS.seeAlso,  # only where no sub/equivalent term fits (ukg:extractor)
)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return ontology_graph()


def ukg_terms(graph: Graph) -> set[str]:
    return {
        str(s)[len(ONTOLOGY_NS) :]
        for s in graph.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(ONTOLOGY_NS)
    }


def test_header_names_version_license_and_labels(onto: Graph) -> None:
    header = URIRef(ONTOLOGY_IRI)
    assert (header, RDF.type, OWL.Ontology) in onto
    assert onto.value(header, OWL.versionInfo) is not None
    assert onto.value(header, OWL.versionIRI) is not None
    assert onto.value(header, URIRef("http://purl.org/dc/terms/license")) is not None
    assert {lit.language for lit in onto.objects(header, RDFS.label)} == {"en", "zh"}


def test_defines_the_contract_vocabulary(onto: Graph) -> None:
    classes = {str(s)[len(ONTOLOGY_NS) :] for s in onto.subjects(RDF.type, OWL.Class)}
    assert set(ENTITY_TYPES) | {"Article", "Evidence"} <= classes
    properties = {str(s)[len(ONTOLOGY_NS) :] for s in onto.subjects(RDF.type, OWL.ObjectProperty)}
    assert set(RELATION_TYPES) <= properties
    assert (UKG.partneredWith, RDF.type, OWL.SymmetricProperty) in onto
    assert (UKG.Official, RDFS.subClassOf, UKG.Person) in onto
    assert (UKG.Evidence, RDFS.subClassOf, RDF.Statement) in onto


@pytest.mark.parametrize("term", sorted(ukg_terms(ontology_graph())))
def test_every_term_has_en_and_zh_label_comment_and_alignment(onto: Graph, term: str) -> None:
    iri = UKG[term]
    for predicate in (RDFS.label, RDFS.comment):
        languages = {o.language for o in onto.objects(iri, predicate) if isinstance(o, Literal)}
        assert {"en", "zh"} <= languages, f"ukg:{term} lacks {predicate} in en or zh"
    targets = [o for p in ALIGNMENT for o in onto.objects(iri, p)]
    external = [
        t
        for t in targets
        if (isinstance(t, URIRef) and not str(t).startswith(ONTOLOGY_NS))
        or (isinstance(t, BNode) and onto.value(t, OWL.inverseOf) is not None)
    ]
    assert external, f"ukg:{term} is not aligned to any standard vocabulary"


@pytest.mark.parametrize("relation", RELATION_TYPES)
def test_relations_have_domain_and_range(onto: Graph, relation: str) -> None:
    assert onto.value(UKG[relation], RDFS.domain) is not None
    assert onto.value(UKG[relation], RDFS.range) is not None


def test_only_declared_terms_are_used(onto: Graph) -> None:
    used = {
        str(term)[len(ONTOLOGY_NS) :]
        for triple in onto
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(ONTOLOGY_NS)
    }
    assert used <= ukg_terms(onto)


def test_namespace_is_closed() -> None:
    assert UKG.Union == URIRef(ONTOLOGY_NS + "Union")
    with pytest.raises(AttributeError):
        _ = UKG.Unoin


def test_namespace_lists_exactly_the_terms_of_the_ttl(onto: Graph) -> None:
    declared = {name for name in UKG.__annotations__ if not name.startswith("_")}
    assert declared == ukg_terms(onto)
    assert [t.name for t in ontology_terms(onto)] == sorted(declared)


def test_namespace_module_is_what_the_generator_writes() -> None:
    from importlib.resources import files

    shipped = files("unionkg.ontology").joinpath("namespace.py").read_text(encoding="utf-8")
    assert shipped == namespace_source(), "run `python -m unionkg.ontology` and commit"


def test_each_term_has_exactly_one_kind(onto: Graph) -> None:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    for term in ukg_terms(onto):
        declared = [k for k in kinds if (UKG[term], RDF.type, k) in onto]
        assert len(declared) == 1, f"ukg:{term} is declared as {declared}"
