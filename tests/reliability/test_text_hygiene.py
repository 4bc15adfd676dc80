"""Text hygiene at the loaders (issue #16, items 5 and 7).

Control characters other than line breaks and tabs never reach names or files (a NUL reached
``neo4j-nodes.csv``); zero-width and bidirectional control characters do not make lookalike
entities (``虹\\u200d桥镇`` beside 虹桥镇) but stay in the evidence sentence; UTF-16 without a
byte-order mark is read (or, streamed as JSON Lines, called UTF-16 rather than binary). The
texts are invented for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

from unionkg.loaders import load_paths
from unionkg.pipeline import build_graph_from_paths

from .conftest import Build

ZWJ, RLO, PDF = "\u200d", "\u202e", "\u202c"


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    lines = [json.dumps(r, ensure_ascii=True) for r in records]  # \u escapes, as dumps have
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_control_characters_never_reach_names_or_files(tmp_path: Path, run_cli: Build):
    text = "青溪县\u0000明川机械有限公司工会成立，林\x1b启明当选主席。\x7f青溪县总工会\x85出席。"
    source = _jsonl(tmp_path / "in.jsonl", [
        {"id": "ctl-1", "text": text, "title": "明川\u0000工会", "publisher": "青溪\x07日报"},
    ])  # fmt: skip
    result = run_cli(["build", source, "-o", tmp_path / "out"])
    assert result.exit_code == 0, result.stderr
    for output in (tmp_path / "out").iterdir():
        data = output.read_bytes()
        assert b"\x00" not in data and b"\x1b" not in data and b"\x07" not in data, output.name
        assert b"\\u0000" not in data and b"\\\\u0000" not in data, output.name
    loaded = load_paths([source]).articles[0]
    assert loaded.text == "青溪县明川机械有限公司工会成立，林启明当选主席。青溪县总工会出席。"
    assert loaded.title == "明川工会" and loaded.publisher == "青溪日报"


def test_invisible_characters_make_no_lookalike_entities(tmp_path: Path):
    plain = "青溪县虹桥镇总工会召开大会，林启明当选主席。"
    joined = f"青溪县虹{ZWJ}桥镇总工会召开大会，林启明当选主席。"
    flipped = f"青溪县{RLO}虹桥镇{PDF}总工会召开大会。"
    source = _jsonl(tmp_path / "in.jsonl", [
        {"id": "p", "text": plain}, {"id": "z", "text": joined}, {"id": "b", "text": flipped},
    ])  # fmt: skip
    graph = build_graph_from_paths([source]).graph
    names = [n.label for n in graph.nodes.values()] + [
        a for n in graph.nodes.values() for a in n.aliases
    ]
    assert not [n for n in names if ZWJ in n or RLO in n or PDF in n]
    unions = [n for n in graph.nodes.values() if n.type == "Union"]
    assert [u.label for u in unions] == ["青溪县虹桥镇总工会"]
    assert unions[0].articles == {"p", "z", "b"}
    sentences = {ev.sentence for e in graph.edges for ev in e.evidence}
    assert any(ZWJ in s for s in sentences)  # the evidence keeps the text as written


def test_utf16_without_a_bom_is_read(tmp_path: Path):
    text = "青溪县明川机械有限公司工会成立，林启明当选主席。\n"
    (tmp_path / "le.txt").write_bytes(text.encode("utf-16-le"))
    (tmp_path / "be.txt").write_bytes(text.encode("utf-16-be"))
    record = json.dumps({"id": "u-1", "text": text}, ensure_ascii=False) + "\n"
    (tmp_path / "lines.jsonl").write_bytes(record.encode("utf-16-le"))
    loaded = load_paths([tmp_path])
    assert sorted(a.id for a in loaded.articles) == ["be", "le"]
    assert {a.encoding for a in loaded.articles} == {"utf-16-le", "utf-16-be"}
    assert [str(p) for p in loaded.problems] == [
        f"{(tmp_path / 'lines.jsonl').as_posix()}: the file looks like UTF-16 without a "
        "byte-order mark; save it as UTF-8 (or as UTF-16 with a BOM)"
    ]
