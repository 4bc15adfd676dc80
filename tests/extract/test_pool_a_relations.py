"""Relations between organizations on the pooled set A (study 28), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "partneredWith", b) in got or (b, "partneredWith", a) in got


def test_unwritten_subject_sets_up_sites_with_bodies_after_lianhe() -> None:
    # 某年，联合乙公司，在某处设置了驿站: the article's union set the sites up with its partners
    text = (
        "远帆县总工会持续关爱环卫工人。2022年，随着城区扩大，联合青禾超市和晨光超市，"
        "在各门店设立了15处爱心驿站。"
    )
    got = edges(text)
    for other in ("青禾超市", "晨光超市"):
        assert _partners(got, "远帆县总工会", other)


def test_union_under_leadership_and_guidance_of_a_higher_union() -> None:
    # 在乙总工会的坚强领导与科学指导下: led and guided, it belongs to that union
    text = "一年来，远帆县总工会在青禾市总工会的坚强领导与科学指导下，扎实推进职工服务工作。"
    assert ("远帆县总工会", "subOrganizationOf", "青禾市总工会") in edges(text)
