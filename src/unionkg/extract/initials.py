"""Abbreviation by initials: how a Chinese body's name is shortened by keeping the first
character of its words (文化广电和旅游局 → 文广旅局, 管理委员会 → 管委会, 经济开发区 →
经开区), for merging the two forms one article writes of one body.

The rule, as a test on two written names:

- both open with the same character and end with the same one (the body's head: 局, 会,
  区, 司 …), and the short name's characters appear in the long one, in order;
- each run of the long name's characters left out is the rest of a word: it follows a kept
  character and is at most two characters long, or three when it holds a conjunction (广电和
  of 广电和旅游);
- at least two runs are left out: with one, a word is dropped whole (中国银行 and 中国某业
  银行 are two banks), not abbreviated;
- places are marks (the caller writes each place as one character no word holds): a place
  is never left out (某区总工会 is not 某区某镇总工会).
"""

from __future__ import annotations

__all__ = ["PLACE_MARKS", "abbreviates_by_initials"]

CONJUNCTIONS = frozenset("和与及")
MIN_GAPS = 2
PLACE_MARKS = (0xE000, 0xF8FF)  # the private-use characters a caller writes places as


def abbreviates_by_initials(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` cut to the first characters of its words.

    >>> abbreviates_by_initials("青禾文广旅局", "青禾文化广电和旅游局")
    True
    >>> abbreviates_by_initials("青禾经开区管委会", "青禾经济开发区管理委员会")
    True
    >>> abbreviates_by_initials("中国银行", "中国青禾银行")  # a word dropped whole
    False
    >>> abbreviates_by_initials("青禾局", "青禾新区局")
    False
    """
    if len(short) < 3 or len(long) <= len(short) or short[-1] != long[-1] or short[0] != long[0]:
        return False
    gaps = _gaps(short[:-1], long[:-1])
    if gaps is None or len(gaps) < MIN_GAPS:
        return False
    return all(_rest_of_word(long[start:end]) for start, end in gaps)


def _gaps(short: str, long: str) -> list[tuple[int, int]] | None:
    """The runs of ``long`` left out when ``short`` is matched in it from the left, as
    (start, end) offsets, the last run ending where ``long`` ends; None when ``short`` does
    not fit in order."""
    gaps, at = [], 0
    for ch in short:
        found = long.find(ch, at)
        if found < 0:
            return None
        if found > at:
            gaps.append((at, found))
        at = found + 1
    if at < len(long):
        gaps.append((at, len(long)))
    return gaps


def _rest_of_word(run: str) -> bool:
    """Whether a left-out run can be the rest of one word: short, and no place in it."""
    if any(PLACE_MARKS[0] <= ord(ch) <= PLACE_MARKS[1] for ch in run):
        return False
    return len(run) <= 2 or (len(run) == 3 and bool(CONJUNCTIONS & set(run)))
