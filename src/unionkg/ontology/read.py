"""Our RDF read back into a ``KnowledgeGraph``: the inverse of :func:`unionkg.ontology.to_quads`.

It reads what a build wrote (``graph.ttl``, ``graph.trig``, ``graph.jsonld``, N-Quads …), a
build directory (its Turtle, else TriG, else JSON-LD) or an Oxigraph store directory (when
pyoxigraph is installed): entities with their labels, aliases, founding dates and administrative
codes; direct edges with every piece of evidence (article, sentence, offsets, rule,
confidence, titles, dates); articles with their metadata (their text is not in the RDF).

Towns get back their place chain (``parents``, most specific first) and ``level``: from the
gazetteer when the town's administrative code picks one division of its name, else by walking
its ``locatedIn`` edges to other towns.
"""

from __future__ import annotations

import warnings
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from rdflib import RDF, RDFS, SKOS, Dataset, URIRef
from rdflib.namespace import PROV

from ..errors import FormatError, InputError, ResourceError
from ..model import (
    ENTITY_TYPES,
    ID_BASE,
    RELATION_TYPES,
    Article,
    Edge,
    EntityType,
    Evidence,
    KnowledgeGraph,
    Node,
)
from .namespace import UKG
from .rdf import SCHEMA

__all__ = ["BUILD_FILES", "RDF_FORMATS", "from_triples", "read_graph", "store_nquads"]

RDF_FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".nq": "nquads",
    ".nt": "nt",
    ".rdf": "xml",
    ".owl": "xml",
}
"""The RDF files :func:`read_graph` reads, by suffix, with rdflib's name of their format."""

BUILD_FILES = ("graph.ttl", "graph.trig", "graph.jsonld")
"""What :func:`read_graph` looks for in a build directory, first found first read."""

_ARTICLE_BASE = f"{ID_BASE}article/"
_TYPES: dict[Any, EntityType] = {UKG[name]: name for name in ENTITY_TYPES}
_RELATIONS = {UKG[name]: name for name in RELATION_TYPES}
_EVIDENCE_FIELDS = {
    RDF.subject: "subject",
    RDF.predicate: "predicate",
    RDF.object: "object",
    PROV.wasDerivedFrom: "article",
    UKG.sentence: "sentence",
    UKG.startOffset: "start",
    UKG.endOffset: "end",
    UKG.extractor: "rule",
    UKG.confidence: "confidence",
}
_ARTICLE_FIELDS = {
    SCHEMA.headline: "title",
    SCHEMA.url: "url",
    SCHEMA.datePublished: "published",
    SCHEMA.publisher: "publisher",
}

Triple = tuple[Any, Any, Any]


def _article_id(iri: str) -> str:
    return unquote(iri[len(_ARTICLE_BASE) :]) if iri.startswith(_ARTICLE_BASE) else iri


def from_triples(triples: Iterable[Triple]) -> KnowledgeGraph:
    """Rebuild the graph from its statements (named graphs do not matter: evidence says all).

    >>> from unionkg.model import Edge, Evidence, KnowledgeGraph, Node
    >>> from unionkg.ontology import to_quads
    >>> u, t = "https://w3id.org/unionkg/id/u/1", "https://w3id.org/unionkg/id/t/2"
    >>> ev = Evidence("a1", "启衡电器工会在柳市镇。", 0, 11, "place-prefix/v1", 0.9)
    >>> kg = KnowledgeGraph({u: Node(u, "Union", "启衡电器工会", {"启衡工会"}),
    ...                      t: Node(t, "Town", "柳市镇")}, [Edge(u, "locatedIn", t, [ev])])
    >>> back = from_triples((s, p, o) for s, p, o, _ in to_quads(kg))
    >>> back.nodes[u].aliases, back.edges[0].evidence == [ev], sorted(back.articles)
    ({'启衡工会'}, True, ['a1'])
    """
    nodes: dict[str, Node] = {}
    direct: set[tuple[str, str, str]] = set()
    evidence: dict[str, dict[str, Any]] = defaultdict(lambda: {"title": set(), "date": set()})
    articles: dict[str, dict[str, str]] = {}
    props: dict[str, list[tuple[Any, Any]]] = defaultdict(list)
    for subject, predicate, obj in triples:
        s = str(subject)
        if predicate == RDF.type and obj in _TYPES:
            nodes.setdefault(s, Node(s, _TYPES[obj], ""))
        elif predicate == RDF.type and obj == UKG.Article:
            articles.setdefault(s, {})
        elif predicate in _RELATIONS and isinstance(obj, URIRef):
            direct.add((s, _RELATIONS[predicate], str(obj)))
        elif predicate in _EVIDENCE_FIELDS:
            evidence[s][_EVIDENCE_FIELDS[predicate]] = obj
        elif predicate in (UKG.title, UKG.date):
            evidence[s]["title" if predicate == UKG.title else "date"].add(str(obj))
        else:
            props[s].append((predicate, obj))
    for s, pairs in props.items():
        _describe(nodes.get(s), articles.get(s), pairs)
    return KnowledgeGraph(
        nodes=dict(sorted(nodes.items())),
        edges=_edges(direct, evidence),
        articles=_articles(articles, evidence),
    )


