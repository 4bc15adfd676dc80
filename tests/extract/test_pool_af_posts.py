"""Mechanisms of posts and persons found on the pooled held-out news AF (a word the model read
as a name whose first character ends the word before it), on sentences we wrote (invented
people and bodies)."""

from __future__ import annotations

from .conftest import types


def test_a_name_whose_first_character_ends_the_word_before_it_is_no_name():
    text = "车间职工以主人翁姿态参加技能比武。"
    assert not {"Person", "Official"} & set(types(text).values())
    text = "工会干部把一份慰问金塞到老师傅手里。"
    assert not {"Person", "Official"} & set(types(text).values())
    text = "青禾市副市长江明远到园区调研。"
    assert types(text).get("江明远") == "Official"
