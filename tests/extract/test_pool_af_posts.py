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


def test_a_family_name_the_model_read_as_a_word_after_a_doer_or_a_credit_line_joins_the_name():
    text = "会上,青禾市五一劳动奖章获得者谈立平分享了他的故事。"
    assert types(text).get("谈立平") == "Person"
    text = "编辑整理 | 连晓琪"
    assert "连晓琪" in types(text)