def _describe(node: Node | None, article: dict[str, str] | None, pairs: list[Any]) -> None:
    for predicate, obj in sorted(pairs, key=lambda pair: (str(pair[0]), str(pair[1]))):
        if node is not None:
            if predicate == RDFS.label:
                node.label = str(obj)
            elif predicate == SKOS.altLabel:
                node.aliases.add(str(obj))
            elif predicate == SCHEMA.foundingDate:
                node.attributes["founded"] = str(obj)
            elif predicate == UKG.adminCode:
                node.attributes["admin_code"] = str(obj)
        elif article is not None and predicate in _ARTICLE_FIELDS:
            article[_ARTICLE_FIELDS[predicate]] = str(obj)


def _edges(direct: set[tuple[str, str, str]], evidence: dict[str, dict[str, Any]]) -> list[Edge]:
    edges = {key: Edge(*key) for key in sorted(direct)}  # type: ignore[arg-type]
    for fields in evidence.values():
        try:
            key = (str(fields["subject"]), _RELATIONS[fields["predicate"]], str(fields["object"]))
            piece = Evidence(
                _article_id(str(fields["article"])),
                str(fields["sentence"]),
                int(fields["start"]),
                int(fields["end"]),
                str(fields["rule"]),
                float(fields["confidence"]),
            )
        except (KeyError, ValueError, TypeError):
            continue  # not one of our evidence nodes (or an incomplete one): not an edge's
        edge = edges.get(key)
        if edge is not None:
            edge.evidence.append(piece)
            edge.titles.update(fields["title"])
            edge.dates.update(fields["date"])
    for edge in edges.values():
        edge.evidence.sort(key=lambda e: (e.article_id, e.start, e.end, e.rule, e.confidence))
    return list(edges.values())


def _articles(
    described: dict[str, dict[str, str]], evidence: dict[str, dict[str, Any]]
) -> dict[str, Article]:
    iris = set(described) | {str(f["article"]) for f in evidence.values() if "article" in f}
    out = {}
    for iri in sorted(iris):
        meta = described.get(iri, {})
        article = Article(
            _article_id(iri),
            "",
            source=iri,
            title=meta.get("title"),
            url=meta.get("url"),
            published=meta.get("published"),
            publisher=meta.get("publisher"),
        )
        out[article.id] = article
    return out


def _add_place_chains(kg: KnowledgeGraph) -> None:
    """Give each town its ``parents`` chain and ``level`` (the RDF does not store them)."""
    towns = [n for n in kg.nodes.values() if n.type == "Town" and "parents" not in n.attributes]
    gazetteer = None
    if any("admin_code" in town.attributes for town in towns):
        try:
            from ..extract.gazetteer import default_gazetteer

            gazetteer = default_gazetteer()
        except ResourceError:
            gazetteer = None  # the locatedIn edges still give a chain
    up: dict[str, str] = {}
    for edge in sorted(kg.edges, key=lambda e: (e.subject, e.object)):
        other = kg.nodes.get(edge.object)
        if edge.type == "locatedIn" and other is not None and other.type == "Town":
            up.setdefault(edge.subject, edge.object)
    for town in towns:
        code = town.attributes.get("admin_code", "")
        if gazetteer is not None and code:
            places = [p for p in gazetteer.lookup(town.label) if gazetteer.code_of(p) == code]
            if len(places) == 1:
                chain = gazetteer.chain(places[0])
                town.attributes["parents"] = "/".join(p.name for p in chain[1:])
                town.attributes["level"] = places[0].level_name
                continue
        names, seen, current = [], {town.iri}, up.get(town.iri)
        while current is not None and current not in seen:
            seen.add(current)
            names.append(kg.nodes[current].label)
            current = up.get(current)
        if names:
            town.attributes["parents"] = "/".join(names)


