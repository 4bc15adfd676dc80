"""Organization names by their grammar: [place …] + name + suffix.

Each occurrence of a suffix from the lexicon (总工会, 有限公司, 卫生院 …) ends a candidate
name; the name's start is found by walking left over the NER model's words while they can be
part of a name (nouns, proper nouns, places, organizations) and stopping at verbs, function
words, punctuation and post titles. A name whose only words are generic (企业工会, 片区工会联合会)
names nothing and is dropped. Level-only heads (区总工会, 市人社局, 该镇) are kept as they are
written and resolved against the article's places later.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..model import EntityType
from .lexicon import Lexicon
from .places import PlaceHit, TokenIndex

__all__ = ["BRANCH_SUFFIXES", "OrgSpan", "find_orgs", "union_owner"]

_NAME_TAGS = {"LOC", "ORG", "nz", "nw", "n", "ns", "nt", "j", "vn", "an", "m", "s"}
_NO_HEAD_TAGS = {"vn", "an", "m", "s"}  # may sit inside a name, never start one
_OPEN, _CLOSE = "（(", "）)"
_MAX_NAME = 32
RULE = "org-suffix/v1"
RULE_TRADE = "trade-union-of-place/v1"
RULE_LISTED = "listed-after-place/v1"
_LIST_JOINTS = {"、", "和", "及"}
_BARE_COMMITTEES = {"县委": "县", "市委": "市", "区委": "区", "州委": "州", "省委": "省",
                    "镇党委": "镇", "乡党委": "乡", "街道党工委": "街道"}  # fmt: skip
_GOVERNMENT_NEXT = re.compile(r"(?:县|市|区|州|省)?(?:人民)?政府")
_PLACE_COMMITTEE = re.compile(r"(?<=[县市区州省])委(?=(?:县|市|区|州|省)(?:人民)?政府)")


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
    pattern = re.compile("|".join(re.escape(s) for s, _ in lex.org_suffixes))
    spans: list[OrgSpan] = []
    seen: set[tuple[int, int]] = set()
    place_ends = {p.end: p.start for p in places}
    place_starts = {p.start for p in places}
    persons = {t.text for t in index.tokens if t.tag == "PER" and 2 <= len(t.text) <= 4}
    for match in _suffixes(pattern, text):
        end = match.end()
        if _continues(text, end, index, lex):
            continue
        start = _name_start(text, match.start(), index, lex, place_ends)
        if start is None or _counted(text, start) or _channel(text, start, end):
            continue
        if match.group() in lex.person_named_suffixes:
            start = _after_owner(text, start, persons)
        kind = _KIND_BEFORE_PLACE.search(text, start, match.start())
        if kind and kind.end() in place_starts:
            start = kind.end()  # 物业企业|某省某某公司: a kind of body, then its name
        joint = _JOINT_VERB.match(text, start)
        if joint and (text[joint.end()] in _LEVEL_HEADS or joint.end() in place_starts):
            start = joint.end()  # 联合区人社局: the verb is no part of the name
        committee = _PLACE_COMMITTEE.search(text, start, end)
        if committee and committee.end() < end:
            start = committee.end()  # 某县委县政府: the government after the committee
        name = text[start:end]
        etype: EntityType
        if name in _BARE_COMMITTEES:  # 县委, 市委: a level word and 委
            etype, suffix = "Organization", name[len(_BARE_COMMITTEES[name]) :]
        else:
            typed = lex.org_type(name)
            if typed is None:
                continue
            etype, suffix = typed
            if suffix.endswith("委员会") and "工会" in name[: -len(suffix)]:
                etype = "Union"  # 某某工会全国委员会, 某某工会某省工作委员会: the union itself
        span = _build(text, start, end, etype, suffix, places, lex, index)
        if span is None or (span.start, span.end) in seen:
            continue
        seen.add((span.start, span.end))
        spans.append(span)
    spans = _inherit_list_places(text, spans, index, lex)
    spans += _media_credits(text, spans, places)
    return _drop_heads_of_units(spans)


_KIND_BEFORE_PLACE = re.compile(r"(?:企业|单位|机构|商户)(?=[\u4e00-\u9fff])")
_JOINT_VERB = re.compile(r"联合|携手|会同|联手|协同|牵手")
_COUNT = re.compile(r"(?:[\d一二三四五六七八九十百千两几多数]+)家$")


def _counted(text: str, start: int) -> bool:
    """Whether a count of bodies comes before the name (5家网约车租赁公司, 一家家庭农场): it
    speaks of a kind of organization, not of one."""
    return _COUNT.search(text, max(0, start - 6), start) is not None


_CHANNEL = re.compile(
    r"[”\"」』]?(?:微信群|工作群|QQ群|公众号|微信公众号|小程序|视频号|APP|App|app|热线)"
)


def _channel(text: str, start: int, end: int) -> bool:
    """Whether the name is that of a chat group, account or app (“某某工会”微信群)."""
    return start > 0 and text[start - 1] in '“"「『' and _CHANNEL.match(text, end) is not None


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


def _inherit_list_places(
    text: str, spans: list[OrgSpan], index: TokenIndex, lex: Lexicon
) -> list[OrgSpan]:
    """A bare body listed right after a placed one (某市教体局、人社局) lies in its place; one
    listed after no such body is kept when the model reads it as one name and it is no
    department's short form (人才、某某医院)."""
    by_end = {s.end: s for s in spans}
    out = []
    for span in sorted(spans, key=lambda s: s.start):
        if span.source != RULE_LISTED:
            out.append(span)
            continue
        before = by_end.get(span.start - 1)
        pos = span.start - 1
        while before is None and pos > 0 and text[pos] in _LIST_JOINTS:
            # step back over short items of the same list that name nothing (开发区、组织部)
            item = re.search(r"[^、，,。；;：:\s和及]{1,6}$", text[max(0, pos - 6) : pos])
            if item is None:
                break
            pos -= len(item.group()) + 1
            before = by_end.get(pos)
        if before is not None and before.source == RULE_LISTED:
            before = before.listed_after
        if (
            before is None
            or before.source == RULE_TRADE
            or not (before.places or before.level_head)
        ):
            tok = index.token(span.start)
            whole = tok is not None and (tok.start, tok.end, tok.tag) == (
                span.start,
                span.end,
                "ORG",
            )
            if whole and lex.expand(span.text) == span.text:
                span.source = RULE
                out.append(span)
            continue
        span.listed_after = before
        by_end[span.end] = span
        out.append(span)
    return out


