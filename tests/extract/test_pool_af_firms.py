"""Companies the pool AF missed: a firm whose registered name opens with its province, written
after a zone the gazetteer does not know (某某新区|某省某某有限公司), and a brand before its
designated drivers (某某代驾司机: the brand, not 某某代驾), and a province's firm written after
the district it works in (某区|省某某公司); on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_an_unknown_zone_before_a_firms_province_is_where_it_lies():
    text = "工会干部走访了云岭新区广西禾丰食品有限公司，看望一线员工。"
    ex, _ = _extract(text)
    assert "广西禾丰食品有限公司" in _names(ex, "Company")
    assert "云岭新区" in _names(ex, "Town")
    assert ("广西禾丰食品有限公司", "locatedIn", "云岭新区") in _edges(text)


def test_a_zone_before_a_firm_named_by_no_province_stays_in_its_name():
    text = "工会干部走访了云岭新区禾丰食品有限公司，看望一线员工。"
    ex, _ = _extract(text)
    assert "广西禾丰食品有限公司" not in _names(ex, "Company")
    assert "禾丰食品有限公司" not in _names(ex, "Company")


def test_a_brand_before_its_designated_drivers_is_the_firm():
    ex, _ = _extract("深夜，几位飞鸽代驾司机在驿站里休息歇脚。")
    assert "飞鸽" in _names(ex, "Company")
    assert "飞鸽代驾" not in _names(ex, "Company")


def test_a_provinces_firm_after_a_district_leaves_the_district_out():
    ex, _ = _extract("慰问团把棉衣送到滨江区省建三公司建筑工地。")
    assert "省建三公司" in _names(ex, "Company")
    assert "滨江区省建三公司" not in _names(ex, "Company")
