"""Relations between organizations on the pooled set AA (held back until the fifteenth
round), on sentences we wrote (invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "partneredWith", b) in got or (b, "partneredWith", a) in got


def test_hosts_named_together_by_a_quoted_name_are_partners() -> None:
    # 由甲、乙和丙“两地三方”共同主办: a quoted name for the listed hosts before 共同主办
    text = "首届职工篮球联赛由青禾县总工会、青禾县文化馆和远帆市体育局“两地三方”共同主办。"
    got = edges(text)
    for other in ("青禾县文化馆", "远帆市体育局"):
        assert _partners(got, "青禾县总工会", other)


def test_joint_actors_who_visit_a_place_together_are_partners() -> None:
    # 甲和乙于某日来到丙共同开展: a date and the place visited between the actors and 共同
    text = "青禾县总工会和远帆市总工会于5月20日走进晨光纺织有限公司共同开展职工义诊活动。"
    got = edges(text)
    assert _partners(got, "青禾县总工会", "远帆市总工会")
    assert not _partners(got, "青禾县总工会", "晨光纺织有限公司")


def test_units_organized_to_act_at_a_place_are_partners() -> None:
    # 甲组织乙和丙在某地开展: the place named between the units and the verb
    text = "远帆市总工会组织远帆市人民医院和远帆市红十字会在青禾镇开展义诊活动。"
    got = edges(text)
    for other in ("远帆市人民医院", "远帆市红十字会"):
        assert _partners(got, "远帆市总工会", other)


def test_listed_bodies_holding_an_event_after_a_date_are_partners() -> None:
    # 甲、乙、丙于某日下午在某地举办: a date between the listed bodies and 在
    text = "远帆市总工会、远帆市妇女联合会、远帆市文化馆于4月2日下午在晨光镇举办职工读书会。"
    got = edges(text)
    for other in ("远帆市妇女联合会", "远帆市文化馆"):
        assert _partners(got, "远帆市总工会", other)


def test_listed_bodies_launching_a_campaign_at_a_place_are_partners() -> None:
    # 甲、乙在某地启动…行动: 启动 as a verb of bodies listed together, no 联合 written
    text = "日前，晨光县总工会、晨光县交通运输局在青禾街道启动关爱货车司机行动。"
    assert _partners(edges(text), "晨光县总工会", "晨光县交通运输局")
    one = "日前，晨光县总工会在青禾街道启动关爱货车司机行动。"
    assert not any(t == "partneredWith" for _, t, _ in edges(one))


def test_a_union_carrying_out_a_higher_unions_deployment_belongs_to_it() -> None:
    # 甲村工会联合会将按照乙镇总工会的工作部署: the deploying union stands a level higher
    text = "下一步，青禾村工会联合会将按照晨光镇总工会的工作部署，做好困难职工帮扶。"
    assert ("青禾村工会联合会", "subOrganizationOf", "晨光镇总工会") in edges(text)
    # the other way round (a town's union following a village's plan) is no parent
    back = "下一步，晨光镇总工会将按照青禾村工会联合会的工作部署，做好困难职工帮扶。"
    assert ("晨光镇总工会", "subOrganizationOf", "青禾村工会联合会") not in edges(back)
