"""Companies the pool AL missed, merged or placed wrong; on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names

_PARENT_AND_UNIT = (
    "温州远帆建工集团有限公司工会与青禾市总工会签约,"
    "温州远帆建工集团有限公司江西公司工会委托青禾市总工会管理。"
)


def test_a_firm_written_after_its_registered_parent_is_a_firm_of_its_own():
    ex, _ = _extract(_PARENT_AND_UNIT)
    assert _names(ex, "Company") == {"温州远帆建工集团有限公司", "温州远帆建工集团有限公司江西公司"}


def test_the_firm_after_its_registered_parent_lies_in_the_place_it_is_named_for():
    found = _edges(_PARENT_AND_UNIT)
    assert ("温州远帆建工集团有限公司江西公司", "locatedIn", "江西省") in found
    assert ("温州远帆建工集团有限公司", "locatedIn", "温州市") in found
    union = ("温州远帆建工集团有限公司工会", "subOrganizationOf", "温州远帆建工集团有限公司")
    assert union in found


def test_a_firm_the_model_reads_as_a_time_for_its_first_character_is_a_firm():
    ex, _ = _extract("代表团先后来到白沙街道、今鸿造酒业公司等地考察。")
    assert "今鸿造酒业公司" in _names(ex, "Company")


def test_a_zone_written_before_a_firm_with_no_registered_name_says_where_it_is():
    text = "代表团来到青禾园区远帆酒业公司考察。"
    ex, _ = _extract(text)
    assert _names(ex, "Company") == {"远帆酒业公司"}
    assert ("远帆酒业公司", "locatedIn", "青禾园区") in _edges(text)


def test_a_zone_before_a_registered_name_stays_in_the_name():
    ex, _ = _extract("代表团来到青禾园区远帆酒业有限公司考察。")
    assert _names(ex, "Company") == {"青禾园区远帆酒业有限公司"}


def test_a_state_firms_initials_name_its_registered_name_with_a_bracketed_group_word():
    text = "中远一局工会主席钱二出席。中国远帆一局(集团)有限公司青禾大厦项目部获奖。"
    ex, _ = _extract(text)
    assert _names(ex, "Company") == {"中国远帆一局(集团)有限公司"}


def test_a_firm_that_set_up_its_union_in_a_year_written_bare_founded_it():
    found = _edges("远帆牧场1958年建立工会组织,下设5个分会。")
    assert ("远帆牧场", "founded", "远帆牧场工会") in found
    assert ("远帆牧场工会", "subOrganizationOf", "远帆牧场") in found


def test_a_particle_the_model_reads_inside_a_firms_brand_is_part_of_the_name():
    ex, _ = _extract("甲、温州一拉得电网自动化有限公司孙新太劳模创新工作室在申报。")
    assert _names(ex, "Company") == {"温州一拉得电网自动化有限公司"}


def test_a_kind_of_ownership_and_a_kind_of_firm_name_no_firm():
    ex, _ = _extract("按照在国营林场系统重建工会的要求,远帆牧场开始筹建工会。")
    assert _names(ex, "Company") == {"远帆牧场"}
