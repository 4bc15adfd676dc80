"""A candidate organization name at one occurrence of a suffix (总工会, 有限公司, 卫生院 …):
whether the name ends there, where it starts once the sentence's words before it are left
out, and what type its suffix gives it.
"""

from __future__ import annotations

import re

from ..model import EntityType
from .lexicon import Lexicon
from .orgbody import FEDERATION, build_span
from .orgspan import OrgSpan
from .orgstart import CLOSE, MAX_NAME, Scan, name_start

__all__ = ["continues", "span_at"]

HALL_NAME = 4  # 某某厅: the few characters that name a hotel's hall

_QUOTED_NAME = re.compile(r"[“\"][^”\"，。]{1,8}[”\"]")


def span_at(scan: Scan, match: re.Match[str]) -> OrgSpan | None:
    """The organization whose name ends with this suffix, if one does."""
    text, end = scan.text, match.end()
    if continues(scan, end) or _not_body_word(text, end, scan.lex):
        return None  # 服务全县发展大局: a word that ends like a body's name, not a body
    start = _whole_quote(scan, name_start(scan, match.start()), end)
    if _counted(text, start, scan.lex) or _channel(text, start, end, scan.lex):
        return None
    if _anonymized(text[max(0, start - 1) : match.start()], scan.lex):
        return None  # 浙江某实业有限公司: a report's firm left unnamed, no entity
    start = _past_bullet(scan, _trimmed_start(scan, start, match))
    # 某某集团有限公司第一研究院某某有限公司: the group's institute's own firm; the group is
    # named at its own suffix
    start += _past_group_unit(text[start:end], scan.lex)
    if _every_body(text[max(0, start - 1) : match.start()], scan.lex):
        return None  # 某省各地市州总工会, 各|盟市工会: every body of a kind, not one body
    if _levels_together(text[start : match.start() + 1]):
        return None  # 省市委, 某市所辖县区总工会: the bodies of two levels, not one body
    if _class_of_bodies(text[start : match.start()], scan.lex):
        return None  # 某省建成村级工会, 新时代某省工会: a level's or an era's bodies
    if _quoted_nickname(scan, start, match):
        return None  # 打造“边关工会”: what the unions are called, not a body's name
    typed = _type_of(text[start:end], scan.lex)
    trade = _trade_of_place(scan, start, match.start(), match.group())
    if typed is None or trade or _opens_site(scan, start, match):
        return None  # 某省煤矿工会: the province's mines; 某某矿国家矿山公园: a park's name
    # 某某分公司某地营业厅, 某某公司某某供电所, 某某有限公司某某厂, 某某宾馆某某厅: the firm's
    # outlet, station, plant or hall; the firm is named
    words = scan.lex.cue_words
    outlet = typed[1] in words["firm_outlets"] or typed[1] in words["firm_inner_units"]
    if outlet and (cut := _firm_before_outlet(text[start:end], typed[1], scan.lex)):
        end = start + cut
        typed = _type_of(text[start:end], scan.lex) or typed
    elif cut := _firm_before_project_branch(text[start:end], typed[1], scan.lex):
        end = start + cut  # 某某有限公司第六项目管理分公司: the firm's project unit
        typed = _type_of(text[start:end], scan.lex) or typed
    return build_span(scan, OrgSpan(start, end, text[start:end], *typed))


def _trade_of_place(scan: Scan, start: int, at: int, kind: str) -> bool:
    """Whether the name from ``start`` is only places, the last written with its level, before
    ``kind`` at ``at``, a kind of firm (某省煤矿, 某市商场): a trade of the place, as in its
    trade's union, not one firm."""
    if kind not in scan.lex.cue_words["trade_kind_ends"]:
        return False
    if scan.text[at - 1 : at] not in scan.lex.level_head_chars:
        return False
    while at in scan.place_ends and at > start:
        at = scan.place_ends[at]
    return at == start


