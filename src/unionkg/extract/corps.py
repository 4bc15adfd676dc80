"""Places of a production and construction corps, named by number: a regiment (一〇一团, three
numerals then 团), a company of a regiment (八团四连: the regiment, and the company named with
it) and a division (六师, 第八师) written right before a place or a regiment of it (六师某某市,
第八师一二一团) or a body a division has (九师党委, 九师总工会). They are no administrative units
the gazetteer knows, yet the text uses them as places: the bodies named after them lie there.

A division's word alone is read only there, since a number and 师 may mean teachers; a
regiment's three numerals are no count of anything else, and one or two only before a
company's. The words are the lexicon's (``corps_regiment_words``, ``corps_company_words``,
``corps_division_words``, ``corps_division_bodies``): classes of words, never names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .placehit import PlaceHit, PlaceScan

__all__ = ["add_corps_units"]

_DIGIT = "〇一二三四五六七八九"
_NOT_BEFORE = f"(?<![{_DIGIT}十百第])"
_COLLECTIVE = "队员体结伙委"  # 团队, 团员, 团体, 团结: the word goes on


def add_corps_units(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """Add the corps' regiments and divisions the text names by number (see the module).

    >>> from unionkg.extract import extract_article
    >>> from unionkg.model import Article
    >>> ex = extract_article(Article(id="t", text="七师某某、二三一团总工会举办活动。"))
    >>> sorted(e.name for e in ex.entities if e.type == "Town")
    ['二三一团']
    """
    text, cues = scan.text, scan.lex.cue_words
    regiments = "|".join(cues["corps_regiment_words"])
    divisions = "|".join(cues["corps_division_words"])
    regiment = re.compile(
        f"{_NOT_BEFORE}[{_DIGIT[1:]}][{_DIGIT}十][{_DIGIT}](?:{regiments})(?![{_COLLECTIVE}])"
    )
    division = re.compile(f"{_NOT_BEFORE}第?[{_DIGIT[1:]}十]{{1,2}}(?:{divisions})")
    out = list(hits)
    found = [(m.start(), m.end(), "town", "") for m in regiment.finditer(text)]
    found += _companies(text, cues)
    starts = {h.start for h in out} | {s for s, _, _, _ in found}
    bodies = tuple(cues["corps_division_bodies"])
    found += [
        (m.start(), m.end(), "city", "")
        for m in division.finditer(text)
        if m.end() in starts or text.startswith(bodies, m.end())
    ]
    for start, end, level, prefix in found:
        if any(h.start < end and start < h.end for h in out):
            continue
        out.append(PlaceHit(start, end, text[start:end], prefix + text[start:end], level))
    return sorted(out, key=lambda h: (h.start, -h.end))


_SMALL_NUMBER = "[一二三四五六七八九十]{1,3}"


def _companies(text: str, cues: Mapping[str, Sequence[str]]) -> list[tuple[int, int, str, str]]:
    """A regiment written by one or two numerals (九团, 十一团) and a company of it right after
    (九团|十二连): the regiment, and the company named with its regiment (九团十二连), since a
    company's number alone names no place.

    >>> cues = {"corps_regiment_words": ["团"], "corps_company_words": ["连"]}
    >>> _companies("七团三连连管会", cues)
    [(0, 2, 'town', ''), (2, 4, 'village', '七团')]
    """
    regiments = "|".join(cues["corps_regiment_words"])
    companies = "|".join(cues["corps_company_words"])
    pattern = re.compile(
        f"{_NOT_BEFORE}({_SMALL_NUMBER}(?:{regiments}))({_SMALL_NUMBER}(?:{companies}))"
        f"(?![{_COLLECTIVE}续接])"
    )
    found: list[tuple[int, int, str, str]] = []
    for m in pattern.finditer(text):
        found.append((m.start(1), m.end(1), "town", ""))
        found.append((m.start(2), m.end(2), "village", m.group(1)))
    return found
