"""Relations between organizations on the study set AF (round 33), on sentences we wrote
(invented organizations and places)."""

from __future__ import annotations

from .conftest import edges


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "partneredWith", b) in got or (b, "partneredWith", a) in got


def test_bodies_that_guide_jointly_are_partners() -> None:
    # 在甲和乙联合指导下，…: two bodies guiding one undertaking together
    text = "在青禾县总工会和青禾县交通运输局联合指导下，远帆物流有限公司工会开展技能培训。"
    assert _partners(edges(text), "青禾县总工会", "青禾县交通运输局")
    alone = "在青禾县总工会的指导下，远帆物流有限公司工会开展技能培训。"
    assert not any(t == "partneredWith" for _, t, _ in edges(alone))


def test_a_host_firm_where_a_facility_opens_is_not_founded() -> None:
    # 在甲指导下，乙在丙挂牌成立乙某某服务站: 丙 is the site, the station no body
    text = (
        "在青禾省总工会指导下，远帆市总工会在晨光物流有限公司挂牌成立远帆市总工会(晨光)法律服务站。"
    )
    got = edges(text)
    assert not any(t == "founded" for _, t, _ in got)
    real = "在青禾县总工会指导下，远帆物流有限公司挂牌成立远帆物流有限公司工会。"
    assert ("青禾县总工会", "founded", "远帆物流有限公司工会") in edges(real)


def test_a_facility_named_after_a_union_is_no_founding_of_that_union() -> None:
    # 乙在丙挂牌成立乙(丙)法律服务站: the station is set up, not the union it is named after,
    # so the federation above that pushes the work did not found 乙
    text = (
        "今年，青禾县总工会持续推进建会入会工作。"
        "在远帆物流有限公司挂牌成立青禾县快递行业工会联合会(远帆)法律服务站。"
    )
    assert not any(t == "founded" for _, t, _ in edges(text))
    real = "今年，青禾县总工会持续推进建会入会工作。组建了青禾县快递行业工会联合会。"
    assert ("青禾县总工会", "founded", "青禾县快递行业工会联合会") in edges(real)


def test_a_body_that_gives_aid_for_another_is_its_partner() -> None:
    # 甲为乙援助资金: aid from one body to another written with 为 as well as 向
    text = "多年来，远帆市总工会为青禾县总工会援助资金近百万元，支持职工书屋建设。"
    assert _partners(edges(text), "远帆市总工会", "青禾县总工会")


def test_a_meeting_named_after_two_bodies_makes_them_partners() -> None:
    # 甲与乙座谈交流会举行: the meeting of the two bodies, told as held
    text = "1月8日，远帆市总工会与青禾县总工会座谈交流会举行。"
    assert _partners(edges(text), "远帆市总工会", "青禾县总工会")
    guests = "1月8日，远帆市总工会召开座谈交流会，青禾县总工会派员参加。"
    assert not any(t == "partneredWith" for _, t, _ in edges(guests))


def test_listed_bodies_that_set_up_a_joint_mechanism_are_partners() -> None:
    # 甲、乙、丙宣布，建立三方…联动机制: the first-named with each of the others
    text = (
        "日前，远帆市总工会、远帆市人力资源和社会保障局和远帆市司法局决定，"
        "构建欠薪纠纷多方协作机制。"
    )
    got = edges(text)
    for other in ("远帆市人力资源和社会保障局", "远帆市司法局"):
        assert _partners(got, "远帆市总工会", other)
    alone = "日前，远帆市总工会构建欠薪纠纷协作机制。"
    assert not any(t == "partneredWith" for _, t, _ in edges(alone))
