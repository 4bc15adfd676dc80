"""A small union graph with known answers, written by us for these tests (invented names).

浙江省 ← 温州市 ← 瑞安市 ← 启衡镇 ← 明远村            (Town locatedIn chain)
瑞安市总工会 (in 瑞安市) ← 启衡镇总工会 (in 启衡镇) ← 瑞安市启衡电器有限公司工会 (in 启衡镇)
瑞安市启衡电器有限公司工会 subOrganizationOf 瑞安市启衡电器有限公司
启衡镇总工会 chairedBy 林启明; 林启明 holdsPosition 瑞安市总工会 (副主席)
瑞安市启衡电器有限公司工会 chairedBy 陈衡
瑞安市启衡电器有限公司 partneredWith 瑞安市明远纺织有限公司 (which has no union)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from unionkg.model import ID_BASE, Article, Edge, Evidence, KnowledgeGraph, Node
from unionkg.pipeline import export_graph

TEXT = "启衡镇总工会主席林启明，瑞安市启衡电器有限公司与瑞安市明远纺织有限公司签约。"
CHAINS = {
    "浙江省": "",
    "温州市": "浙江省",
    "瑞安市": "温州市/浙江省",
    "启衡镇": "瑞安市/温州市/浙江省",
    "明远村": "启衡镇/瑞安市/温州市/浙江省",
}


def iri(name: str) -> str:
    return f"{ID_BASE}test/{name}"


def _edge(subject: str, relation: str, obj: str, confidence: float = 0.9) -> Edge:
    evidence = Evidence("t-1", TEXT, 0, len(TEXT), "test/v1", confidence)
    return Edge(iri(subject), relation, iri(obj), [evidence])  # type: ignore[arg-type]


def union_graph() -> KnowledgeGraph:
    """The graph drawn in the module docstring."""
    nodes = [
        Node(iri(name), "Town", name, attributes={"parents": parents} if parents else {})
        for name, parents in CHAINS.items()
    ]
    nodes += [
        Node(iri("瑞安市总工会"), "Union", "瑞安市总工会"),
        Node(iri("启衡镇总工会"), "Union", "启衡镇总工会", {"启衡总工会"}),
        Node(iri("启衡电器工会"), "Union", "瑞安市启衡电器有限公司工会"),
        Node(iri("启衡电器"), "Company", "瑞安市启衡电器有限公司", {"启衡电器"}),
        Node(iri("明远纺织"), "Company", "瑞安市明远纺织有限公司"),
        Node(iri("林启明"), "Official", "林启明"),
        Node(iri("陈衡"), "Official", "陈衡"),
    ]
    chair = _edge("启衡镇总工会", "chairedBy", "林启明")
    chair.titles = {"主席"}
    deputy = _edge("林启明", "holdsPosition", "瑞安市总工会")
    deputy.titles = {"副主席"}
    edges = [
        _edge("明远村", "locatedIn", "启衡镇"),
        _edge("启衡镇", "locatedIn", "瑞安市"),
        _edge("瑞安市", "locatedIn", "温州市"),
        _edge("温州市", "locatedIn", "浙江省"),
        _edge("瑞安市总工会", "locatedIn", "瑞安市"),
        _edge("启衡镇总工会", "locatedIn", "启衡镇"),
        _edge("启衡电器工会", "locatedIn", "启衡镇"),
        _edge("启衡镇总工会", "subOrganizationOf", "瑞安市总工会"),
        _edge("启衡电器工会", "subOrganizationOf", "启衡镇总工会"),
        _edge("启衡电器工会", "subOrganizationOf", "启衡电器"),
        chair,
        deputy,
        _edge("启衡电器工会", "chairedBy", "陈衡", 0.6),
        _edge("启衡电器", "partneredWith", "明远纺织", 0.7),
    ]
    article = Article("t-1", TEXT, source="tests/analysis/conftest.py", title="测试")
    return KnowledgeGraph({n.iri: n for n in nodes}, edges, {article.id: article})


@pytest.fixture
def union_kg() -> KnowledgeGraph:
    return union_graph()


@pytest.fixture
def build_dir(tmp_path: Path, union_kg: KnowledgeGraph) -> Path:
    """A build directory of the union graph, every registered format written."""
    out = tmp_path / "build"
    export_graph(union_kg, out)
    return out
