"""The pipeline's streaming build: without the text kept, no extraction stays behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from unionkg.errors import OutputError
from unionkg.ontology import to_quads
from unionkg.pipeline import build_graph_from_paths, save_to_store

# invented names, as in tests/graph/test_resolve.py
TEXT = "瑞安市总工会主席林启明出席。乐清市柳市镇总工会与启衡电器有限公司签订了合作协议。"


def test_without_the_text_the_graph_is_the_same_and_no_extraction_is_kept(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    streamed = build_graph_from_paths([tmp_path], keep_text=False)
    kept = build_graph_from_paths([tmp_path], keep_text=True)
    assert streamed.extractions == []
    assert [x.article.text for x in kept.extractions] == [TEXT]
    assert [a.text for a in streamed.graph.articles.values()] == [""]
    assert streamed.graph.edges and all(e.evidence for e in streamed.graph.edges)
    assert to_quads(streamed.graph) == to_quads(kept.graph)  # the RDF holds no text
    with pytest.raises(OutputError, match="no extractions"):
        save_to_store(streamed, tmp_path / "store")