def _continues(text: str, end: int, index: TokenIndex, lex: Lexicon) -> bool:
    """Whether the name goes on past this suffix: 集团 in 某某集团有限公司, 工会 in 工会工作."""
    if text[end : end + 1] in _CLOSE:
        return True
    if text[end : end + 1] == "长" and len(lex.title_head(text[end - 1 : end + 1]) or "") == 2:
        return True  # 局 in 副局长, 院 in 院长: a post, not the end of a name
    for suffix, words in lex.not_name_ends.items():  # 政府事务总监, 镇党委中心工作: no name
        if text.endswith(suffix, 0, end) and text.startswith(words, end):
            return True
    if text[end - 1] == "委" and _GOVERNMENT_NEXT.match(text, end):
        return False  # 某县委县政府: the committee and the government are two bodies
    tok = index.token(end - 1)
    if tok is not None and tok.tag == "ORG" and tok.end > end and tok.start < end - 1:
        return lex.org_type(text[tok.start : tok.end]) is not None
    if text[end - 2 : end] == "工会" and text[end - 3 : end] != "总工会":
        return text.startswith(lex.union_modifiers, end)
    return False


_HAN_NAME = r"[\u4e00-\u9fff]{2,8}"
_MEDIA_PATTERNS = (
    # a dateline: 某某在线1月5日讯, 某某网讯
    re.compile(rf"(?m)^[ \t\u3000]*({_HAN_NAME}?)(?:\d{{1,2}}月\d{{1,2}}日)?讯"),
    # a credit: (某某报记者 …), 某某日报-某某网记者, 新某某·某某日报记者
    re.compile(rf"(?:^|(?<=[\s(（]))((?:{_HAN_NAME}[-·])*{_HAN_NAME}?)(?:记者|通讯员|特约)", re.M),
    # a source line: 来源:某某网
    re.compile(rf"(?m)^[ \t\u3000]*(?:来源|稿件来源|转自|转载自)[:：]\s*({_HAN_NAME})\s*$"),
)
_ROLE_MODIFIERS = ("见习", "实习", "首席", "特约", "驻站", "融媒")
_OWN_PAPER = ("本报", "本台", "本刊", "本网", "本站")
MEDIA_RULE = "media-credit/v1"


