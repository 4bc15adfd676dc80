"""``unionkg eval``: a thin wrapper over :func:`unionkg.evaluation.evaluate`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import UnionKGError
from .common import fail, must_exist

__all__ = ["eval_command"]


@click.command(name="eval")
@click.argument("path", type=click.Path(), callback=must_exist)
@click.argument("gold", nargs=-1, required=True, type=click.Path(), callback=must_exist)
@click.option(
    "--json",
    "--report",
    "report_file",
    type=click.Path(dir_okay=False),
    help="Also write the whole report (figures, misses, false hits, rules) as JSON.",
)
@click.option("--by-rule", is_flag=True, help="Show each extraction rule's precision and yield.")
@click.option("--figures-only", is_flag=True, help="Print the figures without the lists.")
def eval_command(path: str, gold: tuple[str, ...], report_file: str | None, by_rule: bool,
                 figures_only: bool) -> None:  # fmt: skip
    """Score the graph at PATH (a build directory, a store or an RDF file) against GOLD (gold
    JSON files or directories of them; see docs/gold-format.md).

    Prints precision, recall and F1 per entity type and per relation, the same figures as
    ../shared/eval/score.py, then every missed and false entity and relation.
    """
    from ..evaluation import evaluate
    from ..evaluation.report import format_figures, format_report, format_rules

    try:
        report = evaluate(path, list(gold))
    except UnionKGError as exc:
        fail(str(exc))
    if report.gold_files == 0:
        fail(f"no gold file (*.json) in {', '.join(gold)}; see docs/gold-format.md")
    if figures_only:
        lines = list(format_figures(report))
        if by_rule:
            lines += ["", *format_rules(report)]
    else:
        lines = list(format_report(report, by_rule=by_rule))
    click.echo("\n".join(lines))
    if report_file:
        text = json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n"
        try:
            Path(report_file).write_text(text, encoding="utf-8")
        except OSError as exc:
            fail(f"{report_file}: cannot write the report ({exc.strerror})")
        click.echo(f"wrote report {report_file}", err=True)
