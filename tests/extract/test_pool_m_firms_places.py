"""Companies and places the pool M got wrong: a railway bureau's section (机务段, 车务段,
工务段 …) is a public body, as the bureau is, not a firm (a company's 运输段 stays one), and
"the whole village" (全村) is no village's name, and a firm's name after a headline's motto
and a separator mark (某某丨某某供电公司) starts after the mark, a group's firm by its own name is
the firm under the group's name, and a village's name ending in a generic word (同|乡村) is that
word, and a village great at a trade (某某大村) no village's name; on sentences we wrote (invented
names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_railway_bureaus_section_is_a_body_not_a_firm():
    ex, _ = _extract("青禾铁路局远帆机务段工会主席钟晓岚慰问一线职工。")
    assert "青禾铁路局远帆机务段" in _names(ex, "Organization")
    assert "青禾铁路局远帆机务段" not in _names(ex, "Company")
    ex, _ = _extract("远帆车务段与远帆工务段联合开展安全检查。")
    assert {"远帆车务段", "远帆工务段"} <= _names(ex, "Organization")


def test_the_whole_village_is_no_village():
    ex, _ = _extract("青禾镇远帆村把慰问金分发给村民，全村老人都参加了医保。")
    assert "全村" not in _names(ex, "Town")
    assert "远帆村" in _names(ex, "Town")


def test_a_name_starts_after_a_separator_mark():
    for mark in ("丨", "|"):
        text = f"喜迎新春 情暖万家{mark}青禾电力集团远帆供电公司与晨光供电公司举办工会交流会。"
        ex, _ = _extract(text)
        assert "青禾电力集团远帆供电公司" in _names(ex, "Company")
        assert not any(mark in e.name for e in ex.entities)


def test_a_groups_firm_by_its_own_name_is_the_firm_under_the_groups_name():
    text = (
        "青禾能源集团温州供电公司与台州供电公司举办交流会。"
        "温州供电公司工会与台州供电公司工会签订共建协议。"
    )
    ex, _ = _extract(text)
    assert "温州供电公司" not in _names(ex, "Company")
    assert ("温州供电公司工会", "subOrganizationOf", "青禾能源集团温州供电公司") in _edges(text)


def test_a_village_name_ending_in_a_generic_word_is_that_word_unchained():
    ex, _ = _extract("青禾镇坚持把产业发展同乡村振兴结合起来。")
    assert "同乡村" not in _names(ex, "Town")


def test_a_village_great_at_a_trade_is_no_villages_name():
    ex, _ = _extract("晨光村是一个劳务大村，每年外出务工400人。")
    assert "劳务大村" not in _names(ex, "Town")
    assert "晨光村" in _names(ex, "Town")
