"""Companies the pool B missed: a firm whose union is written after the national trade union
of its industry (中国某某工会|某某有限公司工会), a harbour bureau of a state group numbered
before its kind (中交某航局), and a project department named across the number of its line and
its phase (某线五号线二期工程项目部); on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_firm_is_named_without_the_national_union_heading_its_unions_name():
    text = "5月8日，中国海员建设工会远帆航道工程有限公司工会与青禾镇总工会开展篮球友谊赛。"
    ex, _ = _extract(text)
    assert "远帆航道工程有限公司" in _names(ex, "Company")
    assert "中国海员建设工会远帆航道工程有限公司" not in _names(ex, "Company")
    union = "中国海员建设工会远帆航道工程有限公司工会"
    assert (union, "subOrganizationOf", "远帆航道工程有限公司") in _edges(text)


def test_the_unions_own_organ_keeps_the_national_union_in_its_name():
    text = "中国金融工会青禾工作委员会召开全委会议。"
    ex, _ = _extract(text)
    assert "中国金融工会青禾工作委员会" in _names(ex, "Union")


def test_a_state_groups_numbered_harbour_bureau_is_a_company():
    text = "调研组对中交五航局在远帆港区取得的成绩给予肯定，中交五航局工会负责人参加。"
    ex, _ = _extract(text)
    assert "中交五航局" in _names(ex, "Company")


def test_a_project_departments_union_is_named_across_its_lines_number_and_phase():
    text = "据介绍，中铁九局青岛地铁八号线一期工程项目部工会成立两年来，坚持为职工办实事。"
    ex, _ = _extract(text)
    assert "中铁九局青岛地铁八号线一期工程项目部工会" in _names(ex, "Union")
