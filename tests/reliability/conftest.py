"""Shared helpers of the reliability tests: one good article and the command line in-process.

The article text is written by us for these tests (invented names, not real news).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from unionkg.cli import cli

# the command line in a child process, as the environment running the tests has it
UNIONKG = [sys.executable, "-c", "from unionkg.cli import main; main()"]
GOOD = "瑞安市总工会主席林启明出席了瑞安市启衡电器有限公司工会成立大会。\n"
GOOD_UNION = "瑞安市总工会"

Build = Callable[[Sequence[str | Path]], Result]

# rdflib 7.x's Dataset calls its own deprecated methods (and ConjunctiveGraph) while parsing
RDFLIB_DATASET = pytest.mark.filterwarnings(
    r"ignore:(Dataset\.\w+|ConjunctiveGraph) is deprecated:DeprecationWarning"
)


@pytest.fixture
def run_cli() -> Build:
    """Run ``unionkg ARGS`` in-process; standard error kept apart from standard output."""
    runner = CliRunner()

    def run(args: Sequence[str | Path]) -> Result:
        return runner.invoke(cli, [str(arg) for arg in args])

    return run


def skipped_lines(result: Result) -> list[str]:
    """The ``skipped: …`` lines a build printed on standard error."""
    return [line for line in result.stderr.splitlines() if line.startswith("skipped: ")]
