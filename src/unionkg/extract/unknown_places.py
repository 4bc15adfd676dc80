"""Places the gazetteer lacks: a word the model reads as a place (LOC) or an organization
(ORG) that ends in a town, village, zone or site suffix, or a bare LOC word that names a
country, a city abroad or a world region; and the items of a list that ends in the kind of
place it lists (在甲、乙、丙等村组: villages too small for the gazetteer, which the model may
read as persons).

A zone keeps the places written before it in its name (某省某县经济开发区); the known places
inside it stay places of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import world_names
from .lexicon import Lexicon
from .ner import Token
from .placehit import (
    PlaceHit,
    PlaceScan,
    division_hit,
    generic_place,
    is_bare_suffix,
    is_region,
    kinds_only,
    level_only_kind,
    org_follows,
    past_proxy,
    region_name,
    renamed_form,
)

__all__ = ["add_listed_places", "add_unknown_places"]

_WIDE_LEVELS = {"province", "city", "county"}


@dataclass(slots=True)
class _Known:
    """The gazetteer places found, by where they start and end."""

    starts: dict[int, PlaceHit]
    ends: dict[int, PlaceHit]


def add_unknown_places(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """Places the gazetteer lacks: a LOC word, or a name ending in a town/zone suffix.

    A zone keeps the places written before it in its name (某省某县经济开发区), a site the
    division right before it (某区某某广场); the known places inside stay places of their own.
    """
    known = _Known({h.start: h for h in hits}, {h.end: h for h in hits})
    extra: list[PlaceHit] = []
    taken: set[int] = set()
    swallowed: set[int] = set()  # starts of gazetteer hits that are part of a longer name
    tokens = scan.index.tokens
    for at, tok in enumerate(tokens):
        if tok.tag not in {"LOC", "ORG"} or tok.start in taken:
            continue
        if at > 0 and _bare_head_of_village(scan, tokens[at - 1], tok, known):
            tok = Token(tokens[at - 1].text + tok.text, tok.tag, tokens[at - 1].start, tok.end)
        found = _unknown_place(scan, tok, known)
        if found is None:
            continue
        hit, part_of = found
        if known.starts.get(hit.start) is not None and known.starts[hit.start].end == hit.end:
            continue  # 某某|社区 split by the model: the gazetteer's place, with its code, stays
        if part_of is not None:
            swallowed.add(part_of.start)
        extra.append(hit)
        taken.update(range(hit.start, hit.end))
    kept = [
        h
        for h in hits
        if h.start not in swallowed
        and not any(
            e.start <= h.start < e.end and e.level != "zone" and h not in e.inside for e in extra
        )
    ]
    extra += _written_again(scan, extra, kept + extra)
    return sorted(kept + extra, key=lambda h: (h.start, -h.end))


def _bare_head_of_village(scan: PlaceScan, before: Token, tok: Token, known: _Known) -> bool:
    """Whether the LOC word ``before`` is the head of the village the LOC word ``tok`` names,
    the model having cut the name in two (某|某某村, 某某|某某社区): a bare word of no kind of
    place and no known place, written right before the village's word."""
    lex = scan.lex
    if tok.tag != "LOC" or not tok.text.endswith(tuple(lex.place_suffixes["village"])):
        return False
    if before.tag != "LOC" or before.end != tok.start or before.start in known.starts:
        return False
    bare = before.text
    if bare in lex.generic_name_words or bare in lex.national_names:
        return False
    return not any(bare.endswith(kind) for kind in lex.place_suffixes_longest_first)


def _written_again(scan: PlaceScan, found: list[PlaceHit], hits: list[PlaceHit]) -> list[PlaceHit]:
    """The same place written again as a word of its own where the model read the word as
    something else (柳东新区 a name, then 柳东新区|工会主席 a person's): a place the article
    names once is that place wherever it is written whole."""
    again: list[PlaceHit] = []
    for hit in found:
        if hit.inside or hit.text != hit.name:
            continue  # a name built on known places is found with them
        for m in re.finditer(re.escape(hit.text), scan.text):
            if not (scan.index.is_boundary(m.start()) and scan.index.is_boundary(m.end())):
                continue
            if any(h.start < m.end() and m.start() < h.end for h in (*hits, *again)):
                continue
            again.append(PlaceHit(m.start(), m.end(), hit.text, hit.name, hit.level))
    return again


