"""Relations between organizations on the pooled set AC (held back until the thirty-first
round), on sentences we wrote (invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


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
