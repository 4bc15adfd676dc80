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

__all__ = ["OrgLike", "PlaceHit", "TokenIndex", "find_places", "zones_in_names"]

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
    hits = _gazetteer_hits(text, index, gaz, lex)
    hits = _add_unknown_places(text, index, hits, lex)
    _disambiguate(hits, gaz)
    return _zones_with_their_places(text, hits, lex)


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


def _level_of(place: Place) -> str:
    return place.level_name


def _gazetteer_hits(text: str, index: TokenIndex, gaz: Gazetteer, lex: Lexicon) -> list[PlaceHit]:
    hits: list[PlaceHit] = []
    i, n = 0, len(text)
    while i < n:
        if not _HAN.match(text[i]):
            i += 1
            continue
        hit = None
        for length in range(min(_MAX_PLACE, n - i), 1, -1):
            form = text[i : i + length]
            if (
                form in gaz
                and not _is_bare_suffix(form, lex)
                and form not in lex.generic_name_words
                and not _generic_place(form, lex)
            ):
                hit = _accept(text, i, i + length, form, gaz.lookup(form), index, hits, gaz)
                if hit:
                    break
        if hit:
            hits.append(hit)
            i = hit.end
        else:
            i += 1
    return hits


def _accept(
    text: str,
    start: int,
    end: int,
    form: str,
    candidates: list[Place],
    index: TokenIndex,
    previous: list[PlaceHit],
    gaz: Gazetteer,
) -> PlaceHit | None:
    chained = bool(previous) and previous[-1].end == start
    head_ok = index.is_boundary(start) or index.inside_name(start) or chained
    tail_ok = index.is_boundary(end) or index.inside_name(end - 1)
    if not (head_ok and tail_ok):
        return None
    full = [p for p in candidates if p.name == form]
    if full:
        candidates = full
        if all(p.level == 4 for p in full):  # villages: only as a whole word or chained
            tok = index.token(start)
            whole = tok is not None and tok.start == start and tok.end == end
            if not (whole or chained):
                return None
    else:  # a short form: 温州 for 温州市
        after = text[end : end + 2]
        next_place = _place_at(text, end, gaz)
        if after.startswith(_TOWN_HEADS) and not _related(candidates, next_place, gaz):
            return None  # 云林街道 is a town of its own, not 云林 + 街道 (but 宁波|镇海区 is two)
        tok = index.token(start)
        named = tok is not None and tok.tag in {"ORG", "LOC", "ns", "nz"} and tok.start == start
        whole = named and tok is not None and tok.end == end
        if tok is not None and tok.tag == "PER" and (tok.start, tok.end) == (start, end):
            whole = True  # 凌海 read as a name: a place where the article names its city
        rest = tok.end - end if named and tok is not None else 0
        if after[:1] in _LEVEL_CHARS:
            # 某某州, 某某市委: the short form with its level character is the same place
            fitting = [p for p in candidates if p.name.endswith(after[0])]
            if not fitting:
                return None
            candidates, end = fitting, end + 1
        if _BRANCH_AFTER.match(text, end) and any(p.level <= 1 for p in candidates):
            first = candidates[0]  # 某某银行重庆分行: a branch names the city it serves
            return PlaceHit(start, end, text[start:end], first.name, _level_of(first), candidates)
        related_before = chained and _related(previous[-1].candidates, candidates, gaz)
        related_after = _related(candidates, _place_at(text, end, gaz), gaz)
        high = any(p.level <= 1 for p in candidates)  # a province or city, not a county
        written_out = any(p.name in text for p in candidates)  # 瑞安市 … 瑞安工会
        if not (whole or related_before or related_after or (rest >= 2 and (high or written_out))):
            return None
        # a county's short form (惠民, 同心) is a common word too: only in an article that names
        # the city or province it lies in
        supported = high or related_before or related_after or written_out
        if not supported and not any(_ancestor_named(text, p, gaz) for p in candidates):
            return None
    first = candidates[0]
    return PlaceHit(start, end, text[start:end], first.name, _level_of(first), candidates)


_BRANCH_AFTER = re.compile(  # what follows a city in a name: its branch or its registration
    r"[\u4e00-\u9fff]{0,4}?(?:分行|支行|分公司|分局|分院|分校|分中心|营业部|办事处)"
    r"|(?:有限公司|有限责任公司|股份有限公司)|[)）]"
)
_WIDE_LEVELS = {"province", "city", "county"}
_TOWN_HEADS = ("街道", "镇", "乡", "村", "社区", "路", "街", "大道")
_LEVEL_CHARS = {"省", "市", "州", "县", "区"}


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