def _unknown_place(
    scan: PlaceScan, tok: Token, known: _Known
) -> tuple[PlaceHit, PlaceHit | None] | None:
    """The place a LOC or ORG word names past the known places at its head, with the known
    place it swallows (某某步行街北区: 北区); None if it names none."""
    text, lex = scan.text, scan.lex
    pos, inner = _known_at_head(tok, known)
    named = _unknown_name(scan, tok, pos, bool(inner), known)
    if named is None:
        return None
    name, level, part_of = named
    start, named_from = _name_start(scan, tok, pos, (name, level), inner, known)
    end = pos + len(name)
    if not inner and _named_after_title(text, start, name, lex):
        return None
    if _no_one_place(text[start:end], name, bool(inner), lex):
        return None
    if not inner and is_region(name, lex) and _quoted_motto(text, start, name, lex):
        return None
    own = text[start if named_from is None else named_from : end]
    region = region_name(own, lex)  # 某三角地区: the region, no prefecture (地区)
    level = "site" if region != own else level
    hit = PlaceHit(start, end, text[start:end], region, level)
    hit.inside = [h for h in inner if h.candidates]
    if level == "zone" and not hit.inside:
        hit.inside = _division_at_head(scan, hit)
    return hit, part_of


def _known_at_head(tok: Token, known: _Known) -> tuple[int, list[PlaceHit]]:
    """The known places chained at the head of the word ``tok`` (瑞安市|安阳街道 in one word),
    and where the word goes on past them."""
    pos, inner = tok.start, []
    while pos in known.starts and known.starts[pos].end <= tok.end:
        inner.append(known.starts[pos])
        pos = known.starts[pos].end
    return pos, inner


def _name_start(
    scan: PlaceScan,
    tok: Token,
    pos: int,
    named: tuple[str, str],
    inner: list[PlaceHit],
    known: _Known,
) -> tuple[int, int | None]:
    """Where the place ``named`` (its name and level) from ``pos`` on is written from, the
    places it keeps joining ``inner``; and where its own name starts when it is written after
    the division it lies in (某区|某某广场: an alias from 某某广场), None otherwise."""
    text, lex = scan.text, scan.lex
    name, level = named
    # a zone keeps the places before it in its word, and so does a site named by its places
    # alone (某市某区国际机场), or by its place and a one-character kind (某市|港)
    named_by_place = generic_place(name, lex) or name in lex.cue_words["place_named_sites"]
    keeps = level == "zone" or (level == "site" and named_by_place)
    # 某省某三角: a region spans the places written before it, it lies in none of them
    start = pos if is_region(name, lex) else _with_places_before(tok, pos, keeps, inner, known)
    named_from = None
    if level == "site" and not keeps and inner and inner[-1].end == start and inner[-1].candidates:
        # 某区|某某广场: written with the division it is in, an alias
        named_from, start = start, inner[-1].start
    if keeps:
        start = _before_gloss(text, start, inner, known, lex)
    # 某某代表|某区管委会: a person speaking for the body, run into its place's name
    return past_proxy(text, start, pos + len(name), lex, scan.index.persons), named_from


def _division_at_head(scan: PlaceScan, zone: PlaceHit) -> list[PlaceHit]:
    """The county or city a zone's name opens with by its short form, which the model did not
    read as a place (某县 of 某某工业园区 for 某某县): the one division of that short name."""
    for size in (3, 2):
        hit = division_hit(scan.gaz, zone.text[:size], zone.start, by_short=True)
        if hit is not None and len(zone.text) > size + 2:
            return [hit]
    return []


def _unknown_name(
    scan: PlaceScan, tok: Token, pos: int, after_known: bool, known: _Known
) -> tuple[str, str, PlaceHit | None] | None:
    """The name and level of the place the word ``tok`` names from ``pos`` on (past the known
    places at its head, if ``after_known``), with the known place it swallows; None if none."""
    lex = scan.lex
    rest = scan.text[pos : tok.end]
    short = len(rest) < 2 and rest not in lex.cue_words["place_named_sites"]  # 某市|港
    if short or rest in lex.generic_name_words or rest in lex.national_names:
        return None
    if rest in _time_words(lex):
        return None  # 某村|去年|村集体收入: a time the model read as a place, then a word
    name, level, part_of = _suffixed_name(scan, tok, pos, known)
    if name is not None and level == "zone":
        name = _before_trade_park(name, lex)
    if name is None:
        name, level = _name_after_known(scan, tok, pos, known, after_known)
    if name is None:
        bare = _bare_loc_name(scan, tok, rest, after_known)
        if bare is None:
            return None
        name, level = bare
    known_end = known.ends.get(pos + len(name))
    if part_of is None and known_end is not None and known_end.start > pos:
        head = scan.text[pos : known_end.start]
        if not (_guessed_rename(known_end) or _village_named_longer(scan, tok, head, known_end)):
            return None  # 共青团某某保税区委员会: the words before a known place are no place
        part_of = known_end  # 某甲乙新区: 乙新区 read as 乙县 renamed is the new area's tail
    level = level or lex.place_level(name) or "place"
    if level == "site" and tok.tag != "LOC":
        return None  # 某某广场 in a word the model reads as an organization: a firm's name
    return name, level, part_of


