"""The measure: gold merging, one-to-one alignment, symmetric and ignored relations, per-rule
counts, and the same figures as the shared scorer on small gold files we wrote."""

from __future__ import annotations

import gc
import warnings
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from unionkg.errors import FormatError, InputError
from unionkg.evaluation import evaluate, load_gold
from unionkg.exports.rdf import write_turtle
from unionkg.model import ID_BASE, Edge, Evidence, KnowledgeGraph, Node


def reference(scorer: ModuleType, graph: Path, gold: list[Path]) -> dict[str, Any]:
    """The shared scorer's result; its rdflib calls warn, and it leaves the graph file open."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result: dict[str, Any] = scorer.score(graph, gold)
        gc.collect()
    return result


def figures(result: dict[str, Any]) -> dict[str, Any]:
    relations = dict(result["relations"])
    ignored = relations.pop("ignored_town_locatedIn", result.get("ignored_town_locatedIn"))
    return {"entities": result["entities"], "relations": relations, "ignored": ignored}


def test_exact_gold_scores_one(graph_file: Path, tmp_path: Path, exact_gold, write_gold) -> None:
    gold = write_gold(tmp_path / "g1.json", *exact_gold)
    report = evaluate(graph_file, [gold])
    assert report.entities["typed"].as_dict()["f1"] == 1.0
    assert report.relations["all"].as_dict() == {
        "tp": 5, "pred": 5, "gold": 5, "p": 1.0, "r": 1.0, "f1": 1.0
    }  # fmt: skip
    assert report.missed_entities == report.false_entities == report.false_relations == []


def test_gold_merges_across_files_by_name_and_alias(tmp_path: Path, write_gold) -> None:
    full = "瑞安市启衡电器有限公司工会"
    write_gold(tmp_path / "a.json", [
        {"id": "e1", "type": "Union", "name": full, "aliases": ["启衡工会"]},
        {"id": "e2", "type": "Official", "name": "林启明"},
    ], [{"type": "chairedBy", "subject": "e1", "object": "e2"}])  # fmt: skip
    write_gold(tmp_path / "b.json", [
        {"id": "x", "type": "Union", "name": "启衡工会", "aliases": [" "]},
        {"id": "y", "type": "Official", "name": "林 启明"},
        {"id": "z", "type": "Company", "name": "启衡工会"},  # another type: not merged
    ], [{"type": "chairedBy", "subject": "x", "object": "y"}])  # fmt: skip
    gold = load_gold([tmp_path])
    assert [f.name for f in gold.files] == ["a.json", "b.json"]
    # the full name's alias leads to the annotation named 启衡工会, which names the group
    assert sorted(gold.entities) == [
        ("Company", "启衡工会"), ("Official", "林启明"), ("Union", "启衡工会")
    ]  # fmt: skip
    assert gold.entities[("Union", "启衡工会")].forms == {
        "瑞安市启衡电器有限公司工会", "启衡工会"
    }  # fmt: skip
    assert len(gold.relations) == 1


def test_symmetric_partners_ignored_town_links_and_unaligned_ends(
    graph_file: Path, tmp_path: Path, exact_gold, write_gold
) -> None:
    entities, relations = exact_gold
    relations = [r for r in relations if r["subject"] != "r"]  # gold leaves out 瑞安市 -> 温州市
    relations = [r for r in relations if r["type"] != "subOrganizationOf"]
    entities = [e for e in entities if e["id"] != "c"]  # the company is not in gold
    relations = [r for r in relations if "c" not in (r["subject"], r["object"])]
    report = evaluate(graph_file, [write_gold(tmp_path / "g.json", entities, relations)])
    assert report.ignored_town_located_in == 1
    all_ = report.relations["all"]
    # chairedBy and locatedIn hit; subOrganizationOf and partneredWith have an unaligned end
    assert (all_.tp, all_.pred, all_.gold) == (2, 4, 2)
    assert {m["why"] for m in report.false_relations} == {"an end is not in gold"}
    assert [m["label"] for m in report.false_entities] == ["瑞安市启衡电器有限公司"]


def test_label_hits_win_over_alias_hits_and_same_type_first(tmp_path: Path, write_gold) -> None:
    def node(key: str, etype: str, label: str, *aliases: str) -> Node:
        return Node(f"{ID_BASE}{etype.lower()}/{key}", etype, label, set(aliases))  # type: ignore[arg-type]

    nodes = [
        node("a", "Union", "启衡工会联合会", "明远工会"),  # alias hit on 明远工会
        node("b", "Union", "明远工会"),  # label hit on 明远工会
        node("c", "Company", "启衡工会联合会"),  # label hit, other type
    ]
    kg = KnowledgeGraph({n.iri: n for n in nodes})
    write_turtle(kg, tmp_path / "graph.ttl")
    gold = write_gold(tmp_path / "g.json", [
        {"id": "1", "type": "Union", "name": "明远工会"},
        {"id": "2", "type": "Union", "name": "启衡工会联合会"},
    ], [])  # fmt: skip
    report = evaluate(tmp_path / "graph.ttl", [gold])
    assert (report.entities["typed"].tp, report.entities["untyped"].tp) == (2, 2)
    assert [m["iri"] for m in report.false_entities] == [nodes[2].iri]


def test_each_rule_of_an_edge_gets_the_credit(
    graph_file: Path, tmp_path: Path, exact_gold, write_gold
) -> None:
    report = evaluate(graph_file, [write_gold(tmp_path / "g.json", *exact_gold)])
    assert {rule: (c.edges, c.correct) for rule, c in report.rules.items()} == {
        "chair-title/v1": (1, 1),
        "company-union/v1": (1, 1),
        "gazetteer-parent/v1": (1, 1),
        "joint-with/v1": (1, 1),
        "name-place/v1": (1, 1),
        "signed-with/v1": (1, 1),
    }


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not UTF-8 JSON"),
        ('{"entities": [{"id": "e1", "type": "Union"}]}', "lacks id, type or name"),
        ('{"entities": [{"id": "e1", "type": "Guild", "name": "甲"}]}', "has type 'Guild'"),
        ('{"entities": [], "relations": [{"type": "chairedBy", "subject": "e1", "object": "e2"}]}',
         "names no entity 'e1'"),
        ('{"entities": [], "relations": [{"type": "owns", "subject": "e1", "object": "e2"}]}',
         "relation type 'owns' is unknown"),
    ],
)  # fmt: skip
def test_bad_gold_is_one_clear_error(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError, match=problem) as info:
        load_gold([path])
    assert str(info.value).startswith(str(path)) and "\n" not in str(info.value)


def test_missing_graph_and_gold_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no graph\.trig or graph\.ttl"):
        evaluate(tmp_path, [])
    with pytest.raises(InputError, match="no such gold file"):
        load_gold([tmp_path / "missing.json"])


VARIANTS = ["exact", "no-town-chain", "reversed-chair", "extra-gold", "only-aliases"]


def _variant(name: str, exact: tuple[list[dict[str, Any]], list[dict[str, str]]]) -> tuple:
    entities, relations = (list(x) for x in exact)
    if name == "no-town-chain":
        relations = [r for r in relations if r["subject"] != "r"]
    elif name == "reversed-chair":
        relations = [{**r, "subject": r["object"], "object": r["subject"]}
                     if r["type"] == "chairedBy" else r for r in relations]  # fmt: skip
    elif name == "extra-gold":
        entities.append({"id": "m", "type": "Person", "name": "周明远"})
        relations.append({"type": "memberOf", "subject": "m", "object": "u"})
    elif name == "only-aliases":
        entities[0] = {"id": "u", "type": "Union", "name": "启衡电器工会", "aliases": ["启衡工会"]}
    return entities, relations


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("filename", ["graph.ttl", "graph.trig"])
def test_same_figures_as_the_shared_scorer(
    scorer: ModuleType, small_kg: KnowledgeGraph, tmp_path: Path, exact_gold, write_gold,
    variant: str, filename: str,
) -> None:  # fmt: skip
    from unionkg.exports.rdf import write_trig

    graph = tmp_path / filename
    (write_trig if filename.endswith("trig") else write_turtle)(small_kg, graph)
    gold = write_gold(tmp_path / "g.json", *_variant(variant, exact_gold))
    ours = evaluate(graph, [gold]).as_dict()
    assert figures(ours) == figures(reference(scorer, graph, [gold]))


def test_unmapped_edges_count_per_relation(tmp_path: Path, write_gold) -> None:
    a, b = f"{ID_BASE}union/a", f"{ID_BASE}official/b"
    ev = Evidence("t", "甲", 0, 1, "chair-title/v1", 0.9)
    kg = KnowledgeGraph(
        {a: Node(a, "Union", "启衡工会"), b: Node(b, "Official", "林启明")},
        [Edge(a, "chairedBy", b, [ev])],
    )
    write_turtle(kg, tmp_path / "graph.ttl")
    gold = write_gold(tmp_path / "g.json", [{"id": "1", "type": "Union", "name": "启衡工会"}], [])
    report = evaluate(tmp_path / "graph.ttl", [gold])
    assert report.relations["chairedBy"].pred == 1 and report.relations["chairedBy"].tp == 0
    assert report.rules["chair-title/v1"].correct == 0
