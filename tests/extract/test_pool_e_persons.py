"""Mechanisms of persons found on the pooled held-out news E (a byline's role modifier and the
time word after it, a withheld middle character, a department signing the story, a list of
trades, a verb of staying before a city's short form), on sentences we wrote (invented people
and bodies)."""

from __future__ import annotations

from unionkg.loaders.bylines import find_bylines

from .conftest import types


def test_a_role_modifier_and_a_time_word_are_no_byline_names():
    text = "远帆晚报讯 记者钟晓岚 特约通讯员林启明\n\n连日来，远帆市总工会走访一线。"
    assert [b.name for b in find_bylines(text)] == ["钟晓岚", "林启明"]
    text = "青禾新闻网讯 记者柯远帆 日前，青禾区总工会召开会议。"
    assert [b.name for b in find_bylines(text)] == ["柯远帆"]


def test_a_name_with_its_middle_character_withheld_names_no_one():
    found = types("去年三月，工人林某岚在搬运货物时受伤，青禾县总工会帮助林某岚依法维权。")
    assert "林某岚" not in found


def test_a_department_signing_the_story_is_no_person():
    found = types("远帆县总工会为环卫工人送去清凉物资，传递工会温暖。（宣传部）")
    assert "宣传部" not in found


def test_a_word_listed_among_trades_is_no_person():
    found = types("青禾市总工会慰问了卫健、环卫、交通等行业的一线职工。")
    assert found == {"青禾市总工会": "Union"}


def test_a_verb_of_staying_before_a_city_short_form_is_no_person():
    found = types("远帆市总工会开展关爱留榕过年职工活动，为留榕过年的快递小哥送上年货。")
    assert "留榕" not in found


def test_a_transliterated_name_s_last_part_written_alone_is_the_same_person():
    found = types(
        "远帆区总工会主席林启明会见了青禾集团职工委员会主席马库斯・贝伦。\n\n"
        "贝伦主席简要介绍了职工委员会开展协商的做法。"
    )
    assert "贝伦" not in found and found["马库斯・贝伦"] == "Official"
