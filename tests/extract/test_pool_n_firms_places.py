"""Companies and places the pool N missed: a high-tech park whose kind's tail the gazetteer
lists as a town (某某高|新技术产业园区); a studio named after its leader after a firm's name
with no honour in its kind (某局张某创新工作室); a firm's short form without the brand word
that opens its registered name; a building named in its union's name (某某国际楼宇工会); a
park named by its county alone (某县公园); an activity or a project the text runs into a name
(此次活动某县总工会); a town written without its level after a pause, at the head of a body's
name (、柳市派出所); the county a zone is named by (某某高新区 of 某某区); a school's
section named by a direction (某中学|北区); a hotel opening the name of the company that runs
it (某某酒店管理有限公司); on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_high_tech_park_is_named_whole_not_by_the_tail_of_its_kind():
    text = "市总工会工作组走访了青禾高新技术产业园区工会联合会，听取园区企业意见。"
    ex, _ = _extract(text)
    assert "新技术产业园区" not in _names(ex, "Town")
    assert "青禾高新技术产业园区" in _names(ex, "Town")
    found = _edges(text)
    assert ("青禾高新技术产业园区工会联合会", "locatedIn", "青禾高新技术产业园区") in found


def test_a_studio_named_after_its_leader_after_a_firm_without_an_honour():
    text = "获评的工作室有：远帆五局三公司林启明创新工作室、青禾二局钟晓岚创新工作室。"
    ex, _ = _extract(text)
    assert {"远帆五局三公司", "青禾二局"} <= _names(ex, "Company")
    assert {"林启明", "钟晓岚"} <= _names(ex, "Person")
    assert not any(n.endswith("工作室") for n in _names(ex, "Organization"))


def test_a_common_word_before_a_studio_is_no_leader():
    ex, _ = _extract("晨光公司金牌创新工作室近日揭牌。")
    assert "金牌" not in _names(ex, "Person")


def test_a_firms_short_form_without_its_brand_prefix_is_the_firm():
    text = (
        "远帆楼宇工会联合会成立大会在远帆青禾物流服务集团有限公司召开。"
        "会后，青禾物流公司为职工送上慰问品。"
    )
    ex, _ = _extract(text)
    assert "青禾物流公司" not in _names(ex, "Company")
    assert "远帆青禾物流服务集团有限公司" in _names(ex, "Company")


def test_a_building_named_in_its_unions_name_is_a_place():
    text = "成都市锦江区晨光国际楼宇工会联合会第一次代表大会召开。"
    ex, _ = _extract(text)
    assert "晨光国际" in _names(ex, "Town")
    found = _edges(text)
    assert ("成都市锦江区晨光国际楼宇工会联合会", "locatedIn", "晨光国际") in found
    assert ("晨光国际", "locatedIn", "锦江区") in found


def test_a_kind_of_building_names_no_place():
    ex, _ = _extract("全区商务楼宇工会建设推进会召开。")
    assert not _names(ex, "Town") - {"全区"}


def test_a_park_named_by_its_county_alone_is_a_place_in_it():
    text = "县总工会在缙云县公园、青禾路口等处设立爱心早餐点。"
    ex, _ = _extract(text)
    assert "缙云县公园" in _names(ex, "Town")
    assert ("缙云县公园", "locatedIn", "缙云县") in _edges(text)


def test_an_activity_run_into_a_unions_name_is_no_part_of_it():
    text = "本次义诊活动缙云县总工会共派出医生十名。"
    ex, _ = _extract(text)
    assert "缙云县总工会" in _names(ex, "Union")
    assert ("缙云县总工会", "locatedIn", "缙云县") in _edges(text)


def test_a_project_run_into_a_firms_name_is_no_part_of_it():
    ex, _ = _extract("随后慰问组来到在建项目青禾建工集团有限公司厂房工地。")
    assert _names(ex, "Company") == {"青禾建工集团有限公司"}


def test_a_firm_whose_name_holds_an_activity_keeps_it():
    ex, _ = _extract("远帆活动策划有限公司与青禾项目管理有限公司签约。")
    assert {"远帆活动策划有限公司", "青禾项目管理有限公司"} <= _names(ex, "Company")


def test_a_town_written_without_its_level_after_a_pause_lies_in_its_county():
    text = "乐清市总工会慰问组先后走访了乐清市交通运输局和虹桥派出所。"
    ex, _ = _extract(text)
    assert "虹桥镇" in _names(ex, "Town")
    assert ("虹桥派出所", "locatedIn", "虹桥镇") in _edges(text)


def test_a_town_written_without_its_level_before_no_body_is_left_alone():
    ex, _ = _extract("乐清市总工会慰问组先后走访了乐清市交通运输局、虹桥职工之家体育馆。")
    assert "虹桥镇" not in _names(ex, "Town")


def test_a_zone_named_by_its_countys_short_form_lies_in_the_county():
    text = "调研组到柯桥高新技术产业园区工会联合会调研，绍兴市总工会陪同。"
    ex, _ = _extract(text)
    assert "柯桥区" in _names(ex, "Town")
    assert ("柯桥高新技术产业园区", "locatedIn", "柯桥区") in _edges(text)


def test_a_schools_section_named_by_a_direction_is_no_district():
    ex, _ = _extract("选举大会在青禾第四中学北区阶梯教室举行。")
    assert "北区" not in _names(ex, "Town")


def test_a_district_named_by_a_direction_after_its_city_stays_a_place():
    ex, _ = _extract("攀枝花市东区总工会召开会议。")
    assert "东区" in _names(ex, "Town")


def test_ten_thousand_villages_are_no_village():
    ex, _ = _extract("省总工会开展“千企联万村 携手促振兴”活动。")
    assert "万村" not in _names(ex, "Town")


def test_a_hotel_opening_its_management_companys_name_is_no_second_firm():
    ex, _ = _extract("洛阳远帆青禾酒店管理有限公司后勤保障部荣获工人先锋号。")
    assert _names(ex, "Company") == {"洛阳远帆青禾酒店管理有限公司"}
