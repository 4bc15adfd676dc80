"""Relations between organizations on the pooled set Q (study 12), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, t, b in edges(text) if t == "partneredWith"}


def test_a_body_that_aids_another_in_a_pairing_is_its_partner() -> None:
    # 甲对口援助乙 / 甲结对帮扶乙: the pairing verb comes before the aided body
    text = "自2019年起，远帆市总工会对口援助青禾地区工会，开展送温暖活动。"
    assert frozenset(("远帆市总工会", "青禾地区工会")) in _partners(text)
    text = "晨光市总工会结对帮扶青禾县总工会。"
    assert frozenset(("晨光市总工会", "青禾县总工会")) in _partners(text)
    aid = "远帆市总工会援助青禾县总工会困难职工。"
    assert not _partners(aid)


def test_bodies_that_will_strengthen_their_cooperation_are_partners() -> None:
    # 甲将与乙加强协作配合
    text = "下一步，青禾县法院将与青禾县总工会加强协作配合和业务交流。"
    assert frozenset(("青禾县法院", "青禾县总工会")) in _partners(text)


def test_a_union_named_between_a_company_and_its_branch_belongs_to_the_branch() -> None:
    # 某某银行工会某地分行委员会: the union word written between the bank and its branch
    text = (
        "近日，远帆农商银行青禾市分行举办职工运动会。"
        "远帆农商银行工会青禾市分行委员会主席钟晓岚致辞。"
    )
    union, branch = "远帆农商银行工会青禾市分行委员会", "远帆农商银行青禾市分行"
    assert (union, "subOrganizationOf", branch) in edges(text)
    short = text.replace("分行委员会", "分行")  # the same name without 委员会
    assert (union.removesuffix("委员会"), "subOrganizationOf", branch) in edges(short)


def test_a_party_described_as_stationed_in_the_area_still_signs() -> None:
    # 甲与驻辖区央企乙签署共建协议: 驻(辖区)(央企) between 与 and the party
    text = "青禾街道总工会与驻辖区央企中国远帆建设集团有限公司青禾分公司工会签署共建协议。"
    pair = frozenset(("青禾街道总工会", "中国远帆建设集团有限公司青禾分公司工会"))
    assert pair in _partners(text)


def test_a_body_assisting_another_to_deliver_goods_is_its_partner() -> None:
    # 甲协助乙，将物资送至…: the action after the assisted party opens with 将
    text = "同时，远帆市总工会协助青禾省总工会，将价值10万元的救援物资送至灾区。"
    assert frozenset(("远帆市总工会", "青禾省总工会")) in _partners(text)
