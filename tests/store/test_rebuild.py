"""A build into a store keeps no extraction in memory, and the store it makes is the same
(issue #16, item 8 of the issue's list: memory with ``--store``; the figures are in
``benchmarks/memory.py --store``). Texts are invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from unionkg.pipeline import build, build_graph_from_paths
from unionkg.store import GraphStore
from unionkg.store.rebuild import rebuild_store

TEXTS = [
    "瑞安市启衡电器有限公司工会成立，林启明当选主席。瑞安市隶属温州市。",
    "瑞安市总工会副主席林启明出席。瑞安市塘下镇总工会下设塘下镇云湾工会。",
    "乐清市柳岸电子有限公司工会与瑞安市明澜物流有限公司签订合作协议。",
]


def _quads(directory: Path) -> set[str]:
    store = ox.Store.read_only(str(directory))
    return {str(quad) for quad in store}


def test_a_store_build_equals_adding_every_extraction(tmp_path: Path):
    for number, text in enumerate(TEXTS):
        (tmp_path / f"a{number}.txt").write_text(text, encoding="utf-8")
    sources = [tmp_path / f"a{n}.txt" for n in range(len(TEXTS))]
    result = build(sources, tmp_path / "out", store=tmp_path / "built", min_confidence=0.5)
    assert result.extractions == [] and result.bookkeeping is None
    kept = build_graph_from_paths(sources, min_confidence=0.5, keep_text=True)
    with GraphStore.open(tmp_path / "added") as store:
        store.add_extractions(kept.extractions, min_confidence=0.5, replace=True)
    assert _quads(tmp_path / "built") == _quads(tmp_path / "added")
    # and the store works on: an add resolves against what it holds
    with GraphStore.open(tmp_path / "built") as store:
        assert len(store.article_ids()) == 3


def test_a_store_build_replaces_the_previous_store(tmp_path: Path):
    (tmp_path / "one.txt").write_text(TEXTS[0], encoding="utf-8")
    (tmp_path / "two.txt").write_text(TEXTS[2], encoding="utf-8")
    build([tmp_path / "one.txt"], tmp_path / "out", store=tmp_path / "store")
    build([tmp_path / "two.txt"], tmp_path / "out", store=tmp_path / "store")
    with GraphStore.open(tmp_path / "store") as store:
        assert store.article_ids() == ["two"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".store.")]


def test_a_store_loaded_in_small_pieces_holds_the_same_statements(tmp_path: Path):
    # pieces of 512 bytes split the graph and every article's bookkeeping into many loads
    for number, text in enumerate(TEXTS):
        (tmp_path / f"a{number}.txt").write_text(text, encoding="utf-8")
    sources = [tmp_path / f"a{n}.txt" for n in range(len(TEXTS))]
    result = build_graph_from_paths(sources, for_store=True)
    assert result.bookkeeping is not None
    try:
        rebuild_store(tmp_path / "pieces", result.graph, result.bookkeeping, chunk_bytes=512)
        rebuild_store(tmp_path / "whole", result.graph, result.bookkeeping, chunk_bytes=2**30)
    finally:
        result.bookkeeping.unlink()
    pieces = _quads(tmp_path / "pieces")
    assert len(pieces) > 100 and pieces == _quads(tmp_path / "whole")
    with GraphStore.open(tmp_path / "pieces") as store:
        assert store.article_ids() == ["a0", "a1", "a2"]
        assert len(store.extractions()[2].relations) > 0
