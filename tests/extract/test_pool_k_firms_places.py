"""Companies the pool K missed: a named mine (某某煤矿, 某某矿) is a firm, but a province's mines
(某省煤矿工会: the trade's union) are none, nor a word that goes on after 矿 (矿业, 矿山, 矿工), a
site a mine names (某某矿国家矿山公园) or a mine's name that opens with the parent's trade
(矿业某某矿); on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_named_coal_mine_and_its_union():
    text = "近日，青禾煤矿工会主席钟晓岚带领职工开展安全培训。"
    ex, _ = _extract(text)
    assert "青禾煤矿" in _names(ex, "Company")
    assert ("青禾煤矿工会", "subOrganizationOf", "青禾煤矿") in _edges(text)


def test_a_mine_named_after_its_group_is_a_firm():
    text = "远帆能源集团在晨光矿开展了夏送清凉活动，晨光矿党委书记林启明出席。"
    ex, _ = _extract(text)
    assert "晨光矿" in _names(ex, "Company")


def test_a_provinces_mines_are_a_trade_not_a_firm():
    ex, _ = _extract("山西省煤矿工会举办技能大赛，浙江省超市工会参加。")
    assert "山西省煤矿工会" in _names(ex, "Union")
    assert not _names(ex, "Company")


def test_words_that_go_on_after_mine_name_no_firm():
    ex, _ = _extract("远帆矿业集团为死难矿工敬献花篮，青禾气矿大楼的职工送去矿泉水。")
    assert _names(ex, "Company") == {"远帆矿业集团"}


def test_a_site_a_mine_names_and_a_mine_cut_from_its_parent_are_no_firms():
    ex, _ = _extract("调研组走访了矿业晨光露天矿，又来到青禾露天矿国家矿山公园参观。")
    assert not _names(ex, "Company")


def test_a_mine_named_after_its_parent_lies_not_in_the_parents_place():
    text = "河北远帆能源集团安平煤矿开展了安全培训。嘉善县晨光煤矿也参加了。"
    found = _edges(text)
    assert not any(s.endswith("安平煤矿") and r == "locatedIn" for s, r, _ in found)
    assert ("嘉善县晨光煤矿", "locatedIn", "嘉善县") in found