_WIRE_DATELINE = re.compile(r"\d{1,2}月\d{1,2}日电")


def _media_credits(text: str, found: list[OrgSpan], places: list[PlaceHit]) -> list[OrgSpan]:
    """The media an article credits in its dateline, byline or source line."""
    out: list[OrgSpan] = []
    taken = [(s.start, s.end) for s in found]
    for hit in places:  # a wire dateline: 某某社某城6月20日电 (the agency, then where it filed)
        if _WIRE_DATELINE.match(text, hit.end):
            line_start = text.rfind("\n", 0, hit.start) + 1
            name = text[line_start : hit.start].strip()
            start = hit.start - len(name)
            if 2 <= len(name) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", name):
                taken.append((start, hit.start))
                out.append(
                    OrgSpan(start, hit.start, name, "Organization", "", [], None, MEDIA_RULE)
                )
    for pattern in _MEDIA_PATTERNS:
        for m in pattern.finditer(text):
            pos = m.start(1)
            for part in re.split(r"[-·]", m.group(1)):
                start, end = pos, pos + len(part)
                pos = end + 1
                while part.endswith(_ROLE_MODIFIERS):  # 某某报见习记者: the paper, not 见习
                    cut = next(r for r in _ROLE_MODIFIERS if part.endswith(r))
                    part, end = part[: -len(cut)], end - len(cut)
                if len(part) < 2 or part.startswith(_OWN_PAPER) or part in {"新华", "人民"}:
                    continue
                if any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                out.append(OrgSpan(start, end, part, "Organization", "", [], None, MEDIA_RULE))
    return out


#: What a branch of a company or bank is called at the end of its name.
BRANCH_SUFFIXES = ("分行", "支行", "分公司", "营业部")


def _drop_heads_of_units(spans: list[OrgSpan]) -> list[OrgSpan]:
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
                or (span.type == "Company" and o.suffix in BRANCH_SUFFIXES)
            )
        ]
        if not outer:
            out.append(span)
    return out


_NOT_IN_NAMES = {"w", "p", "c", "u", "r", "PER", "TIME", "q", "xc", "f", "m"}


