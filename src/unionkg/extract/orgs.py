"""Organization names by their grammar: [place …] + name + suffix.

Each occurrence of a suffix from the lexicon (总工会, 有限公司, 卫生院 …) ends a candidate
name; its start is found by walking left from the suffix (see :mod:`.orgstart`). A name
whose only words are generic (企业工会, 片区工会联合会) names nothing and is dropped.
Level-only heads (区总工会, 市人社局, 该镇) are kept as they are written and resolved against
the article's places later.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..model import EntityType
from .lexicon import Lexicon
from .media import media_credits
from .national import national_bodies
from .orgstart import CLOSE, MAX_NAME, Scan, name_start
from .places import PlaceHit, TokenIndex

__all__ = ["OrgSpan", "find_orgs", "union_owner"]

RULE = "org-suffix/v1"
RULE_TRADE = "trade-union-of-place/v1"
RULE_TRADE_BODY = "trade-body-of-place/v1"
RULE_LISTED = "listed-after-place/v1"
MEDIA_RULE = "media-credit/v1"
NATIONAL_RULE = "national-body/v1"


@dataclass(slots=True)
class OrgSpan:
    """An organization mention."""

    start: int
    end: int
    text: str
    type: EntityType
    suffix: str
    places: list[PlaceHit] = field(default_factory=list)  # places at the head of the name
    level_head: str | None = None  # 区 in 区总工会, 该镇 in 该镇总工会
    source: str = RULE
    listed_after: OrgSpan | None = None  # the placed body a bare one is listed after
    branch_place: PlaceHit | None = None  # 重庆 in 某某银行重庆分行


def find_orgs(text: str, index: TokenIndex, places: list[PlaceHit], lex: Lexicon) -> list[OrgSpan]:
    """Every organization mention of ``text`` (nested ones included: a company's union and the
    company are both returned)."""
    scan = Scan.of(text, index, places, lex)
    pattern = re.compile("|".join(re.escape(s) for s, _ in lex.org_suffixes))
    spans: list[OrgSpan] = []
    seen: set[tuple[int, int]] = set()
    for match in _suffixes(pattern, text):
        span = _span_at(scan, match)
        if span is None or (span.start, span.end) in seen:
            continue
        seen.add((span.start, span.end))
        spans.append(span)
    spans = _inherit_list_places(scan, spans)
    spans += _glossed_owners(scan, spans)
    spans = _with_sub_brands(scan, spans)
    taken = [(s.start, s.end) for s in spans]
    for start, end, name in media_credits(text, taken, places, lex):
        spans.append(OrgSpan(start, end, name, "Organization", "", [], None, MEDIA_RULE))
    for start, end, name in national_bodies(text, index, places, taken, lex):
        spans.append(OrgSpan(start, end, name, "Organization", "", [], None, NATIONAL_RULE))
    return _drop_heads_of_units(spans, lex)


_NOT_BRAND_HEADS = {"p", "c", "u", "w", "r", "d", "ad", "m", "q", "f", "TIME", "PER", "xc"}


def _with_sub_brands(scan: Scan, spans: list[OrgSpan]) -> list[OrgSpan]:
    """某某集团某某出行 (a group and its sub-brand, written together more than once and
    followed by different words each time) is one company: it takes the place of the group's
    mention there, and 某某集团某某出行工会 is its union."""
    out: list[OrgSpan] = []
    parents = scan.lex.cue_words["sub_brand_parents"]
    brands: dict[str, str] = {}
    for span in spans:
        if span.type == "Company" and span.text.endswith(parents):
            brand = _sub_brand(scan, span)
            if brand is not None:
                brands.setdefault(span.text, brand)
    for span in spans:
        brand = brands.get(span.text) if span.type == "Company" else None
        if brand is None or not scan.text.startswith(brand, span.end):
            out.append(span)
            continue
        end = span.end + len(brand)
        company = OrgSpan(span.start, end, scan.text[span.start : end], "Company", "",
                          span.places, span.level_head)  # fmt: skip
        out.append(company)
        union = scan.lex.union_word
        if scan.text.startswith(union, end) and not _continues(scan, end + len(union)):
            name = company.text + union
            out.append(OrgSpan(span.start, end + len(union), name, "Union", union,
                               span.places, span.level_head))  # fmt: skip
    return out


def _sub_brand(scan: Scan, span: OrgSpan) -> str | None:
    """The 2–4 characters after a group's name that name its sub-brand, if they do (see
    :func:`_with_sub_brands`)."""
    text, lex, end = scan.text, scan.lex, span.end
    tok = scan.index.token(end)
    if tok is None or tok.start != end or tok.tag in _NOT_BRAND_HEADS or end in scan.place_starts:
        return None  # 某集团云南分部: a branch of a place, not a sub-brand
    if any(text.startswith(w, end) for w in (*lex.title_heads, *lex.event_verbs, *lex.joint_verbs,
                                             lex.union_word, *lex.organ_words)):  # fmt: skip
        return None
    for size in (4, 3, 2):
        brand = text[end : end + size]
        whole = span.text + brand
        if not re.fullmatch(r"[\u4e00-\u9fff]+", brand) or not scan.index.is_boundary(end + size):
            continue
        after = {text[m.end() : m.end() + 1] for m in re.finditer(re.escape(whole), text)}
        if len(after) >= 2:
            return brand
    return None


_GLOSS = re.compile(r"[（(]([^()（）]{4,30})[)）]$")


def _glossed_owners(scan: Scan, spans: list[OrgSpan]) -> list[OrgSpan]:
    """某事业部(某某食品有限公司)工会: a union whose owner is glossed in brackets by its
    registered name is that company's union; the company is a mention of its own."""
    owners = []
    for span in spans:
        if span.type != "Union":
            continue
        gloss = _GLOSS.search(span.text, 0, len(span.text) - len(span.suffix))
        typed = scan.lex.org_type(gloss.group(1)) if gloss else None
        if gloss is None or typed is None or typed[0] != "Company":
            continue
        start = span.start + gloss.start(1)
        inner = OrgSpan(start, start + len(gloss.group(1)), gloss.group(1), *typed)
        owner = _build(scan, inner)
        if owner is None:
            continue
        owners.append(owner)
        span.text = gloss.group(1) + span.text[gloss.end() :]
        span.places, span.level_head, span.branch_place = [], None, None
    return owners


