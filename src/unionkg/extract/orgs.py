"""Organization names by their grammar: [place …] + name + suffix.

Each occurrence of a suffix from the lexicon (总工会, 有限公司, 卫生院 …) ends a candidate
name (:mod:`.orgsuffix`); its start is found by walking left from the suffix (see
:mod:`.orgstart`), and :mod:`.orgbody` judges whether it names one body. Level-only heads
(区总工会, 市人社局, 该镇) are kept as they are written and resolved against the article's
places later. This module runs them over an article and then reads the names together: a
body listed after a placed one, a group's sub-brand, an owner glossed in brackets, a unit's
parent named only in passing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import EntityType
from .gazetteer import Gazetteer
from .lexicon import Lexicon
from .media import media_credits
from .national import national_bodies
from .offices import with_office_short_forms
from .orgbody import brand_word, build_span
from .orgspan import RULE, RULE_LEAGUE, RULE_LISTED, RULE_TRADE, RULE_TRADE_BODY, OrgSpan
from .orgstart import Scan
from .orgsuffix import continues, span_at
from .placehit import PlaceHit, bare_place_name, places_at_head, places_ending_at
from .tokens import TokenIndex
from .union_short import short_form_unions

__all__ = ["brand_word_places", "find_orgs"]

MEDIA_RULE = "media-credit/v1"
NATIONAL_RULE = "national-body/v1"
SHARED_HEAD_RULE = "shared-level-head/v1"
SHARED_TRADE_RULE = "shared-trade-suffix/v1"


def find_orgs(
    text: str, index: TokenIndex, places: list[PlaceHit], lex: Lexicon, gaz: Gazetteer
) -> list[OrgSpan]:
    """Every organization mention of ``text`` (nested ones included: a company's union and the
    company are both returned)."""
    scan = Scan.of(text, index, places, lex, gaz)
    pattern = re.compile("|".join(re.escape(s) for s, _ in lex.org_suffixes))
    spans: list[OrgSpan] = []
    seen: set[tuple[int, int]] = set()
    for match in _suffixes(pattern, text, lex.joint_verbs):
        span = span_at(scan, match)
        if span is None or (span.start, span.end) in seen:
            continue
        seen.add((span.start, span.end))
        spans.append(span)
    spans = _inherit_list_places(scan, spans)
    spans += _glossed_owners(scan, spans)
    spans = _with_sub_brands(scan, spans)
    spans = with_office_short_forms(index, places, spans, lex)
    spans += short_form_unions(text, index, places, [(s.start, s.end) for s in spans], lex)
    spans += _shared_level_heads(scan, spans)
    spans += _shared_trade_suffix(scan, spans)
    spans = _with_league_short_forms(scan, spans)
    spans = _with_media(scan, spans)
    taken = [(s.start, s.end) for s in spans]
    for start, end, name in national_bodies(text, index, places, taken, lex):
        spans.append(OrgSpan(start, end, name, "Organization", "", [], None, NATIONAL_RULE))
    return _drop_outlets_of_firms(scan, _drop_heads_of_units(spans, lex))


def brand_word_places(
    text: str, index: TokenIndex, places: list[PlaceHit], orgs: list[OrgSpan], lex: Lexicon,
    gaz: Gazetteer,
) -> list[PlaceHit]:  # fmt: skip
    """The places written inside a registered firm's name that are words of its brand (莲花 of
    某市某某莲花超市有限公司: see :func:`.orgbody.brand_word`), no places of the article."""
    scan = Scan.of(text, index, places, lex, gaz)
    return [
        hit
        for hit in places
        for org in orgs
        if org.type == "Company" and org.start < hit.start and hit.end < org.end
        and brand_word(scan, org, hit)
    ]  # fmt: skip


def _drop_outlets_of_firms(scan: Scan, spans: list[OrgSpan]) -> list[OrgSpan]:
    """An outlet or station written alone (某某供电所, 某某营业厅) that the article also writes
    right after its firm's name (某某供电公司某某供电所: the firm, see :mod:`.orgsuffix`) is that
    firm's unit, no firm of its own."""
    outlets = tuple(scan.lex.cue_words["firm_outlets"])
    firm_ends = {s.end for s in spans if s.type == "Company"}

    def after_firm(span: OrgSpan) -> bool:
        at = scan.text.find(span.text)
        while at >= 0 and at not in firm_ends:
            at = scan.text.find(span.text, at + 1)
        return at >= 0

    return [s for s in spans if not (s.suffix in outlets and after_firm(s))]


