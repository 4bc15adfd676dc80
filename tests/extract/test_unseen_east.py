"""Constructions met in the long reports of the eastern provinces' workers' dailies that the
dev articles hold few of (issue 13), on sentences we wrote (invented organizations and people,
real places)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import types as _types


def test_a_name_the_model_cut_before_an_electing_verb_keeps_its_last_character():
    text = "柯宝中当选为启衡市总工会主席。"
    assert ("启衡市总工会", "chairedBy", "柯宝中") in _edges(text)
    assert "柯宝" not in _types(text)


def test_a_name_the_model_cut_inside_a_list_of_names_keeps_its_last_character():
    found = _types("市领导林远航、黄宝中、周立出席闭幕式。")
    assert found.get("黄宝中") == "Official"
    assert "黄宝" not in found


def test_the_items_of_a_list_closed_by_a_count_alone_are_businesses():
    found = _types("园区内共有申达、韵通、百顺、达通4家物流公司。")
    assert {name: found.get(name) for name in ("申达", "韵通", "百顺", "达通")} == dict.fromkeys(
        ("申达", "韵通", "百顺", "达通"), "Company"
    )
    assert not any("4家" in name for name in found)


def test_a_count_the_model_ran_into_a_name_is_no_part_of_it():
    found = _types("园区内共有云鸽快运、飞豹速递、蓝鲸物流3家物流公司。")
    assert not any("3家" in name for name in found)


def test_a_post_in_a_centre_named_after_its_body_is_a_post_in_the_body():
    text = "北干街道办事处青禾服务中心主任林远航说。"
    assert ("林远航", "holdsPosition", "北干街道办事处") in _edges(text)
    assert not any(name.endswith("中心") for name in _types(text))


def test_a_family_name_and_a_profession_address_someone_and_name_no_one():
    found = _types("活动请来林律师、周医生为职工义诊，打造了“柯律师·夜咖啡”品牌。")
    assert not {"林律师", "周医生", "柯律师"} & set(found)


def test_a_person_word_right_after_a_numeral_begins_with_a_measure_word():
    assert "张焕新" not in _types("她拿到一张焕新的照片。")
    assert _types("会上，张焕新说。").get("张焕新") == "Person"
