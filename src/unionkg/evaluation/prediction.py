"""A graph file read back for scoring and explaining: entities, direct edges, and their rules.

Any RDF file rdflib reads (Turtle, TriG, N-Quads, JSON-LD, N-Triples) is read whole, every named
graph included; a build directory stands for its ``graph.trig`` (or ``graph.ttl``).

What counts as a predicted entity is what the contract says an entity is: a subject with a
``ukg:`` entity class and at least one ``rdfs:label``. When it carries several ``ukg:`` classes, the
most specific in the order Union, Company, Organization, Official, Person, Town is its type.
"""

from __future__ import annotations

import warnings
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Dataset, URIRef
from rdflib.util import guess_format

from ..errors import InputError
from ..model import ONTOLOGY_NS, RELATION_TYPES
from ..ontology import UKG
from ..ontology.read import store_nquads
from .gold import normalize_name

__all__ = [
    "TYPE_PRECEDENCE",
    "PredictedEntity",
    "Prediction",
    "graph_file",
    "read_dataset",
    "read_prediction",
]

TYPE_PRECEDENCE = ("Union", "Company", "Organization", "Official", "Person", "Town")
"""Entity types, most specific first: the one an entity with several ``ukg:`` classes gets."""

_FILES = ("graph.trig", "graph.ttl", "graph.nq", "graph.jsonld")
_QUAD_FORMATS = {"trig", "nquads", "trix", "json-ld"}


def graph_file(path: str | Path) -> Path:
    """The RDF file ``path`` stands for: itself, or in a build directory its ``graph.trig``
    (else ``graph.ttl``); a store directory stands for itself.

    >>> try:
    ...     graph_file("no/such/graph.ttl")
    ... except InputError as exc:
    ...     print(exc.problem)
    no such file or directory
    """
    path = Path(path)
    if path.is_dir():
        for name in _FILES:
            if (path / name).is_file():
                return path / name
        if (path / "CURRENT").is_file():  # an Oxigraph store (unionkg build --store)
            return path
        raise InputError(
            str(path),
            "no graph.trig or graph.ttl in this directory, and not a store",
            "give the directory unionkg build -o (or --store) wrote",
        )
    if not path.exists():
        raise InputError(
            str(path), "no such file or directory", "give a build directory or RDF file"
        )
    return path


def read_dataset(path: str | Path) -> Dataset:
    """Parse the RDF file ``path`` stands for (see :func:`graph_file`); named graphs are kept and
    queries see them all (``default_union``)."""
    source = graph_file(path)
    fmt = "nquads" if source.is_dir() else guess_format(str(source)) or "turtle"
    dataset = Dataset(default_union=True)
    try:
        data = store_nquads(source) if source.is_dir() else source.read_bytes()
    except OSError as exc:
        raise InputError(str(source), f"cannot read the file ({exc.strerror})") from exc
    try:
        with warnings.catch_warnings():  # rdflib 7's Dataset parser calls its deprecated API
            warnings.simplefilter("ignore", DeprecationWarning)
            if fmt in _QUAD_FORMATS:
                dataset.parse(data=data, format=fmt)
            else:
                dataset.default_graph.parse(data=data, format=fmt)
    except Exception as exc:  # rdflib raises many kinds of parser errors
        raise InputError(
            str(source),
            f"not an RDF file rdflib can read as {fmt} ({exc.__class__.__name__})",
            "give a build directory or the graph.ttl / graph.trig unionkg wrote",
        ) from exc
    return dataset


@dataclass(slots=True)
class PredictedEntity:
    """An entity of the graph: its type, normalized labels, and labels plus alternative labels."""

    iri: str
    type: str
    labels: set[str]
    forms: set[str]

    @property
    def name(self) -> str:
        """The label shown in reports: the least of its normalized labels."""
        return min(self.labels)


Triple = tuple[str, str, str]
"""A direct edge: relation name, subject IRI, object IRI."""


@dataclass(slots=True)
class Prediction:
    """What a graph file asserts: entities by IRI, direct edges, and the rules behind each edge."""

    entities: dict[str, PredictedEntity] = field(default_factory=dict)
    relations: set[Triple] = field(default_factory=set)
    rules: dict[Triple, set[str]] = field(default_factory=dict)


def _entities(triples: Iterable[tuple[object, object, object]]) -> dict[str, PredictedEntity]:
    types: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, set[str]] = defaultdict(set)
    alts: dict[str, set[str]] = defaultdict(set)
    for s, p, o in triples:
        if p == RDF.type and str(o).startswith(ONTOLOGY_NS):
            types[str(s)].add(str(o)[len(ONTOLOGY_NS) :])
        elif p == RDFS.label:
            labels[str(s)].add(normalize_name(str(o)))
        elif p == SKOS.altLabel:
            alts[str(s)].add(normalize_name(str(o)))
    entities = {}
    for iri, classes in types.items():
        etype = next((t for t in TYPE_PRECEDENCE if t in classes), None)
        if etype and labels[iri]:
            entities[iri] = PredictedEntity(iri, etype, labels[iri], labels[iri] | alts[iri])
    return entities


def read_prediction(dataset: Dataset) -> Prediction:
    """The entities, edges and edge rules of a parsed graph.

    >>> from unionkg.model import Edge, Evidence, KnowledgeGraph, Node
    >>> from unionkg.ontology import to_dataset
    >>> u, c = "https://w3id.org/unionkg/id/u/1", "https://w3id.org/unionkg/id/c/2"
    >>> ev = Evidence("a1", "甲工会与乙公司签约。", 0, 10, "partner/v1", 0.8)
    >>> kg = KnowledgeGraph(nodes={u: Node(u, "Union", "甲工会"), c: Node(c, "Company", "乙公司")},
    ...     edges=[Edge(u, "partneredWith", c, [ev])])
    >>> prediction = read_prediction(to_dataset(kg))
    >>> sorted(e.name for e in prediction.entities.values()), prediction.rules
    (['乙公司', '甲工会'], {('partneredWith', 'https://w3id.org/unionkg/id/u/1', \
'https://w3id.org/unionkg/id/c/2'): {'partner/v1'}})
    """
    # Dataset.triples warns of rdflib 7's deprecated API; each graph's own triples do not
    triples = [triple for graph in dataset.graphs() for triple in graph]
    prediction = Prediction(entities=_entities(triples))
    relations = {URIRef(ONTOLOGY_NS + r): r for r in RELATION_TYPES}
    evidence: dict[str, dict[str, object]] = defaultdict(dict)
    for s, p, o in triples:
        if p in relations:
            prediction.relations.add((relations[p], str(s), str(o)))  # type: ignore[index]
        elif p in (RDF.subject, RDF.predicate, RDF.object, UKG.extractor):
            evidence[str(s)][str(p)] = o
    for parts in evidence.values():
        relation = relations.get(parts.get(str(RDF.predicate)))  # type: ignore[call-overload]
        if relation is None or str(UKG.extractor) not in parts:
            continue
        key = (relation, str(parts[str(RDF.subject)]), str(parts[str(RDF.object)]))
        prediction.rules.setdefault(key, set()).add(str(parts[str(UKG.extractor)]))
    return prediction