def _parse(data: str, fmt: str, source: str) -> KnowledgeGraph:
    dataset = Dataset()
    try:
        with warnings.catch_warnings():  # rdflib 7.x warns of its own Dataset.default_context
            warnings.simplefilter("ignore", DeprecationWarning)
            dataset.parse(data=data, format=fmt)
    except Exception as exc:  # rdflib's parsers raise many kinds; all mean "not this format"
        raise FormatError(source, f"not valid {fmt} ({exc})", "give a file a build wrote") from exc
    kg = from_triples((s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None)))
    _add_place_chains(kg)
    return kg


def store_nquads(path: str | Path) -> bytes:
    """Everything in the Oxigraph store at ``path``, as N-Quads (read-only: a running
    ``unionkg serve`` or ``add`` may hold the store).

    >>> try:
    ...     store_nquads("no/such/store")
    ... except InputError as error:
    ...     print(error.problem)
    neither a build directory (no graph.ttl, graph.trig, graph.jsonld) nor an Oxigraph store
    """
    try:
        import pyoxigraph
    except ImportError as exc:
        raise InputError(
            str(path),
            f"no {', '.join(BUILD_FILES)} in this directory, and reading it as an Oxigraph "
            "store needs pyoxigraph",
            "give a build directory or an RDF file, or pip install pyoxigraph",
        ) from exc
    if not (Path(path) / "CURRENT").is_file():  # read_only would make an empty store there
        raise InputError(
            str(path),
            f"neither a build directory (no {', '.join(BUILD_FILES)}) nor an Oxigraph store",
            "give the directory `unionkg build -o` wrote, a store, or an RDF file",
        )
    try:
        store = pyoxigraph.Store.read_only(str(path))
        return bytes(store.dump(format=pyoxigraph.RdfFormat.N_QUADS) or b"")
    except (OSError, ValueError) as exc:
        raise InputError(
            str(path),
            f"neither a build directory (no {', '.join(BUILD_FILES)}) nor an Oxigraph store",
            "give the directory `unionkg build -o` wrote, a store, or an RDF file",
        ) from exc


def _read_store(path: Path) -> KnowledgeGraph:
    return _parse(store_nquads(path).decode("utf-8"), "nquads", str(path))


def read_graph(path: str | Path) -> KnowledgeGraph:
    """Read a build directory, an Oxigraph store or an RDF file we wrote back into a graph.

    >>> import tempfile, pathlib
    >>> from unionkg.model import KnowledgeGraph, Node
    >>> from unionkg.exports.rdf import write_turtle
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> town = Node("https://w3id.org/unionkg/id/t/1", "Town", "柳市镇")
    >>> write_turtle(KnowledgeGraph({town.iri: town}), folder / "graph.ttl")
    >>> read_graph(folder).nodes[town.iri].label
    '柳市镇'
    >>> try:
    ...     read_graph(folder / "missing.ttl")
    ... except InputError as error:
    ...     print(error.problem)
    no such file or directory
    """
    path = Path(path)
    hint = f"give a build directory or an RDF file ({', '.join(RDF_FORMATS)})"
    if path.is_dir():
        found = next((path / name for name in BUILD_FILES if (path / name).is_file()), None)
        if found is None:
            return _read_store(path)
        path = found
    if not path.exists():
        raise InputError(str(path), "no such file or directory", hint)
    fmt = RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), f"not an RDF file unionkg reads ({path.suffix or 'no suffix'})",
                         hint)  # fmt: skip
    try:
        data = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read it ({exc})", hint) from exc
    return _parse(data, fmt, str(path))
