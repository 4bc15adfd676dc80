"""Companies and places the pool O missed: a kind of body (企业) written before a registered
firm's full name, opening the phrase or after a rank (百强企业), is no part of the name; a
division written before the firm's own place in brackets (某某某县(某市)某业有限公司) is its
brand, not where it lies. On sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_kind_of_body_before_a_registered_firms_name_is_no_part_of_it():
    text = "工会推举了产值最高的企业青禾精密机械股份有限公司作为职工方的协商对象。"
    ex, _ = _extract(text)
    assert "青禾精密机械股份有限公司" in _names(ex, "Company")
    text = "上月,全省百强企业远帆物流有限公司召开职工代表大会。"
    ex, _ = _extract(text)
    assert "远帆物流有限公司" in _names(ex, "Company")


def test_a_kind_of_body_inside_a_registered_firms_name_stays():
    text = "晨光企业管理有限公司工会开展了职工读书活动。"
    ex, _ = _extract(text)
    assert "晨光企业管理有限公司" in _names(ex, "Company")


def test_a_division_before_a_firms_bracketed_place_is_its_brand():
    text = "青禾嘉善(义乌)包装有限公司召开首次会员代表大会,选举产生了工会委员会。"
    assert ("青禾嘉善(义乌)包装有限公司", "locatedIn", "嘉善县") not in _edges(text)
    text = "青禾能源嘉善发电厂召开职工代表大会。嘉善县总工会派员参加。"
    assert ("青禾能源嘉善发电厂", "locatedIn", "嘉善县") in _edges(text)
