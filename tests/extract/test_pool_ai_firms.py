"""Companies the pool AI missed or wrote too long: a plant written after its firm's registered
name (某某有限公司某某厂) is the firm's unit, the firm is named; on sentences we wrote
(invented names)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_plant_after_its_firms_registered_name_is_the_firm():
    ex, _ = _extract("获奖的有青禾重工机械有限公司白沙铸造厂车工赵一等五人。")
    assert _names(ex, "Company") == {"青禾重工机械有限公司"}
    ex, _ = _extract("远帆纺织集团有限公司二分厂细纱车间甲班获评先进班组。")
    assert _names(ex, "Company") == {"远帆纺织集团有限公司"}


def test_a_plant_with_no_registered_firm_before_it_stays_whole():
    ex, _ = _extract("南岭糖酒集团凤溪糖厂工会举办职工运动会。")
    assert "南岭糖酒集团凤溪糖厂" in _names(ex, "Company")
    ex, _ = _extract("白沙县发电厂工会开展慰问。")
    assert "白沙县发电厂" in _names(ex, "Company")


def test_a_research_unit_after_a_registered_firms_name_is_the_firm():
    text = "远帆重型机械有限公司青禾重工技术中心铸件研究所车工赵一获奖。"
    ex, _ = _extract(text)
    assert _names(ex, "Company") == {"远帆重型机械有限公司"}
    assert not _names(ex, "Organization")


def test_a_groups_numbered_institute_is_named_whole():
    ex, _ = _extract("远帆航天集团公司第九研究院的技术员钱二发言。")
    assert _names(ex, "Organization") == {"远帆航天集团公司第九研究院"}


def test_a_firms_name_opens_after_the_particle_that_ends_a_clause():
    ex, _ = _extract("主席钱二来到位于白沙工业城内的远帆塑料制品(青州)有限公司慰问员工。")
    assert "远帆塑料制品(青州)有限公司" in _names(ex, "Company")


def test_where_one_stands_in_a_photo_is_no_part_of_a_firms_name():
    ex, _ = _extract("图为白沙区优秀职工(右二)远帆电缆股份有限公司技术员钱二。")
    assert "远帆电缆股份有限公司" in _names(ex, "Company")
