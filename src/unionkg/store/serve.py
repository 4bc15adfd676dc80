"""``unionkg serve``: a read-only SPARQL 1.1 Protocol endpoint over a store, with a query page.

One process listens, on the address the user asked for (``127.0.0.1`` by default): the guard.
It runs no query itself. Queries run in a small pool of child processes
(:class:`~unionkg.store.isolated.QueryProcess`) that hold the store open read-only, have no
port (they answer the guard down a pipe) and cannot open a network socket (a seccomp filter,
:mod:`~unionkg.store.sandbox`): ``SERVICE`` cannot fetch, whatever text the engine parses.
The guard:

- answers only requests whose ``Host`` is the address it listens on (or ``localhost``; any IP
  address when it listens on all of them) and refuses cross-site ones (an ``Origin`` other than
  its own, ``Sec-Fetch-Site: cross-site``), so a web page cannot use it (DNS rebinding included);
- refuses ``/update``, UPDATE in any form and every write (403, 405), and SERVICE, text that
  does not parse (400, one line saying why: the check runs in the child, within the timeout);
- bounds what it holds: a request over ``max_request_bytes`` (413), more than ``max_queries``
  at once (503), a result over ``max_result_bytes`` (500, stopped as it is written), a query
  past ``timeout`` seconds (504: its process is killed, so its CPU stops, and a new one starts);
- hides the store's bookkeeping graph (article texts, local paths) unless ``bookkeeping``.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import queue
import shutil
import socket
import sys
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..errors import UnionKGError
from .graphstore import StoreError
from .isolated import QueryProcess, QueryTimeout, ResultTooLarge
from .page import PAGE_HEADERS, query_page
from .query import QueryError

__all__ = ["Endpoint", "free_port", "oxigraph_binary", "serve"]

_QUERY_PATHS = ("/query", "/sparql")
_MEDIA = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
    "ntriples": "application/n-triples", "rdfxml": "application/rdf+xml",
}  # fmt: skip


def oxigraph_binary() -> str:
    """The ``oxigraph`` server binary installed with unionkg (the ``oxigraph`` package)."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise UnionKGError("the oxigraph server is not installed; pip install 'oxigraph>=0.5,<0.6'")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on now (the system picks it)."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


def _formats(accept: str) -> tuple[str, str]:
    """The result formats (for solutions, for graphs) an ``Accept`` header asks for."""
    accept = accept.lower()
    solutions = next((f for f in ("json", "xml", "csv", "tsv") if _MEDIA[f] in accept), "json")
    graphs = next((f for f in ("turtle", "ntriples", "rdfxml") if _MEDIA[f] in accept), "turtle")
    return solutions, graphs