_TIME_WORD_LISTS = ("today", "yesterday", "this_year", "last_year", "recent", "times_of_day")


def _time_words(lex: Lexicon) -> set[str]:
    """The words of a time (今天, 去年, 日前 …) the lexicon lists."""
    return {w for key in _TIME_WORD_LISTS for w in lex.cue_words[key]}


def _name_after_known(
    scan: PlaceScan, tok: Token, pos: int, known: _Known, after_known: bool
) -> tuple[str | None, str | None]:
    """The name and level of a place written right after a known one with no suffix of its
    own kind: a county after its province, a district after its city, a station named by its
    city alone (某市|南站); ``(None, None)`` otherwise."""
    rest = scan.text[pos : tok.end]
    name, level = None, None
    if after_known:
        name, level = _county_after_province(scan, pos, known, rest)
    if name is None and tok.tag == "LOC":
        name, level = _district_after_city(scan, pos, known, rest)
    sites = scan.lex.cue_words["place_named_sites"]
    if name is None and after_known and tok.tag == "LOC" and rest in sites:
        name, level = rest, "site"
    return name, level


def _bare_loc_name(
    scan: PlaceScan, tok: Token, rest: str, after_known: bool
) -> tuple[str, str | None] | None:
    """The name ``rest`` a bare LOC word ``tok`` (no known place at its head) gives a country,
    a city abroad or a world region, with the level ``"site"`` for a region and None for the
    others; None if the word names none of them."""
    lex = scan.lex
    # 某三角|地区: the kind after the region names it, as sites are named (add_named_sites)
    region = is_region(rest, lex) and not scan.text.startswith(
        lex.place_suffixes_longest_first, tok.end
    )
    if tok.tag != "LOC" or after_known or not (_abroad(rest, lex) or region):
        return None
    return rest, "site" if region else None


def _quoted_motto(text: str, start: int, name: str, lex: Lexicon) -> bool:
    """Whether a word ending in a region's kind opens a quotation and names no region by its
    provinces (“幸福湾区 温暖回家”, “千人汇湾区”): the name of an event or a motto.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> quoted = ("“欢乐湾区”", "“闽粤大湾区”", "“大湾区”", "在欢乐湾区")
    >>> [_quoted_motto(t, 1, t[1:].rstrip("”"), lex) for t in quoted]
    [True, False, False, False]
    """
    opened = text[start - 1 : start] in _OPENING_QUOTES
    end = next(e for e in lex.cue_words["region_ends"] if name.endswith(e))
    if len(name) - len(end) < 2:
        return False  # “大湾区”: the region by its short name
    return opened and lex.patterns["region_compound"].fullmatch(name) is None


_OPENING_QUOTES = ("“", "「", "『", '"')


def _guessed_rename(hit: PlaceHit) -> bool:
    """Whether a known place is a county's short name and another county-level word, read as
    the county renamed (某某区 for 某某县): a guess, which a longer name around it overrules."""
    return bool(hit.candidates) and renamed_form(hit.candidates[0], hit.text)


def _village_named_longer(scan: PlaceScan, tok: Token, head: str, hit: PlaceHit) -> bool:
    """Whether a village the gazetteer holds is the tail of a longer village's name the model
    reads as one place (某|石岭村: a village of the same tail elsewhere, the name is longer): the
    words before it, in a LOC word, bear no kind of place of their own."""
    if tok.tag != "LOC" or hit.level != "village":
        return False
    return not head.endswith(scan.lex.place_suffixes_longest_first)


