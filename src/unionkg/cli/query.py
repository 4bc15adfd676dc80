"""``unionkg query``: SPARQL over a store or an RDF file, or one of the saved queries.

    unionkg query (--store DIR | FILE) [QUERY | -f FILE.rq | --saved NAME --param k=v ...]
    unionkg query --list

A thin wrapper over :func:`unionkg.store.isolated.query_once`: the query runs in a child process
that cannot open a network socket (no SERVICE), and UPDATE is refused.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..errors import UnionKGError
from .common import EXIT_USAGE, fail, fail_with
from .store import DEFAULT_STORE, is_store

__all__ = ["query"]


def _list_saved() -> None:
    from ..store.saved import saved_queries

    for name, saved in saved_queries().items():
        click.echo(f"{name}  {saved.description}")
        for p in saved.parameters:
            optional = "" if p.required else " (optional)"
            click.echo(f"    --param {p.name}=...  {p.description}{optional}")


def _parameters(values: tuple[str, ...]) -> dict[str, str]:
    found = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name:
            fail(f"--param {value!r}: write it as NAME=VALUE", EXIT_USAGE)
        found[name.strip()] = text
    return found


def _query_text(text: str | None, file: str | None, saved: str | None,
                params: tuple[str, ...]) -> str:  # fmt: skip
    given = [x for x in (text, file, saved) if x is not None]
    if len(given) != 1:
        fail("give exactly one of: QUERY, -f FILE.rq, --saved NAME (see --list)", EXIT_USAGE)
    if params and saved is None:
        fail("--param goes with --saved NAME", EXIT_USAGE)
    if file is not None:
        try:
            return Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"{file}: cannot read the query ({exc})")
    if saved is not None:
        from ..store.saved import bind, saved_query

        return bind(saved_query(saved), _parameters(params))
    assert text is not None
    return text


@click.command()
@click.argument("args", metavar="[FILE] [QUERY]", nargs=-1)
@click.option(
    "--store",
    type=click.Path(file_okay=False),
    envvar="UNIONKG_STORE",
    show_envvar=True,
    default=None,
    help=f"Query this store (default: ./{DEFAULT_STORE} when no FILE is given).",
)
@click.option(
    "-f",
    "--file",
    "file",
    type=click.Path(dir_okay=False),
    help="Read the query from this .rq file.",
)
@click.option("--saved", help="Run a saved query by name (see --list).")
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A saved query's parameter (repeatable); bound, never pasted into the query.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "turtle", "ntriples"]),
    default=None,
    help="Result format (default: table on a terminal, else csv; turtle for graphs).",
)
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries and exit.")
def query(args: tuple[str, ...], store: str | None, file: str | None,
          saved: str | None, params: tuple[str, ...], fmt: str | None,
          list_saved: bool) -> None:  # fmt: skip
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the store or FILE: an RDF
    file (.trig, .ttl, .nt, .nq, .jsonld, .rdf), a build directory or a store directory.

    The prefixes ukg, rdf, rdfs, owl, xsd, skos, schema, org, prov and foaf are declared.
    Examples:

    \b
      unionkg query --store store 'SELECT (COUNT(*) AS ?n) WHERE { ?s a ukg:Union }'
      unionkg query store 'SELECT (COUNT(*) AS ?n) WHERE { ?s a ukg:Union }'
      unionkg query out/graph.trig -f my.rq --format json
      unionkg query --store store --saved unions-in-town --param town=温州市
    """
    if list_saved:
        _list_saved()
        return
    # FILE QUERY; or QUERY alone; or FILE alone with -f or --saved
    elsewhere = file is not None or saved is not None
    if len(args) > 2 or (len(args) == 2 and elsewhere):
        fail("too many arguments: give [FILE] and one query", EXIT_USAGE)
    source = args[0] if len(args) == 2 or (args and elsewhere) else None
    query_text = args[-1] if args and not elsewhere else None
    if source is not None and store is not None and "UNIONKG_STORE" not in os.environ:
        fail("give either --store DIR or FILE, not both", EXIT_USAGE)
    from ..store.isolated import query_once

    if source is not None and not Path(source).exists():
        fail(f"{source}: no such file or directory; give an RDF file, a build directory or a "
             "store", EXIT_USAGE)  # fmt: skip
    if source is None and not is_store(store or DEFAULT_STORE):
        fail(f"{store or DEFAULT_STORE}: no unionkg store there; make one with: unionkg "
             "build PATH... -o OUT --store DIR, or give an RDF FILE", EXIT_USAGE)  # fmt: skip
    try:
        text = _query_text(query_text, file, saved, params)
        target = str(source or store or DEFAULT_STORE)
        if Path(target).is_dir() and not is_store(target):
            target = str(Path(target) / "graph.trig")  # a build directory
        # run in a child process that cannot open a network socket (SERVICE cannot fetch)
        output = query_once(target, text, fmt, tty=sys.stdout.isatty()).decode("utf-8")
    except UnionKGError as exc:
        fail_with(exc)
    except OSError as exc:
        fail(f"cannot open the store ({exc})")
    click.echo(output, nl=not output.endswith("\n"))