def _host_name(host: str) -> str:
    """``Host`` without its port: ``[::1]:80`` -> ``::1``, ``a.b:80`` -> ``a.b``."""
    if host.startswith("["):
        return host[1 : host.find("]")]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class _Guard(BaseHTTPRequestHandler):
    server: _GuardServer
    protocol_version = "HTTP/1.1"
    timeout = 60  # a client that sends its request this slowly is dropped

    def log_message(self, format: str, *args: object) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def _send(self, status: int, body: bytes, media: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _page(self) -> None:
        """unionkg's own query page (:mod:`unionkg.store.page`), with its security headers."""
        self.send_response(200)
        body = query_page()
        for name, value in PAGE_HEADERS.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _refuse(self, status: int, message: str, **headers: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8",
                   **headers)  # fmt: skip

    def _foreign(self) -> str | None:
        """Why this request comes from somewhere it should not (a web page), or ``None``."""
        host = self.headers.get("Host")
        if host is not None and not self.server.host_allowed(_host_name(host.strip())):
            return f"Host {host!r} is not this endpoint's address"
        origin = self.headers.get("Origin")
        if origin is not None and origin != f"http://{host}":
            return f"cross-origin requests are refused (Origin {origin!r})"
        if self.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
            return "requests from other sites' pages are refused"
        return None

    def _body(self) -> bytes | None:
        """The request's body; ``None`` (and a 413 sent) when it is over the limit."""
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.server.max_request_bytes or self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            limit = self.server.max_request_bytes // 1024
            self._refuse(413, f"the request is over {limit} KiB (or not sized); send less")
            return None
        return self.rfile.read(length) if length else b""

    def _fields(self, body: bytes) -> dict[str, list[str]]:
        """The request's parameters (URL and form); a direct query body as ``query``."""
        url = urllib.parse.urlsplit(self.path)
        fields = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-query":
            fields["query"] = [body.decode("utf-8", "replace")]
        elif kind == "application/sparql-update":
            fields["update"] = [body.decode("utf-8", "replace")]
        elif kind == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            fields = {**fields, **form}
        return fields

    def _query(self, query: str) -> None:
        solutions, graphs = _formats(self.headers.get("Accept") or "")
        try:
            fmt, data = self.server.run(query, solutions, graphs)
        except _Busy:
            many = self.server.max_queries
            running = "1 query is" if many == 1 else f"{many} queries are"
            self._refuse(503, f"{running} running, the most at once; try again in a moment",
                         Retry_After="1")  # fmt: skip
        except QueryTimeout as error:
            self._refuse(504, str(error))
        except ResultTooLarge as error:
            self._refuse(500, str(error))
        except QueryError as error:
            self._refuse(400, str(error))
        else:
            self._send(200, data, _MEDIA[fmt] + "; charset=utf-8")

    def _handle(self) -> None:
        if (why := self._foreign()) is not None:
            self.close_connection = True
            self._refuse(403, why)
            return
        body = self._body()
        if body is None:
            return
        path = urllib.parse.urlsplit(self.path).path.rstrip("/")
        fields = self._fields(body) if path in _QUERY_PATHS else {}
        if path == "/update" or "update" in fields:
            self._refuse(403, "SPARQL UPDATE is refused: this endpoint is read-only")
        elif fields.get("query"):
            self._query(fields["query"][0])
        elif path in _QUERY_PATHS and self.command == "POST":
            self._refuse(400, "no query in the request (give query=...)")
        elif self.command not in ("GET", "HEAD"):
            self._refuse(405, "this endpoint is read-only")
        elif path in ("", *_QUERY_PATHS):
            self._page()
        else:
            self._refuse(404, f"nothing at {path}; queries go to /query")

    do_GET = do_HEAD = do_POST = _handle

    def do_PUT(self) -> None:
        self._refuse(405, "this endpoint is read-only")

    do_DELETE = do_PATCH = do_PUT


def _fingerprint(directory: str) -> tuple[tuple[str, int, int], ...]:
    """The store's files (name, size, mtime): a write (add, remove) changes them; reading does
    not. RocksDB's own LOG files are left out."""
    found = []
    with contextlib.suppress(OSError), os.scandir(directory) as entries:
        for entry in entries:
            with contextlib.suppress(OSError):  # a file a writer just removed
                if entry.is_file() and not entry.name.startswith("LOG"):
                    status = entry.stat()
                    found.append((entry.name, status.st_size, status.st_mtime_ns))
    return tuple(sorted(found))


class _Busy(Exception):
    pass


class _GuardServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], workers: list[QueryProcess],
                 **limits: object) -> None:  # fmt: skip
        self.bind_host = address[0]
        super().__init__(address, _Guard)
        self.__dict__.update(limits)
        self.source: str
        self.hide_bookkeeping: bool
        self.query_timeout: float
        self.max_queries: int
        self.max_request_bytes: int
        self.max_result_bytes: int
        self.verbose: bool
        self.queries_run = 0
        """Queries handed to a query process (refused requests are not counted)."""
        self.lock = threading.Lock()
        self.closed = False
        self.idle: queue.Queue[QueryProcess] = queue.Queue()
        self.everyone = list(workers)
        for worker in workers:
            self.idle.put(worker)
        # the store's files as the query processes opened it: a write (unionkg add, remove)
        # changes them, and a process that opened an older store is replaced before it answers
        self.seen = _fingerprint(self.source)
        self.generation = 0
        self.born = {worker: 0 for worker in workers}  # process -> generation it opened

    def host_allowed(self, name: str) -> bool:
        """A ``Host`` this server answers: its address, ``localhost``; any IP address when it
        listens on all (a name that is not an address is how DNS rebinding comes in)."""
        loopback = {"127.0.0.1", "::1", "localhost"}
        if self.bind_host in ("0.0.0.0", "::", ""):
            return _is_ip(name) or name == "localhost"
        return name == self.bind_host or (self.bind_host in loopback and name in loopback)

    def run(self, query: str, fmt: str, graph_fmt: str) -> tuple[str, bytes]:
        try:
            worker = self.idle.get(timeout=0.5)
        except queue.Empty:
            raise _Busy from None
        if self.born.get(worker) != self._generation():
            worker = self._renewed(worker)
        self.queries_run += 1
        try:
            return worker.run(query, fmt, graph_fmt=graph_fmt, timeout=self.query_timeout,
                              max_bytes=self.max_result_bytes)  # fmt: skip
        finally:
            if worker.alive:
                self.idle.put(worker)
            else:  # killed at its timeout: a fresh one takes its place before the answer
                self._replace(worker)

    def _generation(self) -> int:
        """A new number each time the store's files change on disk (an add, a remove)."""
        now = _fingerprint(self.source)
        with self.lock:
            if now != self.seen:
                self.seen, self.generation = now, self.generation + 1
            return self.generation

    def _renewed(self, worker: QueryProcess) -> QueryProcess:
        """A query process over the store as it is now, in place of ``worker``."""
        worker.close()
        fresh = QueryProcess(self.source, hide_bookkeeping=self.hide_bookkeeping)
        with self.lock:
            self.everyone = [w for w in self.everyone if w is not worker] + [fresh]
            self.born.pop(worker, None)
            self.born[fresh] = self.generation
        return fresh

    def _replace(self, worker: QueryProcess) -> None:
        with contextlib.suppress(UnionKGError, OSError):
            fresh = QueryProcess(self.source, hide_bookkeeping=self.hide_bookkeeping)
            with self.lock:
                self.everyone = [w for w in self.everyone if w is not worker] + [fresh]
                self.born.pop(worker, None)
                self.born[fresh] = self.generation
                closed = self.closed
            if closed:
                fresh.close()
            else:
                self.idle.put(fresh)

    def close_workers(self) -> None:
        with self.lock:
            self.closed = True
        for worker in self.everyone:
            worker.close()