def _span_at(scan: Scan, match: re.Match[str]) -> OrgSpan | None:
    """The organization whose name ends with this suffix, if one does."""
    text, end = scan.text, match.end()
    if _continues(scan, end) or text.endswith(scan.lex.cue_words["not_body_words"], 0, end):
        return None  # 服务全县发展大局: a word that ends like a body's name, not a body
    start = name_start(scan, match.start())
    if _counted(text, start, scan.lex) or _channel(text, start, end, scan.lex):
        return None
    start = _trimmed_start(scan, start, match)
    typed = _type_of(text[start:end], scan.lex)
    if typed is None:
        return None
    return _build(scan, OrgSpan(start, end, text[start:end], *typed))


def _trimmed_start(scan: Scan, start: int, match: re.Match[str]) -> int:
    """The start once words before the name that belong to the sentence are left out."""
    text, lex = scan.text, scan.lex
    if match.group() in lex.person_named_suffixes:
        start = _after_owner(text, start, scan.persons)
    kind = lex.kind_before_place.search(text, start, match.start())
    if kind and kind.end() in scan.place_starts:
        start = kind.end()  # 物业企业|某省某某公司: a kind of body, then its name
    joint = lex.joint_verb.match(text, start)
    if joint and (text[joint.end()] in lex.level_head_chars or joint.end() in scan.place_starts):
        start = joint.end()  # 联合区人社局: the verb is no part of the name
    start = _after_partner(scan, start, match.start())
    committee = lex.committee_before_government.search(text, start, match.end())
    if committee and committee.end() < match.end():
        start = committee.end()  # 某县委县政府: the government after the committee
    return start


