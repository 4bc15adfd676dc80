"""No input lost without a word (issue #16, items 3 and 7).

An unreadable directory is named; three records sharing an id stay three articles, the later
two renamed from their content and reported; ``add`` of a stored id with other text is refused
without ``--replace`` and says it replaces with it; records without an id are named from their
text, so reordering them changes nothing; a file name with a line break keeps its error on one
line; a concurrent ``add`` says the store is in use. Texts are invented for these tests.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from unionkg.errors import DuplicateIdError
from unionkg.loaders import load_paths
from unionkg.pipeline import add_to_store
from unionkg.store import GraphStore, StoreError

from .conftest import GOOD, UNIONKG, Build

TEXTS = [
    "青溪镇总工会召开会员代表大会。",
    "青溪镇明川机械有限公司工会成立。",
    "青溪镇总工会与青溪镇商会签订协议。",
]


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_unreadable_directory_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          run_cli: Build):  # fmt: skip
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "in" / "locked"
    locked.mkdir()
    (locked / "lost.txt").write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads it anyway: let the system say no as it would to a user
        real = os.scandir

        def scandir(path: str | os.PathLike[str] | int = ".") -> object:
            if not isinstance(path, int) and Path(path) == locked:
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        loaded = load_paths([tmp_path / "in"])
        result = run_cli(["build", tmp_path / "in", "-o", tmp_path / "out"])
    finally:
        locked.chmod(0o755)
    assert [a.id for a in loaded.articles] == ["good"]
    assert [str(p) for p in loaded.problems] == [
        f"{locked.as_posix()}: cannot read this directory (Permission denied); none of its "
        "files were read; give read permission or leave it out"
    ]
    assert result.exit_code == 1
    assert f"skipped: {locked.as_posix()}: cannot read this directory" in result.stderr


def test_records_sharing_an_id_are_kept_apart_and_reported(tmp_path: Path):
    records = [{"id": "same", "text": t} for t in TEXTS]
    (tmp_path / "a").mkdir()
    first = load_paths([_jsonl(tmp_path / "a" / "n.jsonl", records)])
    ids = [a.id for a in first.articles]
    assert len(set(ids)) == 3 and ids[0] == "same"
    assert all(i.startswith("same~") for i in ids[1:])
    assert [type(p) for p in first.problems] == [DuplicateIdError, DuplicateIdError]
    assert "the id 'same' is used by an earlier article too" in str(first.problems[0])
    # the renamed ids come from the text: the same two records in the other order, same ids
    again = load_paths([_jsonl(tmp_path / "a" / "n.jsonl", [records[0], records[2], records[1]])])
    by_text = {a.text: a.id for a in again.articles}
    assert {a.text: a.id for a in first.articles} == by_text


def test_the_same_record_twice_is_still_two_articles(tmp_path: Path):
    record = {"id": "twice", "text": TEXTS[0]}
    loaded = load_paths([_jsonl(tmp_path / "n.jsonl", [record, record, record])])
    assert len({a.id for a in loaded.articles}) == 3
    assert len(loaded.problems) == 2


def test_records_without_an_id_are_named_from_their_text(tmp_path: Path):
    records = [{"text": t} for t in TEXTS]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    forward = load_paths([_jsonl(tmp_path / "a" / "n.jsonl", records)]).articles
    backward = load_paths([_jsonl(tmp_path / "b" / "n.jsonl", records[::-1])]).articles
    assert {a.text: a.id for a in forward} == {a.text: a.id for a in backward}
    assert all(a.id.startswith("n-") and len(a.id) == len("n-") + 8 for a in forward)


def test_add_of_a_stored_id_with_other_text_is_refused_without_replace(tmp_path: Path,
                                                                      run_cli: Build):  # fmt: skip
    store = tmp_path / "store"
    old = _jsonl(tmp_path / "old.jsonl", [{"id": "a-1", "text": GOOD}])
    new = _jsonl(tmp_path / "new.jsonl", [{"id": "a-1", "text": GOOD + "瑞安市总工会成立。"}])
    with GraphStore.open(store):
        pass  # an empty store
    add_to_store([old], store)
    with pytest.raises(StoreError, match="already in the store with other text: 'a-1'"):
        add_to_store([new], store)
    refused = run_cli(["add", new, "--store", store])
    assert refused.exit_code == 3
    assert "give --replace to replace them" in refused.stderr
    replaced = run_cli(["add", new, "--store", store, "--replace"])
    assert replaced.exit_code == 0, replaced.stderr
    assert "replaced  a-1 (its text changed)" in replaced.stdout


def test_a_line_break_in_a_file_name_keeps_the_error_on_one_line(tmp_path: Path):
    (tmp_path / "bad\nname.txt").write_bytes(b"")
    loaded = load_paths([tmp_path])
    assert len(loaded.problems) == 1
    assert "\n" not in str(loaded.problems[0]) and "bad\\nname.txt" in str(loaded.problems[0])


def test_a_concurrent_add_says_the_store_is_in_use(tmp_path: Path):
    store = tmp_path / "store"
    article = _jsonl(tmp_path / "a.jsonl", [{"id": "c-1", "text": GOOD}])
    with GraphStore.open(store):
        child = subprocess.run([*UNIONKG, "add", str(article), "--store", str(store)],
                               capture_output=True, text=True, timeout=300)  # fmt: skip
    assert child.returncode == 3
    assert child.stderr.strip() == (
        f"error: {store}: the store is in use by another unionkg command (build, add, remove); "
        "wait for it to finish and try again"
    )
