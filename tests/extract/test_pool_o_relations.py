"""Relations between organizations on the pool O (study 15), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def test_hosts_named_by_a_label_are_partners_of_the_first_host() -> None:
    # 主办单位…分别是甲、乙、丙: the first-named host is a partner of each of the others
    text = (
        "这次联赛的主办单位共有四家，分别是晨光县总工会、晨光县教育局、远帆市体育局和远帆市总工会。"
    )
    got = edges(text)
    for other in ("晨光县教育局", "远帆市体育局", "远帆市总工会"):
        assert ("晨光县总工会", "partneredWith", other) in got or (
            other,
            "partneredWith",
            "晨光县总工会",
        ) in got
    assert ("晨光县教育局", "partneredWith", "远帆市体育局") not in got
    assert ("远帆市体育局", "partneredWith", "晨光县教育局") not in got


def test_bodies_assisting_a_lead_are_partners_of_the_lead_only() -> None:
    # 由甲牵头，乙、丙等单位共同配合: 乙 and 丙 support 甲; they are not partners of each other
    text = (
        "3月2日，由晨光县总工会牵头，晨光县人民医院、远帆物流有限公司等单位共同配合，"
        "在晨光广场开展职工义诊活动。"
    )
    got = edges(text)
    for other in ("晨光县人民医院", "远帆物流有限公司"):
        assert (other, "partneredWith", "晨光县总工会") in got or (
            "晨光县总工会",
            "partneredWith",
            other,
        ) in got
    assert ("远帆物流有限公司", "partneredWith", "晨光县人民医院") not in got
    assert ("晨光县人民医院", "partneredWith", "远帆物流有限公司") not in got
