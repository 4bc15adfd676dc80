"""Relations between organizations where the pool N articles showed the rules short (founding
under guidance named before the first assembly, supporting bodies after an unnamed one), on
sentences we wrote (invented organizations)."""

from __future__ import annotations

from .conftest import edges


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, t, o in edges(text) if t == "partneredWith"}


def test_each_body_guiding_a_first_assembly_founded_the_union() -> None:
    # 甲第一次会员代表大会在乙及丙的推动下在某处召开: both guides founded it, the venue between
    # 下 and 召开 notwithstanding
    text = (
        "近日，晨光园区工会联合会第一次会员代表大会在青禾区总工会及远帆街道总工会的推动下"
        "在晨光大厦召开。"
    )
    found = edges(text)
    for guide in ("青禾区总工会", "远帆街道总工会"):
        assert (guide, "founded", "晨光园区工会联合会") in found
        assert ("晨光园区工会联合会", "subOrganizationOf", guide) in found
    later = "晨光园区工会联合会第二次会员代表大会在青禾区总工会的推动下召开。"
    assert not any(t == "founded" for _, t, _ in edges(later))


def test_a_supporting_body_after_an_unnamed_one_partners_the_host() -> None:
    # 甲主办，某类单位、乙承办: the unnamed first supporter does not hide the named one after it
    text = "由青禾县总工会主办，县属企业工会、远帆物流有限公司承办的职工运动会开幕。"
    assert frozenset(("青禾县总工会", "远帆物流有限公司")) in _partners(text)


def test_two_bodies_holding_talks_on_their_cooperation_are_partners() -> None:
    # 甲与乙（举行座谈会，）就…磋商: talks on a matter of theirs; each body reporting by
    # itself (分别就) or a talk on another matter is no partnership
    text = "日前，晨光市总工会与远帆医院就继续合作办好晨光职工疗养院开展了充分磋商。"
    assert frozenset(("晨光市总工会", "远帆医院")) in _partners(text)
    met = "其间，青禾市总工会与远帆市总工会举行工作座谈会，就深化两地工会交流协作交换意见。"
    assert frozenset(("青禾市总工会", "远帆市总工会")) in _partners(met)
    apart = "晨光市总工会与远帆医院分别就职工体检工作进行了汇报交流。"
    assert not _partners(apart)
    # …，与乙、丙就…商讨: the clause's talks are the sentence subject's, with each body listed
    clause = "近日，青禾区总工会走访一线，与远帆环卫集团、晨光医院就环卫工人体检工作进行了商讨。"
    found = _partners(clause)
    assert frozenset(("青禾区总工会", "远帆环卫集团")) in found
    assert frozenset(("青禾区总工会", "晨光医院")) in found
    assert frozenset(("远帆环卫集团", "晨光医院")) not in found


def test_a_higher_federation_is_never_taken_as_led_by_a_lower_one() -> None:
    # 在区总工会的领导下 said by an unnamed park union in an article about a city's visit: the
    # city's 总工会 (the article's focus) is not led by the district's
    text = (
        "嘉兴市总工会主席钟晓岚一行到南湖区督查指导工会工作。嘉兴市总工会充分肯定了南湖区的工作。"
        "南湖区总工会主席林启明陪同。园区工会负责人表示，将在区总工会的领导下，进一步加强组织建设。"
    )
    assert ("嘉兴市总工会", "subOrganizationOf", "南湖区总工会") not in edges(text)
    led = "嘉兴市南湖区新兴街道总工会成立大会召开。新兴街道总工会将在南湖区总工会的领导下开展工作。"
    assert ("嘉兴市南湖区新兴街道总工会", "subOrganizationOf", "南湖区总工会") in edges(led)


def test_persons_presenting_a_new_unions_plaque_founded_it() -> None:
    # 甲同志和乙同志共同为…授牌: presenting the plaque is founding it as unveiling is
    text = (
        "青禾县快递行业工会联合会成立大会召开。"
        "会上，副县长钟晓岚同志和县总工会主席林启明同志共同为青禾县快递行业工会联合会授牌。"
    )
    found = edges(text)
    for person in ("钟晓岚", "林启明"):
        assert (person, "founded", "青禾县快递行业工会联合会") in found
    short = "远帆镇网约车联合工会成立。会上，镇长钟晓岚和镇总工会主席林启明共同为联合工会授牌。"
    assert ("林启明", "founded", "远帆镇网约车联合工会") in edges(short)


def test_joint_hosts_listed_with_a_comma_or_an_unnamed_one_are_partners() -> None:
    # 由甲、乙，共同主办: a comma before 共同; 由甲、乙、某类单位主办: an unnamed host closing the
    # list, with a supporting body after it (，丙承办)
    comma = "由青禾县总工会、青禾县体育局，共同主办的职工运动会开幕。"
    assert frozenset(("青禾县总工会", "青禾县体育局")) in _partners(comma)
    text = (
        "由青禾县总工会、远帆物流有限公司、县属企业联社主办，晨光机械行业协会承办的技能大赛举行。"
    )
    found = _partners(text)
    assert frozenset(("青禾县总工会", "远帆物流有限公司")) in found
    assert frozenset(("青禾县总工会", "晨光机械行业协会")) in found


def test_a_firms_project_named_with_its_place_acts_together_with_its_partners() -> None:
    # 甲公司某地某项目携手乙、丙举办: the place named in the project between the firm and 携手
    text = (
        "近日，远帆建设集团青禾公司嘉兴南湖项目携手青禾区总工会、晨光银行举办工会服务进工地活动。"
    )
    found = _partners(text)
    assert frozenset(("远帆建设集团青禾公司", "青禾区总工会")) in found
    assert frozenset(("远帆建设集团青禾公司", "晨光银行")) in found
