"""Companies and persons the pool J missed: a brand written right before the quoted name of a
studio named after its leader (某某电气“张某创新工作室”), and a byline whose roles a slash
parts from the names (记者/甲 通讯员/乙 丙), a group's name before a bracket inside a firm's
(某集团(某省)某某有限公司), a firm after a level word (我市某某股份有限公司), a hotel (某某饭店),
a closing credit in brackets or bare, and one branch written several ways (某县邮政分公司,
某县分公司, 某县某某银行); on sentences we wrote (invented names)."""

from __future__ import annotations

from unionkg.extract import extract_article
from unionkg.loaders.bylines import find_bylines
from unionkg.model import Article

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_brand_before_a_quoted_studio_named_after_its_leader_is_a_company():
    text = "近日，青禾新区命名了远帆电气“钟晓岚创新工作室”、晨光机电“林启明劳模创新工作室”。"
    ex, _ = _extract(text)
    assert {"远帆电气", "晨光机电"} <= _names(ex, "Company")
    assert "晨光" not in _names(ex, "Person")


def test_a_studio_named_by_a_place_gives_no_owner():
    text = "青禾县总工会表彰了一批“青禾县职工创新工作室”。"
    ex, _ = _extract(text)
    assert not _names(ex, "Company")


def test_a_slash_after_a_byline_role_parts_it_from_the_names():
    text = "青禾县总工会走访慰问困难职工。(记者/钟晓岚 通讯员/林启明 周文博)"
    ex = extract_article(Article(id="t", text=text, bylines=find_bylines(text)))
    credited = {e.name for e in ex.entities if any(m.source == "byline/v1" for m in e.mentions)}
    assert {"钟晓岚", "林启明", "周文博"} <= credited


def test_a_group_before_a_bracket_inside_a_firms_name_is_no_firm_of_its_own():
    text = "青禾县总工会主席林启明到远帆集团(浙江)晨光纺织有限公司调研。"
    ex, _ = _extract(text)
    assert "远帆集团(浙江)晨光纺织有限公司" in _names(ex, "Company")
    assert "远帆集团" not in _names(ex, "Company")


def test_a_firm_after_a_level_word_keeps_its_registered_name():
    text = "嘉兴市总工会慰问了我市远帆汽车股份有限公司的一线职工。"
    _, by_name = _extract(text)
    firm = next(e for e in by_name.values() if e.type == "Company")
    assert "远帆汽车股份有限公司" in {firm.name, *firm.aliases}


def test_a_named_restaurant_hotel_is_a_company():
    ex, _ = _extract("青禾县职工书法展在青禾远帆饭店开幕。")
    assert "青禾远帆饭店" in _names(ex, "Company")


def test_a_branch_named_by_its_sector_word_is_its_parents_branch_of_that_county():
    text = (
        "近日,浙江省嘉兴市海盐县远帆分公司举办揭牌仪式。该驿站由海盐县总工会和"
        "青禾远帆集团有限公司嘉兴市海盐县分公司共同打造。"
    )
    ex, _ = _extract(text)
    firms = [e for e in ex.entities if e.type == "Company" and "海盐县" in e.name]
    assert len(firms) == 1
    assert firms[0].name == "青禾远帆集团有限公司嘉兴市海盐县分公司"


def test_a_credit_in_brackets_closing_the_article_is_a_union():
    ex, _ = _extract("青禾县总工会为环卫工人送去清凉。(浙江省邮政工会)")
    assert "浙江省邮政工会" in _names(ex, "Union")
    assert "浙江省邮政" not in _names(ex, "Company")


def test_a_credit_closing_the_article_bare_is_a_union():
    ex, _ = _extract("青禾县总工会为环卫工人送去清凉。\n\n供稿:远帆物流有限公司工会")
    assert "远帆物流有限公司工会" in _names(ex, "Union")


def test_a_branch_named_by_its_place_alone_joins_its_parents_branch_there():
    text = (
        "近日,浙江省嘉兴市海盐县远帆分公司举办揭牌仪式。该驿站由海盐县总工会和"
        "青禾远帆集团有限公司嘉兴市海盐县分公司共同打造,海盐县分公司总经理林启明出席。"
    )
    ex, _ = _extract(text)
    firms = [e for e in ex.entities if e.type == "Company"]
    assert [f.name for f in firms] == ["青禾远帆集团有限公司嘉兴市海盐县分公司"]
    assert "海盐县分公司" in firms[0].aliases


def test_a_branch_written_with_its_place_first_is_the_firms_branch_there():
    text = "远帆银行海盐县支行举办职工趣味运动会，海盐远帆银行行长林启明致辞。"
    ex, _ = _extract(text)
    firms = [e for e in ex.entities if e.type == "Company"]
    assert [f.name for f in firms] == ["远帆银行海盐县支行"]
    assert "海盐远帆银行" in firms[0].aliases
