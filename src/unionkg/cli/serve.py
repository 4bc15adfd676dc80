"""``unionkg serve``: a read-only SPARQL 1.1 Protocol endpoint over the store, with a query page.

A thin wrapper over :class:`unionkg.store.serve.Endpoint` (query processes without network
behind a guard that refuses SERVICE, UPDATE and other sites' pages).
The first line printed is the query endpoint's URL.
"""

from __future__ import annotations

import signal
from types import FrameType

import click

from ..errors import UnionKGError
from .common import fail
from .store import store_option

__all__ = ["serve"]


@click.command()
@store_option
@click.option(
    "--bind",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (0.0.0.0 opens it to the network).",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=7878,
    show_default=True,
    help="Port to listen on (0: any free port).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(1, 3600),
    default=30.0,
    show_default=True,
    help="Seconds a query may run.",
)
@click.option(
    "--max-queries",
    type=click.IntRange(1, 64),
    default=4,
    show_default=True,
    help="Queries run at once (one process each); more get a 503.",
)
@click.option(
    "--bookkeeping",
    is_flag=True,
    help="Also serve the store's bookkeeping graph (article texts, local file paths).",
)
@click.option("--verbose", is_flag=True, help="Log every request on standard error.")
def serve(store: str, bind: str, port: int, timeout: float, max_queries: int, bookkeeping: bool,
          verbose: bool) -> None:  # fmt: skip
    """Serve the store as a read-only SPARQL endpoint; open the printed page's URL in a browser
    for the query editor. SERVICE (remote data) and UPDATE are refused. Ctrl-C stops it."""
    from ..store.serve import Endpoint

    try:
        endpoint = Endpoint(store, bind=bind, port=port, timeout=timeout, verbose=verbose,
                            max_queries=max_queries, bookkeeping=bookkeeping)  # fmt: skip
    except UnionKGError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot listen on {bind}:{port} ({exc.strerror or exc}); try another --port")
    # stopped by SIGTERM (kill, a service manager) as by Ctrl-C: the backend is closed with it
    signal.signal(signal.SIGTERM, _interrupt)
    click.echo(endpoint.query_url)
    click.echo(f"query page: {endpoint.url}/", err=True)
    click.echo("read-only: SERVICE and UPDATE are refused; Ctrl-C stops", err=True)
    if not endpoint.sealed:
        click.echo("warning: this system cannot forbid the network to the query processes; "
                   "SERVICE is refused by the query check alone", err=True)  # fmt: skip
    try:
        endpoint.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        endpoint.close()


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt
