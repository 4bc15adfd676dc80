"""Places whose unions a name speaks of together, not one union: several places written by
their short forms and run together before a union's suffix
(甲乙工会, 渝甲工会: 甲 and 乙 the first characters of places the article names, 渝 a
province's one-character name): the unions of those places spoken of together, as in
两地工会 or 沪浙工会, no one body. The pieces are the first one or two characters of the
places the article names and the provinces' one-character names jionlp lists — classes of
words read from the article and the gazetteer, never a list of compounds. And a province or a
country with a bare 工会 after it (某省工会, 某国工会): that place's unions, since one union of a
province is named 总工会."""

from __future__ import annotations

from collections.abc import Sequence

from .gazetteer import province_aliases, world_names
from .orgstart import Scan
from .placehit import PlaceHit

__all__ = ["place_compound", "unions_of_a_place", "unions_of_places"]

_LONGEST_NAME = 6  # 通武廊 and 甲市乙区 fit; a longer core is a name of its own


def unions_of_places(scan: Scan, span: tuple[int, int], suffix: str) -> bool:
    """Whether a union's name, ``scan.text[span]`` before its ``suffix``, speaks of the unions
    of several places (渝某工会) or of a province's or a country's (某省工会, 某国工会)."""
    if place_compound(scan.text, span, scan.places):
        return True
    return suffix == scan.lex.union_word and unions_of_a_place(scan.text, span, scan.places)


def place_compound(text: str, span: tuple[int, int], places: Sequence[PlaceHit]) -> bool:
    """Whether ``text[span]`` is two or more places' short forms run together: each piece the
    first one or two characters of a place the article names, or a province's one-character
    name, and no one place the whole.

    >>> hits = [PlaceHit(0, 3, "青禾县", "青禾县", "county"),
    ...         PlaceHit(4, 7, "白水市", "白水市", "city")]
    >>> text = "青禾县与白水市深化青白工会协作"
    >>> place_compound(text, (9, 11), hits), place_compound(text, (9, 10), hits)
    (True, False)
    >>> place_compound("青禾县深化青钢工会协作", (5, 7), hits[:1])
    False
    """
    start, end = span
    core = text[start:end]
    if not 2 <= len(core) <= _LONGEST_NAME:
        return False
    if any(h.start <= start and end <= h.end for h in places):
        return False  # one place the whole (a division the gazetteer knows by that name)
    heads = {form[:n] for h in places for form in (h.text, h.name) for n in (1, 2) if len(form) > n}
    return _pieces(core, frozenset(heads) | province_aliases()) >= 2


def unions_of_a_place(text: str, span: tuple[int, int], places: Sequence[PlaceHit]) -> bool:
    """Whether ``text[span]``, written before a bare 工会, is a province, a city's short form or
    a country: 台湾工会, 某城工会, 某国工会 speak of that place's unions, as 中国工会 does of a
    country's.

    >>> hit = PlaceHit(0, 2, "浙江", "浙江省", "province")
    >>> unions_of_a_place("浙江工会", (0, 2), [hit]), unions_of_a_place("日本工会", (0, 2), [])
    (True, True)
    >>> unions_of_a_place("青禾工会", (0, 2), [])
    False
    """
    start, end = span
    if text[start:end] in world_names():
        return True
    # 某省|工会, or a city written without its level word (温州|工会): the place's unions
    # together; one union of a place writes its level (某市总工会, 某镇工会)
    return any(
        (h.start, h.end) == span
        and (h.level == "province" or (h.level == "city" and h.text != h.name))
        for h in places
    )


def _pieces(core: str, heads: frozenset[str]) -> int:
    """The most pieces ``core`` splits into, each one of ``heads``; 0 when it does not split.

    >>> _pieces("甲乙丙", frozenset({"甲", "乙丙", "乙"})), _pieces("甲丁", frozenset({"甲"}))
    (2, 0)
    """
    best = [-1] * (len(core) + 1)  # best[i]: the most pieces core[i:] splits into
    best[len(core)] = 0
    for at in range(len(core) - 1, -1, -1):
        for n in (1, 2):
            if core[at : at + n] in heads and at + n <= len(core) and best[at + n] >= 0:
                best[at] = max(best[at], best[at + n] + 1)
    return max(0, best[0])
