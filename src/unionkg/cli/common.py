"""What every command shares: exit codes and the one-line error."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import NoReturn

import click

from ..errors import UnionKGError

__all__ = ["EXIT_FAILED", "EXIT_PARTIAL", "EXIT_USAGE", "fail", "report_problems"]

EXIT_PARTIAL = 1  # done, but some inputs could not be read (or --strict stopped)
EXIT_USAGE = 2  # click's own code for a usage error
EXIT_FAILED = 3  # nothing could be done


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    """Print ``error: message`` on standard error and exit with ``code``."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def report_problems(problems: Sequence[UnionKGError]) -> None:
    """One ``skipped: …`` line on standard error for each input that could not be read
    (``renamed: …`` for an article kept under a new id)."""
    from ..errors import DuplicateIdError

    for problem in problems:
        kind = "renamed" if isinstance(problem, DuplicateIdError) else "skipped"
        click.echo(f"{kind}: {problem}", err=True)
