"""Mechanisms of public bodies and places found on the held-out news AJ (a common word the
gazetteer lists as a county, 矿区; a verb and a generic word in a list of where one goes,
进乡镇; an honour given to a level's union, 先进县工会), on sentences we wrote (invented
bodies and people; real places the gazetteer must know)."""

from __future__ import annotations

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
