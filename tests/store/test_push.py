"""``push`` into a real triple store: an ``oxigraph serve`` process on loopback (started here),
through the Graph Store HTTP Protocol, then queried back: every per-article graph arrives."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from unionkg.store import GraphStore
from unionkg.store.push import PushError, push_quads
from unionkg.store.serve import free_port, oxigraph_binary


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(tmp_path / "remote"),
         "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    ) as process:  # fmt: skip
        try:
            for _ in range(200):
                try:
                    urllib.request.urlopen(url + "/", timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.05)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)


def _select(url: str, query: str) -> list[dict[str, str]]:
    request = urllib.request.Request(
        url + "/query?" + urllib.parse.urlencode({"query": query}),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        data = json.load(response)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def test_push_preserves_every_named_graph(store_dir: Path, server: str):
    with GraphStore.open(store_dir, create=False) as store:
        quads = list(store.graph_quads())
    result = push_quads(quads, server + "/store")
    assert result.triples == len(quads)
    assert result.graphs[0] == "default" and len(result.graphs) == 4  # default + 3 articles
    counts = _select(server, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
                             "GROUP BY ?g ORDER BY ?g")  # fmt: skip
    assert [c["g"].rsplit("/", 1)[-1] for c in counts] == ["r-01", "r-02", "r-03"]
    default = _select(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]
    assert sum(int(c["n"]) for c in counts) + int(default) == len(quads)
    chair = _select(server, "PREFIX ukg: <https://w3id.org/unionkg/ontology#> "
                            "SELECT ?t WHERE { GRAPH ?g { ?e ukg:title ?t } }")  # fmt: skip
    assert {c["t"] for c in chair} == {"主席", "副主席"}
    # PUT replaces: pushing twice leaves the same number of statements
    push_quads(quads, server + "/store")
    total = _select(server, "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION "
                            "{ GRAPH ?g { ?s ?p ?o } } }")[0]["n"]  # fmt: skip
    assert int(total) == len(quads)


def test_push_to_nowhere_is_one_clear_line(store_dir: Path):
    with GraphStore.open(store_dir, create=False) as store:
        quads = list(store.graph_quads())
    with pytest.raises(PushError, match=r"cannot reach the endpoint .*is it running"):
        push_quads(quads, f"http://127.0.0.1:{free_port()}/store")