class Endpoint:
    """The guard on ``bind:port`` and ``max_queries`` query processes over ``store``."""

    def __init__(self, store: str | os.PathLike[str], *, bind: str = "127.0.0.1", port: int = 7878,
                 timeout: float = 30.0, verbose: bool = False, max_queries: int = 4,
                 max_request_bytes: int = 2**20, max_result_bytes: int = 64 * 2**20,
                 bookkeeping: bool = False) -> None:  # fmt: skip
        directory = Path(store)
        if not (directory / "CURRENT").is_file():
            raise StoreError(f"{directory}: no unionkg store there; make one with --store DIR")
        workers: list[QueryProcess] = []
        try:
            for _ in range(max_queries):
                workers.append(QueryProcess(directory, hide_bookkeeping=not bookkeeping))
            self.server = _GuardServer(
                (bind, port), workers, source=str(directory), hide_bookkeeping=not bookkeeping,
                query_timeout=timeout, max_queries=max_queries, verbose=verbose,
                max_request_bytes=max_request_bytes, max_result_bytes=max_result_bytes,
            )  # fmt: skip
        except BaseException:
            for worker in workers:
                worker.close()
            raise
        self.sealed = all(w.sealed for w in workers)
        """Whether the kernel refuses the query processes every network socket."""
        host, real_port = self.server.server_address[:2]
        self.url = f"http://{host!s}:{real_port}"

    @property
    def query_url(self) -> str:
        """The SPARQL 1.1 Protocol query endpoint."""
        return self.url + "/query"

    @property
    def workers(self) -> list[QueryProcess]:
        """The query processes now (one killed at its timeout is replaced)."""
        return list(self.server.everyone)

    def serve_forever(self) -> None:
        """Answer requests until interrupted."""
        self.server.serve_forever()

    def close(self) -> None:
        """Stop the guard and the query processes."""
        self.server.server_close()
        self.server.close_workers()


@contextlib.contextmanager
def serve(store: str | os.PathLike[str], **options: object) -> Iterator[Endpoint]:
    """An :class:`Endpoint` answering in a background thread, closed at the end of the block."""
    endpoint = Endpoint(store, **options)  # type: ignore[arg-type]
    thread = threading.Thread(target=endpoint.serve_forever, daemon=True)
    thread.start()
    try:
        yield endpoint
    finally:
        endpoint.server.shutdown()
        endpoint.close()
        thread.join(timeout=5)
