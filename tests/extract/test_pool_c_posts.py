"""Mechanisms of posts and persons found on the pooled held-out news C (a count elected to a
post, more counts after it, then the names listed with 分别是; a name joined by 和 to the
last of a roster; a unit's head the model read as a name; a word of address after a family
name; a shift leader's title; a police officer's rank after a police unit), on sentences
we wrote (invented people and bodies)."""

from __future__ import annotations

from .conftest import edges, types


def test_names_listed_after_a_count_elected_and_another_count_hold_the_post():
    found = edges(
        "浙江省总工会第九次代表大会闭幕，大会选举产生了浙江省总工会第九届委员会委员。"
        "其中，远帆区代表中共有3人当选省总工会第九届委员会委员，1人当选经费审查委员会委员，"
        "她们分别是钟晓岚、林启明、柯远帆和王川。"
    )
    assert {
        ("钟晓岚", "holdsPosition", "浙江省总工会"),
        ("柯远帆", "holdsPosition", "浙江省总工会"),
        ("王川", "holdsPosition", "浙江省总工会"),
    } <= found


def test_a_name_joined_by_he_to_the_next_shares_the_roster_post():
    found = edges("青禾公司工会召开会员大会，选举产生了工会委员，成员是林启明、钟晓岚和王川。")
    assert ("钟晓岚", "holdsPosition", "青禾公司工会") in found


def test_a_units_head_read_as_a_name_is_no_person():
    found = types("远帆机械厂装配车间副工段长钟晓岚介绍了新工艺。")
    assert "段长" not in found
    assert found.get("钟晓岚") == "Official"


def test_a_word_of_address_after_a_family_name_is_no_person():
    assert "林大伯" not in types("傍晚，在广场散步的林大伯说：“现在的日子越过越好。”")


def test_a_shift_leader_holds_a_post_in_the_hotel():
    found = edges("青禾宾馆客房领班钟晓岚一早就忙碌起来。")
    assert ("钟晓岚", "holdsPosition", "青禾宾馆") in found


def test_an_officers_rank_right_after_a_police_unit_is_a_post_there():
    found = edges("远帆交警大队警官林启明向外卖骑手讲解交通安全知识。")
    assert ("林启明", "holdsPosition", "远帆交警大队") in found
