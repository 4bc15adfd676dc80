"""Places of a production and construction corps, named by number: a regiment (一〇一团, three
numerals then 团) and a division (六师, 第八师) written right before a place or a regiment of
it (六师某某市, 第八师一二一团). They are no administrative units the gazetteer knows, yet the
text uses them as places: the bodies named after them lie there.

A division's word alone is read only before a place, since a number and 师 may mean teachers;
a regiment's three numerals are no count of anything else. In an article about a corps (it
writes one of ``corps_words``: 兵团, 团场), a shorter number makes a regiment too (五团,
十四团), a division is read wherever it stands (三师党委), and a company of a regiment (五团三连,
a number then 连) is a place of its own that lies in its regiment. The words are the
lexicon's (``corps_regiment_words``, ``corps_division_words``, ``corps_company_words``):
classes of words, never names.
"""

from __future__ import annotations

import re

from .placehit import PlaceHit, PlaceScan

__all__ = ["add_corps_units"]

_DIGIT = "〇一二三四五六七八九"
_NOT_BEFORE = f"(?<![{_DIGIT}十百第])"
_COLLECTIVE = "队员体结伙委"  # 团队, 团员, 团体, 团结: the word goes on
# a short number: 二 … 九, 十 … 十九, 二十 … 九十九 (一团 is a measure word: 一团和气)
_SHORT = "(?:[二三四五六七八九](?:十[一二三四五六七八九]?)?|十[一二三四五六七八九]?)"
_NOT_DIVISION = "生长范傅资德兄姐弟徒父母"  # 师生, 师长, 师范, 师傅: the word goes on
_NOT_COMPANY = "续接线同锁片贯环带"  # 连续, 连接, 连同: the word goes on


def add_corps_units(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """Add the corps' regiments, divisions and companies the text names by number (see the
    module).

    >>> from unionkg.extract import extract_article
    >>> from unionkg.model import Article
    >>> ex = extract_article(Article(id="t", text="七师某某、二三一团总工会举办活动。"))
    >>> sorted(e.name for e in ex.entities if e.type == "Town")
    ['二三一团']
    >>> ex = extract_article(Article(id="t", text="兵团某师职工赴五团三连、十二团参观。"))
    >>> sorted(e.name for e in ex.entities if e.type == "Town")
    ['五团', '五团三连', '十二团']
    """
    text, cues = scan.text, scan.lex.cue_words
    corps = any(word in text for word in cues["corps_words"])
    regiments = "|".join(cues["corps_regiment_words"])
    divisions = "|".join(cues["corps_division_words"])
    number = f"[{_DIGIT[1:]}][{_DIGIT}十][{_DIGIT}]" + (f"|{_SHORT}" if corps else "")
    regiment = re.compile(f"{_NOT_BEFORE}(?:{number})(?:{regiments})(?![{_COLLECTIVE}])")
    division = re.compile(
        f"{_NOT_BEFORE}第?[{_DIGIT[1:]}十]{{1,2}}(?:{divisions})(?![{_NOT_DIVISION}])"
    )
    out = list(hits)
    found = [(m.start(), m.end(), "town") for m in regiment.finditer(text)]
    starts = {h.start for h in out} | {s for s, _, _ in found}
    found += [
        (m.start(), m.end(), "city") for m in division.finditer(text) if m.end() in starts or corps
    ]
    added = []
    for start, end, level in found:
        if any(h.start < end and start < h.end for h in out):
            continue
        hit = PlaceHit(start, end, text[start:end], text[start:end], level)
        out.append(hit)
        added.append(hit)
    if corps:
        out += _companies(scan, [h for h in added if h.level == "town"])
    return sorted(out, key=lambda h: (h.start, -h.end))


def _companies(scan: PlaceScan, regiments: list[PlaceHit]) -> list[PlaceHit]:
    """The companies written right after their regiment (五团三连): each a place named with
    its regiment, lying in it."""
    words = "|".join(scan.lex.cue_words["corps_company_words"])
    company = re.compile(f"[{_DIGIT[1:]}十]{{1,3}}(?:{words})(?![{_NOT_COMPANY}])")
    out = []
    for hit in regiments:
        m = company.match(scan.text, hit.end)
        if m is not None:
            name = scan.text[hit.start : m.end()]
            out.append(PlaceHit(hit.start, m.end(), name, name, "village", inside=[hit]))
    return out