def _opens_site(scan: Scan, start: int, match: re.Match[str]) -> bool:
    """Whether a mine's or a store's name names no firm: a place the gazetteer does not know
    follows it with nothing between (某某露天矿国家矿山公园: the firm names the site), or it
    opens with its own kind's word (矿业某某矿: the parent's trade, its own name cut off)."""
    kind = match.group()
    if kind not in scan.lex.cue_words["trade_kind_ends"]:
        return False
    if scan.text.startswith(kind, start):
        return True
    return any(h.start == match.end() and not h.candidates for h in scan.places)


def _registered_forms(lex: Lexicon) -> tuple[str, ...]:
    """The endings of a registered firm's full name (有限公司, 股份有限公司 …), not 公司 alone."""
    return tuple(w for w in lex.registered_company_forms if w != lex.company_word)


def _firm_before_outlet(name: str, suffix: str, lex: Lexicon) -> int:
    """Where the company's name ends inside an outlet's (某某有限公司某某分公司综合楼营业厅:
    after 分公司), 0 if no company's suffix comes before the outlet's words. A research unit
    follows only a registered firm's full name (某某有限公司某某研究所); a group's numbered
    institute (某某集团公司第某研究所) is named whole."""
    head = name[: -len(suffix)]
    firm_ends = (lex.company_word, *lex.company_branch_suffixes)
    if suffix in lex.cue_words["firm_inner_units"]:
        firm_ends = _registered_forms(lex)
    if suffix not in lex.cue_words["firm_halls"]:  # 某某宾馆某某厅: a hall the hotel lets
        ends = [at + len(w) for w in firm_ends if (at := head.rfind(w)) > 0]
    else:
        lodgings = lex.cue_words["lodging_firm_ends"]
        ends = [
            at + len(w)
            for w in lodgings
            if (at := head.rfind(w)) > 0 and len(head) - at - len(w) <= HALL_NAME
        ]
    return max(ends, default=0)


def _firm_before_project_branch(name: str, suffix: str, lex: Lexicon) -> int:
    """Where a registered firm's name ends before a branch named for a project it runs
    (某某有限公司第六项目管理分公司: after 有限公司), 0 if the branch is no project's.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _firm_before_project_branch("远帆工程有限公司第五项目管理分公司", "分公司", lex)
    8
    >>> _firm_before_project_branch("远帆工程有限公司白沙分公司", "分公司", lex)
    0
    """
    if suffix not in lex.company_branch_suffixes:
        return 0
    head = name[: -len(suffix)]
    forms = _registered_forms(lex)
    firm_end = max((at + len(w) for w in forms if (at := head.rfind(w)) > 0), default=0)
    projects = lex.cue_words["project_unit_ends"]
    return firm_end if firm_end and any(p in head[firm_end:] for p in projects) else 0


def _past_group_unit(name: str, lex: Lexicon) -> int:
    """Where a firm's own name starts after its group's registered name and the group's
    research unit (某某集团有限公司第一研究院|某某有限公司), 0 if no such unit comes before it.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _past_group_unit("远帆集团有限公司第三研究院青禾机械有限公司", lex)
    13
    >>> _past_group_unit("远帆集团有限公司青禾机械有限公司", lex)
    0
    """
    forms = _registered_forms(lex)
    own_form = max((w for w in forms if name.endswith(w)), key=len, default="")
    firm_end = min((at + len(w) for w in forms if (at := name.find(w)) > 0), default=0)
    if not own_form or not firm_end:
        return 0
    units = lex.cue_words["firm_inner_units"]
    unit_end = max((at + len(u) for u in units if (at := name.find(u, firm_end)) > 0), default=0)
    return unit_end if 0 < unit_end < len(name) - len(own_form) else 0


