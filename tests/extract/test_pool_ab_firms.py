"""Companies the pool AB cut short: a firm whose name holds an adjective the model reads
apart (某某机电|特种|装备有限公司), and a brand the model reads as a person before a place in
brackets (某某斋(北京)食品有限公司); on sentences we wrote (invented events and firms)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_an_adjective_between_a_firms_words_stays_in_its_name():
    text = "近日，市总工会慰问组走进青禾机电特种装备(山西)有限公司，看望一线职工。"
    ex, _ = _extract(text)
    assert "青禾机电特种装备(山西)有限公司" in _names(ex, "Company")
    assert "装备(山西)有限公司" not in _names(ex, "Company")
    assert ("青禾机电特种装备(山西)有限公司", "locatedIn", "山西省") in _edges(text)


def test_a_brand_read_as_a_person_before_a_bracketed_place_opens_the_name():
    text = "调解员先后来到城子街道和钟秀斋(北京)食品有限公司，为职工讲解劳动法规。"
    ex, _ = _extract(text)
    assert "钟秀斋(北京)食品有限公司" in _names(ex, "Company")
    assert "(北京)食品有限公司" not in _names(ex, "Company")
    assert "钟秀斋" not in _names(ex, "Person")


def test_the_kind_a_firm_is_counted_as_is_no_part_of_its_name():
    text = "近日，省总工会一行来到和谐企业示范单位远帆精工电子有限公司调研。"
    ex, _ = _extract(text)
    assert "远帆精工电子有限公司" in _names(ex, "Company")
    assert not [n for n in _names(ex, "Company") if n.startswith("示范")]
