"""One extraction loop for the build and the store: worker processes give the same bytes as one
process, and ``add`` goes through the build's loop (its length limit, its workers)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from unionkg import parallel
from unionkg.model import Article
from unionkg.parallel import extract_in_processes
from unionkg.pipeline import (
    MAX_ARTICLE_CHARS,
    add_to_store,
    build,
    build_graph_from_paths,
    sample_corpus,
    save_to_store,
)
from unionkg.store import GraphStore


def _files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def serial(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serial")
    build([sample_corpus()], out)
    return out


def test_two_workers_write_the_same_files_as_one(serial: Path, tmp_path: Path) -> None:
    result = build([sample_corpus()], tmp_path, workers=2)
    assert len(result.graph.articles) > 5
    assert _files(tmp_path) == _files(serial)
    assert {"extract", "resolve", "export:turtle"} <= set(result.seconds)


def test_add_uses_the_build_loop_its_limit_and_its_workers(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(sample_corpus(), corpus)
    first = corpus / "huzhou-page.txt"  # a page of two articles
    store = tmp_path / "store"
    stored = build_graph_from_paths([first], keep_text=True)
    save_to_store(stored, store)
    (corpus / "long.txt").write_text("工会" * (MAX_ARTICLE_CHARS // 2 + 1), encoding="utf-8")

    change = add_to_store([corpus], store, workers=2)

    assert change.unchanged == sorted(stored.graph.articles)  # stored already: not extracted
    too_long = [p for p in change.problems if p.source.endswith("long.txt")]
    assert len(too_long) == 1 and "100,000 extracted from one article" in too_long[0].problem
    assert "long" not in change.added
    (corpus / "long.txt").unlink()
    expected = tmp_path / "expected"
    everything = build_graph_from_paths([corpus], keep_text=True)
    assert change.added == sorted(set(everything.graph.articles) - set(change.unchanged))
    save_to_store(everything, expected)
    with GraphStore.open(store, create=False) as added, GraphStore.open(expected) as built:
        assert set(added.graph_quads()) == set(built.graph_quads())


def test_the_workers_hold_a_bounded_window_of_articles(tmp_path: Path) -> None:
    # extraction faster than resolution must not read the whole input ahead of it
    window = parallel._WINDOW * 2
    read: list[str] = []

    def articles() -> Iterator[Article]:
        for n in range(window * 3):
            read.append(f"a{n}")
            yield Article(f"a{n}", f"青溪县第{n}机械有限公司工会成立，林启明当选主席。")

    extracted = []
    for article, extraction in extract_in_processes(articles(), 2, keep_text=False):
        assert len(read) - len(extracted) <= window  # read, not yet handed on
        assert not isinstance(extraction, str) and extraction.article.text == ""
        extracted.append(article.id)
    assert extracted == read
