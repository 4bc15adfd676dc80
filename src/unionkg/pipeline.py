"""Where the stages meet: load, extract, resolve, export.

Everything the command line does is here as a function a script can call::

    result = build(["articles/"], "out")
    result.graph, result.problems, result.written

The articles stream: each is loaded, extracted (in ``workers`` processes when asked) and, unless
the store needs the extractions, handed straight to resolution, which keeps of it only what the
graph needs (names, relations with their evidence, the article's metadata), so memory grows
with what was found, not with the text read. The exporters stream too. An article longer than
:data:`MAX_ARTICLE_CHARS` is reported and not extracted (extraction runs ~4,500 characters a
second).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from importlib.resources import as_file, files
from pathlib import Path

from .errors import InputError, OutputError, UnionKGError
from .extract import extract_article
from .graph import build_graph
from .loaders import iter_articles
from .loaders.article import ProblemHandler
from .model import Article, Extraction, KnowledgeGraph
from .registry import exporter, exporter_names

__all__ = [
    "MAX_ARTICLE_CHARS",
    "BuildResult",
    "build",
    "build_graph_from_paths",
    "export_graph",
    "graph_stats",
    "iter_extractions",
    "sample_corpus",
    "save_to_store",
]

Progress = Callable[[Iterable[Article], int | None], Iterable[Article]]
"""Wraps the stream of articles (a progress bar); the int is their number when known."""

#: The longest article that is extracted (about 20 s of extraction); a longer one is reported.
MAX_ARTICLE_CHARS = 100_000
_WINDOW = 8  # articles in flight per worker process


@dataclass
class BuildResult:
    """What a build produced: the graph, the inputs it could not read, the files written."""

    graph: KnowledgeGraph
    problems: list[InputError] = field(default_factory=list)
    written: dict[str, Path] = field(default_factory=dict)
    extractions: list[Extraction] = field(default_factory=list)
    bookkeeping: Path | None = None
    """With ``for_store``: each article's store bookkeeping, N-Quads in a temporary file."""


def _extract_safely(article: Article) -> Extraction | str:
    """The article's extraction, or what went wrong as text (a worker's result must pickle)."""
    try:
        return extract_article(article)
    except UnionKGError:
        raise
    except Exception as exc:  # one article must not cost the others
        return f"{exc.__class__.__name__}: {exc}"


def _extracted(
    articles: Iterable[Article], workers: int
) -> Iterator[tuple[Article, Extraction | str]]:
    """Each article with its extraction, in order; with ``workers`` > 1, in that many processes
    (a bounded window of articles in flight, so the input still streams)."""
    if workers <= 1:
        for article in articles:
            yield article, _extract_safely(article)
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process with threads
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        pending: deque[tuple[Article, Future[Extraction | str]]] = deque()
        for article in articles:
            pending.append((article, pool.submit(_extract_safely, article)))
            if len(pending) >= _WINDOW * workers:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()


def _too_long(article: Article) -> InputError:
    return InputError(
        article.source or article.id,
        f"article {article.id!r} has {len(article.text):,} characters, more than the "
        f"{MAX_ARTICLE_CHARS:,} extracted from one article",
        "split it into separate articles (one file or one JSON line each)",
    )


def iter_extractions(
    articles: Iterable[Article],
    progress: Progress | None = None,
    problems: list[InputError] | None = None,
    *,
    on_problem: ProblemHandler | None = None,
    workers: int = 1,
    keep_text: bool = True,
) -> Iterator[Extraction]:
    """Extract each of ``articles`` (optionally wrapped in a progress bar), one at a time.

    An article that extraction fails on, or one longer than :data:`MAX_ARTICLE_CHARS`, is
    reported to ``on_problem`` (or appended to ``problems``) and left out; the others are still
    extracted. Without either, the first such article raises. Without ``keep_text`` each
    extraction keeps its article's metadata but not its text (evidence keeps its sentences).

    >>> [x.article.id for x in iter_extractions([Article("a", "林启明当选主席。")])]
    ['a']
    """
    handler = on_problem or (problems.append if problems is not None else None)
    total = len(articles) if isinstance(articles, Sized) else None
    stream: Iterable[Article] = progress(articles, total) if progress else articles

    def bad(problem: InputError) -> None:
        if handler is None:
            raise problem
        handler(problem)

    def short(stream: Iterable[Article]) -> Iterator[Article]:
        for article in stream:
            if len(article.text) > MAX_ARTICLE_CHARS:
                bad(_too_long(article))
            else:
                yield article

    for article, extraction in _extracted(short(stream), workers):
        if isinstance(extraction, str):
            bad(InputError(
                article.source or article.id,
                f"extraction failed on article {article.id!r} ({extraction})",
                "the article was skipped; please report this with the article attached",
            ))  # fmt: skip
            continue
        if not keep_text:
            extraction.article = replace(extraction.article, text="", original=None, bylines=())
        yield extraction


