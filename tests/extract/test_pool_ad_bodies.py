"""Public bodies, unions and places in the constructions pool AD showed the extraction
misreading, on sentences we wrote: every name of a body or person here is invented."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_trades_listed_after_a_place_share_its_trade_union_suffix() -> None:
    text = "近日,船山区物流、家政、园林绿化行业工会根据区总工会的部署,开展集体协商。"
    unions = _names(_extract(text)[0], "Union")
    trades = ("物流", "家政", "园林绿化")
    assert {f"船山区{t}行业工会" for t in trades} <= unions
    found = _edges(text)
    assert all((f"船山区{t}行业工会", "locatedIn", "船山区") in found for t in trades)


def test_trades_listed_with_no_place_before_them_are_no_unions() -> None:
    ex, _ = _extract("近日,物流、家政行业工会走访一线职工,送去清凉。")
    assert not {n for n in _names(ex, "Union") if n.endswith("行业工会")}


def test_the_league_s_city_committee_written_short_keeps_both_full_forms() -> None:
    text = "鹰潭市总工会联合团市委举办青年职工交友活动,团市委副书记林启明出席。"
    _, by_name = _extract(text, publisher="鹰潭日报")
    league = by_name["共青团鹰潭市委员会"]
    assert "共青团鹰潭市委" in league.aliases


def test_a_dateline_names_two_media_apart_at_an_em_dash() -> None:
    text = "晨光网—晨光工人报讯(钟晓岚)3月2日,船山区总工会召开全委会议。"
    assert {"晨光网", "晨光工人报"} <= _names(_extract(text)[0], "Organization")
