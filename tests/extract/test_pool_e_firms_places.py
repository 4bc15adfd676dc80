"""Firms' branches and the towns that hold a community in news unlike the dev articles (pool
E): sentences we wrote (invented organizations and people, real places)."""

from __future__ import annotations

from .conftest import edges, extracted, names


def test_a_branch_lies_where_it_serves_not_where_its_firm_is_registered():
    # 某某(甲市)有限公司乙市分公司: the bracketed place is the firm's seat, the branch's own
    # place says where the branch lies
    found = edges("近日,区总工会慰问组前往远帆物流(杭州)有限公司宁波分公司,看望一线快递员。")
    assert ("远帆物流(杭州)有限公司宁波分公司", "locatedIn", "宁波市") in found
    assert ("远帆物流(杭州)有限公司宁波分公司", "locatedIn", "杭州市") not in found


def test_a_branch_of_a_firm_registered_in_a_province_lies_in_its_city():
    found = edges("晨光通信集团浙江有限公司温州分公司职工之家获评全省模范职工之家。")
    assert ("晨光通信集团浙江有限公司温州分公司", "locatedIn", "温州市") in found


def test_a_street_office_written_with_jie_holds_the_community_after_it():
    # 某某街 for 某某街道: the 街 is the town's, and the community after it lies in that town
    _, by_name = extracted("3月10日，区总工会在越秀区人民街青禾社区职工之家举办普法活动。")
    assert "人民街" in by_name["人民街道"].aliases
    assert not [n for n in by_name if n.startswith("街")]
    found = edges("3月10日，区总工会在越秀区人民街青禾社区职工之家举办普法活动。")
    assert ("青禾社区", "locatedIn", "人民街道") in found


def test_a_cadres_tie_to_villages_is_no_village():
    # 包村, 联村, 驻村, 包联村: how cadres are assigned to villages, no village's name
    ex, _ = extracted("青禾县推行书记联村、干部包村，驻村工作队走访了包联村的困难群众。")
    assert not {"联村", "包村", "驻村", "包联村"} & names(ex, "Town")
