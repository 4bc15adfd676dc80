"""Whether a candidate organization name names one body, and what it is named after: its
places, a national prefix or a level-only head (区 in 区总工会, 该镇 in 该镇总工会), a trade
of the article's place, or the body it is listed after. A name whose only words are generic
(企业工会, 片区工会联合会), an organ of a body (某某公司办公室) or a kind of body names
nothing and is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import EntityType
from .compounds import unions_of_places
from .lexicon import Lexicon
from .ner import Tagger
from .orgspan import RULE_LISTED, RULE_TRADE, RULE_TRADE_BODY, OrgSpan
from .orgstart import MAX_NAME, Scan
from .placehit import PlaceHit, is_region, kinds_only, level_only_kind
from .tokens import TokenIndex

__all__ = ["FEDERATION", "brand_word", "build_span", "union_owner"]

FEDERATION = "总工会"
_CENTRE = "中心"
_UNITS = (_CENTRE, "馆")  # a centre or a hall (文化馆, 纪念馆) a body named in it may own
_WORK_GROUP = "工作组"  # a union's working group, a unit of it (ANNOTATION.md: organs, units)
_SERVICE_CENTRE = "服务中心"  # a facility when it serves a group (ANNOTATION.md: service centres)
_HONOURED_LEVELS = "省市县"  # 先进县, 示范市: an honour a level's bodies are given
_UNIT_NUMERALS = "一二三四五六七八九十"  # 中某十一局: the number of a firm's unit
_OWNERLESS_UNIONS = (FEDERATION, "联合工会")  # a place's federation, a union of several bodies


@dataclass(slots=True)
class _Head:
    """How a candidate name begins: its places, a national prefix or a level-only head, and
    the core left between them and the suffix."""

    places: list[PlaceHit]
    pos: int  # where the places end
    national: str | None
    level_head: str | None
    core: str


def build_span(scan: Scan, cand: OrgSpan) -> OrgSpan | None:
    """The candidate as an organization mention, or None if it names no one body."""
    if len(cand.text) > MAX_NAME:
        return None
    if _organ_or_term(cand, scan.lex):
        owner = _organ_owner(cand, scan.lex)
        return None if owner is None else build_span(scan, owner)
    head = _head(scan, cand)
    unit = _unit_of_committee(cand, head, scan.lex)
    if unit is not None:
        return build_span(scan, unit)
    if _not_one_body(scan, cand, head):
        return None
    located = _located_apart(scan, cand, head)
    if located is not None:
        return located
    anchored = head.places or head.level_head or head.national
    core = head.core
    firm = cand.type == "Company"
    numbered = _numbered_unit(scan, cand, core)
    if not (anchored or numbered or _titled_college(scan, cand, core)) and not (
        _distinctive(core, scan.lex, firm) and _proper(cand, scan.index)
    ):
        return _trade_body(scan, cand, core) or _listed_body(scan, cand, core)
    if not anchored and _listed_body(scan, cand, core):
        return cand
    cand.places, cand.level_head = head.places, head.level_head
    cand.branch_place = _branch_place(scan, cand)
    return cand


def _organ_owner(cand: OrgSpan, lex: Lexicon) -> OrgSpan | None:
    """The body an organ or a term is named after: a centre's or a hall's, a party's or a
    union's; None if it names none."""
    return (
        _centre_owner(cand, lex)
        or _party_organ_owner(cand, lex)
        or _union_organ_owner(cand, lex)
        or _bureau_unit_owner(cand, lex)
    )


def _bureau_unit_owner(cand: OrgSpan, lex: Lexicon) -> OrgSpan | None:
    """The bureau whose brigade, squad, division or section the name is (某区城管局 of 某区城管局
    环卫处, 某市公安局某分局 of 某市公安局某分局出入境管理大队): a unit of a body, not an entity
    (ANNOTATION.md: units), so a post in it is a post in the bureau; None for any other name,
    and for a unit with a unit of its own between it and the bureau (某局某支队二大队).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> names = ("青禾市公安局远帆分局治安大队", "青禾县交通运输局运政科", "青禾县政府驻京办事处")
    >>> [getattr(_bureau_unit_owner(OrgSpan(0, len(n), n, "Organization", ""), lex), "text", None)
    ...  for n in names]
    ['青禾市公安局远帆分局', '青禾县交通运输局', None]
    """
    words = lex.cue_words
    unit = next((u for u in words["bureau_unit_ends"] if cand.text.endswith(u)), None)
    if unit is None or cand.text.endswith(tuple(words["stationed_offices"])):
        return None
    bureau = len(cand.text) - len(unit)
    while bureau > 2 and not cand.text.endswith(tuple(words["department_ends"]), 0, bureau):
        bureau -= 1
    rest = cand.text[bureau : -len(unit)]
    owner = lex.org_type(cand.text[:bureau]) if bureau > 2 else None
    if owner is None or owner[0] != "Organization" or any(u in rest for u in _SUB_UNITS):
        return None
    return replace(cand, end=cand.start + bureau, text=cand.text[:bureau], suffix=owner[1])


_SUB_UNITS = ("队", "处", "科", "所")  # 某局某支队二大队: the unit is a smaller unit's


