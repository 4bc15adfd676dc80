"""A place mention, what place finding reads of one article, and the word tests its finders
share (a bare place suffix, a kind of place, the rest of an organization's name)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .gazetteer import COUNTY_WORDS, Gazetteer, Place
from .lexicon import Lexicon
from .tokens import TokenIndex

__all__ = [
    "HYPHENS",
    "PlaceHit",
    "PlaceScan",
    "bare_place_name",
    "division_hit",
    "generic_place",
    "is_bare_suffix",
    "is_region",
    "level_only_kind",
    "org_follows",
    "past_proxy",
    "places_at_head",
    "region_name",
    "renamed_form",
]

HYPHENS = "-－"  # what joins two places into one name (甲市-乙县工业园)


@dataclass(slots=True)
class PlaceHit:
    """A place mention; ``name`` is the official full form when the gazetteer knows it."""

    start: int
    end: int
    text: str
    name: str
    level: str
    candidates: list[Place] = field(default_factory=list)
    place: Place | None = None  # the division chosen among the candidates
    inside: list[PlaceHit] = field(default_factory=list)  # known places it lies in, by its name


@dataclass(slots=True)
class PlaceScan:
    """What place finding reads of one article, and the gazetteer places found so far."""

    text: str
    index: TokenIndex
    gaz: Gazetteer
    lex: Lexicon
    hits: list[PlaceHit] = field(default_factory=list)


_DIVISION_LEVELS = {"city", "county"}


def division_hit(gaz: Gazetteer, form: str, start: int, by_short: bool = False) -> PlaceHit | None:
    """The one city or county ``form`` names (by its short form only, if ``by_short``), as a
    mention at ``start``; None when it names none or several.

    >>> from unionkg.extract.gazetteer import default_gazetteer
    >>> gaz = default_gazetteer()
    >>> division_hit(gaz, "缙云", 4).name, division_hit(gaz, "青禾", 4)
    ('缙云县', None)
    """
    found = [p for p in gaz.lookup(form)
             if p.level_name in _DIVISION_LEVELS and (not by_short or p.short == form)]  # fmt: skip
    if len(found) != 1:
        return None
    place = found[0]
    return PlaceHit(start, start + len(form), form, place.name, place.level_name, found, place)


def bare_place_name(short: str, long: str, lex: Lexicon) -> bool:
    """Whether ``short`` is the place ``long`` without its level word (柏林 of 柏林镇, written
    alone in 争做柏林…的排头兵), two characters at least.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> bare_place_name("青禾", "青禾镇", lex), bare_place_name("青", "青镇", lex)
    (True, False)
    """
    return len(short) >= 2 and long.startswith(short) and long[len(short) :] in lex.level_prefixes


def generic_place(name: str, lex: Lexicon) -> bool:
    """Whether a name is a place suffix after generic words only (工业基地, 产业园区).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> generic_place("产业园区", lex), generic_place("青禾产业园区", lex)
    (True, False)
    """
    suffix = next((x for x in lex.place_suffixes_longest_first if name.endswith(x)), "")
    return bool(suffix) and not lex.strip_generic(name[: len(name) - len(suffix)], shortest=2)


def past_proxy(text: str, start: int, end: int, lex: Lexicon, persons: Iterable[str]) -> int:
    """Where a name written from ``start`` begins past a person's name (one of ``persons``)
    and a word of acting on a body's behalf that the model ran into it (某某代表|高新区管委会
    作报告: the person speaks for the body), ``start`` otherwise.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> past_proxy("林启明代表高新区管委会作报告", 0, 11, default_lexicon(), ["林启明"])
    5
    >>> past_proxy("青禾代表处", 0, 5, default_lexicon(), ["林启明"])
    0
    """
    for word in lex.cue_words["proxy_words"]:
        for name in persons:
            at = start + len(name) + len(word)
            if at < end and text.startswith(name + word, start):
                return at
    return start


def level_only_kind(name: str, lex: Lexicon) -> bool:
    """Whether a name is a level's word and a kind of place only (市工业园区, 县经开区): a
    level-only form for the zone of the article's place of that level, as 市总工会 is for its
    union, no zone by itself.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> level_only_kind("县工业园区", lex), level_only_kind("青禾工业园区", lex)
    (True, False)
    """
    head = next((h for h in lex.level_prefixes if name.startswith(h) and len(h) < len(name)), "")
    return bool(head) and generic_place(name[len(head) :], lex)


def kinds_only(zone: str, lex: Lexicon) -> bool:
    """Whether a zone is named by the country or a rank and kinds of place only (中国开发区,
    国家级新区, 经开区高新区): the kind of zone a body speaks for, no zone of its own.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> [kinds_only(z, default_lexicon()) for z in ("全国开发区", "经开区高新区", "青禾新区")]
    [True, True, False]
    """
    heads = sorted((*lex.national_prefixes, *lex.zone_ranks), key=len, reverse=True)
    rest = zone[len(next((h for h in heads if zone.startswith(h)), "")) :]
    while suffix := next((x for x in lex.place_suffixes_longest_first if rest.endswith(x)), ""):
        rest = rest[: -len(suffix)]
    return not rest


def is_bare_suffix(name: str, lex: Lexicon) -> bool:
    """Whether a name is a place suffix alone (镇, 开发区), naming no place.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> is_bare_suffix("开发区", lex), is_bare_suffix("青禾镇", lex)
    (True, False)
    """
    return any(name in words for words in lex.place_suffixes.values())


def org_follows(remainder: str, lex: Lexicon) -> bool:
    """Whether what follows a place inside an organization's word is the rest of a name built
    on that place: nothing, or an organization suffix (总工会, 党委 …).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> org_follows("", lex), org_follows("总工会", lex), org_follows("广场", lex)
    (True, True, False)
    """
    return not remainder or any(remainder.startswith(s) for s, _ in lex.org_suffixes)


def places_at_head(places: Iterable[PlaceHit], start: int, end: int) -> list[PlaceHit]:
    """The places written one after another from ``start`` and ending before ``end``: the
    places at the head of a name (青禾县|白石镇 of 青禾县白石镇总工会).

    >>> county = PlaceHit(0, 3, "青禾县", "青禾县", "county")
    >>> town = PlaceHit(3, 6, "白石镇", "白石镇", "town")
    >>> [p.text for p in places_at_head([town, county], 0, 9)]
    ['青禾县', '白石镇']
    >>> places_at_head([town], 0, 9)
    []
    """
    head: list[PlaceHit] = []
    for hit in sorted(places, key=lambda h: (h.start, -h.end)):
        at = head[-1].end if head else start
        if hit.start == at and hit.end < end:
            head.append(hit)
    return head


def places_ending_at(places: Iterable[PlaceHit], end: int) -> list[PlaceHit]:
    """The places written one after another that end at ``end``, the longest at each step
    (温州|乐清市 of 温州乐清市总工会).

    >>> city = PlaceHit(0, 3, "青禾市", "青禾市", "city")
    >>> county = PlaceHit(3, 6, "白石县", "白石县", "county")
    >>> [p.text for p in places_ending_at([county, city], 6)]
    ['青禾市', '白石县']
    >>> places_ending_at([county, city], 5)
    []
    """
    by_end = {p.end: p for p in sorted(places, key=lambda p: (p.end, p.start), reverse=True)}
    chain: list[PlaceHit] = []
    while end in by_end:
        chain.insert(0, by_end[end])
        end = by_end[end].start
    return chain


def is_region(word: str, lex: Lexicon) -> bool:
    """Whether a word names an economic region by its corners (某三角: a river's delta and the
    cities around it), a place though no division.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> is_region("闽三角", default_lexicon()), is_region("三角", default_lexicon())
    (True, False)
    """
    ends = tuple(lex.cue_words["region_ends"])
    return word.endswith(ends) and not word.startswith(ends)


def region_name(name: str, lex: Lexicon) -> str:
    """A region's name without the word for an area written after it (某三角地区 is 某三角,
    and 湘鄂地区, provinces by their one-character names, is 湘鄂).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> region_name("闽三角地区", default_lexicon()), region_name("青禾地区", default_lexicon())
    ('闽三角', '青禾地区')
    >>> region_name("湘鄂地区", default_lexicon())
    '湘鄂'
    """
    for area in lex.cue_words["region_areas"]:
        head = name.removesuffix(area)
        compound = lex.patterns["region_compound"].fullmatch(head) is not None
        if head != name and (is_region(head, lex) or compound):
            return head
    return name


def renamed_form(place: Place, written: str) -> bool:
    """Whether ``written`` is a county's short name and another county-level word (某某区 for
    某某县 or 某某市): the county renamed since the gazetteer was made, whose name now is the
    one written.

    >>> from unionkg.extract.gazetteer import default_gazetteer
    >>> county = default_gazetteer().lookup("城阳区")[0]
    >>> renamed_form(county, "城阳县"), renamed_form(county, "城阳区"), renamed_form(county, "城阳")
    (True, False, False)
    """
    word = written[-1:]
    return (
        place.level == 2
        and place.short is not None
        and written == place.short + word
        and word in COUNTY_WORDS
        and not place.name.endswith(word)
    )
