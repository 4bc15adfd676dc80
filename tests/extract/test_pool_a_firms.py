"""Companies in phrasings of the pool A articles, on sentences we wrote: every name here is
invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import types as _types


def test_short_names_listed_with_a_hotel_are_hotels_though_read_as_persons() -> None:
    text = "本次竞赛的参赛单位有远帆、星澜、青禾、晨光、云岭国际大酒店等众多知名品牌酒店。"
    types = _types(text)
    assert types["云岭国际大酒店"] == "Company"
    assert types["星澜"] == "Company" and types["晨光"] == "Company"


def test_an_honour_before_a_placed_firm_is_the_manager_s_not_the_firm_s() -> None:
    text = "慰问组看望了劳动模范江西远帆爱心服装有限公司总经理林启明。"
    assert _types(text)["江西远帆爱心服装有限公司"] == "Company"
    assert ("林启明", "holdsPosition", "江西远帆爱心服装有限公司") in _edges(text)


def test_a_firm_and_a_shorter_firm_listed_side_by_side_are_two_firms() -> None:
    text = "工会干部先后走访了德州市城市燃气集团、燃气集团和德州市园林绿化中心，送去清凉。"
    types = _types(text)
    assert types["德州市城市燃气集团"] == "Company"
    assert types["燃气集团"] == "Company"


def test_a_post_in_a_department_of_a_firm_s_unit_is_a_post_in_the_firm() -> None:
    text = "“这次巡诊真帮了忙!”甘肃油田公司西岭项目部办公室副主任林启明说。"
    assert "甘肃油田公司西岭项目部办公室" not in _types(text)
    assert ("林启明", "holdsPosition", "甘肃油田公司") in _edges(text)
