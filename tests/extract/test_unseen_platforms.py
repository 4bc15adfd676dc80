"""Phrasings of stories about platform workers' unions, park federations and union partnerships
(issue #13, unseen set U15), on sentences written for these tests: every person and body is
invented; the places are real divisions the gazetteer knows."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import types as _types


def test_places_listed_before_a_count_of_levels_each_name_their_federation() -> None:
    types = _types("贵州省、安顺市两级总工会的相关领导为骑手代表发放礼包。")
    assert types.get("贵州省总工会") == "Union"
    assert types.get("安顺市总工会") == "Union"


def test_a_township_like_word_right_after_a_title_is_the_holders_name() -> None:
    text = "青禾县总工会党组书记、副主席周茂乡出席。"
    assert _types(text).get("周茂乡") == "Official"
    assert ("周茂乡", "holdsPosition", "青禾县总工会") in _edges(text)


def test_a_township_after_a_verb_stays_a_place() -> None:
    assert _types("青禾县总工会干部走进周茂乡调研。").get("周茂乡") == "Town"


def test_a_post_listed_after_和_is_read_as_after_a_comma() -> None:
    edges = _edges("青禾县总工会党组书记、副主席钟晓岚和副主席林子航出席。")
    assert ("钟晓岚", "holdsPosition", "青禾县总工会") in edges
    assert ("林子航", "holdsPosition", "青禾县总工会") in edges


def test_a_name_after_和_with_its_own_body_keeps_that_body() -> None:
    edges = _edges("青禾县总工会主席钟晓岚和远帆物流有限公司总经理林子航出席。")
    assert ("青禾县总工会", "chairedBy", "钟晓岚") in edges
    assert ("林子航", "holdsPosition", "远帆物流有限公司") in edges
    assert ("林子航", "holdsPosition", "青禾县总工会") not in edges


def test_a_plaque_verb_ends_the_name_before_a_company() -> None:
    types = _types("今年4月，青禾县总工会在安顺授牌中国远帆银行“劳动者港湾”。")
    assert types.get("中国远帆银行") == "Company"
    assert not any("授牌" in name for name in types)


def test_联合_inside_a_federations_suffix_is_no_joint_verb() -> None:
    text = "由安顺市总工会、安顺市卫生健康局和远帆工会联合总会贵州办事处共同建设职工健康中心。"
    types = _types(text)
    assert "远帆工会联合总会贵州办事处" in types
    assert not any(name.startswith("总会") for name in types)
    assert ("远帆工会联合总会贵州办事处", "partneredWith", "安顺市总工会") in _edges(text)


def test_a_trades_union_followed_by_a_count_is_a_count_of_unions() -> None:
    text = "安顺市西秀区总工会消息。截至目前，快递员工会组建88个，工会会员5542人。"
    assert not any(name.endswith("快递员工会") for name in _types(text))


def test_a_trades_union_with_no_count_stays_the_places_union() -> None:
    text = "安顺市西秀区总工会消息。快递员工会成立以来，会员达到500人。"
    assert _types(text).get("西秀区快递员工会") == "Union"


def test_the_short_names_of_a_unions_organs_are_no_bodies() -> None:
    types = _types("大会选举产生了青禾县工业园区工会联合会第一届委员会、经审委员会、女工委员会。")
    assert "经审委员会" not in types and "女工委员会" not in types


def test_a_unions_institution_is_one_body_with_its_own_name() -> None:
    text = (
        "贵州省总工会与贵州省人民医院签约，合作办好省总工会安顺工人疗养院。"
        "安顺工人疗养院负责人介绍了情况。"
    )
    organizations = [name for name, kind in _types(text).items() if kind == "Organization"]
    assert "安顺工人疗养院" not in organizations
    assert "贵州省总工会安顺工人疗养院" in organizations


def test_a_quoted_word_the_model_reads_as_a_name_is_no_person() -> None:
    types = _types("骑手们在“橙衣侠”暖心市集打卡留念，骑手林子航分享了事迹。")
    assert "橙衣侠" not in types
    assert types.get("林子航") == "Person"


def test_a_maternal_and_child_health_hospital_is_a_body() -> None:
    text = "启动仪式在安顺市妇幼保健院顺利举行。"
    assert _types(text).get("安顺市妇幼保健院") == "Organization"
    assert ("安顺市妇幼保健院", "locatedIn", "安顺市") in _edges(text)
