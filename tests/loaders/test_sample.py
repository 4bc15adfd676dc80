"""The bundled sample corpus loads cleanly, in every format it ships."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from unionkg.loaders import load_paths

SAMPLE = Path(str(files("unionkg") / "data" / "sample"))


def test_sample_corpus_loads_without_problems() -> None:
    articles, problems = load_paths([SAMPLE])
    assert problems == []
    assert {Path(a.source).suffix for a in articles} == {".txt", ".html", ".jsonl"}
    assert {a.encoding for a in articles} == {"utf-8", "gb18030"}
    assert all(150 <= len(a.text) <= 400 for a in articles)
    page = [a for a in articles if a.id.startswith("huzhou-page-")]
    assert len(page) == 2 and all(a.bylines for a in page)
    with_metadata = [a for a in articles if a.url]
    assert len(with_metadata) == 3 and all(a.published and a.publisher for a in with_metadata)
