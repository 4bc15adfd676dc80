"""A place written short at the head of an organization's name, and a level word before a bare
unit word (省局, 市局) read as a name, pooled over the studied sets, on sentences we wrote
(invented people, real places)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_county_short_form_heading_a_power_utility_is_where_it_lies():
    found = _edges("常德新闻网讯 6月7日，桃源供电公司工会组织开展慰问活动。")
    assert ("桃源供电公司", "locatedIn", "桃源县") in found
    assert ("桃源供电公司工会", "locatedIn", "桃源县") in found


def test_a_city_short_form_heading_a_power_bureau_is_where_it_lies():
    found = _edges("呼伦贝尔市总工会领导来调研。满洲里供电局全体职工表示欢迎。")
    assert ("满洲里供电局", "locatedIn", "满洲里市") in found


def test_a_level_word_before_a_bare_bureau_names_no_body():
    ex, _ = _extract("浙江省交通运输厅工会主席赵明在省局工会主席孙立、市局副局长钱刚陪同下调研。")
    bodies = _names(ex, "Organization") | _names(ex, "Union")
    assert not {n for n in bodies if n.endswith(("省局", "省局工会", "市局", "市局工会"))}
    assert "浙江省交通运输厅工会" in _names(ex, "Union")


def test_a_countys_numbered_school_written_short_lies_in_the_county():
    found = _edges("常德新闻网讯 桃源供电公司工会慰问小组先后前往桃源一中、桃源二中等考点。")
    assert ("桃源一中", "locatedIn", "桃源县") in found
    assert ("桃源二中", "locatedIn", "桃源县") in found


def test_an_ordinal_and_middle_inside_a_phrase_is_no_school():
    ex, _ = _extract("会议要求进一步统一中外标准。")
    assert not _names(ex, "Organization")


def test_a_level_word_before_a_banks_short_name_is_no_village():
    ex, _ = _extract("市中行党委书记周强代表市中行作报告。")
    assert not _names(ex, "Town")
