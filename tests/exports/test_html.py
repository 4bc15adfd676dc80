"""The explorer page as text and data: self-contained, escaped (browser: test_html_browser.py)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from unionkg.exports.explorer import OVERVIEW_LIMIT, page_data
from unionkg.exports.html import TYPE_COLORS, generate_html, write_html
from unionkg.model import ENTITY_TYPES, KnowledgeGraph


def _iri(kg: KnowledgeGraph, label: str) -> str:
    return next(n.iri for n in kg.nodes.values() if n.label == label)


@pytest.fixture
def page_text(kg: KnowledgeGraph) -> str:
    return "".join(generate_html(kg))


def test_page_links_nothing_outside_itself(page_text: str) -> None:
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", page_text)
    assert "cdn." not in page_text
    assert "Content-Security-Policy" in page_text


def test_article_text_is_escaped(page_text: str, xss_name: str) -> None:
    assert xss_name not in page_text
    assert "<b>&</b>" not in page_text  # the article title, seen in edge tooltips
    assert "\\u003cimg src=x onerror" in page_text


def test_legend_lists_every_type_with_its_colour(kg: KnowledgeGraph, page_text: str) -> None:
    types = page_data(kg)["types"]
    for name in ENTITY_TYPES:
        assert TYPE_COLORS[name] in page_text
        assert {"name": name, "color": TYPE_COLORS[name]}.items() <= next(
            t for t in types if t["name"] == name
        ).items()
    assert len({t["shape"] for t in types[: len(ENTITY_TYPES)]}) == len(ENTITY_TYPES)


def test_nodes_carry_pinyin_place_chain_and_evidence(kg: KnowledgeGraph) -> None:
    data = page_data(kg)
    nodes, edges = data["nodes"], data["edges"]
    union = nodes["iri"].index(_iri(kg, "乐清市虹桥镇总工会"))
    assert nodes["pinyin"][union].startswith("yuè qīng shì hóng qiáo zhèn")
    assert nodes["place"][union] == ["虹桥镇", "乐清市", "温州市"]
    assert nodes["aliases"][union] == ["虹桥镇总工会"]
    chaired = next(k for k, a in enumerate(edges["from"]) if a == union and edges["titles"][k])
    article, sentence, rule, _confidence = edges["evidence"][chaired][0]
    assert sentence == "王海当选虹桥镇总工会主席。" and rule == "chair-title/v1"
    assert data["articles"][article][2] == "https://example.org/news/test-001.html"
    assert data["overview"] is False


def test_only_web_links_reach_the_page(kg: KnowledgeGraph) -> None:
    article = kg.articles["test-001"]
    kg.articles["test-001"] = dataclasses.replace(article, url="javascript:alert(1)")
    data = page_data(kg)
    assert data["articles"][0][2] is None
    assert "javascript:alert" not in "".join(generate_html(kg))


def test_large_graphs_open_on_an_overview_of_groups(
    chain_graph: Callable[[int], KnowledgeGraph],
) -> None:
    kg = chain_graph(OVERVIEW_LIMIT + 10)
    data = page_data(kg)
    groups = data["nodes"]["group"]
    assert data["overview"] is True
    assert 1 < len(data["groups"]["name"]) <= len(kg.nodes) / 10
    assert set(groups) == set(range(len(data["groups"]["name"])))


def test_empty_graph_still_renders(tmp_path: Path) -> None:
    write_html(KnowledgeGraph(), tmp_path / "graph.html")
    assert "vis.Network" in (tmp_path / "graph.html").read_text(encoding="utf-8")
