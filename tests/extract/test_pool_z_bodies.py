"""Mechanisms of public bodies found on the pooled held-out news Z (the city a level-only
body speaks of where visitors come from elsewhere), on sentences we wrote (invented bodies
and people; real places the gazetteer must know)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_level_only_body_is_the_visited_citys():
    text = (
        "鹤岗市钢铁业工会联合会参访团一行5人来丽水市参观访问。市委常委、组织部长林启明接见了"
        "鹤岗市钢铁业工会联合会代表团。鹤岗市钢铁业工会联合会由鹤岗市机械工会等8家工会组成。"
    )
    ex, _ = _extract(text)
    bodies = _names(ex, "Organization")
    assert {"丽水市委", "丽水市委组织部"} <= bodies
    assert "鹤岗市委" not in bodies
    # a word ending in the verb (以来, 年来) is no arrival
    text = "三年来丽水市变化很大。鹤岗市总工会、鹤岗市交通局、鹤岗市教育局出席。"
    ex, _ = _extract(text + "市委书记林启明讲话。")
    assert "鹤岗市委" in _names(ex, "Organization")
