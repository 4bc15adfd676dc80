"""Traditional script: detected by measure, converted to Simplified, the original kept."""

from __future__ import annotations

import pytest

from unionkg.loaders import load_text, script, to_simplified
from unionkg.loaders.script import is_traditional, traditional_share


def test_traditional_article_is_converted_and_kept(traditional_text: str) -> None:
    (article,) = load_text(traditional_text.encode("big5"), "t.txt")
    assert article.text.startswith("青溪镇快递行业工会联合会成立")
    assert article.original is not None
    assert article.original.startswith("青溪鎮快遞行業工會聯合會成立")
    assert len(article.text) == len(article.original)
    assert article.as_written == article.original


def test_simplified_article_has_no_original(article_text: str) -> None:
    (article,) = load_text(article_text.encode(), "s.txt")
    assert article.original is None
    assert article.as_written == article.text


@pytest.mark.parametrize(
    ("text", "traditional"),
    [
        ("青溪鎮總工會召開會員代表大會", True),
        ("青溪镇总工会召开会员代表大会", False),
        ("记者金鈞胤报道,青溪镇总工会召开会员代表大会。", False),  # one Traditional name
        ("2024年", False),
    ],
)
def test_detection(text: str, traditional: bool) -> None:
    assert is_traditional(text) is traditional


def test_share_is_a_fraction() -> None:
    assert 0.0 <= traditional_share("青溪鎮總工會") <= 1.0


def test_length_changing_conversion_falls_back_to_characters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Stretching:
        def convert(self, text: str) -> str:
            table = {"會": "会", "鎮": "镇", "總": "总", "開": "开"}
            converted = "".join(table.get(char, char) for char in text)
            return converted + "!" if len(text) > 1 else converted

    monkeypatch.setattr(script, "_t2s", Stretching)
    simplified, original = to_simplified("青溪鎮總工會召開大會")
    assert simplified == "青溪镇总工会召开大会"
    assert original == "青溪鎮總工會召開大會"


def test_traditional_text_with_a_lone_surrogate_converts_around_it() -> None:
    # found by the fuzz test: OpenCC takes UTF-8, which a lone surrogate cannot be encoded to
    assert to_simplified("\ud800工會聯合會") == ("\ud800工会联合会", "\ud800工會聯合會")


def test_a_traditional_articles_publisher_is_read_in_simplified() -> None:
    # the publisher names the article's own place (某某日報: 某某市), which the gazetteer and
    # the rules know in Simplified; one Traditional character is enough in so short a field
    from unionkg.loaders import build_article

    article = build_article("t", "青溪鎮總工會召開會員代表大會。", source="t", publisher="廈門時報")
    assert article.publisher == "厦门时报"
    plain = build_article("t", "青溪镇总工会召开会员代表大会。", source="t", publisher="廈門時報")
    assert plain.publisher == "廈門時報"  # a Simplified article's publisher is kept as given
