"""Mechanisms of public bodies and places found on the pooled held-out news C (a bureau's
brigade, squad, division or section is a unit of the bureau; a street a workers' station is
named after is a place; a sports centre named by its district alone is a venue; a trade zone,
贸易区, is a zone), on sentences we wrote (invented bodies and people; real places the
gazetteer must know)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_bureaus_brigade_or_division_is_a_unit_of_the_bureau():
    text = (
        "丽水市公安局莲都分局治安大队民警林启明被评为优秀人民警察。当天，慰问组还来到"
        "莲都区城管局市容处，看望一线职工。"
    )
    ex, _ = _extract(text)
    bodies = _names(ex, "Organization")
    assert {"丽水市公安局莲都分局", "莲都区城管局"} <= bodies
    assert not any(n.endswith(("大队", "市容处")) for n in bodies)
    # a squad of a detachment is no unit of the bureau itself: the name stays whole
    text = "青禾市公安局交警支队二大队大队长钟晓岚出席活动。"
    ex, _ = _extract(text)
    assert "青禾市公安局" not in _names(ex, "Organization")


def test_a_post_in_a_bureaus_unit_is_held_in_the_bureau():
    text = "丽水市交通运输局运政科科长钟晓岚出席会议。"
    assert any(
        e[0] == "钟晓岚" and e[1] == "holdsPosition" and e[2] == "丽水市交通运输局"
        for e in _edges(text)
    )


def test_a_street_a_workers_station_is_named_after_is_a_place():
    text = "外卖骑手林启明走进了莲都区青禾路工会驿站，喝上了一杯热水。"
    ex, _ = _extract(text)
    assert "青禾路" in _names(ex, "Town")
    assert ("青禾路", "locatedIn", "莲都区") in _edges(text)
    text = "慰问活动在宜良县远帆北大街户外劳动者爱心驿站举行。"
    ex, _ = _extract(text)
    assert "远帆北大街" in _names(ex, "Town")
    # a street office's station names no street: 街道 is a town
    text = "慰问活动在莲都区青禾街道工会驿站举行。"
    ex, _ = _extract(text)
    assert not any(n.endswith("街") for n in _names(ex, "Town"))


def test_a_sports_centre_named_by_its_district_alone_is_a_venue():
    text = "全市职工篮球赛在莲都区体育中心开幕，青禾公司代表队夺冠。"
    ex, _ = _extract(text)
    assert "莲都区体育中心" in _names(ex, "Town")
    assert ("莲都区体育中心", "locatedIn", "莲都区") in _edges(text)


def test_a_trade_zone_is_a_zone():
    text = "职工们来到中哈边境贸易区参观。"
    ex, _ = _extract(text)
    assert "中哈边境贸易区" in _names(ex, "Town")
