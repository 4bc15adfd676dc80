"""Where the stages meet: load, extract, resolve, export.

Everything the command line does is here as a function a script can call::

    result = build(["articles/"], "out")
    result.graph, result.problems, result.written
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path

from .errors import InputError, OutputError, UnionKGError
from .extract import extract_article
from .graph import build_graph
from .loaders import load_paths
from .model import Article, Extraction, KnowledgeGraph
from .registry import exporter, exporter_names

__all__ = [
    "BuildResult",
    "build",
    "build_graph_from_paths",
    "export_graph",
    "extract_articles",
    "graph_stats",
    "sample_corpus",
    "save_to_store",
]

Progress = Callable[[Iterable[Article], int], Iterable[Article]]


@dataclass
class BuildResult:
    """What a build produced: the graph, the inputs it could not read, the files written."""

    graph: KnowledgeGraph
    problems: list[InputError] = field(default_factory=list)
    written: dict[str, Path] = field(default_factory=dict)
    extractions: list[Extraction] = field(default_factory=list)


def extract_articles(
    articles: Sequence[Article],
    progress: Progress | None = None,
    problems: list[InputError] | None = None,
) -> list[Extraction]:
    """Run extraction over ``articles`` (optionally wrapped in a progress bar).

    An article that extraction fails on is reported in ``problems`` (when given) and left out;
    the others are still extracted.
    """
    stream: Iterable[Article] = progress(articles, len(articles)) if progress else articles
    out: list[Extraction] = []
    for article in stream:
        try:
            out.append(extract_article(article))
        except UnionKGError:
            raise
        except Exception as exc:  # one article must not cost the others
            if problems is None:
                raise
            problems.append(InputError(
                article.source or article.id,
                f"extraction failed on article {article.id!r} ({exc.__class__.__name__}: {exc})",
                "the article was skipped; please report this with the article attached",
            ))  # fmt: skip
    return out


def build_graph_from_paths(
    paths: Sequence[str | os.PathLike[str]],
    *,
    min_confidence: float = 0.0,
    progress: Progress | None = None,
) -> BuildResult:
    """Load every input under ``paths`` and build the graph; bad inputs become problems."""
    loaded = load_paths(paths)
    problems = list(loaded.problems)
    extractions = extract_articles(loaded.articles, progress, problems)
    graph = build_graph(extractions)
    if min_confidence > 0:
        graph.edges = [e for e in graph.edges if e.confidence >= min_confidence]
    return BuildResult(graph, problems, extractions=extractions)


def export_graph(
    graph: KnowledgeGraph, out_dir: str | os.PathLike[str], formats: Sequence[str] | None = None
) -> dict[str, Path]:
    """Write ``graph`` with each exporter in ``formats`` (all by default) into ``out_dir``."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot create the output directory ({exc.strerror})") from exc
    written: dict[str, Path] = {}
    for name in formats or exporter_names():
        spec = exporter(name)
        target = out / spec.filename
        spec.load()(graph, target)
        written[name] = target
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
    result = build_graph_from_paths(paths, min_confidence=min_confidence, progress=progress)
    result.written = export_graph(result.graph, out_dir, formats)
    if store is not None:
        save_to_store(result, store, min_confidence=min_confidence)
    return result


def save_to_store(
    result: BuildResult, store: str | os.PathLike[str], *, min_confidence: float = 0.0
) -> Path:
    """Put a build's articles into the on-disk SPARQL store ``store`` (made if missing), each
    with its extraction, so ``unionkg add``/``remove`` can update it one article at a time."""
    from .store import GraphStore

    with GraphStore.open(store) as graph_store:
        graph_store.add_extractions(
            result.extractions, min_confidence=min_confidence, replace=True
        )
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
