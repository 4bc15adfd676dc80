"""Persons in phrasings of the pool Q articles, on sentences we wrote: every name here is
invented for these tests."""

from __future__ import annotations

import pytest

from unionkg.loaders.bylines import find_bylines

from .conftest import edges as _edges
from .conftest import types as _types


def test_a_dateline_opening_with_a_medium_is_no_person() -> None:
    types = _types("梅报讯(记者 钟晓岚)近日，梅州市总工会召开会议。")
    assert "梅报讯" not in types
    assert types["钟晓岚"] == "Person"


def test_a_transliterated_name_cut_at_its_dot_is_one_person() -> None:
    types = _types("“感谢工会！”保洁员阿不都·热依木说。")
    assert types.get("阿不都·热依木") == "Person"
    assert "热依木" not in types and "阿不都" not in types


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("梅网讯(首席记者 钟晓岚)近日，梅州市总工会召开会议。", [("首席记者", "钟晓岚")]),
        ("梅网1月10日讯(采访人员 林启明)近日，梅州市总工会召开会议。", [("采访人员", "林启明")]),
        ("梅网消息(记者赵文海 学生记者钱德才):近日", [("记者", "赵文海"), ("学生记者", "钱德才")]),
        (
            "■记者 赵文海 通 讯 员 钱德才\n\n本报讯 近日，市总工会召开会议。",
            [("记者", "赵文海"), ("通讯员", "钱德才")],  # the spaced role is a role, no name
        ),
    ],
)
def test_a_byline_role_is_no_name(text: str, credited: list[tuple[str, str]]) -> None:
    assert [(b.role, b.name) for b in find_bylines(text)] == credited


def test_a_delegate_of_a_kind_of_staff_holds_no_post() -> None:
    types = _types("远帆市总工会举行仪式，主席钟晓岚致辞，外来务工人员代表林启明发言。")
    assert types["林启明"] == "Person"


def test_a_name_between_a_body_and_its_post_read_as_a_place_is_an_official() -> None:
    text = "6月11日下午,远帆省总工会秦岭主席一行莅临远帆集团调研指导工作。"
    assert ("远帆省总工会", "chairedBy", "秦岭") in _edges(text)


def test_a_title_given_by_an_election_written_before_the_name_is_the_names_post() -> None:
    text = (
        "民航远帆监管局工会召开会员代表大会。第三届工会委员会第一次全体会议选举产生工会主席"
        "林启明同志；经费审查委员会第一次全体会议选举产生工会经费审查委员会主任钟晓岚同志。"
    )
    edges = _edges(text)
    assert ("民航远帆监管局工会", "chairedBy", "林启明") in edges
    assert ("钟晓岚", "holdsPosition", "民航远帆监管局工会") in edges