def _not_body_word(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the text before ``end`` ends with a word that ends like a body's name but names
    none (大局, 政局), and not with a bureau whose name ends like it (某市财政局, 民政局)."""
    words = lex.cue_words
    ends_like = text.endswith(words["not_body_words"], 0, end)
    return ends_like and not text.endswith(words["bureaus_ending_like_words"], 0, end)


_QUOTE_BREAKS = set('“”"，。、；：！？,;:!?《》\n')


def _whole_quote(scan: Scan, start: int, end: int) -> int:
    """The start of a name written alone in quotes (“某某(南京)骑手联合工会”) whose head the
    model reads as words that make no name (a brand spelled as a phrase): the whole quote is
    the name, when nothing but the name stands in it and no person is named in it (“老某调解
    工作室”: a studio known by its keeper, which the grammar reads by its owner)."""
    text = scan.text
    if text[end : end + 1] != "”":
        return start
    opening = text.rfind("“", max(0, end - MAX_NAME), start)
    if opening < 0 or opening + 1 >= start or _QUOTE_BREAKS & set(text[opening + 1 : start]):
        return start
    words = (scan.index.token(pos) for pos in range(opening + 1, start))
    if any(w is not None and w.tag == "PER" for w in words):
        return start
    return opening + 1


def _anonymized(head: str, lex: Lexicon) -> bool:
    """Whether a name's head (with the character before it) holds a mark that hides the name
    (湖北某建材有限公司, 某|物流公司: a case report's firm, left unnamed): no body to link.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _anonymized("湖北某建材", lex), _anonymized("某物流", lex), _anonymized("在远帆物流", lex)
    (True, True, False)
    """
    return any(mark in head for mark in lex.cue_words["anonymizing_marks"])


def _every_body(head: str, lex: Lexicon) -> bool:
    """Whether a name's head speaks of every place of a level (各地市州, 各县区, 各级): a
    collective, not one body; 各业 (of every trade) stays a name.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _every_body("某省各地市州", lex), _every_body("某市各业工人", lex)
    (True, False)
    """
    at = head.find("各")
    return at >= 0 and head[at + 1 : at + 2] in {"地", "级", *lex.level_head_chars}


def _past_bullet(scan: Scan, start: int) -> int:
    """The start of a name after a bullet written as 口 (for □) that opens its line before
    a place (口某市总工会:): the mark is no part of the name."""
    text = scan.text
    line_start = start == 0 or text[start - 1] in "\n \t\u3000"
    if text[start] == "口" and line_start and start + 1 in scan.place_starts:
        return start + 1
    return start


_LEVEL_PAIR = re.compile(
    r"(?:省市|市县|县市|县区|区县|县乡|县镇|市区县|县市区|^(?:州市|市州|盟市))[^省市县区]?$"
)


def _levels_together(head: str) -> bool:
    """Whether the level-only words before a body's word are two levels written together
    (省市委, 县区总工会, 县镇工会, and 州市总工会 when no place is written before): the bodies
    of both levels, or of every place of them, not one body.

    >>> _levels_together("省市"), _levels_together("某市所辖县区总"), _levels_together("某市")
    (True, True, False)
    >>> _levels_together("州市总"), _levels_together("某州市总")  # 州 and 市 alone: two levels
    (True, False)
    """
    return _LEVEL_PAIR.search(head) is not None


_NICKNAME_CORE = 3  # “边关工会”, “五星级工会”: a few words before 工会, no place


def _quoted_nickname(scan: Scan, start: int, match: re.Match[str]) -> bool:
    """Whether the name is a plain union's word after a few words that name no place, written
    alone in quotes (“边关工会”): a name for a kind of work or its unions, not a body's."""
    text = scan.text
    quoted = text[start - 1 : start] == "“" and text[match.end() : match.end() + 1] == "”"
    plain = match.group() == scan.lex.union_word and match.start() - start <= _NICKNAME_CORE
    return quoted and plain and start not in scan.place_starts


_LEVEL_CLASS = re.compile(r"[省市县区乡镇村街]级$")


def _class_of_bodies(head: str, lex: Lexicon) -> bool:
    """Whether a name's head makes it a class of bodies, not one body: those of a level
    (村级工会, 县级医院) or of an era (新时代某省工会: the province's unions of today).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> [_class_of_bodies(h, lex) for h in ("某省建成村级", "新时代某省", "某县人民")]
    [True, True, False]
    """
    era = head.startswith(lex.cue_words["era_words"])
    return era or _LEVEL_CLASS.search(head) is not None


def _trimmed_start(scan: Scan, start: int, match: re.Match[str]) -> int:
    """The start once words before the name that belong to the sentence are left out."""
    text, lex = scan.text, scan.lex
    if text[start] == "《" and "》" not in text[start : match.end()]:
        start += 1  # 据《某县总工会》: the title marks of an account are not the body's name
    if match.group() in lex.person_named_suffixes:
        start = _after_owner(text, start, scan.persons)
    kind = lex.kind_before_place.search(text, start, match.start())
    if kind and (kind.end() in scan.place_starts or _kind_opens_registered(text, start, kind, lex)):
        start = kind.end()  # 物业企业|某省某某公司: a kind of body, then its name
    start = _after_kind_before_firm(scan, start, match.end())
    start = _after_sequence_opener(scan, start)
    start = _after_joint_verb(scan, start)
    start = _after_partner(scan, start, match.start())
    committee = lex.committee_before_government.search(text, start, match.end())
    if committee and committee.end() < match.end():
        start = committee.end()  # 某县委县政府: the government after the committee
    start = _after_government(scan, start, match.start())
    return _past_level_before_place(scan, start)


def _after_kind_before_firm(scan: Scan, start: int, end: int) -> int:
    """The start of a firm's name the model reads as one organization's word right after a
    kind of body (某某试点单位|某某电子有限公司): the words before are what the firm is
    counted as, not its name; ``start`` otherwise."""
    kinds = list(scan.lex.kind_before_place.finditer(scan.text, start, end))
    for kind in reversed(kinds):
        firm = scan.index.token(kind.end())
        if firm is not None and firm.start == kind.end() and firm.end == end:
            return kind.end() if firm.tag == "ORG" else start
    return start


def _kind_opens_registered(text: str, start: int, kind: re.Match[str], lex: Lexicon) -> bool:
    """Whether the kind of body opens the span, or follows a rank (500强企业), before a
    registered firm's full name (企业某某股份有限公司): the word says what the firm is, the
    name follows it; a kind inside the name (某某企业管理有限公司) stays."""
    name = re.match(r"[^，。、；：,;:\s]*", text[kind.end() :])
    written = name.group() if name else ""
    registered = [s for s in lex.company_legal_suffixes if s.endswith(lex.company_word)]
    at = min((i for i in (written.find(s) for s in registered) if i >= 0), default=-1)
    if at < 2:
        return False
    return kind.start() == start or _RANK.search(text, 0, kind.start()) is not None


_RANK = re.compile(r"[\d百千万]+强$")  # 500强企业, 百强企业: a firm's rank, then its kind


def _after_sequence_opener(scan: Scan, start: int) -> int:
    """The start of a level-only body or a place's body written right after the sentence's
    opener (首先区法院院长某某: 首先 is no part of the name), ``start`` otherwise; the opener
    may begin before ``start`` (今|后市某学院: the model reads 后市 as one word)."""
    text, lex = scan.text, scan.lex
    for opener in lex.cue_words["sequence_openers"]:
        at = text.find(opener, max(0, start - len(opener) + 1), start + len(opener))
        after = at + len(opener)
        if at < 0 or after <= start:
            continue
        if text[after : after + 1] in lex.level_head_chars or after in scan.place_starts:
            return after
    return start


def _after_joint_verb(scan: Scan, start: int) -> int:
    """The start of a level-only body or a place's body written right after a joint verb
    (联合区人社局: the verb is no part of the name), ``start`` otherwise."""
    text, lex = scan.text, scan.lex
    joint = lex.joint_verb.match(text, start)
    if joint and (text[joint.end()] in lex.level_head_chars or joint.end() in scan.place_starts):
        return joint.end()
    return start


def _after_government(scan: Scan, start: int, suffix_start: int) -> int:
    """The start of a level's body written right after a government (某市政府市总工会联席会议:
    the level's union after the government), ``start`` otherwise."""
    text, lex = scan.text, scan.lex
    for government in lex.government_words:
        at = text.find(government, start, suffix_start)
        after = at + len(government)
        if at > start and text[after : after + 1] in lex.level_head_chars:
            return after
    return start


def _past_level_before_place(scan: Scan, start: int) -> int:
    """Past a level-only head written before the place it speaks of (县某县某某工会: the name
    opens with the place), ``start`` otherwise."""
    text, lex = scan.text, scan.lex
    if text[start] in lex.level_head_chars and any(
        text[hit.end - 1] == text[start] and text.startswith(text[hit.start : hit.end], start + 1)
        for hit in scan.places
    ):
        return start + 1
    return start


def _partner_joint(lex: Lexicon) -> re.Pattern[str]:
    """A joint verb (联合, 携手) or a conjunction (和, 与, 同) between two bodies' names."""
    return lex.compiled(_partner_joint_pattern)


def _partner_joint_pattern(lex: Lexicon) -> re.Pattern[str]:
    # 某农信社辖内某农商银行, 某集团旗下某公司: a body under the one before is a name of its own
    joints = (*lex.joint_verbs, *lex.cue_words["org_joints"], *lex.cue_words["under_body_words"])
    words = sorted(set(joints), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)))


