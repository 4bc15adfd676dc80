"""Counts of a graph we wrote: entities by ``ukg:`` class, edges by ``ukg:`` relation."""

from __future__ import annotations

import warnings
from pathlib import Path

from ..errors import InputError
from ..model import ENTITY_TYPES, ONTOLOGY_NS, RELATION_TYPES

__all__ = ["graph_counts"]


def graph_counts(path: Path) -> dict[str, dict[str, int]]:
    """Entities by type and relations by kind in the RDF file at ``path`` (or the store there).

    Every named graph is read; an entity counts once, under its ``ukg:`` class.
    """
    import rdflib
    from rdflib.util import guess_format

    from .read import store_nquads

    fmt = "nquads" if path.is_dir() else guess_format(str(path)) or "turtle"
    quads = fmt in {"trig", "nquads", "trix"}
    dataset = rdflib.Dataset(default_union=True) if quads else rdflib.Graph()
    try:
        data = store_nquads(path) if path.is_dir() else path.read_bytes()
    except OSError as exc:
        raise InputError(
            str(path), f"cannot read the file ({exc.strerror})", "check the path"
        ) from exc
    try:
        with warnings.catch_warnings():  # rdflib's own Dataset parser calls its deprecated API
            warnings.simplefilter("ignore", DeprecationWarning)
            dataset.parse(data=data, format=fmt)
    except Exception as exc:  # rdflib raises many kinds of parser errors
        raise InputError(
            str(path),
            f"not an RDF file rdflib can read ({exc.__class__.__name__})",
            "give a graph.ttl, graph.trig or graph.jsonld that unionkg wrote",
        ) from exc
    rdf_type = rdflib.RDF.type
    entities: dict[str, int] = {}
    relations: dict[str, int] = {}
    with warnings.catch_warnings():  # and so does its union of a Dataset's graphs
        warnings.simplefilter("ignore", DeprecationWarning)
        for t in ENTITY_TYPES:
            entities[t] = len(set(dataset.subjects(rdf_type, rdflib.URIRef(ONTOLOGY_NS + t))))
        for r in RELATION_TYPES:
            edges = dataset.triples((None, rdflib.URIRef(ONTOLOGY_NS + r), None))
            relations[r] = len(set(edges))
    return {"entities": entities, "relations": relations}