def _partner_joint(lex: Lexicon) -> re.Pattern[str]:
    """A joint verb (联合, 携手) or a conjunction (和, 与, 同) between two bodies' names."""
    return lex.compiled(_partner_joint_pattern)


def _partner_joint_pattern(lex: Lexicon) -> re.Pattern[str]:
    words = sorted({*lex.joint_verbs, *lex.cue_words["org_joints"]}, key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)))


def _after_partner(scan: Scan, start: int, suffix_start: int) -> int:
    """The start of a name written right after a body and a joint verb or a conjunction
    (某总工会联合市文旅局, 某总工会和县人社局: the model reads one word), past the body and
    the joint."""
    text, lex = scan.text, scan.lex
    for pos in range(start + 2, suffix_start):  # 总工会同: 同 inside the joint verb 会同 too
        joint = _partner_joint(lex).match(text, pos, suffix_start)
        body = text[start:pos]  # 某市总联合: a level's 总工会 by its short form is a body too
        if joint and (lex.org_type(body) or body.endswith(lex.cue_words["union_short_forms"])):
            return joint.end()
    return start


def _type_of(name: str, lex: Lexicon) -> tuple[EntityType, str] | None:
    """The type and suffix of a name, or None if no suffix types it."""
    level = _bare_committee_level(name, lex)
    if level:  # 县委, 市委: a level word and 委
        return "Organization", name[len(level) :]
    typed = lex.org_type(name)
    if typed is None:
        return None
    etype, suffix = typed
    numbered = _numbered_unit(name, lex)
    if numbered:
        return "Company", numbered  # 中铁某局, 某局三分部: a state firm's numbered unit
    if suffix in lex.cue_words["numbered_only_units"]:
        return None  # 分部 with no number: a part of something, not a firm
    if suffix.endswith("委员会") and lex.union_word in name[: -len(suffix)]:
        etype = "Union"  # 某某工会全国委员会, 某某工会某省工作委员会: the union itself
    if etype == "Organization" and suffix in lex.branch_units and _company_unit(name, suffix, lex):
        etype = "Company"  # 某某有限公司某地办事处: an office of the company is the company's
    return etype, suffix


def _company_unit(name: str, suffix: str, lex: Lexicon) -> bool:
    """Whether a unit's name opens with a company's, a place of a few characters at most
    between them (某某集团有限公司拉萨办事处)."""
    head = name[: -len(suffix)]
    cuts = range(max(1, len(head) - 4), len(head) + 1)
    return any((lex.org_type(head[:cut]) or ("",))[0] == "Company" for cut in cuts)


_NUMERAL = re.compile("[一二三四五六七八九十]+$")


def _numbered_unit(name: str, lex: Lexicon) -> str | None:
    """The unit word of a state firm's numbered unit (中建八局, 某公局二分部), if the name is
    one: a numeral, then the unit, after a head of at least two characters.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _numbered_unit("中铁十局", lex), _numbered_unit("青禾县教育局", lex)
    ('局', None)
    """
    for unit in lex.cue_words["numbered_firm_units"]:
        numeral = _NUMERAL.search(name, 0, len(name) - len(unit)) if name.endswith(unit) else None
        if numeral and numeral.start() >= 2:
            return unit
    return None


def _bare_committee_level(name: str, lex: Lexicon) -> str | None:
    """The level word of a place's party committee named by its level alone (县委, 街道党工委)."""
    if name not in lex.party_committees:
        return None
    heads = [h for h in lex.level_prefixes if name.startswith(h) and len(h) < len(name)]
    return max(heads, key=len, default=None)


