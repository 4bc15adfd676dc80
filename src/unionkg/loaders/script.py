"""Traditional-script detection and conversion to Simplified (OpenCC ``t2s``).

Detection is a measure, not a word list: the share of Han characters that OpenCC's
character-level ``t2s`` changes. Simplified text scores near zero (the odd name such as 林鈞澤
aside); Traditional text scores well above a tenth.

Conversion keeps offsets: the converted text must be as long as the original. OpenCC converts
phrases, which can change the length; when it does, we convert character by character instead.

    >>> to_simplified("工會聯合會主席")
    ('工会联合会主席', '工會聯合會主席')
    >>> to_simplified("工会主席")
    ('工会主席', None)
"""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

__all__ = [
    "TRADITIONAL_SHARE",
    "is_traditional",
    "simplified_form",
    "to_simplified",
    "traditional_share",
]

#: The share of changed Han characters from which a text counts as Traditional script.
TRADITIONAL_SHARE = 0.05
_MIN_CHANGED = 2  # fewer changed characters than this never make a text Traditional

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


@cache
def _t2s() -> _Converter:
    from opencc import OpenCC

    converter: _Converter = OpenCC("t2s")
    return converter


_SURROGATE = re.compile("[\ud800-\udfff]")


def _convert_each(text: str) -> str:
    """Character-by-character conversion, keeping a character whose conversion is not 1:1."""
    converter = _t2s()
    chars = []
    for char in text:
        converted = converter.convert(char) if _HAN.match(char) else char
        chars.append(converted if len(converted) == 1 else char)
    return "".join(chars)


def traditional_share(text: str) -> float:
    """The share of Han characters in ``text`` that ``t2s`` changes.

    >>> traditional_share("台州橫街鎮工會")
    0.42857142857142855
    >>> traditional_share("台州横街镇工会")
    0.0
    """
    han = _HAN.findall(text)
    if not han:
        return 0.0
    unique = set(han)
    converter = _t2s()
    changed = {char for char in unique if converter.convert(char) != char}
    count = sum(1 for char in han if char in changed)
    if count < _MIN_CHANGED:
        return 0.0
    return count / len(han)


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in Traditional script.

    >>> is_traditional("工會聯合會成立"), is_traditional("工会联合会成立")
    (True, False)
    """
    return traditional_share(text) >= TRADITIONAL_SHARE


def to_simplified(text: str) -> tuple[str, str | None]:
    """``(simplified, original)``: ``original`` is the input when it was Traditional, else None.

    The two strings always have the same length.

    >>> simplified, original = to_simplified("廈門市環衛行業工會聯合會")
    >>> simplified, len(simplified) == len(original)
    ('厦门市环卫行业工会联合会', True)
    """
    if not is_traditional(text):
        return text, None
    if _SURROGATE.search(text):  # OpenCC takes UTF-8: a lone surrogate cannot be passed to it
        return _convert_each(text), text
    converted = _t2s().convert(text)
    if len(converted) != len(text):
        converted = _convert_each(text)
    return converted, text


def simplified_form(text: str) -> str:
    """``text`` converted to Simplified whatever its share of Traditional characters: a short
    field (a publisher's name) of an article known to be Traditional.

    >>> simplified_form("中時"), simplified_form("台灣網")
    ('中时', '台湾网')
    """
    if _SURROGATE.search(text):
        return _convert_each(text)
    return _t2s().convert(text)