def _named_after_title(text: str, start: int, name: str, lex: Lexicon) -> bool:
    """Whether a township-like word right after a post title is the holder's name: 副主席某茂乡
    is a person whose given name ends in 乡, since a title is followed by who holds it.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> _named_after_title("副主席周茂乡出席", 3, "周茂乡", default_lexicon())
    True
    >>> _named_after_title("走进周茂乡", 2, "周茂乡", default_lexicon())
    False
    """
    if len(name) != 3 or lex.place_level(name) not in {"town", "village"}:
        return False
    return any(text.endswith(head, 0, start) for head in lex.title_heads)


def _abroad(word: str, lex: Lexicon) -> bool:
    """Whether a bare LOC word names a country, a city abroad or a world region: the model
    tags many common words (乡村, 华东) LOC."""
    return word in world_names() or word in lex.world_regions


def _no_one_place(written: str, name: str, inside_known: bool, lex: Lexicon) -> bool:
    """Whether a name is generic, a bare suffix, or a kind of place (工业基地, 产业园区) with
    no known place inside it, after a level's word only (市工业园区: the article's city's
    zone, named by a level-only form as 市总工会 is).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> [_no_one_place(w, w, False, default_lexicon()) for w in ("县工业园区", "青禾工业园区")]
    [True, False]
    """
    if name in lex.generic_name_words or is_bare_suffix(written, lex) or _epithet(name, lex):
        return True
    if _assembly_head(name, lex):
        return True
    kinds = generic_place(name, lex) or level_only_kind(name, lex) or kinds_only(name, lex)
    return not inside_known and kinds


def _assembly_head(name: str, lex: Lexicon) -> bool:
    """Whether a name's head before its kind is an assembly's short name (人大|街道 of
    人大街道工委主任, the street's people's congress): a body of the place, not its name.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> [_assembly_head(n, default_lexicon()) for n in ("人大街道", "政协镇", "远帆街道")]
    [True, True, False]
    """
    suffix = next((x for x in lex.place_suffixes_longest_first if name.endswith(x)), "")
    return bool(suffix) and name[: len(name) - len(suffix)] in lex.cue_words["assemblies"]


def _epithet(name: str, lex: Lexicon) -> bool:
    """Whether a name calls a place the home of something (某某之乡, 某某之都) or a village
    great at something (某某大村, 某某强村): a title the place is given, not its name.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> [_epithet(n, default_lexicon()) for n in ("茶叶之乡", "养殖大村", "王大村", "远帆村")]
    [True, True, False, False]
    """
    epithet = next((e for e in lex.cue_words["village_epithets"] if name.endswith(e)), "")
    if len(name) - len(epithet) >= 2 and epithet:
        return True  # 劳务大村, 经济强村: what a village is known for, not its name
    suffix = next((x for x in lex.place_suffixes_longest_first if name.endswith(x)), "")
    return bool(suffix) and name[: len(name) - len(suffix)].endswith("之")


def _suffixed_name(
    scan: PlaceScan, tok: Token, pos: int, known: _Known
) -> tuple[str | None, str | None, PlaceHit | None]:
    """The head of the word from ``pos`` that ends in a town, village, zone or site suffix, with
    the level its suffix gives and a known district it swallows; no name inside an
    organization's word unless an organization suffix follows it (住房和城乡建设局: 乡 inside
    a name is no place)."""
    text, lex = scan.text, scan.lex
    rest = text[pos : _kind_after(scan, tok)]
    name = _place_prefix(rest, lex)
    level = lex.place_level(name) if name else None
    part_of = known.starts.get(pos + len(name)) if name else None
    if part_of is not None and part_of.end <= tok.end and part_of.level in _WIDE_LEVELS:
        # 某某步行街北区: a district name after a zone or town is a part of it (北区 of the
        # gazetteer is a county elsewhere, and no county lies inside a zone)
        name = text[pos : part_of.end]
    else:
        part_of = None
    if name is not None and tok.tag == "ORG" and not org_follows(rest[len(name) :], lex):
        return None, level, part_of
    return name, level, part_of


_COUNTY = re.compile(r"[\u4e00-\u9fff]{2,3}[县市]")
_DISTRICT = re.compile(r"[\u4e00-\u9fff]{2}区")


