"""The graph in an on-disk Oxigraph store, updated one article at a time.

The store holds exactly the RDF a build writes (:func:`unionkg.ontology.to_quads`: entities,
direct edges and articles in the default graph, one named graph of evidence per article), so
:data:`unionkg.ontology.PROVENANCE_QUERY` and the saved queries run against it. Beside it, in the
named graph :data:`BOOKKEEPING_GRAPH`, each article's extraction (JSON) and the SHA-256 of its text.

Articles come in extracted (:func:`unionkg.pipeline.add_to_store` extracts the new ones with the
build's extraction loop); adding or removing articles never runs extraction on what is stored:
the graph is recomputed with :func:`unionkg.graph.build_graph` over the stored extractions, and
only the difference is applied, together with the bookkeeping, in one SPARQL update, which
Oxigraph runs as one transaction: a crash leaves every article of the call fully in or fully
out. IRIs are those a full build gives, merges across articles stay right, and an entity stays
as long as some article still supports it.

    >>> import tempfile
    >>> from unionkg.model import Article, Extraction
    >>> with GraphStore.open(tempfile.mkdtemp()) as store:
    ...     store.add_extractions([Extraction(Article("a1", "某工会成立。"))]).added
    ['a1']
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from urllib.parse import unquote

import pyoxigraph as ox

from ..errors import InputError, OutputError, UnionKGError
from ..graph import build_graph
from ..model import Extraction, KnowledgeGraph, article_iri
from .codec import content_hash, extraction_from_json, extraction_to_json, to_store_quads

__all__ = ["BOOKKEEPING_GRAPH", "ChangeResult", "GraphStore", "StoreError"]

BOOKKEEPING_GRAPH = ox.NamedNode("https://w3id.org/unionkg/id/store")
"""The named graph of the store's own records (extractions, content hashes, settings)."""

_NS = "https://w3id.org/unionkg/store#"
_EXTRACTION = ox.NamedNode(_NS + "extraction")
_HASH = ox.NamedNode(_NS + "contentHash")
_MIN_CONFIDENCE = ox.NamedNode(_NS + "minConfidence")


class StoreError(UnionKGError):
    """A store that cannot be opened, or an article that is not in it."""


class UnknownArticleError(StoreError, LookupError):
    """An article asked for by id that is not in the store (the command line's usage error)."""


