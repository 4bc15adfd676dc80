"""Relations between organizations on the pool G (study 22), on sentences we wrote (invented
organizations and people)."""

from __future__ import annotations

from .conftest import edges


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, t, b in edges(text) if t == "partneredWith"}


def test_listed_bodies_launching_together_at_a_place_are_partners() -> None:
    # 甲、乙、丙在某地共同启动了…: the first-named works with each of the others
    text = (
        "当天，在远帆市总工会指导下，晨光县总工会、晨光县职工服务基金会、晨光县物流协会"
        "在晨光县货运码头共同启动了关爱货车司机行动。"
    )
    got = _partners(text)
    assert frozenset(("晨光县总工会", "晨光县职工服务基金会")) in got
    assert frozenset(("晨光县总工会", "晨光县物流协会")) in got
    # two bodies' heads at a launch are no joint launch (甲、乙负责人在某地启动…)
    heads = "当天，晨光县总工会、晨光县物流协会负责人在晨光县货运码头启动了关爱货车司机行动。"
    assert not _partners(heads)


def test_two_sides_named_before_their_paired_cooperation_are_partners() -> None:
    # 甲与乙两地对口协作: the pair's word (两地, 双方) between the second party and 对口
    text = "为推动远帆市青禾区总工会与晨光市白石区总工会两地对口协作，双方互派劳模疗休养。"
    assert frozenset(("远帆市青禾区总工会", "晨光市白石区总工会")) in _partners(text)


def test_hosts_that_lead_and_then_jointly_organize_are_partners() -> None:
    # 由甲和乙牵头，共同组织…: two cue words between the hosts and the verb
    text = "由晨光县物流协会和晨光县交通运输工会牵头，共同组织职工代表赴企业调研。"
    assert frozenset(("晨光县物流协会", "晨光县交通运输工会")) in _partners(text)


def test_a_company_that_set_up_its_kind_of_union_in_a_place_founded_its_union() -> None:
    # 某公司率先在该县成立了民营企业工会: a place and the union's kind before 工会
    text = "晨光制衣有限公司员工52人。晨光制衣有限公司率先在该县成立了民营企业工会。"
    assert ("晨光制衣有限公司", "founded", "晨光制衣有限公司工会") in edges(text)
    federation = "晨光制衣有限公司率先在该县成立了工会联合会。"
    assert not any(t == "founded" for _, t, _ in edges(federation))


def test_a_company_convening_its_union_founding_assembly_founded_it() -> None:
    # 某公司召开工会成立暨…大会
    text = "上周五，晨光食品集团召开工会成立暨第一届会员代表大会。"
    assert ("晨光食品集团", "founded", "晨光食品集团工会") in edges(text)


def test_a_body_that_led_the_founding_of_a_described_union_founded_it() -> None:
    # 由甲牵头成立了首家乙: words describing the new union between 成立了 and its name
    text = "去年秋天，由远帆家政有限公司牵头成立了首个青禾县家政服务行业工会联合会。"
    assert ("远帆家政有限公司", "founded", "青禾县家政服务行业工会联合会") in edges(text)
