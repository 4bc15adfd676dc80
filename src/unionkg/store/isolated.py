"""SPARQL run in a child process that cannot reach the network, stopped at its timeout.

A :class:`QueryProcess` is a fresh Python process (nothing of the parent's threads, open stores
or main script comes along: it is started as ``python -c``, not forked) that first forbids
itself the network (:func:`~.sandbox.forbid_network`), then opens the store read-only (or loads
an RDF file) and answers queries sent down a pipe. It talks to no one but its parent: there is
no port. Each answer is the whole result, already serialized, or an error; a result over
``max_bytes`` is stopped as it is written.

- the query is checked (:func:`~.query.check_query`) there, inside the timeout, on a thread with
  a deep stack (a query with hundreds of triple patterns or deeply nested parentheses parses);
- past ``timeout`` seconds the parent kills the process (SIGKILL: its CPU stops at once) and
  starts another; the child also ends itself if its parent has gone.

    >>> import pyoxigraph as ox, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> ox.serialize([ox.Triple(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/b"),
    ...     ox.Literal("c"))], str(folder / "g.nt"), ox.RdfFormat.N_TRIPLES)
    >>> query_once(folder / "g.nt", "SELECT ?o { ?s ?p ?o }", "csv").decode().split()
    ['o', 'c']
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..errors import UnionKGError
from .query import QueryError

__all__ = ["QueryProcess", "QueryTimeout", "ResultTooLarge", "query_once"]

_STACK = 256 * 1024 * 1024


class QueryTimeout(QueryError):
    """A query that ran past its timeout (its process was killed)."""


class ResultTooLarge(QueryError):
    """A result larger than the limit (its writing was stopped)."""


class _Limited:
    """A byte sink that refuses to grow past ``limit``."""

    def __init__(self, limit: int) -> None:
        self.parts: list[bytes] = []
        self.size = 0
        self.limit = limit
        self.over = False

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            self.over = True
            raise OSError("result too large")
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def _render(result: Any, job: dict[str, Any]) -> tuple[str, bytes]:
    """``(format, bytes)``: the job's ``format`` (``graph_format`` for CONSTRUCT and DESCRIBE
    when given; when neither is: turtle for graphs, else table on a terminal and csv
    elsewhere); SPARQL results as XML with ``xml``, graphs as RDF/XML with ``rdfxml``."""
    import pyoxigraph as ox

    from .query import format_result

    graph = isinstance(result, ox.QueryTriples)
    fmt = (job.get("graph_format") if graph else None) or job.get("format")
    fmt = fmt or ("turtle" if graph else ("table" if job.get("tty") else "csv"))
    limit = job["limit"]
    sink = _Limited(limit)
    kinds = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
             "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}  # fmt: skip
    try:
        if not graph and fmt in kinds:
            result.serialize(sink, format=kinds[fmt])
        elif graph and fmt == "rdfxml":
            ox.serialize(result, sink, format=ox.RdfFormat.RDF_XML)  # type: ignore[arg-type]
        else:
            sink.write(format_result(result, fmt).encode("utf-8"))
    except (OSError, ValueError) as exc:
        if sink.over:
            raise ResultTooLarge(f"the result is over {limit // 2**20} MiB; ask for less "
                                 "(LIMIT, fewer variables)") from None  # fmt: skip
        raise QueryError(f"the query failed: {exc}") from None
    return fmt, b"".join(sink.parts)


def _open(source: str, hide_bookkeeping: bool) -> tuple[Any, list[Any] | None]:
    import pyoxigraph as ox

    from .graphstore import BOOKKEEPING_GRAPH
    from .query import load_rdf_file

    if (Path(source) / "CURRENT").is_file():
        store = ox.Store.read_only(source)
    else:
        store = load_rdf_file(source)
    named = None
    if hide_bookkeeping:
        named = [g for g in store.named_graphs() if g != BOOKKEEPING_GRAPH]
    return store, named


def _answer(store: Any, named: list[Any] | None, job: dict[str, Any]) -> tuple[str, Any, Any]:
    from .query import PREFIXES, check_query

    try:
        check_query(job["query"])
        options: dict[str, Any] = {"prefixes": PREFIXES}
        if named is not None:
            options["named_graphs"] = named
        try:
            result = store.query(job["query"], **options)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except (OSError, RuntimeError) as exc:
            raise QueryError(f"the query failed: {exc}") from None
        return ("ok", *_render(result, job))
    except UnionKGError as exc:
        return ("error", type(exc).__name__, str(exc))


def _collect(into: list[Any], store: Any, named: list[Any] | None, job: dict[str, Any]) -> None:
    into.append(_answer(store, named, job))


def _child() -> None:
    """The child's life: no network, the store open, then one answer per job until EOF.
    Arguments: the pipe's file descriptor, the source, ``1`` to hide the bookkeeping graph."""
    from .sandbox import forbid_network

    conn = Connection(int(sys.argv[1]))
    source, hide_bookkeeping = sys.argv[2], sys.argv[3] == "1"

    parent = os.getppid()

    def orphaned() -> None:  # the parent killed with SIGKILL cannot kill us: end with it
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=orphaned, daemon=True).start()
    sealed = forbid_network()
    try:
        store, named = _open(source, hide_bookkeeping)
    except (UnionKGError, OSError) as exc:
        conn.send(("error", type(exc).__name__, str(exc)))
        return
    conn.send(("ready", sealed, None))
    sys.setrecursionlimit(50_000)
    threading.stack_size(_STACK)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        answer: list[tuple[str, Any, Any]] = []
        worker = threading.Thread(target=_collect, args=(answer, store, named, job))
        worker.start()
        worker.join()
        conn.send(answer[0] if answer else ("error", "QueryError", "the query failed"))


