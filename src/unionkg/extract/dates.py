"""Dates in a sentence, normalized to ISO 8601 against the article's publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["founding_date"]

_FULL = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_YEAR_FOUNDED = re.compile(
    r"(?:成立于|组建于|始建于|创建于|创立于|建立于|成立|组建|创建)\s*(\d{4})\s*年|(\d{4})\s*年(?:[^，,。；]{0,4})(?:成立|组建|创建|创立)"
)
_MONTH = re.compile(r"(今年|去年)?(?<![\d年])(\d{1,2})\s*月(?:初|中旬|下旬|上旬|底|份)?(?!\s*以来)")
_DAY_ONLY = re.compile(r"(?<![\d月年])(\d{1,2})\s*日(?=上午|下午|晚|早|[,，\s])")
_RECENT = ("日前", "近日", "近期", "前不久", "不久前", "目前", "刚刚", "日前刚刚")
_TODAY = ("今天", "今日")
_YESTERDAY = ("昨天", "昨日")


def _published(published: str | None) -> date | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def founding_date(sentence: str, published: str | None) -> str | None:
    """The date a sentence gives for a founding, resolved against ``published``.

    A month and day without a year belong to the publication year, or to the year before
    when they fall after the publication date; 日前/近日 give the publication month.

    >>> founding_date("2021年8月2日,某某工会成立", None)
    '2021-08-02'
    >>> founding_date("11月7日上午,某某联盟成立", "2023-11-13")
    '2023-11-07'
    >>> founding_date("12月28日,某某工会成立", "2024-01-05")
    '2023-12-28'
    >>> founding_date("日前,某某工会成立", "2021-08-05")
    '2021-08'
    >>> founding_date("昨天,某某工会成立", "2021-08-05")
    '2021-08-04'
    >>> founding_date("公司工会成立于2012年", None)
    '2012'
    >>> founding_date("16日,某某工会联合会成立", "2020-11-18")
    '2020-11-16'
    >>> founding_date("7月以来,某某工会筹建", "2021-10-20") is None
    True
    >>> founding_date("某某工会成立", None) is None
    True
    """
    pub = _published(published)
    year = int(published[:4]) if published and re.match(r"\d{4}", published) else None
    for read in (_written_date, _month_day, _day_of_publication, _month, _recent):
        found = read(sentence, pub, year, published)
        if found is not None:
            return found or None  # "": the sentence gives a date that is not one (13月)
    return None


def _written_date(sentence: str, pub: date | None, year: int | None, published: str | None
                  ) -> str | None:  # fmt: skip
    """A date written out with its year (2021年8月2日, 成立于2012年)."""
    m = _FULL.search(sentence)
    if m:
        month, day = int(m.group(2)), m.group(3)
        if not 1 <= month <= 12:
            return ""
        return f"{m.group(1)}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    m = _YEAR_FOUNDED.search(sentence)
    return (m.group(1) or m.group(2)) if m else None


def _month_day(sentence: str, pub: date | None, year: int | None, published: str | None
               ) -> str | None:  # fmt: skip
    """A month and day of the publication year, or of the year before when they fall after
    the publication date."""
    m = _MONTH_DAY.search(sentence)
    if not (m and year):
        return None
    month, day = int(m.group(1)), int(m.group(2))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    if pub and (month, day) > (pub.month, pub.day):
        year -= 1  # 12月28日 in an article of January: last year
    return f"{year}-{month:02d}-{day:02d}"


def _day_of_publication(sentence: str, pub: date | None, year: int | None,
                        published: str | None) -> str | None:  # fmt: skip
    """A day of the publication month (16日), yesterday or today."""
    if not pub:
        return None
    m = _DAY_ONLY.search(sentence)
    if m and 1 <= int(m.group(1)) <= pub.day:
        return f"{pub.year}-{pub.month:02d}-{int(m.group(1)):02d}"
    if any(word in sentence for word in _YESTERDAY):
        return (pub - timedelta(days=1)).isoformat()
    if any(word in sentence for word in _TODAY):
        return pub.isoformat()
    return None


def _month(sentence: str, pub: date | None, year: int | None, published: str | None
           ) -> str | None:  # fmt: skip
    """A month of this year or of last year (去年10月)."""
    m = _MONTH.search(sentence) if year else None
    if year and m and 1 <= int(m.group(2)) <= 12:
        y = year - 1 if m.group(1) == "去年" else year
        return f"{y}-{int(m.group(2)):02d}"
    return None


def _recent(sentence: str, pub: date | None, year: int | None, published: str | None
            ) -> str | None:  # fmt: skip
    """日前, 近日: the publication month."""
    if published and any(word in sentence for word in _RECENT) and len(published) >= 7:
        return published[:7]
    return None