def build_graph_from_paths(
    paths: Sequence[str | os.PathLike[str]],
    *,
    min_confidence: float = 0.0,
    progress: Progress | None = None,
    strict: bool = False,
    workers: int = 1,
    keep_text: bool = True,
    for_store: bool = False,
) -> BuildResult:
    """Load every input under ``paths`` and build the graph; bad inputs become problems.

    With ``for_store`` the extractions are not kept (whatever ``keep_text``): what a store needs
    of each goes to a temporary file as they stream (``result.bookkeeping``; see
    :func:`save_to_store`), so a build for a store takes the memory of one without.

    The articles stream from the loaders through extraction into resolution (see the module
    docstring). With ``keep_text`` the extractions are kept, texts included, in
    ``result.extractions`` (what :func:`save_to_store` stores); without it they are not kept at
    all. With ``strict`` the first bad input raises its :class:`InputError` and nothing more is
    read.
    """
    problems: list[InputError] = []

    def on_problem(problem: InputError) -> None:
        if strict:
            raise problem
        problems.append(problem)

    if for_store:
        from .store.rebuild import BookkeepingSpool

        spool = BookkeepingSpool()
        keep_text = False
    stream = iter_extractions(
        iter_articles(paths, on_problem),
        progress,
        on_problem=on_problem,
        workers=workers,
        keep_text=keep_text or for_store,
    )
    if for_store:
        stream = spool.tap(stream)
    try:
        extractions = list(stream) if keep_text else []
        graph = build_graph(extractions if keep_text else stream)
    except BaseException:
        if for_store:
            spool.close()
        raise
    if min_confidence > 0:
        graph.edges = [e for e in graph.edges if e.confidence >= min_confidence]
    books = spool.finish() if for_store else None
    return BuildResult(graph, problems, extractions=extractions, bookkeeping=books)


def export_graph(
    graph: KnowledgeGraph, out_dir: str | os.PathLike[str], formats: Sequence[str] | None = None
) -> dict[str, Path]:
    """Write ``graph`` with each exporter in ``formats`` (all by default) into ``out_dir``:
    all of them first into a hidden directory there, then each renamed over its namesake, so
    a build that fails while writing (a full disk) leaves every previous output as it was."""
    from .exports.files import staged_directory

    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the output directory ({exc.strerror})") from exc
    written: dict[str, Path] = {}
    try:
        with staged_directory(out) as staging:
            for name in formats or exporter_names():
                spec = exporter(name)
                spec.load()(graph, staging / spec.filename)
                written[name] = out / spec.filename
    except OutputError as exc:
        raise OutputError(f"{exc}; no output was replaced: {out} holds the previous build's "
                          "files as they were") from exc  # fmt: skip
    return written


def build(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    formats: Sequence[str] | None = None,
    min_confidence: float = 0.0,
    progress: Progress | None = None,
    store: str | os.PathLike[str] | None = None,
) -> BuildResult:
    """Build the graph of everything under ``paths`` and write it into ``out_dir`` (and, with
    ``store``, into the SPARQL store in that directory: see :func:`save_to_store`)."""
    result = build_graph_from_paths(
        paths, min_confidence=min_confidence, progress=progress, for_store=store is not None
    )
    result.written = export_graph(result.graph, out_dir, formats)
    if store is not None:
        save_to_store(result, store, min_confidence=min_confidence)
    return result


def save_to_store(
    result: BuildResult, store: str | os.PathLike[str], *, min_confidence: float = 0.0
) -> Path:
    """Put a build's articles into the on-disk SPARQL store ``store`` (made if missing), each
    with its extraction, so ``unionkg add``/``remove`` can update it one article at a time.

    A build made ``for_store`` replaces the store by a new one, bulk loaded from the graph and
    ``result.bookkeeping`` (whose file is deleted then)."""
    from .store import GraphStore

    if result.bookkeeping is not None:
        from .store.rebuild import rebuild_store

        try:
            rebuild_store(store, result.graph, result.bookkeeping, min_confidence)
        finally:
            result.bookkeeping.unlink(missing_ok=True)
            result.bookkeeping = None
        result.written["store"] = Path(store)
        return Path(store)
    if result.graph.articles and not result.extractions:
        raise OutputError(
            f"{store}: the build kept no extractions to store; "
            "build with keep_text=True (the command line does so with --store)"
        )
    with GraphStore.open(store) as graph_store:
        graph_store.add_extractions(result.extractions, min_confidence=min_confidence, replace=True)
    result.written["store"] = Path(store)
    return Path(store)


def graph_stats(graph: KnowledgeGraph) -> dict[str, dict[str, int]]:
    """Counts of nodes by type and edges by relation.

    >>> graph_stats(KnowledgeGraph())
    {'articles': {'total': 0}, 'nodes': {}, 'edges': {}}
    """
    nodes = Counter(node.type for node in graph.nodes.values())
    edges = Counter(edge.type for edge in graph.edges)
    return {
        "articles": {"total": len(graph.articles)},
        "nodes": dict(sorted(nodes.items())),
        "edges": dict(sorted(edges.items())),
    }


def sample_corpus() -> Path:
    """The directory of the sample articles shipped with the package."""
    with as_file(files("unionkg") / "data" / "sample") as path:
        return Path(path)