def _located_apart(scan: Scan, cand: OrgSpan, head: _Head) -> OrgSpan | None:
    """The candidate, its branch place set, when the place where the body lies is written
    apart from its name: after a party's or the league's prefix, as a zone before the
    province the name opens with, or before a name that names it again or a business that is
    no registered company, or before a province's firm (某区|省某某公司, no branch place); None
    for any other name."""
    prefixed = _place_after_prefix(scan, cand)
    if prefixed is not None:  # 共青团某区委员会: named by the place after its prefix
        cand.branch_place = prefixed
        return cand
    zone = _zone_before_province(head, cand.type == "Company")
    if zone := zone or _unknown_zone_before_province(scan, cand, head):
        cand.start = zone.end  # 某市高新区|某省某某科技有限公司: the name opens with its province
        cand.text, cand.branch_place = scan.text[cand.start : cand.end], zone
        return cand
    if juxtaposed := _juxtaposed_place(scan, cand, head) or _shop_place(scan, cand, head):
        cand.start, cand.text = head.pos, scan.text[head.pos : cand.end]
        cand.branch_place = juxtaposed
        return cand
    if _province_firm_at_site(scan, cand, head):
        cand.start, cand.text = head.pos, scan.text[head.pos : cand.end]
        return cand  # 某新区|省某某公司: the province's firm at a site there
    return None


def _province_firm_at_site(scan: Scan, cand: OrgSpan, head: _Head) -> bool:
    """Whether a firm named by its province's level only (省某某公司) is written after a
    narrower place (某新区省某某公司建筑工地): a name never writes a wider level after a
    narrower place, so the place is where the firm works, no part of its name."""
    narrow = ("zone", "county", "town")
    if cand.type != "Company" or not head.places or head.places[-1].level not in narrow:
        return False
    province = scan.lex.level_prefixes.get(head.core[:1]) == "province"
    return province and len(head.core) >= 3


def _numbered_unit(scan: Scan, cand: OrgSpan, core: str) -> bool:
    """Whether the name is a firm's numbered unit (三分公司): a number, then a branch's suffix."""
    firm = cand.type == "Company"
    numbered = firm and core and not core.strip(_UNIT_NUMERALS)
    return bool(numbered and cand.suffix in scan.lex.company_branch_suffixes)


def _trade_body(scan: Scan, cand: OrgSpan, core: str) -> OrgSpan | None:
    """货运司机工会联合会, 快递行业协会 in an article about one place: that place's body of the
    trade, named by no place (the candidate, marked so); None for any other name."""
    trades = scan.lex.cue_words["trade_body_suffixes"]
    trade_body = cand.type == "Union" or cand.suffix in trades
    if not trade_body or not _trade_only(core, scan.lex) or _listed(scan.text, cand.start):
        return None
    cand.level_head = ""
    cand.source = RULE_TRADE if cand.type == "Union" else RULE_TRADE_BODY
    return cand


def _juxtaposed_place(scan: Scan, cand: OrgSpan, head: _Head) -> PlaceHit | None:
    """The last of the places written before a name that names that place again (某县国网某县
    供电公司, 某市某县中国某某某县分公司): the body lies there, and those places are no part of
    its name."""
    if not head.places or head.national:
        return None
    last = head.places[-1]
    rest = scan.text[head.pos : cand.end - len(cand.suffix)]
    shorts = {c.short for c in last.candidates if c.short and len(c.short) >= 2}
    # 某市某某有限公司某市分公司: the place again after a registered name is its branch's, the
    # name of the company the branch belongs to begins with the place
    forms = scan.lex.registered_company_forms
    registered = min((at for f in forms if (at := rest.find(f)) >= 0), default=len(rest))
    return last if any(short in rest[:registered] for short in shorts) else None


def _zone_before_province(head: _Head, firm: bool) -> PlaceHit | None:
    """A zone, or for a firm a city or county of the province, written right before a
    province at the head of a name (某市高新区某省某某科技有限公司, 某县某省某某农村商业银行): a
    name never writes a wider place after a narrower one, so the narrower one is where the
    body lies and its name begins with the province (a firm's registered name does; a
    body's, 某区某市经开区某某工会, may hold both)."""
    pairs = zip(head.places, head.places[1:], strict=False)
    return next(
        (
            a
            for a, b in pairs
            if b.level == "province"
            and a.end == b.start
            and (a.level == "zone" or (firm and _of(a, b)))
        ),
        None,
    )


def _unknown_zone_before_province(scan: Scan, cand: OrgSpan, head: _Head) -> PlaceHit | None:
    """A zone the gazetteer does not know, named by a word and a zone's kind, written right
    before the province or city a firm's name opens with (某某新区|某省某某科技有限公司, 某某
    创业园|某市某某食品有限公司): as for a known zone, the zone is where the firm lies and no
    part of its registered name (the model may run the province or city into the firm's own
    word, so it is looked up, not scanned)."""
    if cand.type != "Company" or head.places or head.national or head.level_head:
        return None
    kinds = scan.lex.place_suffixes["zone"]
    cut = min((at + len(k) for k in kinds if (at := cand.text.find(k, 2)) >= 0), default=0)
    zone, rest = cand.text[:cut], cand.text[cut:]
    if not cut or kinds_only(zone, scan.lex) or level_only_kind(zone, scan.lex):
        return None
    lookup = scan.gaz.lookup
    opens = any(p.level_name in _FIRM_OPENERS for n in (2, 3) for p in lookup(rest[:n]))
    return PlaceHit(cand.start, cand.start + cut, zone, zone, "zone") if opens else None


