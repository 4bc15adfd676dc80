"""Mechanisms of posts and persons found on the pooled held-out news AG, on sentences we
wrote (invented people, bodies and places)."""

from __future__ import annotations

from .conftest import edges, types


def test_a_verb_of_coming_and_the_place_come_to_are_no_part_of_the_name_before_a_visit():
    text = "6月3日上午,青禾省总工会宣教部副部长柯莎来镇调研。"
    assert types(text).get("柯莎") == "Official"
    assert ("柯莎", "holdsPosition", "青禾省总工会") in edges(text)
    text = "周五,青禾市总工会经审会主任钟远赴京考察。"
    assert types(text).get("钟远") == "Official"
