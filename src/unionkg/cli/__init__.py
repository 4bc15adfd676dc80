"""The ``unionkg`` command line. Each command is a thin wrapper over a library function.

Commands are listed in :data:`COMMANDS` and imported only when run, so ``unionkg --help`` stays
fast. Exit codes (:mod:`.common`): 0 done; 1 done, but some inputs could not be read (each
named on standard error), or ``--strict`` stopped at the first bad input; 2 a usage error (click's
own, and ours: a path that is not what the command reads, a name that matches nothing); 3 the
command was understood but could not be done; 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from .. import __version__
from .common import EXIT_FAILED, EXIT_INTERRUPTED

__all__ = ["COMMANDS", "cli", "main"]

# command name -> "module:attribute" (relative to this package)
COMMANDS: dict[str, str] = {
    "analyze": "analyze:analyze",
    "report": "analyze:report",
    "build": "build:build",
    "demo": "build:demo",
    "stats": "build:stats",
    "formats": "build:formats",
    "eval": "evaluate:eval_command",
    "explain": "explain:explain_command",
    "add": "store:add",
    "remove": "store:remove",
    "export": "store:export",
    "push": "store:push",
    "query": "query:query",
    "serve": "serve:serve",
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        command: Any = getattr(importlib.import_module(f"{__name__}.{module}"), attr)
        return command


_EPILOG = """\b
Environment:
  UNIONKG_STORE  the store of add, remove, export, push, query and serve
                 (instead of --store; default ./unionkg-store)
  UNIONKG_DEBUG  1: show a bug's traceback
\b
Exit codes: 0 done; 1 some inputs skipped (or --strict stopped); 2 usage error;
3 could not be done; 130 interrupted (Ctrl-C).
"""


@click.group(
    cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]}, epilog=_EPILOG
)
@click.version_option(__version__, prog_name="unionkg")
def cli() -> None:
    """Build a knowledge graph of trade unions, companies, towns and officials from news
    articles, and export it as RDF, GraphML and an interactive HTML page."""


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``unionkg`` console script.

    A bug (an exception no command expected) is one line too, not a traceback; set
    ``UNIONKG_DEBUG=1`` to see the traceback. Ctrl-C exits with 130 (128 + SIGINT), as shells
    expect, without click's "Aborted!".
    """
    try:
        code = cli.main(args=argv, prog_name="unionkg", standalone_mode=False)
    except click.ClickException as error:  # usage errors: 2, with click's usage line
        error.show()
        sys.exit(error.exit_code)
    except (click.Abort, KeyboardInterrupt):
        sys.exit(EXIT_INTERRUPTED)
    except Exception as exc:
        if os.environ.get("UNIONKG_DEBUG"):
            raise
        click.echo(
            f"error: internal error ({exc.__class__.__name__}: {exc}); this is a bug: rerun with "
            "UNIONKG_DEBUG=1 to see where, and please report it",
            err=True,
        )
        sys.exit(EXIT_FAILED)
    sys.exit(code if isinstance(code, int) else 0)  # click returns --help's and --version's 0
