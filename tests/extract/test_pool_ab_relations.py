"""Relations between organizations on the pooled set AB (held back until the thirtieth
round), on sentences we wrote (invented organizations and people)."""

from __future__ import annotations

from .conftest import edges, extracted


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "partneredWith", b) in got or (b, "partneredWith", a) in got


def test_joint_verb_lian_tong_is_no_part_of_the_name_after_it() -> None:
    # 联同 is a joint verb like 会同: the body after it is named without it, and a partner
    text = "青禾县总工会深化法律服务。联同青禾县司法局、青禾县妇女联合会在晨光镇开展普法活动。"
    _, ents = extracted(text)
    assert not any(name.startswith("联同") for name in ents)
    got = edges(text)
    for other in ("青禾县司法局", "青禾县妇女联合会"):
        assert _partners(got, "青禾县总工会", other)


def test_union_that_built_a_union_named_after_a_dash_founded_it() -> None:
    # 甲建立了某地首个某某工会——乙: the new union named after a dash, a place in the gap
    text = "青禾县总工会主动作为，建立了浙江首个村级产业工会——晨光村股份经济合作社工会委员会。"
    got = edges(text)
    assert ("青禾县总工会", "founded", "晨光村股份经济合作社工会委员会") in got
    assert ("晨光村股份经济合作社工会委员会", "subOrganizationOf", "青禾县总工会") in got


def test_body_that_builds_ties_with_another_founded_nothing() -> None:
    # 甲建立了与乙的…: 与 in the gap, a tie with a body that exists already
    got = edges("青禾县总工会建立了与晨光市总工会的定期交流制度。")
    assert ("青禾县总工会", "founded", "晨光市总工会") not in got


def test_bodies_that_set_up_a_body_with_unnamed_others_founded_it() -> None:
    # 乙由甲联合某些单位发起成立: unnamed co-founders between the founder and the verb
    text = "青禾县职工读书联盟由青禾县总工会联合县内多所中学、图书馆共同发起成立。"
    assert ("青禾县总工会", "founded", "青禾县职工读书联盟") in edges(text)


def test_bodies_joined_by_a_hyphen_before_their_pairing_are_partners() -> None:
    # 甲-乙结对帮扶座谈会: a hyphen between two bodies that pair up
    got = edges("在远帆市总工会-青禾县总工会结对帮扶推进会上，双方交流了经验。")
    assert _partners(got, "远帆市总工会", "青禾县总工会")
    got = edges("在远帆市总工会-青禾县总工会座谈会上，双方交流了经验。")
    assert not _partners(got, "远帆市总工会", "青禾县总工会")


def test_union_that_supports_another_union_is_its_partner() -> None:
    # 甲总工会支援乙总工会…: aid between two bodies, with no 对口 written
    got = edges("远帆市总工会支援青禾县总工会防汛物资启运仪式在远帆市举行。")
    assert _partners(got, "远帆市总工会", "青禾县总工会")
