"""Relations between organizations on the pooled set E (study 24), on sentences we wrote
(invented organizations and people)."""

from __future__ import annotations

from .conftest import edges


def _founders(text: str, body: str) -> set[str]:
    return {a for a, t, b in edges(text) if t == "founded" and b == body}


def test_bodies_joined_by_lianhe_all_found_the_body_they_set_up_at_a_venue() -> None:
    # 甲联合乙、丙在某大厦成立丁: every party of the list founded 丁, not only the last
    text = (
        "日前，青禾县人民法院联合青禾县司法局、远帆街道办事处在晨光大厦正式设立了"
        "青禾县楼宇劳动争议调解委员会。"
    )
    founders = _founders(text, "青禾县楼宇劳动争议调解委员会")
    assert {"青禾县人民法院", "青禾县司法局", "远帆街道办事处"} <= founders


def test_persons_who_together_unveil_a_new_bodys_plaque_founded_it() -> None:
    # 甲、乙等还共同为某中心揭牌: not only a union's plaque marks its founding
    text = "仪式上，副县长钟晓岚、县总工会主席林启明等还共同为青禾县职工法律援助中心揭牌。"
    assert {"钟晓岚", "林启明"} <= _founders(text, "青禾县职工法律援助中心")
    # a plaque presented (授牌) to a body is an award, not its founding
    award = "仪式上，钟晓岚、林启明共同为青禾县职工法律援助中心授牌。"
    assert not _founders(award, "青禾县职工法律援助中心")


def test_bodies_named_together_as_leaders_are_no_partners() -> None:
    # 在甲和乙的领导下，从建立…入手: the guides of a third body, not bodies that set up a tie
    text = "青禾区总工会在青禾区委和远帆市总工会的领导下，从建立职工议事制度入手开展工作。"
    partners = {frozenset((a, b)) for a, t, b in edges(text) if t == "partneredWith"}
    assert frozenset(("青禾区委", "远帆市总工会")) not in partners
