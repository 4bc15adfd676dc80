"""Relations between organizations on the pooled set C (study 26), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, t, b in edges(text) if t == "partneredWith"}


def test_bodies_listed_with_a_kind_that_hold_an_event_in_a_place_are_partners() -> None:
    # 甲、乙、丙等部门在某地开展活动: the listed hosts, closed by 等部门, act together
    text = "4月2日，青禾县总工会、青禾县文化局、远帆镇总工会等部门在远帆镇晨光社区开展读书活动。"
    found = _partners(text)
    assert frozenset(("青禾县总工会", "青禾县文化局")) in found
    assert frozenset(("青禾县总工会", "远帆镇总工会")) in found
    alone = "4月2日，青禾县总工会在远帆镇晨光社区开展读书活动，青禾县文化局派员参加。"
    assert not _partners(alone)


def test_bodies_the_subject_coordinates_with_are_partners() -> None:
    # 加强与乙局、丙工会、某园的对接协作: the article's union works in concert with each
    # body named, whatever unnamed ones the list ends with
    text = (
        "青禾县总工会推进快递员入会。一是摸清底数。"
        "加强与青禾县邮政管理局、远帆镇总工会、城东快递园的对接协作，走访快递网点。"
    )
    found = _partners(text)
    assert frozenset(("青禾县总工会", "青禾县邮政管理局")) in found
    assert frozenset(("青禾县总工会", "远帆镇总工会")) in found


def test_a_federation_whose_demands_are_met_did_not_found_the_new_unions() -> None:
    # 為全面達成省、某市总工会的工作要求，…成立镇总工会: its demands, not its founding work
    text = (
        "前天，青禾镇、远帆镇先后成立镇一级总工会，并举行首届会员代表大会。"
        "为全面達成省、晨光市总工会的工作要求，本月起将在全市各镇相继成立镇总工会。"
    )
    founded = {(a, b) for a, t, b in edges(text) if t in ("founded", "subOrganizationOf")}
    assert ("晨光市总工会", "青禾镇总工会") not in founded
    assert ("青禾镇总工会", "晨光市总工会") not in founded
    guided = "昨日，青禾镇总工会成立。在晨光市总工会的指导下，青禾镇总工会完成了组建工作。"
    assert ("晨光市总工会", "founded", "青禾镇总工会") in edges(guided)
