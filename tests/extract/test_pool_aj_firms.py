"""Companies the pool AJ missed or wrote too long; on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_firm_after_its_groups_institute_is_a_firm_and_the_group_another():
    ex, _ = _extract("钱二现为远帆重工集团有限公司第三研究院青禾精密机械有限公司焊接工。")
    assert _names(ex, "Company") == {"远帆重工集团有限公司", "青禾精密机械有限公司"}


def test_a_research_unit_with_no_firm_after_it_still_names_the_firm():
    ex, _ = _extract("远帆重型机械有限公司青禾重工技术中心铸件研究所车工赵一获奖。")
    assert _names(ex, "Company") == {"远帆重型机械有限公司"}


def test_a_branch_named_for_a_project_after_a_registered_firm_is_the_firm():
    ex, _ = _extract("他现为远帆电力集团第二工程有限公司第五项目管理(城轨)分公司技术员。")
    assert _names(ex, "Company") == {"远帆电力集团第二工程有限公司"}


def test_a_branch_named_for_a_place_after_a_registered_firm_stays_whole():
    ex, _ = _extract("他现为远帆电力集团第二工程有限公司白沙分公司技术员。")
    assert _names(ex, "Company") == {"远帆电力集团第二工程有限公司白沙分公司"}


def test_a_place_and_a_trade_said_to_be_an_enterprise_is_a_firm():
    ex, _ = _extract("钱二说,白沙铝业作为本县龙头企业,带动了上下游就业。")
    assert "白沙铝业" in _names(ex, "Company")


def test_a_place_and_a_trade_alone_is_no_firm():
    ex, _ = _extract("白沙铝业产量增长。")
    assert not _names(ex, "Company")
