"""Firms, their branches and their unions in news unlike the dev articles (set V7): sentences we
wrote (invented organizations and people, real places)."""

from __future__ import annotations

from .conftest import edges


def test_a_title_after_the_attribute_of_an_election_is_the_names_post():
    # 新当选的工会主席甲: the attribute between no body and the title hides neither
    found = edges(
        "青禾大酒店有限公司举行工会成立大会。新当选的工会主席林启明表示，一定做好工会工作。"
    )
    assert ("青禾大酒店有限公司工会", "chairedBy", "林启明") in found


def test_a_title_after_a_unions_name_and_the_attribute_of_an_election_is_a_post_there():
    found = edges("“服务好会员。”青禾街道联合工会委员会新当选的主席林启明说。")
    assert ("青禾街道联合工会委员会", "chairedBy", "林启明") in found
