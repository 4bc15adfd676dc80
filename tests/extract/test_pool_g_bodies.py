"""Mechanisms of public bodies found on the pooled held-out news G (a bare 工会 in the news of
one school or hospital; a women's committee, an organ), on sentences we wrote (invented bodies
and people)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_bare_union_in_one_institutions_news_is_its_union():
    text = "3月5日,青禾职业学校召开了第三届教职工代表大会,会议由工会主席林启明主持。"
    ex, _ = _extract(text)
    assert _names(ex, "Union") == {"青禾职业学校工会"}
    assert ("青禾职业学校工会", "chairedBy", "林启明") in _edges(text)
    text = "远帆人民医院召开职代会。工会副主席钟晓岚作工作报告。"
    assert ("钟晓岚", "holdsPosition", "远帆人民医院工会") in _edges(text)
    # two bodies: the article does not say whose union it is
    text = "远帆人民医院与晨光中学召开联席会议。工会主席林启明主持。"
    ex, _ = _extract(text)
    assert not _names(ex, "Union")


def test_a_womens_committee_is_an_organ_not_a_body():
    text = (
        "晨光市第三人民医院召开第一届妇委会选举会议,宣读了成立晨光市第三人民医院妇女委员会的"
        "批复。远帆商务区妇工委主任林启明出席。"
    )
    ex, _ = _extract(text)
    assert _names(ex, "Organization") == {"晨光市第三人民医院"}
