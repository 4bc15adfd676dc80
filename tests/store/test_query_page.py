"""The query page and the answers of ``unionkg serve``, over HTTP: our own page (offline, its
policy allowing only its own origin), a query stopped at the timeout answered with an error
status and one line (never 200 with half a body), and a store changed by an add seen by the
next query. The browser's view of the page is tests/store/test_query_page_browser.py.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from unionkg.model import Extraction
from unionkg.store import GraphStore
from unionkg.store.saved import saved_queries
from unionkg.store.serve import serve

ARTICLES = "SELECT (COUNT(*) AS ?n) WHERE { ?a a ukg:Article }"
# six copies of the store's 49 statements joined, 49^6 > 10^10 rows: far more than a second allows
_JOINED = " . ".join(f"?s{i} ?p{i} ?o{i}" for i in range(6))
SLOW = f"SELECT (COUNT(*) AS ?n) WHERE {{ {_JOINED} }}"


def _post(url: str, query: str, accept: str) -> tuple[int, str, str]:
    body = urllib.parse.urlencode({"query": query}).encode("utf-8")
    request = urllib.request.Request(url, data=body, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            kind = response.headers.get("Content-Type", "")
            return response.status, kind, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        with error:
            kind = error.headers.get("Content-Type", "")
            return error.code, kind, error.read().decode("utf-8")


def _count(url: str) -> int:
    status, _, text = _post(url, ARTICLES, "application/sparql-results+json")
    assert status == 200, text
    return int(json.loads(text)["results"]["bindings"][0]["n"]["value"])


def test_the_page_is_ours_with_every_saved_query(store_dir: Path) -> None:
    with (
        serve(store_dir, port=0, timeout=10) as endpoint,
        urllib.request.urlopen(endpoint.url + "/", timeout=30) as response,
    ):
        policy = response.headers["Content-Security-Policy"]
        page = response.read().decode("utf-8")
    assert "connect-src 'self'" in policy and "default-src 'none'" in policy
    assert "yasgui" not in page.lower() and "prefix.cc" not in page
    assert "http://" not in page.split('id="unionkg-data"')[0]  # no link or script from elsewhere
    data = json.loads(page.split('id="unionkg-data">')[1].split("</script>")[0])
    assert {q["name"] for q in data["queries"]} == set(saved_queries())
    assert data["prefixes"]["ukg"] == "https://w3id.org/unionkg/ontology#"


def test_a_query_stopped_at_the_timeout_is_an_error(store_dir: Path) -> None:
    with serve(store_dir, port=0, timeout=1) as endpoint:
        for accept in ("application/sparql-results+json", "text/csv"):
            status, kind, text = _post(endpoint.query_url, SLOW, accept)
            assert status == 504, text
            assert kind.startswith("text/plain") and len(text.strip().splitlines()) == 1
            assert "did not finish in 1 s" in text
        assert _count(endpoint.query_url) == 3  # the endpoint still answers


def test_an_add_is_seen_by_the_next_query(
    tmp_path: Path, extractions: dict[str, Extraction]
) -> None:
    directory = tmp_path / "store"
    with GraphStore.open(directory) as store:
        store.add_extractions([extractions["r-01"], extractions["r-02"]])
    with serve(directory, port=0, timeout=10) as endpoint:
        assert _count(endpoint.query_url) == 2
        first = endpoint.workers  # held, so no new process can take an old one's id()
        with GraphStore.open(directory) as store:  # what `unionkg add` does, while serving
            store.add_extractions([extractions["r-03"]])
        for _ in range(len(first) + 1):  # whichever query process answers
            assert _count(endpoint.query_url) == 3
        now = endpoint.workers
        assert not any(w is old for w in now for old in first)  # all new processes
        for _ in range(len(first) + 1):
            assert _count(endpoint.query_url) == 3
        assert all(a is b for a, b in zip(endpoint.workers, now, strict=True))  # no new process
