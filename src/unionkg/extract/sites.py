"""Places that are no administrative unit, named by words the model reads apart: a name, then
a kind of place written as a word of its own (某某温泉|小镇, 某某|码头, 某某|产业|新城), a
site named after the place before it with a word between (某区|露天矿|某某矿山公园), and a
region named by three or more provinces' one-character names (京津冀; two, 川渝, are a pair of
provinces spoken of together, no region).

The kinds are the lexicon's zone and site suffixes (岛, 广场, 机场, 市场, 公园, 新城 …): a
class of words, never a list of places.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, province_aliases
from .lexicon import Lexicon
from .ner import Token
from .placehit import PlaceHit, is_region, region_name
from .tokens import TokenIndex

__all__ = ["add_named_sites"]

_SITE_LEVELS = ("zone", "site")


def add_named_sites(
    text: str, index: TokenIndex, hits: list[PlaceHit], lex: Lexicon, gaz: Gazetteer
) -> list[PlaceHit]:
    """``hits`` with the places a name and a kind of place written apart make, in order.

    >>> from unionkg.extract import default_resources
    >>> from unionkg.extract.places import find_places
    >>> res = default_resources()
    >>> text = "职工们来到青禾温泉小镇。"
    >>> index = TokenIndex(text, res.tagger.tag(text))
    >>> hits = find_places(text, index, res.gazetteer, res.lexicon)
    >>> [h.name for h in add_named_sites(text, index, hits, res.lexicon, res.gazetteer)]
    ['青禾温泉小镇']
    """
    out = list(hits)
    for tok in index.tokens:
        if tok.tag == "LOC" and not _generic(tok.text, lex):
            _name_and_kind(text, index, tok, out, (lex, gaz))
        if tok.tag == "LOC" and _region_of_provinces(tok, out):
            out.append(PlaceHit(tok.start, tok.end, tok.text, tok.text, "site"))
        if tok.tag == "PER" and (kind := _person_site_kind(text, tok, lex)):
            end = tok.end + len(kind)  # 某某故居: a site named after a person, not the person
            out.append(PlaceHit(tok.start, end, text[tok.start : end], text[tok.start : end],
                                "site"))  # fmt: skip
    for hit in list(out):
        _site_after_place(text, index, hit, out)
    out += _sites_after_stems(text, index, out, lex)
    _regions_by_full_name(out, lex)
    return sorted(out, key=lambda h: (h.start, -h.end))


def _sites_after_stems(
    text: str, index: TokenIndex, hits: list[PlaceHit], lex: Lexicon
) -> list[PlaceHit]:
    """某某商圈 where the article names 某某街道: a kind of site written right after the stem
    of a town or street it names (its name without the level word) is a site named after it,
    however the model parts the words."""
    stems = {
        h.name[: -len(end)]
        for h in hits
        if h.level == "town"
        for end in lex.town_level_ends
        if h.name.endswith(end) and len(h.name) - len(end) >= 2
    }
    found: list[PlaceHit] = []
    for stem in sorted(stems):
        for at in (m.start() for m in re.finditer(re.escape(stem), text)):
            end = _kind_end(text, index, at + len(stem), lex)
            taken = [*hits, *found]
            if end is None or any(h.start < end and at < h.end for h in taken):
                continue
            found.append(PlaceHit(at, end, text[at:end], text[at:end], "site"))
    return found


def _regions_by_full_name(hits: list[PlaceHit], lex: Lexicon) -> None:
    """A region written short (大湾区) where the article also writes its full name, which
    ends in the short one (某某大湾区): the full name names it."""
    names = {h.name for h in hits if is_region(h.name, lex)}
    for hit in hits:
        fuller = [n for n in names if n.endswith(hit.name) and n != hit.name]
        if is_region(hit.name, lex) and len(fuller) == 1:
            hit.name = fuller[0]


def _region_of_provinces(tok: Token, out: list[PlaceHit]) -> bool:
    """Whether a place word is three or more provinces' one-character names together (京津冀):
    a region, when no place found covers it. Two (川渝合作, 湘澳交流) are the two provinces
    spoken of together, each a place of its own, not a region named as one.

    >>> from unionkg.extract.ner import Token
    >>> [_region_of_provinces(Token(w, "LOC", 0, len(w)), []) for w in ("京津冀", "川渝")]
    [True, False]
    """
    aliases = province_aliases()
    return (
        len(tok.text) >= 3
        and all(ch in aliases for ch in tok.text)
        and not any(h.start < tok.end and tok.start < h.end for h in out)
    )


def _person_site_kind(text: str, tok: Token, lex: Lexicon) -> str:
    """The kind of a site named after a person written right after a name (故居, 故里), or ""."""
    kinds = lex.cue_words["person_site_kinds"]
    return next((k for k in kinds if text.startswith(k, tok.end)), "")


def _generic(word: str, lex: Lexicon) -> bool:
    return (
        word in lex.generic_name_words
        or word in lex.direction_words
        or word in lex.national_names
        or len(word) < 2
    )


def _kinds(lex: Lexicon) -> list[str]:
    words = {w for level in _SITE_LEVELS for w in lex.place_suffixes[level]}
    return sorted(words, key=lambda w: (-len(w), w))


def _kind_end(text: str, index: TokenIndex, pos: int, lex: Lexicon) -> int | None:
    """Where a kind of place written at ``pos`` ends (after a generic word: 产业|新城, or a
    direction: 某湖|中部|片区), at the end of one of the model's words; None if none is
    written there. A pronoun between (某市|各|开发区: each of the city's zones) names no one
    place."""
    starts = [pos]
    word = index.token(pos)
    if word is not None and word.start == pos and word.tag != "r":  # 产业|新城 or 产业新城
        starts += [pos + len(g) for g in lex.generic_name_words if word.text.startswith(g)]
        if word.text in lex.direction_words:
            starts.append(word.end)
    for at in starts:
        for kind in _kinds(lex):
            if text.startswith(kind, at) and index.is_boundary(at + len(kind)):
                return None if _opens_body(text, at, kind, lex) else at + len(kind)
    return None


def _opens_body(text: str, at: int, kind: str, lex: Lexicon) -> bool:
    """Whether a kind of place written at ``at`` opens a body's name the lexicon writes short
    or in full, with or without its body ending (市场|监管|部门 of 市场监管局: the regulator, no
    market).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> [_opens_body(t, 2, "市场", lex) for t in ("青禾市场监管部门", "青禾市场开业")]
    [True, False]
    """
    names = (n for pair in lex.abbreviations.items() for n in pair)
    return any(
        n.startswith(kind) and len(n) > len(kind) + 1 and text.startswith(n[:-1], at) for n in names
    )


def _name_and_kind(
    text: str, index: TokenIndex, tok: Token, out: list[PlaceHit], words: tuple[Lexicon, Gazetteer]
) -> None:
    """某某温泉|小镇: a name the model reads as a place, then its kind as a word of its own;
    the gazetteer's division where the name is its abbreviation (某市|经开区)."""
    lex, gaz = words
    end = _kind_end(text, index, tok.end, lex)
    if end is None:
        return
    start = _road_start(text, index, tok.start, lex) if _roadside(text, end, lex) else tok.start
    inner = [h for h in out if start <= h.start and h.end <= tok.end]
    if any(h.start < end and start < h.end for h in out if h not in inner):
        return  # the kind is already part of another place
    for hit in inner:
        if not _division_written_whole(hit):
            out.remove(hit)  # 某某镇|物流园区: the town stays a place of its own
    written = text[start:end]
    name = region_name(lex.expand(written), lex)  # 某市经开区 is 某市经济技术开发区
    known = [p for p in gaz.lookup(name) if p.name == name]
    hit = PlaceHit(start, end, written, name, lex.place_level(name) or "site", known)
    if len(known) == 1:
        hit.place, hit.name, hit.level = known[0], known[0].name, known[0].level_name
    hit.inside = [h for h in inner if h.candidates]
    out.append(hit)


_DIVISION_LEVELS = {"city", "county", "town"}


def _division_written_whole(hit: PlaceHit) -> bool:
    """Whether ``hit`` is a division the gazetteer knows, written with its level word (某某镇,
    not 某某): a place the article names, whatever site is named after it."""
    return bool(hit.candidates) and hit.level in _DIVISION_LEVELS and hit.text == hit.name


def _roadside(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the site ending at ``end`` is one a road has (服务区)."""
    return text.endswith(tuple(lex.cue_words["roadside_kinds"]), 0, end)


def _road_start(text: str, index: TokenIndex, start: int, lex: Lexicon) -> int:
    """Where the road a roadside site is named after starts, when its name is written right
    before the site's (某某高速公路|某地服务区, 某地绕城高速|某某服务区): the site's name
    keeps it; ``start`` when no road is written there."""
    road = next((w for w in lex.cue_words["highway_words"] if text.endswith(w, 0, start)), "")
    if not road:
        return start
    pos = start - len(road)
    word = index.token(pos)
    if word is not None and word.start < pos and word.tag == "LOC":
        pos = word.start  # 某某高速公路 read as one place word
    while (prev := index.token(pos - 1)) is not None and prev.end == pos and prev.tag == "LOC":
        pos = prev.start
    return pos if pos < start - len(road) else start


def _site_after_place(text: str, index: TokenIndex, hit: PlaceHit, out: list[PlaceHit]) -> None:
    """某区|露天矿|某某矿山公园: a site the gazetteer does not know, one word after a place it
    knows, is named after that place and lies in it."""
    if hit.candidates or hit.level not in _SITE_LEVELS:
        return
    between = index.token(hit.start - 1)
    if between is None or between.end != hit.start or between.tag != "n":
        return
    before = next((h for h in out if h.end == between.start and h.candidates), None)
    if before is None or len(between.text) < 2:
        return
    hit.inside = [before, *hit.inside]
    hit.start = before.start
    hit.text = hit.name = text[before.start : hit.end]
