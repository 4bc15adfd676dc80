"""Relations between organizations on the study set AI (round 36), on sentences we wrote
(invented organizations and places)."""

from __future__ import annotations

from .conftest import edges


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "partneredWith", b) in got or (b, "partneredWith", a) in got


def test_a_short_clause_and_a_comma_before_the_joint_verb_keep_the_actor() -> None:
    # 甲盘活多方力量，联合乙…推出: what the actor does first, then a comma, then 联合 with its
    # partner; the actor is still the one joined
    text = "为服务职工，远帆市总工会盘活多方力量，联合远帆市农村商业银行推出职工优惠贷款。"
    assert _partners(edges(text), "远帆市总工会", "远帆市农村商业银行")


def test_a_supporters_list_goes_on_past_members_not_named() -> None:
    # 甲主办，乙、各镇街、丙联合协办: a member the recogniser names no body (各镇街) stands in
    # the supporters' list as in the hosts' one, so the list goes on to 丙
    text = "本次比赛由青禾县总工会主办，青禾县应急管理局、各镇街、远帆物流有限公司联合协办。"
    got = edges(text)
    assert _partners(got, "青禾县总工会", "青禾县应急管理局")
    assert _partners(got, "青禾县总工会", "远帆物流有限公司")


def test_cooperation_carried_out_with_a_body_makes_it_a_partner() -> None:
    # 甲…，与乙进行课题合作 (开展项目合作): the sentence's subject cooperates with 乙
    text = "远帆市总工会今年加强阵地建设，与青禾职业技术学院进行课题合作。"
    assert _partners(edges(text), "远帆市总工会", "青禾职业技术学院")
    talk = "远帆市总工会今年加强阵地建设，与青禾职业技术学院进行合作事宜的商谈。"
    assert not _partners(edges(talk), "远帆市总工会", "青禾职业技术学院")


def test_a_union_named_after_a_federation_belongs_to_it() -> None:
    # 某市总工会某某工会: the federation's name, a trade, then 工会 is the federation's own
    # trade union; a trade union named by the place alone says nothing of the federation
    text = "远帆市总工会部署工作，远帆市总工会机关工会主席钟晓岚汇报。"
    got = edges(text)
    assert ("远帆市总工会机关工会", "subOrganizationOf", "远帆市总工会") in got
    alone = "远帆市总工会部署工作，远帆市教育工会主席钟晓岚汇报。"
    assert ("远帆市教育工会", "subOrganizationOf", "远帆市总工会") not in edges(alone)


def test_a_body_arranged_to_serve_is_the_arranging_bodys_partner() -> None:
    # 甲组织乙，为丙的职工开展…: 乙 does the service at 甲's arrangement; workers arranged
    # (组织职工为…) are no body
    text = "上周，远帆市总工会组织远帆市第二人民医院，为晨光机械有限公司的职工开展义诊。"
    assert _partners(edges(text), "远帆市总工会", "远帆市第二人民医院")
    staff = "上周，远帆市总工会组织职工为晨光机械有限公司的新员工开展培训。"
    assert not _partners(edges(staff), "远帆市总工会", "晨光机械有限公司")


def test_bodies_listed_as_issuing_a_list_together_are_partners() -> None:
    # 甲、乙和丙通过某网向社会正式发布…: the bodies that issue it together are partners, the
    # first-named with each other; a body issuing alone has none
    text = "日前，远帆省总工会、远帆省科学技术厅通过官方网站向社会正式发布年度技能人才名单。"
    assert _partners(edges(text), "远帆省总工会", "远帆省科学技术厅")
