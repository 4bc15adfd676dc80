"""Posts in phrasings of the pool A articles, on sentences we wrote: every name here is
invented for these tests."""

from __future__ import annotations

from unionkg.extract.lexicon import default_lexicon
from unionkg.extract.nameends import name_span
from unionkg.extract.ner import Token

from .conftest import edges as _edges
from .conftest import types as _types


def test_a_post_in_the_party_committee_of_a_placed_unit_is_a_post_in_the_unit() -> None:
    text = "江西地勘二队党委书记、执行董事林启明，党委副书记总经理钟晓岚出席。"
    found = _edges(text)
    assert ("林启明", "holdsPosition", "江西地勘二队") in found
    assert ("钟晓岚", "holdsPosition", "江西地勘二队") in found
    assert not any(edge[2].endswith("党委") for edge in found)


def test_a_place_committee_stays_the_place_body() -> None:
    found = _edges("江西省青禾县党委书记林启明出席活动。")
    assert not any(edge[2] == "江西省青禾县" for edge in found)


def test_a_name_ends_before_the_verb_of_a_titled_report() -> None:
    text = "主席林小川作题为《奋进新时代》的报告。"
    start = text.index("林")
    tok = Token("林小川作", "PER", start, start + 4)
    assert name_span(text, tok, default_lexicon()) == (start, start + 3)


def test_a_unit_head_with_a_modifier_is_a_post_in_the_articles_one_body() -> None:
    text = "青禾县人民医院召开第一次会员代表大会。本次会议由分管院长林启明同志主持。"
    assert ("林启明", "holdsPosition", "青禾县人民医院") in _edges(text)
    text = "青禾县人民医院召开第一次会员代表大会。本次会议由常务副院长钟晓岚同志主持。"
    assert ("钟晓岚", "holdsPosition", "青禾县人民医院") in _edges(text)


def test_delegates_of_a_quoted_honour_hold_no_post() -> None:
    types = _types("报告会上，“青禾工匠”代表林启明、钟晓岚分别作了发言。")
    assert types["林启明"] == "Person" and types["钟晓岚"] == "Person"
