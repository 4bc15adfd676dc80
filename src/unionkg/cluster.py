"""The build on a Dask cluster: extraction on its workers, the graph in this process.

Extraction is a pure function of an article, so the input files (JSON Lines shards, pages,
HTML files) are the partitions: each becomes one Dask task that a worker runs with
:func:`unionkg.pipeline.extract_source` — it reads the file from storage every worker shares,
extracts its articles and sends back their extractions without the texts. This process (the
coordinator) lists the files, keeps a bounded window of tasks in flight and resolves each file's
extractions as they come back, in file order, so it holds the graph and a few files'
extractions, never the corpus. The result is a normal :class:`~unionkg.pipeline.BuildResult`:
the files a build writes are byte-identical to a plain build of the same paths.

Start a scheduler and workers (one model thread per worker process)::

    dask scheduler                                   # prints tcp://HOST:8786
    dask worker tcp://HOST:8786 --nworkers 2 --nthreads 1

then ``unionkg build /shared/archive --scheduler tcp://HOST:8786 -o out``, or from Python::

    from unionkg.cluster import build_on_cluster
    result = build_on_cluster(["/shared/archive"], "out", "tcp://HOST:8786")

Paths are read by the workers: give them as the workers see them (an absolute path on shared
storage). Standard input cannot be partitioned and is reported.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from .errors import InputError, UnionKGError
from .extract.ner import THREADS_VARIABLE
from .loaders.article import STDIN_NAME
from .loaders.discover import _sources, _unique_id, id_suffix
from .model import Extraction
from .parallel import strip_text
from .pipeline import (
    BuildResult,
    export_graph,
    extract_source,
    graph_from_extractions,
    save_to_store,
)

__all__ = ["ClusterError", "build_graph_on_cluster", "build_on_cluster", "extract_on_cluster"]

_WINDOW = 4  # files in flight per worker thread of the cluster


class ClusterError(UnionKGError):
    """A Dask scheduler that cannot be reached, or Dask not installed."""


def _on_worker(
    source: str, keep_text: bool
) -> tuple[list[Extraction], list[str], list[tuple[str, ...]]]:
    """One partition, on a Dask worker: the model on one thread unless the worker says else.
    With each extraction, the suffix its article gets should an earlier file use its id (taken
    from the text, which does not travel back without ``keep_text``)."""
    os.environ.setdefault(THREADS_VARIABLE, "1")
    found, problems = extract_source(source, keep_text=True)
    suffixes = [id_suffix(ex.article) for ex in found]
    if not keep_text:
        found = [strip_text(ex) for ex in found]
    return found, suffixes, [tuple(p) for p in problems]


def _client(scheduler: Any) -> Any:
    """A Dask client of ``scheduler`` (an address, or a client given as it is)."""
    if not isinstance(scheduler, str):
        return scheduler
    try:
        from distributed import Client
    except ImportError as exc:
        raise ClusterError(
            "Dask is not installed; run: pip install 'unionkg[dask]' (dask[distributed])"
        ) from exc
    try:
        return Client(scheduler, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise ClusterError(
            f"{scheduler}: no Dask scheduler answers there ({exc}); start one with: "
            "dask scheduler, and workers with: dask worker tcp://HOST:8786"
        ) from exc


def _renamed(extraction: Extraction, suffix: str, seen: set[str],
             on_problem: Callable[[InputError], None]) -> Extraction:  # fmt: skip
    """``extraction`` under the id the loaders give an article whose id an earlier file used
    (and said to ``on_problem``, as the loaders say it)."""
    article = _unique_id(extraction.article, seen, on_problem, suffix)
    if article.id == extraction.article.id:
        return extraction
    relations = [
        replace(rel, evidence=replace(rel.evidence, article_id=article.id))
        for rel in extraction.relations
    ]
    return replace(extraction, article=article, relations=relations)


def extract_on_cluster(
    paths: Sequence[str | os.PathLike[str]],
    scheduler: Any,
    on_problem: Callable[[InputError], None],
    *,
    keep_text: bool = False,
) -> Iterator[Extraction]:
    """The extractions of every article under ``paths``, one file per Dask task on the
    cluster at ``scheduler`` (an address or a ``distributed.Client``), in the order of a plain
    build; problems go to ``on_problem`` as in a plain build."""
    sources = _sources(paths, on_problem)
    client = _client(scheduler)
    try:
        window = _WINDOW * max(1, sum(client.nthreads().values()))
        pending: deque[Any] = deque()
        seen: set[str] = set()
        for source in [*sources, None]:
            if source is not None and source.name == STDIN_NAME:
                on_problem(InputError(
                    STDIN_NAME, "standard input cannot be extracted on a cluster",
                    "write it to a file on storage the workers share",
                ))  # fmt: skip
                continue
            if source is not None:
                pending.append(client.submit(_on_worker, source.name, keep_text, pure=False))
            while pending and (source is None or len(pending) >= window):
                found, suffixes, problems = pending.popleft().result()
                for problem in problems:
                    on_problem(InputError(*problem))
                for extraction, suffix in zip(found, suffixes, strict=True):
                    yield _renamed(extraction, suffix, seen, on_problem)
    finally:
        if isinstance(scheduler, str):
            client.close()


def build_graph_on_cluster(
    paths: Sequence[str | os.PathLike[str]],
    scheduler: Any,
    *,
    min_confidence: float = 0.0,
    keep_text: bool = False,
) -> BuildResult:
    """:func:`unionkg.pipeline.build_graph_from_paths`, extracting on the Dask cluster at
    ``scheduler``; with ``keep_text`` the extractions come back whole and are kept (for the
    store), else only what resolution reads."""
    problems: list[InputError] = []
    stream = extract_on_cluster(paths, scheduler, problems.append, keep_text=keep_text)
    result = graph_from_extractions(stream, keep_text, min_confidence)
    result.problems = problems
    return result


def build_on_cluster(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    scheduler: Any,
    *,
    formats: Sequence[str] | None = None,
    min_confidence: float = 0.0,
    store: str | os.PathLike[str] | None = None,
) -> BuildResult:
    """:func:`unionkg.pipeline.build` on a Dask cluster: the files of a build in ``out_dir``
    (and, with ``store``, the SPARQL store, pushable with ``unionkg push``)."""
    result = build_graph_on_cluster(
        paths, scheduler, min_confidence=min_confidence, keep_text=store is not None
    )
    result.written = export_graph(result.graph, Path(out_dir), formats, result.seconds)
    if store is not None:
        save_to_store(result, store, min_confidence=min_confidence)
    return result
