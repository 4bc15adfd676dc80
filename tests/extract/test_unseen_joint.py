"""Joint actors whose subject is left to the sentence, and sites placed by a level-only head
(issue 13, U18/U19 round), on sentences we wrote (invented organizations, real places)."""

from __future__ import annotations

from .conftest import edges


def _partners(text: str) -> set[frozenset[str]]:
    return {frozenset((s, o)) for s, t, o in edges(text) if t == "partneredWith"}


def _places(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o in edges(text) if t == "locatedIn"}


def test_a_clause_after_the_sentences_subject_acts_with_its_joint_party() -> None:
    text = "青禾县总工会抓住法律实施的契机，联合青禾县司法局制定了职工法律援助实施办法。"
    assert frozenset(("青禾县总工会", "青禾县司法局")) in _partners(text)


def test_a_sentence_naming_no_one_before_its_joint_clause_takes_the_articles_union() -> None:
    text = (
        "青禾县总工会深化职工法律援助。"
        "针对偏远地区劳动者，联合青禾县人力资源和社会保障局成立流动服务站。"
    )
    assert frozenset(("青禾县总工会", "青禾县人力资源和社会保障局")) in _partners(text)


def test_a_speaker_or_a_unit_between_is_not_the_subject_of_the_joint_clause() -> None:
    speaker = "青禾县总工会驻青禾村第一书记钟晓岚说，青禾村积极探索，联合远帆物流有限公司开展活动。"
    assert frozenset(("青禾县总工会", "远帆物流有限公司")) not in _partners(speaker)
    unit = "据了解，青禾县总工会志愿服务队将利用业余时间，联合远帆物流有限公司开展志愿服务。"
    assert frozenset(("青禾县总工会", "远帆物流有限公司")) not in _partners(unit)


def test_a_listed_joint_subject_summed_up_by_a_descriptor_acts_together() -> None:
    text = (
        "近日，青禾县总工会、青禾县人力资源和社会保障局、青禾县经济和信息化局等相关部门"
        "联合推进行业工资集体协商。"
    )
    partners = _partners(text)
    assert frozenset(("青禾县总工会", "青禾县经济和信息化局")) in partners
    assert frozenset(("青禾县人力资源和社会保障局", "青禾县经济和信息化局")) not in partners


def test_only_the_first_of_a_listed_subject_joins_the_party_after_xieshou() -> None:
    text = "青禾县总工会、青禾县交通运输局携手远帆物流有限公司开展送清凉活动。"
    partners = _partners(text)
    assert frozenset(("青禾县总工会", "远帆物流有限公司")) in partners
    assert frozenset(("青禾县交通运输局", "远帆物流有限公司")) not in partners


def test_a_site_after_a_lone_level_head_lies_in_the_articles_place_of_that_level() -> None:
    assert ("人民广场", "德清县") in _places(
        "德清县总工会举办活动。活动在县人民广场举行，德清县职工参加。"
    )
    assert not {p for p in _places("德清县总工会举办活动。活动在城区人民广场举行。")
                if p[0] == "人民广场"}  # fmt: skip
