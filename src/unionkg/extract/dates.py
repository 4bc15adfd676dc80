"""Dates in a sentence, normalized to ISO 8601 against the article's publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .cues import Patterns
from .lexicon import Lexicon, default_lexicon

__all__ = ["founding_date"]

# the words are classes of ``cue_words`` in ``rules/lexicon.json``; {year}, {month} and the
# other unit classes are single characters (they stand in one-character lookbehinds)
_TEMPLATES = {
    "full": r"(\d{4})\s*(?:{year})\s*(\d{1,2})\s*(?:{month})(?:\s*(\d{1,2})\s*(?:{day}))?",
    "month_day": r"(?<!\d)(?<!{year})(\d{1,2})\s*(?:{month})\s*(\d{1,2})\s*(?:{day})",
    "year_founded": r"(?:{founded_in})\s*(\d{4})\s*(?:{year})"
    r"|(\d{4})\s*(?:{year})(?:[^，,。；]{0,4})(?:{founded})",
    "month": r"((?:{this_year})|(?:{last_year}))?(?<!\d)(?<!{year})(\d{1,2})\s*(?:{month})"
    r"(?:{month_parts})?(?!\s*(?:{since}))",
    "day_only": r"(?<!\d)(?<!{month})(?<!{year})(\d{1,2})\s*(?:{day_of_month})"
    r"(?=(?:{times_of_day})|[,，\s])",
}


def _build(lex: Lexicon) -> Patterns:
    return Patterns(_TEMPLATES, lex.cue_words)


@dataclass(frozen=True)
class _Context:
    """What a date in a sentence is read against: the publication date, its year, and the
    lexicon's date words."""

    published: str | None
    pub: date | None
    year: int | None
    cues: Patterns
    words: dict[str, tuple[str, ...]]


def _published(published: str | None) -> date | None:
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", published or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def founding_date(sentence: str, published: str | None, lex: Lexicon | None = None) -> str | None:
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
    lex = lex or default_lexicon()
    year = int(published[:4]) if published and re.match(r"\d{4}", published) else None
    ctx = _Context(published, _published(published), year, lex.compiled(_build), lex.cue_words)
    for read in (_written_date, _month_day, _day_of_publication, _month, _recent):
        found = read(sentence, ctx)
        if found is not None:
            return found or None  # "": the sentence gives a date that is not one (13月)
    return None


def _written_date(sentence: str, ctx: _Context) -> str | None:
    """A date written out with its year (2021年8月2日, 成立于2012年)."""
    m = ctx.cues.full.search(sentence)
    if m:
        month, day = int(m.group(2)), m.group(3)
        if not 1 <= month <= 12:
            return ""
        return f"{m.group(1)}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    m = ctx.cues.year_founded.search(sentence)
    return (m.group(1) or m.group(2)) if m else None


def _month_day(sentence: str, ctx: _Context) -> str | None:
    """A month and day of the publication year, or of the year before when they fall after
    the publication date."""
    m = ctx.cues.month_day.search(sentence)
    year = ctx.year
    if not (m and year):
        return None
    month, day = int(m.group(1)), int(m.group(2))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    if ctx.pub and (month, day) > (ctx.pub.month, ctx.pub.day):
        year -= 1  # 12月28日 in an article of January: last year
    return f"{year}-{month:02d}-{day:02d}"


def _day_of_publication(sentence: str, ctx: _Context) -> str | None:
    """A day of the publication month (16日), yesterday or today."""
    pub = ctx.pub
    if not pub:
        return None
    m = ctx.cues.day_only.search(sentence)
    if m and 1 <= int(m.group(1)) <= pub.day:
        return f"{pub.year}-{pub.month:02d}-{int(m.group(1)):02d}"
    if any(word in sentence for word in ctx.words["yesterday"]):
        return (pub - timedelta(days=1)).isoformat()
    if any(word in sentence for word in ctx.words["today"]):
        return pub.isoformat()
    return None


def _month(sentence: str, ctx: _Context) -> str | None:
    """A month of the publication year (10月中旬)."""
    year = ctx.year
    m = ctx.cues.month.search(sentence) if year else None
    if year and m and 1 <= int(m.group(2)) <= 12:
        y = year - 1 if m.group(1) in ctx.words["last_year"] else year
        return f"{y}-{int(m.group(2)):02d}"
    return None


def _recent(sentence: str, ctx: _Context) -> str | None:
    """日前, 近日: the publication month."""
    published = ctx.published
    if published and any(word in sentence for word in ctx.words["recent"]) and len(published) >= 7:
        return published[:7]
    return None
