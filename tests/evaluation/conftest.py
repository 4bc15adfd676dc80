"""Small gold files and graphs for the evaluation tests.

Every name here is invented for these tests (瑞安市启衡电器有限公司工会, 林启明 …);
none comes from a real article. The fixtures give that graph, gold files saying the same
(the format of ``docs/gold-format.md``), and the shared scorer to compare with.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from unionkg.exports.rdf import write_trig
from unionkg.model import ID_BASE, Article, Edge, Evidence, KnowledgeGraph, MergeNote, Node

SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"

TEXT = "瑞安市启衡电器有限公司工会成立，林启明当选主席。启衡工会与瑞安市明远物流有限公司签订协议。"


def iri(kind: str, key: str) -> str:
    return f"{ID_BASE}{kind}/{key}"


UNION, COMPANY, PARTNER = (
    iri("union", "qiheng"),
    iri("company", "qiheng"),
    iri("company", "mingyuan"),
)
CHAIR, TOWN, CITY = iri("official", "lin"), iri("town", "ruian"), iri("town", "wenzhou")


def evidence(rule: str, sentence: str = "林启明当选主席。", article: str = "t-1") -> Evidence:
    start = max(TEXT.find(sentence), 0)
    return Evidence(article, sentence, start, start + len(sentence), rule, 0.9)


def _make_graph() -> KnowledgeGraph:
    """A union with its company, chair, partner and places; one merge logged."""
    union = Node(UNION, "Union", "瑞安市启衡电器有限公司工会", {"启衡工会"})
    union.merges = [MergeNote("启衡工会", "t-2", "shares a name with 瑞安市启衡电器有限公司工会")]
    nodes = [
        union,
        Node(COMPANY, "Company", "瑞安市启衡电器有限公司"),
        Node(PARTNER, "Company", "瑞安市明远物流有限公司"),
        Node(CHAIR, "Official", "林启明"),
        Node(TOWN, "Town", "瑞安市", attributes={"admin_code": "330381"}),
        Node(CITY, "Town", "温州市"),
    ]
    edges = [
        Edge(UNION, "chairedBy", CHAIR, [evidence("chair-title/v1")], {"主席"}),
        Edge(UNION, "subOrganizationOf", COMPANY, [evidence("company-union/v1")]),
        Edge(COMPANY, "partneredWith", PARTNER,
             [evidence("signed-with/v1"), evidence("joint-with/v1", article="t-2")]),
        Edge(UNION, "locatedIn", TOWN, [evidence("name-place/v1")]),
        Edge(TOWN, "locatedIn", CITY, [evidence("gazetteer-parent/v1")]),
    ]  # fmt: skip
    articles = {
        "t-1": Article("t-1", TEXT, title="启衡电器成立工会", url="https://example.org/t-1"),
        "t-2": Article("t-2", TEXT, title="启衡工会签约"),
    }
    return KnowledgeGraph({n.iri: n for n in nodes}, edges, articles)


def entity(key: str, etype: str, name: str, *aliases: str) -> dict[str, Any]:
    return {"id": key, "type": etype, "name": name, "aliases": list(aliases)}


def relation(rtype: str, subject: str, obj: str) -> dict[str, str]:
    return {"type": rtype, "subject": subject, "object": obj}


def _write_gold(
    path: Path, entities: list[dict[str, Any]], relations: list[dict[str, str]]
) -> Path:
    doc = {"id": path.stem, "source": {"url": None, "title": None, "published": None},
           "text": TEXT, "entities": entities, "relations": relations}  # fmt: skip
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _exact_gold() -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """Gold that says exactly what :func:`make_graph` says (partners written the other way)."""
    entities = [
        entity("u", "Union", "瑞安市启衡电器有限公司工会", "启衡工会"),
        entity("c", "Company", "瑞安市启衡电器有限公司"),
        entity("p", "Company", "瑞安市明远物流有限公司"),
        entity("l", "Official", "林启明"),
        entity("r", "Town", "瑞安市"),
        entity("w", "Town", "温州市"),
    ]
    relations = [
        relation("chairedBy", "u", "l"),
        relation("subOrganizationOf", "u", "c"),
        relation("partneredWith", "p", "c"),
        relation("locatedIn", "u", "r"),
        relation("locatedIn", "r", "w"),
    ]
    return entities, relations


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    """:func:`make_graph` written as TriG (what ``unionkg build`` writes as graph.trig)."""
    path = tmp_path / "graph.trig"
    write_trig(_make_graph(), path)
    return path


@pytest.fixture
def small_kg() -> KnowledgeGraph:
    """A union with its company, chair, partner and places; one merge logged."""
    return _make_graph()


@pytest.fixture
def exact_gold() -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """Gold entities and relations saying exactly what ``small_kg`` says."""
    return _exact_gold()


@pytest.fixture
def write_gold() -> Callable[[Path, list[dict[str, Any]], list[dict[str, str]]], Path]:
    """Write one gold file (the format of docs/gold-format.md)."""
    return _write_gold


@pytest.fixture
def scorer() -> ModuleType:
    """The shared scorer ``../shared/eval/score.py`` beside the clone, imported as a module."""
    if not SCORER.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the scorer is missing: {SCORER} (../shared beside the clone)")
        pytest.skip(f"no scorer at {SCORER}")
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
