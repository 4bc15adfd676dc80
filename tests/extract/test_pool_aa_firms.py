"""Companies and their places the pool AA missed: a state farm or forestry enterprise the
gazetteer lists as a unit of the town's level (某某农场, 某某林业局), which news names as a
firm, and the county whose name opens the farm's; on sentences we wrote (invented events;
the farms are the gazetteer's own, none of the pool's)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_listed_farm_is_a_company_in_the_county_its_name_opens_with():
    text = "陇川农场工会举办职工趣味运动会，百余名职工踊跃参加。"
    ex, _ = _extract(text)
    assert "陇川农场" in _names(ex, "Company")
    assert "陇川农场" not in _names(ex, "Town")
    found = _edges(text)
    assert ("陇川农场工会", "locatedIn", "陇川县") in found
    assert ("陇川农场", "locatedIn", "陇川县") in found


def test_a_listed_farm_named_otherwise_has_no_place_from_its_name():
    text = "近日，前卫农场工会为一线职工送去防暑降温物品。"
    ex, _ = _extract(text)
    assert "前卫农场" not in _names(ex, "Town")
    assert not [e for e in _edges(text) if e[1] == "locatedIn"]


def test_a_listed_forestry_bureau_is_no_place():
    text = "入冬前，柴河林业局有限公司工会为一线护林员送去棉衣。"
    ex, _ = _extract(text)
    assert "柴河林业局" not in _names(ex, "Town")
    assert "柴河林业局有限公司" in _names(ex, "Company")


def test_the_kind_of_a_firms_capital_is_no_part_of_its_name():
    text = "当天，韩资企业晨光精密有限公司举行职工代表大会。"
    ex, _ = _extract(text)
    assert "晨光精密有限公司" in _names(ex, "Company")
    assert "韩资企业晨光精密有限公司" not in _names(ex, "Company")


def test_a_firm_after_its_place_and_its_capitals_kind_lies_in_the_place():
    text = "调研组走访了漳州外资企业远帆光电公司，听取企业工会工作汇报。"
    ex, _ = _extract(text)
    assert "远帆光电公司" in _names(ex, "Company")
    assert ("远帆光电公司", "locatedIn", "漳州市") in _edges(text)


def test_a_verb_before_a_line_of_business_makes_no_company():
    text = "小哥老周是湖南人，在宁波跑外卖已经两年了，同乡小李在丽水送外卖。"
    ex, _ = _extract(text)
    assert not _names(ex, "Company")


def test_a_branch_written_without_its_branch_word_is_the_branch():
    text = (
        "丽水电信分公司工会组织新入职员工座谈。丽水电信工会还邀请专家讲授心理健康知识，"
        "丽水电信将继续关心青年职工成长。"
    )
    ex, _ = _extract(text)
    assert _names(ex, "Company") == {"丽水电信分公司"}
    assert _names(ex, "Union") == {"丽水电信分公司工会"}
