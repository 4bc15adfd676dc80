"""Relations between organizations: who founded a union, who it belongs to, who worked with
whom (founding, plaques, joint hosts), on sentences we wrote (invented organizations and
people)."""

from __future__ import annotations

from .conftest import edges, extracted, names


def _founded(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in edges(text) if t == "founded"}


def test_persons_listed_with_etc_who_unveil_a_union_founded_it() -> None:
    # 甲、乙等共同为…揭牌: the persons named before 等 unveiled it; a union's plaque is its
    # founding even when no other sentence reports it founded
    text = (
        "青禾园区工会联合会昨日揭牌。"
        "副县长钟晓岚、县总工会主席林远帆等共同为青禾园区工会联合会揭牌。"
    )
    assert {("钟晓岚", "青禾园区工会联合会"), ("林远帆", "青禾园区工会联合会")} <= _founded(text)


def test_persons_given_no_post_who_unveil_a_union_founded_nothing() -> None:
    # 甲、乙等共同为…揭牌 with no post named: guests, and founders are bodies and officials
    text = "青禾园区工会联合会昨日揭牌。钟晓岚、林远帆等共同为青禾园区工会联合会揭牌。"
    assert not _founded(text)


def test_a_founding_announced_for_later_credits_no_founder() -> None:
    # 将推动成立: not founded yet, so the union's staff guiding members is no founding work
    text = (
        "青禾县总工会副主席钟晓岚出席活动。下一步,我们将推动成立青禾县快递行业工会联合会。"
        "活动现场,青禾县总工会的工作人员现场指导快递员们扫码入会。"
    )
    assert not _founded(text)


def test_a_drive_to_enrol_members_or_a_guidance_paper_is_no_founding_work() -> None:
    text = (
        "青禾县网约车行业工会联合会成立。今年以来,远帆市总工会把新就业形态劳动者入会作为"
        "重点工作,从深入推进快递员入会工作入手,与远帆市邮政管理局联动,及时分解任务、"
        "发布指导信息,促进基层工会做好摸底工作。"
    )
    assert not _founded(text)
    built = "青禾县网约车行业工会联合会成立。远帆市总工会积极推动建会入会工作。"
    assert ("远帆市总工会", "青禾县网约车行业工会联合会") in _founded(built)


def test_praising_the_founding_work_is_not_doing_it() -> None:
    text = (
        "青禾县网约车行业工会联合会成立。远帆市总工会副主席钟晓岚充分肯定了"
        "青禾县网约车行业工会联合会的组建筹备工作。"
    )
    assert not _founded(text)


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, t, o in edges(text) if t == "partneredWith"}


def test_the_place_of_a_dateline_is_no_party_to_an_agreement() -> None:
    # 某网某城9月12日消息: the clause's subject is the union named after the dateline
    text = (
        "央广网嘉兴9月12日消息(记者钟晓岚) 9月12日下午,嘉兴市总工会在工会大厦举行签约仪式,"
        "与晨光银行正式签订合作协议。"
    )
    assert frozenset(("晨光银行", "嘉兴市总工会")) in _partners(text)
    assert frozenset(("晨光银行", "嘉兴市")) not in _partners(text)


def test_bodies_listed_before_a_place_and_a_comma_then_holding_jointly_are_partners() -> None:
    text = (
        "6月26日上午,远帆省总工会、远帆市总工会、远帆交通工联会在青禾服务区广场,"
        "联合举办职工服务集市活动。"
    )
    found = _partners(text)
    assert frozenset(("远帆省总工会", "远帆市总工会")) in found
    assert frozenset(("远帆省总工会", "远帆交通工联会")) in found


def test_bodies_listed_as_the_subject_of_carrying_out_an_event_are_partners() -> None:
    text = "7月5日,远帆市邮政管理局、远帆市总工会、远帆市快递行业联合工会开展送清凉慰问活动。"
    found = _partners(text)
    assert frozenset(("远帆市邮政管理局", "远帆市总工会")) in found
    assert frozenset(("远帆市邮政管理局", "远帆市快递行业联合工会")) in found


def test_parties_glossed_with_the_side_they_stand_for_signed_together() -> None:
    text = "会上,代表企业方的青禾街道商会与代表职工方的青禾街道总工会签订了区域性集体合同。"
    assert frozenset(("青禾街道商会", "青禾街道总工会")) in _partners(text)


def test_working_in_concert_with_bodies_after_a_comma_is_partnering() -> None:
    text = (
        "青禾县总工会把快递员入会作为重点工作，与青禾县邮政管理局、青禾县交通运输局等"
        "相关行业部门联动。"
    )
    found = _partners(text)
    assert frozenset(("青禾县总工会", "青禾县邮政管理局")) in found
    assert frozenset(("青禾县总工会", "青禾县交通运输局")) in found


