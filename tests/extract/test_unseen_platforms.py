"""Phrasings of stories about platform workers' unions, park federations and union partnerships
(issue #13, unseen set U15), on sentences written for these tests: every person and body is
invented; the places are real divisions the gazetteer knows."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import types as _types


def test_places_listed_before_a_count_of_levels_each_name_their_federation() -> None:
    types = _types("贵州省、安顺市两级总工会的相关领导为骑手代表发放礼包。")
    assert types.get("贵州省总工会") == "Union"
    assert types.get("安顺市总工会") == "Union"


def test_a_township_like_word_right_after_a_title_is_the_holders_name() -> None:
    text = "青禾县总工会党组书记、副主席周茂乡出席。"
    assert _types(text).get("周茂乡") == "Official"
    assert ("周茂乡", "holdsPosition", "青禾县总工会") in _edges(text)


def test_a_township_after_a_verb_stays_a_place() -> None:
    assert _types("青禾县总工会干部走进周茂乡调研。").get("周茂乡") == "Town"