_FIRM_OPENERS = ("province", "city")  # the places a firm's registered name opens with


def _of(division: PlaceHit, province: PlaceHit) -> bool:
    """Whether a city or county lies in the province (their codes share its first digits)."""
    inner = division.place.code if division.place else None
    outer = province.place.code if province.place else None
    if not inner or not outer or division.level not in ("city", "county"):
        return False
    return inner[:2] == outer[:2] and inner != outer


def _shop_place(scan: Scan, cand: OrgSpan, head: _Head) -> PlaceHit | None:
    """The town, village or street written before a business that is no registered company
    (某乡某某山庄, 某路某某书店): where it lies, no part of its name."""
    lex = scan.lex
    if cand.type != "Company" or not head.places or head.national or len(head.core) < 2:
        return None
    registered = (*lex.company_legal_suffixes, *lex.registered_company_forms)
    if cand.suffix in (*registered, *lex.cue_words["registered_business_kinds"]):
        return None  # 某镇某某专业合作社: a cooperative is registered under its town's name
    last = head.places[-1]
    return last if last.level in _LOCAL_LEVELS else None


_LOCAL_LEVELS = ("town", "village")  # a town, a village or a street; a county names its firms


def _place_after_prefix(scan: Scan, cand: OrgSpan) -> PlaceHit | None:
    """The place written right after a party's or the league's prefix at the head of a name
    (中共某县委, 共青团某区委员会), if there is one inside the name."""
    prefix = next((p for p in scan.lex.cue_words["body_prefixes"] if cand.text.startswith(p)), "")
    at = cand.start + len(prefix)
    hits = [h for h in scan.places if prefix and h.start == at and h.end < cand.end]
    return max(hits, key=lambda h: h.end, default=None)


def _centre_owner(cand: OrgSpan, lex: Lexicon) -> OrgSpan | None:
    """The body a centre or a hall named after it belongs to (某街道办事处 of 某街道办事处某某
    服务中心, 某小学 of 某小学棒球文化馆), so a post in it is a post in that body; None for any
    other organ."""
    if not cand.text.endswith(_UNITS):
        return None
    for cut in range(len(cand.text) - 3, 2, -1):
        owner = lex.org_type(cand.text[:cut])
        if owner is not None and owner[0] == "Organization":
            end = cand.start + cut
            return replace(cand, end=end, text=cand.text[:cut], suffix=owner[1])
    return None


def _party_organ_owner(cand: OrgSpan, lex: Lexicon) -> OrgSpan | None:
    """The public body whose party organ the name is (某县政府 of 某县政府党组), so a post in
    the organ is a post in that body; None for the organ of a union or a firm."""
    organ = next((o for o in lex.cue_words["party_organs"] if cand.text.endswith(o)), None)
    if organ is None or len(cand.text) - len(organ) < 3:
        return None
    owner = lex.org_type(cand.text[: -len(organ)])
    if owner is None and organ in lex.organ_words:  # 省职防院党委
        owner = _short_institution(cand.text[: -len(organ)], lex)
    if owner is None or owner[0] != "Organization":
        return None
    cut = len(cand.text) - len(organ)
    return replace(cand, end=cand.start + cut, text=cand.text[:cut], suffix=owner[1])


def _unit_of_committee(cand: OrgSpan, head: _Head, lex: Lexicon) -> OrgSpan | None:
    """The unit whose party committee the name is when a place opens it and a numbered team
    or a project stands between the place and 党委 (某省地勘三队党委, 某市项目党委): a unit's
    committee, not the place's (某镇党委), so a post in it is a post in the unit (ANNOTATION.md:
    party committees); None for any other name — a sector's or a grouping's committee
    (某市某某行业党委, 某街道某某楼宇集群党委) is a body of its own.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> def unit(name, core):
    ...     cand = OrgSpan(0, len(name), name, "Organization", "党委")
    ...     found = _unit_of_committee(cand, _Head([], 2, None, None, core), lex)
    ...     return getattr(found, "text", None)
    >>> unit("青禾地勘三队党委", "地勘三队"), unit("青禾城东街道党委", "城东街道")
    ('青禾地勘三队', None)
    >>> unit("青禾机关党委", "机关"), unit("青禾楼宇集群党委", "楼宇集群")
    (None, None)
    """
    core, words = head.core, lex.cue_words
    if cand.suffix not in words["unit_party_committees"] or not cand.text.endswith(cand.suffix):
        return None
    if head.pos == cand.start or len(core) < 2:  # no place opens the name
        return None
    numbered = re.search(f"[{_UNIT_NUMERALS}][{''.join(words['numbered_unit_words'])}]$", core)
    if not (numbered or core.endswith(tuple(words["committee_unit_ends"]))):
        return None
    cut = len(cand.text) - len(cand.suffix)
    return replace(cand, end=cand.start + cut, text=cand.text[:cut], suffix="")


def _short_institution(name: str, lex: Lexicon) -> tuple[EntityType, str] | None:
    """An institution written by its short form (某省职防院 of 某省职业病防治院, ending in
    院) before its party organ: an Organization named so, not a place's committee."""
    end = next((e for e in lex.cue_words["institution_short_ends"] if name.endswith(e)), None)
    return None if end is None or len(name) < 4 else ("Organization", end)