@dataclass
class ChangeResult:
    """What an add or a remove did: articles added, left as they were, removed, replaced
    (added again with other text); quads changed."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    inserted: int = 0
    deleted: int = 0
    problems: list[InputError] = field(default_factory=list)


class GraphStore:
    """An Oxigraph store on disk holding the graph of the articles added to it."""

    def __init__(self, store: ox.Store, path: Path) -> None:
        self.store = store
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True) -> GraphStore:
        """Open (or, with ``create``, make) the store in directory ``path``."""
        directory = Path(path)
        if not create and not (directory / "CURRENT").is_file():
            raise StoreError(
                f"{directory}: no unionkg store there; "
                "make one with: unionkg build PATH... -o OUT --store DIR"
            )
        try:
            directory.mkdir(parents=True, exist_ok=True)
            return cls(ox.Store(str(directory)), directory)
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"{directory}: the store is in use by another unionkg command (build, add, "
                    "remove); wait for it to finish and try again"
                ) from None
            raise StoreError(f"{directory}: cannot open the store ({exc})") from exc

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (its lock is freed when the object goes)."""
        self.store.flush()
        del self.store

    # -- reading -------------------------------------------------------------------------------

    def hashes(self) -> dict[str, str]:
        """Article IRI -> SHA-256 of its text, for every stored article."""
        quads = self.store.quads_for_pattern(None, _HASH, None, BOOKKEEPING_GRAPH)
        return {_value(q.subject): _value(q.object) for q in quads}

    def extractions(self) -> list[Extraction]:
        """Every stored article's extraction, by article id."""
        quads = self.store.quads_for_pattern(None, _EXTRACTION, None, BOOKKEEPING_GRAPH)
        found = [extraction_from_json(_value(q.object)) for q in quads]
        return sorted(found, key=lambda ex: ex.article.id)

    def article_ids(self) -> list[str]:
        """The ids of the stored articles, sorted."""
        return [ex.article.id for ex in self.extractions()]

    @property
    def min_confidence(self) -> float:
        """Edges less confident than this are left out of the graph (set by the build)."""
        for quad in self.store.quads_for_pattern(None, _MIN_CONFIDENCE, None, BOOKKEEPING_GRAPH):
            return float(_value(quad.object))
        return 0.0

    def graph(self) -> KnowledgeGraph:
        """The knowledge graph of the stored articles, as a full build of them gives it."""
        return self._compute(self.extractions(), self.min_confidence)

    def graph_quads(self) -> Iterator[ox.Quad]:
        """Every quad of the graph (the bookkeeping graph left out)."""
        for quad in self.store.quads_for_pattern(None, None, None, None):
            if quad.graph_name != BOOKKEEPING_GRAPH:
                yield quad

    def __len__(self) -> int:
        return sum(1 for _ in self.graph_quads())

    # -- changing ------------------------------------------------------------------------------

    def add_extractions(
        self,
        extractions: Iterable[Extraction],
        *,
        min_confidence: float | None = None,
        replace: bool = False,
    ) -> ChangeResult:
        """Add (or replace, by article id) extracted articles; the graph is recomputed from the
        stored extractions and the difference applied in one transaction. With ``replace``, the
        articles not among ``extractions`` go (what a fresh build into the store does)."""
        stored = {ex.article.id: ex for ex in self.extractions()}
        hashes = self.hashes()
        result = ChangeResult()
        incoming = {ex.article.id: ex for ex in extractions}
        if replace:
            result.removed = sorted(set(stored) - set(incoming))
            for article_id in result.removed:
                del stored[article_id]
        for article_id, ex in sorted(incoming.items()):
            if hashes.get(article_iri(article_id)) == content_hash(ex.article):
                result.unchanged.append(article_id)
                continue
            stored[article_id] = ex
            result.added.append(article_id)
        confidence = self.min_confidence if min_confidence is None else min_confidence
        if not result.added and not result.removed and confidence == self.min_confidence:
            return result
        books_out = [q for i in result.added + result.removed for q in self._books(i)]
        books_in = [q for i in result.added for q in _bookkeeping(stored[i])]
        if min_confidence is not None:
            books_out += list(self.store.quads_for_pattern(None, _MIN_CONFIDENCE, None, None))
            books_in.append(_setting(min_confidence))
        self._apply(list(stored.values()), confidence, books_out, books_in, result)
        return result

    def remove(self, article_ids: Iterable[str]) -> ChangeResult:
        """Take articles (by id) out of the store, with every fact only they support."""
        stored = {ex.article.id: ex for ex in self.extractions()}
        result = ChangeResult()
        for given in article_ids:
            article_id = _article_id(given)
            if article_id not in stored:
                known = ", ".join(sorted(stored)[:10]) or "none"
                raise UnknownArticleError(
                    f"no article {article_id!r} in {self.path}; stored: {known}"
                )
            del stored[article_id]
            result.removed.append(article_id)
        books_out = [q for i in result.removed for q in self._books(i)]
        self._apply(list(stored.values()), self.min_confidence, books_out, [], result)
        return result

    def _books(self, article_id: str) -> list[ox.Quad]:
        subject = ox.NamedNode(article_iri(article_id))
        return list(self.store.quads_for_pattern(subject, None, None, BOOKKEEPING_GRAPH))

    @staticmethod
    def _compute(extractions: list[Extraction], min_confidence: float) -> KnowledgeGraph:
        return build_graph(extractions, min_confidence)

    def _apply(
        self,
        extractions: list[Extraction],
        min_confidence: float,
        books_out: list[ox.Quad],
        books_in: list[ox.Quad],
        result: ChangeResult,
    ) -> None:
        missing = to_store_quads(self._compute(extractions, min_confidence))
        stale: list[ox.Quad] = []
        for quad in self.graph_quads():  # streamed: the store's quads are never all held at once
            if quad in missing:
                missing.remove(quad)
            else:
                stale.append(quad)
        result.inserted, result.deleted = len(missing), len(stale)
        delete = sorted(stale, key=str) + books_out
        insert = sorted(missing, key=str) + books_in
        if not delete and not insert:
            return
        update = f"DELETE DATA {{\n{_data(delete)}}} ;\nINSERT DATA {{\n{_data(insert)}}}"
        try:
            self.store.update(update)
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write the store ({exc})") from exc


def _article_id(given: str) -> str:
    """An article's id from its id or its IRI.

    >>> _article_id("https://w3id.org/unionkg/id/article/a%201")
    'a 1'
    """
    prefix = article_iri("")
    return unquote(given[len(prefix) :]) if given.startswith(prefix) else given


def _value(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | ox.DefaultGraph) -> str:
    if isinstance(term, ox.Triple | ox.DefaultGraph):
        raise StoreError(f"unexpected term in the bookkeeping graph: {term}")
    return term.value


def _bookkeeping(extraction: Extraction) -> list[ox.Quad]:
    subject = ox.NamedNode(article_iri(extraction.article.id))
    return [
        ox.Quad(subject, _HASH, ox.Literal(content_hash(extraction.article)), BOOKKEEPING_GRAPH),
        ox.Quad(
            subject, _EXTRACTION, ox.Literal(extraction_to_json(extraction)), BOOKKEEPING_GRAPH
        ),
    ]


def _setting(min_confidence: float) -> ox.Quad:
    decimal = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
    value = ox.Literal(f"{min_confidence:.4f}", datatype=decimal)
    return ox.Quad(BOOKKEEPING_GRAPH, _MIN_CONFIDENCE, value, BOOKKEEPING_GRAPH)


def _data(quads: list[ox.Quad]) -> str:
    """Quads as the body of ``INSERT DATA``/``DELETE DATA`` (terms in N-Triples syntax, which
    escapes every quote, backslash and line break of a literal)."""
    lines = []
    for quad in quads:
        triple = f"{quad.subject} {quad.predicate} {quad.object} ."
        if isinstance(quad.graph_name, ox.DefaultGraph):
            lines.append(triple + "\n")
        else:
            lines.append(f"GRAPH {quad.graph_name} {{ {triple} }}\n")
    return "".join(lines)
