"""Zones (开发区, 新城, 商贸城 …) beyond the gazetteer's own names: a zone named by the
direction it lies in (西部新城), a zone written inside an organization's name after its
places, and a known zone that keeps the place written right before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from .gazetteer import Place, common_words
from .lexicon import Lexicon
from .namecompare import in_order
from .placehit import (
    HYPHENS,
    PlaceHit,
    PlaceScan,
    generic_place,
    is_bare_suffix,
    kinds_only,
    level_only_kind,
    org_follows,
)

__all__ = [
    "OrgLike",
    "add_parks_after_places",
    "add_zones_by_direction",
    "buildings_in_names",
    "zones_after_places",
    "zones_in_names",
    "zones_with_their_places",
]


class OrgLike(Protocol):
    """What zone finding reads of an organization mention."""

    start: int
    end: int
    places: list[PlaceHit]


def zones_with_their_places(text: str, hits: list[PlaceHit], lex: Lexicon) -> list[PlaceHit]:
    """A zone the gazetteer knows keeps the place written right before it in its name, as zones
    it does not know do (江苏某某经济开发区); its gazetteer name stays an alias. A zone two
    places build together keeps the partner written before it with a hyphen (甲市-乙县工业园:
    a park of 乙县 that 甲市 co-builds), and lies in the place that follows."""
    ends = {h.end: h for h in hits}
    for hit in hits:
        partner = ends.get(hit.start - 1)
        if hit.level == "zone" and partner is not None and text[hit.start - 1] in HYPHENS:
            hit.start = partner.start
            hit.text = hit.name = text[hit.start : hit.end]
            continue
        before = ends.get(hit.start)
        if hit.place is None or lex.place_level(hit.place.name) != "zone" or before is None:
            continue
        hit.inside.insert(0, before)
        hit.start = before.start
        hit.text = hit.name = text[hit.start : hit.end]
    return sorted(hits, key=lambda h: (h.start, -h.end))


def zones_after_places(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """A zone named by the division written right before its kind (某市|高新区, 某县|经开区,
    某区|工业园), as one place word or at the head of a name built on it (某市高新区|总工会,
    not 某市新城|某某商业公司): a place of its own that lies in the division, kept with it.
    When the article writes the zone in another form too (某市经开区 and 某市经济开发区), the
    finders that merge the forms name it.

    >>> from unionkg.extract import default_resources
    >>> from unionkg.extract.places import find_places
    >>> from unionkg.extract.tokens import TokenIndex
    >>> res = default_resources()
    >>> text = "主席到武陵区和常德高新区调研。"
    >>> index = TokenIndex(text, res.tagger.tag(text))
    >>> [(h.text, h.level) for h in find_places(text, index, res.gazetteer, res.lexicon)]
    [('武陵区', 'county'), ('常德高新区', 'zone'), ('常德', 'city')]
    """
    text, lex = scan.text, scan.lex
    kinds = sorted(lex.place_suffixes["zone"], key=lambda w: (-len(w), w))
    out = list(hits)
    for hit in hits:
        kind = next((k for k in kinds if text.startswith(k, hit.end)), None)
        if not hit.candidates or hit.level == "zone" or kind is None:
            continue
        if text[hit.start - 1 : hit.start] in ("(", "（"):
            continue  # 某新区(某市高新区)总工会: the gloss's zone is named with the name's own
        end = hit.end + len(kind)
        if (
            (_zone_word_ends(scan, end) or _province_opens(hits, end))
            and not any(h.start < end and hit.end < h.end for h in hits if h is not hit)
            and not _zone_written_otherwise(scan, hit, text[hit.start : end], kinds)
        ):
            zone = PlaceHit(hit.start, end, text[hit.start : end], "", "zone", inside=[hit])
            zone.name = zone.text
            known = _gazetteer_zone(scan, zone.text)
            if len(known) == 1:  # 某市经开区 is the gazetteer's 某市经济技术开发区
                zone.candidates, zone.place, zone.name = known, known[0], known[0].name
            out.append(zone)
    return sorted(out, key=lambda h: (h.start, -h.end))


def add_parks_after_places(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """A park named by its division and a few words of its own, written in several words
    (某县|纺织服装|产业园区, 某市|某某|养老|产业园): a zone of its own that lies in the division,
    named by its own words and by them with the division as an alias.

    >>> from unionkg.extract import default_resources
    >>> from unionkg.extract.places import find_places
    >>> from unionkg.extract.tokens import TokenIndex
    >>> res = default_resources()
    >>> text = "代表团到鼎城区纺织服装产业园区参观。"
    >>> index = TokenIndex(text, res.tagger.tag(text))
    >>> [(h.text, h.name) for h in find_places(text, index, res.gazetteer, res.lexicon)]
    [('鼎城区纺织服装产业园区', '纺织服装产业园区'), ('鼎城区', '鼎城区')]
    """
    text, lex = scan.text, scan.lex
    pattern = _park_after(tuple(lex.cue_words["named_park_kinds"]))
    out = list(hits)
    for hit in hits:
        m = pattern.match(text, hit.end)
        if not hit.candidates or hit.level == "zone" or m is None:
            continue
        end = m.end()
        # 某县|某某产业园区 read as a park of its own: the same park, named with its division
        own = [h for h in out if (h.start, h.end) == (hit.end, end) and not h.candidates]
        if not _park_words(scan, m) or any(
            h.start < end and hit.end < h.end for h in out if h is not hit and h not in own
        ):
            continue
        # named by its own words, written with its division as an alias (某某产业园, 某县某某产业园)
        zone = PlaceHit(hit.start, end, text[hit.start : end], text[hit.end : end], "zone")
        zone.inside = [hit]
        out = [h for h in out if h not in own] + [zone]
    return sorted(out, key=lambda h: (h.start, -h.end))


def _park_words(scan: PlaceScan, m: re.Match[str]) -> bool:
    """Whether the words matched before a park's kind are whole nouns or names, not generic
    words only, and the kind ends a word."""
    words = [t for t in scan.index.tokens if m.start(1) <= t.start < m.end(1)]
    return (
        scan.index.is_boundary(m.end())
        and bool(words)
        and words[-1].end == m.end(1)
        and all(t.tag in _PARK_NAME_TAGS for t in words)
        and bool(scan.lex.strip_generic(m.group(1), shortest=2))
    )


_PARK_NAME_TAGS = {"n", "nz", "vn", "nw", "LOC"}


@lru_cache(maxsize=4)
def _park_after(kinds: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(map(re.escape, sorted(kinds, key=len, reverse=True)))
    return re.compile(rf"([\u4e00-\u9fff]{{2,6}}?)(?:{alts})")


def _gazetteer_zone(scan: PlaceScan, written: str) -> list[Place]:
    """The zones the gazetteer knows by the full name of ``written`` (某市经开区: 某市经济技术
    开发区)."""
    full = scan.lex.expand(written)
    return [p for p in scan.gaz.lookup(full) if p.name == full]


def _zone_word_ends(scan: PlaceScan, end: int) -> bool:
    """Whether a zone's kind ending at ``end`` ends a word, or a name goes on after it as one
    built on the zone (an organization suffix: 总工会, 管委会)."""
    word = scan.index.token(end - 1)
    if scan.index.is_boundary(end) or word is None:
        return scan.index.is_boundary(end)
    return scan.index.inside_name(end - 1) and org_follows(scan.text[end : word.end], scan.lex)


def _province_opens(hits: list[PlaceHit], end: int) -> bool:
    """Whether a province opens right after a zone's kind (某市高新区|某省某某科技有限公司): a
    firm's name that begins with its province, written after the zone it lies in."""
    return any(h.start == end and h.level == "province" for h in hits)


