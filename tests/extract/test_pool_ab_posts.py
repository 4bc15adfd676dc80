"""Mechanisms of posts and persons found on the pooled held-out news AB (an election whose
clause goes on after the title with no comma, a rare family name after a post), on sentences
we wrote (invented people and bodies)."""

from __future__ import annotations

from .conftest import edges, types


def test_an_elected_title_ends_where_the_clause_goes_on_with_a_verb():
    text = "青禾物流公司工会日前换届。公司副总经理林启明当选工会主席做了简短发言。"
    assert ("青禾物流公司工会", "chairedBy", "林启明") in edges(text)
    text = "远帆仓储公司工会召开会员大会，钟晓岚当选工会主席并讲话。"
    assert ("远帆仓储公司工会", "chairedBy", "钟晓岚") in edges(text)


def test_the_rare_family_name_mi_opens_a_name_after_a_post():
    text = (
        "5月3日，青禾市总工会主席林启明带队到晨光电子有限公司走访，"
        "市总工会副主席密启帆，区总工会主席钟晓岚陪同。"
    )
    assert types(text).get("密启帆") == "Official"
    assert ("密启帆", "holdsPosition", "青禾市总工会") in edges(text)


def test_a_graded_rank_in_a_department_is_a_post_of_the_body_before():
    text = "3月5日，绍兴市总工会组织部部长林启明，组织部一级调研员钟晓岚到远帆公司走访慰问。"
    assert ("钟晓岚", "holdsPosition", "绍兴市总工会") in edges(text)