def _union_organ_owner(cand: OrgSpan, lex: Lexicon) -> OrgSpan | None:
    """The union whose audit or women's committee the name is (某市总工会 of 某市总工会经费审查
    委员会), or the union or company whose department it is (某市总工会办公室), so a post in
    the organ is a post in that body; None for any other organ."""
    organs = (*lex.organ_only, *lex.department_words)
    organ = next((o for o in organs if cand.text.endswith(o)), None)
    if organ is None:
        return None
    cut = len(cand.text) - len(organ)
    if cand.text[:cut].endswith(tuple(lex.cue_words["former_markers"])):
        cut -= 1  # 某市总工会原女职工委员会主任: a post the holder held in the organ before
    cut = _past_firm_unit(cand.text, cut, lex) if organ in lex.department_words else cut
    owner = lex.org_type(cand.text[:cut])
    owners = {"Union"} if organ in lex.organ_only else {"Union", "Company"}
    if owner is None or owner[0] not in owners:
        return None
    text = cand.text[:cut]
    return replace(cand, end=cand.start + cut, text=text, type=owner[0], suffix=owner[1])


_FIRM_UNIT = re.compile(r"[\u4e00-\u9fff]{2,6}部$")


def _past_firm_unit(name: str, cut: int, lex: Lexicon) -> int:
    """Where the company's name ends before a unit of it whose department ``name[cut:]`` is
    (某某油田公司|某某项目部|办公室): the post is in the company, the unit and department in its
    title; ``cut`` itself where no company's unit comes before the department.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> _past_firm_unit("青禾建设公司远帆项目部办公室", 11, default_lexicon())
    6
    >>> _past_firm_unit("青禾市交通局远帆项目部办公室", 11, default_lexicon())
    11
    """
    unit = _FIRM_UNIT.search(name, 0, cut)
    if unit is None:
        return cut
    for start in range(unit.start(), cut - 2):
        owner = lex.org_type(name[:start])
        if owner is not None and owner[0] == "Company":
            return start
    return cut


def _organ_or_term(cand: OrgSpan, lex: Lexicon) -> bool:
    """Whether the name is that of an organ: the party committee, 党组 or 纪委 of an
    organization, a union's audit or women's committee, a company's or union's department, a
    committee of one term (第五届委员会), a body's unit."""
    name, suffix = cand.text, cand.suffix
    owner_name = name[: -len(suffix)]  # 某会机关党委: the organ of the body's offices
    offices = next((w for w in lex.cue_words["organs_of_offices"] if owner_name.endswith(w)), "")
    if suffix in lex.organ_words and lex.org_type(owner_name.removesuffix(offices)):
        return True
    if suffix in lex.organ_words and _short_institution(owner_name, lex):
        return True  # 省职防院党委: the institution's committee
    if _department_of_union_or_firm(name, lex):
        return True
    term = lex.patterns["term_committee"].search(name)
    if name.endswith(lex.organ_only) or (term and not term.group("executive")):
        return True  # an executive committee (执行委员会) stays, to be folded into its union
    if _bureau_unit_owner(cand, lex) is not None:
        return True  # 某区城管局环卫处: a unit of the bureau
    return _unit_of_body(name, lex) or name.endswith("党委政府")


def _department_of_union_or_firm(name: str, lex: Lexicon) -> bool:
    """Whether the name is a department (办公室 …) of a company (or of a unit of it), of a
    union, of a level's 总工会 by its short form, or of a union's organ."""
    department = next((d for d in lex.department_words if name.endswith(d)), None)
    if department is None:
        return False
    owner_name = name[: -len(department)]
    owner = lex.org_type(name[: _past_firm_unit(name, len(owner_name), lex)])
    if owner is not None and owner[0] in {"Company", "Union"}:
        return True  # 某某有限公司办公室, 某某公司某项目部办公室: a department of the company
    if owner_name.endswith(tuple(lex.cue_words["union_short_forms"])):
        return True  # 某省总办公室: a department of the level's 总工会 by its short form
    return owner_name.endswith(lex.organ_only)  # 经费审查委员会办公室: an organ's office


def _unit_of_body(name: str, lex: Lexicon) -> bool:
    """Whether the name is a unit of a body named in it: a body's centre or hall (某总工会
    职工服务中心, 某小学棒球文化馆, 某某公司培训中心), a union's working group (某省总工会第一
    蹲点工作组)."""

    def owned_by(types: set[str]) -> bool:
        return any(
            (lex.org_type(name[:cut]) or ("",))[0] in types for cut in range(3, len(name) - 2)
        )

    if name.endswith(_UNITS) and owned_by({"Union", "Organization", "Company"}):
        return True
    return name.endswith(_WORK_GROUP) and owned_by({"Union"})


def _head(scan: Scan, cand: OrgSpan) -> _Head:
    text, lex = scan.text, scan.lex
    core_end = cand.end - len(cand.suffix)
    lead: list[PlaceHit] = []
    pos = cand.start
    for hit in sorted(scan.places, key=lambda h: (h.start, -h.end)):
        if hit.start < pos or hit.end >= cand.end or hit.end > core_end + _shared(hit, cand):
            continue
        glossed = bool(lead) and _glossed(text, pos, hit)  # 某省(某市)沿海产业基地
        if hit.start > pos and not glossed:
            break
        lead.append(hit)
        pos = hit.end + glossed
    national = next((p for p in lex.national_prefixes if cand.text.startswith(p)), None)
    level_head = None if lead or national else _level_head(text, pos, core_end, lex)
    core_start = pos + len(level_head or "") + len(national or "")
    return _Head(lead, pos, national, level_head, text[core_start:core_end])


