"""The query page of ``unionkg serve`` in a real browser (Debian's chromium, through Playwright),
served by the real endpoint over the store of tests/store/conftest.py (articles we wrote).

The page must ask nothing outside the endpoint's own origin (no prefix.cc, no CDN), open with the
unionkg prefixes written out and a saved query loaded, offer every saved query, fill parameters
into the editor as escaped terms, show results as a table and a refused query as an error, and
log no error. A screenshot goes to test-artifacts/query-page.png.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from unionkg.store.saved import saved_queries
from unionkg.store.serve import Endpoint, serve

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def endpoint(store_dir: Path) -> Iterator[Endpoint]:
    with serve(store_dir, port=0, timeout=10) as running:
        yield running


@pytest.fixture
def opened(chromium: Any, endpoint: Endpoint) -> Iterator[tuple[Any, list[str], list[str]]]:
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    problems: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(endpoint.url + "/")
    page.wait_for_selector("#examples button")
    try:
        yield page, requests, problems
    finally:
        page.close()


def _run(page: Any, keys: bool = False) -> None:
    if keys:
        page.focus("#editor")
        page.keyboard.press("Control+Enter")
    else:
        page.click("#run")
    # (the page's policy forbids eval, so Playwright's wait_for_function cannot run in it)
    deadline = time.monotonic() + 30
    while "running" in page.inner_text("#status") and time.monotonic() < deadline:
        page.wait_for_timeout(50)


def test_the_page_works_offline_with_the_saved_queries(
    opened: tuple[Any, list[str], list[str]], endpoint: Endpoint
) -> None:
    page, requests, problems = opened
    editor = page.input_value("#editor")
    assert editor.startswith("PREFIX")
    assert "PREFIX ukg: <https://w3id.org/unionkg/ontology#>" in editor
    assert "ukg:chairedBy" in editor  # opens on union-chair, not ?s ?p ?o
    names = page.eval_on_selector_all(
        "#examples button", "buttons => buttons.map(b => b.textContent)"
    )
    assert sorted(names) == sorted(saved_queries())

    assert page.input_value("#parameters input[name='union']") == "新市镇物流行业工会联合会"
    page.fill("#parameters input[name='union']", "瑞安市启衡电器有限公司工会")
    _run(page)  # union-chair: the chair of a union in the store
    assert "林启明" in page.inner_text("#results table")

    page.click("#examples button[data-name='unions-in-town']")
    assert page.input_value("#parameters input[name='town']") == "德清县"  # the sample's
    page.fill("#parameters input[name='town']", "温州市")
    assert 'VALUES (?town) { ("温州市") }' in page.input_value("#editor")
    _run(page, keys=True)
    assert "瑞安市启衡电器有限公司工会" in page.inner_text("#results table")

    # a hostile parameter value is an escaped literal: the query still parses, finds nothing
    page.fill("#parameters input[name='town']", '甲"} ?x ?y ?z {"乙')
    assert 'VALUES (?town) { ("甲\\"} ?x ?y ?z {\\"乙") }' in page.input_value("#editor")
    _run(page)
    assert page.inner_text("#status").startswith("0 rows")

    page.fill("#editor", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    _run(page)
    assert page.is_visible("#error")
    error = page.inner_text("#error")
    assert error.startswith("400") and "SERVICE is refused" in error
    ARTIFACTS.mkdir(exist_ok=True)
    page.click("#examples button[data-name='union-hierarchy']")
    _run(page)
    page.screenshot(path=str(ARTIFACTS / "query-page.png"), full_page=True)

    outside = [url for url in requests if not url.startswith(endpoint.url + "/")]
    assert outside == []
    # the one error logged is the browser's note on the refused query's 400
    assert [p for p in problems if "status of 400" not in p] == [] and len(problems) == 1
