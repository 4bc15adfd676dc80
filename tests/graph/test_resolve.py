"""Resolution across articles: merging, keeping apart, stable IRIs."""

from __future__ import annotations

import random

from unionkg.extract import extract_article
from unionkg.graph import build_graph
from unionkg.model import Article


def _graph(*texts: str):
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    return build_graph(extract_article(a) for a in articles)


def test_one_union_under_two_surface_forms_is_one_node():
    kg = _graph(
        "乐清市柳市镇总工会举办了职工运动会。",
        "近日，柳市镇总工会与乐清市启衡电器有限公司工会签订了结对协议。",
    )
    unions = [
        n
        for n in kg.nodes.values()
        if n.type == "Union" and "柳市镇总工会" in {n.label, *n.aliases}
    ]
    assert len(unions) == 1
    assert {"乐清市柳市镇总工会", "柳市镇总工会"} <= {unions[0].label, *unions[0].aliases}
    assert unions[0].articles == {"a0", "a1"}


def test_same_name_towns_in_different_counties_stay_apart():
    kg = _graph(
        "成都市双流区白沙镇总工会成立了快递行业工会联合会。",
        "江门市台山市白沙镇总工会开展了送清凉活动。",
    )
    towns = [n for n in kg.nodes.values() if n.type == "Town" and n.label == "白沙镇"]
    assert len(towns) == 2
    assert {t.attributes["admin_code"] for t in towns} == {"510116", "440781"}
    unions = [
        n for n in kg.nodes.values() if n.type == "Union" and n.label.endswith("白沙镇总工会")
    ]
    assert len(unions) == 2


def test_iris_do_not_depend_on_article_order():
    texts = [
        "乐清市柳市镇总工会举办了职工运动会。",
        "瑞安市总工会主席林启明出席。",
        "柳市镇总工会与瑞安市总工会签订了合作协议。",
    ]
    first = _graph(*texts)
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    random.Random(7).shuffle(articles)
    second = build_graph(extract_article(a) for a in articles)
    assert sorted(first.nodes) == sorted(second.nodes)
    assert [(e.subject, e.type, e.object) for e in first.edges] == [
        (e.subject, e.type, e.object) for e in second.edges
    ]


def test_every_edge_has_evidence_from_its_article():
    kg = _graph("瑞安市总工会主席林启明出席。")
    assert kg.edges
    for edge in kg.edges:
        assert edge.evidence
        for ev in edge.evidence:
            assert ev.sentence in kg.articles[ev.article_id].text
            assert 0 < edge.confidence <= 1


def test_an_organization_keeps_only_its_most_specific_place():
    kg = _graph(
        "北京经济技术开发区总工会举办了职工运动会，北京市领导出席。",
        "北京经开区总工会结合区域特点开展了活动。",
    )
    (union,) = [n for n in kg.nodes.values() if n.type == "Union"]
    assert "北京经开区总工会" in union.aliases
    places = {kg.nodes[e.object].label for e in kg.edges
              if e.type == "locatedIn" and e.subject == union.iri}  # fmt: skip
    assert places == {"北京经济技术开发区"}