def _count_before(text: str, pos: int) -> str:
    """The count written right before ``pos`` (6 of 6省市工会, 两 of 两省总工会), if any.

    >>> _count_before("与6省(市)总工会签订协议", 2), _count_before("会上，市总工会", 3)
    ('6', '')
    """
    start = pos
    while start > 0 and text[start - 1] in _COUNT_CHARS:
        start -= 1
    return text[start:pos]


_COUNT_CHARS = "一二两三四五六七八九十多各0123456789"


def _glossed(text: str, pos: int, hit: PlaceHit) -> bool:
    """Whether ``hit`` is a place glossed in brackets right at ``pos`` (某省|(某市)|)."""
    return (
        hit.start == pos + 1
        and text[pos : pos + 1] in ("(", "（")
        and text[hit.end : hit.end + 1] in (")", "）")
    )


def _shared(hit: PlaceHit, cand: OrgSpan) -> int:
    """How far a place may run into the name's suffix: the place's kind word that opens the
    suffix (某街道 in 某街道办), or one character (某村 in 某村委会).

    >>> from unionkg.extract.orgspan import OrgSpan
    >>> hit = PlaceHit(0, 4, "云杉街道", "云杉街道", "town")
    >>> _shared(hit, OrgSpan(0, 5, "云杉街道办", "Organization", "街道办"))
    2
    """
    word = cand.suffix[: max(0, hit.end - (cand.end - len(cand.suffix)))]
    return max(1, len(word)) if word and hit.text.endswith(word) else 1


def _level_head(text: str, pos: int, core_end: int, lex: Lexicon) -> str | None:
    """A level-only head at ``pos`` (区 in 区总工会, 该镇 in 该镇总工会)."""
    for head in sorted(lex.level_prefixes, key=len, reverse=True):
        for demo in ("", *lex.demonstratives):
            if text.startswith(demo + head, pos) and pos + len(demo + head) <= core_end:
                return None if _word_at(text, pos, demo + head, lex) else demo + head
    return None


def _word_at(text: str, pos: int, head: str, lex: Lexicon) -> bool:
    """Whether a generic word longer than ``head`` begins at ``pos`` (区 of 区域性, 市 of 市区)
    or a group of levels (区县, 市县: the bodies of many places, not one): the level word is no
    head there. A body's suffix (市委) is no such word."""
    words = (*lex.generic_name_words, *lex.cue_words["place_groups"])
    return any(
        len(word) > len(head) and text.startswith(word, pos) and lex.org_type("某" + word) is None
        for word in words
    )


def _several_bodies(scan: Scan, cand: OrgSpan, head: _Head) -> bool:
    """Whether the name speaks of several bodies together (两地总工会, 沪浙工会, 渝某工会)."""
    core_end = cand.end - len(cand.suffix)
    written = scan.text[head.pos + len(head.national or "") : core_end]
    if head.level_head and not head.places:  # 与6|省(市)总工会: the count opens the phrase
        written = _count_before(scan.text, head.pos) + written
    if scan.lex.patterns["collective"].search(written):
        return True  # 两地总工会, 某省等5省市工会
    if scan.lex.patterns["congress"].search(written):
        return True  # 中国工会十八大和某省工会: one body's congress, then another body
    if scan.region_compound(cand.start, core_end):
        return True  # 沪浙工会
    # 某三角工会, 某某经济圈工会: the unions of a region's places together
    region = is_region(head.core, scan.lex) and not head.places
    if cand.type == "Union" and (region or _region_alone(head, scan.lex)):
        return True
    # 渝某工会, 某省工会, 某国工会: places' unions spoken of together
    return cand.type == "Union" and unions_of_places(scan, (cand.start, core_end), cand.suffix)


def _region_alone(head: _Head, lex: Lexicon) -> bool:
    """Whether a name's head is a region and nothing more (某某经济圈|工会); a division the
    gazetteer knows whose name ends like a region's (某某湾区, a county) is no region."""
    return not head.core and any(is_region(p.name, lex) and not p.candidates for p in head.places)


def _described(cand: OrgSpan, core: str, lex: Lexicon) -> bool:
    """Whether the name describes a body or a facility rather than naming a body: the first
    of its kind (某区第一个镇总工会), an honour (某省先进工会, 全国模范县工会), a service
    centre for a group (某区职工服务中心), a centre named by what goes on in it (某区职工文体中心,
    某园区群团活动中心)."""
    if any(w in cand.text for w in lex.cue_words["first_of_kind"]):
        # 某区第一个镇总工会, 某县第一家货运企业行业工会, 某市首个园区工会联合会 (首个园区 read
        # as a place): a description of one
        return True
    # 全国先进县|工会: the honour of a level's union (not 某示范区: a zone, named by its kind)
    honoured = core[:-1] if core.endswith(tuple(_HONOURED_LEVELS)) else core
    if cand.type == "Union" and honoured.endswith(tuple(lex.cue_words["honour_cores"])):
        return True  # 某省建设系统先进工会, 市示范工会: an honour a union is given, no body
    if cand.text.endswith(tuple(w + _CENTRE for w in lex.cue_words["venue_centre_words"])):
        return True  # 某市职工文体中心, 某船文化展示中心: a venue, no body (ANNOTATION.md)
    # 某区职工服务中心, 某社区党群服务中心: a facility serving them, no body
    served = any(w in core for w in lex.cue_words["served_groups"])
    return served and cand.text.endswith(_SERVICE_CENTRE)