def _add_unknown_places(
    text: str, index: TokenIndex, hits: list[PlaceHit], lex: Lexicon
) -> list[PlaceHit]:
    """Places the gazetteer lacks: a LOC word, or a name ending in a town/zone suffix.

    A zone keeps the places written before it in its name (山东淄川经济开发区); the known
    places inside stay places of their own.
    """
    starts = {h.start: h for h in hits}
    ends = {h.end: h for h in hits}
    extra: list[PlaceHit] = []
    taken: set[int] = set()
    swallowed: set[int] = set()  # starts of gazetteer hits that are part of a longer name
    for tok in index.tokens:
        if tok.tag not in {"LOC", "ORG"} or tok.start in taken:
            continue
        pos, inner = tok.start, []
        while pos in starts and starts[pos].end <= tok.end:
            inner.append(starts[pos])
            pos = starts[pos].end
        rest = text[pos : tok.end]
        if len(rest) < 2 or rest in lex.generic_name_words or rest in lex.national_names:
            continue
        name = _place_prefix(rest, lex)
        level = lex.place_level(name) if name else None
        part_of = starts.get(pos + len(name)) if name else None
        if part_of is not None and part_of.end <= tok.end and part_of.level in _WIDE_LEVELS:
            # 某某步行街北区: a district name after a zone or town is a part of it (北区 of the
            # gazetteer is a county elsewhere, and no county lies inside a zone)
            name = text[pos : part_of.end]
        else:
            part_of = None
        if name is not None and tok.tag == "ORG" and not _org_follows(rest[len(name) :], lex):
            name = None  # 住房和城乡建设局: 乡 inside a name is no place
        if name is None:
            # a bare LOC word is a place only if it names a country or a city abroad: the
            # model tags many common words (乡村, 华东) LOC
            abroad = rest in world_names() or rest in lex.world_regions
            if tok.tag != "LOC" or inner or not abroad:
                continue
            name, level = rest, None
        level = level or lex.place_level(name) or "place"
        start = pos
        if level == "site" and tok.tag != "LOC":
            continue  # 某某广场 in a word the model reads as an organization: a firm's name
        if level == "zone" or (level == "site" and _generic_place(name, lex)):
            start = tok.start  # 某某国际机场: a site named by its places keeps them
            while start in ends and ends[start].start < start:
                inner.insert(0, ends[start])
                start = ends[start].start
        elif not inner and pos in ends:
            inner.append(ends[pos])  # chained: 瑞安市安阳街道
        end = pos + len(name)
        if name in lex.generic_name_words or _is_bare_suffix(text[start:end], lex):
            continue
        if not inner and _generic_place(name, lex):
            continue  # 工业基地, 产业园区: a kind of place, not one
        if part_of is not None:
            swallowed.add(part_of.start)
        hit = PlaceHit(start, end, text[start:end], text[start:end], level)
        hit.inside = [h for h in inner if h.candidates]
        extra.append(hit)
        taken.update(range(start, end))
    kept = [
        h
        for h in hits
        if h.start not in swallowed
        and not any(e.start <= h.start < e.end and e.level != "zone" for e in extra)
    ]
    return sorted(kept + extra, key=lambda h: (h.start, -h.end))


def zones_in_names(text: str, orgs: Sequence[OrgLike], lex: Lexicon) -> list[PlaceHit]:
    """Zones written inside organization names after their places: 某某商贸城 in
    某市某区某某商贸城楼宇工会联合会; 某市国家高新区 and 某市国家高新区创业园 (the one inside
    the other) in 某市国家高新区创业园联合工会, where a zone named by its rank only (国家, 省级)
    keeps the place before it."""
    out: list[PlaceHit] = []
    for org in orgs:
        after = org.places[-1].end if org.places else org.start
        rest = text[after : org.end]
        zone_suffixes = lex.place_suffixes["zone"]
        cuts = sorted(
            {at + len(suffix) for suffix in zone_suffixes for at in _finds(rest, suffix, 2)}
        )
        cuts = [cut for cut in cuts if not _inside_suffix(rest, cut, zone_suffixes)]
        if not cuts or not (_org_follows(rest[cuts[-1] :], lex) or lex.org_type(rest) is not None):
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
        if hit.name in chosen:
            hit.place = chosen[hit.name]
            continue
        scored = []
        for cand in hit.candidates:
            chain = gaz.chain(cand)[1:]
            support = sum(1 for a in chain if a.name in named or (a.short or "") in named)
            scored.append((support, -cand.level, cand))
        scored.sort(key=lambda s: (-s[0], -s[1], s[2].index))
        best = scored[0]
        unique = len(scored) == 1 or (best[0], best[1]) != (scored[1][0], scored[1][1])
        place = best[2] if unique or best[0] > 0 else None
        if len(hit.candidates) > 1 and best[0] == 0 and best[2].level >= 3:
            place = None  # a town name with nothing around it to place it
        chosen[hit.name] = place
        hit.place = place
        if place is not None:
            hit.name, hit.level = place.name, place.level_name