def _name_start(
    text: str, suffix_start: int, index: TokenIndex, lex: Lexicon, place_ends: dict[int, int]
) -> int | None:
    """Walk left from a suffix over words that can belong to a name."""
    pos = suffix_start
    tok = index.token(pos)
    # the suffix sits inside a word: the word's head is part of the name (but 成立 in a
    # verb-tagged 成立工会联合会 is not)
    inside = tok is not None and tok.start < pos and tok.tag not in _NOT_IN_NAMES
    if (
        inside
        and tok is not None
        and (tok.tag not in {"v", "vd", "ad", "d"} or pos - tok.start >= 3)
    ):
        pos = tok.start
    elif tok is not None and tok.start < pos and text[tok.start] in _CLOSE:
        pos = tok.start + 1  # ")电池有限公司" read as one mark: the brackets close inside
    limit = max(0, suffix_start - _MAX_NAME)
    while pos > limit:
        ch = text[pos - 1]
        if ch in _OPEN and _unclosed(text[pos:suffix_start]):
            pos -= 1  # 某某(宁波)电池有限公司 read as 宁波)电池…: the brackets open before
            continue
        if ch in _CLOSE:  # a bracketed part of a name: 技工（旅游）学校
            opening = max(text.rfind(o, limit, pos - 1) for o in _OPEN)
            if opening <= limit or "\n" in text[opening:pos]:
                break
            before = index.token(opening - 1)
            inner = text[opening + 1 : pos - 1]
            # 某某(嘉兴)有限公司: a place in brackets keeps a brand the model reads as a person
            placed = place_ends.get(pos - 1) == opening + 1
            if (
                before is None
                or (before.tag not in _NAME_TAGS and not (placed and before.tag == "PER"))
                or len(inner) > 8
                or any(
                    (t := index.token(p)) is not None and t.tag == "PER"
                    for p in range(opening, pos)
                )
            ):
                break  # a byline or a remark in brackets, not part of the name
            pos = before.start if before.tag == "PER" else opening
            continue
        prev = index.token(pos - 1)
        if prev is None or prev.tag not in _NAME_TAGS:
            break
        word = text[prev.start : pos]
        if lex.title_head(word) or word in lex.vague_titles:
            break
        if prev.tag == "m" and not re.fullmatch(r"第?[一二三四五六七八九十\d]+[届次]?", word):
            break
        pos = max(prev.start, limit)
    pos = _across_and(text, pos, suffix_start, index, place_ends, lex)
    pos = _back_to_place(text, pos, index, place_ends, lex)
    for demo in ("该", "本"):  # 由该镇总工会: the demonstrative head the walk stopped at
        for head in ("街道", "镇", "乡", "县", "区", "市"):
            if text.startswith(demo + head, pos - len(demo + head)):
                return pos - len(demo + head)
    while pos < suffix_start and pos not in place_ends.values():
        tok = index.token(pos)
        if tok is None or tok.tag not in _NO_HEAD_TAGS or tok.end > suffix_start:
            break
        pos = tok.end
    while pos < suffix_start and text[pos].isspace():
        pos += 1
    if pos >= suffix_start:
        return suffix_start  # the bare suffix; kept only if it is a name by itself
    return pos


_CONJUNCT_TAGS = {"n", "vn", "nz", "nw", "j", "ORG", "LOC"}
_MAX_CONJUNCT = 6


def _across_and(
    text: str, pos: int, suffix_start: int, index: TokenIndex, place_ends: dict[int, int],
    lex: Lexicon,
) -> int:  # fmt: skip
    """The start of a name that holds 和 between two of its words (某市工业和信息产业工会,
    某区规划国土和建设交通局): the word before 和 follows a place and is no name of its own;
    ``pos`` otherwise (甲局和乙局, 推动工业和信息产业…: two bodies, or no name)."""
    after = pos  # 和 may come before a word the model reads as a verb (建设交通局)
    while text[after - 1 : after] != "和":
        prev = index.token(after - 1)
        if prev is None or prev.tag not in _CONJUNCT_TAGS | {"v"} or pos - prev.start > 4:
            return pos
        after = prev.start
    if after >= suffix_start:
        return pos
    j = after - 1
    while j not in place_ends:
        prev = index.token(j - 1)
        if prev is None or prev.tag not in _CONJUNCT_TAGS:
            return pos
        # a word the model wrote with its place (某区规划国土) ends the walk at that place
        ends = [e for e, s in place_ends.items() if prev.start <= s and e < j]
        j = max(ends) if ends else prev.start
        if after - j > _MAX_CONJUNCT:
            return pos
    left = text[j : after - 1]
    if not left or lex.org_type("某" + left) is not None:
        return pos
    return j