def _zone_written_otherwise(scan: PlaceScan, hit: PlaceHit, written: str, kinds: list[str]) -> bool:
    """Whether the article writes a zone of the same division in another form elsewhere: the
    kind abbreviated or not (某市经开区, 某市经济开发区), a rank (某市国家高新区). The division
    written short in one and in full in the other (某高新区, 某市高新区) with the same words after
    it is the same zone, whose forms merge as places do; another kind (某开发区) is another zone,
    and a name between the division and a kind is another place (某市某某国际物流园)."""
    forms = {hit.text, *(p.name for p in hit.candidates)}
    forms |= {p.short for p in hit.candidates if p.short}
    heads = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    kind_words = "|".join(re.escape(k) for k in kinds)
    words = "".join(sorted({c for w in (*kinds, *scan.lex.zone_ranks) for c in w}))
    pattern = re.compile(f"(?:{heads})([{words}]{{0,6}}?(?:{kind_words}))")
    own = pattern.fullmatch(written)
    rest = own.group(1) if own else written
    return any(m.group() != written and m.group(1) != rest and _kind_variant(m.group(1), rest)
               for m in pattern.finditer(scan.text))  # fmt: skip


def _kind_variant(a: str, b: str) -> bool:
    """Whether two zones' words after their division are one kind written short and in
    full (经开区, 经济开发区: the shorter's characters in order in the longer), not two kinds
    (高新区, 开发区).

    >>> _kind_variant("经开区", "经济开发区"), _kind_variant("开发区", "高新区")
    (True, False)
    """
    short, long = sorted((a, b), key=len)
    return in_order(short, long)


