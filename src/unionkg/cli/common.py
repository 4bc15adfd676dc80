"""What every command shares: exit codes and the one-line error."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

import click

from ..errors import UnionKGError

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_PARTIAL",
    "EXIT_USAGE",
    "fail",
    "fail_with",
    "must_exist",
    "report_problems",
]

EXIT_PARTIAL = 1  # done, but some inputs could not be read (or --strict stopped)
EXIT_USAGE = 2  # click's own code for a usage error; ours too (a path or name that is not there)
EXIT_FAILED = 3  # understood, but nothing could be done
EXIT_INTERRUPTED = 130  # Ctrl-C: 128 + SIGINT, what shells report


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    """Print ``error: message`` on standard error and exit with ``code``."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def fail_with(error: UnionKGError) -> NoReturn:
    """Print ``error`` in one line and exit: 2 when the command line named something that does
    not exist (a registry name, an entity, an article), else 3."""
    fail(str(error), EXIT_USAGE if isinstance(error, LookupError) else EXIT_FAILED)


def must_exist(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """A click callback: a path argument that does not exist is a usage error (2), said in one
    line, not click's four."""
    for path in value if isinstance(value, tuple) else [value]:
        if path is not None and str(path) != "-" and not Path(path).exists():
            fail(f"{path}: no such file or directory; check the path", EXIT_USAGE)
    return value


def report_problems(problems: Sequence[UnionKGError]) -> None:
    """One ``skipped: …`` line on standard error for each input that could not be read
    (``renamed: …`` for an article kept under a new id)."""
    from ..errors import DuplicateIdError

    for problem in problems:
        kind = "renamed" if isinstance(problem, DuplicateIdError) else "skipped"
        click.echo(f"{kind}: {problem}", err=True)
