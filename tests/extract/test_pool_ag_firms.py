"""Companies the pool AG missed: a firm whose registered name opens with its city, written
after a park or zone (某某创业园|某市某某有限公司): the zone is where it lies, no part of its
name; and a firm's short name before its union (某某公司|工会: the union of the firm whose
name ends with it, not of the firm written last); a tea or fish farm; the items of a list
closed by its exact count with no 等 (甲、乙、丙三家企业); on sentences we wrote
(invented names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_zone_before_a_firms_city_is_no_part_of_its_name():
    ex, _ = _extract("区总工会在青年创业园温州禾丰食品有限公司开展了慰问活动。")
    assert "温州禾丰食品有限公司" in _names(ex, "Company")
    assert "青年创业园温州禾丰食品有限公司" not in _names(ex, "Company")


def test_a_firms_short_name_before_its_union_names_its_owner():
    text = (
        "青禾重工装备公司召开大会，青禾冲压模具分公司参加。"
        "据介绍，装备公司工会从2015年开始开展创建活动。"
    )
    ex, _ = _extract(text)
    assert "青禾重工装备公司工会" in _names(ex, "Union")
    assert "青禾冲压模具分公司工会" not in _names(ex, "Union")
    assert ("青禾重工装备公司工会", "subOrganizationOf", "青禾重工装备公司") in _edges(text)


def test_a_tea_or_fish_farm_is_a_firm():
    ex, _ = _extract("省总工会副主席一行走访慰问青岭山茶场和白沙渔场的困难职工。")
    assert {"青岭山茶场", "白沙渔场"} <= _names(ex, "Company")


def test_a_list_closed_by_its_count_alone_lists_firms():
    ex, _ = _extract("还为刘家湾加油站、高明远智能物流、满载物流三家企业的驿站挂牌。")
    assert {"刘家湾加油站", "高明远智能物流", "满载物流"} <= _names(ex, "Company")