def _not_one_body(scan: Scan, cand: OrgSpan, head: _Head) -> bool:
    """Whether the name speaks of several bodies, of an event or of a kind, not of one body."""
    lex, suffix, core = scan.lex, cand.suffix, head.core
    if _several_bodies(scan, cand, head):
        return True
    if _farm_named_after_county(cand, head, lex):
        return False
    if suffix in lex.person_named_suffixes and not _distinctive(core, lex):
        return True  # 某市职工创新工作室: a kind of studio, not one named after its owner
    if _described(cand, core, lex) or _of_a_kind(cand, head, lex):
        return True
    if not head.places and core.startswith(lex.event_verbs):
        return True  # 成立工会联合会: an event, not a name
    words = lex.cue_words
    if head.places and core in (*words["name_run_adverbs"], *words["name_prepositions"]):
        return True  # 到某县就工会工作调研: a place, then the predicate's adverb or preposition
    if not head.places and scan.text.endswith(lex.cue_words["collective_heads"], 0, cand.start):
        return True  # 有关自治区产业工会: whichever level-only bodies concern the matter
    if cand.type == "Union" and _predicate_union(scan, cand, core):
        return True
    if _names_something_of_the_body(scan, cand):
        return True
    if suffix in lex.cue_words["body_only_organs"]:
        return True  # 某市党组: a place has a committee, not a 党组 (one of its bodies' is meant)
    # 某院纪委: an organization's organ, not a place's committee (某市某工作党委)
    return suffix in lex.organ_words and not (
        head.level_head or _place_led(cand.start, cand.end - len(suffix), scan.places)
    )


def _farm_named_after_county(cand: OrgSpan, head: _Head, lex: Lexicon) -> bool:
    """Whether the name is a state farm's named after its county by the county's short form
    alone (某某农场 of 某某县: ``state_farm_ends`` of ``cue_words``): one firm, not a kind of farm
    of the county, which would be written with its level word (某某县农场)."""
    place = head.places[-1] if head.places else None
    return (
        place is not None
        and not head.core
        and place.text != place.name
        and place.end + len(cand.suffix) == cand.end
        and cand.suffix in lex.cue_words["state_farm_ends"]
    )


def _names_something_of_the_body(scan: Scan, cand: OrgSpan) -> bool:
    """Whether the words after the name make it speak of something of the body's, not of the
    body: its meeting, a site it once had or a deputy's standing in it."""
    words, text = scan.lex.cue_words, scan.text
    if text.startswith(tuple(words["former_site_words"]), cand.end):
        return True  # 某省农民协会|旧址: the site a body once had, visited; no body now
    if _runs_into_meeting(scan, cand):
        return True  # 某会十五届一次委员会|议: the committee's meeting, no name of a body
    deputy = text.startswith(words["assembly_members"], cand.end)
    return deputy and cand.suffix in words["assemblies"]  # 全国人大|代表: a deputy's standing


def _runs_into_meeting(scan: Scan, cand: OrgSpan) -> bool:
    """Whether the name's last character opens a word of meeting with the text after it
    (某省总工会十五届一次委员会|议 is 委员会会议 written short): a meeting of the body."""
    at = cand.end - 1
    return any(
        len(word) > 1 and scan.text.startswith(word, at)
        for word in scan.lex.cue_words["meeting_words"]
    )


def _predicate_union(scan: Scan, cand: OrgSpan, core: str) -> bool:
    """Whether a union's core is a predicate (see ``_predicate_core``) and the model does not
    read the whole name as one organization's: that outweighs a verb ending the core
    (某市社会组织工会联合会: the unions of a city's social organizations)."""
    whole = scan.index.spans(cand.start, cand.end, {"ORG"})
    return _predicate_core(core, scan.lex) and not whole


def _predicate_core(core: str, lex: Lexicon) -> bool:
    """Whether a union's core is a predicate, not a name: verbs alone (某镇调研指导工会联合会
    (工作): what is done to a place's unions; one verb alone may be the union's kind:
    某社区联合工会委员会), or ending in a verb of what is done (为某区高质量发展贡献工会力量),
    not one of joining that names the union's kind (某街道新业态联合工会委员会)."""
    if len(core) > 2 and _only_words(core, lex.event_verbs):
        return True
    verb = next((v for v in lex.event_verbs if core.endswith(v)), "")
    return bool(verb) and verb not in lex.joint_verbs


def _of_a_kind(cand: OrgSpan, head: _Head, lex: Lexicon) -> bool:
    """Whether the name speaks of bodies of a kind taken together, or of no body of its own:
    a level's or a trade's unions, whichever bodies concern a matter, a country's unions, a
    line of business, a level's bureau of no kind."""
    suffix, core = cand.suffix, head.core
    if cand.type == "Union" and core.endswith(lex.cue_words["collective_cores"]):
        return True  # 某区基层工会, 市金融系统工会: the unions of a level or a trade together
    if core.startswith(lex.cue_words["collective_heads"]):
        return True  # 省有关产业工会, 相关工会: whichever bodies concern the matter
    if head.national and not core and suffix in lex.cue_words["national_generic_suffixes"]:
        return True  # 中国工会, 四届全国委员会: a country's unions or a committee of no one body
    if len(core.strip(lex.reference_preceders)) < 2 and suffix in lex.core_required_suffixes:
        return True  # 某市外卖, 某市跑外卖: a line of business of a place, or doing it
    return (core or suffix) in lex.cue_words["bare_unit_words"]  # 省局, 市局工会: no kind named