def _with_media(scan: Scan, spans: list[OrgSpan]) -> list[OrgSpan]:
    """``spans`` with the media the article credits; a paper's name that runs on into its
    site's (某某日报网讯) gives way to the site's credit that holds it."""
    ends = tuple(scan.lex.cue_words["media_name_ends"])
    runs_on = {id(s) for s in spans if s.text.endswith(ends) and scan.text.startswith("网", s.end)}
    media = _media_spans(scan, [(s.start, s.end) for s in spans if id(s) not in runs_on])
    longer = {m.start: m.end for m in media}
    kept = [s for s in spans if id(s) not in runs_on or longer.get(s.start, 0) <= s.end]
    kept_runs = [(s.start, s.end) for s in kept if id(s) in runs_on]
    return kept + [m for m in media if not any(a < m.end and m.start < b for a, b in kept_runs)]


def _media_spans(scan: Scan, taken: list[tuple[int, int]]) -> list[OrgSpan]:
    """The media the article credits (某某日报记者, 来源:某总工会), where no span already
    ``taken`` lies: no place of a dateline, no verb's object, no person's name."""
    text, index, places, lex = scan.text, scan.index, scan.places, scan.lex
    media_ends = tuple(lex.cue_words["media_name_ends"])
    spans = []
    for start, end, name in media_credits(text, taken, places, lex):
        if any((p.start, p.end) == (start, end) for p in places) or any(
            bare_place_name(name, p.name, lex) for p in places
        ):
            continue  # 某市讯(通讯员…), 某某讯 of the article's 某某县: the dateline's place
        last, first = index.token(end - 1), index.token(start)
        verb = last is not None and last.end == end and last.tag == "v"  # 领导陪同记者参观
        # （甲记者乙）: the model reads a person's name exactly there
        person = (
            first is not None and first.tag == "PER" and (first.start, first.end) == (start, end)
        )
        if (verb or person) and not name.endswith(media_ends):
            continue  # a verb's object, or a person credited before the role: no medium
        head = places_at_head(places, start, end)  # 某省工人报: a medium of that province
        kind: EntityType = (
            "Union" if (lex.org_type(name) or ("",))[0] == "Union" else "Organization"
        )
        spans.append(OrgSpan(start, end, name, kind, "", head, None, MEDIA_RULE))  # 来源:某总工会
    return spans


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
        if scan.text.startswith(union, end) and not continues(scan, end + len(union)):
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
        owner = build_span(scan, inner)
        if owner is None:
            continue
        owners.append(owner)
        span.text = gloss.group(1) + span.text[gloss.end() :]
        span.places, span.level_head, span.branch_place = [], None, None
    return owners


def _with_league_short_forms(scan: Scan, spans: list[OrgSpan]) -> list[OrgSpan]:
    """团市委, 团县委 (a word of its own: not the end of 集团): the Youth League's committee of
    that level, resolved as a level-only head is (共青团某市委员会, see orgkeys); the
    readings of its words (a bare 市委, or 团市委 after a placed body) give way to it."""
    heads = "|".join(re.escape(h) for h in scan.lex.cue_words["league_short_forms"])
    levels = re.escape(scan.lex.level_head_chars)
    out = list(spans)
    for m in re.finditer(f"(?:{heads})([{levels}])委(?!员)", scan.text):
        joined = any(scan.text.endswith(v, 0, m.start()) for v in scan.lex.joint_verbs)
        if m.start() not in scan.index.starts and not joined:
            continue  # 某市总工会联合团市委: read as one word by the model, joined by the verb
        out = [s for s in out if not (s.start < m.end() and m.start() < s.end)]
        out.append(OrgSpan(m.start(), m.end(), m.group(), "Organization", "委", [],
                           level_head=m.group(1), source=RULE_LEAGUE))  # fmt: skip
    return sorted(out, key=lambda s: (s.start, -s.end))


