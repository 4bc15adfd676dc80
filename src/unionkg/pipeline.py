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

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError, OutputError
from .graph import build_graph
from .loaders import iter_articles
from .loaders.article import ProblemHandler
from .model import Article, Extraction, KnowledgeGraph

if TYPE_CHECKING:
    from .store import ChangeResult, GraphStore
from .parallel import export_in_processes, extract_in_processes
from .registry import exporter, exporter_names

__all__ = [
    "MAX_ARTICLE_CHARS",
    "BuildResult",
    "add_articles",
    "add_to_store",
    "build",
    "build_graph_from_paths",
    "export_graph",
    "extract_source",
    "extraction_failed",
    "graph_from_extractions",
    "graph_stats",
    "iter_extractions",
    "sample_corpus",
    "save_to_store",
]

Progress = Callable[[Iterable[Article], int | None], Iterable[Article]]
"""Wraps the stream of articles (a progress bar); the int is their number when known."""

#: The longest article that is extracted (about 20 s of extraction); a longer one is reported.
MAX_ARTICLE_CHARS = 100_000


@dataclass
class BuildResult:
    """What a build produced: the graph, the inputs it could not read, the files written."""

    graph: KnowledgeGraph
    problems: list[InputError] = field(default_factory=list)
    written: dict[str, Path] = field(default_factory=dict)
    extractions: list[Extraction] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    """Wall seconds of each stage: ``extract`` (load and extract, overlapping the per-article
    part of resolution), ``resolve`` (the merge), ``export:NAME`` (each exporter)."""
    bookkeeping: Path | None = None
    """With ``for_store``: each article's store bookkeeping, N-Quads in a temporary file."""


def _too_long(article: Article) -> InputError:
    return InputError(
        article.source or article.id,
        f"article {article.id!r} has {len(article.text):,} characters, more than the "
        f"{MAX_ARTICLE_CHARS:,} extracted from one article",
        "split it into separate articles (one file or one JSON line each)",
    )


