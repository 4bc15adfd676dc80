"""``unionkg serve``: a read-only SPARQL 1.1 Protocol endpoint over a store, with a query page.

Oxigraph's own server (the ``oxigraph`` package's binary, ``serve-read-only``) answers queries
and serves its YASGUI query page on a private loopback port. In front of it, on the address the
user asked for (``127.0.0.1`` by default), a small guard passes on only what is safe:

- every query (``/query`` and ``/sparql``, GET or POST, form or ``application/sparql-query``) is
  parsed first (:func:`~unionkg.store.query.check_query`); ``SERVICE`` (which Oxigraph would fetch
  from the remote endpoint it names), UPDATE and text that does not parse get a 400 with one line
  saying why, and never reach Oxigraph; the others go on with the usual prefixes (ukg, rdfs,
  skos, schema, prov …) declared;
- ``/update`` and every write (PUT, POST, DELETE outside the query paths) get a 403 or 405;
- ``/`` is unionkg's own query page (:mod:`unionkg.store.page`); Graph Store reads (GET, HEAD)
  pass as they are;
- Oxigraph stops a query after ``timeout`` seconds (``--timeout-s``), and the guard gives up on
  the answer a little later. Oxigraph streams its results, so a query stopped part-way has
  already been answered 200 with half a body; the guard holds the whole answer before passing it
  on, and answers such a body with 504 (stopped at the timeout) or 500 (failed) and one line;
- the store is read as it is now: when its files changed on disk since the backend opened it
  (``unionkg add`` or ``remove`` ran), the backend is restarted before the next query.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..errors import UnionKGError
from .graphstore import StoreError
from .page import PAGE_HEADERS, query_page
from .query import PREFIXES, QueryError, check_query

__all__ = ["Endpoint", "free_port", "oxigraph_binary", "serve"]

_QUERY_PATHS = ("/query", "/sparql")
_PAGE_PATHS = ("", "/index.html")
_HOP_HEADERS = {"connection", "transfer-encoding", "keep-alive", "content-length", "server"}
_CANCELLED = b"The SPARQL operation has been cancelled"  # what Oxigraph appends at its timeout


def broken_answer(data: bytes, content_type: str) -> str | None:
    """Why a 200 answer of Oxigraph's is not a whole result (None when it is).

    >>> broken_answer(b'{"head":{"vars":["n"]},"results":{"bindings":[' + _CANCELLED,
    ...               "application/sparql-results+json")
    'cancelled'
    >>> broken_answer(b'{"head":{"vars":[]},"results":{"bindings":[]}}',
    ...               "application/sparql-results+json") is None
    True
    """
    if data.rstrip().endswith(_CANCELLED):
        return "cancelled"
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/sparql-results+json":
        try:
            json.loads(data)
        except ValueError:
            return "not valid JSON"
    elif kind == "application/sparql-results+xml" and not data.rstrip().endswith(b"</sparql>"):
        return "not a whole XML document"
    return None


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


class _Guard(BaseHTTPRequestHandler):
    server: _GuardServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def _page(self) -> None:
        body = query_page()
        self.send_response(200)
        for name, value in PAGE_HEADERS.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _refuse(self, status: int, message: str) -> None:
        body = (message + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

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

    def _forward_query(self, fields: dict[str, list[str]], query: str) -> None:
        """Send the checked query on as a form, the usual prefixes declared before it."""
        prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
        form = {**fields, "query": [prologue + query]}
        body = urllib.parse.urlencode(form, doseq=True).encode("utf-8")
        path = urllib.parse.urlsplit(self.path).path
        self.server.refresh()
        self._forward(body, path, "POST", "application/x-www-form-urlencoded", query=True)

    def _forward(self, body: bytes | None, path: str | None = None, method: str | None = None,
                 content_type: str | None = None, query: bool = False) -> None:  # fmt: skip
        request = urllib.request.Request(
            self.server.backend + (path or self.path), data=body, method=method or self.command
        )
        if content_type:
            request.add_header("Content-Type", content_type)
        for header in ("Accept", "Content-Type", "Accept-Language"):
            if content_type and header == "Content-Type":
                continue
            if value := self.headers.get(header):
                request.add_header(header, value)
        try:
            response = urllib.request.urlopen(request, timeout=self.server.query_timeout + 5)
        except urllib.error.HTTPError as error:
            response = error
        except (urllib.error.URLError, TimeoutError) as error:
            self._refuse(
                504, f"the query did not finish in {self.server.query_timeout} s ({error})"
            )
            return
        with response:
            data = response.read()
            why = broken_answer(data, response.headers.get("Content-Type", ""))
            if query and response.status == 200 and why is not None:
                if why == "cancelled":
                    timeout = self.server.query_timeout
                    self._refuse(504, f"the query did not finish in {timeout:g} s; it was stopped "
                                 "(unionkg serve --timeout sets the limit)")  # fmt: skip
                else:
                    self._refuse(500, f"the query failed part-way: its answer was {why}")
                return
            self.send_response(response.status)
            for name, value in response.headers.items():
                if name.lower() not in _HOP_HEADERS:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        path = urllib.parse.urlsplit(self.path).path.rstrip("/")
        if path in _PAGE_PATHS and self.command in ("GET", "HEAD"):
            self._page()
            return
        if path == "/update":
            self._refuse(403, "SPARQL UPDATE is refused: this endpoint is read-only")
            return
        if path in _QUERY_PATHS:
            fields = self._fields(body)
            query = fields["query"][0] if fields.get("query") else None
            if "update" in fields:
                self._refuse(403, "SPARQL UPDATE is refused: this endpoint is read-only")
                return
            if query is not None:
                try:
                    check_query(query)
                except QueryError as error:
                    self._refuse(400, str(error))
                    return
                self._forward_query(fields, query)
                return
            elif self.command == "POST":
                self._refuse(400, "no query in the request (give query=...)")
                return
        elif self.command not in ("GET", "HEAD"):
            self._refuse(405, "this endpoint is read-only")
            return
        self._forward(body if self.command == "POST" else None)

    do_GET = do_HEAD = do_POST = _handle

    def do_PUT(self) -> None:
        self._refuse(405, "this endpoint is read-only")

    do_DELETE = do_PATCH = do_PUT


class _GuardServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], backend: str, timeout: float, verbose: bool):
        super().__init__(address, _Guard)
        self.backend = backend
        self.query_timeout = timeout
        self.verbose = verbose
        self.refresh: Callable[[], None] = lambda: None  # the endpoint's, once it is made


class Endpoint:
    """Oxigraph's read-only server on a private port behind the guard on ``bind:port``."""

    def __init__(self, store: str | os.PathLike[str], *, bind: str = "127.0.0.1", port: int = 7878,
                 timeout: float = 30.0, verbose: bool = False) -> None:  # fmt: skip
        directory = Path(store)
        if not (directory / "CURRENT").is_file():
            raise StoreError(f"{directory}: no unionkg store there; make one with --store DIR")
        self.directory, self.timeout = directory, timeout
        self._lock = threading.Lock()
        # its messages go to a file: a pipe nobody reads could fill up and stall it
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in close())
        self._start_backend()
        try:
            self._wait_for_backend()
            self.server = _GuardServer((bind, port), self.backend, timeout, verbose)
            self.server.refresh = self.refresh
        except BaseException:
            self.close()
            raise
        host, real_port = self.server.server_address[:2]
        self.url = f"http://{host!s}:{real_port}"

    @property
    def query_url(self) -> str:
        """The SPARQL 1.1 Protocol query endpoint."""
        return self.url + "/query"

    def _start_backend(self) -> None:
        self._seen = self._fingerprint()
        private = free_port()
        self.backend = f"http://127.0.0.1:{private}"
        self.process = subprocess.Popen(
            [oxigraph_binary(), "serve-read-only", "--location", str(self.directory),
             "--bind", f"127.0.0.1:{private}", "--timeout-s", str(max(1, round(self.timeout)))],
            stdout=subprocess.DEVNULL, stderr=self._log,
        )  # fmt: skip

    def _fingerprint(self) -> tuple[tuple[str, int, int], ...]:
        """The store's files (name, size, mtime): a write (add, remove) changes them; reading
        does not. RocksDB's own LOG files are left out."""
        found = []
        with contextlib.suppress(OSError), os.scandir(self.directory) as entries:
            for entry in entries:
                with contextlib.suppress(OSError):  # a file a writer just removed
                    if entry.is_file() and not entry.name.startswith("LOG"):
                        status = entry.stat()
                        found.append((entry.name, status.st_size, status.st_mtime_ns))
        return tuple(sorted(found))

    def refresh(self) -> None:
        """Reopen the store when it changed on disk since the backend opened it: a read-only
        Oxigraph server sees the store as it was when it started, so ``unionkg add`` would
        otherwise stay invisible until a restart. The new backend answers from then on."""
        with self._lock:
            if self._fingerprint() == self._seen:
                return
            old = self.process
            self._start_backend()
            self._wait_for_backend()
            self.server.backend = self.backend
            _stop(old)

    def _wait_for_backend(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._log.seek(0)
                message = self._log.read().decode("utf-8", "replace").strip()[:300]
                raise StoreError(f"the oxigraph server stopped: {message}")
            with (
                contextlib.suppress(OSError),
                urllib.request.urlopen(self.backend + "/", timeout=1),
            ):
                return
            time.sleep(0.05)
        raise StoreError("the oxigraph server did not start within 30 s")

    def serve_forever(self) -> None:
        """Answer requests until interrupted."""
        self.server.serve_forever()

    def close(self) -> None:
        """Stop the guard and the oxigraph process."""
        if hasattr(self, "server"):
            self.server.server_close()
        _stop(self.process)
        self._log.close()


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def serve(store: str | os.PathLike[str], **options: object) -> Iterator[Endpoint]:
    """An :class:`Endpoint` answering in a background thread, closed at the end of the block."""
    import gc

    endpoint = Endpoint(store, **options)  # type: ignore[arg-type]
    # pyoxigraph's query results may only be freed by the thread that made them: collect this
    # thread's cyclic garbage now, before a request thread's allocations make it collect them
    gc.collect()
    thread = threading.Thread(target=endpoint.serve_forever, daemon=True)
    thread.start()
    try:
        yield endpoint
    finally:
        endpoint.server.shutdown()
        endpoint.close()
        thread.join(timeout=5)
