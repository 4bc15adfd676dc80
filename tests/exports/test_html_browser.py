"""The explorer in a real browser: Debian's chromium driven by Playwright.

Each test opens a page written from a graph and listens to every request, console message and
page error: the page must make no request beyond its own file and log no error. The small graph
is tests/conftest.py's (written by us); the dev-corpus test builds ../shared/corpus/dev/input and
saves a screenshot to test-artifacts/explorer-dev.png. Search ranking, centring, links, paths,
labels, exports and the font are tested in test_explorer_browser.py. Without chromium or
playwright these tests skip, except under CI, where they fail.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from unionkg.exports.explorer import OVERVIEW_LIMIT
from unionkg.model import KnowledgeGraph

from .conftest import Opened

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
DEV_INPUT = ROOT.parent / "shared" / "corpus" / "dev" / "input"
ARTIFACTS = ROOT / "test-artifacts"


def test_page_works_offline_and_payload_stays_text(
    open_page: Callable[..., Opened], kg: KnowledgeGraph, xss_name: str
) -> None:
    opened = open_page(kg)
    assert opened.js("window.unionkg.nodes.length") == len(kg.nodes)
    assert len(opened.js("window.unionkg.network.getPositions()")) == len(kg.nodes)
    assert opened.js("window.unionkg.edges.length") == len(kg.edges)

    # hover the node whose name carries the payload: its tooltip shows it as text
    point = opened.node_point(opened.index(xss_name))
    opened.page.mouse.move(point["x"], point["y"])
    tooltip = opened.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    assert xss_name in tooltip.inner_text()
    assert "Company（企业）" in tooltip.inner_text()  # the English type, for every reader

    # click it: the side panel shows the name, its edge and the evidence, all as text
    opened.click_node(xss_name)
    panel = opened.page.locator("#panel")
    panel.wait_for(state="visible")
    assert panel.locator("h2").inner_text() == xss_name
    assert xss_name in panel.locator("blockquote").first.inner_text()
    opened.page.wait_for_timeout(300)  # let any injected image fail and fire its handler
    assert opened.js("typeof window.__xss") == "undefined"
    assert opened.js("document.querySelectorAll('img, #panel script').length") == 0
    opened.assert_clean()


def test_clicking_a_node_shows_its_place_chain_and_evidence(
    open_page: Callable[..., Opened], kg: KnowledgeGraph
) -> None:
    opened = open_page(kg)
    opened.click_node("乐清市虹桥镇总工会")
    panel = opened.page.locator("#panel")
    panel.wait_for(state="visible")
    text = panel.inner_text()
    assert "虹桥镇 → 乐清市 → 温州市" in text
    assert "虹桥镇总工会" in text  # the alias
    assert "王海当选虹桥镇总工会主席。" in text  # evidence of chairedBy
    link = panel.locator(".source a").first
    assert link.get_attribute("href") == "https://example.org/news/test-001.html"
    assert link.get_attribute("rel") == "noopener noreferrer"
    assert link.inner_text() == "虹桥镇总工会召开会员代表大会 <b>&</b>"  # the title, as text
    opened.assert_clean()


def test_search_finds_a_node_by_alias_or_pinyin(
    open_page: Callable[..., Opened],
    kg: KnowledgeGraph,
) -> None:
    opened = open_page(kg)
    search = opened.page.locator("#search")
    search.fill("东风电器")  # an alias of 东风电器有限公司
    assert opened.page.locator("#results li").count() == 1
    search.press("Enter")
    assert opened.js("window.unionkg.network.getSelectedNodes()") == [
        opened.index("东风电器有限公司")
    ]
    assert opened.page.locator("#panel h2").inner_text() == "东风电器有限公司"
    search.fill("wanghai")  # 王海, by pinyin without tones
    assert opened.page.locator("#results li").first.inner_text().startswith("王海")
    opened.assert_clean()


def test_filters_slider_and_neighbourhood_hide_what_they_should(
    open_page: Callable[..., Opened], kg: KnowledgeGraph
) -> None:
    opened = open_page(kg)
    everything = {n.label for n in kg.nodes.values()}
    companies = {n.label for n in kg.nodes.values() if n.type == "Company"}
    assert opened.visible_labels() == everything
    opened.page.locator("#type-1").uncheck()  # Company
    assert opened.visible_labels() == everything - companies
    opened.page.locator("#type-1").check()

    partner = opened.js("window.unionkg.data.relations.findIndex(r => r.name === 'partneredWith')")
    shown_edges = "window.unionkg.edges.get({filter: e => !e.hidden}).map(e => e.id)"
    opened.page.locator("#confidence").fill("0.8")  # the partneredWith evidence is 0.7
    rels = opened.js(f"{shown_edges}.map(k => window.unionkg.data.edges.rel[k])")
    assert partner not in rels and len(rels) == len(kg.edges) - 1

    opened.page.locator("#confidence").fill("0")
    opened.click_node("乐清市虹桥镇总工会")
    opened.page.locator("#hops").select_option("1")
    assert opened.visible_labels() == {"乐清市虹桥镇总工会", "虹桥镇", "王海"}
    opened.page.locator("#hops").select_option("2")
    assert opened.visible_labels() == {"乐清市虹桥镇总工会", "虹桥镇", "王海", "乐清市"}
    opened.page.locator("#reset").click()
    assert opened.visible_labels() == everything
    opened.assert_clean()


def test_large_graph_opens_on_groups_that_open(
    open_page: Callable[..., Opened], chain_graph: Callable[[int], KnowledgeGraph]
) -> None:
    kg = chain_graph(OVERVIEW_LIMIT + 10)
    opened = open_page(kg)
    groups = opened.js("window.unionkg.data.groups.name.length")
    shown = opened.js("window.unionkg.visibleNodeIds()")
    assert len(shown) == groups and all(str(id).startswith("g") for id in shown)
    opened.page.locator("#search").fill("启衡1234村")
    opened.page.locator("#search").press("Enter")  # the match's group opens, it is selected
    assert "启衡1234村" in opened.visible_labels()
    assert len(opened.visible_labels()) == 10
    assert len(opened.js("window.unionkg.visibleNodeIds()")) == groups - 1 + 10
    opened.page.locator("#expand-all").click()
    assert len(opened.visible_labels()) == len(kg.nodes)
    opened.assert_clean()


def test_dev_corpus_page(open_page: Callable[..., Opened], tmp_path: Path) -> None:
    if not DEV_INPUT.is_dir():  # in CI the corpus is always there
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"no corpus at {DEV_INPUT}")
    from unionkg.pipeline import build

    kg = build([DEV_INPUT], tmp_path / "out", formats=["html"]).graph
    opened = open_page(kg)
    assert opened.js("window.unionkg.data.overview") is False
    # the nodes with no edge (bylines, mostly) wait in one folded circle beside the graph
    linked = {end for edge in kg.edges for end in (edge.subject, edge.object)}
    alone = [node.label for iri, node in kg.nodes.items() if iri not in linked]
    isolated = opened.js("window.unionkg.data.groups.isolated")
    assert alone and isolated >= 0
    shown = opened.js("window.unionkg.visibleNodeIds()")
    assert len(shown) == len(kg.nodes) - len(alone) + 1 and f"g{isolated}" in shown
    assert opened.js("window.unionkg.nodes.length") == len(kg.nodes) - len(alone) + 1
    # at first view the most connected entities are named, and no name lies over another
    labels = opened.js("window.unionkg.labels()")
    degree = {iri: 0 for iri in kg.nodes}
    for edge in kg.edges:
        degree[edge.subject] += 1
        degree[edge.object] += 1
    hub = max(kg.nodes.values(), key=lambda n: (degree[n.iri], -len(n.label)))
    assert len(labels) >= 20 and hub.label in {label["text"] for label in labels}
    for n, a in enumerate(labels):
        for b in labels[n + 1 :]:
            apart = (a["x"] + a["w"] <= b["x"] or b["x"] + b["w"] <= a["x"]
                     or a["y"] + a["h"] <= b["y"] or b["y"] + b["h"] <= a["y"])  # fmt: skip
            assert apart, (a["text"], b["text"])
    opened.page.locator("#search").fill(hub.label)
    opened.page.locator("#search").press("Enter")
    opened.page.wait_for_timeout(500)
    assert opened.page.locator("#panel h2").inner_text() == hub.label
    ARTIFACTS.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(ARTIFACTS / "explorer-dev.png"))
    opened.assert_clean()
