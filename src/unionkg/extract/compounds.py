"""Several places written by their short forms and run together before a union's suffix
(甲乙工会, 渝甲工会: 甲 and 乙 the first characters of places the article names, 渝 a
province's one-character name): the unions of those places spoken of together, as in
两地工会 or 沪浙工会, no one body. The pieces are the first one or two characters of the
places the article names and the provinces' one-character names jionlp lists — classes of
words read from the article and the gazetteer, never a list of compounds."""

from __future__ import annotations

from collections.abc import Sequence

from .gazetteer import province_aliases
from .placehit import PlaceHit

__all__ = ["place_compound"]

_LONGEST_NAME = 6  # 通武廊 and 甲市乙区 fit; a longer core is a name of its own


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