def _word_at(text: str, pos: int, head: str, lex: Lexicon) -> bool:
    """Whether a generic word longer than ``head`` begins at ``pos`` (区域, 市区), other than
    the suffix of a body (市委)."""
    return any(
        len(word) > len(head) and text.startswith(word, pos) and lex.org_type("某" + word) is None
        for word in lex.generic_name_words
    )


def _unclosed(part: str) -> bool:
    """Whether ``part`` closes a bracket it does not open.

    >>> _unclosed("宁波)电池"), _unclosed("(宁波)电池")
    (True, False)
    """
    depth = 0
    for ch in part:
        depth += (ch in _OPEN) - (ch in _CLOSE)
        if depth < 0:
            return True
    return False


def _back_to_place(
    text: str, pos: int, index: TokenIndex, place_ends: dict[int, int], lex: Lexicon
) -> int:
    """A name that starts with places may hold a word the model tags as a verb (网约送餐员,
    职工跑团, 针织花边商会): reach back over such words to a place written just before, then
    over the places chained before it; a predicate (召开, 举行) ends the name."""
    j = pos
    while j > 0 and pos - j <= 10 and j not in place_ends:
        prev = index.token(j - 1)
        if prev is None or prev.tag in _NOT_IN_NAMES or prev.tag == "ORG":
            return pos
        if prev.tag in {"d", "ad"} and len(prev.text) > 1:
            return pos
        if prev.text.endswith("是"):
            return pos  # a copula (也是, 就是) ends the name
        if prev.tag in {"v", "vd", "a"} and (len(prev.text) > 2 or prev.text in lex.event_verbs):
            return pos  # a predicate (召开, 成立) ends the name
        j = prev.start
    if j not in place_ends:
        return pos
    while j in place_ends:
        j = place_ends[j]
    return j


def _build(
    text: str,
    start: int,
    end: int,
    etype: EntityType,
    suffix: str,
    places: list[PlaceHit],
    lex: Lexicon,
    index: TokenIndex,
) -> OrgSpan | None:
    name = text[start:end]
    if len(name) > _MAX_NAME:
        return None
    # the party committee, 党组 or 纪委 of an organization is not an entity of its own,
    # nor is a union's audit or women's committee
    if suffix in lex.organ_words and lex.org_type(name[: -len(suffix)]):
        return None
    if name.endswith(lex.organ_only) or re.search(r"第.届(?:工会)?委员会$", name):
        return None
    if name.endswith("党委政府"):
        return None
    lead: list[PlaceHit] = []
    pos = start
    for hit in sorted(places, key=lambda h: (h.start, -h.end)):
        if hit.start < pos or hit.end > end - len(suffix) + 1:
            continue
        if hit.start > pos:
            break
        lead.append(hit)
        pos = hit.end
    national = next((p for p in lex.national_prefixes if name.startswith(p)), None)
    level_head = None
    if not lead and not national:
        for head in sorted(lex.level_prefixes, key=len, reverse=True):
            for demo in ("", *lex.demonstratives):
                if text.startswith(demo + head, pos) and pos + len(demo + head) <= end - len(
                    suffix
                ):
                    level_head = demo + head
                    break
            if level_head:
                break
        if level_head and _word_at(text, pos, level_head, lex):
            level_head = None  # 区域性某某工会: 区 begins a word here, it is no level head
    core_start = pos + (len(level_head) if level_head else 0) + (len(national) if national else 0)
    core = text[core_start : end - len(suffix)]
    if _COLLECTIVE.search(text[pos + len(national or "") : end - len(suffix)]):
        return None  # 两地总工会, 某省等5省市工会: several bodies spoken of together
    if not lead and core.startswith(lex.event_verbs):
        return None  # 成立工会联合会: an event, not a name
    if national and not core and suffix == "工会":
        return None  # 中国工会: the unions of a country, not one body
    if not core and suffix in lex.core_required_suffixes:
        return None  # 某市外卖: a line of business of a place, not a company
    anchored = lead or level_head or national
    if suffix in lex.organ_words and not (
        level_head or _place_led(start, end - len(suffix), places)
    ):
        return None  # 某院纪委: an organization's organ, not a place's committee (某市某工作党委)
    if not anchored and not (_distinctive(core, lex) and _proper(start, end, index)):
        if etype == "Union" and _trade_only(core, lex) and not _listed(text, start):
            # 货运司机工会联合会 in an article about one place: that place's union of the trade
            return OrgSpan(start, end, name, etype, suffix, [], "", RULE_TRADE)
        if _listed_body(text, start, etype, core):
            return OrgSpan(start, end, name, etype, suffix, [], None, RULE_LISTED)
        return None
    if not anchored and _listed_body(text, start, etype, core):
        return OrgSpan(start, end, name, etype, suffix, [], None, RULE_LISTED)
    span = OrgSpan(start, end, name, etype, suffix, lead, level_head)
    span.branch_place = _branch_place(text, start, end, places)
    return span