def _branch_place(scan: Scan, cand: OrgSpan) -> PlaceHit | None:
    """The place a branch or a registered company inside a name lies in: a branch's own place
    before one registered elsewhere (某某(甲市)有限公司乙市分公司, 某某甲省有限公司乙市分公司
    lie in 乙市, where the branch serves)."""
    text = scan.text
    found: list[PlaceHit] = []
    for hit in scan.places:
        if (
            cand.start < hit.start
            and hit.end < cand.end
            and scan.lex.branch_after.match(text, hit.end)
        ):
            if text[hit.end] in ")）" and text[hit.start - 1] not in "(（":
                continue
            if any(p.start <= hit.start and hit.end <= p.end for p in cand.places):
                continue  # 某省(某市)沿海产业基地工会: a place inside the zone it is named after
            if brand_word(scan, cand, hit):
                continue
            found.append(hit)
    served = [hit for hit in found[1:] if text.startswith(scan.lex.branch_units, hit.end)]
    return served[-1] if served else (found[0] if found else None)


def brand_word(scan: Scan, cand: OrgSpan, hit: PlaceHit) -> bool:
    """Whether a place inside a registered firm's name (莲花 of 某市某某莲花超市有限公司, no
    branch unit after it) lies outside the place the name opens with: a word of the firm's
    brand, not where it is registered."""
    head = cand.places[-1].place if cand.places else None
    inner = hit.place or (hit.candidates[0] if len(hit.candidates) == 1 else None)
    after = scan.lex.branch_after.match(scan.text, hit.end)
    if head is None or inner is None or after is None:
        return False
    if after.group().endswith(scan.lex.branch_units):
        return False  # 某某银行某市分行: the branch serves the place, wherever the bank is
    if scan.text[cand.start : hit.start].endswith(tuple(scan.lex.registered_company_forms)):
        return False  # 某市某某有限公司|某省|公司: a firm of the parent's, where it works
    return not scan.gaz.is_within(inner, head)


def _listed_body(scan: Scan, cand: OrgSpan, core: str) -> OrgSpan | None:
    """某市教体局、人社局, 某市邮政管理局、市场监督管理局, 某市总工会联合人社局: a government
    body listed right after another, or joined to it by a verb, takes its place (resolved once
    the list is known)."""
    joint = scan.text[cand.start - 1 : cand.start]
    joined = _joined_by_verb(scan, cand)  # 某市总工会联合人社局
    if (
        cand.type == "Organization"
        and cand.suffix not in scan.lex.person_named_suffixes  # 工作和劳模创新工作室: a team
        and (1 <= len(core) <= 6 or _place_organ(scan, cand, core))
        and (joint in scan.lex.list_joints or joined)
    ):
        cand.source = RULE_LISTED
        # 某社区居委会、工会联合会: a union's suffix written bare names the place's union, typed
        # by the whole suffix (工会联合会), not by its shorter tail (联合会)
        cand.type = dict(scan.lex.org_suffixes).get(cand.text, cand.type)
        return cand
    return None


_NAME_WORD_TAGS = {"n", "nz", "nw", "nt", "ns", "vn", "ORG", "LOC", "PER", "j", "s", "f", "m", "q"}


def _place_organ(scan: Scan, cand: OrgSpan, core: str) -> bool:
    """Whether the candidate is a place's organ written bare and whole (政府, 人大 of 某镇党委、
    政府和某镇总工会, of 某镇党委、政府主办, of 某区委副书记、政府区长; not 政协 of 政协联络室)."""
    text, lex = scan.text, scan.lex
    after = text[cand.end : cand.end + 1]
    titled = any(text.startswith(head, cand.end) for head in lex.title_heads)
    # 某市教育局、经信委主要负责人: a department's short form, and the word after it is no
    # part of a name (not 人大 of 人大组成的)
    nxt = scan.index.token(cand.end)
    unnamed = nxt is not None and nxt.start == cand.end and nxt.tag not in _NAME_WORD_TAGS
    unnamed = unnamed and lex.expand(cand.text) != cand.text
    # 某镇党委、政府主办: a listed organ, the verb of what it does right after it
    listed = text[cand.start - 1 : cand.start] in lex.list_joints
    acting = listed and text.startswith(
        (*lex.event_verbs, *lex.cue_words["office_verb_ends"]), cand.end
    )
    whole = (
        not after or after in lex.list_joints or not after.isalnum() or titled or unnamed or acting
    )
    return not core and cand.text in scan.lex.cue_words["title_bodies"] and whole


def _joined_by_verb(scan: Scan, cand: OrgSpan) -> bool:
    """Whether a verb of joining (联合, 携手 …) stands right before ``cand``, not the head of
    a suffix it opens (工会联合会委员会: 联合 of 联合会)."""
    text, lex = scan.text, scan.lex
    verb = next((v for v in lex.joint_verbs if text.endswith(v, 0, cand.start)), "")
    at = cand.start - len(verb)
    return bool(verb) and not any(text.startswith(s, at) for s, _ in lex.org_suffixes)


