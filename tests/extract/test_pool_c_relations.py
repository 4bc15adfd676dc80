"""Relations between organizations on the pooled set C (study 26), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def test_a_federation_whose_demands_are_met_did_not_found_the_new_unions() -> None:
    # 為全面達成省、某市总工会的工作要求，…成立镇总工会: its demands, not its founding work
    text = (
        "昨日，青禾镇、远帆镇相继成立镇一级总工会并召开第一次代表大会。"
        "为全面達成省、晨光市总工会的工作要求，本月起将在全市各镇相继成立镇总工会。"
    )
    founded = {(a, b) for a, t, b in edges(text) if t in ("founded", "subOrganizationOf")}
    assert ("晨光市总工会", "青禾镇总工会") not in founded
    assert ("青禾镇总工会", "晨光市总工会") not in founded
    guided = "昨日，青禾镇总工会成立。在晨光市总工会的指导下，青禾镇总工会完成了组建工作。"
    assert ("晨光市总工会", "founded", "青禾镇总工会") in edges(guided)