def _after_partner(scan: Scan, start: int, suffix_start: int) -> int:
    """The start of a name written right after a body and a joint verb, a conjunction or an
    event verb (某总工会联合市文旅局, 某总工会和县人社局, 某总工会深入县某中心: the model reads
    one word), past the body and the joint."""
    text, lex = scan.text, scan.lex
    for pos in range(start + 2, suffix_start):  # 总工会同: 同 inside the joint verb 会同 too
        joint = _partner_joint(lex).match(text, pos, suffix_start)
        end = joint.end() if joint else _after_visit_verb(scan, pos)
        body = text[start:pos]  # 某市总联合: a level's 总工会 by its short form is a body too
        is_body = lex.org_type(body) or body.endswith(lex.cue_words["union_short_forms"])
        if (
            end
            and is_body
            and not _inside_suffix(text, pos, lex)
            and not _trade_before(scan, start, pos)
        ):
            return end
    return start


def _trade_before(scan: Scan, start: int, pos: int) -> bool:
    """Whether the words before a joint at ``pos`` are a place's trade (某省酒店|与餐饮行业工会):
    one of the trades a body's name lists, no body of its own."""
    kind = next(
        (k for k in scan.lex.cue_words["trade_kind_ends"] if scan.text.endswith(k, 0, pos)), ""
    )
    return bool(kind) and _trade_of_place(scan, start, pos - len(kind), kind)


