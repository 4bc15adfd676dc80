"""Places named in a list that closes with the kinds of place it lists (走访了甲、乙、丙等县市;
前往甲公司、乙社区等地): a list item that is a city's or a county's short name there names that
division, though it stands alone, with no name to head; an item after the first that ends in a
kind of place (社区, 园区) is that place, though the model did not read it as one."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Lexicon
from .placehit import PlaceHit, PlaceScan, generic_place, is_bare_suffix

__all__ = ["add_listed_divisions", "add_listed_sites"]

_LEVELS = {"province", "city", "county"}
_ITEM = r"[\u4e00-\u9fff]{2,4}"
# the items after the first of a list closed by 等地 (the first one's start is not certain)
_LATER_ITEMS = re.compile(r"、([^、，,。；;：:\s“”\"()（）]{3,12})(?=、|等地)")
_SMALL_LEVELS = {"town", "village", "zone"}  # a site (广场) is as often a building or a firm


def _kind_after_generic(item: str, lex: Lexicon) -> bool:
    """Whether a listed item is a kind of place after a generic word only (各社区, 全村).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> [_kind_after_generic(w, default_lexicon()) for w in ("各社区", "石岭社区")]
    [True, False]
    """
    kind = next((x for x in lex.place_suffixes_longest_first if item.endswith(x)), "")
    return item[: len(item) - len(kind)] in lex.generic_name_words


def _verb_then_kind(scan: PlaceScan, start: int, item: str) -> bool:
    """Whether a listed item is a verb and a bare kind of place or a generic word (下街道、
    进社区、进乡镇): where one goes, no place's name."""
    head = scan.index.token(start) if scan.index is not None else None
    if head is None or head.tag != "v" or head.start != start:
        return False
    rest = item[head.end - start :]
    return is_bare_suffix(rest, scan.lex) or rest in scan.lex.generic_name_words


def add_listed_divisions(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """``hits`` with every item of a list closed by 等 and a group of divisions (县市, 地)
    that is a province's, city's or county's short name and no place found already covers.

    >>> from unionkg.extract.gazetteer import default_gazetteer
    >>> from unionkg.extract.lexicon import default_lexicon
    >>> scan = PlaceScan("先后走访了缙云、青田等县市", None, default_gazetteer(), default_lexicon())
    >>> [h.name for h in add_listed_divisions(scan, [])]
    ['缙云县', '青田县']
    """
    extra: list[PlaceHit] = []
    for m in _pattern(scan.lex.cue_words["place_groups"]).finditer(scan.text):
        start = m.start(1)
        for n, item in enumerate(m.group(1).split("、")):
            end = start + len(item)
            # the first item's match may open with the words before the list (走访了甲)
            for head in range(len(item) - 1 if n == 0 else 1):
                hit = _division(scan, start + head, end)
                if hit is not None:
                    if not any(h.start < end and hit.start < h.end for h in hits):
                        extra.append(hit)
                    break
            start = end + 1
    return sorted(hits + extra, key=lambda h: (h.start, -h.end))


def _division(scan: PlaceScan, start: int, end: int) -> PlaceHit | None:
    """The divisions whose short name is written at ``start:end``, as a mention; None if none.
    A name that is its own short name is a common word (城区, 郊区, 矿区), not one short."""
    form = scan.text[start:end]
    found = [p for p in scan.gaz.lookup(form)
             if p.level_name in _LEVELS and p.short == form != p.name]  # fmt: skip
    if not found:
        return None
    return PlaceHit(start, end, form, found[0].name, found[0].level_name, found)


@lru_cache(maxsize=4)
def _pattern(groups: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(map(re.escape, sorted(groups, key=len, reverse=True)))
    # 等市场, 等区域, 等县级: a group's word opening a longer word is no group of places
    return re.compile(rf"({_ITEM}(?:、{_ITEM})+)等(?:{alts})(?![场域级])")


def _joined_kind(item: str, lex: Lexicon) -> bool:
    """Whether ``item`` is a word, a list's joint and a kind of place with no name (某业和工业
    园区: two items of the list, the second a kind only).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> [_joined_kind(w, default_lexicon()) for w in ("交通和工业园区", "和平村")]
    [True, False]
    """
    return any(
        item[at] in lex.list_joints and generic_place(item[at + 1 :], lex)
        for at in range(1, len(item) - 1)
    )


def add_listed_sites(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """``hits`` with every item after the first of a list closed by 等地 that ends in a kind
    of town, village or zone, names more than the kind and is no organization.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> scan = PlaceScan("前往青禾公司、石岭社区等地", None, None, default_lexicon())
    >>> [h.name for h in add_listed_sites(scan, [])]
    ['石岭社区']
    """
    lex, extra = scan.lex, []
    for m in _LATER_ITEMS.finditer(scan.text):
        item, start, end = m.group(1), m.start(1), m.end(1)
        if lex.place_level(item) not in _SMALL_LEVELS or generic_place(item, lex):
            continue
        if _kind_after_generic(item, lex) or _joined_kind(item, lex):
            continue  # 各社区, 全村: the kind after a determiner, no name; 水利和工业园区
        if lex.org_type(item) or any(h.start < end and start < h.end for h in hits):
            continue
        if _verb_then_kind(scan, start, item):
            continue
        extra.append(PlaceHit(start, end, item, item, lex.place_level(item) or "place"))
    return sorted(hits + extra, key=lambda h: (h.start, -h.end))
