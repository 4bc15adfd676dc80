"""Companies and places the pooled set X missed: brands listed before a rough count of
businesses (等10余家快递企业), a corps' regiments and divisions named by number, a firm's name
after its kind (辖区央企中国某某), a quote after a named firm (某某公司“职工角”), a verb and a
kind of place listed (进社区), a known village written as a community (某某村社区), a firm
named after its service (某某外卖, also 某某); on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_brands_listed_before_a_rough_count_of_businesses_are_companies():
    ex, _ = _extract("他们来自丰达、乐通、汇达、美通等10余家快递企业，都加入了工会。")
    assert {"丰达", "乐通", "汇达", "美通"} <= _names(ex, "Company")


def test_brands_listed_before_a_rough_count_in_words_are_companies():
    ex, _ = _extract("来自丰达、乐通、汇达等二十余家物流公司的骑手参加了活动。")
    assert {"丰达", "乐通", "汇达"} <= _names(ex, "Company")


def test_a_corps_regiment_named_by_number_is_a_place_its_unions_lie_in():
    text = ("由七师奎屯市总工会主办、一二三团总工会承办的入会仪式举行，"
            "一二三团快递员行业联合工会成立。")  # fmt: skip
    ex, _ = _extract(text)
    assert {"一二三团", "七师"} <= _names(ex, "Town")
    found = _edges(text)
    assert ("一二三团总工会", "locatedIn", "一二三团") in found
    assert ("七师奎屯市总工会", "locatedIn", "奎屯市") in found


def test_a_number_of_teachers_or_a_team_is_no_corps_place():
    ex, _ = _extract("学校三十师生参加了义务劳动，一二三团队成员也到场。")
    assert not {n for n in _names(ex, "Town") if n.endswith(("师", "团"))}


def test_a_national_prefix_after_a_kind_of_firm_opens_the_name():
    text = "街道总工会与驻辖区央企中国华建科工集团有限公司上海分公司工会签署共建协议。"
    companies = _names(_extract(text)[0], "Company")
    assert "中国华建科工集团有限公司上海分公司" in companies
    assert not any(name.startswith(("辖区", "央企")) for name in companies)


def test_a_quote_after_a_named_firm_is_its_project_not_a_brand():
    text = "来宾了解了丰远财产保险有限公司“职工角”建设情况。县总工会走访了快递公司“汇达”的网点。"
    companies = _names(_extract(text)[0], "Company")
    assert "职工角" not in companies
    assert "汇达" in companies


def test_a_verb_and_a_bare_kind_of_place_in_a_list_is_no_place():
    ex, _ = _extract("区总工会派出指导员下街道、进社区、入企业，进行分类指导。")
    assert "进社区" not in _names(ex, "Town")


def test_a_known_village_written_as_a_community_is_the_community():
    text = "丰远建设有限公司与桃花村社区举行结对共建签约仪式，桃花村社区工会参加。"
    ex, _ = _extract(text)
    towns = _names(ex, "Town")
    assert "桃花村社区" in towns
    assert "桃花村" not in towns
    assert ("桃花村社区工会", "locatedIn", "桃花村社区") in _edges(text)


def test_a_firm_named_after_its_service_goes_by_its_brand_too():
    ex, _ = _extract("县总工会看望了乐达外卖配送员代表，乐达外卖的骑手都加入了工会。")
    firm = next(e for e in ex.entities if e.type == "Company" and e.name == "乐达外卖")
    assert "乐达" in firm.aliases