def add_zones_by_direction(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
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


def zones_in_names(text: str, orgs: Sequence[OrgLike], lex: Lexicon) -> list[PlaceHit]:
    """Zones written inside organization names after their places: 某某商贸城 in
    某市某区某某商贸城楼宇工会联合会; 某市国家高新区 and 某市国家高新区创业园 (the one inside
    the other) in 某市国家高新区创业园联合工会, where a zone named by its rank only (国家, 省级)
    keeps the place before it."""
    out: list[PlaceHit] = []
    for org in orgs:
        after = org.places[-1].end if org.places else org.start
        glossed = _gloss_head(text, org, after, lex)  # 某省(某市)沿海产业基地
        if glossed is not None:
            after = glossed[1]
        after += len(text[after : org.end]) - len(text[after : org.end].lstrip("(（"))
        after += _body_before_zone(text[after : org.end], lex)  # 某市公安局|某某经济区|检查站
        rest = text[after : org.end]  # 某新区(某高新区)总工会: the gloss's zone starts inside
        cuts = _zone_ends(rest, lex)
        if not cuts:
            continue
        start = after if glossed is None else glossed[0]
        if org.places and rest.startswith(lex.zone_ranks):  # 某市国家高新区: named by its city
            start = org.places[-1].start
        inside = [h for h in org.places if h.candidates]
        for cut in cuts:
            zone = rest[:cut]
            if zone in lex.generic_name_words or is_bare_suffix(zone, lex):
                continue
            if not org.places and (level_only_kind(zone, lex) or kinds_only(zone, lex)):
                break  # 市工业园区总工会: the zone of the article's city, named by its level only
            if org.places and org.places[-1].level == "zone" and generic_place(zone, lex):
                break  # 某某经开区|物流园区党工委: a trade's park in the zone, no name of its own
            hit = PlaceHit(start, after + cut, text[start : after + cut], "", "zone")
            hit.name = hit.text
            hit.inside = list(inside)
            inside = [*inside, hit]
            out.append(hit)
    return out


def buildings_in_names(text: str, orgs: Sequence[OrgLike], lex: Lexicon) -> list[PlaceHit]:
    """Buildings named inside the names of their unions, after their places (某街道|某某国际|
    楼宇工会联合会, 某某中心|楼宇工会): the building is a place of its own, where the union
    is; a kind of building alone (商务楼宇工会) names none.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> from unionkg.extract.orgspan import OrgSpan
    >>> text = "远帆街道晨光国际楼宇工会联合会成立"
    >>> org = OrgSpan(0, 15, text[:15], "Union", "工会联合会")
    >>> org.places = [PlaceHit(0, 4, "远帆街道", "远帆街道", "town")]
    >>> [h.text for h in buildings_in_names(text, [org], default_lexicon())]
    ['晨光国际']
    """
    out: list[PlaceHit] = []
    for org in orgs:
        after = org.places[-1].end if org.places else org.start
        rest = text[after : org.end]
        for word in lex.cue_words["building_words"]:
            at = rest.find(word, 2)
            tail = rest[at + len(word) :]
            if at < 0 or not tail or not org_follows(tail, lex):
                continue  # no union's suffix after the building's kind
            name = rest[:at]
            own = lex.strip_generic(name)
            if len(own) < 2 or name in common_words() or not _HAN_NAME.fullmatch(name):
                continue  # 商务|楼宇工会, 全区|楼宇工会: a kind, a level, no building's name
            hit = PlaceHit(after, after + at, name, name, "site")
            hit.inside = [h for h in org.places if h.candidates]
            out.append(hit)
    return out


_HAN_NAME = re.compile("[\u4e00-\u9fff]{2,8}")


def _gloss_head(text: str, org: OrgLike, after: int, lex: Lexicon) -> tuple[int, int] | None:
    """The start of a name's last place and the end of the place glossed in brackets after it
    (某省(某市)|沿海产业基地), when a zone follows the gloss: the zone is named by both."""
    if not org.places:
        return None
    open_at = after if text[after : after + 1] in ("(", "（") else org.places[-1].start - 1
    close = re.match(r"[（(][\u4e00-\u9fff]{2,6}[)）]", text[open_at : org.end])
    if open_at < 0 or close is None or open_at + close.end() < after:
        return None
    heads = [p for p in org.places if p.end <= open_at]
    if (
        not heads
        or heads[-1].end != open_at
        or not _zone_ends(text[open_at + close.end() : org.end], lex)
    ):
        return None
    return heads[-1].start, open_at + close.end()


def _zone_ends(rest: str, lex: Lexicon) -> list[int]:
    """Where zone names end in what follows an organization's places, when the name goes on
    as an organization's after the last of them; none otherwise."""
    suffixes = lex.place_suffixes["zone"]
    cuts = sorted({at + len(suffix) for suffix in suffixes for at in _finds(rest, suffix, 2)})
    cuts = [cut for cut in cuts if not _inside_suffix(rest, cut, suffixes)]
    if not cuts or not (org_follows(rest[cuts[-1] :], lex) or lex.org_type(rest) is not None):
        return []
    return cuts


def _body_before_zone(rest: str, lex: Lexicon) -> int:
    """The length of a body's name written before the first zone in what follows a name's
    places (公安局 in 公安局某某经济区检查站): a body of the place before, no word of the
    zone's name; 0 if none.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> [_body_before_zone(r, default_lexicon()) for r in ("公安局青禾新区分局", "青禾新区分局")]
    [3, 0]
    """
    cuts = _zone_ends(rest, lex)
    if not cuts:
        return 0
    heads = [at for at in range(2, cuts[0] - 2) if lex.org_type(rest[:at]) is not None]
    return heads[-1] if heads else 0


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
