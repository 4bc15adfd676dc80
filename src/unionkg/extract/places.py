"""Place mentions: gazetteer names, their short forms, and places the gazetteer lacks.

A place is accepted where the NER model's word boundaries agree with it, so a place name
buried in another word is left alone. Short forms (温州, 乐清) are accepted only as a whole
word, at the head of an organization or place name, or chained to another place
(温州乐清柳市镇). Ambiguous names (several 白沙镇) are settled by the other places of the same
article; a name that stays ambiguous keeps no code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from .gazetteer import Gazetteer, Place, world_names
from .lexicon import Lexicon
from .ner import Token

__all__ = ["OrgLike", "PlaceHit", "TokenIndex", "find_places", "source_places", "zones_in_names"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_NAME_TAGS = {"LOC", "ORG", "nz", "ns", "nt", "nw"}
_MAX_PLACE = 12


class OrgLike(Protocol):
    """What zone finding reads of an organization mention."""

    start: int
    end: int
    places: list[PlaceHit]


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


class TokenIndex:
    """Which token covers each character, for boundary checks."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.at = [-1] * (len(text) + 1)
        self.starts = {t.start for t in tokens}
        self.ends = {t.end for t in tokens}
        for i, tok in enumerate(tokens):
            for pos in range(tok.start, tok.end):
                self.at[pos] = i

    def token(self, pos: int) -> Token | None:
        i = self.at[pos] if 0 <= pos < len(self.at) else -1
        return self.tokens[i] if i >= 0 else None

    def inside_name(self, pos: int) -> bool:
        tok = self.token(pos)
        return tok is not None and tok.tag in _NAME_TAGS

    def is_boundary(self, pos: int) -> bool:
        return pos in self.starts or pos in self.ends


def find_places(text: str, index: TokenIndex, gaz: Gazetteer, lex: Lexicon) -> list[PlaceHit]:
    """Every place mention of ``text``, in order, not overlapping."""
    scan = _Scan(text, index, gaz, lex)
    hits = _gazetteer_hits(scan)
    hits = _add_unknown_places(scan, hits)
    hits = _add_zones_by_direction(scan, hits)
    _disambiguate(hits, gaz)
    return _zones_with_their_places(text, hits, lex)


@dataclass(slots=True)
class _Scan:
    """What place finding reads of one article, and the gazetteer places found so far."""

    text: str
    index: TokenIndex
    gaz: Gazetteer
    lex: Lexicon
    hits: list[PlaceHit] = field(default_factory=list)


@dataclass(slots=True)
class _Form:
    """A gazetteer form written at ``start:end``, with the divisions it may name."""

    start: int
    end: int
    candidates: list[Place]
    chained: bool  # written right after the place before it (温州|乐清)


def _zones_with_their_places(text: str, hits: list[PlaceHit], lex: Lexicon) -> list[PlaceHit]:
    """A zone the gazetteer knows keeps the place written right before it in its name, as zones
    it does not know do (江苏某某经济开发区); its gazetteer name stays an alias."""
    ends = {h.end: h for h in hits}
    for hit in hits:
        before = ends.get(hit.start)
        if hit.place is None or lex.place_level(hit.place.name) != "zone" or before is None:
            continue
        hit.inside.insert(0, before)
        hit.start = before.start
        hit.text = hit.name = text[hit.start : hit.end]
    return sorted(hits, key=lambda h: (h.start, -h.end))


