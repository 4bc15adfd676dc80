"""How the build uses several processes: extraction in spawned worker processes, the exporters
in forked ones.

Extraction runs in processes started fresh (``spawn``: no fork of a process whose model runs
threads), each loading the model and the gazetteer once, with one model thread (see
:data:`unionkg.extract.ner.THREADS_VARIABLE`); articles go to them through a bounded window, so
the input still streams and the calling process resolves what came back while they extract the
next ones. The exporters run after resolution in forked processes, which see the finished graph
without its being copied or pickled; each writes its own file atomically, so the files are the
bytes one process writes.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from .errors import UnionKGError
from .extract import extract_article
from .extract.ner import THREADS_VARIABLE
from .model import Article, Extraction, KnowledgeGraph
from .registry import exporter

__all__ = ["export_in_processes", "extract_in_processes", "extract_safely"]

_WINDOW = 8  # articles in flight per worker process


def strip_text(extraction: Extraction) -> Extraction:
    """``extraction`` keeping its article's metadata but not its text (what resolution reads)."""
    extraction.article = replace(extraction.article, text="", original=None, bylines=())
    return extraction


def extract_safely(article: Article, keep_text: bool = True) -> Extraction | str:
    """The article's extraction, or what went wrong as text (a worker's result must pickle).
    Without ``keep_text`` the extraction keeps the article's metadata but not its text, so a
    worker sends back only what resolution reads.

    >>> extract_safely(Article("a", "林启明当选主席。"), keep_text=False).article.text
    ''
    """
    try:
        extraction = extract_article(article)
    except UnionKGError:
        raise
    except Exception as exc:  # one article must not cost the others
        return f"{exc.__class__.__name__}: {exc}"
    if not keep_text:
        strip_text(extraction)
    return extraction


def _start_worker() -> None:
    """In each worker process: one model thread, unless the user chose otherwise (N processes
    of one thread beat one process of N threads: the model's steps are short, so its threads
    mostly wait for each other; see docs/performance.md)."""
    os.environ.setdefault(THREADS_VARIABLE, "1")


def extract_in_processes(
    articles: Iterable[Article], workers: int, keep_text: bool
) -> Iterator[tuple[Article, Extraction | str]]:
    """Each article with its extraction, in order; with ``workers`` > 1, in that many processes
    (a bounded window of articles in flight, so the input still streams and this process
    resolves what came back while the workers extract the next ones).

    >>> [a.id for a, _ in extract_in_processes([Article("a", "某工会成立。")], 1, False)]
    ['a']
    """
    if workers <= 1:
        for article in articles:
            yield article, extract_safely(article, keep_text)
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process with threads
    with ProcessPoolExecutor(workers, context, _start_worker) as pool:
        pending: deque[tuple[Article, Future[Extraction | str]]] = deque()
        for article in articles:
            pending.append((article, pool.submit(extract_safely, article, keep_text)))
            if len(pending) >= _WINDOW * workers:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()


_FORKED_GRAPH: list[KnowledgeGraph] = []  # the graph forked exporter processes write


def _export_one(name: str, target: Path, graph: KnowledgeGraph | None = None) -> float:
    """Write ``graph`` (in a forked process: the parent's) with exporter ``name``: seconds."""
    started = time.perf_counter()
    exporter(name).load()(graph if graph is not None else _FORKED_GRAPH[0], target)
    return time.perf_counter() - started


def export_in_processes(
    graph: KnowledgeGraph, targets: dict[str, Path], jobs: int
) -> dict[str, float]:
    """Write ``graph`` with each exporter of ``targets`` (name -> file), in ``jobs`` forked
    processes, which share the graph without copying it, where the platform forks and this
    process runs no other thread (else one after another): each exporter's wall seconds.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "graph.nodelink.json"
    >>> list(export_in_processes(KnowledgeGraph(), {"nodelink": target}, 2)), target.exists()
    (['nodelink'], True)
    """
    forkable = "fork" in multiprocessing.get_all_start_methods()
    if jobs <= 1 or len(targets) <= 1 or not forkable or threading.active_count() > 1:
        return {name: _export_one(name, target, graph) for name, target in targets.items()}
    _FORKED_GRAPH[:] = [graph]
    try:
        context = multiprocessing.get_context("fork")  # the children see the graph as it is
        with ProcessPoolExecutor(min(jobs, len(targets)), context) as pool:
            futures = {name: pool.submit(_export_one, name, t) for name, t in targets.items()}
            return {name: future.result() for name, future in futures.items()}
    finally:
        _FORKED_GRAPH.clear()
