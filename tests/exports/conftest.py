"""Fixtures for the exporter tests: a large graph made up on the spot, and the explorer opened
in Debian's chromium (``open_page``), with every request and error it makes recorded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from unionkg.exports.html import write_html
from unionkg.model import ID_BASE, Edge, KnowledgeGraph, Node


def _chain_graph(n_nodes: int) -> KnowledgeGraph:
    nodes = {}
    for i in range(n_nodes):
        iri = f"{ID_BASE}town/{i:05d}"
        nodes[iri] = Node(iri, "Town", f"启衡{i}村")
    iris = sorted(nodes)
    edges = [Edge(iris[i], "locatedIn", iris[i - i % 10]) for i in range(n_nodes) if i % 10]
    return KnowledgeGraph(nodes=nodes, edges=edges)


@pytest.fixture
def chain_graph() -> Callable[[int], KnowledgeGraph]:
    """``chain_graph(n)``: n invented villages (启衡0村 …), each ten in a chain under the first."""
    return _chain_graph


@pytest.fixture(scope="module")
def browser(chromium: Any) -> Any:
    return chromium


@dataclass
class Opened:
    """A page showing the explorer, with what it asked for and what went wrong in it."""

    page: Any
    uri: str
    requests: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def js(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)

    def index(self, label: str) -> int:
        labels: list[str] = self.js("window.unionkg.data.nodes.label")
        return labels.index(label)

    def visible_labels(self) -> set[str]:
        return set(
            self.js(
                """() => window.unionkg.visibleNodeIds().filter(id => typeof id === 'number')
                   .map(id => window.unionkg.data.nodes.label[id])"""
            )
        )

    def click_node(self, label: str) -> None:
        """Click where the node is drawn, as a user would."""
        point = self.node_point(self.index(label))
        self.page.mouse.click(point["x"], point["y"])

    def assert_clean(self) -> None:
        """Nothing asked for but the page itself (data: and blob: URLs are the page's own),
        nothing logged as an error."""
        own = ("data:", "blob:")
        page = self.uri.split("#")[0]
        assert [url for url in self.requests if not url.startswith(own)] == [page]
        assert self.problems == []

    def node_point(self, i: int) -> dict[str, float]:
        """Where node ``i`` is drawn, in the page's coordinates."""
        point: dict[str, float] = self.js(
            """i => {
                const network = window.unionkg.network;
                const dom = network.canvasToDOM(network.getPositions([i])[i]);
                const box = document.querySelector('#graph canvas').getBoundingClientRect();
                return {x: box.left + dom.x, y: box.top + dom.y};
            }""",
            i,
        )
        return point


@pytest.fixture
def open_page(browser: Any, tmp_path: Path) -> Iterator[Callable[..., Opened]]:
    pages: list[Any] = []

    def open_graph(kg: KnowledgeGraph, fragment: str = "") -> Opened:
        path = tmp_path / f"graph{len(pages)}.html"
        write_html(kg, path)
        page = browser.new_page(viewport={"width": 1400, "height": 850}, accept_downloads=True)
        pages.append(page)
        opened = Opened(page, path.as_uri() + fragment)
        page.on("request", lambda request: opened.requests.append(request.url))
        page.on(
            "console",
            lambda msg: opened.problems.append(msg.text) if msg.type == "error" else None,
        )
        page.on("pageerror", lambda error: opened.problems.append(str(error)))
        page.goto(opened.uri)
        page.wait_for_function("window.unionkg && window.unionkg.ready", timeout=30_000)
        return opened

    yield open_graph
    for page in pages:
        page.close()
