"""Constructions met in the reports of the coastal provinces' unions and the national industry
unions that the dev articles hold few of, on sentences we wrote (invented organizations and
people, real places)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import types as _types


def test_a_centre_named_by_what_goes_on_in_it_is_a_venue_not_a_body():
    found = _types(
        "大会在启衡市职工文体中心举行。调研组走访了启衡经济开发区群团活动中心、"
        "云帆船模文化展示中心和启衡市职教中心。"
    )
    assert not any(name.endswith(("文体中心", "活动中心", "展示中心")) for name in found)
    assert found.get("启衡市职教中心") == "Organization"


def test_a_hall_named_after_the_school_it_is_in_is_the_school():
    found = _types("调研组深入连江县云帆实验小学棒球文化馆,慰问台胞职工。")
    assert found.get("连江县云帆实验小学") == "Organization"
    assert not any(name.endswith("文化馆") for name in found)


def test_a_company_cut_to_its_words_first_characters_is_the_registered_company():
    found = _types("启汽集团将召开启衡汽车集团股份有限公司第三次职工代表大会。")
    assert found.get("启衡汽车集团股份有限公司") == "Company"
    assert "启汽集团" not in found


def test_the_anniversary_of_a_union_s_founding_is_no_founding():
    text = (
        "由江宁区总工会主办的启动仪式成功举行,本次活动作为纪念全总、"
        "江苏省总成立100周年系列活动的重要环节。"
    )
    assert not {r for r in _edges(text) if r[1] in {"founded", "subOrganizationOf"}}


def test_a_word_inside_a_quoted_slogan_is_no_person():
    found = _types("2024启衡工会“龙腾贺新岁·情暖劳动者”慰问活动在项目现场举行。")
    assert not {"龙腾", "贺新岁"} & set(found)


def test_a_word_before_culture_names_a_tradition_not_a_person():
    found = _types("王茂林指出,要继续弘扬海丝文化,传承造船技艺。")
    assert "海丝" not in found
    assert found.get("王茂林") == "Person"


def test_a_federation_s_elected_committee_is_the_federation():
    found = _types("镇江市总工会召开会议,大会选举产生了新一届镇江市总工会委员会。")
    assert [name for name, kind in found.items() if kind == "Union"] in (
        ["镇江市总工会"],
        ["镇江市总工会委员会"],
    )


def test_a_clinic_and_a_bookshop_are_bodies_of_their_kinds():
    found = _types("上海济民中医门诊、启衡云栖书店和启衡工业集中区的企业参加活动。")
    assert found.get("上海济民中医门诊") == "Organization"
    assert found.get("启衡云栖书店") == "Company"


def test_a_city_s_shi_opens_the_name_of_its_district_written_after_it():
    text = "大会在青岛市南区云栖书店举行,青岛市北区总工会参加。"
    found = _types(text)
    assert {"市南区", "市北区"} <= {name for name, kind in found.items() if kind == "Town"}
    assert not {"南区", "北区"} & set(found)
    assert ("青岛市北区总工会", "locatedIn", "市北区") in _edges(text)


def test_a_town_before_a_business_that_is_no_registered_company_is_where_it_lies():
    text = "慰问组前往大溪乡云帆山庄,又走访东山镇远帆机械有限公司。"
    found = _types(text)
    assert found.get("云帆山庄") == "Company"
    assert ("云帆山庄", "locatedIn", "大溪乡") in _edges(text)
    assert found.get("远帆机械有限公司") == "Company"  # the town says where, even a registered firm
