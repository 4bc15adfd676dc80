"""``unionkg add``, ``remove``, ``export`` and ``push``: the SPARQL store, one article at a time.

Thin wrappers over :class:`unionkg.store.GraphStore`. The store directory is ``--store DIR``,
else ``$UNIONKG_STORE``, else ``./unionkg-store``.
"""

from __future__ import annotations

import sys

import click

from .. import pipeline
from ..errors import UnionKGError
from .common import EXIT_PARTIAL, fail, report_problems

__all__ = ["DEFAULT_STORE", "add", "export", "push", "remove", "store_option"]

DEFAULT_STORE = "unionkg-store"

store_option = click.option(
    "--store",
    "store",
    type=click.Path(file_okay=False),
    envvar="UNIONKG_STORE",
    default=DEFAULT_STORE,
    show_default=True,
    help="The SPARQL store directory (made by: unionkg build ... --store DIR).",
)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option(
    "--replace",
    is_flag=True,
    help="Replace a stored article whose id comes again with other text (else: refused).",
)
def add(paths: tuple[str, ...], store: str, replace: bool) -> None:
    """Add the articles under PATHS to the store: only new articles are extracted, their
    entities resolve against what the store has, and an article already there (same text)
    changes nothing; one with a stored id but other text is refused without --replace.
    All of them go in at once, or none."""
    from ..store import GraphStore

    try:
        with GraphStore.open(store, create=False) as graph_store:
            result = graph_store.add_paths(paths, replace_changed=replace)
            total = len(graph_store.article_ids())
    except UnionKGError as exc:
        fail(str(exc))
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
        fail(str(exc))
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
    help="A format to write (repeatable; default: all; see: unionkg formats).",
)
def export(store: str, out: str, formats: tuple[str, ...]) -> None:
    """Write the files of a build (graph.ttl, graph.trig, graph.html …) from the store."""
    from ..store import GraphStore

    try:
        with GraphStore.open(store, create=False) as graph_store:
            graph = graph_store.graph()
        written = pipeline.export_graph(graph, out, list(formats) or None)
    except UnionKGError as exc:
        fail(str(exc))
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
def push(store: str, endpoint: str, method: str) -> None:
    """Load the graph into another triple store (SPARQL 1.1 Graph Store HTTP Protocol): the
    default graph, then one named graph per article."""
    from ..store import GraphStore
    from ..store.push import push_quads

    try:
        with GraphStore.open(store, create=False) as graph_store:
            quads = list(graph_store.graph_quads())
        result = push_quads(quads, endpoint, method=method)
    except UnionKGError as exc:
        fail(str(exc))
    click.echo(f"pushed {result.triples} statements in {len(result.graphs)} graphs to {endpoint}")
