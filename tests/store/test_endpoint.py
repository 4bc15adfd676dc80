"""``unionkg serve``'s endpoint, for real: Oxigraph's server behind the guard, over HTTP.

SERVICE must never reach out (a socket of the test listens where the query points and must see
no connection), UPDATE is refused in every form, a plain query answers, the query page loads.
"""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from unionkg.store.serve import Endpoint, serve


@pytest.fixture
def endpoint(store_dir: Path) -> Iterator[Endpoint]:
    with serve(store_dir, port=0, timeout=10, max_queries=2) as running:
        yield running


def _request(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
             method: str | None = None) -> tuple[int, str]:  # fmt: skip
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    request.add_header("Accept", "application/sparql-results+json")
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        with error:  # an unclosed error response warns when collected
            return error.code, error.read().decode("utf-8")


def _no_connection(sock: socket.socket) -> bool:
    try:
        connection, _ = sock.accept()
    except TimeoutError:
        return True
    connection.close()
    return False


def test_first_line_is_the_query_url(endpoint: Endpoint):
    assert endpoint.query_url.startswith("http://127.0.0.1:")
    assert endpoint.query_url.endswith("/query")


def test_a_query_answers(endpoint: Endpoint):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?u a <https://w3id.org/unionkg/ontology#Union> }"
    status, body = _request(endpoint.query_url + "?" + urllib.parse.urlencode({"query": query}))
    assert status == 200
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "5"


@pytest.mark.parametrize("how", ["get", "form", "direct", "sparql-path", "nested"])
def test_service_never_connects_out(endpoint: Endpoint, listener: socket.socket, how: str):
    remote = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
    query = f"SELECT * WHERE {{ SERVICE <{remote}> {{ ?s ?p ?o }} }}"
    if how == "nested":
        query = (
            f"ASK {{ FILTER EXISTS {{ SELECT * {{ SERVICE SILENT <{remote}> {{ ?s ?p ?o }} }} }} }}"
        )
    form = urllib.parse.urlencode({"query": query}).encode()
    status, body = {
        "get": lambda: _request(endpoint.query_url + "?" + form.decode()),
        "form": lambda: _request(endpoint.query_url, form,
                                 {"Content-Type": "application/x-www-form-urlencoded"}),
        "direct": lambda: _request(endpoint.query_url, query.encode(),
                                   {"Content-Type": "application/sparql-query"}),
        "sparql-path": lambda: _request(endpoint.url + "/sparql", form,
                                        {"Content-Type": "application/x-www-form-urlencoded"}),
        "nested": lambda: _request(endpoint.query_url + "?" + form.decode()),
    }[how]()  # fmt: skip
    assert status == 400
    assert body.strip() == "SERVICE is refused: unionkg never fetches remote data"
    assert _no_connection(listener)


@pytest.mark.parametrize("how", ["update-path", "sparql-form", "sparql-update-type", "put"])
def test_update_is_refused(endpoint: Endpoint, how: str):
    update = "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }"
    form = urllib.parse.urlencode({"update": update}).encode()
    urlencoded = {"Content-Type": "application/x-www-form-urlencoded"}
    status, body = {
        "update-path": lambda: _request(endpoint.url + "/update", form, urlencoded),
        "sparql-form": lambda: _request(endpoint.url + "/sparql", form, urlencoded),
        "sparql-update-type": lambda: _request(endpoint.url + "/sparql", update.encode(),
                                               {"Content-Type": "application/sparql-update"}),
        "put": lambda: _request(endpoint.url + "/store?default", b"<http://e/a> <http://e/b> "
                                b"<http://e/c> .", {"Content-Type": "application/n-triples"},
                                method="PUT"),
    }[how]()  # fmt: skip
    assert status in (403, 405)
    assert "read-only" in body
    ask = urllib.parse.urlencode({"query": "ASK { <http://e/a> ?p ?o }"})
    assert json.loads(_request(endpoint.query_url + "?" + ask)[1])["boolean"] is False


def test_an_update_sent_as_a_query_is_refused(endpoint: Endpoint):
    form = urllib.parse.urlencode({"query": "DELETE WHERE { ?s ?p ?o }"})
    status, body = _request(endpoint.query_url + "?" + form)
    assert status == 400 and "UPDATE is refused" in body


def test_a_syntax_error_says_where(endpoint: Endpoint):
    form = urllib.parse.urlencode({"query": "SELECT * WHERE {\n  ?s ?p }"})
    status, body = _request(endpoint.query_url + "?" + form)
    assert status == 400 and body.startswith("SPARQL syntax error at line 2")


def test_the_query_page_loads(endpoint: Endpoint):
    status, page = _request(endpoint.url + "/")
    assert (
        status == 200 and 'id="unionkg-data"' in page
    )  # our page (tests/store/test_query_page.py)


def test_a_store_that_is_not_there(tmp_path: Path):
    from unionkg.store import StoreError

    with pytest.raises(StoreError, match="no unionkg store there"):
        Endpoint(tmp_path / "none", port=0)


def test_without_the_sandbox_oxigraph_would_connect_out(listener):
    """The control: the same SERVICE query run by pyoxigraph in a plain process does reach the
    test's socket, so the tests above would catch a query process that let it through."""
    import subprocess
    import sys

    remote = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
    script = (
        "import pyoxigraph as ox\n"
        f"list(ox.Store().query('SELECT * WHERE {{ SERVICE <{remote}> {{ ?s ?p ?o }} }}'))"
    )
    child = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.DEVNULL)
    try:
        listener.settimeout(20)
        connection, _ = listener.accept()
        connection.close()
    finally:
        child.kill()
        child.wait()
