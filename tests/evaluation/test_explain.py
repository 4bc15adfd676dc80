"""Explaining one entity from the RDF: lookup, merge log round trip, edges with their evidence."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from unionkg.evaluation import read_dataset
from unionkg.evaluation.explain import explain, find_entities, format_explanation, merge_notes
from unionkg.exports.rdf import write_trig
from unionkg.model import ID_BASE, KnowledgeGraph, MergeNote, Node
from unionkg.ontology import to_dataset
from unionkg.ontology.rdf import MERGE_QUERY

UNION = f"{ID_BASE}union/qiheng"


@pytest.mark.parametrize("query", [UNION, "瑞安市启衡电器有限公司工会", "启衡工会", "启衡 工会"])
def test_finds_by_iri_name_or_alias(graph_file: Path, query: str) -> None:
    refs = find_entities(read_dataset(graph_file), query)
    assert [(r.iri, r.type) for r in refs] == [(UNION, "Union")]


def test_same_name_gives_every_match(tmp_path: Path) -> None:
    towns = [Node(f"{ID_BASE}town/{k}", "Town", "白石镇") for k in ("b", "a")]
    write_trig(KnowledgeGraph({n.iri: n for n in towns}), tmp_path / "graph.trig")
    refs = find_entities(read_dataset(tmp_path), "白石镇")
    assert [r.iri for r in refs] == [f"{ID_BASE}town/a", f"{ID_BASE}town/b"]
    assert find_entities(read_dataset(tmp_path), "黑石镇") == []


def test_merge_log_round_trips(small_kg: KnowledgeGraph, graph_file: Path) -> None:
    for node in small_kg.nodes.values():
        assert merge_notes(read_dataset(graph_file), node.iri) == sorted(set(node.merges))
    union = small_kg.nodes[UNION]
    assert merge_notes(to_dataset(small_kg), UNION) == union.merges != []


def test_merge_query_finds_the_notes_in_the_article_graph(small_kg: KnowledgeGraph) -> None:
    import warnings

    with warnings.catch_warnings():  # rdflib 7's Dataset queries call its deprecated API
        warnings.simplefilter("ignore", DeprecationWarning)
        rows = list(to_dataset(small_kg).query(MERGE_QUERY))
    assert [(str(r.entity), str(r.form), str(r.article).rsplit("/", 1)[-1]) for r in rows] == [
        (UNION, "启衡工会", "t-2")
    ]


def test_merge_notes_are_written_the_same_in_any_order(small_kg: KnowledgeGraph) -> None:
    union = small_kg.nodes[UNION]
    union.merges += [MergeNote("启衡电器工会", "t-1", "shares a name with 启衡工会")]
    outputs = set()
    for seed in range(3):
        random.Random(seed).shuffle(union.merges)
        buffer = io.BytesIO()
        write_trig(small_kg, buffer)
        outputs.add(buffer.getvalue())
    assert len(outputs) == 1


def test_explanation_has_names_places_merges_and_evidence(graph_file: Path) -> None:
    ex = explain(read_dataset(graph_file), UNION)
    assert ex.entity.label == "瑞安市启衡电器有限公司工会" and ex.aliases == ["启衡工会"]
    assert [p.label for p in ex.places] == ["瑞安市", "温州市"]
    assert [(n.form, n.article_id) for n in ex.merges] == [("启衡工会", "t-2")]
    by_relation = {e.relation: e for e in ex.edges}
    assert set(by_relation) == {"chairedBy", "subOrganizationOf", "locatedIn"}
    chair = by_relation["chairedBy"]
    assert chair.outgoing and chair.other.label == "林启明" and chair.titles == ["主席"]
    [ev] = chair.evidence
    assert (ev.sentence, ev.rule, ev.confidence) == ("林启明当选主席。", "chair-title/v1", "0.9")
    assert (ev.article_id, ev.article_title, ev.article_url) == (
        "t-1", "启衡电器成立工会", "https://example.org/t-1"
    )  # fmt: skip
    text = "\n".join(format_explanation(ex))
    assert "瑞安市 < 温州市" in text and "rule chair-title/v1, confidence 0.9" in text


def test_incoming_edges_and_every_piece_of_evidence(graph_file: Path) -> None:
    ex = explain(read_dataset(graph_file), f"{ID_BASE}company/mingyuan")
    [partner] = ex.edges
    assert not partner.outgoing and partner.relation == "partneredWith"
    assert [(e.article_id, e.rule) for e in partner.evidence] == [
        ("t-1", "signed-with/v1"), ("t-2", "joint-with/v1")
    ]  # fmt: skip
