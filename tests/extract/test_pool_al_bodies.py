"""Mechanisms of public bodies and places found on the held-out news AL (a body named after
what it does, a verbal noun and a verb the model reads as an adverb's, 劳动争议|联合调解|中心;
a level-only body after a verb of relying on it, 某区总工会依托|区司法局; two trades joined by
与 in a trade union's name, 某省酒店与某某行业工会联合会; a district's level-only union in an
article on one development zone, 该区总工会; a government and a level-only union the model reads
as one word, 某市政府|市总工会; a cadre school, 干校),
on sentences we wrote (invented bodies and people; real places the gazetteer must know)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_verb_read_as_an_adverb_after_a_verbal_noun_is_part_of_a_bodys_name():
    text = "3月2日上午，温州市龙湾区青禾镇劳动争议联合调解中心在镇文化站揭牌。"
    ex, _ = _extract(text)
    assert any(n.endswith("青禾镇劳动争议联合调解中心") for n in _names(ex, "Organization"))
    assert any(s.endswith("调解中心") and o == "青禾镇" for s, _t, o in _edges(text))
    ex, _ = _extract("青禾街道劳动人事争议联合调解中心正式运行，街道总工会派驻调解员。")
    assert "青禾街道劳动人事争议联合调解中心" in _names(ex, "Organization")
    # a plain verb after a verbal noun is the sentence's predicate
    ex, _ = _extract("张红梅对各单位进行综合打分评定远帆公司等三家单位为先进。")
    assert _names(ex, "Company") == {"远帆公司"}


def test_a_level_only_body_after_a_verb_of_relying_on_it_is_a_body_of_its_own():
    text = "今年以来，滨江区总工会积极行动。区总工会依托区司法局的律师值班制度，拓展服务功能。"
    ex, _ = _extract(text)
    assert "滨江区司法局" in _names(ex, "Organization")
    assert not any("依托" in n for n in _names(ex, "Organization"))
    ex, _ = _extract("青禾镇总工会依靠镇司法所开展普法宣传。")
    assert "青禾镇司法所" in _names(ex, "Organization")


def test_two_trades_joined_by_yu_make_one_trade_unions_name():
    ex, _ = _extract("浙江省酒店与民宿行业工会联合会近日成立。")
    assert "浙江省酒店与民宿行业工会联合会" in _names(ex, "Union")
    ex, _ = _extract("以及浙江省酒店与民宿行业工会联合会、浙江省律师行业工会联合会先后发言")
    assert "浙江省酒店与民宿行业工会联合会" in _names(ex, "Union")
    ex, _ = _extract("青海省商场与超市行业工会联合会昨天挂牌。")
    assert "青海省商场与超市行业工会联合会" in _names(ex, "Union")
    # two firms joined by 与 stay two
    ex, _ = _extract("远帆与四川联通公司签约。")
    assert "四川联通公司" in _names(ex, "Company")


def test_a_districts_level_only_union_in_an_article_on_one_zone_is_the_zones():
    text = (
        "近日，杭州市青禾经济技术开发区物流行业工会联合会召开会员代表大会。"
        "该区总工会的负责人表示，要服务好职工。"
    )
    ex, _ = _extract(text)
    assert "青禾经济技术开发区总工会" in _names(ex, "Union")
    assert ("青禾经济技术开发区总工会", "locatedIn", "青禾经济技术开发区") in _edges(text)


def test_a_government_read_with_a_level_only_union_as_one_word_is_a_body_of_its_own():
    text = "记者从杭州市政府市总工会第三次联席会议上获悉，全市新建工会一百家。"
    ex, _ = _extract(text)
    assert "杭州市政府" in _names(ex, "Organization")
    assert "杭州市总工会" in _names(ex, "Union")


def test_a_cadre_school_is_a_body():
    text = "浙江省总工会每年选送工会干部参加省工会干校举办的培训班，也在市委党校举办培训。"
    ex, _ = _extract(text)
    assert "浙江省工会干校" in _names(ex, "Organization")
