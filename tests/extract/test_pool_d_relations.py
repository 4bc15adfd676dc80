"""Relations between organizations on the pooled set D (study 25), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a, t, b in edges(text) if t == "partneredWith"}


def test_joint_subjects_stay_partners_across_a_venue_named_with_zai() -> None:
    # 甲与乙在某地共同举办: the venue between the pair and 共同 does not part them
    text = "6月2日，远帆市总工会与晨光电信分公司在青禾广场共同举办了户外劳动者服务站启用仪式。"
    assert frozenset(("远帆市总工会", "晨光电信分公司")) in _partners(text)
    # and a venue that is itself a named body is no third partner
    venue = "6月2日，远帆市总工会与晨光电信分公司在青禾路营业所共同举办了服务站启用仪式。"
    partners = _partners(venue)
    assert frozenset(("远帆市总工会", "晨光电信分公司")) in partners
    assert not any("青禾路营业所" in p for p in partners)