def _county_after_province(
    scan: PlaceScan, pos: int, known: _Known, rest: str
) -> tuple[str | None, str | None]:
    """A county or city the gazetteer lacks, written right after its province and before an
    organization's suffix (某省|某某县总工会: the province's divisions the gazetteer does not
    hold), as ``(name, "county")``; ``(None, None)`` otherwise."""
    before = known.ends.get(pos)
    found = _COUNTY.match(rest)
    if before is None or before.level != "province" or found is None:
        return None, None
    if found.group() in scan.gaz or not org_follows(rest[found.end() :], scan.lex):
        return None, None
    return found.group(), "county"


def _district_after_city(
    scan: PlaceScan, pos: int, known: _Known, rest: str
) -> tuple[str | None, str | None]:
    """A district the gazetteer lacks (merged or renamed since), a word the model reads as a
    place written right after its city (某市|某某区), as ``(name, "county")``."""
    before = known.ends.get(pos)
    if before is None or before.level != "city" or not _DISTRICT.fullmatch(rest):
        return None, None
    return (None, None) if rest in scan.gaz else (rest, "county")


def _before_trade_park(name: str, lex: Lexicon) -> str:
    """A named zone without the park of a trade inside it written after it (某某经开区|快递
    物流园: the trade's park has no name of its own, the place is the zone).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> _before_trade_park("青禾经开区快递物流园", default_lexicon())
    '青禾经开区'
    """
    ends = []
    for kind in lex.place_suffixes["zone"]:
        at = name.find(kind)
        while at >= 0:
            rest = name[at + len(kind) :]
            if rest and not is_bare_suffix(rest, lex) and generic_place(rest, lex):
                ends.append(at + len(kind))
            at = name.find(kind, at + 1)
    return name[: min(ends)] if ends else name


def _kind_after(scan: PlaceScan, tok: Token) -> int:
    """Where a LOC word named after a street, a village or a bare name, ends with the kind of
    village the model split off as a word of its own (某某西街|社区, 某某村|社区, 某某|村: the
    place is 某某西街社区, 某某村社区, 某某村)."""
    kinds = {w for ws in scan.lex.place_suffixes.values() for w in ws}
    villages = scan.lex.place_suffixes["village"]
    if tok.tag == "LOC" and any(tok.text.endswith(k) and len(k) == 1 for k in villages):
        for kind in villages:  # 某某村|社区: a former village, now a community of its name
            end = tok.end + len(kind)
            split = len(kind) > 1 and scan.text.startswith(kind, tok.end)
            if split and scan.index.is_boundary(end):
                return end
    if tok.tag == "LOC" and tok.text.endswith(scan.lex.place_suffixes["site"]):
        return _community_of_site(scan, tok)
    # 甲、乙等|村: a list closed by 等 is read by add_listed_places, not as one name
    if tok.tag == "LOC" and not tok.text.endswith((*kinds, "等")):
        for kind in scan.lex.place_suffixes["village"]:
            end = tok.end + len(kind)
            if scan.text.startswith(kind, tok.end) and scan.index.is_boundary(end):
                return end
    return tok.end


def _community_of_site(scan: PlaceScan, tok: Token) -> int:
    """Where a LOC word ending in a kind of site ends with a community's kind the model split
    off (某某广场|社区: a community named after the site, no site); the word's end otherwise."""
    for kind in (k for k in scan.lex.place_suffixes["village"] if len(k) > 1):
        end = tok.end + len(kind)
        if scan.text.startswith(kind, tok.end) and scan.index.is_boundary(end):
            return end
    return tok.end


def _with_places_before(
    tok: Token, pos: int, keeps: bool, inner: list[PlaceHit], known: _Known
) -> int:
    """Where the place's name starts: one that ``keeps`` its places (a zone) with the places
    chained before it in its word (某省某县经济开发区), which join ``inner``; another's at
    ``pos``, chained to the known place right before it (瑞安市安阳街道)."""
    if not keeps:
        if not inner and pos in known.ends:
            inner.append(known.ends[pos])
        return pos
    start = tok.start
    while start in known.ends and known.ends[start].start < start:
        inner.insert(0, known.ends[start])
        start = known.ends[start].start
    return start


def _before_gloss(text: str, start: int, inner: list[PlaceHit], known: _Known, lex: Lexicon) -> int:
    """Where a zone's name starts when a place glossed in brackets after another comes right
    before it (某省(某市)沿海产业基地): at the place before the bracket; both join ``inner``.
    The country's name before the bracket opens the name too (中国(某省)自由贸易试验区), the
    province alone joining ``inner``: a national prefix is a name's, no place."""
    gloss = known.ends.get(start - 1) if text[start - 1 : start] in (")", "）") else None
    if gloss is None or text[gloss.start - 1 : gloss.start] not in ("(", "（"):
        return start
    head = known.ends.get(gloss.start - 1)
    if head is None:
        country = next(
            (n for n in lex.national_prefixes if text.endswith(n, 0, gloss.start - 1)), ""
        )
        if country:
            inner[:0] = [gloss]
            return gloss.start - 1 - len(country)
        return start
    inner[:0] = [head, gloss]
    return head.start


