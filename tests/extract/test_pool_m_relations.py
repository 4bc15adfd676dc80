"""Relations between organizations on the pooled set M (study 17), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def test_leadership_over_the_unions_of_every_level_links_no_one_union() -> None:
    # 在甲和乙总工会的领导下，各级工会要…: every union is led, not the article's own
    text = (
        "晨光市总工会召开全委会议。会议强调，在市委和远帆省总工会的正确领导下，"
        "全市各级工会要加强政治建设。"
    )
    assert not any(t == "subOrganizationOf" for _, t, _ in edges(text))
    one = "晨光市总工会召开全委会议。会议强调，晨光市总工会在远帆省总工会的领导下开展工作。"
    assert ("晨光市总工会", "subOrganizationOf", "远帆省总工会") in edges(one)
