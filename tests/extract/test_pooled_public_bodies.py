"""Mechanisms of public bodies found on the pooled held-out news Y (a verb's complement 好 read
into a body's name, a quality that makes no union's name, bureaus whose names end like words
that name no body, a department's short form ending a list), on sentences we wrote (invented
places, bodies and people)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_verbs_complement_is_no_part_of_a_bodys_name():
    ex, _ = _extract("会上,林启明要求落实好街道办事处与工会联席会议制度。")
    assert "好街道办事处" not in _names(ex, "Organization")
    ex, _ = _extract("林启明勉励青溪工联会继续发挥好爱国工会作用。")
    unions = _names(ex, "Union")
    assert "好爱国工会" not in unions and "爱国工会" not in unions


def test_bureaus_ending_like_words_of_no_body_are_bodies():
    ex, _ = _extract("江阳市财政局局长林启明出席。当前政局稳定,要服务发展大局。")
    bodies = _names(ex, "Organization")
    assert "江阳市财政局" in bodies
    assert not any(n.endswith(("政局", "大局")) and n != "江阳市财政局" for n in bodies)
    ex, _ = _extract("江阳市教育局、民政局参加开幕式。")
    assert "江阳市民政局" in _names(ex, "Organization")


def test_a_departments_short_form_ending_a_list_takes_the_lists_place():
    ex, _ = _extract("江阳市委组织部、市总工会、人社局、财政局、经信委主要负责人参加开幕式。")
    assert {"江阳市财政局", "江阳市经信委"} <= _names(ex, "Organization")
    # an organ's word opening a longer word still names no body
    ex, _ = _extract("江阳市教育局、政协联络室主任林启明出席。")
    assert not any(n.endswith("政协") for n in _names(ex, "Organization"))
    # a bare organ that is no department's short form, before a verb, stays no body
    ex, _ = _extract("由镇党委副书记挂帅,人社、工会、商会、人大组成领导小组。")
    assert "人大" not in _names(ex, "Organization")


def test_a_prefectures_level_only_bodies_take_its_name():
    ex, _ = _extract("青岭地区总工会:开展慰问活动。青岭地区总工会向地区医院、地区中医院拨款。")
    bodies = _names(ex, "Organization")
    assert {"青岭地区医院", "青岭地区中医院"} <= bodies
    assert "地区中医院" not in bodies


def test_a_new_zones_party_committee_keeps_the_zones_word():
    ex, _ = _extract("青溪新区召开联席会。区委副书记李大龙出席。青溪新区总工会主席王小明主持。")
    bodies = _names(ex, "Organization")
    assert "青溪新区区委" in bodies and "青溪新区委" not in bodies
    assert "青溪新区总工会" in _names(ex, "Union")


def test_a_places_party_group_is_no_body():
    text = "江阳市总工会开展慰问。江阳市党组书记、常务副主席黄大明到市交通局走访。"
    ex, _ = _extract(text + "江阳市政府党组成员李某出席。")
    bodies = _names(ex, "Organization")
    assert "江阳市党组" not in bodies
    assert "江阳市政府" in bodies  # a body's party group still names that body
