"""``unionkg analyze`` and ``unionkg report``: thin wrappers over :mod:`unionkg.analysis`."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import UnionKGError
from .common import fail, must_exist

__all__ = ["analyze", "report"]

_path = click.argument("path", type=click.Path(path_type=Path), callback=must_exist)
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


def _report_file(path: Path, out: Path | None) -> Path:
    """Where the report goes: ``OUT/report.html``; ``-o FILE.html`` still names the file (as
    before ``-o`` meant a directory everywhere); never into a store's own directory."""
    if out is not None:
        return out if out.suffix.lower() in (".html", ".htm") else out / "report.html"
    is_build = path.is_dir() and not (path / "CURRENT").is_file()
    return (path if is_build else Path()) / "report.html"


@click.command()
@_path
@click.option(
    "-o",
    "--out",
    "out",
    type=click.Path(path_type=Path),
    help="Directory to write report.html into (default: PATH when it is a build directory, "
    "else the current directory).",
)
@_seed
def report(path: Path, out: Path | None, seed: int) -> None:
    """Write report.html, a self-contained HTML report (tables and plots) of the analyses of
    PATH.

    PATH is a build directory, a store or an RDF file unionkg wrote.
    """
    from ..analysis import analyze as run
    from ..analysis import load
    from ..analysis.report import write_report

    target = _report_file(path, out)
    try:
        written = write_report(run(load(path), seed=seed), target, str(path), seed=seed)
    except UnionKGError as exc:
        fail(str(exc))
    click.echo(f"wrote {written}")
