"""Public bodies, unions and places in the constructions pool AA showed the extraction
misreading, on sentences we wrote: every name here is invented for these tests, or a
gazetteer's entry no article holds."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_state_farm_the_gazetteer_lists_is_a_firm_not_a_town() -> None:
    text = "幸福农场有限公司工会开展读书活动。近日,前卫农场工会组织职工开展秋收竞赛。"
    ex, _ = _extract(text)
    assert not {"幸福农场", "前卫农场"} & _names(ex, "Town")
    assert "幸福农场有限公司" in _names(ex, "Company")
    assert not any(r == "locatedIn" for _, r, _ in _edges(text))


def test_a_kind_of_zone_written_alone_names_no_place() -> None:
    ex, _ = _extract("各地新设的高新技术开发区与经济技术开发区都建起了工会。")
    assert not _names(ex, "Town")


def test_a_state_farm_named_after_its_county_lies_in_that_county() -> None:
    text = "遂昌林场工会开展植树活动。"
    ex, _ = _extract(text)
    assert "遂昌县" in _names(ex, "Town")
    assert ("遂昌林场工会", "locatedIn", "遂昌县") in _edges(text)


def test_a_state_farm_named_after_its_county_is_one_firm_a_county_farm_is_a_kind() -> None:
    text = "今年,缙云农场工会开展了秋收劳动竞赛活动,缙云县农场职工参加。"
    ex, _ = _extract(text)
    assert _names(ex, "Company") == {"缙云农场"}
    assert ("缙云农场工会", "subOrganizationOf", "缙云农场") in _edges(text)


def test_a_national_party_holding_a_post_is_an_organization() -> None:
    text = "中国青禾党中央常务委员、远帆协会理事长许文彬出席。中国青禾党副主席林子航率团。"
    edges = _edges(text)
    assert ("许文彬", "holdsPosition", "中国青禾党") in edges
    assert ("林子航", "holdsPosition", "中国青禾党") in edges


def test_a_party_named_in_a_phrase_with_no_post_is_no_body() -> None:
    ex, _ = _extract("远帆厂职工座谈中国共产党的百年历程,纪念中国共产党成立100周年。")
    assert not _names(ex, "Organization")


def test_a_dateline_by_a_place_the_article_names_is_no_medium() -> None:
    text = "遂昌讯(通讯员 林启明)11月2日,远帆市总工会督导组到遂昌县开展督导工作。"
    ex, _ = _extract(text)
    assert "遂昌" not in _names(ex, "Organization")
    assert "遂昌县" in _names(ex, "Town")


def test_a_space_parts_a_headline_word_from_the_level_only_name_after_it() -> None:
    ex, _ = _extract("春风暖人心 省总工会慰问困难职工\n\n青禾省总工会近日开展慰问。")
    assert not any(n.startswith("人心") for n in _names(ex, "Union"))