def _shared_level_heads(scan: Scan, spans: list[OrgSpan]) -> list[OrgSpan]:
    """州、市总工会, 省、市、县总工会: level characters listed before a level-only name share
    its body; each names that level's body (州总工会), resolved as if written in full. The
    list must open a phrase, follow the sentence's opener (目前州、县总工会) or follow a list's
    joint (全国总工会和省、市总工会) where no place ends (杭州、市总工会 lists a place, not a
    level)."""
    text, levels = scan.text, scan.lex.level_head_chars
    out = []
    for span in spans:
        if span.places or span.level_head is None or len(span.level_head) != 1:
            continue
        heads, pos = [], span.start
        while pos >= 2 and text[pos - 1] == "、" and text[pos - 2] in levels:
            pos -= 2
            heads.append(pos)
        joint = text[pos - 1 : pos] in scan.lex.list_joints and pos + 1 not in scan.place_ends
        opener = text.endswith(tuple(scan.lex.cue_words["sequence_openers"]), 0, pos)
        if heads and (pos == 0 or not _is_word_char(text[pos - 1]) or joint or opener):
            body = span.text[1:]
            out += [OrgSpan(at, at + 1, text[at] + body, span.type, span.suffix, [], text[at],
                            SHARED_HEAD_RULE) for at in heads]  # fmt: skip
    return out


_TRADE_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})(行业工会(?:联合会)?)")


def _shared_trade_suffix(scan: Scan, spans: list[OrgSpan]) -> list[OrgSpan]:
    """某区甲、乙、丙行业工会: trades listed right after a place share the place and the trade
    union's suffix; each names that place's union of the trade (某区甲行业工会 …). No item
    may be a place of its own (甲县、乙县行业工会) nor hold a body already found."""
    text, out = scan.text, []
    taken = [(s.start, s.end) for s in spans]
    for place in scan.places:
        m = _TRADE_LIST.match(text, place.end)
        if m is None or any(place.end < p.end and p.start < m.end(1) for p in scan.places):
            continue
        if any(place.end < b and a < m.end(1) for a, b in taken):
            continue
        head = [*places_ending_at(scan.places, place.start), place]
        prefix = text[head[0].start : place.end]
        at = place.end
        for item in m.group(1).split("、"):
            out.append(OrgSpan(at, at + len(item), prefix + item + m.group(2), "Union",
                               m.group(2), head, None, SHARED_TRADE_RULE))  # fmt: skip
            at += len(item) + 1
    return out


