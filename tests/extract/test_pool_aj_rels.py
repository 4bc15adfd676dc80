"""Relations between organizations on the study set AJ (round 37), on sentences we wrote
(invented organizations and places)."""

from __future__ import annotations

from .conftest import edges


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "partneredWith", b) in got or (b, "partneredWith", a) in got


def test_a_firms_project_in_a_hosts_list_stands_for_the_firm() -> None:
    # 由甲、乙、丙工程局某某铁路项目联合举办: the project a firm runs, written after its
    # name, is no entity; the firm it belongs to is the host
    text = "这场文艺演出由青禾县总工会、青禾县文化馆、远帆路桥建设有限公司沿江快速路项目联合举办。"
    got = edges(text)
    assert _partners(got, "青禾县总工会", "青禾县文化馆")
    assert _partners(got, "青禾县总工会", "远帆路桥建设有限公司")


def test_bodies_or_their_leaders_taking_part_in_a_working_group_are_partners() -> None:
    # 由甲主要领导、乙、丙分管领导、相关单位参与的领导小组: the bodies whose leaders sit in
    # the group are partners of the first-named; a meeting they attend is no group
    text = (
        "晨光县建立了由晨光县交通运输局主要领导、晨光县总工会、晨光县个体劳动者协会"
        "分管领导、相关单位参与的冬季保畅领导小组。"
    )
    got = edges(text)
    assert _partners(got, "晨光县交通运输局", "晨光县总工会")
    assert _partners(got, "晨光县交通运输局", "晨光县个体劳动者协会")
    meeting = "由晨光县交通运输局、晨光县总工会参加的座谈会在远帆市召开。"
    assert not _partners(edges(meeting), "晨光县交通运输局", "晨光县总工会")


def test_bodies_guiding_an_undertaking_together_are_partners() -> None:
    # 由甲和乙指导的评选活动: two bodies named together as its guides are partners; one
    # body's guidance alone is no partnership
    text = "由远帆市商务局和远帆市总工会指导的“金牌店长”评选结果日前揭晓。"
    assert _partners(edges(text), "远帆市商务局", "远帆市总工会")


def test_two_bodies_as_the_subjects_of_a_hosting_verb_are_partners() -> None:
    # 甲和乙组织了宣讲团: the two bodies host together
    text = "为弘扬工匠精神，晨光县总工会和晨光县委宣传部组织了劳模宣讲团赴各乡镇巡讲。"
    assert _partners(edges(text), "晨光县总工会", "晨光县委宣传部")
    alone = "为弘扬工匠精神，晨光县总工会组织了劳模宣讲团赴各乡镇巡讲。"
    assert not any(r == "partneredWith" for _, r, _ in edges(alone))
