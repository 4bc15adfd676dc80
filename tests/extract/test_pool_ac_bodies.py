"""Public bodies, unions and places in the constructions pool AC showed the extraction
misreading, on sentences we wrote: every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_corps_article_names_short_regiments_and_their_companies_as_places() -> None:
    text = ("兵团青禾师工会慰问团走访了五团、十四团,五团三连党支部书记林启明陪同,"
            "十四团二十连连管会委员钟晓岚介绍了情况。")  # fmt: skip
    ex, _ = _extract(text)
    towns = _names(ex, "Town")
    assert {"五团", "十四团", "五团三连", "十四团二十连"} <= towns
    assert {"五团三连党支部", "十四团二十连连管会"} <= _names(ex, "Organization")
    found = _edges(text)
    assert ("五团三连", "locatedIn", "五团") in found
    assert ("五团三连党支部", "locatedIn", "五团三连") in found


def test_a_corps_article_reads_a_division_before_a_body() -> None:
    text = "团场职工代表大会召开,三师党委副书记林启明出席并讲话。"
    ex, _ = _extract(text)
    assert "三师" in _names(ex, "Town")
    assert ("三师党委", "locatedIn", "三师") in _edges(text)


def test_a_short_number_and_tuan_is_no_place_outside_a_corps_article() -> None:
    ex, _ = _extract("青禾县合唱团分成五团参加演出,场面乱成一团,连续演了三场。")
    assert not {n for n in _names(ex, "Town") if n.endswith(("团", "连"))}


def test_halls_of_a_village_s_history_a_family_motto_or_an_experience_are_bodies() -> None:
    text = ("青禾街道工会组织会员前往远帆家训馆、青溪村史馆等处参观。"
            "会后,会员来到远帆苗绣非遗形象体验馆学习,又到青禾工人运动旧址陈列馆。")  # fmt: skip
    orgs = _names(_extract(text)[0], "Organization")
    assert {"青溪村史馆", "远帆家训馆", "远帆苗绣非遗形象体验馆", "青禾工人运动旧址陈列馆"} <= orgs


def test_a_country_and_its_province_at_the_head_of_a_union_s_name_are_places() -> None:
    text = "青禾市总工会与老挝远帆省工会代表团座谈,双方交流了工作经验。"
    ex, _ = _extract(text)
    assert {"老挝", "远帆省"} <= _names(ex, "Town")
    found = _edges(text)
    assert ("远帆省", "locatedIn", "老挝") in found
    assert ("老挝远帆省工会", "locatedIn", "远帆省") in found


def test_a_country_s_capital_named_in_a_union_s_name_is_a_place_of_that_country() -> None:
    text = "远帆县总工会会见斯里兰卡首都晨光市工会联合会代表。晨光市青溪市的职工也来了。"
    ex, _ = _extract(text)
    towns = _names(ex, "Town")
    assert {"斯里兰卡", "晨光市"} <= towns
    found = _edges(text)
    assert ("晨光市", "locatedIn", "斯里兰卡") in found
    assert any(r == "locatedIn" and o == "晨光市" and "工会" in s for s, r, o in found)
