"""Mechanisms of public bodies found on the pooled held-out news E (a county whose name ends
like an economic region's, a verb of winning an honour that a name's walk crossed), on
sentences we wrote (invented bodies and people)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_county_named_like_a_region_has_its_own_union():
    ex, _ = _extract("温州市龙湾区总工会近日组织职工开展健步走活动。")
    assert "温州市龙湾区总工会" in _names(ex, "Union")


def test_a_regions_unions_are_still_no_one_body():
    ex, _ = _extract("青禾经济圈工会近日召开联席会议。")
    assert not _names(ex, "Union")


def test_an_honour_verb_ends_the_winners_name():
    ex, _ = _extract("金华收费站职工书屋荣获全市工会示范书屋。")
    unions = _names(ex, "Union")
    assert not any("荣获" in n for n in unions)


def test_a_predicate_between_a_place_and_a_body_ends_the_name():
    ex, _ = _extract(
        "该会在温州开办外来务工人员咨询服务中心。"
        "宁波代表队勇夺全市工会羽毛球比赛第一名。"
        "帮来宁波的台湾客商掌握内地中心的信息。"
    )
    bodies = _names(ex, "Organization") | _names(ex, "Union")
    assert not any(v in n for n in bodies for v in ("开办", "勇夺", "掌握"))


def test_a_building_named_for_partners_is_no_congress():
    ex, _ = _extract("远帆公司在青禾合伙人大厦成立调解委员会。青禾县人大常委会主任钟晓岚出席。")
    bodies = _names(ex, "Organization")
    assert not any(n.endswith("人大") for n in bodies)
    assert "青禾县人大常委会" in bodies


def test_a_websites_wire_dateline_names_the_medium():
    ex, _ = _extract("青禾网3月8日电 远帆市总工会近日为环卫工人发放慰问品。")
    assert "青禾网" in _names(ex, "Organization")
