"""``unionkg build``, ``demo``, ``stats`` and ``formats``: thin wrappers over
:mod:`unionkg.pipeline`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import click

from .. import pipeline
from ..errors import InputError, UnionKGError
from ..model import Article
from ..registry import exporter_names
from .common import EXIT_PARTIAL, fail, fail_with, must_exist, report_problems
from .progress import bar, estimate_articles, progress_option, show_progress

__all__ = ["build", "demo", "formats", "stats"]


def _progress(enabled: bool | None, paths: Sequence[str]) -> pipeline.Progress | None:
    if not show_progress(enabled):
        return None

    def wrap(items: Iterable[Article], total: int | None) -> Iterable[Article]:
        estimate = total if total is not None else estimate_articles(paths)
        return bar(items, total=estimate, unit="article", desc="extracting")

    return wrap


def _summary(result: pipeline.BuildResult) -> None:
    stats = pipeline.graph_stats(result.graph)
    nodes = ", ".join(f"{n} {t}" for t, n in stats["nodes"].items()) or "none"
    edges = ", ".join(f"{n} {r}" for r, n in stats["edges"].items()) or "none"
    click.echo(f"articles: {stats['articles']['total']}")
    click.echo(f"entities: {len(result.graph.nodes)} ({nodes})")
    click.echo(f"relations: {len(result.graph.edges)} ({edges})")
    for name, path in result.written.items():
        click.echo(f"wrote {name:8} {path}")


def _run_build(paths: Sequence[str], out: str, strict: bool, min_confidence: float,
               progress: bool | None, store: str | None = None,
               workers: int = 1, scheduler: str | None = None) -> None:  # fmt: skip
    try:
        if scheduler is not None:
            from ..cluster import build_graph_on_cluster

            result = build_graph_on_cluster(
                paths, scheduler, min_confidence=min_confidence, keep_text=store is not None
            )
        else:
            result = pipeline.build_graph_from_paths(
                paths, min_confidence=min_confidence, progress=_progress(progress, paths),
                strict=strict, workers=workers, keep_text=False, for_store=store is not None,
            )  # fmt: skip
        if strict and result.problems:
            fail(f"{result.problems[0]} (--strict: nothing written)", EXIT_PARTIAL)
        if not result.graph.articles:
            report_problems(result.problems)
            fail("no article could be read; nothing written")
        result.written = pipeline.export_graph(result.graph, out, jobs=workers)
        if store is not None:
            pipeline.save_to_store(result, store, min_confidence=min_confidence)
    except InputError as exc:
        if strict:  # the first bad input, raised to stop the build
            fail(f"{exc} (--strict: nothing written)", EXIT_PARTIAL)
        fail(str(exc))
    except UnionKGError as exc:
        fail_with(exc)
    _summary(result)
    if result.problems:
        report_problems(result.problems)
        sys.exit(EXIT_PARTIAL)


_common = [
    click.option("-o", "--out", "out", required=True, type=click.Path(file_okay=False),
                 help="Directory to write the graph files into (see: unionkg formats)."),
    click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
                 help="Drop edges whose best evidence is less confident than this."),
    progress_option,
    click.option("--store", type=click.Path(file_okay=False), default=None,
                 help="Also keep the graph in this SPARQL store directory (for unionkg add, "
                 "remove, query, serve, push)."),
]  # fmt: skip


def _with_common(func: Any) -> Any:
    for option in reversed(_common):
        func = option(func)
    return func


@click.command()
@click.argument("paths", nargs=-1, required=True)
@_with_common
@click.option("--strict", is_flag=True, help="Stop at the first input that cannot be read.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extract (and write the files) in this many processes.")  # fmt: skip
@click.option("--scheduler", metavar="tcp://HOST:8786", default=None,
              help="Extract on this Dask cluster instead (the workers read PATHS: give paths "
              "they see, on shared storage).")  # fmt: skip
def build(paths: tuple[str, ...], out: str, min_confidence: float, progress: bool | None,
          store: str | None, strict: bool, workers: int,
          scheduler: str | None) -> None:  # fmt: skip
    """Read PATHS (files, directories read recursively, or - for standard input) and write the
    graph into OUT.

    Inputs: .txt (UTF-8, GB18030/GBK, Big5; newspaper pages are split into articles),
    .html/.htm, .jsonl (one article per line with "text").
    """
    _run_build(paths, out, strict, min_confidence, progress, store, workers, scheduler)


@click.command()
@_with_common
def demo(out: str, min_confidence: float, progress: bool | None, store: str | None) -> None:
    """Build the graph of the sample articles shipped with unionkg into OUT."""
    corpus = pipeline.sample_corpus()
    click.echo(f"sample corpus: {corpus}")
    _run_build([str(corpus)], out, False, min_confidence, progress, store)


@click.command()
@click.argument("file", type=click.Path(), callback=must_exist)
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(file: str, as_json: bool) -> None:
    """Count the entities by type and the relations by kind in FILE (a graph we wrote, a build
    directory or a store)."""
    from ..ontology import graph_counts

    path = Path(file)
    if path.is_dir() and not (path / "CURRENT").is_file():  # a build directory, not a store
        path = path / "graph.ttl"
    try:
        counts = graph_counts(path)
    except UnionKGError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps(counts, ensure_ascii=False, indent=2, sort_keys=True))
        return
    for section in ("entities", "relations"):
        total = sum(counts[section].values())
        click.echo(f"{section}: {total}")
        for name, n in sorted(counts[section].items(), key=lambda kv: (-kv[1], kv[0])):
            click.echo(f"  {name:20} {n}")


@click.command(name="formats")
def formats() -> None:
    """List the output formats a build writes."""
    from ..registry import exporter

    for name in exporter_names():
        spec = exporter(name)
        click.echo(f"{name:8} {spec.filename:14} {spec.description}")
