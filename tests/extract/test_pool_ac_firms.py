"""Companies the pool AC got wrong: a firm a case report leaves unnamed (某省某某有限公司), a
firm placed by the clause before it (坐落于某区某街道的某某公司), a firm's usual short form
(某某油服公司 of 某省某某油田服务股份有限公司), a county written before its province's firm
(某县|某省某某科技股份有限公司), a bank's sub-branch named by its place (某区支行); on sentences
we wrote (invented events and firms)."""

from __future__ import annotations

from unionkg.extract.lexicon import default_lexicon
from unionkg.extract.namecompare import short_form_of
from unionkg.model import EntityKey, ExtractedEntity

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_firm_left_unnamed_is_no_entity():
    text = "去年，湖北某建材有限公司拖欠李某某三个月工资。"
    ex, _ = _extract(text)
    assert not [n for n in _names(ex, "Company") if "建材" in n]
    assert not [e for e in _edges(text) if "建材" in e[0]]


def test_a_firm_after_an_anonymous_mark_is_no_entity():
    text = "其中，江西某电子科技有限公司积极响应号召，设立职工书屋。"
    ex, _ = _extract(text)
    assert not _names(ex, "Company")


def test_a_firm_after_the_place_it_is_seated_in():
    text = "坐落在德清县新市镇的远帆物流有限公司日前召开职代会。"
    assert ("远帆物流有限公司", "locatedIn", "新市镇") in _edges(text)
    text = "位于滨江区的青禾纺织有限公司举行劳动技能竞赛。"
    assert ("青禾纺织有限公司", "locatedIn", "滨江区") in _edges(text)


def test_a_firm_that_moved_into_a_place_lies_there():
    text = "远帆建材集团自入驻德清县以来，吸纳当地职工五百余人。"
    assert ("远帆建材集团", "locatedIn", "德清县") in _edges(text)


def test_a_firms_short_form_keeps_some_characters_of_its_words():
    text = "江西远帆矿业服务股份有限公司召开职代会。远帆矿服公司总经理林启明作报告。"
    ex, _ = _extract(text)
    assert "远帆矿服公司" not in _names(ex, "Company")
    assert ("林启明", "holdsPosition", "江西远帆矿业服务股份有限公司") in _edges(text)


def test_a_banks_short_form_is_the_bank():
    lex = default_lexicon()
    short = ExtractedEntity(EntityKey("Company", "青储银行"), "Company", "青储银行")
    assert short_form_of(short, False, "中国青禾储蓄银行", set(), lex)
    assert not short_form_of(short, False, "中国远帆储蓄银行", set(), lex)
    assert not short_form_of(short, False, "青禾储蓄银行城南支行", set(), lex)


def test_a_group_named_inside_its_firms_name_is_another_firm():
    lex = default_lexicon()
    group = ExtractedEntity(EntityKey("Company", "青禾集团"), "Company", "青禾集团")
    assert not short_form_of(group, False, "青禾纺织集团", set(), lex)

    branch = ExtractedEntity(
        EntityKey("Company", "青禾三局运输分公司"), "Company", "青禾三局运输分公司"
    )
    assert not short_form_of(branch, False, "青禾三局运输工程分公司第一车队", set(), lex)


def test_a_county_written_before_its_provinces_firm_is_where_the_firm_lies():
    text = "检查组随后来到淳安县浙江远帆环能科技股份有限公司，走进生产车间。"
    ex, _ = _extract(text)
    assert "浙江远帆环能科技股份有限公司" in _names(ex, "Company")
    assert "淳安县浙江远帆环能科技股份有限公司" not in _names(ex, "Company")
    assert ("浙江远帆环能科技股份有限公司", "locatedIn", "淳安县") in _edges(text)


def test_a_city_of_another_province_before_a_name_stays_in_it():
    assert "杭州市江苏商会" in _names(_extract("杭州市江苏商会举行年会。")[0], "Organization")


def test_a_sub_branch_named_by_its_place_is_one_of_the_bank_the_article_names():
    text = "青禾银行湖州分行举办技能比赛，德清支行负责人钟晓岚获得称号。"
    assert ("钟晓岚", "holdsPosition", "德清支行") in _edges(text)
    assert ("德清支行", "locatedIn", "德清县") in _edges(text)
