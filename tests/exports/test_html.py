"""The explorer page: self-contained, escaped, and (in a real browser) offline and inert."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from unionkg.exports.html import TYPE_COLORS, generate_html, write_html
from unionkg.model import ENTITY_TYPES, KnowledgeGraph

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


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


def test_legend_lists_every_type_with_its_colour(page_text: str) -> None:
    for name in ENTITY_TYPES:
        assert TYPE_COLORS[name] in page_text
        assert f"{name} " in page_text


def test_empty_graph_still_renders(tmp_path: Path) -> None:
    write_html(KnowledgeGraph(), tmp_path / "graph.html")
    assert "vis.Network" in (tmp_path / "graph.html").read_text(encoding="utf-8")


def _need(reason: str) -> None:
    """Fail in CI (where the browser test must run), skip elsewhere."""
    if os.environ.get("CI"):
        pytest.fail(f"browser test cannot run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture
def browser_page() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need("the playwright package is not installed (pip install playwright)")
    if not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None:
        _need(f"no chromium at {CHROMIUM} (apt-get install -y chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser.new_page()
        finally:
            browser.close()


@pytest.mark.browser
def test_page_works_offline_and_payload_stays_text(
    browser_page: Any, kg: KnowledgeGraph, tmp_path: Path, xss_name: str
) -> None:
    path = tmp_path / "graph.html"
    write_html(kg, path)
    requests: list[str] = []
    problems: list[str] = []
    browser_page.on("request", lambda request: requests.append(request.url))
    browser_page.on(
        "console",
        lambda message: problems.append(message.text) if message.type == "error" else None,
    )
    browser_page.on("pageerror", lambda error: problems.append(str(error)))

    browser_page.goto(path.as_uri())
    browser_page.wait_for_function("window.unionkg !== undefined", timeout=15_000)
    drawn = browser_page.evaluate("window.unionkg.nodes.length")
    positions = browser_page.evaluate("Object.keys(window.unionkg.network.getPositions()).length")
    assert drawn == positions == len(kg.nodes)
    assert browser_page.evaluate("window.unionkg.edges.length") == len(kg.edges)

    # hover the node whose name carries the payload: its tooltip must show it as text
    payload_iri = next(n.iri for n in kg.nodes.values() if n.label == xss_name)
    point = browser_page.evaluate(
        """iri => {
            const network = window.unionkg.network;
            const dom = network.canvasToDOM(network.getPositions([iri])[iri]);
            const box = document.querySelector('#graph canvas').getBoundingClientRect();
            return {x: box.left + dom.x, y: box.top + dom.y};
        }""",
        payload_iri,
    )
    browser_page.mouse.move(point["x"], point["y"])
    tooltip = browser_page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    assert xss_name in tooltip.inner_text()
    browser_page.wait_for_timeout(300)  # let any injected image fail and fire its handler

    assert browser_page.evaluate("typeof window.__xss") == "undefined"
    assert browser_page.evaluate("document.querySelectorAll('img').length") == 0
    assert [url for url in requests if not url.startswith("data:")] == [path.as_uri()]
    assert problems == []
