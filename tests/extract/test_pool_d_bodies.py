"""Mechanisms of public bodies and places found on the pooled held-out news D (a numbered
team, 二队, that the gazetteer knows as a village's team; a zone named by the country or a
rank and kinds of place only, 中国开发区), on sentences we wrote (invented
bodies and people; real places the gazetteer must know)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_numbered_team_is_no_place():
    text = "远帆机场旅客服务部三队荣获团体第一名,青禾机场旅客服务部二队荣获团体第二名。"
    ex, _ = _extract(text)
    towns = _names(ex, "Town")
    assert not {"三队", "二队"} & towns
    ex, _ = _extract("晨光公司的职工来到三亚市开展疗休养活动。")
    assert "三亚市" in _names(ex, "Town")


def test_a_zone_named_by_the_country_and_its_kind_only_is_no_place():
    text = "本届论坛由中国开发区协会主办,青禾市高新区总工会承办。"
    ex, _ = _extract(text)
    towns = _names(ex, "Town")
    assert "中国开发区" not in towns
    assert "中国开发区协会" in _names(ex, "Organization")