def _counted(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a count of bodies comes before the name (5家网约车租赁公司, 一家家庭农场): it
    speaks of a kind of organization, not of one."""
    return lex.patterns["counted"].search(text, max(0, start - 6), start) is not None


def _channel(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the name is that of a chat group, account or app (“某某工会”微信群)."""
    return start > 0 and text[start - 1] in '“"「『' and lex.channel.match(text, end) is not None


def _after_owner(text: str, start: int, persons: set[str]) -> int:
    """The start of a name that begins with its owner's name (某某家庭农场, 某某劳模创新工作室),
    when the article names that person elsewhere too; ``start`` otherwise."""
    owners = [p for p in persons if text.endswith(p, 0, start)]
    return start - max(map(len, owners)) if owners else start


def _suffixes(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Each suffix occurrence, and a longer one starting inside it: 省委 and 委组织部 in
    省委组织部 (a department of the committee is a body of its own)."""
    pos = 0
    while match := pattern.search(text, pos):
        yield match
        pos = match.end()
        for inner in range(match.start() + 1, match.end()):
            longer = pattern.match(text, inner)
            if longer and longer.end() > match.end():
                yield longer
                pos = longer.end()
                break


def _inherit_list_places(scan: Scan, spans: list[OrgSpan]) -> list[OrgSpan]:
    """A bare body listed right after a placed one (某市教体局、人社局) lies in its place; one
    listed after no such body is kept when the model reads it as one name and it is no
    department's short form (人才、某某医院)."""
    by_end = {s.end: s for s in spans}
    out = []
    for span in sorted(spans, key=lambda s: s.start):
        if span.source != RULE_LISTED:
            out.append(span)
            continue
        before = _listed_after(scan, span, by_end)
        if (
            before is None
            or before.source in {RULE_TRADE, RULE_TRADE_BODY}
            or not (before.places or before.level_head)
        ):
            if _whole_name(scan, span):
                span.source = RULE
                out.append(span)
            continue
        span.listed_after = before
        by_end[span.end] = span
        out.append(span)
    return out


def _listed_after(scan: Scan, span: OrgSpan, by_end: dict[int, OrgSpan]) -> OrgSpan | None:
    """The body a listed one follows in its list, stepping back over short items of the same
    list that name nothing (开发区、组织部); for a listed one, the body that one follows."""
    text = scan.text
    before = by_end.get(span.start - 1)
    pos = span.start - 1
    while before is None and pos > 0 and text[pos] in scan.lex.list_joints:
        item = scan.lex.list_item.search(text[max(0, pos - 6) : pos])
        if item is None:
            break
        pos -= len(item.group()) + 1
        before = by_end.get(pos)
    if before is not None and before.source == RULE_LISTED:
        before = before.listed_after
    return before


def _whole_name(scan: Scan, span: OrgSpan) -> bool:
    """Whether the model reads the span (or its head) as one name, written out in full (no
    人社局)."""
    tok = scan.index.token(span.start)
    whole = tok is not None and (tok.start, tok.end, tok.tag) == (span.start, span.end, "ORG")
    # 之|江|实验室: the model reads the head as a name of its own
    named_head = tok is not None and tok.start == span.start and tok.tag in {"ORG", "nz"}
    return (whole or named_head) and scan.lex.expand(span.text) == span.text


def _union_organization(text: str, end: int, lex: Lexicon) -> bool:
    """Whether 组织 after the union of a named body closes a phrase or a list item (某某医院工会
    组织、): that union itself, not 工会组织建设, a union's 组织部 or 相关工会组织 (no owner)."""
    words = lex.cue_words["union_organization_words"]
    word = next((w for w in words if text.startswith(w, end)), None)
    after = text[end + len(word) : end + len(word) + 1] if word else ""
    owner = text[max(0, end - len(lex.union_word) - MAX_NAME) : end - len(lex.union_word)]
    return after in lex.cue_words["list_item_ends"] and lex.org_type(owner) is not None


def _continues(scan: Scan, end: int) -> bool:
    """Whether the name goes on past this suffix: 集团 in 某某集团有限公司, 工会 in 工会工作."""
    text, lex = scan.text, scan.lex
    if text[end : end + 1] in CLOSE:
        return True
    if len(lex.title_head(text[end - 1 : end + 1]) or "") == 2:
        return True  # 局 in 副局长, 委 in 主席团委员: a post, not the end of a name
    for suffix, words in lex.not_name_ends.items():  # 政府事务总监, 镇党委中心工作: no name
        if text.endswith(suffix, 0, end) and text.startswith(words, end):
            return True
    if text[end - 1] == lex.committee_word and lex.government_next.match(text, end):
        return False  # 某县委县政府: the committee and the government are two bodies
    plain_union = text.endswith(lex.union_word, 0, end) and not text.endswith(_FEDERATION, 0, end)
    if plain_union and _union_organization(text, end, lex):
        return False  # 某某医院工会组织、某局: the union itself, written with 组织
    if plain_union and text.startswith(lex.union_modifiers, end):
        return True  # 产业工会工作部 read as one word: a department, not a union
    tok = scan.index.token(end - 1)
    if tok is not None and tok.tag == "ORG" and tok.end > end and tok.start < end - 1:
        if _partner_joint(lex).match(text, end):
            return False  # 某总工会联合市文旅局: two bodies the model reads as one word
        return lex.org_type(text[tok.start : tok.end]) is not None
    if plain_union:
        quoted = _QUOTED_NAME.match(text, end)  # 工会“某某”服务站: the station's own name
        after = quoted.end() if quoted else end
        return text.startswith(lex.union_modifiers, after)  # 工会工作, 工会驿站: no name
    return False


def _drop_heads_of_units(spans: list[OrgSpan], lex: Lexicon) -> list[OrgSpan]:
    """区交通委 in 区交通委执法大队, 某银行 in 某银行重庆市分行 name a unit's parent only in
    passing: keep the unit."""
    out = []
    for span in spans:
        outer = [
            o
            for o in spans
            if o.start == span.start
            and o.end > span.end
            and o.type == span.type
            and (
                span.type == "Organization"
                or (span.type == "Company" and o.suffix in lex.company_branch_suffixes)
            )
        ]
        if not outer:
            out.append(span)
    return out


@dataclass(slots=True)
class _Head:
    """How a candidate name begins: its places, a national prefix or a level-only head, and
    the core left between them and the suffix."""

    places: list[PlaceHit]
    pos: int  # where the places end
    national: str | None
    level_head: str | None
    core: str


def _build(scan: Scan, cand: OrgSpan) -> OrgSpan | None:
    """The candidate as an organization mention, or None if it names no one body."""
    if len(cand.text) > MAX_NAME or _organ_or_term(cand, scan.lex):
        return None
    head = _head(scan, cand)
    if _not_one_body(scan, cand, head):
        return None
    prefixed = _place_after_prefix(scan, cand)
    if prefixed is not None:  # 共青团某区委员会: named by the place after its prefix
        cand.branch_place = prefixed
        return cand
    anchored = head.places or head.level_head or head.national
    core = head.core
    if not anchored and not (_distinctive(core, scan.lex) and _proper(cand, scan.index)):
        trades = scan.lex.cue_words["trade_body_suffixes"]
        trade_body = cand.type == "Union" or cand.suffix in trades
        if trade_body and _trade_only(core, scan.lex) and not _listed(scan.text, cand.start):
            # 货运司机工会联合会, 快递行业协会 in an article about one place: that place's body
            # of the trade
            cand.level_head = ""
            cand.source = RULE_TRADE if cand.type == "Union" else RULE_TRADE_BODY
            return cand
        return _listed_body(scan, cand, core)
    if not anchored and _listed_body(scan, cand, core):
        return cand
    cand.places, cand.level_head = head.places, head.level_head
    cand.branch_place = _branch_place(scan, cand)
    return cand


def _place_after_prefix(scan: Scan, cand: OrgSpan) -> PlaceHit | None:
    """The place written right after a party's or the league's prefix at the head of a name
    (中共某县委, 共青团某区委员会), if there is one inside the name."""
    prefix = next((p for p in scan.lex.cue_words["body_prefixes"] if cand.text.startswith(p)), "")
    at = cand.start + len(prefix)
    hits = [h for h in scan.places if prefix and h.start == at and h.end < cand.end]
    return max(hits, key=lambda h: h.end, default=None)


def _organ_or_term(cand: OrgSpan, lex: Lexicon) -> bool:
    """Whether the name is that of an organ: the party committee, 党组 or 纪委 of an
    organization, a union's audit or women's committee, a company's or union's department, a
    committee of one term (第五届委员会)."""
    name, suffix = cand.text, cand.suffix
    if suffix in lex.organ_words and lex.org_type(name[: -len(suffix)]):
        return True
    department = next((d for d in lex.department_words if name.endswith(d)), None)
    owner = lex.org_type(name[: -len(department)]) if department else None
    if owner is not None and owner[0] in {"Company", "Union"}:
        return True  # 某某有限公司办公室: a department of the company, not a body
    if name.endswith(lex.organ_only) or lex.patterns["term_committee"].search(name):
        return True
    if name.endswith(_CENTRE) and any(
        (lex.org_type(name[:cut]) or ("",))[0] == "Union" for cut in range(3, len(name) - 2)
    ):
        return True  # 某总工会职工服务中心: a union's centre is a unit of the union
    return name.endswith("党委政府")


def _head(scan: Scan, cand: OrgSpan) -> _Head:
    text, lex = scan.text, scan.lex
    core_end = cand.end - len(cand.suffix)
    lead: list[PlaceHit] = []
    pos = cand.start
    for hit in sorted(scan.places, key=lambda h: (h.start, -h.end)):
        if hit.start < pos or hit.end > core_end + 1:
            continue
        if hit.start > pos:
            break
        lead.append(hit)
        pos = hit.end
    national = next((p for p in lex.national_prefixes if cand.text.startswith(p)), None)
    level_head = None if lead or national else _level_head(text, pos, core_end, lex)
    core_start = pos + len(level_head or "") + len(national or "")
    return _Head(lead, pos, national, level_head, text[core_start:core_end])


def _level_head(text: str, pos: int, core_end: int, lex: Lexicon) -> str | None:
    """A level-only head at ``pos`` (区 in 区总工会, 该镇 in 该镇总工会)."""
    for head in sorted(lex.level_prefixes, key=len, reverse=True):
        for demo in ("", *lex.demonstratives):
            if text.startswith(demo + head, pos) and pos + len(demo + head) <= core_end:
                return None if _word_at(text, pos, demo + head, lex) else demo + head
    return None


def _word_at(text: str, pos: int, head: str, lex: Lexicon) -> bool:
    """Whether a generic word longer than ``head`` begins at ``pos`` (区 of 区域性, 市 of 市区):
    the level word is no head there. A body's suffix (市委) is no such word."""
    return any(
        len(word) > len(head) and text.startswith(word, pos) and lex.org_type("某" + word) is None
        for word in lex.generic_name_words
    )


def _not_one_body(scan: Scan, cand: OrgSpan, head: _Head) -> bool:
    """Whether the name speaks of several bodies, of an event or of a kind, not of one body."""
    lex, suffix, core = scan.lex, cand.suffix, head.core
    core_end = cand.end - len(suffix)
    written = scan.text[head.pos + len(head.national or "") : core_end]
    if lex.patterns["collective"].search(written) or scan.region_compound(cand.start, core_end):
        return True  # 两地总工会, 某省等5省市工会, 沪浙工会: several bodies spoken of together
    if suffix in lex.person_named_suffixes and not _distinctive(core, lex):
        return True  # 某市职工创新工作室: a kind of studio, not one named after its owner
    if cand.type == "Union" and core.endswith(lex.cue_words["collective_cores"]):
        return True  # 某区基层工会, 市金融系统工会: the unions of a level or a trade together
    if core.startswith(lex.cue_words["collective_heads"]):
        return True  # 省有关产业工会, 相关工会: whichever bodies concern the matter
    if not head.places and core.startswith(lex.event_verbs):
        return True  # 成立工会联合会: an event, not a name
    if head.national and not core and suffix == lex.union_word:
        return True  # 中国工会: the unions of a country, not one body
    if not core and suffix in lex.core_required_suffixes:
        return True  # 某市外卖: a line of business of a place, not a company
    # 某院纪委: an organization's organ, not a place's committee (某市某工作党委)
    return suffix in lex.organ_words and not (
        head.level_head or _place_led(cand.start, cand.end - len(suffix), scan.places)
    )


def _branch_place(scan: Scan, cand: OrgSpan) -> PlaceHit | None:
    """The place a branch or a registered company inside a name lies in."""
    text = scan.text
    for hit in scan.places:
        if (
            cand.start < hit.start
            and hit.end < cand.end
            and scan.lex.branch_after.match(text, hit.end)
        ):
            if text[hit.end] in ")）" and text[hit.start - 1] not in "(（":
                continue
            return hit
    return None


def _listed_body(scan: Scan, cand: OrgSpan, core: str) -> OrgSpan | None:
    """某市教体局、人社局: a government body listed right after another takes its place
    (resolved once the list is known)."""
    joint = scan.text[cand.start - 1 : cand.start]
    if cand.type == "Organization" and 1 <= len(core) <= 4 and joint in scan.lex.list_joints:
        cand.source = RULE_LISTED
        return cand
    return None


def union_owner(name: str, text: str, index: TokenIndex, lex: Lexicon) -> str | None:
    """The organization a union without a place is named after, when it has no suffix to type
    it by (某某院工会, a brand's 工会): the model must read it as one name, at least once in the
    text, and it must be neither generic nor a trade."""
    union = lex.union_word
    if not name.endswith(union) or name.endswith(_OWNERLESS_UNIONS):
        return None
    head = name[: -len(union)]
    if len(head) < 2 or lex.org_type(head) or head.startswith(lex.national_prefixes):
        return None
    if not _distinctive(head, lex) or _trade_only(head, lex) or head[0] in lex.level_head_chars:
        return None
    at = text.find(head)
    while at != -1:
        tok = index.token(at)
        if (
            tok is not None
            and tok.tag in {"ORG", "nz", "nt"}
            and (tok.start, tok.end)
            == (
                at,
                at + len(head),
            )
        ):
            return head
        at = text.find(head, at + 1)
    return None


_FEDERATION = "总工会"
_CENTRE = "中心"
_QUOTED_NAME = re.compile(r"[“\"][^”\"，。]{1,8}[”\"]")
_OWNERLESS_UNIONS = (_FEDERATION, "联合工会")  # a place's federation, a union of several bodies


def _trade_only(core: str, lex: Lexicon) -> bool:
    """Whether a name's core is a trade or occupation and nothing else (货运司机, 快递物流行业)."""
    rest = core.removesuffix("行业").removesuffix("从业者")
    if not rest:
        return False
    while rest:
        word = next((w for w in lex.occupation_words if rest.startswith(w)), None)
        if word is None:
            return False
        rest = rest[len(word) :]
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
    """Whether the model sees a proper name somewhere in the span."""
    return any(
        tok.tag in {"ORG", "LOC", "nz", "nw", "PER", "ns", "nt"}
        for pos in range(cand.start, cand.end)
        if (tok := index.token(pos)) is not None
    )


def _distinctive(core: str, lex: Lexicon) -> bool:
    """Whether a name's core (no place, no suffix) says which organization it is."""
    return len(core) >= 2 and len(lex.strip_generic(core)) >= 2
