"""Relations between organizations on the pooled set B (study 27), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "partneredWith", b) in got or (b, "partneredWith", a) in got


def test_a_clause_acting_with_bodies_after_an_unnamed_first_clause() -> None:
    # …开展某活动，与乙局、丙局联合开展…: the sentence's unwritten subject is the article's union
    text = (
        "青禾市总工会持续关注安全生产。在青禾区通过线上平台开展普法答题活动，"
        "与青禾市住房城乡建设局、青禾市应急管理局联合开展安全知识竞赛。"
    )
    got = edges(text)
    for other in ("青禾市住房城乡建设局", "青禾市应急管理局"):
        assert _partners(got, "青禾市总工会", other)
    assert not _partners(got, "青禾市住房城乡建设局", "青禾市应急管理局")


def test_staff_of_listed_bodies_forming_a_team_make_them_partners() -> None:
    # 甲、乙工作人员组成慰问组: the bodies whose staff form the team work together
    text = "日前，晨光市总工会、晨光县总工会工作人员组成慰问组前往远帆物流园看望一线职工。"
    assert _partners(edges(text), "晨光市总工会", "晨光县总工会")
    alone = "日前，晨光县总工会工作人员组成慰问组前往远帆物流园看望一线职工。"
    assert not any(t == "partneredWith" for _, t, _ in edges(alone))


def test_union_of_a_groups_site_named_with_its_place_in_brackets() -> None:
    # 某集团(某市)某园区工会: the union of the group's site belongs to the group
    text = "远帆电子集团(青禾)智能制造产业园工会近日成立，青禾市总工会向其赠送了图书。"
    got = edges(text)
    assert ("远帆电子集团(青禾)智能制造产业园工会", "subOrganizationOf", "远帆电子集团") in got
