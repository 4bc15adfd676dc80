"""Relations between organizations on the pooled set J (study 20), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "partneredWith", b) in got or (b, "partneredWith", a) in got


def test_listed_bodies_set_off_by_a_comma_before_their_verb_are_partners() -> None:
    # 甲、乙和丙，开展…活动: a comma between the listed hosts and 开展
    text = "9月12日，远帆市总工会、远帆市卫生健康委员会和远帆市妇女联合会，开展“健康同行”义诊活动。"
    got = edges(text)
    assert _partners(got, "远帆市总工会", "远帆市卫生健康委员会")
    assert _partners(got, "远帆市总工会", "远帆市妇女联合会")
