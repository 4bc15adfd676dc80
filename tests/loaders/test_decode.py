"""Decoding: every supported encoding reads back, and what is not text is refused clearly."""

from __future__ import annotations

import pytest

from unionkg.errors import DecodeError, InputError
from unionkg.loaders import decode_bytes, load_text
from unionkg.loaders.decode import plausibility


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"), ("gbk", "gb18030")],
)
def test_simplified_text_decodes_back(article_text: str, encoding: str, expected: str) -> None:
    decoded = decode_bytes(article_text.encode(encoding), "a.txt")
    assert decoded.text == article_text
    assert decoded.encoding == expected


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "big5"])
def test_traditional_text_decodes_back(traditional_text: str, encoding: str) -> None:
    decoded = decode_bytes(traditional_text.encode(encoding), "a.txt")
    assert decoded.text == traditional_text


def test_big5_is_detected(traditional_text: str) -> None:
    assert decode_bytes(traditional_text.encode("big5"), "a.txt").encoding in {"big5", "cp950"}


def test_declared_charset_wins_when_it_reads(article_text: str) -> None:
    decoded = decode_bytes(article_text.encode("gb18030"), "a.html", declared="GB2312")
    assert decoded == decode_bytes(article_text.encode("gb18030"), "a.txt")


def test_a_wrong_declared_charset_falls_back_to_detection(article_text: str) -> None:
    decoded = decode_bytes(article_text.encode("gb18030"), "a.html", declared="big5")
    assert decoded.text == article_text


def test_loader_records_the_encoding(article_text: str) -> None:
    (article,) = load_text(article_text.encode("gb18030"), "a.txt")
    assert article.encoding == "gb18030"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n\t\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"PK\x03\x04rest", "zip archive"),
        (b"abc\x00def", "NUL bytes"),
    ],
)
def test_non_text_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as raised:
        decode_bytes(data, "bad.txt")
    assert str(raised.value).startswith("bad.txt: ")
    assert not isinstance(raised.value, DecodeError)


def test_undecodable_bytes_raise_decode_error() -> None:
    mojibake = bytes(range(0x80, 0x100)) * 4  # no encoding reads this as Chinese
    with pytest.raises(DecodeError, match="save the file as UTF-8"):
        decode_bytes(mojibake, "bad.txt")


def test_mojibake_is_implausible(traditional_text: str) -> None:
    big5_read_as_gbk = traditional_text.encode("big5").decode("gb18030", "replace")
    assert plausibility(big5_read_as_gbk) < 0.7 < plausibility(traditional_text)
