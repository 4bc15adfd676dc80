"""Relations between organizations on the study set AL (round 39), on sentences we wrote
(invented organizations and places)."""

from __future__ import annotations

from .conftest import edges


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "partneredWith", b) in got or (b, "partneredWith", a) in got


def test_a_preparatory_group_named_after_a_union_is_no_founding_work() -> None:
    # 某工会筹备组组长甲参加座谈会: the group is a post's body; the federation that opens the
    # sentence did no founding work
    text = (
        "远帆市港口行业工会筹备工作启动。远帆市总工会副主席林启明、"
        "远帆市港口行业工会筹备组组长王小川参加座谈会。"
    )
    got = edges(text)
    assert ("远帆市总工会", "founded", "远帆市港口行业工会") not in got
    work = "远帆市港口行业工会筹备工作启动。远帆市总工会积极筹备组建该工会。"
    assert ("远帆市总工会", "founded", "远帆市港口行业工会") in edges(work)


def test_a_body_that_set_up_its_union_in_a_year_founded_it() -> None:
    # 某某农场1958年建立工会组织: a year written between the body and the verb
    text = "青禾县远帆农场1958年建立工会组织，下设六个分会，会员三百名。"
    got = edges(text)
    assert ("青禾县远帆农场", "founded", "青禾县远帆农场工会") in got
    assert ("青禾县远帆农场工会", "subOrganizationOf", "青禾县远帆农场") in got


def test_a_union_under_another_in_the_clause_after_its_founding() -> None:
    # 甲成立，隶属乙领导
    text = "上世纪六十年代，远帆机械厂工会委员会成立，隶属青禾县总工会领导。"
    got = edges(text)
    assert ("远帆机械厂工会委员会", "subOrganizationOf", "青禾县总工会") in got
    wish = "远帆机械厂工会委员会成立，青禾县总工会发来贺信。"
    assert ("远帆机械厂工会委员会", "subOrganizationOf", "青禾县总工会") not in edges(wish)


def test_issuers_of_the_second_of_two_documents_listed_are_partners() -> None:
    # 《…》、甲和乙《关于…的通知》
    text = (
        "为落实远帆市总工会《关于做好职工疗休养的意见》、青禾县交通运输局和青禾县总工会"
        "《关于开展货车司机关爱行动的通知》要求，座谈会召开。"
    )
    assert _partners(edges(text), "青禾县交通运输局", "青禾县总工会")


def test_a_zones_administration_owns_the_union_federation_named_after_it() -> None:
    # 某园区管理委员会工会联合会 belongs to the administration
    text = "青禾县远帆物流园区管委会工会联合会等九家单位获评先进。"
    got = edges(text)
    assert (
        "青禾县远帆物流园区管委会工会联合会",
        "subOrganizationOf",
        "青禾县远帆物流园区管委会",
    ) in got


def test_a_bodys_facility_stationed_in_other_bodies_makes_them_partners() -> None:
    # 甲总工会驻乙律师事务所、丙职工法律援助站: the union and its host; a member of the list
    # the recogniser names no body is passed over; a team stationed in a village is no facility
    text = "青禾县总工会驻浙江远帆律师事务所、县劳动仲裁院职工法律援助站近日挂牌。"
    assert _partners(edges(text), "青禾县总工会", "浙江远帆律师事务所")
    team = "青禾县总工会驻村工作队走访浙江远帆律师事务所职工服务站。"
    assert not _partners(edges(team), "青禾县总工会", "浙江远帆律师事务所")


def test_bodies_signing_for_a_plaque_sign_with_the_body_conferring_it() -> None:
    # 某基地——甲、乙签约授牌仪式: each signs with the article's union, not with each other
    text = (
        "远帆市总工会高度重视职工疗休养。远帆市职工疗休养基地——青禾湾度假酒店、"
        "白石山庄签约授牌仪式在青禾湾度假酒店举行。"
    )
    got = edges(text)
    assert _partners(got, "远帆市总工会", "青禾湾度假酒店")
    assert _partners(got, "远帆市总工会", "白石山庄")
    assert not _partners(got, "青禾湾度假酒店", "白石山庄")


def test_bodies_listed_after_a_count_of_a_places_bodies_lie_there() -> None:
    # 某县共有3家酒店被命名为…，分别是甲、乙和丙
    text = (
        "目前，德清县共有3家酒店被命名为“职工疗休养基地”，分别是青禾湾度假酒店、"
        "远帆宾馆和白石山庄。"
    )
    got = edges(text)
    assert ("远帆宾馆", "locatedIn", "德清县") in got
    assert ("白石山庄", "locatedIn", "德清县") in got


def test_a_body_that_arranges_firms_to_set_up_a_service_point_partners_them() -> None:
    # 甲筹集资金，组织乙公司等企业和职工，在某乡设立服务点: a clause of the body's own before
    # 组织, a count of others after the list, the place where they serve
    text = (
        "青禾县总工会筹集专项资金，组织远帆餐饮有限公司等企业和30名厨师，"
        "在德清县受灾村设立爱心餐点。"
    )
    assert _partners(edges(text), "青禾县总工会", "远帆餐饮有限公司")
    trip = "青禾县总工会筹集专项资金，组织远帆餐饮有限公司等企业的职工赴德清县疗休养。"
    assert not _partners(edges(trip), "青禾县总工会", "远帆餐饮有限公司")


def test_a_working_group_for_founding_founds_nothing() -> None:
    # 某某创建工作组到乙公司指导: 创建 names the group's work, the group goes to the firm
    text = "远帆市总工会劳模创新工作室创建工作组到青禾机械有限公司指导创建工作。"
    assert not any(r == "founded" for _, r, _ in edges(text))


def test_a_federation_named_by_a_town_after_an_unknown_head_lies_in_the_town() -> None:
    # 某某旗某镇总工会 whose head is no place the article names: the town's federation
    text = "考评组认定青禾联合旗新市镇总工会等两家单位为合格职工之家。"
    assert ("青禾联合旗新市镇总工会", "locatedIn", "新市镇") in edges(text)
