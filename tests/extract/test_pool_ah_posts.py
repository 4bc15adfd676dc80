"""Mechanisms of posts and persons found on the pooled held-out news AH, on sentences we
wrote (invented people, bodies and places)."""

from __future__ import annotations

from .conftest import edges, types


def test_a_delegate_of_award_winners_is_a_person_with_no_post():
    text = "表彰会上，技术革新获奖代表柯远、林平先后发言。"
    assert types(text).get("柯远") == "Person"
    assert types(text).get("林平") == "Person"
    text = "受表彰代表钟晓岚作了交流。"
    assert types(text).get("钟晓岚") == "Person"
