"""Phrasings of stories about platform workers' unions, park federations and union partnerships
(issue #13, unseen set U15), on sentences written for these tests: every person and body is
invented; the places are real divisions the gazetteer knows."""

from __future__ import annotations

from .conftest import types as _types


def test_places_listed_before_a_count_of_levels_each_name_their_federation() -> None:
    types = _types("贵州省、安顺市两级总工会的相关领导为骑手代表发放礼包。")
    assert types.get("贵州省总工会") == "Union"
    assert types.get("安顺市总工会") == "Union"
