"""Shared fixtures: a small knowledge graph built by hand from the model types.

The article is written by us for these tests (not real news). It holds a union with its chain
of places, a chair, two partner companies, and a name carrying an HTML/script payload so that
every exporter is checked for escaping.
"""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from unionkg.model import ID_BASE, Article, Edge, Evidence, KnowledgeGraph, Node

XSS_NAME = '<img src=x onerror="window.__xss=1">合作社'

ARTICLE_TEXT = (
    "温州市乐清市虹桥镇总工会日前召开会员代表大会，王海当选虹桥镇总工会主席。"
    "东风电器有限公司与" + XSS_NAME + "签订帮扶协议。"
)


def iri(kind: str, key: str) -> str:
    return f"{ID_BASE}{kind}/{key}"


UNION = iri("union", "hongqiao-zgh")
TOWN = iri("town", "hongqiao")
COUNTY = iri("town", "yueqing")
CITY = iri("town", "wenzhou")
CHAIR = iri("person", "wang-hai")
COMPANY = iri("company", "dongfeng")
PARTNER = iri("company", "xss")


def _evidence(sentence: str, rule: str, confidence: float) -> Evidence:
    start = ARTICLE_TEXT.index(sentence)
    return Evidence("test-001", sentence, start, start + len(sentence), rule, confidence)


def _nodes() -> list[Node]:
    return [
        Node(UNION, "Union", "乐清市虹桥镇总工会", {"虹桥镇总工会"}, {"founded": "2021-08"}),
        Node(TOWN, "Town", "虹桥镇", attributes={"admin_code": "330382101000"}),
        Node(COUNTY, "Town", "乐清市", {"乐清"}, {"admin_code": "330382000000"}),
        Node(CITY, "Town", "温州市", {"温州"}, {"admin_code": "330300000000"}),
        Node(CHAIR, "Official", "王海"),
        Node(COMPANY, "Company", "东风电器有限公司", {"东风电器"}),
        Node(PARTNER, "Company", XSS_NAME, {XSS_NAME + "（别名）"}),
    ]


def _edges() -> list[Edge]:
    places = "温州市乐清市虹桥镇总工会日前召开会员代表大会，"
    chair = "王海当选虹桥镇总工会主席。"
    deal = "东风电器有限公司与" + XSS_NAME + "签订帮扶协议。"
    return [
        Edge(UNION, "locatedIn", TOWN, [_evidence(places, "place-prefix/v1", 0.95)]),
        Edge(TOWN, "locatedIn", COUNTY, [_evidence(places, "place-chain/v1", 0.9)]),
        Edge(COUNTY, "locatedIn", CITY, [_evidence(places, "place-chain/v1", 0.9)]),
        Edge(UNION, "chairedBy", CHAIR, [_evidence(chair, "chair-title/v1", 0.85)], {"主席"}),
        Edge(COMPANY, "partneredWith", PARTNER, [_evidence(deal, "partner-sign/v1", 0.7)]),
    ]


def build_graph(shuffle: random.Random | None = None) -> KnowledgeGraph:
    """The test graph; with ``shuffle``, nodes, edges and aliases go in in another order."""
    nodes, edges = _nodes(), _edges()
    if shuffle is not None:
        shuffle.shuffle(nodes)
        shuffle.shuffle(edges)
        for node in nodes:
            node.aliases = set(shuffle.sample(sorted(node.aliases), len(node.aliases)))
    article = Article(
        "test-001",
        ARTICLE_TEXT,
        source="tests/conftest.py",
        title="虹桥镇总工会召开会员代表大会 <b>&</b>",
        url="https://example.org/news/test-001.html",
        published="2021-08-05",
        publisher="测试日报",
    )
    return KnowledgeGraph(
        nodes={node.iri: node for node in nodes}, edges=edges, articles={article.id: article}
    )


@pytest.fixture
def kg() -> KnowledgeGraph:
    """A small graph: a union in a town chain, its chair, two partner companies, one article."""
    return build_graph()


@pytest.fixture
def make_kg() -> Callable[[random.Random | None], KnowledgeGraph]:
    """Build the test graph again, optionally in a shuffled insertion order."""
    return build_graph


@pytest.fixture
def xss_name() -> str:
    """A company name carrying an HTML payload that sets ``window.__xss`` if it ever runs."""
    return XSS_NAME


@pytest.fixture
def article_text() -> str:
    """The text of the test article (offsets of the evidence point into it)."""
    return ARTICLE_TEXT


# ---------------------------------------------------------------- a real browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def need_browser(reason: str) -> None:
    """Fail in CI, where the browser tests must run; skip elsewhere."""
    if os.environ.get("CI"):
        pytest.fail(f"browser test cannot run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """Debian's chromium, headless, driven by Playwright (one per test session)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need_browser("the playwright package is not installed (pip install playwright)")
    if not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None:
        need_browser(f"no chromium at {CHROMIUM} (apt-get install -y chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def children_of(pid: int) -> list[int]:
    """The process ids whose parent is ``pid`` (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.fixture
def child_pids() -> Callable[[int], list[int]]:
    """:func:`children_of`, for tests that check a server leaves no process behind."""
    return children_of