def _add_zones_by_direction(scan: _Scan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """A zone named by where it lies (西部新城, 南部新区): a direction word, then a kind of
    zone; a place read from the words after it starts after the kind (新城|某某广场)."""
    text, lex = scan.text, scan.lex
    out = list(hits)
    for tok in scan.index.tokens:
        if tok.text not in lex.direction_words or any(h.start <= tok.start < h.end for h in out):
            continue
        kind = next((k for k in lex.place_suffixes["zone"] if text.startswith(k, tok.end)), None)
        if kind is None:
            continue
        end = tok.end + len(kind)
        for hit in [h for h in out if tok.end <= h.start < end]:
            out.remove(hit)
            if hit.end - end >= 2 and not hit.candidates:  # 新城某某广场: the square after it
                out.append(PlaceHit(end, hit.end, text[end : hit.end], text[end : hit.end],
                                    hit.level))  # fmt: skip
        # a site, not a zone: a planned district of a city is no article's own place
        out.append(PlaceHit(tok.start, end, text[tok.start : end], text[tok.start : end], "site"))
    return sorted(out, key=lambda h: (h.start, -h.end))


def _level_of(place: Place) -> str:
    return place.level_name


def _gazetteer_hits(scan: _Scan) -> list[PlaceHit]:
    """The longest gazetteer form at each position that the model's words agree with."""
    text, gaz, n = scan.text, scan.gaz, len(scan.text)
    i = 0
    while i < n:
        hit = None
        if _HAN.match(text[i]):
            for length in range(min(_MAX_PLACE, n - i), 1, -1):
                form = text[i : i + length]
                if form in gaz and _may_name_a_place(form, scan.lex):
                    chained = bool(scan.hits) and scan.hits[-1].end == i
                    hit = _accept(scan, _Form(i, i + length, gaz.lookup(form), chained))
                    if hit:
                        break
            if hit is None and scan.hits and scan.hits[-1].end == i:
                hit = _chained_town(scan, i)
        if hit:
            scan.hits.append(hit)
            i = hit.end
        else:
            i += 1
    return scan.hits


def _chained_town(scan: _Scan, start: int) -> PlaceHit | None:
    """A town written without its level right after a place it lies in (某县柳市 for 柳市镇,
    某市某区洪庆 for 洪庆街道), in a word the model reads as a place: in an organization's
    name the words after a county are often a trade name that a town shares (某县山川机械)."""
    text, index, upper = scan.text, scan.index, scan.hits[-1].candidates
    word = index.token(start)
    if word is None or word.tag != "LOC":
        return None
    for end in range(min(start + 4, len(text)), start + 1, -1):
        if not (index.is_boundary(end) or index.inside_name(end - 1)):
            continue
        if text.startswith(scan.lex.place_suffixes_longest_first, end):
            continue  # 舟山朱家尖岛: a place of its own named after the town
        towns = scan.gaz.town_short(text[start:end], scan.lex.town_level_ends)
        inside = [t for t in towns if any(scan.gaz.is_within(t, u) for u in upper)]
        if inside:
            return _hit(text, start, end, inside)
    return None


def _may_name_a_place(form: str, lex: Lexicon) -> bool:
    """Whether a gazetteer form is more than a bare suffix, a generic word or a kind of place."""
    return not (
        _is_bare_suffix(form, lex) or form in lex.generic_name_words or _generic_place(form, lex)
    )


def _accept(scan: _Scan, form: _Form) -> PlaceHit | None:
    """The place ``form`` names, if the model's word boundaries agree with it: a full name
    (a village's only as a whole word or chained), or a short form that fits (see
    :func:`_short_form`)."""
    index, start, end = scan.index, form.start, form.end
    head_ok = index.is_boundary(start) or index.inside_name(start) or form.chained
    tail_ok = index.is_boundary(end) or index.inside_name(end - 1)
    if not (head_ok and tail_ok) or _demonym_after(scan, end):
        return None
    written = scan.text[start:end]
    full = [p for p in form.candidates if p.name == written or _autonomous_form(p, written)]
    if not full:  # a short form: 温州 for 温州市
        return _short_form(scan, form)
    if all(p.level == 4 for p in full):  # villages: only as a whole word or chained
        tok = index.token(start)
        whole = tok is not None and tok.start == start and tok.end == end
        if not (whole or form.chained):
            return None
    return _hit(scan.text, start, end, full)


def _autonomous_form(place: Place, written: str) -> bool:
    """Whether ``written`` is an autonomous division's common full form: its short name and
    its level (陵水县 for 陵水黎族自治县, 某某州 for 某某自治州)."""
    level = written[-1:]
    return (
        place.short is not None
        and written == place.short + level
        and (place.name.endswith("自治" + level))
    )


def _demonym_after(scan: _Scan, end: int) -> bool:
    """Whether the model's word after a place makes it its people (江苏|人, 广东|人): no place
    of the article is meant."""
    word = scan.index.token(end)
    return (
        word is not None
        and word.start == end
        and (scan.lex.patterns["demonym"].fullmatch(word.text) is not None)
    )


def _hit(text: str, start: int, end: int, candidates: list[Place]) -> PlaceHit:
    first = candidates[0]
    return PlaceHit(start, end, text[start:end], first.name, _level_of(first), candidates)


def _short_form(scan: _Scan, form: _Form) -> PlaceHit | None:
    """A short form (温州, 乐清) is a place as a whole word, at the head of a name, chained to
    a place it lies in or contains, or with its level character (某某州); not when a town's
    head follows it (云林街道 is a town of its own, but 宁波|镇海区 is two)."""
    text, gaz, end = scan.text, scan.gaz, form.end
    after = text[end : end + 2]
    if after.startswith(scan.lex.town_heads) and not _related(
        form.candidates, _place_at(text, end, gaz), gaz
    ):
        return None
    whole, rest = _word_fit(scan.index, form.start, end)
    if after[:1] and after[0] in scan.lex.wide_level_chars:
        # 某某州, 某某市委: the short form with its level character is the same place
        fitting = [p for p in form.candidates if p.name.endswith(after[0])]
        if not fitting:
            return None
        form = _Form(form.start, end + 1, fitting, form.chained)
    high = any(p.level <= 1 for p in form.candidates)  # a province or city, not a county
    written_out = any(p.name in text for p in form.candidates)  # 某某市 … 中铁某某器材公司
    if (high or written_out) and scan.lex.branch_after.match(text, form.end):
        # 某某银行重庆分行: a branch names the city it serves, a firm the place it lies in
        return _hit(text, form.start, form.end, form.candidates)
    if not _supported(scan, form, whole, rest):
        return None
    return _hit(text, form.start, form.end, form.candidates)


def _word_fit(index: TokenIndex, start: int, end: int) -> tuple[bool, int]:
    """Whether the model reads ``start:end`` as a whole name (or a person's name: 凌海 read as
    a name is a place where the article names its city), and how far the name word it opens
    goes on past ``end``."""
    tok = index.token(start)
    if tok is None:
        return False, 0
    named = tok.tag in {"ORG", "LOC", "ns", "nz"} and tok.start == start
    whole = named and tok.end == end
    if tok.tag == "PER" and (tok.start, tok.end) == (start, end):
        whole = True
    return whole, tok.end - end if named else 0


def _supported(scan: _Scan, form: _Form, whole: bool, rest: int) -> bool:
    """Whether the article supports reading a short form as the place: it is a whole word, it
    is related to the place before or after it, or it heads a longer name and is a province
    or city or written out in full elsewhere; a county's short form (惠民, 同心) is a common
    word too, so only in an article that names the city or province it lies in."""
    text, gaz, cands = scan.text, scan.gaz, form.candidates
    related = (form.chained and _related(scan.hits[-1].candidates, cands, gaz)) or _related(
        cands, _place_at(text, form.end, gaz), gaz
    )
    high = any(p.level <= 1 for p in cands)
    written_out = any(p.name in text for p in cands)  # 瑞安市 … 瑞安工会
    if not (whole or related or (rest >= 2 and (high or written_out))):
        return False
    return high or related or written_out or any(_ancestor_named(text, p, gaz) for p in cands)


_WIDE_LEVELS = {"province", "city", "county"}


def _ancestor_named(text: str, place: Place, gaz: Gazetteer) -> bool:
    """Whether the text names a province or city that ``place`` lies in."""
    return any(
        link.name in text
        or (link.short is not None and len(link.short) >= 2 and link.short in text)
        for link in gaz.chain(place)[1:]
    )


def _place_at(text: str, pos: int, gaz: Gazetteer) -> list[Place]:
    """The divisions named by the longest gazetteer form starting at ``pos``."""
    for length in range(min(_MAX_PLACE, len(text) - pos), 1, -1):
        form = text[pos : pos + length]
        if form in gaz:
            return gaz.lookup(form)
    return []


def _related(upper: list[Place], lower: list[Place], gaz: Gazetteer) -> bool:
    """Whether some division of ``lower`` lies within some division of ``upper``."""
    if not upper or not lower:
        return False
    wanted = {p.index for p in upper}
    return any(link.index in wanted for p in lower for link in gaz.chain(p)[1:])


@dataclass(slots=True)
class _Known:
    """The gazetteer places found, by where they start and end."""

    starts: dict[int, PlaceHit]
    ends: dict[int, PlaceHit]


def _add_unknown_places(scan: _Scan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """Places the gazetteer lacks: a LOC word, or a name ending in a town/zone suffix.

    A zone keeps the places written before it in its name (山东淄川经济开发区); the known
    places inside stay places of their own.
    """
    known = _Known({h.start: h for h in hits}, {h.end: h for h in hits})
    extra: list[PlaceHit] = []
    taken: set[int] = set()
    swallowed: set[int] = set()  # starts of gazetteer hits that are part of a longer name
    for tok in scan.index.tokens:
        if tok.tag not in {"LOC", "ORG"} or tok.start in taken:
            continue
        found = _unknown_place(scan, tok, known)
        if found is None:
            continue
        hit, part_of = found
        if part_of is not None:
            swallowed.add(part_of.start)
        extra.append(hit)
        taken.update(range(hit.start, hit.end))
    kept = [
        h
        for h in hits
        if h.start not in swallowed
        and not any(e.start <= h.start < e.end and e.level != "zone" for e in extra)
    ]
    return sorted(kept + extra, key=lambda h: (h.start, -h.end))


def _unknown_place(
    scan: _Scan, tok: Token, known: _Known
) -> tuple[PlaceHit, PlaceHit | None] | None:
    """The place a LOC or ORG word names past the known places at its head, with the known
    place it swallows (某某步行街北区: 北区); None if it names none."""
    text, lex = scan.text, scan.lex
    pos, inner = tok.start, []
    while pos in known.starts and known.starts[pos].end <= tok.end:
        inner.append(known.starts[pos])
        pos = known.starts[pos].end
    named = _unknown_name(scan, tok, pos, bool(inner), known)
    if named is None:
        return None
    name, level, part_of = named
    # a zone keeps the places before it in its word, and so does a site named by its places
    # alone (某市某区国际机场)
    keeps = level == "zone" or (level == "site" and _generic_place(name, lex))
    start = _with_places_before(tok, pos, keeps, inner, known)
    end = pos + len(name)
    if _no_one_place(text[start:end], name, bool(inner), lex):
        return None
    hit = PlaceHit(start, end, text[start:end], text[start:end], level)
    hit.inside = [h for h in inner if h.candidates]
    return hit, part_of


def _unknown_name(
    scan: _Scan, tok: Token, pos: int, after_known: bool, known: _Known
) -> tuple[str, str, PlaceHit | None] | None:
    """The name and level of the place the word ``tok`` names from ``pos`` on (past the known
    places at its head, if ``after_known``), with the known place it swallows; None if none."""
    lex = scan.lex
    rest = scan.text[pos : tok.end]
    if len(rest) < 2 or rest in lex.generic_name_words or rest in lex.national_names:
        return None
    name, level, part_of = _suffixed_name(scan, tok, pos, known)
    if name is None:
        if tok.tag != "LOC" or after_known or not _abroad(rest, lex):
            return None
        name, level = rest, None
    known_end = known.ends.get(pos + len(name))
    if part_of is None and known_end is not None and known_end.start > pos:
        return None  # 共青团某某保税区委员会: the words before a known place are no place
    level = level or lex.place_level(name) or "place"
    if level == "site" and tok.tag != "LOC":
        return None  # 某某广场 in a word the model reads as an organization: a firm's name
    return name, level, part_of


def _abroad(word: str, lex: Lexicon) -> bool:
    """Whether a bare LOC word names a country, a city abroad or a world region: the model
    tags many common words (乡村, 华东) LOC."""
    return word in world_names() or word in lex.world_regions


def _no_one_place(written: str, name: str, inside_known: bool, lex: Lexicon) -> bool:
    """Whether a name is generic, a bare suffix, or a kind of place (工业基地, 产业园区) with
    no known place inside it."""
    if name in lex.generic_name_words or _is_bare_suffix(written, lex):
        return True
    return not inside_known and _generic_place(name, lex)


def _suffixed_name(
    scan: _Scan, tok: Token, pos: int, known: _Known
) -> tuple[str | None, str | None, PlaceHit | None]:
    """The head of the word from ``pos`` that ends in a town, village, zone or site suffix, with
    the level its suffix gives and a known district it swallows; no name inside an
    organization's word unless an organization suffix follows it (住房和城乡建设局: 乡 inside
    a name is no place)."""
    text, lex = scan.text, scan.lex
    rest = text[pos : tok.end]
    name = _place_prefix(rest, lex)
    level = lex.place_level(name) if name else None
    part_of = known.starts.get(pos + len(name)) if name else None
    if part_of is not None and part_of.end <= tok.end and part_of.level in _WIDE_LEVELS:
        # 某某步行街北区: a district name after a zone or town is a part of it (北区 of the
        # gazetteer is a county elsewhere, and no county lies inside a zone)
        name = text[pos : part_of.end]
    else:
        part_of = None
    if name is not None and tok.tag == "ORG" and not _org_follows(rest[len(name) :], lex):
        return None, level, part_of
    return name, level, part_of


def _with_places_before(
    tok: Token, pos: int, keeps: bool, inner: list[PlaceHit], known: _Known
) -> int:
    """Where the place's name starts: one that ``keeps`` its places (a zone) with the places
    chained before it in its word (山东淄川经济开发区), which join ``inner``; another's at
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


def source_places(source: str, gaz: Gazetteer) -> list[Place]:
    """The places a source's name begins with, each within the one before it: a paper or a
    body named after its place speaks of that place as 市, 区 … (阜新日报: 阜新市). A form
    counts written in full or as a province's or city's short form; a county's short form or
    a name several divisions share at the head stops the reading (新华书店 is no 新华区).

    >>> from unionkg.extract.gazetteer import default_gazetteer
    >>> gaz = default_gazetteer()
    >>> [p.name for p in source_places("温州日报", gaz)]
    ['温州市']
    >>> [p.name for p in source_places("温州市鹿城区总工会", gaz)]
    ['温州市', '鹿城区']
    >>> source_places("新华书店", gaz), source_places("", gaz)
    ([], [])
    """
    out: list[Place] = []
    pos = 0
    while pos < len(source):
        found = _source_form(source, pos, gaz, out[-1] if out else None)
        if found is None:
            break
        length, place = found
        out.append(place)
        pos += length
    return out


def _source_form(
    source: str, pos: int, gaz: Gazetteer, upper: Place | None
) -> tuple[int, Place] | None:
    """The longest gazetteer form at ``pos`` of a source's name and the one division it names
    (within ``upper``, when a place came before it)."""
    for length in range(min(_MAX_PLACE, len(source) - pos), 1, -1):
        form = source[pos : pos + length]
        cands = [p for p in gaz.lookup(form) if p.level < 4 and (p.name == form or p.level <= 1)]
        if upper is not None:
            cands = [p for p in cands if gaz.is_within(p, upper) and p.index != upper.index]
        if not cands:
            continue
        top = [p for p in cands if p.level == cands[0].level]
        return (length, top[0]) if len(top) == 1 else None
    return None


def zones_in_names(text: str, orgs: Sequence[OrgLike], lex: Lexicon) -> list[PlaceHit]:
    """Zones written inside organization names after their places: 某某商贸城 in
    某市某区某某商贸城楼宇工会联合会; 某市国家高新区 and 某市国家高新区创业园 (the one inside
    the other) in 某市国家高新区创业园联合工会, where a zone named by its rank only (国家, 省级)
    keeps the place before it."""
    out: list[PlaceHit] = []
    for org in orgs:
        after = org.places[-1].end if org.places else org.start
        rest = text[after : org.end]
        cuts = _zone_ends(rest, lex)
        if not cuts:
            continue
        start = after
        if org.places and rest.startswith(lex.zone_ranks):  # 某市国家高新区: named by its city
            start = org.places[-1].start
        inside = [h for h in org.places if h.candidates]
        for cut in cuts:
            zone = rest[:cut]
            if zone in lex.generic_name_words or _is_bare_suffix(zone, lex):
                continue
            hit = PlaceHit(start, after + cut, text[start : after + cut], "", "zone")
            hit.name = hit.text
            hit.inside = list(inside)
            inside = [*inside, hit]
            out.append(hit)
    return out


def _zone_ends(rest: str, lex: Lexicon) -> list[int]:
    """Where zone names end in what follows an organization's places, when the name goes on
    as an organization's after the last of them; none otherwise."""
    suffixes = lex.place_suffixes["zone"]
    cuts = sorted({at + len(suffix) for suffix in suffixes for at in _finds(rest, suffix, 2)})
    cuts = [cut for cut in cuts if not _inside_suffix(rest, cut, suffixes)]
    if not cuts or not (_org_follows(rest[cuts[-1] :], lex) or lex.org_type(rest) is not None):
        return []
    return cuts


def _finds(text: str, word: str, start: int) -> list[int]:
    """Every position of ``word`` in ``text`` from ``start``."""
    found, at = [], text.find(word, start)
    while at != -1:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _inside_suffix(rest: str, cut: int, suffixes: Sequence[str]) -> bool:
    """Whether ``cut`` falls inside another suffix written there (科技园 ends inside 园区 in
    某某科技园区): the name goes on."""
    return any(at < cut < at + len(suffix) for suffix in suffixes for at in _finds(rest, suffix, 0))


def _org_follows(remainder: str, lex: Lexicon) -> bool:
    """Whether what follows a place inside an organization's word is the rest of a name built
    on that place: nothing, or an organization suffix (总工会, 党委 …)."""
    return not remainder or any(remainder.startswith(s) for s, _ in lex.org_suffixes)


def _generic_place(name: str, lex: Lexicon) -> bool:
    """Whether a name is a place suffix after generic words only (工业基地, 产业园区)."""
    suffix = next((x for x in lex.place_suffixes_longest_first if name.endswith(x)), "")
    return bool(suffix) and not lex.strip_generic(name[: len(name) - len(suffix)], shortest=2)


def _is_bare_suffix(name: str, lex: Lexicon) -> bool:
    return any(name in words for words in lex.place_suffixes.values())


def _place_prefix(word: str, lex: Lexicon) -> str | None:
    """The longest head of ``word`` that ends in a town, village, zone or site suffix."""
    best = None
    for level in ("town", "village", "zone", "site"):
        for suffix in lex.place_suffixes[level]:
            at = word.find(suffix, 2)
            while at != -1:
                cut = at + len(suffix)
                generic_tail = any(  # 农业农村局: 农村 is a word, no village
                    len(g) > len(suffix) and word.endswith(g, 0, cut)
                    for g in lex.generic_name_words
                )
                if not generic_tail and (best is None or cut > len(best)):
                    best = word[:cut]
                at = word.find(suffix, at + 1)
    if best and best in lex.generic_name_words:
        return None
    return best


def _disambiguate(hits: list[PlaceHit], gaz: Gazetteer) -> None:
    """Choose one division per hit, preferring those whose ancestors the article names."""
    named = {h.name for h in hits} | {h.text for h in hits}
    chosen: dict[str, Place | None] = {}
    for hit in hits:
        if not hit.candidates:
            continue
        if hit.name in chosen:  # the same name again: its division (name and level as written)
            hit.place = chosen[hit.name]
            continue
        place = chosen[hit.name] = hit.place = _best_division(hit.candidates, named, gaz)
        if place is not None:
            hit.name, hit.level = place.name, place.level_name


def _best_division(candidates: list[Place], named: set[str], gaz: Gazetteer) -> Place | None:
    """The division most of whose ancestors the article names (then the highest level);
    None on a tie that nothing supports, or for a town name with nothing around it. The form
    being read is no support: 某某 names 某某市 and its 某某县 alike, so 某某市 named in the
    article does not make 某某 its county."""
    scored = []
    own = {c.index for c in candidates}
    for cand in candidates:
        chain = [a for a in gaz.chain(cand)[1:] if a.index not in own]
        support = sum(1 for a in chain if a.name in named or (a.short or "") in named)
        scored.append((support, -cand.level, cand))
    scored.sort(key=lambda s: (-s[0], -s[1], s[2].index))
    best = scored[0]
    unique = len(scored) == 1 or (best[0], best[1]) != (scored[1][0], scored[1][1])
    if len(candidates) > 1 and best[0] == 0 and best[2].level >= 3:
        return None  # a town name with nothing around it to place it
    return best[2] if unique or best[0] > 0 else None
