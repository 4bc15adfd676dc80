"""The unionkg ontology and the knowledge graph as RDF.

- :data:`UKG`: the vocabulary as a closed rdflib namespace (``UKG.Unoin`` raises).
- :func:`ontology_graph`: the shipped ``unionkg.ttl``, parsed.
- :func:`to_dataset`: a ``KnowledgeGraph`` as an rdflib ``Dataset`` with a named graph of evidence
  per article; :data:`PROVENANCE_QUERY` finds the article, sentence, offsets and extractor of
  every edge.
"""

from .namespace import UKG as UKG
from .rdf import PREFIXES as PREFIXES
from .rdf import PROVENANCE_QUERY as PROVENANCE_QUERY
from .rdf import SCHEMA as SCHEMA
from .rdf import bind_prefixes as bind_prefixes
from .rdf import date_literal as date_literal
from .rdf import evidence_iri as evidence_iri
from .rdf import iter_quads as iter_quads
from .rdf import to_dataset as to_dataset
from .rdf import to_quads as to_quads
from .stats import graph_counts as graph_counts
from .terms import ONTOLOGY_IRI as ONTOLOGY_IRI
from .terms import Term as Term
from .terms import ontology_graph as ontology_graph
from .terms import ontology_terms as ontology_terms
from .terms import ontology_text as ontology_text

__all__ = [
    "ONTOLOGY_IRI",
    "PREFIXES",
    "PROVENANCE_QUERY",
    "SCHEMA",
    "UKG",
    "Term",
    "bind_prefixes",
    "date_literal",
    "evidence_iri",
    "graph_counts",
    "iter_quads",
    "ontology_graph",
    "ontology_terms",
    "ontology_text",
    "to_dataset",
    "to_quads",
]
