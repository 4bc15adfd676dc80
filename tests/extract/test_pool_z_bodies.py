"""Mechanisms of public bodies found on the pooled held-out news Z (the city a level-only
body speaks of where visitors come from elsewhere; an institution's party committee under
its short form), on sentences we wrote (invented bodies and people; real places the
gazetteer must know)."""

from __future__ import annotations

from .conftest import edges as _edges
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


def test_an_institutions_party_committee_under_its_short_form_is_the_institution():
    text = (
        "青海省总工会副主席王大明来到青海省结核病防治院调研。省结防院党委书记林启明、"
        "副院长张红梅陪同。"
    )
    ex, _ = _extract(text)
    bodies = _names(ex, "Organization")
    assert "青海省结核病防治院" in bodies
    assert not any(n.endswith("党委") for n in bodies)
    assert _edges(text) >= {("林启明", "holdsPosition", "青海省结核病防治院")}
