"""Relations between organizations on the pooled set X (study 9), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def test_a_body_guided_by_others_and_its_guides_founded_what_it_set_up() -> None:
    # 甲在乙和丙的指导帮助下，……组建成立丁: the actor and both guides founded 丁
    text = (
        "近年来，青禾镇总工会在远帆市总工会和青禾区总工会的指导帮助下，先后走访10家企业，"
        "排摸难点突破重点，先后在物流企业中组建成立了5家独立工会，"
        "并在此基础上组建成立青禾镇快递行业工会联合会。"
    )
    got = edges(text)
    new = "青禾镇快递行业工会联合会"
    for guide in ("青禾镇总工会", "远帆市总工会", "青禾区总工会"):
        assert (guide, "founded", new) in got
        assert (new, "subOrganizationOf", guide) in got
    visited = "近年来，青禾镇总工会在远帆市总工会的指导下，走访了青禾镇快递行业工会联合会。"
    assert not any(t == "founded" for _, t, _ in edges(visited))


def test_guidance_with_help_is_still_guidance() -> None:
    # 在甲的指导帮助下…成立: 帮助 after 指导 does not make the guide a mere supporter
    text = "在远帆市总工会的指导帮助下，青禾县网约车行业工会联合会正式成立。"
    assert ("远帆市总工会", "founded", "青禾县网约车行业工会联合会") in edges(text)
    helped = "在远帆市总工会的大力帮助下，青禾县网约车行业工会联合会正式成立。"
    assert ("远帆市总工会", "founded", "青禾县网约车行业工会联合会") not in edges(helped)


def test_a_body_convening_its_unions_first_general_meeting_founded_the_union() -> None:
    # 某协会召开工会会员大会第一次全体会议: the body set its own union up
    text = (
        "远帆物流协会召开工会会员大会第一次全体会议\n\n"
        "10月9日，远帆物流协会召开工会会员大会第一次全体会议。会议选举产生了协会工会委员会。"
    )
    got = edges(text)
    assert ("远帆物流协会", "founded", "远帆物流协会工会") in got
    assert ("远帆物流协会工会", "subOrganizationOf", "远帆物流协会") in got


def test_every_union_of_a_list_set_up_is_reported_founded() -> None:
    # 组建了甲和乙: both are new, and the federation doing the work founded both
    text = (
        "今年，远帆市总工会持续开展新就业形态建会入会行动。全年累计组建各类工会组织71个。"
        "组建了远帆市快递行业工会联合会和远帆市网约车行业工会联合会。"
    )
    got = edges(text)
    for new in ("远帆市快递行业工会联合会", "远帆市网约车行业工会联合会"):
        assert ("远帆市总工会", "founded", new) in got


def test_persons_who_jointly_unveil_an_unnamed_plaque_founded_the_new_union() -> None:
    # 甲与乙共同揭牌 (no 为…): the one union the article reports founded
    text = (
        "青禾区家政行业工会联合会成立\n\n近日，青禾区家政行业工会联合会成立大会召开。"
        "随后，青禾区总工会常务副主席钟晓岚与青禾区家政行业工会联合会主席林子航共同揭牌。"
    )
    got = edges(text)
    for person in ("钟晓岚", "林子航"):
        assert (person, "founded", "青禾区家政行业工会联合会") in got
    titled = (
        "远帆区新业态工会联合会成立\n\n5月31日下午远帆区召开了新业态工会联合会成立大会。"
        "会后，揭牌仪式在远帆区职工服务中心举行，由区人大常委会主任钟晓岚与新业态行业代表共同揭牌。"
    )
    assert ("钟晓岚", "founded", "远帆区新业态工会联合会") in edges(titled)


def test_a_departments_union_federation_belongs_to_the_department() -> None:
    # 某局工会联合会 unites the unions of the bureau's own system: it is the bureau's
    text = "10月30日，远帆市文化广电和旅游局工会联合会成立暨第一届第一次会员代表大会召开。"
    got = edges(text)
    bureau = "远帆市文化广电和旅游局"
    assert (bureau + "工会联合会", "subOrganizationOf", bureau) in got
    member = "青禾商贸协会联合工会成立。"
    assert not [e for e in edges(member) if e[1] == "subOrganizationOf"]


def test_bodies_a_union_invited_to_carry_out_a_service_are_its_partners() -> None:
    # 甲邀请了乙和丙开展…: 了 after the verb changes nothing
    text = "贴心健康服务中，青禾县总工会邀请了远帆康宁医院和远帆药业有限公司开展送医送药服务。"
    got = edges(text)
    for body in ("远帆康宁医院", "远帆药业有限公司"):
        assert (body, "partneredWith", "青禾县总工会") in got


def test_bodies_that_jointly_named_model_sites_are_partners() -> None:
    # 由甲和乙命名的示范基地: a title both bodies conferred together
    text = "出席仪式的领导向由青禾县总工会和青禾县体育局命名的50个职工文体活动示范基地颁牌。"
    assert ("青禾县体育局", "partneredWith", "青禾县总工会") in edges(text)