# after a place inside a name: a branch (某某银行重庆分行, 某某银行杭州某某支行), the legal
# form of a company registered there (某某集团北京有限公司), or brackets (某某(东莞)有限公司)
_BRANCH = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:分行|支行|分公司|分局|分院|分校|分中心|营业部|办事处)"
    r"|(?:有限公司|有限责任公司|股份有限公司)"
    r"|[)）]"
)


def _branch_place(text: str, start: int, end: int, places: list[PlaceHit]) -> PlaceHit | None:
    """The place a branch or a registered company inside a name lies in."""
    for hit in places:
        if start < hit.start and hit.end < end and _BRANCH.match(text, hit.end):
            if text[hit.end] in ")）" and text[hit.start - 1] not in "(（":
                continue
            return hit
    return None


def _listed_body(text: str, start: int, etype: EntityType, core: str) -> bool:
    """某市教体局、人社局: a government body listed right after another takes its place
    (resolved once the list is known)."""
    return (
        etype == "Organization" and 1 <= len(core) <= 4 and text[start - 1 : start] in _LIST_JOINTS
    )


def union_owner(name: str, text: str, index: TokenIndex, lex: Lexicon) -> str | None:
    """The organization a union without a place is named after, when it has no suffix to type
    it by (某某院工会, a brand's 工会): the model must read it as one name, at least once in the
    text, and it must be neither generic nor a trade."""
    if not name.endswith("工会") or name.endswith(("总工会", "联合工会")):
        return None
    head = name[: -len("工会")]
    if len(head) < 2 or lex.org_type(head) or head.startswith(lex.national_prefixes):
        return None
    if not _distinctive(head, lex) or _trade_only(head, lex) or head[0] in _LEVEL_HEADS:
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


_LEVEL_HEADS = set("省市区县镇乡")
_LEVEL_PAIRS = r"(?:省市区?|市区县?|县区|区县|省市县)"
_COLLECTIVE = re.compile(  # 两地, 三级, 5省市 before the suffix, or a name that is 省市区
    rf"(?:[一二两三四五六七八九十多各\d]+(?:[地区县市省镇级]|{_LEVEL_PAIRS})|^{_LEVEL_PAIRS})$"
)


def _place_led(start: int, end: int, places: list[PlaceHit]) -> bool:
    """Whether ``text[start:end]`` begins or ends with a place (某镇, 某市某工作): its committee
    is an entity."""
    return any(p.start >= start and (p.end == end or p.start == start) for p in places)


def _proper(start: int, end: int, index: TokenIndex) -> bool:
    """Whether the model sees a proper name somewhere in the span."""
    return any(
        tok.tag in {"ORG", "LOC", "nz", "nw", "PER", "ns", "nt"}
        for pos in range(start, end)
        if (tok := index.token(pos)) is not None
    )


def _distinctive(core: str, lex: Lexicon) -> bool:
    """Whether a name's core (no place, no suffix) says which organization it is."""
    return len(core) >= 2 and len(lex.strip_generic(core)) >= 2
