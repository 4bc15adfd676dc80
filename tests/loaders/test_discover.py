"""Discovery: files, directories, standard input; every bad input a one-line problem."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from unionkg.loaders import iter_sources, load_paths, sniff_loader
from unionkg.loaders.jsonl import content_id
from unionkg.model import Article


@pytest.fixture
def corpus(tmp_path: Path, article_text: str, page_text: str) -> Path:
    root = tmp_path / "corpus"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_bytes(article_text.encode("gb18030"))
    (root / "b" / "page.txt").write_text(page_text, encoding="utf-8")
    record = {"id": "j1", "text": "青溪镇总工会召开会员代表大会。"}
    (root / "b" / "deep" / "news.jsonl").write_text(json.dumps(record, ensure_ascii=False))
    (root / ".hidden" / "secret.txt").write_text("不应读取。", encoding="utf-8")
    (root / ".dotfile.txt").write_text("不应读取。", encoding="utf-8")
    (root / "notes.md").write_text("# 说明", encoding="utf-8")
    (root / "b" / "loop").symlink_to(root, target_is_directory=True)
    return root


def test_directory_is_walked_recursively_and_sorted(corpus: Path) -> None:
    names = [Path(s.name).relative_to(corpus).as_posix() for s in iter_sources([corpus])]
    assert names == ["a.txt", "b/page.txt", "b/deep/news.jsonl"]


def test_load_paths_reads_everything_under_a_directory(corpus: Path) -> None:
    articles, problems = load_paths([corpus])
    assert problems == []
    assert [a.id for a in articles] == ["a", "j1", "page-1", "page-2"]  # by source path


def test_input_order_does_not_change_the_result(corpus: Path) -> None:
    paths = [corpus / "b" / "deep" / "news.jsonl", corpus / "a.txt", corpus / "b" / "page.txt"]
    assert load_paths(paths) == load_paths(list(reversed(paths)))
    assert load_paths([*paths, paths[0]]) == load_paths(paths)  # named twice, read once


def test_nonexistent_path_is_a_problem(tmp_path: Path) -> None:
    articles, problems = load_paths([tmp_path / "missing.txt"])
    assert articles == []
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'missing.txt'}: no such file or directory; check the path"
    ]


def test_unknown_extension_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    _, problems = load_paths([tmp_path / "scan.pdf"])
    assert "unsupported file type, expected .txt/.html/.htm/.jsonl" in str(problems[0])


def test_unreadable_file_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("甲。", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    _, problems = load_paths([locked])
    assert (
        str(problems[0])
        == f"{locked.as_posix()}: cannot be read (Permission denied); check its permissions"
    )


def test_bad_files_do_not_stop_the_good_ones(tmp_path: Path, article_text: str) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "good.txt").write_text(article_text, encoding="utf-8")
    (tmp_path / "mixed.jsonl").write_text('{"text": "甲。"}\nnot json\n', encoding="utf-8")
    articles, problems = load_paths([tmp_path])
    assert [a.id for a in articles] == ["good", f"mixed-{content_id('甲。')}"]
    assert len(problems) == 3
    assert all("\n" not in str(p) and str(p).startswith(str(tmp_path)) for p in problems)


def test_shared_ids_are_made_unique(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text("甲。", encoding="utf-8")
    ids = [a.id for a in load_paths([tmp_path]).articles]
    assert ids[0] == "same" and ids[1].startswith("same~") and len(set(ids)) == 2


HTML_PAGE = (
    "<!DOCTYPE html><html><body><article><p>"
    "青溪镇总工会召开会员代表大会,选举产生新一届委员会。"
    "</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("data", "loader", "count"),
    [
        ('{"text": "甲。"}\n{"text": "乙。"}\n'.encode(), "jsonl", 2),
        (HTML_PAGE.encode(), "html", 1),
        ("青溪镇总工会召开会员代表大会。".encode("gb18030"), "text", 1),
    ],
)
def test_stdin_is_sniffed(
    monkeypatch: pytest.MonkeyPatch, data: bytes, loader: str, count: int
) -> None:
    assert sniff_loader(data) == loader
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    articles, problems = load_paths(["-"])
    assert problems == []
    assert len(articles) == count
    assert all(a.source == "-" and a.id.startswith("stdin") for a in articles)


def test_plug_in_loaders_without_on_problem_are_called_plainly() -> None:
    from unionkg.loaders.discover import _call

    calls: list[tuple[bytes, str]] = []

    def plain(data: bytes, source: str) -> list[Article]:
        calls.append((data, source))
        return []

    assert _call(plain, b"x", "f.plug", lambda problem: None) == []
    assert calls == [(b"x", "f.plug")]


def test_importing_the_stage_is_cheap() -> None:
    import subprocess

    code = (
        "import sys, unionkg.loaders; heavy = ('trafilatura', 'opencc', 'charset_normalizer'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
