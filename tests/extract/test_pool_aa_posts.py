"""Mechanisms of posts and persons found on the pooled held-out news AA (a body's leadership
team named as a group, a title after a name that names a body of its own kind, a firm's
assistant and deputy managers), on sentences we wrote (invented people and bodies)."""

from __future__ import annotations

from .conftest import edges, types


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


def test_a_firms_assistant_and_deputy_managers_hold_posts_there():
    found = edges("远帆复材科技有限公司协理林启明和晨光电热有限公司行政副理王远帆出席座谈。")
    assert ("林启明", "holdsPosition", "远帆复材科技有限公司") in found
    assert ("王远帆", "holdsPosition", "晨光电热有限公司") in found
