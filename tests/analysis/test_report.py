"""The report page: self-contained, escaped, and in headless Chromium offline with its plots."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from unionkg.analysis import Graph, analyze
from unionkg.analysis.report import generate_report, write_report
from unionkg.cli import cli
from unionkg.model import KnowledgeGraph

ROOT = Path(__file__).resolve().parents[2]
XSS = '<img src=x onerror="window.__xss=1">工会'


@pytest.fixture
def hostile_kg(union_kg: KnowledgeGraph) -> KnowledgeGraph:
    """The union graph with a union whose name carries an HTML payload."""
    union = next(n for n in union_kg.nodes.values() if n.label == "启衡镇总工会")
    union.label = XSS + "启衡镇总工会"
    return union_kg


def test_page_is_self_contained_and_escaped(hostile_kg: KnowledgeGraph) -> None:
    page = "".join(generate_report(analyze(Graph(hostile_kg)), "<script>x</script>"))
    assert XSS not in page and "<script" not in page
    assert "&lt;img src=x onerror=" in page
    assert not re.search(r"\b(src|href)\s*=\s*\"(?!data:)", page)  # only data: URLs
    assert page.count('src="data:image/svg+xml;base64,') == 3
    assert "Content-Security-Policy" in page


def test_cli_writes_the_report(build_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["report", str(build_dir)])
    assert result.exit_code == 0, result.output
    assert (build_dir / "report.html").stat().st_size > 10_000


@pytest.fixture
def browser_page(chromium: Any) -> Iterator[Any]:
    page = chromium.new_page(viewport={"width": 1200, "height": 1600})
    try:
        yield page
    finally:
        page.close()


@pytest.mark.browser
def test_report_renders_offline_with_its_plots(
    browser_page: Any, hostile_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    path = write_report(analyze(Graph(hostile_kg)), tmp_path / "report.html", "test graph")
    requests: list[str] = []
    problems: list[str] = []
    browser_page.on("request", lambda request: requests.append(request.url))
    browser_page.on("pageerror", lambda error: problems.append(str(error)))
    browser_page.on(
        "console", lambda msg: problems.append(msg.text) if msg.type == "error" else None
    )
    browser_page.goto(path.as_uri())
    browser_page.wait_for_load_state("load")
    plots = browser_page.evaluate(
        "[...document.querySelectorAll('img.plot')].map(i => [i.id, i.complete, i.naturalWidth])"
    )
    assert [p[0] for p in plots] == ["plot-degree", "plot-hierarchy", "plot-places"]
    assert all(complete and width > 100 for _, complete, width in plots), plots
    assert browser_page.evaluate("typeof window.__xss") == "undefined"
    assert XSS + "启衡镇总工会" in browser_page.inner_text("#hierarchy + img + ul")
    assert [u for u in requests if not u.startswith("data:")] == [path.as_uri()]
    assert problems == []
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    browser_page.screenshot(path=str(artifacts / "analysis-report.png"), full_page=True)
