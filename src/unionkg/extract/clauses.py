"""The place a level-only head speaks of inside its own clause.

In a chain of posts one person holds (某市委常委、统战部部长、市总工会主席某某), a level-only
head (市) speaks of the place the chain named before it, whatever place the article names most:
the chain is one clause, which no comma, full stop or colon breaks. So it is in a list of
bodies (某县总工会、县委组织部、县农业农村局): the level-only ones after a body written with its
place lie in that place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..model import ExtractedEntity

__all__ = ["level_fit", "place_listed_before", "place_named_in_clause"]

_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?\n]")
_REACH = 30  # characters back from the head: one clause of a chain of posts


def place_named_in_clause(
    text: str,
    at: int,
    towns: Iterable[ExtractedEntity],
    fits: Callable[[ExtractedEntity], bool],
    is_post: Callable[[str], object],
) -> ExtractedEntity | None:
    """Of the ``towns`` that ``fits``, the one whose mention ends nearest before ``at`` in the
    clause ``at`` lies in, when a post (``is_post``) and 、 stand right before ``at``: the
    level-only body is the next link of a chain of posts; None otherwise.

    >>> from unionkg.model import EntityKey, Mention
    >>> city = ExtractedEntity(key=EntityKey("Town", "青禾市"), type="Town", name="青禾市")
    >>> city.mentions.append(Mention("青禾市", 0, 3, "t"))
    >>> post = lambda words: words.endswith(("常委", "部长"))
    >>> text = "青禾市委常委、统战部部长、市总工会主席周立出席。"
    >>> place_named_in_clause(text, 13, [city], lambda e: True, post).name
    '青禾市'
    >>> text = "青禾市总工会与市总工会签署协议。"
    >>> place_named_in_clause(text, 7, [city], lambda e: True, post) is None
    True
    """
    chain = text[max(0, at - _REACH) : at]
    if not chain.endswith("、") or not is_post(chain[:-1].rsplit("、", 1)[-1]):
        return None
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, at - len(chain), at)]
    clause_start = breaks[-1] if breaks else at - len(chain)
    best: tuple[int, ExtractedEntity] | None = None
    for town in towns:
        if not fits(town):
            continue
        for m in town.mentions:
            if clause_start <= m.start and m.end <= at and (best is None or m.end > best[0]):
                best = (m.end, town)
    return best[1] if best else None


def place_listed_before(
    text: str, at: int, head: str, towns: Iterable[ExtractedEntity],
    fits: Callable[[ExtractedEntity], bool],
) -> ExtractedEntity | None:  # fmt: skip
    """Of the ``towns`` that ``fits``, the one that opens an item of the list the level-only
    body at ``at`` is an item of, the items between opening with the same ``head``: 某县总工会、
    县委组织部、县农业农村局 lie in 某县; None where the item before opens otherwise.

    >>> from unionkg.model import EntityKey, Mention
    >>> county = ExtractedEntity(key=EntityKey("Town", "青禾县"), type="Town", name="青禾县")
    >>> county.mentions.append(Mention("青禾县", 10, 13, "t"))
    >>> text = "由丽水市总工会主办,青禾县总工会、县委组织部、县农业农村局承办。"
    >>> place_listed_before(text, 23, "县", [county], lambda e: True).name
    '青禾县'
    >>> place_listed_before("由青禾县总工会和县委组织部承办。", 8, "县", [county], lambda e: True)
    """
    if text[at - 1 : at] != "、":
        return None
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, at - _REACH), at)]
    clause_start = breaks[-1] if breaks else max(0, at - _REACH)
    opening = {m.start: town for town in towns if fits(town) for m in town.mentions}
    end = at - 1
    while end > clause_start:
        start = text.rfind("、", clause_start, end) + 1 or clause_start
        # the clause's first item may open with a word before the place (由某县总工会)
        reach = start + 2 if start == clause_start else start
        town = next((opening[p] for p in range(start, reach + 1) if p in opening), None)
        if town is not None:
            return town
        if not text.startswith(head, start):
            return None
        end = start - 1
    return None


def level_fit(head: str, level: str) -> Callable[[ExtractedEntity], bool]:
    """Whether a Town is a place of the ``level`` a level-only ``head`` (市, 区 …) speaks of:
    市 finds a city, a county-level city or a municipality; 州 a prefecture, not 某州市.

    >>> from unionkg.model import EntityKey
    >>> town = ExtractedEntity(key=EntityKey("Town", "青禾市"), type="Town", name="青禾市")
    >>> town.attributes["level"] = "county"
    >>> level_fit("市", "city")(town), level_fit("州", "city")(town)
    (True, False)
    """
    wanted = {level} | ({"province", "county"} if level == "city" else set())

    def fits(ent: ExtractedEntity) -> bool:
        if ent.attributes.get("level") not in wanted and not (
            level == "zone" and ent.name.endswith(head)  # 某某保税区 the gazetteer lists
        ):
            return False
        return level not in {"city", "county", "province"} or ent.name.endswith(head)

    return fits
