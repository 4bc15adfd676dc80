"""Mechanisms of posts and persons found on the pooled held-out news AA (a body's leadership
team named as a group, a title after a name that names a body of its own kind, a rare family
name, a firm's assistant and deputy managers, a trade the model read as a name, the tail of a
transliterated name cut off, a holder's name run into the verb of leading a group, a body
written as its place and the last character of its name, a post taken on with 担当, two
names of a byline run together), on sentences we wrote (invented people and bodies)."""

from __future__ import annotations

from .conftest import edges, extracted, types


def test_members_of_a_leadership_team_hold_no_named_post():
    text = (
        "青禾市工会第三次代表大会闭幕。会上，新当选的青禾市总工会第三届领导班子成员"
        "钟晓岚、林启明、王远帆与代表们见面。"
    )
    assert not {e for e in edges(text) if e[1] == "holdsPosition"}
    found = types(text)
    assert found.get("钟晓岚") == found.get("王远帆") == "Official"


def test_a_title_after_a_name_that_opens_with_a_kind_of_body_is_not_the_bodys_before():
    found = edges("青禾职业学院举行开学典礼，青禾市人社局局长钟晓岚和学校党委书记林启明出席。")
    assert ("钟晓岚", "holdsPosition", "青禾市人社局") in found
    assert ("林启明", "holdsPosition", "青禾市人社局") not in found


def test_a_rare_family_name_after_a_post_opens_a_name():
    found = types("远帆市总工会召开全委会议，常务副主席伦江、副主席林启明出席。")
    assert found.get("伦江") == "Official"


def test_a_firms_assistant_and_deputy_managers_hold_posts_there():
    found = edges("远帆复材科技有限公司协理林启明和晨光电热有限公司行政副理王远帆出席座谈。")
    assert ("林启明", "holdsPosition", "远帆复材科技有限公司") in found
    assert ("王远帆", "holdsPosition", "晨光电热有限公司") in found


def test_a_trade_the_model_read_as_a_name_is_no_person():
    found = types("青禾农场工会特邀国家二级心理咨询师钟晓岚担任顾问，为职工提供心理疏导。")
    assert "心理咨询师" not in found
    assert "钟晓岚" in found


def test_the_tail_of_a_transliterated_name_alone_is_the_same_person():
    _, found = extracted(
        "陈海波对阿卜杜拉·穆罕默德艾敏一行表示欢迎。阿卜杜拉·穆罕默德艾敏说，愿加强交流。"
    )
    assert "艾敏" not in found
    assert "阿卜杜拉·穆罕默德艾敏" in found


def test_a_holders_name_run_into_the_verb_of_leading_opens_no_body():
    _, found = extracted("应邀请，省总工会副主席高清和率省总工会参观团一行赴青禾考察。")
    assert not any(name.startswith("和率") for name in found)


def test_a_place_and_a_bodys_last_character_name_the_places_one_body_of_that_unit():
    found = edges("桐乡市交通局会议室里召开了嘉兴市交通局年度工作会，桐乡局局长钟晓岚致欢迎词。")
    assert ("钟晓岚", "holdsPosition", "桐乡市交通局") in found


def test_a_place_and_a_units_character_name_no_body_where_the_place_has_two():
    found = edges("桐乡市交通局和桐乡市公安局联合开展活动，桐乡局局长钟晓岚致辞。")
    assert ("钟晓岚", "holdsPosition", "桐乡市交通局") not in found
    assert ("钟晓岚", "holdsPosition", "桐乡市公安局") not in found


def test_a_places_party_committee_is_no_short_form_of_a_zones_committee():
    _, found = extracted("桐乡市高新区总工会成立。桐乡市委常委、高新区党工委书记钟晓岚出席。")
    assert "桐乡市委" in found


def test_a_name_that_takes_on_a_post_is_an_official():
    found = types("青禾农场工会特邀心理专家钟晓岚担当顾问，为职工提供心理疏导。")
    assert found.get("钟晓岚") == "Official"


def test_two_names_of_a_byline_run_together_are_two_persons():
    found = types("本报讯(记者 唐岚罗勇帆)近日,青禾市总工会召开会议。")
    assert found.get("唐岚") == found.get("罗勇帆") == "Person"
