"""Relations between organizations on the pooled set AC (held back until the thirty-first
round), on sentences we wrote (invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "partneredWith", b) in got or (b, "partneredWith", a) in got


def test_body_that_gives_funds_to_another_body_is_its_partner() -> None:
    # 甲向乙捐赠/拨付: aid from one body to another, with no 对口 written
    got = edges("签约当天，晨光市总工会向青禾县总工会拨付帮扶资金30万元。")
    assert _partners(got, "晨光市总工会", "青禾县总工会")
    # a person between them gives on his own; the workers of a body are no body
    got = edges("远帆物流有限公司总经理林启明向青禾县总工会捐助善款两万元。")
    assert not _partners(got, "远帆物流有限公司", "青禾县总工会")
    got = edges("晨光市总工会向青禾县总工会的困难职工捐赠了慰问品。")
    assert not _partners(got, "晨光市总工会", "青禾县总工会")
    # a gift of sympathy on a visit is no aid between two bodies
    got = edges("节前，晨光市总工会向青禾县人民医院赠送送温暖慰问金5万元。")
    assert not _partners(got, "晨光市总工会", "青禾县人民医院")


def test_hosts_written_after_zai_of_an_event_are_partners() -> None:
    # 在甲和乙等单位联合举办的…上: the joint hosts of the event a clause is set at
    got = edges("在青禾县总工会和青禾县妇女联合会等单位共同举办的读书会上，职工分享了心得。")
    assert _partners(got, "青禾县总工会", "青禾县妇女联合会")


def test_hosts_listed_around_an_unnamed_one_are_partners() -> None:
    # 由甲、某某工会、乙主办: a host the recogniser did not name, between two it did
    text = "本届运动会由青禾县总工会、县直机关工会、远帆物流有限公司联合主办，赛期三天。"
    assert _partners(edges(text), "青禾县总工会", "远帆物流有限公司")
    text = "青禾县总工会、县直机关工会、晨光镇总工会主办，远帆物流有限公司承办。"
    got = edges(text)
    assert _partners(got, "青禾县总工会", "晨光镇总工会")
    assert _partners(got, "青禾县总工会", "远帆物流有限公司")


def test_body_that_deepens_ties_with_another_is_its_partner() -> None:
    # 将进一步加强与乙的联系与合作: the sentence's subject and the body it works with
    text = "晨光市总工会有关负责人说，下一步将深化与青禾县总工会、青禾县有关商会的务实合作。"
    assert _partners(edges(text), "晨光市总工会", "青禾县总工会")
    # a cooperation of the body's workers, with no ties deepened, is no partnership
    text = "晨光市总工会有关负责人说，与青禾县总工会的职工合作项目已经结束。"
    assert not _partners(edges(text), "晨光市总工会", "青禾县总工会")


def test_federation_whose_leader_speaks_of_a_founding_did_not_found_it() -> None:
    # 某市总工会主席甲表示，成立联合会是…: what a speaker says, not founding work done
    text = (
        "青禾市快递行业工会联合会成立大会召开。青禾市总工会主席钟晓岚表示，"
        "成立快递行业工会联合会是服务新就业形态劳动者的重要举措。"
    )
    got = edges(text)
    assert ("青禾市总工会", "founded", "青禾市快递行业工会联合会") not in got


def test_county_federation_that_follows_a_city_deployment_is_no_branch() -> None:
    # 甲区总工会按照乙市总工会的部署: a county's federation carrying out a higher one's
    # deployment is not counted its branch (a village's union still is: test_pool_aa_relations)
    got = edges("今年，湖州市吴兴区总工会按照湖州市总工会的部署，开展送清凉活动。")
    assert ("湖州市吴兴区总工会", "subOrganizationOf", "湖州市总工会") not in got