class QueryProcess:
    """One child process answering queries over ``source`` (a store directory or RDF file)."""

    def __init__(self, source: str | os.PathLike[str], *, hide_bookkeeping: bool = True) -> None:
        mine, theirs = socket.socketpair()
        with mine, theirs:
            self.process = subprocess.Popen(
                [sys.executable, "-c", "from unionkg.store.isolated import _child; _child()",
                 str(theirs.fileno()), str(source), "1" if hide_bookkeeping else "0"],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL,
            )  # fmt: skip
            self._conn = Connection(mine.detach())
        try:
            kind, sealed, message = self._conn.recv()
        except EOFError:
            self.close()
            raise QueryError("the query process stopped before it was ready") from None
        if kind != "ready":
            self.close()
            raise (QueryError if sealed == "QueryError" else UnionKGError)(message)
        self.sealed: bool = sealed
        """Whether the kernel refuses this process every network socket."""

    def run(self, query: str, fmt: str | None = None, *, graph_fmt: str | None = None,
            timeout: float | None = None, max_bytes: int = 64 * 2**20,
            tty: bool = False) -> tuple[str, bytes]:  # fmt: skip
        """``(format, bytes)`` of the query's result; :class:`QueryTimeout` (the process is
        killed: make a new one), :class:`ResultTooLarge` or :class:`QueryError` if not."""
        job = {"query": query, "format": fmt, "graph_format": graph_fmt, "limit": max_bytes,
               "tty": tty}  # fmt: skip
        self._conn.send(job)
        if not self._conn.poll(timeout):
            self.close()
            raise QueryTimeout(f"the query did not finish in {timeout:g} s and was stopped")
        try:
            kind, first, second = self._conn.recv()
        except (EOFError, OSError):
            self.close()
            raise QueryError("the query process died (out of memory?)") from None
        if kind == "ok":
            return first, second
        errors = {"ResultTooLarge": ResultTooLarge, "InputError": UnionKGError}
        raise errors.get(first, QueryError)(second)

    @property
    def alive(self) -> bool:
        """Whether the process still runs (a killed one is replaced, not reused)."""
        return self.process.poll() is None

    def close(self) -> None:
        """Kill the process (at once: a query it runs stops using CPU now)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self._conn.close()


def query_once(source: str | os.PathLike[str], query: str, fmt: str | None = None, *,
               timeout: float | None = None, tty: bool = False) -> bytes:  # fmt: skip
    """One query in a child process made for it (see :class:`QueryProcess`)."""
    worker = QueryProcess(source)
    try:
        return worker.run(query, fmt, timeout=timeout, tty=tty)[1]
    finally:
        worker.close()
