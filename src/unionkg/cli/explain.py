"""``unionkg explain``: a thin wrapper over :func:`unionkg.evaluation.explain.explain`, with
:func:`unionkg.evaluation.lookup.lookup` finding the entity meant."""

from __future__ import annotations

import click

from ..errors import UnionKGError
from .common import EXIT_USAGE, fail, must_exist

__all__ = ["explain_command"]

_SHOWN = 20  # matches listed when a query names several entities
_HOW = {"exact": "is named", "partial": "has in its name", "pinyin": "has in its pinyin"}


@click.command(name="explain")
@click.argument("entity")
@click.argument("path", default="out", type=click.Path(), callback=must_exist)
def explain_command(entity: str, path: str) -> None:
    """Show why the graph at PATH (a build directory, a store or an RDF file; default: out)
    holds ENTITY: its names, type, places, merges, and every edge with its evidence sentence,
    article, rule and confidence.

    ENTITY is an IRI, a name or an alias, part of a name (青禾) or its pinyin (qinghe, Qīnghé).
    When it names several entities they are listed (exit 2); when it names none, the closest
    names are suggested.
    """
    from ..evaluation import read_dataset
    from ..evaluation.explain import explain, format_explanation
    from ..evaluation.lookup import lookup

    try:
        dataset = read_dataset(path)
    except UnionKGError as exc:
        fail(str(exc))
    found = lookup(dataset, entity)
    if not found.matches:
        hint = "give an IRI, a name, part of one or its pinyin"
        if found.suggestions:
            hint = f"did you mean: {', '.join(found.suggestions)}?"
        fail(f"no entity named {entity!r} in {path}; {hint}", EXIT_USAGE)
    if len(found.matches) > 1:
        click.echo(f"{len(found.matches)} entities match {entity!r} ({found.how}):")
        for ref in found.matches[:_SHOWN]:
            click.echo(f"  {ref.label}  ({ref.type})  {ref.iri}")
        if len(found.matches) > _SHOWN:
            click.echo(f"  … and {len(found.matches) - _SHOWN} more")
        fail("several entities match; run again with one of the IRIs above", EXIT_USAGE)
    match = found.matches[0]
    if found.how != "exact":
        click.echo(f"({match.label} is the one entity that {_HOW[found.how]} {entity!r})", err=True)
    click.echo("\n".join(format_explanation(explain(dataset, match.iri))))
