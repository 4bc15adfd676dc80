"""Relations between organizations on the pooled set I, on sentences we wrote (invented
organizations and people)."""

from __future__ import annotations

from .conftest import edges


def _partners(got: set[tuple[str, str, str]], one: str, other: str) -> bool:
    return bool({(one, "partneredWith", other), (other, "partneredWith", one)} & got)


def test_bodies_listed_after_a_wire_dateline_and_byline_are_partners() -> None:
    # 某某网某市5月3日电 (记者 甲 乙)甲、乙、丙3日联合举办…: the lead begins after the byline
    text = (
        "晨光网远帆4月12日电 (林启明 钟晓岚)远帆市人民检察院、远帆市司法局、"
        "远帆市总工会12日联合召开座谈会，通报维权案例。"
    )
    got = edges(text)
    for other in ("远帆市司法局", "远帆市总工会"):
        assert _partners(got, "远帆市人民检察院", other)


def test_the_body_that_leads_a_founding_under_guidance_is_not_the_one_founded() -> None:
    # 在甲、乙指导下，由丙牵头成立了…: 丙 founds, it is not founded by 甲 or 乙
    text = (
        "日前，在青禾县总工会、晨光镇总工会的帮助下，由远帆电子有限公司牵头成立了"
        "全镇首家电子行业工会联合会。"
    )
    got = edges(text)
    assert not any(t == "founded" and o == "远帆电子有限公司" for _, t, o in got)


def test_bodies_listed_as_actors_at_their_joint_meeting_are_partners() -> None:
    # 某某联席会议在某地召开，甲、乙、丙深入研究…: the listed bodies meet jointly
    text = (
        "近日，三地工会协作联席会议在青禾市召开，青禾市总工会、远帆市总工会、"
        "晨光市总工会围绕职工权益保障交换了意见。"
    )
    got = edges(text)
    for other in ("远帆市总工会", "晨光市总工会"):
        assert _partners(got, "青禾市总工会", other)
    alone = "青禾市总工会、远帆市总工会围绕职工权益保障交换了意见。"
    assert not any(t == "partneredWith" for _, t, _ in edges(alone))


def test_a_union_electing_its_first_committee_under_guidance_was_founded_by_its_guides() -> None:
    # 在甲和乙的组织下，丙选举产生了首届委员会: the guides founded 丙, a union belongs to 甲
    text = (
        "在青禾县总工会和青禾县市场监督管理局的共同组织下，"
        "青禾县家政服务行业工会联合会日前选举产生了首届委员会。"
    )
    got = edges(text)
    union = "青禾县家政服务行业工会联合会"
    assert ("青禾县总工会", "founded", union) in got
    assert ("青禾县市场监督管理局", "founded", union) in got
    assert (union, "subOrganizationOf", "青禾县总工会") in got
