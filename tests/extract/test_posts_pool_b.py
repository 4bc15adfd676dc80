"""Persons and posts in phrasings of the pool B articles, on sentences we wrote: every name
here is invented for these tests."""

from __future__ import annotations

from unionkg.loaders.bylines import find_bylines



def test_a_paper_before_its_reporter_in_a_dateline_bracket_is_no_person() -> None:
    credited = find_bylines("远帆网3月2日讯（青禾晚报记者 钟晓岚）近日，远帆市总工会召开会议。")
    assert [(b.role, b.name) for b in credited] == [("记者", "钟晓岚")]


def test_names_alone_in_a_dateline_bracket_are_still_credited() -> None:
    credited = find_bylines("远帆网3月2日讯（钟晓岚 林启明）近日，远帆市总工会召开会议。")
    assert [b.name for b in credited] == ["钟晓岚", "林启明"]

