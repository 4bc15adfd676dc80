"""Mechanisms of posts and persons found on the pooled held-out news C (a count elected to a
post, more counts after it, then the names listed with 分别是; a name joined by 和 to the
last of a roster), on sentences we wrote (invented people and bodies)."""

from __future__ import annotations

from .conftest import edges


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
