"""Constructions of union news from the north, north-east and north-west of the country that
the development articles hardly hold: every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import types as _types


def test_a_post_in_a_unions_audit_committee_is_a_post_in_the_union() -> None:
    text = "近日,南阳市总工会召开会议。平顶山市总工会经费审查委员会主任赵一鸣出席。"
    edges = _edges(text)
    assert ("赵一鸣", "holdsPosition", "平顶山市总工会") in edges
    assert ("赵一鸣", "holdsPosition", "南阳市总工会") not in edges


def test_an_organs_post_listed_after_a_post_of_the_same_level_form_union() -> None:
    text = "南阳市总工会召开会议。南阳市总工会副主席林子航、市总工会经费审查委员会主任王川出席。"
    assert ("王川", "holdsPosition", "南阳市总工会") in _edges(text)


def test_a_trades_union_in_a_citys_news_is_that_citys() -> None:
    text = "南阳市总工会深入开展集体协商工作,工作人员多次深入货运行业工会联合会和企业一线进行指导。"
    types = _types(text)
    assert types.get("南阳市货运行业工会联合会") == "Union"
    assert ("南阳市货运行业工会联合会", "locatedIn", "南阳市") in _edges(text)


def test_a_new_areas_level_form_names_the_new_area_of_the_article() -> None:
    text = "甘肃省兰州新区总工会成立。新区党工委副书记赵一鸣当选为兰州新区总工会主席。"
    assert _types(text).get("兰州新区党工委") == "Organization"
    assert ("赵一鸣", "holdsPosition", "兰州新区党工委") in _edges(text)


def test_a_citys_sanitation_or_management_office_is_an_organization() -> None:
    text = "南阳市总工会走访了南阳市环卫处和南阳市白河管理处,慰问一线职工。"
    types = _types(text)
    assert types.get("南阳市环卫处") == "Organization"
    assert types.get("南阳市白河管理处") == "Organization"


def test_a_listed_town_whose_name_is_an_ordinary_word_is_a_town_after_its_district() -> None:
    # 城区街道 is a generic word and a kind of place, but the gazetteer lists it in 个旧市
    text = "近日,荣获称号的个旧市城区街道,以职工之家为载体开展活动。"
    assert _types(text).get("城区街道") == "Town"
    assert ("城区街道", "locatedIn", "个旧市") in _edges(text)
    # a bare level word after a county that lists a town of that name is none
    assert "街道" not in _types("皮山县街道办事处召开大会。")


def test_the_other_short_words_of_a_list_of_known_firms_are_firms() -> None:
    first = "来自丰网、宅急送、快狗等3家快递企业的职工参加了活动。"
    types = _types(first + "会上,领导为丰网、宅急送、云鸟、极兔、快狗的劳模代表送上福包。")
    assert types.get("云鸟") == "Company"
    assert types.get("极兔") == "Company"
    # trades or kinds of business in the list: it lists no firms
    types = _types(first + "会上,丰网、宅急送、快递、外卖的代表出席。")
    assert "快递" not in types and "外卖" not in types


def test_the_leagues_short_form_is_the_youth_league_committee_of_that_place() -> None:
    text = "近日,南阳市总工会、市委组织部、团市委、市妇联联合举办活动。团市委书记赵一鸣出席。"
    types = _types(text)
    assert types.get("共青团南阳市委员会") == "Organization"
    assert "南阳市团市委" not in types
    edges = _edges(text)
    assert ("赵一鸣", "holdsPosition", "共青团南阳市委员会") in edges
    assert ("共青团南阳市委员会", "locatedIn", "南阳市") in edges
    # the League's committee written in full and by its short form: one body
    text = "共青团南阳市委员会举办活动。团市委书记赵一鸣出席。"
    assert ("赵一鸣", "holdsPosition", "共青团南阳市委员会") in _edges(text)
