"""Dates in a sentence, normalized to ISO 8601 against the article's publication date."""

from __future__ import annotations

import re

__all__ = ["founding_date"]

_FULL = re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
_RECENT = ("日前", "近日", "近期", "前不久", "不久前", "目前", "刚刚")
_TODAY = ("今天", "今日")


def founding_date(sentence: str, published: str | None) -> str | None:
    """The date a sentence gives for a founding, resolved against ``published``.

    >>> founding_date("2021年8月2日,某某工会成立", None)
    '2021-08-02'
    >>> founding_date("11月7日上午,某某联盟成立", "2023-11-13")
    '2023-11-07'
    >>> founding_date("日前,某某工会成立", "2021-08-05")
    '2021-08'
    >>> founding_date("某某工会成立", None) is None
    True
    """
    m = _FULL.search(sentence)
    if m:
        year, month, day = m.group(1), int(m.group(2)), m.group(3)
        return f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    year = published[:4] if published and re.match(r"\d{4}", published) else None
    m = _MONTH_DAY.search(sentence)
    if m and year:
        return f"{year}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    if published and any(word in sentence for word in _TODAY) and len(published) >= 10:
        return published[:10]
    if published and any(word in sentence for word in _RECENT) and len(published) >= 7:
        return published[:7]
    return None