def _is_word_char(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char.isalnum()


def _suffixes(pattern: re.Pattern[str], text: str, verbs: Iterable[str]) -> Iterator[re.Match[str]]:
    """Each suffix occurrence, and a longer one starting inside it: 省委 and 委组织部 in
    省委组织部 (a department of the committee is a body of its own); not one whose end cuts
    a verb of joining (电视台|联合: 台联 of 电视台联合 is no body)."""
    pos = 0
    while match := pattern.search(text, pos):
        yield match
        pos = match.end()
        for inner in range(match.start() + 1, match.end()):
            longer = pattern.match(text, inner)
            if longer and longer.end() > match.end() and not _cuts_verb(text, longer, verbs):
                yield longer
                pos = longer.end()
                break


def _cuts_verb(text: str, match: re.Match[str], verbs: Iterable[str]) -> bool:
    """Whether a verb of ``verbs`` starts inside ``match`` and runs past its end."""
    return any(
        text.startswith(verb, at) and at + len(verb) > match.end()
        for at in range(match.start() + 1, match.end())
        for verb in verbs
    )


def _inherit_list_places(scan: Scan, spans: list[OrgSpan]) -> list[OrgSpan]:
    """A bare body listed right after a placed one (某市教体局、人社局), or joined to it by a
    verb (某市总工会联合人社局), lies in its place; one
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
            # joined by a verb to a body of no place: a known short form is kept (人社局)
            joined = scan.text[span.start - 1] not in scan.lex.list_joints
            short_form = joined and scan.lex.expand(span.text) != span.text
            if short_form or (_whole_name(scan, span) and not _generic_core(scan, span)):
                span.source = RULE
                out.append(span)
            continue
        span.listed_after = before
        by_end[span.end] = span
        out.append(span)
    return out


def _listed_after(scan: Scan, span: OrgSpan, by_end: dict[int, OrgSpan]) -> OrgSpan | None:
    """The body a listed one follows in its list, stepping back over short items of the same
    list that name nothing (开发区、组织部) or a post held in it (某区委副书记、政府区长); for a
    listed one, the body that one follows."""
    text = scan.text
    before = by_end.get(span.start - 1)
    # 某市总工会联合劳动局: a body joined to a placed one by a verb of joining is listed after it
    verb = next((v for v in scan.lex.joint_verbs if text.endswith(v, 0, span.start)), "")
    if before is None and verb:
        before = by_end.get(span.start - len(verb))
    pos = span.start - 1
    while before is None and pos > 0 and text[pos] in scan.lex.list_joints:
        item = scan.lex.list_item.search(text[max(0, pos - 6) : pos])
        if item is None:
            break
        # 某区委副书记、政府区长: a post held in the body before, a link of a chain of posts
        post = scan.lex.title_head(item.group()) or item.group()
        before = by_end.get(pos - len(post))
        pos -= len(item.group()) + 1
        before = before or by_end.get(pos)
    if before is not None and before.source == RULE_LISTED:
        before = before.listed_after
    return before


def _generic_core(scan: Scan, span: OrgSpan) -> bool:
    """Whether the words before the span's suffix are generic words only (企业|联合会: a kind
    of body, whichever the model reads as a name)."""
    core = span.text.removesuffix(span.suffix)
    return bool(core) and core != span.text and not scan.lex.strip_generic(core)


def _whole_name(scan: Scan, span: OrgSpan) -> bool:
    """Whether the model reads the span (or its head) as one name, written out in full (no
    人社局)."""
    tok = scan.index.token(span.start)
    whole = scan.index.spans(span.start, span.end, {"ORG"})
    # 之|江|实验室: the model reads the head as a name of its own
    named_head = tok is not None and tok.start == span.start and tok.tag in {"ORG", "nz"}
    return (whole or named_head) and scan.lex.expand(span.text) == span.text


def _drop_heads_of_units(spans: list[OrgSpan], lex: Lexicon) -> list[OrgSpan]:
    """区交通委 in 区交通委执法大队, 某银行 in 某银行重庆市分行, 中某一局 in 中某一局五公司
    name a unit's parent only in passing: keep the unit. A place's branch of a sector's firm
    (某县邮政, 某市电信) is one only where its name ends: 某县邮政工会 is the sector's union,
    某县邮政管理局 a bureau, 某县邮政分公司 the branch itself. A group's name before a
    bracket inside a firm's (某某集团(某省)某某有限公司) names the firm only in passing too."""
    out = []
    numbered = lex.cue_words["numbered_firm_units"]
    sector = lex.cue_words["sector_firm_ends"]
    for span in spans:
        outer = [
            o
            for o in spans
            if o.start == span.start
            and o.end > span.end
            and (
                span.suffix in sector  # any longer name: a union, a bureau, a branch
                or o.type == span.type == "Organization"
                or (
                    o.type == span.type == "Company"
                    and (o.suffix in lex.company_branch_suffixes or span.suffix in numbered)
                )
                or _kind_inside_registered(span, o, lex)
                or _bracket_inside(span, o)
            )
        ]
        if not outer:
            out.append(span)
    return out


def _bracket_inside(span: OrgSpan, outer: OrgSpan) -> bool:
    """Whether a firm's name goes on past a bracket to a longer firm's (某某集团(某省)某某有限
    公司): one firm written once, its group no mention of its own there."""
    return outer.type == span.type == "Company" and outer.text[len(span.text) :].startswith(
        ("(", "（")
    )


def _kind_inside_registered(span: OrgSpan, outer: OrgSpan, lex: Lexicon) -> bool:
    """Whether a firm named by its kind of business (某某酒店, 某某商店) opens the registered
    name of a company about that business (某某酒店管理有限公司): one firm, written once."""
    return (
        outer.type == span.type == "Company"
        and span.suffix not in lex.cue_words["company_words"]
        and outer.text.endswith(tuple(lex.cue_words["registered_firm_ends"]))
    )
