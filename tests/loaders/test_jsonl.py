"""JSON Lines: good records kept, each bad line reported with its line number."""

from __future__ import annotations

import json

import pytest

from unionkg.errors import FormatError, InputError
from unionkg.loaders import load_jsonl
from unionkg.loaders.jsonl import content_id

GOOD = {
    "id": "qx-1",
    "text": "青溪镇总工会召开会员代表大会。",
    "title": "青溪镇总工会召开会员代表大会",
    "url": "https://news.example.org/qx-1",
    "published": "2024-05-20",
    "publisher": "青溪新闻网",
}


def _lines(*records: object) -> bytes:
    return "\n".join(
        r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records
    ).encode()


def test_good_records_with_metadata() -> None:
    (article,) = load_jsonl(_lines(GOOD), "news.jsonl")
    assert (article.id, article.title, article.url, article.published, article.publisher) == (
        "qx-1",
        GOOD["title"],
        GOOD["url"],
        "2024-05-20",
        "青溪新闻网",
    )


def test_missing_id_is_made_from_the_text() -> None:
    articles = load_jsonl(_lines("", {"text": "甲。"}, "   ", {"text": "乙。"}), "d/news.jsonl")
    assert [a.id for a in articles] == [f"news-{content_id('甲。')}", f"news-{content_id('乙。')}"]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ('{"text": "甲。"', "not valid JSON"),
        ('["甲。"]', "a JSON object is expected, found list"),
        ('{"title": "无正文"}', 'no "text"'),
        ('{"text": "  "}', '"text" must be a non-empty string'),
        ('{"text": 3}', '"text" must be a non-empty string'),
        ('{"text": "甲。", "url": ["x"]}', '"url" must be a string'),
    ],
)
def test_bad_line_is_reported_and_good_lines_kept(bad: str, message: str) -> None:
    problems: list[InputError] = []
    articles = load_jsonl(
        _lines(GOOD, bad, {"text": "乙。"}), "n.jsonl", on_problem=problems.append
    )
    assert [a.id for a in articles] == ["qx-1", f"n-{content_id('乙。')}"]
    assert len(problems) == 1
    assert isinstance(problems[0], FormatError)
    assert str(problems[0]).startswith("n.jsonl:2: ")
    assert message in str(problems[0])


def test_without_a_handler_the_first_bad_line_raises() -> None:
    with pytest.raises(FormatError, match=r"n\.jsonl:1: not valid JSON"):
        load_jsonl(b"{oops\n", "n.jsonl")


def test_bad_date_is_reported_but_the_article_kept() -> None:
    problems: list[InputError] = []
    (article,) = load_jsonl(
        _lines({"text": "甲。", "published": "上周"}), "n.jsonl", on_problem=problems.append
    )
    assert article.published is None
    assert "not a date" in str(problems[0])


def test_records_get_traditional_conversion_and_layout_repair() -> None:
    text = "青溪鎮總工會召開大會。\n\n今年以來,青溪鎮吹響建會入會的集結號,\n\n全鎮工會持續推進。"
    (article,) = load_jsonl(_lines({"text": text}), "t.jsonl")
    assert (
        article.text
        == "青溪镇总工会召开大会。\n\n今年以来,青溪镇吹响建会入会的集结号,全镇工会持续推进。"
    )
    assert article.original is not None and len(article.original) == len(article.text)


def test_records_are_not_split_into_pages() -> None:
    text = "标题一\n\n本报讯 记者林晓岚报道 甲。\n\n标题二\n\n本报讯 记者梁思远报道 乙。"
    assert len(load_jsonl(_lines({"text": text}), "p.jsonl")) == 1
