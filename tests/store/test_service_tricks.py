"""SERVICE never reaches out, whatever the query text makes of the parsers (issue #16, item 1).

Each query below is written so that a checker reading SPARQL one way and the engine reading it
another could disagree about whether it holds a SERVICE: a comment that rdflib ends at a line
feed and Oxigraph also at a carriage return, ``\\u`` escapes in keywords and IRIs, SERVICE
nested in FILTER EXISTS, OPTIONAL and UNION, hidden behind a prefix or a BASE, or naming its
endpoint through a variable. A socket of the test listens where each one points; after every
query it must have seen no connection, through ``serve`` (HTTP), ``unionkg query --store`` and
``unionkg query FILE`` (each in a child process, so a query that did connect and waits for an
answer fails the test instead of hanging it), and from a web page in Chromium.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from unionkg.store import GraphStore
from unionkg.store.serve import Endpoint, serve

from .conftest import make_extractions

UNIONKG = [sys.executable, "-c", "from unionkg.cli import main; main()"]

TRICKS = {
    "cr-ends-comment": "SELECT * WHERE {{ # x\r SERVICE <{L}> {{ ?s ?p ?o }} \n }}",
    "cr-comment-in-union": "SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ #\r SERVICE SILENT <{L}> "
    "{{ ?s ?p ?o }} }} \n}}",
    "cr-comment-nested": "ASK {{ FILTER NOT EXISTS {{ # \r SERVICE <{L}> {{ ?s ?p ?o }} \n }} }}",
    "u-escape-keyword": "SELECT * WHERE {{ SERV\\u0049CE <{L}> {{ ?s ?p ?o }} }}",
    "U-escape-keyword": "SELECT * WHERE {{ \\U00000053ERVICE <{L}> {{ ?s ?p ?o }} }}",
    "u-escape-in-iri": "SELECT * WHERE {{ SERVICE <{L_ESCAPED}> {{ ?s ?p ?o }} }}",
    "lower-case": "select * where {{ service <{L}> {{ ?s ?p ?o }} }}",
    "nested-silent": "ASK {{ FILTER EXISTS {{ SELECT * {{ OPTIONAL {{ SERVICE SILENT <{L}> "
    "{{ ?s ?p ?o }} }} }} }} }}",
    "prefix": "PREFIX r: <{BASE}> SELECT * WHERE {{ SERVICE r:sparql {{ ?s ?p ?o }} }}",
    "base": "BASE <{BASE}> SELECT * WHERE {{ SERVICE <sparql> {{ ?s ?p ?o }} }}",
    "variable": "SELECT * WHERE {{ VALUES ?e {{ <{L}> }} SERVICE ?e {{ ?s ?p ?o }} }}",
}


def _query(name: str, port: int) -> str:
    base = f"http://127.0.0.1:{port}/"
    escaped = f"http://127.0.0.1\\u003A{port}/sparql"
    return TRICKS[name].format(L=base + "sparql", BASE=base, L_ESCAPED=escaped)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("tricks") / "store"
    with GraphStore.open(directory) as store:
        store.add_extractions(make_extractions().values())
    return directory


@pytest.fixture(scope="module")
def rdf_file(store_dir: Path) -> Path:
    import pyoxigraph as ox

    target = store_dir.parent / "graph.nq"
    ox.Store.read_only(str(store_dir)).dump(str(target), ox.RdfFormat.N_QUADS)
    return target


@pytest.fixture(scope="module")
def endpoint(store_dir: Path) -> Iterator[Endpoint]:
    with serve(store_dir, port=0, timeout=5, max_queries=2) as running:
        yield running


def _connected(sock: socket.socket) -> bool:
    try:
        connection, _ = sock.accept()
    except TimeoutError:
        return False
    connection.close()
    return True


@pytest.mark.parametrize("trick", sorted(TRICKS))
def test_through_serve(endpoint: Endpoint, listener: socket.socket, trick: str):
    query = _query(trick, listener.getsockname()[1])
    url = endpoint.query_url + "?" + urllib.parse.urlencode({"query": query})
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
    except urllib.error.HTTPError as error:
        with error:
            assert error.code in (400, 504)
    assert not _connected(listener)


@pytest.mark.parametrize("trick", sorted(TRICKS))
@pytest.mark.parametrize("where", ["store", "file"])
def test_through_unionkg_query(store_dir: Path, rdf_file: Path, listener: socket.socket,
                               trick: str, where: str):  # fmt: skip
    query = _query(trick, listener.getsockname()[1])
    args = ["--store", str(store_dir)] if where == "store" else [str(rdf_file)]
    try:
        subprocess.run([*UNIONKG, "query", *args, query], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("the query waited for an answer from the listener: it connected")
    assert not _connected(listener)


def test_the_tricks_fool_a_parser_check_alone(listener: socket.socket):
    """The control: the carriage-return trick passes rdflib's check (the guard before), and
    pyoxigraph in a plain process does connect; so only the sandbox stops it above."""
    from unionkg.store.query import check_query

    query = _query("cr-ends-comment", listener.getsockname()[1])
    check_query(query)  # no SERVICE seen
    script = f"import pyoxigraph as ox\nlist(ox.Store().query({query!r}))"
    child = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.DEVNULL)
    try:
        listener.settimeout(30)
        assert _connected(listener)
    finally:
        child.kill()
        child.wait()


def test_a_web_page_cannot_use_the_endpoint(endpoint: Endpoint, listener: socket.socket,
                                            chromium, tmp_path: Path):  # fmt: skip
    """A page opened from a file fires the trick at the endpoint as an image, a no-cors fetch,
    and a submitted form: no connection reaches the listener, and no query even runs (the
    guard refuses the request for its Origin or Sec-Fetch-Site before any query process)."""
    query = _query("cr-ends-comment", listener.getsockname()[1])
    target = endpoint.query_url + "?" + urllib.parse.urlencode({"query": query})
    form = urllib.parse.quote(query)
    page = tmp_path / "attack.html"
    page.write_text(
        f"""<!doctype html><meta charset="utf-8">
<img src="{target}">
<form id="f" method="post" action="{endpoint.query_url}" target="sink">
<input type="hidden" name="query" id="q"></form><iframe name="sink"></iframe>
<script>
document.getElementById("q").value = decodeURIComponent("{form}");
fetch("{target}", {{mode: "no-cors"}}).catch(() => {{}});
fetch("{endpoint.query_url}", {{method: "POST", mode: "no-cors",
  headers: {{"Content-Type": "application/x-www-form-urlencoded"}},
  body: "query=" + "{form}"}}).catch(() => {{}});
document.getElementById("f").submit();
</script>""",
        encoding="utf-8",
    )
    before = endpoint.server.queries_run
    browser_page = chromium.new_page()
    try:
        browser_page.goto(page.as_uri())
        browser_page.wait_for_timeout(3000)
    finally:
        browser_page.close()
    assert not _connected(listener)
    assert endpoint.server.queries_run == before


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Host": "attacker.example:80"}, 403),  # DNS rebinding: a name pointing at us
        ({"Origin": "http://attacker.example"}, 403),
        ({"Origin": "null"}, 403),
        ({"Sec-Fetch-Site": "cross-site"}, 403),
        ({"Sec-Fetch-Site": "same-origin"}, 200),
        ({}, 200),
    ],
)
def test_host_and_origin_are_checked(endpoint: Endpoint, headers: dict[str, str], status: int):
    url = endpoint.query_url + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status == status
    except urllib.error.HTTPError as error:
        with error:
            body = error.read()
            assert error.code == status
            assert b"refused" in body or b"not this endpoint" in body
