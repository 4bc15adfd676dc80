"""Place mentions: gazetteer names and their short forms, then the places the gazetteer lacks
(:mod:`.unknown_places`, :mod:`.zones`); and the places a source's name begins with.

A place is accepted where the NER model's word boundaries agree with it, so a place name
buried in another word is left alone. Short forms (温州, 乐清) are accepted only as a whole
word, at the head of an organization or place name, or chained to another place
(温州乐清柳市镇). Ambiguous names (several 白沙镇) are settled by the other places of the same
article; a name that stays ambiguous keeps no code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .abroad import add_places_abroad
from .corps import add_corps_units
from .gazetteer import Gazetteer, Place, family_names
from .lexicon import Lexicon
from .listed_divisions import add_listed_divisions, add_listed_sites
from .placehit import (
    PlaceHit,
    PlaceScan,
    division_hit,
    generic_place,
    is_bare_suffix,
    renamed_form,
)
from .streets import add_address_streets
from .tokens import TokenIndex
from .unknown_places import add_listed_places, add_unknown_places
from .zones import (
    add_parks_after_places,
    add_zones_by_direction,
    zones_after_places,
    zones_with_their_places,
)

__all__ = ["find_places", "source_places"]

_HAN = re.compile(r"[\u4e00-\u9fff]")
_LARGE_COUNTS = "百千万"
_MAX_PLACE = 12


def find_places(text: str, index: TokenIndex, gaz: Gazetteer, lex: Lexicon) -> list[PlaceHit]:
    """Every place mention of ``text``, in order, not overlapping."""
    scan = PlaceScan(text, index, gaz, lex)
    hits = _with_street_word(scan, _gazetteer_hits(scan))
    hits = _village_communities(scan, _with_greater_prefix(scan, hits))
    hits = add_unknown_places(scan, add_places_abroad(scan, hits))
    hits = add_listed_places(scan, hits)
    hits = add_listed_divisions(scan, hits)
    hits = add_listed_sites(scan, hits)
    hits = add_address_streets(scan, hits)
    hits = add_zones_by_direction(scan, hits)
    hits = zones_after_places(scan, hits)
    hits = add_parks_after_places(scan, hits)
    hits = add_corps_units(scan, hits)
    hits = _with_zone_divisions(scan, hits)
    _disambiguate(hits, gaz)
    _settle_renamed(hits, gaz)
    return zones_with_their_places(text, hits, lex)


def _with_zone_divisions(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """A zone named by a city or county it lies in, by that division's short form and the
    zone's kind alone (某某高新区 of 某某区), names the division too: the division is a place
    of the article, as a city is that the gazetteer reads at the zone's head. Words between
    them (某某山保护开发区, 某某综合实验区) make a name of its own."""
    spans = {(h.start, h.end) for h in hits}
    kinds = scan.lex.place_suffixes["zone"]
    added = [
        inner
        for h in hits
        if h.level == "zone"
        for inner in h.inside
        if inner.candidates
        and inner.level in ("city", "county")
        and scan.text[inner.end : h.end] in kinds
        and (inner.start, inner.end) not in spans
    ]
    return sorted([*hits, *added], key=lambda h: (h.start, -h.end)) if added else hits


def _settle_renamed(hits: list[PlaceHit], gaz: Gazetteer) -> None:
    """Every mention of a county the article writes by its new name (凤翔区 for the
    gazetteer's 凤翔县), or with a variant character (澂江县 for 澄江县), takes that name, its
    short form (凤翔) included."""
    renamed = {
        h.candidates[0].index: h.text
        for h in hits
        if h.candidates
        and (renamed_form(h.candidates[0], h.text) or gaz.standard(h.text) == h.name != h.text)
    }
    for hit in hits:
        division = hit.place or (hit.candidates[0] if hit.candidates else None)
        if division is not None and division.index in renamed:
            hit.name = renamed[division.index]


@dataclass(slots=True)
class _Form:
    """A gazetteer form written at ``start:end``, with the divisions it may name."""

    start: int
    end: int
    candidates: list[Place]
    chained: bool  # written right after the place before it (温州|乐清)


def _level_of(place: Place) -> str:
    return place.level_name


def _gazetteer_hits(scan: PlaceScan) -> list[PlaceHit]:
    """The longest gazetteer form at each position that the model's words agree with; a state
    farm's (某某农场) is no place, only the county it may be named after."""
    text, n = scan.text, len(scan.text)
    i = 0
    while i < n:
        hit, farm = None, 0
        if _HAN.match(text[i]):
            chained = bool(scan.hits) and scan.hits[-1].end == i
            hit = _county_of_farm(scan, i)
            if hit is None:
                hit, farm = _longest_form(scan, i, chained)
            if hit is None and chained and not farm:
                hit = _chained_town(scan, i, scan.hits[-1].candidates)
            elif hit is None and text[i - 1 : i] in _LIST_PAUSES and _opens_body(scan, i):
                hit = _chained_town(scan, i, _counties(scan.hits))  # 某县…、柳市某某派出所
        if hit:
            scan.hits.append(hit)
            i = hit.end
        else:
            i += max(farm, 1)
    return scan.hits


def _longest_form(scan: PlaceScan, i: int, chained: bool) -> tuple[PlaceHit | None, int]:
    """The place of the longest gazetteer form written at ``i`` that names one; or, where that
    form is a state farm's, none and the farm's length."""
    text, gaz, farms = scan.text, scan.gaz, scan.lex.cue_words["state_farm_ends"]
    for length in range(min(_MAX_PLACE, len(text) - i), 1, -1):
        form = text[i : i + length]
        if form in gaz and form.endswith(farms):
            return None, length
        if (
            form in gaz
            and not _tail_of_kind(scan, i + length, length)
            and not _section_of_word(scan, i, form, chained)
            and (_may_name_a_place(form, scan.lex) or _town_under(scan, form, chained))
        ):
            hit = _accept(scan, _Form(i, i + length, gaz.lookup(form), chained))
            if hit and _yields_to_district(scan, hit):  # 某市|市南区: 市 is the district's
                hit = _hit(text, i, hit.end - 1, hit.candidates)
            if hit:
                return hit, 0
    return None, 0


def _yields_to_district(scan: PlaceScan, hit: PlaceHit) -> bool:
    """Whether a city's 市 opens the name of one of its districts written right after it
    (青岛市南区 is 青岛 and its 市南区, not 青岛市 and a 南区 elsewhere)."""
    text, gaz, city = scan.text, scan.gaz, "市"
    if not hit.text.endswith(city) or len(hit.text) < 3 or hit.text[:-1] not in gaz:
        return False
    start = hit.end - 1
    for end in range(min(start + _MAX_PLACE, len(text)), start + 2, -1):
        form = text[start:end]
        if form in gaz and any(gaz.is_within(p, c) for p in gaz.lookup(form)
                               for c in hit.candidates):  # fmt: skip
            return True
    return False


def _with_street_word(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """A 街道 written by its short form and 街 (某某路街 for 某某路街道, before the community
    or village it holds: 某区某某路街某某社区) is that town, its written form an alias: the 街
    is no head of the next place's name."""
    text, shorts = scan.text, tuple(scan.lex.cue_words["street_office_shorts"])
    starts = {h.start for h in hits}
    out = []
    for hit in hits:
        word = next((w for w in shorts if text.startswith(w, hit.end)), "")
        end = hit.end + len(word)
        full = next((t for t in scan.lex.town_level_ends if word and t.startswith(word)), "")
        whole = text[end : end + 1] != full[-1:]  # 某某街道 written out: no short form
        if full and hit.name == hit.text + full and end not in starts and whole:
            hit = replace(hit, end=end, text=text[hit.start : end])
        out.append(hit)
    return out


def _village_communities(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """A village the gazetteer knows, written with another kind of village after it (某某村社区,
    a former village now a community), is that community, named as the text writes it."""
    text, villages = scan.text, scan.lex.place_suffixes["village"]
    taken = {h.start for h in hits}
    out = []
    for hit in hits:
        kind = next((k for k in villages if text.startswith(k, hit.end)), "")
        if kind in scan.lex.cue_words["own_bodies"]:
            kind = ""  # 某某社区居委会: the community's committee, a body, not another place
        end = hit.end + len(kind)
        village = hit.level == "village" and hit.text.endswith(villages)
        if village and kind and end not in taken and scan.index.is_boundary(end):
            hit = replace(hit, end=end, text=text[hit.start : end], name=text[hit.start : end])
        out.append(hit)
    return out


def _with_greater_prefix(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """A city written with 大 ("greater") before it (大某某 for the city and its surroundings,
    at the head of the names of its bodies: 大某某总工会) is that city, 大 included, where the
    model reads 大 as a word of its own or as one word with the city; 扩大, 最大 end before it."""
    prefixes = scan.lex.cue_words["greater_prefixes"]
    taken = {h.end for h in hits}
    out = []
    for hit in hits:
        prefix = next((p for p in prefixes if scan.text.endswith(p, 0, hit.start)), None)
        start = hit.start - len(prefix or "")
        tok = scan.index.token(start)
        if prefix and hit.level == "city" and start not in taken and tok and tok.start == start:
            hit = replace(hit, start=start, text=scan.text[start : hit.end])
        out.append(hit)
    return out


_LIST_PAUSES = "、，,和及"


def _opens_body(scan: PlaceScan, start: int) -> bool:
    """Whether the words from ``start`` to the next pause are a body's name (柳市派出所, not
    柳市职工之家)."""
    ends = range(start, min(len(scan.text), start + _MAX_BODY))
    end = next((j for j in ends if scan.text[j] in _PAUSES), None)
    return end is not None and scan.lex.org_type(scan.text[start:end]) is not None


_PAUSES = "、，,。；;：:和及（(“\n "
_MAX_BODY = 20  # the longest body's name read after a town


def _counties(hits: list[PlaceHit]) -> list[Place]:
    """The counties the article has named so far, by a name of their own."""
    return [p for h in hits if h.level == "county" for p in h.candidates[:1]]


def _chained_town(scan: PlaceScan, start: int, upper: list[Place]) -> PlaceHit | None:
    """A town written without its level right after a place it lies in (某县柳市 for 柳市镇,
    某市某区晨光 for 晨光街道), or after a pause in an article that names its county (某县
    …、柳市派出所), in a word the model reads as a place: in an organization's name the words
    after a county are often a trade name that a town shares (某县山川机械)."""
    text, index = scan.text, scan.index
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


def _county_of_farm(scan: PlaceScan, start: int) -> PlaceHit | None:
    """The county a state farm written at ``start`` is named after (某县 of 某某农场, 某某林业局:
    the county's short form, then the farm's word), where its short form names one county and
    the farm's name opens a clause. State farms (``state_farm_ends`` of ``cue_words``) are
    units the gazetteer lists at a town's level; the news names them as the firms they are run
    as, and the county they are named after as their place.

    >>> from unionkg.extract.tokens import TokenIndex
    >>> from unionkg.extract.gazetteer import default_gazetteer
    >>> from unionkg.extract.lexicon import default_lexicon
    >>> text = "缙云林场工会"
    >>> scan = PlaceScan(text, TokenIndex(text, []), default_gazetteer(), default_lexicon())
    >>> _county_of_farm(scan, 0).name, _county_of_farm(scan, 1)
    ('缙云县', None)
    """
    if _HAN.match(scan.text[start - 1 : start]):
        return None  # 某某农垦某某农场: words written before it may be the farm's name
    for size in (2, 3):
        if scan.text.startswith(scan.lex.cue_words["state_farm_ends"], start + size):
            hit = division_hit(scan.gaz, scan.text[start : start + size], start, by_short=True)
            if hit is not None and hit.level == "county" and _in_named_province(scan, hit):
                return hit
    return None


def _in_named_province(scan: PlaceScan, hit: PlaceHit) -> bool:
    """Whether ``hit`` lies in a province the article has named before it, or the article
    has named none (某省农垦某某农场 … 某某农场: a farm of that province, whatever county of
    another shares its name)."""
    provinces = [c for h in scan.hits if h.level == "province" for c in h.candidates]
    return not provinces or any(scan.gaz.is_within(c, p) for c in hit.candidates for p in provinces)


def _may_name_a_place(form: str, lex: Lexicon) -> bool:
    """Whether a gazetteer form is more than a bare suffix, a generic word, a kind of place or
    a numbered unit (一队, 三组: a village's team in the gazetteer, a work team in the news).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> [_may_name_a_place(f, default_lexicon()) for f in ("二队", "青禾村", "三亚")]
    [False, True, True]
    """
    return not (
        is_bare_suffix(form, lex)
        or _numbered_unit(form, lex)
        or form in lex.generic_name_words
        or generic_place(form, lex)
        or _kind_and_body(form, lex)
    )


def _numbered_unit(form: str, lex: Lexicon) -> bool:
    units = lex.cue_words["numbered_unit_words"]
    return len(form) == 2 and form[0] in "一二三四五六七八九十" and form[1] in units


def _tail_of_kind(scan: PlaceScan, end: int, length: int) -> bool:
    """Whether the ``length`` characters ending at ``end`` close a longer kind of place
    written in full there (青禾高|新技术产业园区, 某工业集|中区): the gazetteer's entry for
    the kind's tail is no place of the text.

    >>> from unionkg.extract.tokens import TokenIndex
    >>> from unionkg.extract.gazetteer import default_gazetteer
    >>> from unionkg.extract.lexicon import default_lexicon
    >>> text = "青禾高新技术产业园区"
    >>> scan = PlaceScan(text, TokenIndex(text, []), default_gazetteer(), default_lexicon())
    >>> _tail_of_kind(scan, 10, 7), _tail_of_kind(scan, 10, 8)
    (True, False)
    """
    kinds = scan.lex.place_suffixes_longest_first
    return any(len(k) > length and scan.text.endswith(k, 0, end) for k in kinds)


def _section_of_word(scan: PlaceScan, start: int, form: str, chained: bool) -> bool:
    """Whether a district named by a direction alone (北区, 东区) is written unchained right
    after a body's name (某某中学|北区): a section of its campus, not the district of that name
    elsewhere. After a place (某某步行街|北区) it is a section of the place, a place itself.

    >>> from unionkg.extract.tokens import TokenIndex
    >>> from unionkg.extract.gazetteer import default_gazetteer
    >>> from unionkg.extract.lexicon import default_lexicon
    >>> text = "青禾中学北区礼堂"
    >>> scan = PlaceScan(text, TokenIndex(text, []), default_gazetteer(), default_lexicon())
    >>> _section_of_word(scan, 4, "北区", False), _section_of_word(scan, 4, "北区", True)
    (True, False)
    """
    directions = scan.lex.cue_words["localizer_characters"]
    if chained or len(form) != 2 or form[0] not in directions or not form.endswith("区"):
        return False
    return any(scan.text.endswith(suffix, 0, start) for suffix, _ in scan.lex.org_suffixes)


def _kind_and_body(form: str, lex: Lexicon) -> bool:
    """Whether a gazetteer form is a kind of place and a body's suffix only (开发区管委会: a
    zone's committee the gazetteer lists as a town, named by no name of its own).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _kind_and_body("开发区管委会", lex), _kind_and_body("青禾开发区管委会", lex)
    (True, False)
    """
    heads = [form[: -len(s)] for s, _ in lex.org_suffixes if form.endswith(s) and form != s]
    return any(is_bare_suffix(h, lex) or generic_place(h, lex) for h in heads if h)


def _town_under(scan: PlaceScan, form: str, chained: bool) -> bool:
    """Whether ``form`` is a town's or a county's full name (建设街道, 工业镇, 城区: an ordinary
    word and its level) written right after a place it lies in (某区|建设街道, 某市|城区): there
    it names the town or the county."""
    lex = scan.lex
    levels = {3: lex.place_suffixes["town"], 2: lex.place_suffixes["county"]}
    if not chained or is_bare_suffix(form, lex):
        return False
    upper = scan.hits[-1].candidates
    return any(
        p.name == form
        and p.level in levels
        and form.endswith(tuple(levels[p.level]))
        and scan.gaz.is_within(p, u)
        for p in scan.gaz.lookup(form)
        for u in upper
    )


def _accept(scan: PlaceScan, form: _Form) -> PlaceHit | None:
    """The place ``form`` names, if the model's word boundaries agree with it: a full name
    (a village's only as a whole word or chained), or a short form that fits (see
    :func:`_short_form`)."""
    start, end = form.start, form.end
    written = scan.gaz.standard(scan.text[start:end])  # 澂江县 is 澄江县 written with a variant
    full = _full_names(form, written)
    if not _bounds_agree(scan, form, full) or _demonym_after(scan, end):
        return None
    if not full:  # a short form: 温州 for 温州市
        return _short_form(scan, form)
    if _new_name_inside_word(scan, form, full, written):
        return None  # 珠|江城市: a renamed county's new name (江城 and 市) read inside a word
    if all(p.level == 4 for p in full) and not _village_written(scan, form):
        return None
    return _hit(scan.text, start, end, full)


def _full_names(form: _Form, written: str) -> list[Place]:
    """The candidates of ``form`` that ``written`` names in full: by their name, their
    autonomous division's common full form, or their new name."""
    return [p for p in form.candidates if p.name == written
            or _autonomous_form(p, written) or renamed_form(p, written)]  # fmt: skip


def _bounds_agree(scan: PlaceScan, form: _Form, full: list[Place]) -> bool:
    """Whether the model's words start and end where ``form`` does (or inside a name), or
    the form is chained: its head to a place before it, its end to a division within it."""
    index, start, end = scan.index, form.start, form.end
    head_ok = index.is_boundary(start) or index.inside_name(start) or form.chained
    tail_ok = (
        index.is_boundary(end) or index.inside_name(end - 1) or _chained_within(scan, form, full)
    )
    return head_ok and tail_ok


def _new_name_inside_word(scan: PlaceScan, form: _Form, full: list[Place], written: str) -> bool:
    """Whether the full names ``form`` is read as are none of them the written name (a new
    name, an autonomous division's common form), and it starts inside the model's word,
    unchained (珠|江城市): a word that only looks like a renamed county's new name."""
    return all(p.name != written for p in full) and not (
        scan.index.is_boundary(form.start) or form.chained
    )


def _village_written(scan: PlaceScan, form: _Form) -> bool:
    """Whether a village's full name is written as a place: chained after its parents, or as
    a whole word of the model's that does not open with a level word (市中行党委: a level word
    and a body's short name, not the village) nor end in a generic word, and not a large
    count (万村: ten thousand villages); or written again after the article named it as a
    place (某县某镇某某社区, then 某某社区居委会: the model may run it into the next word), unless
    another kind of village follows it (某某村|社区: :func:`_village_communities` reads that)."""
    if form.chained or _village_again(scan, form):
        return True
    if form.end - form.start == 2 and scan.text[form.start] in _LARGE_COUNTS:
        return False  # 万企联万村: ten thousand villages, no village's name
    tok = scan.index.token(form.start)
    whole = tok is not None and tok.start == form.start and tok.end == form.end
    if _generic_village_tail(scan.text[form.start : form.end], scan.lex):
        return False  # 发展同乡村振兴: 同 and the word 乡村, no village
    return whole and scan.text[form.start] not in scan.lex.level_head_chars


def _village_again(scan: PlaceScan, form: _Form) -> bool:
    """Whether a village's name is written again after the article named it as a place, and
    no other kind of village follows it (a committee may)."""
    name = scan.text[form.start : form.end]
    bodies = scan.lex.cue_words["own_bodies"]  # 某某社区|居委会: its committee, no village
    villages = tuple(k for k in scan.lex.place_suffixes["village"] if k not in bodies)
    again = any(hit.text == name for hit in scan.hits)
    return again and not scan.text.startswith(villages, form.end)


def _generic_village_tail(name: str, lex: Lexicon) -> bool:
    """Whether a village's name ends in a generic word longer than a village's suffix (同|乡村,
    新|农村): unchained, the word it ends in is read, not the village.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> [_generic_village_tail(n, default_lexicon()) for n in ("同乡村", "远帆村", "青禾社区")]
    [True, False, False]
    """
    villages = lex.place_suffixes["village"]
    return any(
        len(g) < len(name) and name.endswith(g) and g.endswith(villages) and g not in villages
        for g in lex.generic_name_words
    )


def _chained_within(scan: PlaceScan, form: _Form, full: list[Place]) -> bool:
    """Whether a division written by its full name follows right after a place it lies in
    (某省|某某自治州|某市总工会, which the model read as one verb): the chain of full names
    is a place's, wherever the model's words end."""
    if not (form.chained and full):
        return False
    upper = scan.hits[-1].candidates
    return any(scan.gaz.is_within(p, u) for p in full for u in upper)


def _autonomous_form(place: Place, written: str) -> bool:
    """Whether ``written`` is an autonomous division's common full form: its short name and
    its level (陵水县 for 陵水黎族自治县, 某某州 for 某某自治州)."""
    level = written[-1:]
    return (
        place.short is not None
        and written == place.short + level
        and (place.name.endswith("自治" + level))
    )


def _demonym_after(scan: PlaceScan, end: int) -> bool:
    """Whether the model's word after a place makes it its people (江苏|人, 广东|人), or a
    people's word follows it however the model reads it (台湾同胞, inside 某某台湾同胞联谊会
    too: cue_words.people_after_place): no place of the article is meant."""
    if scan.text.startswith(tuple(scan.lex.cue_words["people_after_place"]), end):
        return True
    word = scan.index.token(end)
    return (
        word is not None
        and word.start == end
        and (scan.lex.patterns["demonym"].fullmatch(word.text) is not None)
    )


def _hit(text: str, start: int, end: int, candidates: list[Place]) -> PlaceHit:
    first, written = candidates[0], text[start:end]
    name = written if renamed_form(first, written) else first.name
    return PlaceHit(start, end, written, name, _level_of(first), candidates)


def _short_form(scan: PlaceScan, form: _Form) -> PlaceHit | None:
    """A short form (温州, 乐清) is a place as a whole word, at the head of a name, chained to
    a place it lies in or contains, or with its level character (某某州); not when a town's
    head follows it (云林街道 is a town of its own, but 宁波|镇海区 is two)."""
    text, gaz, end = scan.text, scan.gaz, form.end
    if _given_name_after_title(scan, form.start):
        return None
    if text.endswith(tuple(scan.lex.cue_words["feast_before_word"]), 0, form.start):
        return None  # 六十周年|大庆: the feast of an anniversary, not the city
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
    # 某市某行|某县支行: a county's branch where the article names the city it lies in
    ancestor = any(_ancestor_named(text, p, gaz) for p in form.candidates)
    if (high or written_out or ancestor) and scan.lex.branch_after.match(text, form.end):
        # 某某银行重庆分行: a branch names the city it serves, a firm the place it lies in
        return _hit(text, form.start, form.end, form.candidates)
    if not _supported(scan, form, whole, rest):
        return None
    return _hit(text, form.start, form.end, form.candidates)


def _given_name_after_title(scan: PlaceScan, start: int) -> bool:
    """副主席官|金华: a family name written right after a post and before the short form, which
    is the given name of the post's holder, not a place."""
    family = scan.text[start - 1 : start]
    words = scan.lex.cue_words
    if family in words["name_prepositions"] or family in words["list_joints"]:
        return False  # 主任于|杭州, 书记向|温州: a preposition before the place
    tok = scan.index.token(start - 1)
    lone = tok is not None and len(tok.text) == 1 and tok.tag in {"n", "nr", "PER"}
    if not (lone or family in family_names()[0]) or family in "到赴至去来":
        return False
    return scan.lex.title_head(scan.text[max(0, start - 9) : start - 1]) is not None


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


def _supported(scan: PlaceScan, form: _Form, whole: bool, rest: int) -> bool:
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
    ancestor = any(_ancestor_named(text, p, gaz) for p in cands)
    # a county's short form heading a registered firm's name (某县某某科技有限公司) where the
    # article names its city or province: the firm is registered there
    registered = ancestor and _heads_registered_firm(scan, form.start)
    related = related or _sibling_or_port(scan, form, rest)
    if not (whole or related or registered or (rest >= 2 and (high or written_out))):
        return False
    # 张家港 read alone as a place: a short form of three characters is no common word
    located = whole and form.end - form.start >= 3 and _model_place(scan.index, form.start)
    return high or related or written_out or ancestor or located


def _sibling_or_port(scan: PlaceScan, form: _Form, rest: int) -> bool:
    """Whether the short form is listed after a sibling place or names a harbour's place."""
    return _listed_sibling(scan, form) or _port_of(scan, form.end, rest)


def _port_of(scan: PlaceScan, end: int, rest: int) -> bool:
    """Whether the short form ending at ``end`` opens a word that closes with a one-character
    kind of site named by its place (青禾港: the harbour of 青禾), not a people's word after it
    (青禾港人: people of the harbour's city, 港 for another place)."""
    site = rest == 1 and scan.text[end] in scan.lex.cue_words["place_named_sites"]
    return site and not _demonym_after(scan, end + 1)


def _model_place(index: TokenIndex, start: int) -> bool:
    """Whether the model reads the word at ``start`` as a place (LOC)."""
    tok = index.token(start)
    return tok is not None and tok.tag == "LOC"


def _listed_sibling(scan: PlaceScan, form: _Form) -> bool:
    """Whether the short form is listed right after a place of the same city or province
    (甲区、乙区、丙总工会 written 甲、乙、丙总工会): the list names places of one kind."""
    if not scan.hits or form.start < 1 or scan.hits[-1].end != form.start - 1:
        return False
    if scan.text[form.start - 1] not in scan.lex.list_joints:
        return False
    parents = {p.parent for p in scan.hits[-1].candidates if p.parent is not None}
    return any(p.parent in parents for p in form.candidates)


def _heads_registered_firm(scan: PlaceScan, start: int) -> bool:
    """Whether the model's word at ``start`` is a registered firm's name (某县某某科技有限公司),
    a plant's (某县发电厂, 某县采油厂; a group's may be a brand), a power utility's (某县供电
    公司, 某区供电局), a local bank's or a school's, or its union's (某县农商银行, named after
    the division it serves; 某县师范大学): such a name opens with the county it lies in."""
    tok = scan.index.token(start)
    if tok is None or tok.start != start or tok.tag != "ORG":
        return False
    words = scan.lex.cue_words
    ends = (*words["registered_firm_ends"], *words["plant_ends"], *words["utility_ends"])
    name = tok.text.removesuffix(scan.lex.union_word)  # 某县农商银行工会: the bank's union
    # 某县师范学院(工会): a school is named after the county it lies in too
    local = (*words["local_bank_ends"], *words["school_ends"])
    return tok.text.endswith(ends) or name.endswith(local)


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


def source_places(source: str, gaz: Gazetteer, openers: tuple[str, ...] = ()) -> list[Place]:
    """The places a source's name begins with, each within the one before it: a paper or a
    body named after its place speaks of that place as 市, 区 … (阜新日报: 阜新市). A form
    counts written in full or as a province's or city's short form; a county's short form or
    a name several divisions share at the head stops the reading (新华书店 is no 新华区). A
    media brand's opening word (``openers``: 智慧, 今日 …) may come before the place, when
    the name holds no place at its head.

    >>> from unionkg.extract.gazetteer import default_gazetteer
    >>> gaz = default_gazetteer()
    >>> [p.name for p in source_places("温州日报", gaz)]
    ['温州市']
    >>> [p.name for p in source_places("温州市鹿城区总工会", gaz)]
    ['温州市', '鹿城区']
    >>> [p.name for p in source_places("温州鹿城总工会", gaz)]
    ['温州市', '鹿城区']
    >>> source_places("新华书店", gaz), source_places("", gaz)
    ([], [])
    >>> [p.name for p in source_places("今日温州", gaz, ("今日",))]
    ['温州市']
    """
    out: list[Place] = []
    pos = 0
    if openers and _source_form(source, 0, gaz, None) is None:
        pos = next((len(w) for w in openers if source.startswith(w)), 0)
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
        # a county by its short form only within the place before it (某市某某: 某某区)
        short_ok = 1 if upper is None else 2
        cands = [p for p in gaz.lookup(form)
                 if p.level < 4 and (p.name == form or p.level <= short_ok)]  # fmt: skip
        if upper is not None:
            cands = [p for p in cands if gaz.is_within(p, upper) and p.index != upper.index]
        if not cands:
            continue
        top = [p for p in cands if p.level == cands[0].level]
        return (length, top[0]) if len(top) == 1 else None
    return None


def _disambiguate(hits: list[PlaceHit], gaz: Gazetteer) -> None:
    """Choose one division per hit, preferring those whose ancestors the article names."""
    named = {h.name for h in hits} | {h.text for h in hits}
    chosen: dict[str, Place | None] = {}
    ends = {h.end: h for h in hits}
    for hit in hits:
        if not hit.candidates:
            continue
        if hit.name in chosen:  # the same name again: its division (name and level as written)
            hit.place = chosen[hit.name]
            continue
        candidates = _within_place_before(hit, ends.get(hit.start), gaz)
        place = chosen[hit.name] = hit.place = _best_division(candidates, named, gaz)
        if place is not None:
            hit.name, hit.level = place.name, place.level_name


def _within_place_before(hit: PlaceHit, before: PlaceHit | None, gaz: Gazetteer) -> list[Place]:
    """The divisions ``hit`` may name that lie in the place written right before it (某县|某镇:
    the town of that county, whatever other county of the article has a town of that name);
    all of them where none does or no place is written there."""
    if before is None or before.place is None:
        return hit.candidates
    outer = before.place.index
    within = [c for c in hit.candidates if any(a.index == outer for a in gaz.chain(c)[1:])]
    return within or hit.candidates


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
