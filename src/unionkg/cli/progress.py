"""Progress bars (tqdm) with a total, so they show an ETA: articles for ``build`` and ``add``,
graphs for ``push``, files for ``export``.

A build reads its articles as a stream, so their number is not known before the end; the bar's
total is an estimate made from the inputs without decoding them: one article per text or HTML
file, one per non-blank line of a JSON Lines file. A newspaper page split into several articles
raises the total as it goes. Standard input gives no estimate (the bar then counts without ETA).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from ..loaders import iter_sources

__all__ = ["bar", "estimate_articles", "progress_option", "show_progress"]

T = TypeVar("T")

progress_option = click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: when standard error is a terminal).",
)


def show_progress(enabled: bool | None) -> bool:
    """Whether to draw a bar: as asked, else when standard error is a terminal."""
    return enabled if enabled is not None else sys.stderr.isatty()


def _jsonl_records(path: Path) -> int:
    with path.open("rb") as stream:
        return sum(1 for line in stream if line.strip())


def estimate_articles(paths: Sequence[str | os.PathLike[str]]) -> int | None:
    """How many articles ``paths`` hold, estimated without decoding them (None for stdin).

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("某工会成立。", encoding="utf-8")
    >>> lines = '{"text": "甲"}\\n\\n{"text": "乙"}\\n'
    >>> _ = (folder / "b.jsonl").write_text(lines, encoding="utf-8")
    >>> estimate_articles([folder])
    3
    """
    total = 0
    for source in iter_sources(paths, on_problem=lambda problem: None):
        if source.path is None:
            return None
        if source.path.suffix.lower() == ".jsonl":
            try:
                total += _jsonl_records(source.path)
            except OSError:
                continue  # reported when it is read
        else:
            total += 1
    return total


def bar(items: Iterable[T], *, total: int | None, unit: str, desc: str) -> Iterator[T]:
    """``items`` with a progress bar on standard error; a total passed is raised, not overrun.

    >>> list(bar([1, 2, 3], total=2, unit="article", desc="reading"))
    [1, 2, 3]
    """
    from tqdm import tqdm

    options: dict[str, Any] = {"total": total, "unit": unit, "desc": desc, "file": sys.stderr}
    with tqdm(**options) as progress:
        for item in items:
            yield item
            progress.update(1)
            if progress.total is not None and progress.n > progress.total:
                progress.total = progress.n  # more than estimated: never show 110 %
        progress.total = progress.n
        progress.refresh()
