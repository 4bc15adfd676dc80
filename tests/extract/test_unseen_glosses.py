"""Mechanisms found on county media and industry papers (readings glossed in a name, a verb's
object read as a medium's credit, a national union written after its parent), on sentences
we wrote (invented organizations and people, real places)."""

from __future__ import annotations

from unionkg.extract import extract_article
from unionkg.loaders.article import build_article

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_reading_glossed_after_a_character_leaves_the_name_whole():
    text = "青禾(hé)新闻网(wǎng)6月11日讯 远帆供电公司工会开展慰问。"
    article = build_article("t", text, source="t")
    assert article.text.startswith("青禾新闻网6月11日讯")
    ex = extract_article(article)
    assert "青禾新闻网" in _names(ex, "Organization")
    assert not any("(" in e.name for e in ex.entities)


def test_a_verb_before_a_reporter_names_no_medium():
    ex, _ = _extract("记者来我局调研。领导一行陪同记者参观了职工书屋。")
    assert not _names(ex, "Organization")
    # a medium whose last word the model reads as a verb still is one
    ex, _ = _extract("本报讯 (青禾报记者 林启明)近日,德清县总工会召开会议。")
    assert "青禾报" in _names(ex, "Organization")


def test_a_national_union_written_after_its_parent_is_a_name_of_its_own():
    ex, _ = _extract("中华全国总工会中国能源化学工会副主席林启明说。")
    assert "中国能源化学工会" in _names(ex, "Union")
    assert "中华全国总工会中国能源化学工会" not in _names(ex, "Union")
    found = _edges("中华全国总工会中国能源化学工会副主席林启明说。")
    assert ("中国能源化学工会", "subOrganizationOf", "中华全国总工会") in found
    assert ("林启明", "holdsPosition", "中国能源化学工会") in found
    found = _edges("青禾省交通运输厅中国海员建设工会副主席林启明说。")
    assert ("中国海员建设工会", "subOrganizationOf", "青禾省交通运输厅") in found


def test_a_power_bureau_or_a_railway_section_is_a_firm():
    ex, _ = _extract("德清供电局工会组织职工参加培训。")
    assert "德清供电局" in _names(ex, "Company")
    ex, _ = _extract("远帆局运输分公司第二运输段荣获全国工人先锋号。")
    assert "远帆局运输分公司第二运输段" in _names(ex, "Company")


def test_a_bodys_party_organ_read_as_one_word_with_it_ends_the_bodys_name():
    ex, _ = _extract("记者在德清电业局纪委书记林启明的陪同下来调研。")
    assert "德清电业局" in _names(ex, "Company")