def _after_visit_verb(scan: Scan, pos: int) -> int:
    """Past an event verb at ``pos`` written before a level-only body or a place's body
    (某总工会深入县某局, 某总工会走进某区某中心: the body before acts on the one after it);
    0 when none is written there."""
    text, lex = scan.text, scan.lex
    verb = next((v for v in lex.event_verbs if text.startswith(v, pos)), "")
    after = pos + len(verb)
    if verb and (text[after : after + 1] in lex.level_head_chars or after in scan.place_starts):
        return after
    return 0


def _inside_suffix(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether an organization suffix runs across ``pos``: 联合 of 某某工会联合总会 is part of
    the suffix 工会联合总会, not a joint verb after the body 某某工会.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _inside_suffix("青禾工会联合总会南湖办事处", 4, lex)
    True
    >>> _inside_suffix("青禾县总工会联合县人社局", 6, lex)
    False
    """
    return any(
        text.startswith(suffix, at)
        for suffix, _ in lex.org_suffixes
        for at in range(max(0, pos - len(suffix) + 1), pos)
        if at + len(suffix) > pos
    )


def _type_of(name: str, lex: Lexicon) -> tuple[EntityType, str] | None:
    """The type and suffix of a name, or None if no suffix types it."""
    level = _bare_committee_level(name, lex)
    if level:  # 县委, 市委: a level word and 委
        return "Organization", name[len(level) :]
    if name in lex.cue_words["title_bodies"]:
        return "Organization", name  # 政府 of 某镇党委、政府: a place's organ, kept if listed
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
    if suffix in lex.company_branch_suffixes and lex.union_word in name[: -len(suffix)]:
        etype = "Union"  # 某某银行工会某市分行: the union of the branch, written without 委员会
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


def _union_organization(text: str, end: int, lex: Lexicon) -> bool:
    """Whether 组织 after the union of a named body closes a phrase or a list item (某某医院工会
    组织、): that union itself, not 工会组织建设, a union's 组织部 or 相关工会组织 (no owner)."""
    words = lex.cue_words["union_organization_words"]
    word = next((w for w in words if text.startswith(w, end)), None)
    after = text[end + len(word) : end + len(word) + 1] if word else ""
    owner = text[max(0, end - len(lex.union_word) - MAX_NAME) : end - len(lex.union_word)]
    return after in lex.cue_words["list_item_ends"] and lex.org_type(owner) is not None


def continues(scan: Scan, end: int) -> bool:
    """Whether the name goes on past this suffix: 集团 in 某某集团有限公司, 工会 in 工会工作."""
    text, lex = scan.text, scan.lex
    if _no_end_here(scan, end):
        return True
    if text[end - 1] == lex.committee_word and lex.government_next.match(text, end):
        return False  # 某县委县政府: the committee and the government are two bodies
    plain_union = text.endswith(lex.union_word, 0, end) and not text.endswith(FEDERATION, 0, end)
    if plain_union and _branch_after_union(scan, end):
        return True  # 某某银行工会|某市分行(委员会): the union of the firm's branch
    if plain_union and _national_unions_committee(scan, end):
        return True  # 中国某某工会|某市某某工作委员会: the national union's local committee
    if plain_union and _union_organization(text, end, lex):
        return False  # 某某医院工会组织、某局: the union itself, written with 组织
    if plain_union and _union_modifier_at(scan, end):
        return True  # 产业工会工作部 read as one word: a department, not a union
    in_word = _goes_on_in_model_word(scan, end)
    if in_word is not None:
        return in_word
    if plain_union:
        quoted = _QUOTED_NAME.match(text, end)  # 工会“某某”服务站: the station's own name
        after = quoted.end() if quoted else end
        return _union_modifier_at(scan, after)  # 工会工作, 工会驿站: no name
    return False


_NAME_CHARS = r"[^，,。、；;：:\s“”]"
_COMMITTEE_AFTER = re.compile(_NAME_CHARS + r"{0,12}?(?:委员会|工委)")


def _national_unions_committee(scan: Scan, end: int) -> bool:
    """Whether a national union's name ends at ``end`` and a place opens the name of one of
    its committees right after it (中国某某工会|某市某某工作委员会): one name, the committee's."""
    text, lex = scan.text, scan.lex
    if end not in scan.place_starts or _COMMITTEE_AFTER.match(text, end) is None:
        return False
    prefixes = "|".join(lex.national_prefixes)  # the national union's name before ``end``
    return re.search(f"(?:{prefixes}){_NAME_CHARS}{{1,8}}{lex.union_word}$", text[:end]) is not None


def _branch_after_union(scan: Scan, end: int) -> bool:
    """Whether a place and a firm's branch follow a union's word (某某银行工会|某市分行): the
    union is the branch's, named after its firm, then the branch."""
    place = next((h for h in scan.places if h.start == end), None)
    return place is not None and scan.text.startswith(scan.lex.company_branch_suffixes, place.end)


def _no_end_here(scan: Scan, end: int) -> bool:
    """Whether a bracket, a post or a word that makes no name goes on past the suffix."""
    text, lex = scan.text, scan.lex
    if end == len(text):
        return False  # 供稿：某县总工会: a name that closes the article bare ends there
    if text[end] in CLOSE:
        # （某某公司）工会: the bracket glosses a longer name; but a credit in brackets that
        # closes the article (……。（某县总工会）) is a name of its own
        return text[end + 1 :].strip() != ""
    if len(lex.title_head(text[end - 1 : end + 1]) or "") == 2:
        # 局 in 副局长, 委 in 主席团委员: a post, not the end of a name; but 支 in 某村党总支|
        # 书记 ends the name, a post written whole after it
        return not lex.title_head(text[end : end + 2])
    return _word_of_no_name(scan, end)


def _word_of_no_name(scan: Scan, end: int) -> bool:
    """Whether a suffix ending at ``end`` opens a term that is no name with the word after it
    (政府事务总监, 镇党委中心工作); but 某某矿|工会 (not 矿工): the union after the firm."""
    text, lex = scan.text, scan.lex
    return not text.startswith(lex.union_word, end) and any(
        text.endswith(suffix, 0, end) and text.startswith(words, end)
        for suffix, words in lex.not_name_ends.items()
    )


def _goes_on_in_model_word(scan: Scan, end: int) -> bool | None:
    """Whether the name goes on in a word the model reads as one organization across the
    suffix; None when the model reads no such word."""
    text, lex = scan.text, scan.lex
    tok = scan.index.token(end - 1)
    if tok is None or tok.tag != "ORG" or tok.end <= end or tok.start >= end - 1:
        return None
    if _partner_joint(lex).match(text, end):
        return False  # 某总工会联合市文旅局: two bodies the model reads as one word
    if text[end : tok.end] in lex.cue_words["party_organs"]:
        return False  # 某某供电局纪委 read as one word: the organ's body ends here
    if lex.org_type(text[end - 1 : tok.end]) == ("Union", text[end : tok.end]):
        return False  # 某某有限公司|工会委员会 read as one word: the union's owner ends here
    if text[end : tok.end] in lex.organ_words:
        return False  # 某某公司工会|女工委 read as one word: the organ of the body named
    if _past_group_unit(text[tok.start : tok.end], lex) > end - tok.start:
        return False  # 某集团有限公司|第一研究院某某有限公司 read as one word: two firms
    if _word_of_no_name(scan, tok.end):
        return False  # 市政府中心|大局 read as one word: the longer name is none, 市政府 ends here
    if _level_only_body(text[end : tok.end], lex):
        return False  # 某市政府|市总工会 read as one word: two bodies, the second by its level
    return lex.org_type(text[tok.start : tok.end]) is not None


def _level_only_body(name: str, lex: Lexicon) -> bool:
    """Whether ``name`` is a level word and a body's suffix, nothing else (市总工会, 县委).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _level_only_body("市总工会", lex), _level_only_body("市场部", lex)
    (True, False)
    """
    typed = lex.org_type(name)
    return name[:1] in lex.level_head_chars and typed is not None and typed[1] == name[1:]


def _union_modifier_at(scan: Scan, pos: int) -> bool:
    """Whether a word at ``pos`` makes the 工会 before it part of a longer term (工会工作,
    工会组织的): not a word that is also a verb (``union_verbs``) when the model reads it as
    the sentence's verb (某公司工会|组织职工参加…), nor one that opens a word for the union's
    staff (工会|工作人员: ``union_staff_words``)."""
    text, lex = scan.text, scan.lex
    if not text.startswith(lex.union_modifiers, pos):
        return False
    if text.startswith(tuple(lex.cue_words["union_staff_words"]), pos):
        return False
    tok = scan.index.token(pos)
    verb = tok is not None and tok.start == pos and tok.tag == "v"
    return not (verb and text.startswith(tuple(lex.cue_words["union_verbs"]), pos))
