"""Phrasings of stories about collective contracts, model workers' studios, skills contests and
workers joining unions (study set V5), on sentences written for these tests: every person and
body is invented; the places are real divisions the gazetteer knows."""

from __future__ import annotations

from .conftest import types as _types


def test_a_dateline_closing_with_消息_after_the_place_names_the_medium() -> None:
    text = "青禾市总工会举行签约仪式\n\n远山网杭州9月12日消息(记者 林大为) 青禾市总工会签约。"
    assert _types(text).get("远山网") == "Organization"


def test_a_papers_credit_right_after_a_bracketed_byline_names_the_paper() -> None:
    text = "本报讯(记者 林薇)杭州青年报记者从市总工会获悉,协商启动。"
    assert _types(text).get("杭州青年报") == "Organization"


def test_a_firm_opening_with_a_place_is_a_peer_in_a_list_of_firms() -> None:
    types = _types("浙江航空、开元集团、青山集团等13家单位共33名代表参加。")
    assert types.get("浙江航空") == "Company"
