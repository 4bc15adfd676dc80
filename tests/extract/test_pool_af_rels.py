"""Relations between organizations on the study set AF (round 33), on sentences we wrote
(invented organizations and places)."""

from __future__ import annotations

from .conftest import edges


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "partneredWith", b) in got or (b, "partneredWith", a) in got


def test_bodies_that_guide_jointly_are_partners() -> None:
    # 在甲和乙联合指导下，…: two bodies guiding one undertaking together
    text = "在青禾县总工会和青禾县交通运输局联合指导下，远帆物流有限公司工会开展技能培训。"
    assert _partners(edges(text), "青禾县总工会", "青禾县交通运输局")
    alone = "在青禾县总工会的指导下，远帆物流有限公司工会开展技能培训。"
    assert not any(t == "partneredWith" for _, t, _ in edges(alone))
