"""Mechanisms of public bodies and places found on the held-out news AJ (a common word the
gazetteer lists as a county, 矿区; a verb and a generic word in a list of where one goes,
进乡镇; an honour given to a level's union, 先进县工会; a vocational secondary school, 职业中专;
a listed government that hosts, 某镇党委、政府主办; a township office, 镇公所, and a hall,
展演厅), on sentences we wrote (invented bodies and people; real places the gazetteer must
know)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_common_word_the_gazetteer_lists_as_a_county_is_no_place_alone():
    ex, _ = _extract("青禾县总工会慰问一线职工，给整个矿区送去了清凉。")
    assert "矿区" not in _names(ex, "Town")


def test_a_verb_and_a_generic_word_in_a_list_is_no_place():
    text = "青禾县总工会组织宣讲团进工厂、进学校、进乡镇、进家庭，讲述劳模故事。"
    ex, _ = _extract(text)
    assert not any(n.endswith("乡镇") for n in _names(ex, "Town"))


def test_an_honour_given_to_a_levels_union_is_no_union():
    ex, _ = _extract("多年来，青禾县总工会被评为“全国模范县工会”，职工满意度逐年提高。")
    unions = _names(ex, "Union")
    assert "青禾县总工会" in unions
    assert not any("模范" in n for n in unions)


def test_a_vocational_secondary_school_is_a_body():
    text = "5月8日，青田县总工会在青田县职业中专举办劳模宣讲活动。"
    ex, _ = _extract(text)
    assert "青田县职业中专" in _names(ex, "Organization")
    assert _edges(text) >= {("青田县职业中专", "locatedIn", "青田县")}
    # a pupil or a diploma of such a school names none
    ex, _ = _extract("张红梅中专毕业后进入青禾公司工作，是一名中专生。")
    assert not any(n.endswith("中专") for n in _names(ex, "Organization"))


def test_a_listed_government_that_hosts_is_the_places_government():
    text = "由青田镇党委、政府主办，青田镇工会联合会承办的拔河比赛近日举行。"
    ex, _ = _extract(text)
    assert {"青田镇党委", "青田镇政府"} <= _names(ex, "Organization")
    assert _edges(text) >= {("青田镇政府", "locatedIn", "青田镇")}


def test_a_township_office_is_a_body_and_a_hall_is_none():
    text = "彰化县鹿港镇公所3日在该镇展演厅举行表扬大会，镇长林子航到场致辞。"
    ex, _ = _extract(text)
    bodies = _names(ex, "Organization")
    assert any(n.endswith("鹿港镇公所") for n in bodies)
    assert not any(n.endswith("厅") for n in bodies)
    ex, _ = _extract("青禾县总工会的代表们来到东楼前厅，与职工亲切交谈。")
    assert not any(n.endswith("厅") for n in _names(ex, "Organization"))
