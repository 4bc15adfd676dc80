"""Persons in phrasings of the pool Q articles, on sentences we wrote: every name here is
invented for these tests."""

from __future__ import annotations

from .conftest import types as _types


def test_a_dateline_opening_with_a_medium_is_no_person() -> None:
    types = _types("梅报讯(记者 钟晓岚)近日，梅州市总工会召开会议。")
    assert "梅报讯" not in types
    assert types["钟晓岚"] == "Person"


def test_a_transliterated_name_cut_at_its_dot_is_one_person() -> None:
    types = _types("“感谢工会！”保洁员阿不都·热依木说。")
    assert types.get("阿不都·热依木") == "Person"
    assert "热依木" not in types and "阿不都" not in types
