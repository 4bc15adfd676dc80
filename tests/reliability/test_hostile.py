"""Hostile text: article text and metadata carrying HTML/JS payloads, SPARQL-injection-looking
strings (quotes, ``}``, ``#``, newlines) and very long names go through ``unionkg build`` and
come out intact in every RDF export (read back with rdflib), parseable in every other export,
inert in the HTML explorer (a real chromium runs it), and bound, never pasted, as saved-query
parameters. Everything is invented by us for this test.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS

from unionkg.model import article_iri

from .conftest import GOOD, RDFLIB_DATASET, Build

SCHEMA = "https://schema.org/"
INJECTION = 'x" } ; DROP ALL ; # \n} UNION { ?s ?p ?o } #'
SCRIPT = "<script>window.__xss=1</script>"
IMAGE = '<img src=x onerror="window.__xss=1">'
TITLE = IMAGE + INJECTION + "\u202e" + "启衡" * 3000  # a very long headline
PUBLISHER = "</script><script>window.__xss=1</script>" + INJECTION
TEXT = (
    f"瑞安市总工会主席林启明出席了瑞安市启衡电器有限公司工会成立大会{SCRIPT}{INJECTION}。\n"
    f"瑞安市{'明华' * 200}电器有限公司与瑞安市启衡电器有限公司签订合作协议{IMAGE}。\n"
)
RECORDS = [
    {"id": "hostile-1", "text": TEXT, "title": TITLE, "publisher": PUBLISHER,
     "url": "javascript:window.__xss=1", "published": "2024-05-01"},
    {"id": 'quote"}#', "text": GOOD + INJECTION, "title": INJECTION},
]  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from click.testing import CliRunner

    from unionkg.cli import cli

    root = tmp_path_factory.mktemp("hostile")
    source = root / "hostile.jsonl"
    lines = [json.dumps(record, ensure_ascii=False) for record in RECORDS]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["build", str(source), "-o", str(root / "out"), "--store", str(root / "store")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return root


def _literals(graph: Graph, subject: str, predicate: str) -> set[str]:
    return {str(o) for o in graph.objects(URIRef(subject), URIRef(predicate))}


@RDFLIB_DATASET
@pytest.mark.parametrize(("name", "fmt"), [("graph.ttl", "turtle"), ("graph.trig", "trig"),
                                           ("graph.jsonld", "json-ld")])  # fmt: skip
def test_rdf_exports_keep_hostile_text_intact(built: Path, name: str, fmt: str) -> None:
    data = Dataset() if fmt != "turtle" else Graph()
    data.parse(built / "out" / name, format=fmt)
    graph = Graph()
    for triple in data.triples((None, None, None)) if fmt == "turtle" else data.quads():
        graph.add(triple[:3])
    article = article_iri("hostile-1")
    assert _literals(graph, article, SCHEMA + "headline") == {TITLE}
    assert _literals(graph, article, SCHEMA + "publisher") == {PUBLISHER}
    assert _literals(graph, article_iri('quote"}#'), SCHEMA + "headline") == {INJECTION}
    sentences = {str(o) for _, _, o in graph.triples((None, URIRef(
        "https://w3id.org/unionkg/ontology#sentence"), None))}  # fmt: skip
    assert any(SCRIPT in sentence for sentence in sentences)
    for sentence in sentences:
        assert sentence in TEXT or sentence in GOOD + INJECTION
    labels = {str(o) for o in graph.objects(None, RDFS.label) if isinstance(o, Literal)}
    assert "瑞安市总工会" in labels


def test_network_exports_parse_and_agree(built: Path) -> None:
    out = built / "out"
    graphml = nx.read_graphml(out / "graph.graphml")
    gexf = nx.read_gexf(out / "graph.gexf")
    nodelink = json.loads((out / "graph.nodelink.json").read_text(encoding="utf-8"))
    labels = {data["label"] for _, data in graphml.nodes(data=True)}
    assert labels == {data["label"] for _, data in gexf.nodes(data=True)}
    assert labels == {node["label"] for node in nodelink["nodes"]}
    for name in ("neo4j-nodes.csv", "neo4j-relationships.csv"):
        rows = list(csv.reader(io.StringIO((out / name).read_text(encoding="utf-8"))))
        assert len({len(row) for row in rows}) == 1  # every row as wide as the header


def test_html_source_never_holds_a_raw_payload(built: Path) -> None:
    page = (built / "out" / "graph.html").read_text(encoding="utf-8")
    assert SCRIPT not in page and IMAGE not in page and "</script><script>" not in page
    assert "javascript:window" not in page


@pytest.mark.browser
def test_html_payloads_stay_inert_in_chromium(built: Path, chromium: Any) -> None:
    dialogs: list[str] = []
    page = chromium.new_page()
    try:
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto((built / "out" / "graph.html").as_uri())
        page.wait_for_load_state("load")
        page.wait_for_timeout(500)
        shown: Any = page.evaluate("document.body.innerText")
        xss: Any = page.evaluate("typeof window.__xss")
    finally:
        page.close()
    assert xss == "undefined" and dialogs == []
    assert shown.strip()  # the page did render


@pytest.mark.parametrize("value", [INJECTION, '"}#', "\\", "a\nb"])
def test_saved_query_parameters_are_bound(built: Path, run_cli: Build, value: str) -> None:
    store = built / "store"
    args = ["query", "--store", store, "--saved", "union-chair", "--format", "json"]
    hostile = run_cli([*args, "--param", f"union={value}"])
    assert hostile.exit_code == 0, hostile.output
    assert json.loads(hostile.stdout)["results"]["bindings"] == []
    plain = run_cli([*args, "--param", "union=瑞安市总工会"])
    names = [
        row["official_name"]["value"] for row in json.loads(plain.stdout)["results"]["bindings"]
    ]
    assert "林启明" in names
