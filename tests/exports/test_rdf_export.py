"""Turtle, TriG and JSON-LD read back to the same statements, and the scorer reads them."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from unionkg.exports.rdf import (
    BATCH,
    generate_trig,
    generate_turtle,
    write_jsonld,
    write_trig,
    write_turtle,
)
from unionkg.model import KnowledgeGraph
from unionkg.ontology import to_quads

SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"

# rdflib 7.x's Dataset calls its own deprecated methods (and ConjunctiveGraph) while parsing
RDFLIB_DATASET = pytest.mark.filterwarnings(
    r"ignore:(Dataset\.\w+|ConjunctiveGraph) is deprecated:DeprecationWarning"
)


def text_of(writer: object, kg: KnowledgeGraph) -> str:
    buffer = io.StringIO()
    writer(kg, buffer)  # type: ignore[operator]
    return buffer.getvalue()


def test_turtle_round_trips_every_statement(kg: KnowledgeGraph) -> None:
    graph = Graph().parse(data=text_of(write_turtle, kg), format="turtle")
    assert set(graph) == {quad[:3] for quad in to_quads(kg)}


@RDFLIB_DATASET
@pytest.mark.parametrize(("writer", "fmt"), [(write_trig, "trig"), (write_jsonld, "json-ld")])
def test_datasets_round_trip_with_their_named_graphs(
    kg: KnowledgeGraph, writer: object, fmt: str
) -> None:
    dataset = Dataset()
    dataset.parse(data=text_of(writer, kg), format=fmt)
    found = {
        (s, p, o, None if g == DATASET_DEFAULT_GRAPH_ID else g) for s, p, o, g in dataset.quads()
    }
    assert found == set(to_quads(kg))


def test_jsonld_is_plain_json_with_a_context(kg: KnowledgeGraph) -> None:
    document = json.loads(text_of(write_jsonld, kg))
    assert document["@context"]["ukg"] == "https://w3id.org/unionkg/ontology#"
    assert any("@graph" in item for item in document["@graph"])


def write_gold(kg: KnowledgeGraph, path: Path) -> None:
    """A gold file (../shared/corpus/ANNOTATION.md format) stating exactly the test graph."""
    keys = {iri: f"e{i}" for i, iri in enumerate(sorted(kg.nodes))}
    article = next(iter(kg.articles.values()))
    gold = {
        "id": article.id,
        "source": {"url": article.url, "title": article.title, "published": None},
        "text": article.text,
        "entities": [
            {"id": keys[n.iri], "type": n.type, "name": n.label, "aliases": sorted(n.aliases)}
            for n in kg.nodes.values()
        ],
        "relations": [
            {"type": e.type, "subject": keys[e.subject], "object": keys[e.object]} for e in kg.edges
        ],
    }
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=2), encoding="utf-8")


@pytest.mark.parametrize(
    ("writer", "filename"),
    [(write_turtle, "graph.ttl"), (write_trig, "graph.trig"), (write_jsonld, "graph.jsonld")],
)
def test_scorer_reads_types_labels_and_relations(
    kg: KnowledgeGraph, tmp_path: Path, writer: object, filename: str
) -> None:
    if not SCORER.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the scorer is missing: {SCORER} (../shared beside the clone)")
        pytest.skip(f"no scorer at {SCORER}")
    writer(kg, tmp_path / filename)  # type: ignore[operator]
    write_gold(kg, tmp_path / "gold.json")
    result = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            str(tmp_path / filename),
            str(tmp_path / "gold.json"),
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    score = json.loads(result.stdout)
    assert score["entities"]["typed"]["f1"] == 1.0, score["spurious_entities"]
    assert score["relations"]["all"]["f1"] == 1.0, score["missed_relations"]
    assert score["relations"]["all"]["tp"] == len(kg.edges)


@RDFLIB_DATASET
@pytest.mark.parametrize(
    ("generate", "fmt"), [(generate_turtle, "turtle"), (generate_trig, "trig")]
)
def test_a_large_graph_is_written_a_batch_at_a_time(
    chain_graph: Callable[[int], KnowledgeGraph], generate: Callable[..., Any], fmt: str
) -> None:
    kg = chain_graph(BATCH // 2)  # two statements a village, and an edge: > one batch
    chunks = list(generate(kg))
    assert len(chunks) > 2  # the prefixes, then each batch on its own
    assert sum(chunk.count("@prefix") for chunk in chunks) == chunks[0].count("@prefix") > 0
    dataset = Dataset()
    dataset.parse(data="".join(chunks), format=fmt)
    assert {(s, p, o) for s, p, o, _ in dataset.quads()} == {q[:3] for q in to_quads(kg)}
