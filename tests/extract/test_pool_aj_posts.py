"""Mechanisms of posts and persons found on the pooled held-out news AJ, on sentences we
wrote (invented people, bodies and places)."""

from __future__ import annotations

from .conftest import types


def test_a_names_last_character_the_model_read_as_a_verb_before_a_lists_comma_is_the_name():
    text = "青禾电机厂钳工技师柯友烤、远山供电所高级技师林平等受到表彰。"
    assert types(text).get("柯友烤") == "Person"
    assert "柯友" not in types(text)
    assert "柯远" in types("青禾区代表林立说、柯远也说。")  # a word after a name: not its end


def test_a_common_family_name_of_today_opens_a_name():
    text = "青禾电机厂钳工技师肖友烤、远山供电所高级技师林平等受到表彰。"
    assert types(text).get("肖友烤") == "Person"


def test_a_word_the_model_read_as_a_name_in_a_list_of_verb_phrases_is_no_name():
    text = "青禾学子要立大志、明大德、担大任。"
    assert "明大德" not in types(text)
    assert "林立德" in types("大会表彰了柯远、林立德、吴平等先进个人。")
