"""``unionkg add``, ``remove``, ``export`` and ``push``: the SPARQL store, one article at a time.

Thin wrappers over :class:`unionkg.store.GraphStore`. The store directory is ``--store DIR``,
else ``$UNIONKG_STORE``, else ``./unionkg-store``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import click

from .. import pipeline
from ..errors import UnionKGError
from ..model import Article
from ..registry import exporter_names
from .common import EXIT_PARTIAL, fail_with, report_problems
from .progress import bar, estimate_articles, progress_option, show_progress

__all__ = ["DEFAULT_STORE", "add", "export", "is_store", "push", "remove", "store_option"]

DEFAULT_STORE = "unionkg-store"

Graph = tuple[str, list[Any]]  # what push sends at a time: a graph's name and its triples


def is_store(path: str | Path) -> bool:
    """Whether ``path`` is a store directory (Oxigraph's RocksDB keeps a ``CURRENT`` file)."""
    return (Path(path) / "CURRENT").is_file()


def _existing_store(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not is_store(value):
        raise click.BadParameter(
            f"{value}: no unionkg store there; make one with: "
            "unionkg build PATH... -o OUT --store DIR",
            ctx,
            param,
        )
    return value


store_option = click.option(
    "--store",
    "store",
    type=click.Path(file_okay=False),
    envvar="UNIONKG_STORE",
    show_envvar=True,
    default=DEFAULT_STORE,
    show_default=True,
    callback=_existing_store,
    help="The SPARQL store directory (made by: unionkg build ... --store DIR).",
)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@progress_option
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extract in this many processes.")  # fmt: skip
@click.option(
    "--replace",
    is_flag=True,
    help="Replace a stored article whose id comes again with other text (else: refused).",
)
def add(paths: tuple[str, ...], store: str, workers: int, progress: bool | None,
        replace: bool) -> None:  # fmt: skip
    """Add the articles under PATHS to the store: only new articles are extracted, their
    entities resolve against what the store has, and an article already there (same text)
    changes nothing; one with a stored id but other text is refused without --replace.
    All of them go in at once, or none.

    A running `unionkg serve` answers with the new articles from its next query on."""
    from ..store import GraphStore

    def articles(items: Iterable[Article], total: int | None) -> Iterable[Article]:
        return bar(items, total=total or estimate_articles(paths), unit="article",
                   desc="extracting")  # fmt: skip

    try:
        shown = articles if show_progress(progress) else None
        result = pipeline.add_to_store(
            paths, store, workers=workers, progress=shown, replace_changed=replace
        )
        with GraphStore.open(store, create=False) as graph_store:
            total = len(graph_store.article_ids())
    except UnionKGError as exc:
        fail_with(exc)
    for article_id in result.added:
        if article_id in result.replaced:
            click.echo(f"replaced  {article_id} (its text changed)")
        else:
            click.echo(f"added     {article_id}")
    for article_id in result.unchanged:
        click.echo(f"unchanged {article_id} (already in the store)")
    click.echo(f"store: {total} articles; {result.inserted} statements added, "
               f"{result.deleted} removed")  # fmt: skip
    if result.problems:
        report_problems(result.problems)
        sys.exit(EXIT_PARTIAL)


@click.command()
@click.argument("articles", nargs=-1, required=True)
@store_option
def remove(articles: tuple[str, ...], store: str) -> None:
    """Take ARTICLES (by id or IRI; `unionkg query --saved articles` lists them) out of the store,
    with every fact that only they support."""
    from ..store import GraphStore

    try:
        with GraphStore.open(store, create=False) as graph_store:
            result = graph_store.remove(articles)
            total = len(graph_store.article_ids())
    except UnionKGError as exc:
        fail_with(exc)
    for article_id in result.removed:
        click.echo(f"removed   {article_id}")
    click.echo(f"store: {total} articles; {result.deleted} statements removed, "
               f"{result.inserted} added")  # fmt: skip


@click.command()
@store_option
@click.option(
    "-o",
    "--out",
    "out",
    required=True,
    type=click.Path(file_okay=False),
    help="Directory to write the graph files into.",
)
@click.option(
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(exporter_names()),
    help="A format to write (repeatable; default: all; see: unionkg formats).",
)
@progress_option
def export(store: str, out: str, formats: tuple[str, ...], progress: bool | None) -> None:
    """Write the files of a build (graph.ttl, graph.trig, graph.html …) from the store."""
    from ..store import GraphStore

    names = list(dict.fromkeys(formats)) or exporter_names()
    steps: Iterable[str] = names
    if show_progress(progress):
        steps = bar(names, total=len(names), unit="file", desc="writing")
    written = {}
    try:
        with GraphStore.open(store, create=False) as graph_store:
            graph = graph_store.graph()
        for name in steps:  # one format at a time, so the bar moves file by file
            written.update(pipeline.export_graph(graph, out, [name]))
    except UnionKGError as exc:
        fail_with(exc)
    for name, path in written.items():
        click.echo(f"wrote {name:8} {path}")


@click.command()
@store_option
@click.option(
    "--endpoint",
    required=True,
    help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store (Oxigraph), "
    "http://HOST:3030/DATASET/data (Fuseki).",
)
@click.option("--method", type=click.Choice(["PUT", "POST"]), default="PUT", show_default=True,
              help="PUT replaces each graph on the server, POST adds to it.")  # fmt: skip
@progress_option
def push(store: str, endpoint: str, method: str, progress: bool | None) -> None:
    """Load the graph into another triple store (SPARQL 1.1 Graph Store HTTP Protocol): the
    default graph, then one named graph per article."""
    from ..store import GraphStore
    from ..store.push import push_quads

    def graphs(items: Sequence[Graph]) -> Iterable[Graph]:
        if not show_progress(progress):
            return items
        return bar(items, total=len(items), unit="graph", desc="pushing")

    try:
        with GraphStore.open(store, create=False) as graph_store:
            quads = list(graph_store.graph_quads())
        result = push_quads(quads, endpoint, method=method, progress=graphs)
    except UnionKGError as exc:
        fail_with(exc)
    click.echo(f"pushed {result.triples} statements in {len(result.graphs)} graphs to {endpoint}")
