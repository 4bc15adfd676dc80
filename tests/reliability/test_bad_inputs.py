"""The bad-input matrix: each bad input gets one clear line (the file, the line or record, what
is wrong, what to do), the good inputs are still built, the exit code is 1, and ``--strict``
stops at the first bad input and writes nothing.

Every file here is made by the test itself from invented text (see ``conftest.py``).
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from unionkg.pipeline import MAX_ARTICLE_CHARS

from .conftest import GOOD, GOOD_UNION, Build, skipped_lines

EXIT_PARTIAL = 1  # README "Reliability": written, but some inputs could not be read


@dataclass(frozen=True)
class Case:
    """A bad input: ``make`` writes it under the corpus and returns the paths to build."""

    make: Callable[[Path], list[Path]]
    lines: list[str]  # each expected skipped line holds one of these fragments, in order


def _write(path: Path, data: bytes) -> list[Path]:
    path.write_bytes(data)
    return []


def _png(root: Path) -> list[Path]:
    return _write(root / "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(64))


def _zip(root: Path) -> list[Path]:
    with zipfile.ZipFile(root / "archive.txt", "w") as archive:
        archive.writestr("a.txt", GOOD)
    return []


def _mixed(root: Path) -> list[Path]:
    other = "瑞安市启衡电器有限公司工会召开会员大会，选举产生新一届委员会。"
    return _write(root / "mixed.txt", GOOD.encode() + other.encode("gb18030"))


def _huge(root: Path) -> list[Path]:
    """A single 50 MiB article: reported from its size, without reading or decoding it."""
    block = (GOOD * 1000).encode()
    with (root / "huge.txt").open("wb") as out:
        for _ in range((50 << 20) // len(block) + 1):
            out.write(block)
        out.truncate(50 << 20)
    return []


def _long_article(root: Path) -> list[Path]:
    """An article small enough to read but too long to extract."""
    return _write(root / "long.txt", (GOOD * (MAX_ARTICLE_CHARS // len(GOOD) + 10)).encode())


def _jsonl(root: Path) -> list[Path]:
    lines = [
        json.dumps({"id": "ok-1", "text": GOOD}, ensure_ascii=False).encode(),
        b"{oops",
        json.dumps({"title": "无正文"}, ensure_ascii=False).encode(),
        json.dumps({"text": 42}).encode(),
        json.dumps({"text": GOOD, "title": ["x"]}, ensure_ascii=False).encode(),
        b"[1, 2]",
        # a GB18030 line in a UTF-8 file: each line is decoded on its own
        json.dumps({"id": "ok-2", "text": "启衡电器工会召开大会。"}, ensure_ascii=False).encode(
            "gb18030"
        ),
    ]
    return _write(root / "news.jsonl", b"\n".join(lines) + b"\n")


def _deep_html(root: Path) -> list[Path]:
    page = (
        "<html><head><style>p { color: red }</style><script>window.bad = 1</script></head>"
        "<body>" + "<div>" * 10_000 + f"<p>{GOOD}</p>" + "</div>" * 10_000 + "</body></html>"
    )
    return _write(root / "deep.html", page.encode())


def _fifo(root: Path) -> list[Path]:
    """A FIFO named like an article: reading it would block; it must be refused (also as root,
    where file permissions do not stop a read)."""
    os.mkfifo(root / "pipe.txt")
    return []


def _link_loop(root: Path) -> list[Path]:
    (root / "sub").mkdir()
    (root / "sub" / "up").symlink_to(root, target_is_directory=True)  # followed once
    (root / "self.txt").symlink_to("self.txt")
    return []


CASES: dict[str, Case] = {
    "empty": Case(lambda r: _write(r / "empty.txt", b""), ["empty.txt: the file is empty;"]),
    "png": Case(_png, ["photo.txt: this is a PNG image, not text; give a .txt"]),
    "zip": Case(_zip, ["archive.txt: this is a zip archive"]),
    "undecodable": Case(
        lambda r: _write(r / "bytes.txt", bytes(range(0x80, 0x100)) * 8),
        ["bytes.txt: no supported encoding (UTF-8, GB18030, Big5) reads these bytes; save"],
    ),
    "mixed-encodings": Case(_mixed, ["mixed.txt: no supported encoding"]),
    "50MB-article": Case(_huge, ["huge.txt: the file is 50.0 MiB, over the 8 MiB read at once;"]),
    "too-long-article": Case(
        _long_article,
        [f"characters, more than the {MAX_ARTICLE_CHARS:,} extracted from one article; split"],
    ),
    "jsonl": Case(
        _jsonl,
        [
            "news.jsonl:2: not valid JSON",
            'news.jsonl:3: the record has no "text"; give every line',
            'news.jsonl:4: "text" must be a non-empty string',
            'news.jsonl:5: "title" must be a string, not list; write "title" as a string',
            "news.jsonl:6: a JSON object is expected, found list",
        ],
    ),
    "deep-html": Case(_deep_html, ["deep.html: no article text found in the page;"]),
    "unknown-extension": Case(
        lambda r: [r / "scan.pdf", *_write(r / "scan.pdf", b"%PDF-1.4")],
        ["scan.pdf: unsupported file type, expected .txt/.html/.htm/.jsonl; rename it"],
    ),
    "fifo": Case(_fifo, ["pipe.txt: not a regular file (a FIFO, socket or device);"]),
    "symlink-loop": Case(
        _link_loop, ["self.txt: a symbolic link that leads nowhere or back to itself; fix"]
    ),
    "missing-path": Case(lambda r: [r / "missing.txt"], ["missing.txt: no such file or directory"]),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    return root


@pytest.mark.parametrize("name", CASES)
def test_bad_input_is_one_line_and_the_good_still_built(
    name: str, corpus: Path, tmp_path: Path, run_cli: Build
) -> None:
    case = CASES[name]
    extra = case.make(corpus)
    out = tmp_path / "out"
    result = run_cli(["build", corpus, *extra, "-o", out])
    assert result.exit_code == EXIT_PARTIAL, result.output
    assert "Traceback" not in result.stderr
    lines = skipped_lines(result)
    assert len(lines) == len(case.lines), lines
    for line, fragment in zip(lines, case.lines, strict=True):
        assert fragment in line
        assert line.count("; ") >= 1  # what is wrong; what to do
    assert GOOD_UNION in (out / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", CASES)
def test_strict_stops_at_the_first_bad_input(
    name: str, corpus: Path, tmp_path: Path, run_cli: Build
) -> None:
    case = CASES[name]
    extra = case.make(corpus)
    out = tmp_path / "out"
    result = run_cli(["build", corpus, *extra, "-o", out, "--strict"])
    assert result.exit_code == EXIT_PARTIAL
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("error: ")
    assert case.lines[0] in errors[0] and "(--strict: nothing written)" in errors[0]
    assert not out.exists()


def test_jsonl_keeps_every_good_record_whatever_its_encoding(
    corpus: Path, tmp_path: Path, run_cli: Build
) -> None:
    _jsonl(corpus)
    result = run_cli(["build", corpus, "-o", tmp_path / "out"])
    assert "articles: 3" in result.stdout  # good.txt, ok-1 and the GB18030 line ok-2
    turtle = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "article/ok-2" in turtle


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("gb18030", "瑞安市总工会主席林启明出席了瑞安市启衡电器有限公司工会成立大会。"),
        ("big5", "瑞安市總工會主席林啟明出席了瑞安市啟衡電器有限公司工會成立大會。"),
    ],
)
def test_gb18030_and_big5_without_bom_are_read(
    encoding: str, text: str, tmp_path: Path, run_cli: Build
) -> None:
    source = tmp_path / f"{encoding}.txt"
    source.write_bytes(text.encode(encoding))
    assert not source.read_bytes().startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
    result = run_cli(["build", source, "-o", tmp_path / "out"])
    assert result.exit_code == 0, result.output
    turtle = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert f'"{GOOD_UNION}"@zh' in turtle
    assert "启衡电器有限公司" in turtle


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root reads a chmod 000 file anyway (CI runs as root); the FIFO case covers a file "
    "that cannot be read there",
)
def test_file_without_read_permission(corpus: Path, tmp_path: Path, run_cli: Build) -> None:
    locked = corpus / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    result = run_cli(["build", corpus, "-o", tmp_path / "out"])
    assert result.exit_code == EXIT_PARTIAL
    (line,) = skipped_lines(result)
    assert "locked.txt: cannot be read (Permission denied); check its permissions" in line


def test_nothing_readable_exits_3(tmp_path: Path, run_cli: Build) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_cli(["build", tmp_path / "empty.txt", "-o", tmp_path / "out"])
    assert result.exit_code == 3
    assert "no article could be read; nothing written" in result.stderr
    assert not (tmp_path / "out").exists()
