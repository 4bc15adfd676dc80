"""Mechanisms of posts and persons found on the pooled held-out news AI, on sentences we
wrote (invented people, bodies and places)."""

from __future__ import annotations

from .conftest import edges, types


def test_a_localizer_the_model_read_for_a_names_last_character_before_a_comma_is_the_name():
    text = "青禾区人大主任柯望中，区政协主席林远出席了大会。"
    assert types(text).get("柯望中") == "Official"
    assert "柯望" not in types(text)
    text = "在主任柯望的办公室中，大家交流了意见。"  # a localizer after a phrase: no name
    assert "柯望的" not in types(text)


def test_the_head_of_an_agency_or_of_its_branch_holds_a_post():
    text = "青禾发展署远山分署长柯瑞嘉、县议员林燕雪出席。"
    assert types(text).get("柯瑞嘉") == "Official"
    assert types("青禾省统计署署长林燕雪致辞。").get("林燕雪") == "Official"


def test_an_elected_chair_of_an_association_chairs_the_association_not_the_union():
    text = (
        "青禾市技师协会召开会员代表大会，选举产生新一届理事会。"
        "青禾市总工会原副主席、省劳动模范柯艳玲当选为新一届会长。"
    )
    assert ("青禾市技师协会", "chairedBy", "柯艳玲") in edges(text)
    assert ("青禾市总工会", "chairedBy", "柯艳玲") not in edges(text)


def test_an_awards_recipient_listed_after_a_post_leaves_the_post_to_the_name():
    text = "青禾市总工会原二级巡视员、五一劳动奖章获得者柯艳玲出席。"
    assert ("柯艳玲", "holdsPosition", "青禾市总工会") in edges(text)
    text = "青禾市总工会副主席、远山省技能大奖得主林远出席。"
    assert ("林远", "holdsPosition", "青禾市总工会") in edges(text)


def test_a_joint_the_model_read_before_a_verb_after_a_holders_name_ends_the_name():
    text = "项目经理柯金和代表青禾工地建设者发言。"
    assert types(text).get("柯金和") == "Official"
    assert "柯金" not in types(text)
    text = "工会主席柯金和出席会议的代表座谈。"  # a clause qualifying a noun: a joint
    assert "柯金和" not in types(text)
    assert "柯金和林平" not in types("工会主席柯金和林平出席。")