def _place_prefix(word: str, lex: Lexicon) -> str | None:
    """The longest head of ``word`` that ends in a town, village, zone or site suffix."""
    best, opened = None, lex.cue_words["suffix_opened_words"]
    for level in ("town", "village", "zone", "site"):
        for suffix in lex.place_suffixes[level]:
            at = word.find(suffix, 2)
            while at != -1:
                cut = at + len(suffix)
                generic_tail = any(  # 农业农村局: 农村 is a word, no village
                    len(g) > len(suffix) and word.endswith(g, 0, cut)
                    for g in lex.generic_name_words
                ) or word.startswith(opened, at)  # 美丽乡村: 乡 opens a word, no township
                if not generic_tail and (best is None or cut > len(best)):
                    best = word[:cut]
                at = word.find(suffix, at + 1)
    if best and (best in lex.generic_name_words or best.startswith(opened)):
        return None  # 镇容镇貌: a word a place's suffix opens is no name's head
    return best


_ITEM = r"[\u4e00-\u9fff]{2,4}"
_COUNT = r"(?:\d+个|[一二三四五六七八九十]+个)"  # 甲、乙、丙3个自然屯: a count closes a list too
# 甲、乙等周边多个社区: where the listed places lie and how many, between 等 and their kind
_AROUND = r"(?:周边|附近|周围|沿线|辖区)?(?:多个|若干个|\d+余个)?"
_GROUPS = ("村组", "村屯", "自然村", "自然屯")  # a village and its groups, beside the suffixes


def add_listed_places(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """``hits`` with the items of every list of names closed by 等 and a kind of village or
    town (甲、乙等村, 甲、乙、丙等乡镇) that no place found already covers.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> scan = PlaceScan("在石岭、杏沟等村组慰问", None, None, default_lexicon())
    >>> [h.text for h in add_listed_places(scan, [])]
    ['石岭', '杏沟']
    """
    kinds = scan.lex.place_suffixes.get("village", ()) + scan.lex.place_suffixes.get("town", ())
    pattern = _pattern(tuple(sorted({*kinds, *_GROUPS, "乡镇"}, key=len, reverse=True)))
    extra: list[PlaceHit] = []
    for m in pattern.finditer(scan.text):
        start = m.start(1)
        for item in m.group(1).split("、"):
            end = start + len(item)
            hits = [h for h in hits if not _wider_short_form(h, start, end)]
            if not any(h.start < end and start < h.end for h in hits):
                name = _named(item, m.group(2), scan.lex)
                extra.append(PlaceHit(start, end, item, name, "village"))
            start = end + 1
    return sorted(hits + extra, key=lambda h: (h.start, -h.end))


def _named(item: str, kind: str, lex: Lexicon) -> str:
    """The full name of a listed place: the item with the kind the list closes with when that
    is one place's suffix (甲、乙等社区 → 甲社区), else as written (甲、乙等村组 → 甲)."""
    one_place = kind in lex.place_suffixes.get("village", ()) + lex.place_suffixes.get("town", ())
    return item if item.endswith(kind) or not one_place else item + kind


def _wider_short_form(hit: PlaceHit, start: int, end: int) -> bool:
    """Whether ``hit`` reads a list item the list's kind names a village or a community
    (甲、乙等周边社区) as the short form of a county or wider place of the same name."""
    same = (hit.start, hit.end) == (start, end)
    return same and hit.text != hit.name and hit.level in _WIDE_LEVELS


@lru_cache(maxsize=4)
def _pattern(kinds: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(map(re.escape, kinds))
    return re.compile(
        rf"(?:(?<=[，,：:\s])|^|(?<=[了入进到访分])|(?<=辐射|覆盖|涵盖|惠及))"
        rf"(?:在|到|赴|至|深入|走进|来到|走访)?({_ITEM}(?:、{_ITEM})+)"
        rf"(?:等{_AROUND}{_COUNT}?|{_COUNT})({alts})(?![干民委党医书主两])"
    )