def extraction_failed(article: Article, reason: str) -> InputError:
    """The problem reported for an article that extraction failed on."""
    return InputError(
        article.source or article.id,
        f"extraction failed on article {article.id!r} ({reason})",
        "the article was skipped; please report this with the article attached",
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
    """Extract each of ``articles`` (optionally wrapped in a progress bar), one at a time: the
    one extraction loop of a build and of ``unionkg add``.

    An article that extraction fails on, or one longer than :data:`MAX_ARTICLE_CHARS`, is
    reported to ``on_problem`` (or appended to ``problems``) and left out; the others are still
    extracted. Without either, the first such article raises. Without ``keep_text`` each
    extraction keeps its article's metadata but not its text (evidence keeps its sentences).
    With ``workers`` > 1 the articles are extracted in that many processes, in order.

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

    for article, extraction in extract_in_processes(short(stream), workers, keep_text):
        if isinstance(extraction, str):
            bad(extraction_failed(article, extraction))
            continue
        yield extraction


def extract_source(
    source: str, keep_text: bool = False
) -> tuple[list[Extraction], list[tuple[str, str, str]]]:
    """The extractions of the articles of one input file (:func:`iter_extractions` in this
    process), and its problems as ``(source, problem, hint)``: what a Dask worker runs on one
    partition (see :mod:`unionkg.cluster`); the result pickles.

    >>> extract_source("no/such.jsonl")[1][0][1]
    'no such file or directory'
    """
    problems: list[InputError] = []
    found = list(iter_extractions(
        iter_articles([source], problems.append), problems=problems, keep_text=keep_text
    ))  # fmt: skip
    return found, [(p.source, p.problem, p.hint) for p in problems]


def build_graph_from_paths(
    paths: Sequence[str | os.PathLike[str]],
    *,
    min_confidence: float = 0.0,
    progress: Progress | None = None,
    strict: bool = False,
    workers: int = 1,
    keep_text: bool = False,
    for_store: bool = False,
) -> BuildResult:
    """Load every input under ``paths`` and build the graph; bad inputs become problems.

    With ``for_store`` the extractions are not kept (whatever ``keep_text``): what a store needs
    of each goes to a temporary file as they stream (``result.bookkeeping``; see
    :func:`save_to_store`), so a build for a store takes the memory of one without.

    The articles stream from the loaders through extraction into resolution (see the module
    docstring). Only with ``keep_text`` are the extractions kept, texts included, in
    ``result.extractions`` (what :func:`save_to_store` stores without ``for_store``), and
    memory grows with the text read, not only with the graph. With ``strict`` the first bad
    input raises its :class:`InputError` and nothing more is read.
    (:func:`unionkg.cluster.build_graph_on_cluster` is this on a Dask cluster.)
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
    if not for_store:
        result = graph_from_extractions(stream, keep_text, min_confidence)
        result.problems = problems
        return result
    try:
        result = graph_from_extractions(spool.tap(stream), False, min_confidence)
    except BaseException:
        spool.close()
        raise
    result.problems, result.bookkeeping = problems, spool.finish()
    return result


def graph_from_extractions(
    stream: Iterable[Extraction], keep_text: bool = False, min_confidence: float = 0.0
) -> BuildResult:
    """Resolve a stream of extractions into a graph as they come (keeping them, texts included,
    in ``result.extractions`` with ``keep_text``), timing the stages in ``result.seconds``."""
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    extractions: list[Extraction] = []
    if keep_text:
        extractions = list(stream)
        stream = extractions
    graph = build_graph(_timed(stream, seconds, started), min_confidence)
    seconds["resolve"] = time.perf_counter() - started - seconds["extract"]
    return BuildResult(graph, extractions=extractions, seconds=seconds)


def _timed(
    stream: Iterable[Extraction], seconds: dict[str, float], started: float
) -> Iterator[Extraction]:
    """``stream``, noting in ``seconds["extract"]`` when its last item came."""
    yield from stream
    seconds["extract"] = time.perf_counter() - started


def export_graph(
    graph: KnowledgeGraph,
    out_dir: str | os.PathLike[str],
    formats: Sequence[str] | None = None,
    seconds: dict[str, float] | None = None,
    *,
    jobs: int = 1,
) -> dict[str, Path]:
    """Write ``graph`` with each exporter in ``formats`` (all by default) into ``out_dir``:
    all of them first into a hidden directory there, then each renamed over its namesake, so
    a build that fails while writing (a full disk) leaves every previous output as it was.
    Each exporter's wall seconds go into ``seconds`` as ``export:NAME``, all of them as
    ``export``. With ``jobs`` > 1 the exporters run in that many forked processes, which share
    the graph without copying it (where the platform forks and this process runs no other
    thread; else one after another).
    """
    from .exports.files import staged_directory

    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the output directory ({exc.strerror})") from exc
    names = list(formats or exporter_names())
    started = time.perf_counter()
    try:
        with staged_directory(out) as staging:
            staged = {name: staging / exporter(name).filename for name in names}
            times = export_in_processes(graph, staged, jobs)
    except OutputError as exc:
        raise OutputError(f"{exc}; no output was replaced: {out} holds the previous build's "
                          "files as they were") from exc  # fmt: skip
    if seconds is not None:
        seconds.update((f"export:{name}", took) for name, took in times.items())
        seconds["export"] = time.perf_counter() - started
    return {name: out / exporter(name).filename for name in names}


def build(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    formats: Sequence[str] | None = None,
    min_confidence: float = 0.0,
    progress: Progress | None = None,
    store: str | os.PathLike[str] | None = None,
    workers: int = 1,
) -> BuildResult:
    """Build the graph of everything under ``paths`` and write it into ``out_dir`` (and, with
    ``store``, into the SPARQL store in that directory: see :func:`save_to_store`), extracting
    in ``workers`` processes."""
    result = build_graph_from_paths(
        paths, min_confidence=min_confidence, progress=progress, for_store=store is not None,
        workers=workers, keep_text=False,
    )  # fmt: skip
    result.written = export_graph(result.graph, out_dir, formats, result.seconds, jobs=workers)
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


def add_to_store(
    paths: Sequence[str | os.PathLike[str]],
    store: str | os.PathLike[str],
    *,
    workers: int = 1,
    progress: Progress | None = None,
    replace_changed: bool = False,
) -> ChangeResult:
    """Add the articles under ``paths`` to the existing store ``store``: an article whose text
    is stored already is left as it is, the new ones go through :func:`iter_extractions` (in
    ``workers`` processes) and then into the store in one transaction (see
    :func:`add_articles` for an id the store has with other text)."""
    from .store import GraphStore

    with GraphStore.open(store, create=False) as graph_store:
        problems: list[InputError] = []
        return add_articles(graph_store, iter_articles(paths, problems.append), problems,
                            workers=workers, progress=progress,
                            replace_changed=replace_changed)  # fmt: skip


def add_articles(
    graph_store: GraphStore,
    articles: Iterable[Article],
    problems: list[InputError] | None = None,
    *,
    workers: int = 1,
    progress: Progress | None = None,
    replace_changed: bool = False,
) -> ChangeResult:
    """Extract the articles whose text ``graph_store`` does not hold yet and add them in one
    transaction; the problems met (``problems``, then the extraction's) are in the result.

    An article whose id the store has, with other text, replaces the stored one only with
    ``replace_changed`` (listed in ``replaced``); without it a :class:`StoreError` naming them
    is raised before anything is extracted or changed."""
    from .model import article_iri
    from .store.codec import content_hash
    from .store.graphstore import StoreError

    problems = problems if problems is not None else []
    stored = graph_store.hashes()
    known = set(stored.values())
    unchanged: list[str] = []
    digests = [(article, content_hash(article)) for article in articles]  # each text hashed once
    changed = [a.id for a, digest in digests if stored.get(article_iri(a.id), digest) != digest]
    if changed and not replace_changed:
        shown = ", ".join(repr(i) for i in changed[:5]) + (" …" if len(changed) > 5 else "")
        raise StoreError(f"{len(changed)} article(s) already in the store with other text: "
                         f"{shown}; give --replace to replace them, or other ids")  # fmt: skip

    def fresh() -> Iterator[Article]:
        for article, digest in digests:
            if digest in known:
                unchanged.append(article.id)
                continue
            known.add(digest)
            yield article

    extracted = iter_extractions(fresh(), progress, problems, workers=workers)
    change = graph_store.add_extractions(list(extracted))
    change.replaced = [i for i in changed if i in change.added]
    change.unchanged[:0] = unchanged
    change.problems[:0] = problems
    return change


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
