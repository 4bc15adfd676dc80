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


def test_two_bodies_that_jointly_built_after_a_clause_verb_are_partners() -> None:
    # …，标志着甲和乙共同打造的…投入使用: the pair opens the clause after 标志着
    text = (
        "近日，远帆物流有限公司职工书屋正式开放，标志着青禾县总工会和"
        "青禾县人力资源和社会保障局共同打造的首批职工书屋投入使用。"
    )
    assert _partners(edges(text), "青禾县总工会", "青禾县人力资源和社会保障局")


def test_bodies_that_countersign_a_mechanism_are_partners() -> None:
    # 甲与乙会签…机制: 会签 is signing together
    text = "3月2日上午，青禾县人民检察院与青禾县总工会会签青禾县“检察+工会”职工权益保障协作机制。"
    assert _partners(edges(text), "青禾县人民检察院", "青禾县总工会")


def test_a_founding_word_inside_a_papers_title_is_no_founding_work() -> None:
    # 某省总工会…发布了《关于…“双推进”工作指导意见》: the title's 推进 is no work on the new union
    text = (
        "青禾县快递行业工会联合会成立。远帆省总工会倾听快递员诉求，发布了《关于加强快递员工会"
        "“双覆盖 双推进”工作的指导意见》，实现维权服务覆盖。"
    )
    assert not any(t == "founded" for _, t, _ in edges(text))
