"""Relations between organizations on the study set AJ (round 37), on sentences we wrote
(invented organizations and places)."""

from __future__ import annotations

from .conftest import edges


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "partneredWith", b) in got or (b, "partneredWith", a) in got


def test_a_firms_project_in_a_hosts_list_stands_for_the_firm() -> None:
    # 由甲、乙、丙工程局某某铁路项目联合举办: the project a firm runs, written after its
    # name, is no entity; the firm it belongs to is the host
    text = "这场文艺演出由青禾县总工会、青禾县文化馆、远帆路桥建设有限公司沿江快速路项目联合举办。"
    got = edges(text)
    assert _partners(got, "青禾县总工会", "青禾县文化馆")
    assert _partners(got, "青禾县总工会", "远帆路桥建设有限公司")