def union_owner(
    name: str, text: str, index: TokenIndex, lex: Lexicon, tagger: Tagger | None = None
) -> str | None:
    """The organization a union without a place is named after, when it has no suffix to type
    it by (某某院工会, a brand's 工会): the model must read it as one name, at least once in the
    text, and it must be neither generic nor a trade. Where the text writes the name only inside
    the union's, which the model reads as one organization's name (某某重机工会), the model's
    reading of the name alone (with ``tagger``) tells it."""
    union = lex.union_word
    if not name.endswith(union) or name.endswith(_OWNERLESS_UNIONS):
        return None
    head = name[: -len(union)]
    if len(head) < 2 or lex.org_type(head) or head.startswith(lex.national_prefixes):
        return None
    if head in dict(lex.org_suffixes):  # 人大办工会: a kind of body, named by no brand
        return None
    if not _distinctive(head, lex) or _trade_only(head, lex) or head[0] in lex.level_head_chars:
        return None
    at = text.find(head)
    while at != -1:
        if index.spans(at, at + len(head), {"ORG", "nz", "nt"}):
            return head
        at = text.find(head, at + 1)
    return head if tagger is not None and _read_alone(name, head, index, tagger) else None


def _read_alone(union: str, head: str, index: TokenIndex, tagger: Tagger) -> bool:
    """Whether the model reads the union's name as one organization's name where the text
    writes it, and its head alone as one too (某某重机工会, 某某重机: a firm's brand)."""
    if not any(tok.text == union and tok.tag == "ORG" for tok in index.tokens):
        return False
    return tagger.one_organization(head)


def _trade_only(core: str, lex: Lexicon) -> bool:
    """Whether a name's core is a trade or occupation and nothing else (货运司机, 快递物流行业)."""
    return _only_words(core.removesuffix("行业").removesuffix("从业者"), lex.occupation_words)


def _only_words(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` is one or more of ``words`` run together (调研指导: 调研, 指导).

    >>> _only_words("调研指导", ("指导", "调研")), _only_words("服务业", ("服务",))
    (True, False)
    """
    if not text:
        return False
    while text:
        word = next((w for w in words if text.startswith(w)), None)
        if word is None:
            return False
        text = text[len(word) :]
    return True


def _listed(text: str, start: int) -> bool:
    """Whether the name closes a list of kinds (货运司机、快递员等联合工会): a kind, not a name."""
    return (
        text[max(0, start - 1) : start] in {"、", "等", "各"}
        or "等" in text[max(0, start - 2) : start]
    )


def _place_led(start: int, end: int, places: list[PlaceHit]) -> bool:
    """Whether ``text[start:end]`` begins or ends with a place (某镇, 某市某工作): its committee
    is an entity."""
    return any(p.start >= start and (p.end == end or p.start == start) for p in places)


def _proper(cand: OrgSpan, index: TokenIndex) -> bool:
    """Whether the model sees a proper name somewhere in the span (a time it reads across the
    suffix, 今某某酒业公司, is a name it misread), or reads the name's core as the head of an
    organization's name elsewhere (振兴油田工会 where 振兴油田集团 is one)."""
    core = cand.text[: len(cand.text) - len(cand.suffix)]
    suffix_at = cand.start + len(core)
    return any(
        tok.tag in {"ORG", "LOC", "nz", "nw", "PER", "ns", "nt"}
        or (tok.tag == "TIME" and tok.start < suffix_at < tok.end)
        for pos in range(cand.start, cand.end)
        if (tok := index.token(pos)) is not None
    ) or any(
        tok.tag == "ORG" and len(tok.text) > len(core) >= 2 and tok.text.startswith(core)
        for tok in index.tokens
    )


def _titled_college(scan: Scan, cand: OrgSpan, core: str) -> bool:
    """Whether the candidate is a college named by its discipline, a common noun the model
    reads as no proper name (数学学院, 文学院), written right before a title its head holds
    (数学学院副院长, 文学院工会主席): the title shows it is one body, a unit of the school.

    The core must be nouns of two characters or more (not 二级学院院长, 各学院院长)."""
    text, lex = scan.text, scan.lex
    if cand.suffix not in lex.cue_words["college_kinds"] or not 2 <= len(core) <= 4:
        return False
    if not any(text.startswith(head, cand.end) for head in _college_titles(lex)):
        return False
    tokens = {scan.index.token(pos) for pos in range(cand.start, cand.start + len(core))}
    return all(tok is not None and tok.tag == "n" for tok in tokens)


def _college_titles(lex: Lexicon) -> tuple[str, ...]:
    """The titles written right after a college's name: its head's and its union's."""
    return (*lex.cue_words["college_titles"], lex.union_word)


def _distinctive(core: str, lex: Lexicon, firm: bool = False) -> bool:
    """Whether a name's core (no place, no suffix) says which organization it is; a firm's
    brand of two characters, one of them a generic one (某达 with 中, 大 or 新), says it too,
    and so does a firm's numbered unit (中某一局: the number tells the unit, the brand the
    firm)."""
    if firm:
        core = core.rstrip(_UNIT_NUMERALS) or core
        # 某达快递集团: the brand before the trade words, two characters as above
        brand = lex.strip_generic(core, shortest=2)
        if brand != core and len(brand) == len(lex.strip_generic(brand)) + 1 == 2:
            return True
    rest = lex.strip_generic(core)
    return len(core) >= 2 and (len(rest) >= 2 or (firm and len(core) == len(rest) + 1 == 2))
