"""Relations between organizations on the study set AG (round 34), on sentences we wrote
(invented organizations and places)."""

from __future__ import annotations

from .conftest import edges


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "partneredWith", b) in got or (b, "partneredWith", a) in got


def test_listed_bodies_that_hold_a_ceremony_are_partners() -> None:
    # 甲、乙、丙举行…发布仪式: bodies listed as the subject of an event they hold
    text = (
        "3月2日，青禾县委宣传部、青禾县人力资源和社会保障局、青禾县总工会举行年度最美职工发布仪式。"
    )
    got = edges(text)
    assert _partners(got, "青禾县委宣传部", "青禾县人力资源和社会保障局")
    assert _partners(got, "青禾县委宣传部", "青禾县总工会")
    alone = "3月2日，青禾县总工会举行年度最美职工发布仪式。"
    assert not any(t == "partneredWith" for _, t, _ in edges(alone))


def test_studios_that_pair_up_make_their_bodies_partners() -> None:
    # 甲厂某某劳模创新工作室与乙公司某某工作室结对: the bodies the two studios belong to
    text = "启动仪式上，晨光钢构厂张建华劳模创新工作室与远帆重工有限公司周海波创新工作室正式结对。"
    assert _partners(edges(text), "晨光钢构厂", "远帆重工有限公司")
    talk = "启动仪式上，晨光钢构厂张建华劳模创新工作室与远帆重工有限公司周海波创新工作室交流心得。"
    assert not any(t == "partneredWith" for _, t, _ in edges(talk))


def test_a_body_named_with_its_team_in_a_supporters_list_is_a_partner() -> None:
    # 乙协会某某志愿服务队、丙公司等支持: the team stands for its body; the list goes on past it
    text = (
        "本次活动由青禾县总工会主办，远帆市慈善协会、青禾县义工协会红枫志愿服务队、"
        "晨光乳业有限公司等提供支持。"
    )
    got = edges(text)
    assert _partners(got, "青禾县总工会", "青禾县义工协会")
    assert _partners(got, "青禾县总工会", "晨光乳业有限公司")