def test_persons_named_as_a_unions_workers_or_members_are_its_members() -> None:
    text = (
        "比赛中，远帆中学工会职工钟晓岚荣获一等奖;远帆中学工会职工林远帆、"
        "晨光公司工会职工李文辉荣获三等奖。"
    )
    found = {(s, o) for s, t, o in edges(text) if t == "memberOf"}
    members = {("钟晓岚", "远帆中学工会"), ("林远帆", "远帆中学工会"), ("李文辉", "晨光公司工会")}
    assert members <= found
    company = "比赛中，远帆物流有限公司职工钟晓岚荣获一等奖。"
    assert not any(t == "memberOf" for _, t, _ in edges(company))


def test_a_body_labelled_as_supporting_a_hosted_event_partners_the_first_host() -> None:
    text = (
        "本次竞赛由青禾县总工会、青禾县人力资源和社会保障局联合主办，承办单位为嘉兴市职业培训中心。"
    )
    assert frozenset(("青禾县总工会", "嘉兴市职业培训中心")) in _partners(text)


def test_the_two_sides_of_a_collective_negotiation_are_partners() -> None:
    text = (
        "出席会议的有代表企业方的首席代表青禾县机械行业协会会长钟晓岚及企业方其他代表共5人，"
        "代表职工方的首席代表青禾县机重工会主席林远帆及职工方其他代表共5人。"
    )
    assert frozenset(("青禾县机械行业协会", "青禾县机重工会")) in _partners(text)
    plain = "出席会议的有青禾县机械行业协会会长钟晓岚，青禾县机重工会主席林远帆。"
    assert not _partners(plain)


def test_supporting_bodies_named_with_a_site_after_them_partner_the_host() -> None:
    # 某公司某地某项目工地共同承办: the site after the firm still leaves it a supporting party
    text = (
        "活动由青禾区总工会主办,青禾路街道工会联合会、远帆建设集团西北分公司嘉兴奥特莱斯"
        "项目工地共同承办。"
    )
    found = _partners(text)
    assert frozenset(("青禾区总工会", "青禾路街道工会联合会")) in found
    assert frozenset(("青禾区总工会", "远帆建设集团西北分公司")) in found


def test_a_union_entrusting_its_management_to_a_federation_belongs_to_it() -> None:
    text = "双方签署了委托管理协议书，远帆物流有限公司工会委员会正式委托青禾区总工会管理。"
    assert ("远帆物流有限公司工会委员会", "subOrganizationOf", "青禾区总工会") in edges(text)
    other = "远帆物流有限公司工会委员会正式委托青禾区总工会举办培训。"
    assert ("远帆物流有限公司工会委员会", "subOrganizationOf", "青禾区总工会") not in edges(other)


def test_a_union_suffix_listed_bare_after_a_placed_body_is_that_places_union() -> None:
    # 某社区党总支、社区居委会、工会联合会主办: the bare 工会联合会 is the community's union
    # federation (the one named earlier), not an Organization named after 联合会
    text = (
        "青松社区工会联合会在白沙区总工会的支持下开展活动。"
        "本次活动由白沙区总工会、青松社区党总支、社区居委会、工会联合会主办。"
    )
    ex, _ = extracted(text)
    assert "青松社区工会联合会" in names(ex, "Union")
    assert "青松社区工会联合会" not in names(ex, "Organization")
    partners = {frozenset((s, o)) for s, t, o in edges(text) if t == "partneredWith"}
    assert frozenset(("白沙区总工会", "青松社区工会联合会")) in partners


def test_working_closely_or_negotiating_with_a_body_makes_the_subject_its_partner() -> None:
    # 甲工会…，与乙公司充分协商 / 密切协作: the sentence's subject worked with the body after 与
    text = "青禾市总工会为此专门成立了工作小组,与远帆铁路有限公司充分协商,确定了运输方案。"
    partners = {frozenset((s, o)) for s, t, o in edges(text) if t == "partneredWith"}
    assert frozenset(("青禾市总工会", "远帆铁路有限公司")) in partners
    talk = "青禾市总工会召开会议,与远帆铁路有限公司职工座谈协商。"
    assert not {(s, o) for s, t, o in edges(talk) if t == "partneredWith"}


def test_a_body_honoured_by_a_union_is_not_under_it() -> None:
    # 甲集团所属基层工会荣获乙总工会荣誉: 乙 honours the group's unions; it is not under the group
    text = "远帆集团所属基层工会荣获青禾省总工会多项荣誉。"
    assert not {(s, o) for s, t, o in edges(text) if t == "subOrganizationOf"}
    under = "远帆集团所属的远帆矿业有限公司工会开展活动。"
    assert ("远帆矿业有限公司工会", "远帆集团") in {
        (s, o) for s, t, o in edges(under) if t == "subOrganizationOf"
    }
