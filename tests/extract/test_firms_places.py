"""Companies and places the studied sets missed or made up: a county written with a variant
character, short names listed before a group of divisions, a word a place suffix opens, a new
area cut to a county read as renamed, a local bank named after its county, a zone named after
the country and its province in brackets, a city said to lie in a region, a credit cooperative
and a body under another, a community listed among places visited, a delivery trade that is no
firm; on sentences we wrote (invented bodies, real places)."""

from __future__ import annotations

import pytest

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_county_written_with_a_variant_character_is_the_county():
    text = "澂迈县总工会举办职工书画展，澂迈县总工会主席出席。"
    ex, _ = _extract(text)
    assert "澂迈县" in _names(ex, "Town")
    assert ("澂迈县总工会", "locatedIn", "澂迈县") in _edges(text)


def test_a_school_named_by_either_spelling_is_one_body_in_the_county():
    text = "澂迈县总工会举办职工书画展。澄迈一中工会、澂迈一中工会的职工参加了书画展。"
    ex, _ = _extract(text)
    assert len([n for n in _names(ex, "Union") if n.endswith("迈一中工会")]) == 1
    found = _edges(text)
    assert any(s.endswith("迈一中") and r == "locatedIn" and o == "澂迈县" for s, r, o in found)


def test_short_names_listed_before_a_group_of_divisions_are_the_divisions():
    ex, _ = _extract("调研组先后走访了宁都、瑞金、于都、兴国等县市，并与当地工会座谈。")
    assert {"宁都县", "瑞金市", "于都县", "兴国县"} <= _names(ex, "Town")


def test_a_common_word_that_is_also_a_district_is_no_listed_division():
    ex, _ = _extract("工作组深入青禾、城区等地职工家中走访。")
    assert "城区" not in _names(ex, "Town")


def test_a_list_before_a_market_is_no_list_of_divisions():
    ex, _ = _extract("公司产品进入宁都、瑞金等市场。")
    assert not {"宁都县", "瑞金市"} & _names(ex, "Town")


@pytest.mark.parametrize(
    "text",
    [
        "在环境整治、美丽乡村建设等中心工作中发挥作用。",
        "考察了青禾村工会阵地和四楼乡村记忆馆。",
        "为维护镇容镇貌整洁所付出的辛勤劳动表示感谢。",
    ],
)
def test_a_word_a_place_suffix_opens_cuts_no_place(text):
    ex, _ = _extract(text)
    assert not {n for n in _names(ex, "Town") if n.endswith(("乡", "镇"))}


def test_a_township_before_its_union_is_still_a_place():
    ex, _ = _extract("青禾乡总工会主席出席。")
    assert "青禾乡" in _names(ex, "Town")


def test_a_new_area_is_not_cut_to_a_county_read_as_renamed():
    text = "来自贵安新区的户外劳动者欢聚一堂。贵安新区工会承办了活动。"
    ex, _ = _extract(text)
    assert "安新区" not in _names(ex, "Town")
    assert ("贵安新区工会", "locatedIn", "贵安新区") in _edges(text)


def test_a_county_written_with_its_new_level_word_is_still_found():
    ex, _ = _extract("城阳县总工会主席出席了会议。")
    assert "城阳县" in _names(ex, "Town")


def test_a_local_bank_opens_with_the_county_it_serves():
    found = _edges("南阳市委领导出席。近年来，镇平农商银行紧紧抓住机遇。镇平农商银行工会成立。")
    assert ("镇平农商银行", "locatedIn", "镇平县") in found
    assert ("镇平农商银行工会", "locatedIn", "镇平县") in found


def test_a_free_trade_zone_glossed_with_its_province_keeps_the_country_before_it():
    text = "中国(福建)自由贸易试验区厦门片区管委会主任出席。"
    ex, _ = _extract(text)
    assert "中国(福建)自由贸易试验区" in _names(ex, "Town")
    assert "自由贸易试验区" not in _names(ex, "Town")
    assert ("中国(福建)自由贸易试验区", "locatedIn", "福建省") in _edges(text)


def test_a_city_said_to_lie_in_a_region_lies_in_it():
    assert ("江门市", "locatedIn", "珠三角") in _edges("江门位于珠三角西部，交通便利。")
    assert not any(r == "locatedIn" for _, r, _ in _edges("丽水位于福州以北。"))


def test_a_body_under_another_is_a_name_of_its_own():
    ex, _ = _extract("近期，江西赣州市农信社辖内宁都农商银行荣获称号。")
    firms = _names(ex, "Company")
    assert "江西赣州市农信社" in firms
    assert not {n for n in firms if "辖内" in n}


def test_a_credit_cooperative_is_a_company():
    ex, _ = _extract("青禾县农村信用社工会成立。")
    assert "青禾县农村信用社" in _names(ex, "Company")


def test_a_later_item_of_a_list_of_places_visited_is_a_place_by_its_kind():
    ex, _ = _extract("慰问小组前往青禾物流中转场、渡口社区、水井社区等地。")
    assert {"渡口社区", "水井社区"} <= _names(ex, "Town")


def test_a_square_in_a_list_of_places_visited_is_left_alone():
    ex, _ = _extract("附近包括青禾服装城、中山广场、旅游汽车站等地。")
    assert "中山广场" not in _names(ex, "Town")


def test_a_trade_of_delivery_named_in_a_union_is_no_firm():
    for text in (
        "外卖送餐员张明在参加临朐县网约外卖行业联合工会成立大会时说。",
        "青禾市外卖配送行业工会成立。",
    ):
        ex, _ = _extract(text)
        assert not {n for n in _names(ex, "Company") if n.endswith("外卖")}
