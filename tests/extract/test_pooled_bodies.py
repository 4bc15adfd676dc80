"""Mechanisms of public bodies and unions found on the pooled held-out news X (a place, then
the predicate's adverb or preposition before 工会; a verb of work before 工会), on sentences we
wrote (invented people and bodies, real places)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_place_then_an_adverb_or_preposition_before_union_is_no_union():
    ex, _ = _extract("9月10日,延边州总工会副主席林启明到安图县就工会重点工作开展情况进行调研。")
    assert not any(n.endswith("就工会") for n in _names(ex, "Union"))
    ex, _ = _extract("宁陕县总工会副主席林启明到石泉县对工会经费使用情况开展检查。")
    assert not any(n.endswith("对工会") for n in _names(ex, "Union"))


def test_a_verb_of_work_before_union_names_no_union():
    ex, _ = _extract(
        "宁陕县总工会不断探索联系服务职工的新途径,探索工会组织在生产岗位服务职工的工作路径。"
    )
    assert _names(ex, "Union") == {"宁陕县总工会"}
    assert not _names(ex, "Company")


def test_a_student_reporter_names_no_medium():
    ex, _ = _extract("天净网消息(记者林启明 学生记者王晓雨):5月1日上午,安康市总工会举行游园活动。")
    assert "学生" not in _names(ex, "Organization")


def test_set_phrases_ending_in_a_bodys_kind_name_no_body():
    ex, _ = _extract(
        "团结动员广大职工积极投身安康国家中心城市建设,铸牢中华民族共同体意识。安康市总工会举办活动。"
    )
    assert not _names(ex, "Organization")


def test_union_federation_and_joint_union_of_one_trade_are_one_union():
    ex, _ = _extract(
        "2021年年底,安康市快递行业工会联合会成立。林启明还有另一身份——安康市快递行业联合工会主席。"
    )
    assert _names(ex, "Union") == {"安康市快递行业工会联合会"}
