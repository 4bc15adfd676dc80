"""``unionkg analyze`` and ``unionkg report``: thin wrappers over :mod:`unionkg.analysis`."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import UnionKGError
from .common import fail

__all__ = ["analyze", "report"]

_path = click.argument("path", type=click.Path(path_type=Path))
_seed = click.option(
    "--seed",
    type=int,
    default=42,
    show_default=True,
    help="Seed of the Louvain community detection (same seed, same result).",
)


@click.command()
@_path
@click.option(
    "-o",
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write analysis.json and one CSV file per table into this directory.",
)
@click.option(
    "--top",
    "limit",
    type=click.IntRange(1),
    default=10,
    show_default=True,
    help="Rows per printed table.",
)
@_seed
def analyze(path: Path, out: Path | None, limit: int, seed: int) -> None:  # fmt: skip
    """Print the most central organizations and officials, the union hierarchy, unions per
    place, officials with several posts, partnership clusters, communities and coverage.

    PATH is a build directory, a store or an RDF file unionkg wrote.
    """
    from ..analysis import analyze as run
    from ..analysis import format_analysis, load, write_analysis

    try:
        result = run(load(path), seed=seed)
        click.echo(format_analysis(result, limit), nl=False)
        if out is not None:
            for written in write_analysis(result, out):
                click.echo(f"wrote {written}")
    except UnionKGError as exc:
        fail(str(exc))


@click.command()
@_path
@click.option(
    "-o",
    "--out",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The HTML file to write (default: report.html in the build directory).",
)
@_seed
def report(path: Path, out: Path | None, seed: int) -> None:
    """Write a self-contained HTML report (tables and plots) of the analyses of PATH.

    PATH is a build directory, a store or an RDF file unionkg wrote.
    """
    from ..analysis import analyze as run
    from ..analysis import load
    from ..analysis.report import write_report

    target = out or (path if path.is_dir() else path.parent) / "report.html"
    try:
        written = write_report(run(load(path), seed=seed), target, str(path), seed=seed)
    except UnionKGError as exc:
        fail(str(exc))
    click.echo(f"wrote {written}")
