"""``unionkg explain``: a thin wrapper over :func:`unionkg.evaluation.explain.explain`."""

from __future__ import annotations

import click

from ..errors import UnionKGError
from .common import EXIT_USAGE, fail

__all__ = ["explain_command"]


@click.command(name="explain")
@click.argument("entity")
@click.argument("path", default="out", type=click.Path())
def explain_command(entity: str, path: str) -> None:
    """Show why the graph at PATH (a build directory or an RDF file; default: out) holds ENTITY
    (an IRI, a canonical name or an alias): its names, type, places, merges, and every edge
    with its evidence sentence, article, rule and confidence."""
    from ..evaluation import read_dataset
    from ..evaluation.explain import explain, find_entities, format_explanation

    try:
        dataset = read_dataset(path)
    except UnionKGError as exc:
        fail(str(exc))
    matches = find_entities(dataset, entity)
    if not matches:
        fail(f"no entity named {entity!r} in {path}; give an IRI, a canonical name or an alias")
    if len(matches) > 1:
        click.echo(f"{len(matches)} entities are named {entity!r}:")
        for ref in matches:
            click.echo(f"  {ref.iri}  {ref.type}  {ref.label}")
        fail("several entities match; run again with one of the IRIs above", EXIT_USAGE)
    click.echo("\n".join(format_explanation(explain(dataset, matches[0].iri))))
