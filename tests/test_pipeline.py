"""The pipeline's streaming build: without the text kept, no extraction stays behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from unionkg import pipeline
from unionkg.cli import cli
from unionkg.errors import OutputError
from unionkg.model import KnowledgeGraph
from unionkg.ontology import to_quads
from unionkg.pipeline import build, build_graph_from_paths, save_to_store

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


def test_a_build_keeps_neither_the_extractions_nor_the_texts(tmp_path: Path) -> None:
    # kept, every article's extraction and text would stay until the end of a build: the
    # 100,000-article build held 0.8 GiB more for it (docs/performance.md)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = build([tmp_path / "a.txt"], tmp_path / "out")
    assert result.extractions == [] and result.graph.edges
    assert [a.text for a in result.graph.articles.values()] == [""]
    assert build_graph_from_paths([tmp_path / "a.txt"]).extractions == []  # nor by default


def test_the_command_line_build_keeps_no_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    exported: list[KnowledgeGraph] = []
    export_graph = pipeline.export_graph

    def recording(graph: KnowledgeGraph, *args: Any, **kwargs: Any) -> dict[str, Path]:
        exported.append(graph)  # the real exporters still write
        return export_graph(graph, *args, **kwargs)

    monkeypatch.setattr(pipeline, "export_graph", recording)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [a.text for a in exported[0].articles.values()] == [""]
    assert exported[0].edges and (out / "graph.ttl").stat().st_size > 0
