"""Persons and posts in phrasings of the pool B articles, on sentences we wrote: every name
here is invented for these tests."""

from __future__ import annotations

from unionkg.loaders.bylines import find_bylines

from .conftest import edges as _edges
from .conftest import types as _types


def test_a_paper_before_its_reporter_in_a_dateline_bracket_is_no_person() -> None:
    credited = find_bylines("远帆网3月2日讯（青禾晚报记者 钟晓岚）近日，远帆市总工会召开会议。")
    assert [(b.role, b.name) for b in credited] == [("记者", "钟晓岚")]


def test_names_alone_in_a_dateline_bracket_are_still_credited() -> None:
    credited = find_bylines("远帆网3月2日讯（钟晓岚 林启明）近日，远帆市总工会召开会议。")
    assert [b.name for b in credited] == ["钟晓岚", "林启明"]


def test_a_police_sergeant_is_an_official_of_his_brigade() -> None:
    text = "远帆交警支队晨光大队青禾路警区警长林启明说：“工会一直记挂着我们。”"
    assert _types(text)["林启明"] == "Official"
    assert ("林启明", "holdsPosition", "远帆交警支队晨光大队") in _edges(text)


def test_a_delegate_of_a_group_in_a_firm_holds_no_post_there() -> None:
    text = "林启明走访了远帆集团先进人物代表钟晓岚、周文博。"
    types = _types(text)
    assert types["钟晓岚"] == "Person" and types["周文博"] == "Person"
    assert not any(edge[1] == "holdsPosition" for edge in _edges(text))
