"""Relations between organizations on the pooled set K (study 19), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, t, b in edges(text) if t == "partneredWith"}


def test_a_body_supporting_an_event_jointly_held_partners_its_first_host() -> None:
    # 由甲、乙联合举办，丙承办: 丙 supports the first-named host, as after 主办
    text = (
        "由青禾县应急管理局、青禾县总工会联合举办，远帆物流有限公司承办的第二届叉车技能比武开幕。"
    )
    found = _partners(text)
    assert frozenset(("青禾县应急管理局", "远帆物流有限公司")) in found
    assert frozenset(("青禾县总工会", "远帆物流有限公司")) not in found


def test_a_group_mark_after_a_name_keeps_the_list_of_hosts_whole() -> None:
    # 甲、乙(集团)联合主办，丙、丁共同承办: the mark (集团) does not end the list
    text = (
        "本届读书节由晨光市总工会、远帆传媒中心（集团）联合主办，"
        "晨光区教育局、青禾书店有限公司共同承办。"
    )
    found = _partners(text)
    assert frozenset(("晨光市总工会", "远帆传媒中心")) in found
    assert frozenset(("晨光市总工会", "晨光区教育局")) in found
    assert frozenset(("晨光市总工会", "青禾书店有限公司")) in found


def test_a_union_preparing_goods_founds_nothing() -> None:
    # 某街道总工会筹备了慰问物资: preparing gifts, not a union in preparation (筹备组)
    text = (
        "青禾市总工会推动各级工会开展送温暖活动。"
        "在慰问现场，远帆街道总工会筹备了月饼、水果等慰问品。"
    )
    found = {(a, t, b) for a, t, b in edges(text)}
    assert ("青禾市总工会", "founded", "远帆街道总工会") not in found
    assert ("远帆街道总工会", "subOrganizationOf", "青禾市总工会") not in found


def test_bodies_listed_then_a_comma_then_where_they_hold_an_event_are_partners() -> None:
    # 甲、乙，在某地共同举办…: the comma before the place does not end the list
    text = "8月17日，青禾市人民医院、远帆区人民医院，在晨光广场共同举办义诊活动。"
    assert frozenset(("青禾市人民医院", "远帆区人民医院")) in _partners(text)


def test_a_company_s_wage_bargaining_agreement_partners_it_with_its_union() -> None:
    # 《某公司工资集体协商协议》的签订: the agreement's two parties
    text = (
        "《晨光精密机械有限公司工资集体协商协议》的签订，保障了职工权益。"
        "晨光精密机械有限公司工会主席林启明表示满意。"
    )
    assert frozenset(("晨光精密机械有限公司", "晨光精密机械有限公司工会")) in _partners(text)


def test_bodies_listed_with_an_unnamed_team_that_convene_a_meeting_are_partners() -> None:
    # 甲、乙、丙和某某团队召开座谈会: the first-named body with each other named one
    text = "会后，远帆区总工会、远帆区人力资源和社会保障局、远帆区司法局和律师团队召开座谈会。"
    found = _partners(text)
    assert frozenset(("远帆区总工会", "远帆区司法局")) in found
    assert frozenset(("远帆区总工会", "远帆区人力资源和社会保障局")) in found
