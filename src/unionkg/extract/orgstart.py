"""Where an organization's name starts: the walk left from its suffix.

The name's start is found by walking left over the NER model's words while they can be part of
a name (nouns, proper nouns, places, organizations) and stopping at verbs, function words,
punctuation and post titles; a name may hold brackets (某某(宁波)电池有限公司), 和 between two
of its words (某市工业和信息产业工会) and words the model reads as verbs after a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Gazetteer, family_led
from .lexicon import Lexicon
from .ner import Token
from .placehit import HYPHENS, PlaceHit, past_proxy
from .tokens import TokenIndex

__all__ = ["CLOSE", "MAX_NAME", "OPEN", "Scan", "after_national_union", "name_start"]

_NAME_TAGS = {"LOC", "ORG", "nz", "nw", "n", "ns", "nt", "j", "vn", "an", "m", "s"}
_NO_HEAD_TAGS = {"vn", "an", "m", "s"}  # may sit inside a name, never start one
OPEN, CLOSE = "（(", "）)"
MAX_NAME = 32


@dataclass(slots=True)
class Scan:
    """What the name grammar reads of one article."""

    text: str
    index: TokenIndex
    places: list[PlaceHit]
    lex: Lexicon
    gaz: Gazetteer
    place_ends: dict[int, int]  # end → start of each place
    place_starts: set[int]
    persons: set[str]  # the model's person names (2–4 characters)

    @classmethod
    def of(
        cls, text: str, index: TokenIndex, places: list[PlaceHit], lex: Lexicon, gaz: Gazetteer
    ) -> Scan:
        persons = {p for p in index.persons if 2 <= len(p) <= 4}
        place_ends = {p.end: p.start for p in places}
        starts = {p.start for p in places}
        return cls(text, index, places, lex, gaz, place_ends, starts, persons)

    def region_compound(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is several provinces' one-character names run together
        (沪浙滇地区, 港澳), not a division the gazetteer knows (新宁)."""
        if not self.lex.patterns["region_compound"].search(self.text[start:end]):
            return False
        return not any(h.start == start and h.candidates for h in self.places)


_NOT_IN_NAMES = {"w", "p", "c", "u", "r", "PER", "TIME", "q", "xc", "f", "m"}
_NAME_DOTS = "·•・"
_HAN = re.compile("[\u4e00-\u9fff]")
_HAN_TIME = re.compile("[一二三四五六七八九十百千万]+年")


def name_start(scan: Scan, suffix_start: int) -> int:
    """Walk left from a suffix over words that can belong to a name."""
    pos = _after_fused_joint(scan, _head_of_word(scan.index, suffix_start))
    pos = _after_fused_preposition(scan, pos, suffix_start)
    pos = _walk_left(scan, pos, max(0, suffix_start - MAX_NAME), suffix_start)
    pos = _past_owner(scan, pos, suffix_start)
    pos = _past_count(scan, pos, suffix_start)
    pos = _across_joint(scan, pos, suffix_start)
    pos = _past_owner(scan, _back_to_place(scan, pos), suffix_start)  # not back over 某行辖属
    for written in scan.lex.demonstrative_heads:  # 由该镇总工会: the walk stopped at 镇
        if scan.text.startswith(written, pos - len(written)):
            return pos - len(written)
    pos = _past_cut_verb(scan, _first_head(scan, pos, suffix_start), suffix_start)
    pos = _past_complement(scan, pos, suffix_start)
    pos = _past_praise(scan, _past_award(scan, pos, suffix_start), suffix_start)
    pos = _past_honour(scan, pos)
    pos = _past_undertaking(scan, pos, suffix_start)
    pos = _past_holder_name(scan, pos, suffix_start)
    pos = _past_leading_holder(scan, pos, suffix_start)
    pos = _past_joined_post(scan, pos, suffix_start)
    pos = past_proxy(scan.text, pos, suffix_start, scan.lex, scan.persons)  # 某某代表|某区管委会
    pos = _past_meeting(scan, _past_dateline(scan, pos, suffix_start), suffix_start)
    pos = _past_national_union(scan.text, pos, suffix_start, scan.lex)
    pos = _past_capital_kind(scan.text, pos, suffix_start, scan.lex)
    return _at_federation_place(scan, pos, suffix_start)


def _past_capital_kind(text: str, pos: int, suffix_start: int, lex: Lexicon) -> int:
    """The start of a firm's name after the kind of its capital that opens the words before
    it (日资企业|某某电子有限公司, 台资企业|某某公司): a description news writes before the
    name, not part of it; ``pos`` for any other name.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> text = "港资企业远帆电子有限公司"
    >>> text[_past_capital_kind(text, 0, text.index("有限公司"), lex) :]
    '远帆电子有限公司'
    >>> _past_capital_kind("外资企业协会", 0, 4, lex)
    0
    """
    kind = next((k for k in lex.cue_words["capital_kinds"] if text.startswith(k, pos)), "")
    if not kind or suffix_start - pos - len(kind) < 2:
        return pos
    firm = lex.org_type(text[pos:suffix_start] + _suffix_at(text, suffix_start, lex))
    if firm is None or firm[0] != "Company":
        return pos  # 外资企业协会: a body of such firms, named by their kind
    return pos + len(kind)


def _past_national_union(text: str, pos: int, suffix_start: int, lex: Lexicon) -> int:
    """The start of a firm's or body's name after the national trade union that heads its
    union's name (中国某某工会|某某集团有限公司工会: the firm is named without it), ``pos``
    where the name opens with no such union or is not a firm's (中国某某工会某省工作委员会).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> text = "中国晨光工会青禾航道工程有限公司工会"
    >>> text[_past_national_union(text, 0, text.index("有限公司"), lex) :]
    '青禾航道工程有限公司工会'
    >>> _past_national_union(text, 0, len(text) - 2, lex)
    0
    >>> organ = "中国晨光工会远帆工作委员会"
    >>> _past_national_union(organ, 0, organ.index("委员会"), lex)
    0
    """
    firm = lex.org_type(text[pos:suffix_start] + _suffix_at(text, suffix_start, lex))
    if firm is None or firm[0] != "Company":
        return pos  # 中国某某工会某省委员会: the union's own organ, named with it
    return pos + after_national_union(text[pos:suffix_start], lex)


def _suffix_at(text: str, at: int, lex: Lexicon) -> str:
    """The longest suffix of a kind of organization written at ``at``, empty where none is."""
    return max((s for s, _ in lex.org_suffixes if text.startswith(s, at)), key=len, default="")


def after_national_union(name: str, lex: Lexicon) -> int:
    """Where a name proper starts after the national trade union written before it (中国某某
    工会|某某有限公司工会), 0 where it opens with none.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> after_national_union("中国晨光工会远帆银行工会", lex)
    6
    >>> after_national_union("中国远帆工会", lex)
    0
    """
    union = name.find(lex.union_word) if name.startswith(lex.national_prefixes) else -1
    rest = len(name) - union - len(lex.union_word)
    return union + len(lex.union_word) if union > 0 and rest >= 2 else 0


def _past_holder_name(scan: Scan, pos: int, suffix_start: int) -> int:
    """The start of a level-only name after the name of a post's holder that the model ran
    into it, with no comma between (副书记钟某|市总工会副主席乙: 钟某 holds the post before,
    市总工会 is the city's): a name of two or three characters that opens with a family
    name right after a title, then a level head that starts no known place."""
    text, lex = scan.text, scan.lex
    if not any(text.endswith(head, 0, pos) for head in lex.title_heads):
        return pos
    for size in (2, 3):
        at = pos + size
        if at >= suffix_start or text[at] not in lex.level_head_chars:
            continue
        if family_led(text[pos:at]) and pos not in scan.place_starts and at not in scan.place_ends:
            return at
    return pos


def _past_leading_holder(scan: Scan, pos: int, suffix_start: int) -> int:
    """The start of a name after a post's holder and the verb of leading a group (副主席钟某|率
    省总工会代表团: 钟某 holds the post before) where the model read the end of the holder's name
    and the verb as one word that opens the name: a name of two or three characters that
    opens with a family name right after a title, then the verb (cue_words.name_run_verbs)."""
    text, lex = scan.text, scan.lex
    for verb in lex.cue_words["name_run_verbs"]:
        at = text.find(verb, pos, min(pos + _HOLDER_TAIL + 1, suffix_start))
        if at < 0:
            continue
        for size in (2, 3):
            start = at - size
            if (
                start <= pos
                and family_led(text[start:at])
                and any(text.endswith(head, 0, start) for head in lex.title_heads)
            ):
                return at + len(verb)
    return pos


_HOLDER_TAIL = 2  # the most characters of a holder's name the model may run into the verb


def _past_joined_post(scan: Scan, pos: int, suffix_start: int) -> int:
    """The start of a name after a post and a joint the model ran into it (选举产生某会委员会
    委员和|工会经费审查委员会委员: two posts chosen, the second body's name opens after 和)."""
    joints = (scan.lex.name_joint, *scan.lex.cue_words["more_name_joints"])
    for at in range(suffix_start - 1, pos, -1):
        joint = next((j for j in joints if scan.text.startswith(j, at)), None)
        if joint is not None and scan.lex.title_head(scan.text[pos:at]):
            return at + len(joint)
    return pos


def _past_meeting(scan: Scan, pos: int, suffix_start: int) -> int:
    """The start of a name after a meeting the text runs into it, with no comma between,
    before a level-only head (…召开座谈会|区总工会副主席甲: the district's 总工会)."""
    words = scan.lex.cue_words["meeting_words"]
    for at in range(suffix_start - 1, pos, -1):
        if scan.text[at] in scan.lex.level_prefixes and scan.text[pos:at].endswith(words):
            return at
    return pos


_FEDERATED = {"province", "city", "county"}  # the divisions with a federation of unions


def _at_federation_place(scan: Scan, pos: int, suffix_start: int) -> int:
    """The start of a place's federation of unions (某市总工会) at the places its suffix follows:
    a word written before them is the sentence's, not the name's (包联部门|某市总工会, 某届农博会|
    某省总工会): such a federation is named by its places alone."""
    if not scan.text.startswith(scan.lex.cue_words["place_federations"], suffix_start):
        return pos
    if not any(h.end == suffix_start and h.level in _FEDERATED for h in scan.places):
        return pos
    j = suffix_start
    while j in scan.place_ends and j > pos:
        j = scan.place_ends[j]
    if j <= pos or scan.text[j - 1] in scan.lex.level_head_chars:
        return pos  # 某某旗|某县总工会: a place the gazetteer does not know heads the chain
    return j


def _past_dateline(scan: Scan, pos: int, suffix_start: int) -> int:
    """The start of a name after a place's dateline the model ran into it (某城讯某某公司, 某城
    5月1日讯 某某公司): the place the news was filed from is no part of the name."""
    dateline = scan.lex.patterns["paper_dateline"]
    # the walk stops at the date (某城5月1日|讯 某某公司) or runs over the place (某城讯某某公司)
    ends = [hit.end for hit in scan.places if hit.start == pos]
    if pos in scan.place_ends or scan.text[pos - 1 : pos] == "日":
        ends.append(pos)
    for at in ends:
        if m := dateline.match(scan.text, at):
            end = m.end()
            while end < suffix_start and scan.text[end].isspace():
                end += 1
            return end if end < suffix_start else pos
    return pos


def _past_cut_verb(scan: Scan, pos: int, suffix_start: int) -> int:
    """The start of a name after a verb of taking up a post that the model cut in two, its
    last character read into the name (当|选区某某工会 for 当选|区某某工会)."""
    for verb in scan.lex.cue_words["elected_verbs"]:
        for cut in range(1, len(verb)):
            end = pos - cut + len(verb)
            if end < suffix_start and scan.text.startswith(verb, pos - cut):
                return end
    return pos


def _past_complement(scan: Scan, pos: int, suffix_start: int) -> int:
    """The start of a name after a verb's complement 好 that the model read into it (发挥|好某
    某工会|作用, 落实|好|街道办事处): after a verb, 好 says the act is done well, no name."""
    if pos + 1 >= suffix_start or scan.text[pos] != "好":
        return pos
    verb = scan.index.token(pos - 1)
    return pos + 1 if verb is not None and verb.end == pos and verb.tag == "v" else pos


def _past_praise(scan: Scan, pos: int, suffix_start: int) -> int:
    """The start of a name after a verb of attending or praising that the model read into it
    before a level-only body (充分肯定|区中医院, 表扬|市某某局): such a verb opens no name."""
    for verb in scan.lex.cue_words["attending"]:
        after = pos + len(verb)
        if after < suffix_start and scan.text.startswith(verb, pos):
            return after if scan.text[after] in scan.lex.level_head_chars else pos
    return pos


def _past_award(scan: Scan, pos: int, suffix_start: int) -> int:
    """The start of a name after a verb of winning an honour that the walk crossed (某站某某室
    获评|全省工会某某室): the honour's giver follows the verb, the winner stands before it."""
    span = scan.text[pos:suffix_start]
    ends = [span.rfind(v) + len(v) for v in scan.lex.cue_words["award_verbs"] if v in span]
    return pos + max(ends) if ends else pos


def _past_honour(scan: Scan, pos: int) -> int:
    """The start of a name after a person's honour the walk crossed where a place opens the
    name (慰问了劳动模范|某省某某有限公司总经理某某): the honour is the person's, no part of
    the body's name."""
    for honour in scan.lex.cue_words["honor_titles"]:
        after = pos + len(honour)
        if scan.text.startswith(honour, pos) and after in scan.place_starts:
            return after
    return pos


def _past_undertaking(scan: Scan, pos: int, suffix_start: int) -> int:
    """The start of a name after an activity or a project the text runs into it, with no
    comma between (此次送清凉活动|某县总工会筹措资金, 在建项目|某某集团有限公司工地): such a
    noun closes the phrase before the name and opens none."""
    for noun in scan.lex.cue_words["undertaking_nouns"]:
        after = pos + len(noun)
        if (
            scan.text.startswith(noun, pos)
            and after + 2 <= suffix_start
            and scan.index.is_boundary(after)
        ):
            return after
    return pos


def _past_owner(scan: Scan, pos: int, suffix_start: int) -> int:
    """The start of a name after the owner written before it (某某旗下某某有限公司: the owner
    and 旗下 are no part of the firm's name), ``pos`` where no owner is written."""
    start = pos
    for link in scan.lex.cue_words["owner_links"]:
        at = scan.text.rfind(link, pos, suffix_start)
        if at >= 0:
            start = max(start, at + len(link))
    return start


def _past_count(scan: Scan, pos: int, suffix_start: int) -> int:
    """The start of a name after a count the model ran into it (某某、甲乙5家物流公司: the
    list's last item and the count are no part of the name), ``pos`` where there is none."""
    counters = "|".join(scan.lex.cue_words["brand_list_counters"])
    counts = list(re.finditer(rf"\d+(?:{counters})", scan.text[pos:suffix_start]))
    return pos + counts[-1].end() if counts else pos


def _after_fused_joint(scan: Scan, pos: int) -> int:
    """Where the name's words go on after a joint the model read into one conjunction with
    them (某省文化|和旅游厅): just after the joint, so that the walk may cross it."""
    tok = scan.index.token(pos)
    joints = (scan.lex.name_joint, *scan.lex.cue_words["more_name_joints"])
    if tok is None or tok.tag != "c" or tok.start >= pos:
        return pos
    joint = next((j for j in joints if tok.text.startswith(j)), "")
    return tok.start + len(joint) if joint and pos - tok.start > len(joint) else pos


def _after_fused_preposition(scan: Scan, pos: int, suffix_start: int) -> int:
    """Where the name starts when the model read a body's full name, a preposition and the
    name after it as one organization (某市总工会向|市城管局赠送): just after the preposition,
    the body before it being the sentence's subject, no part of the name."""
    words, lex = scan.text[pos:suffix_start], scan.lex
    for at in range(len(words) - 1, 0, -1):
        if words[at] not in lex.cue_words["name_prepositions"]:
            continue
        typed = lex.org_type(words[:at])
        if typed is not None and len(typed[1]) > 1:
            return pos + at + 1
    return pos


def _head_of_word(index: TokenIndex, pos: int) -> int:
    """Where the name starts when its suffix sits inside a word: the word's head is part of
    the name (but 成立 in a verb-tagged 成立工会联合会 is not)."""
    tok = index.token(pos)
    if tok is not None and tok.start < pos and tok.text[0] in CLOSE:
        return tok.start + 1  # ")电池有限公司" read as one mark: the brackets close inside
    if tok is not None and tok.tag == "TIME" and tok.start < pos < tok.end:
        return tok.start  # 今某某酒业公司 read as a time for its first character: a name
    if tok is None or tok.start >= pos or tok.tag in _NOT_IN_NAMES:
        return pos
    if tok.tag not in {"v", "vd", "ad", "d"} or pos - tok.start >= 3:
        return tok.start
    return pos


def _walk_left(scan: Scan, pos: int, limit: int, suffix_start: int) -> int:
    """Step left over the words that can be part of a name, down to ``limit``."""
    text, index = scan.text, scan.index
    dotted = False
    greater = scan.lex.cue_words["greater_prefixes"]
    while pos > limit:
        if pos in scan.place_starts and text.startswith(greater, pos):
            break  # 大某某总工会: "greater" opens the name, as a place it begins
        if text[pos - 1] in OPEN and _unclosed(text[pos:suffix_start]):
            pos = _brand_before_bracket(scan, pos - 1)  # 某某(宁波)电池…: brackets open before
            continue
        if text[pos - 1] in CLOSE:  # a bracketed part of a name: 技工（旅游）学校
            opening = _bracket_in_name(scan, pos, limit)
            if opening is None:
                break
            pos = opening
            continue
        if (joined := _joined_place_start(scan, pos)) is not None:
            pos = max(joined, limit)  # 甲市-乙县工业园工会: one place, its partner joined by -
            continue
        if _dot_inside_name(scan, pos, limit):
            pos, dotted = pos - 1, True  # 老某·某某工会联合会: a dot inside one name
            continue
        if _national_after_body(scan, pos):
            break  # 某省交通运输厅|中国某某工会某省委员会: a name opens with its national prefix
        prev = index.token(pos - 1)
        if prev is not None and _bracketed_form(prev):
            pos = max(prev.start, limit)  # (集团)有限公司 read as one mark: a legal form
            continue
        if prev is None or not _may_be_in_name(scan, prev, pos, dotted):
            break
        if _names_run_together(scan, prev, pos, suffix_start):
            break
        if pos < suffix_start and _joint_verb_as_name(scan, prev):
            break
        if _sentence_word(scan, prev, pos):
            break
        pos = max(prev.start, limit)
    return pos


def _joined_place_start(scan: Scan, pos: int) -> int | None:
    """Where the place starts whose name holds the hyphen written right before ``pos`` (a
    zone two places build together, 甲市-乙县工业园), if one does."""
    if scan.text[pos - 1 : pos] not in tuple(HYPHENS):
        return None
    return next((h.start for h in scan.places if h.start < pos - 1 and pos < h.end), None)


def _sentence_word(scan: Scan, prev: Token, pos: int) -> bool:
    """Whether the word ``prev`` ending at ``pos`` belongs to the sentence, not to the name
    after it: a title, a preposition, the venue a meeting borrows, a number that is no
    ordinal, or a word a space parts from a level-only name."""
    lex = scan.lex
    word = scan.text[prev.start : pos]
    if lex.title_head(word) or word in lex.vague_titles:
        return True
    if _ends_in_preposition(word, scan.index.token(pos), lex):
        return True  # 某某网讯据|某某总工会, 慰问团向|某某公司: the name starts after it
    if word in lex.cue_words["venue_prepositions"]:
        return True  # 于今天上午假|某某大酒楼举行: the venue the meeting borrows
    if _event_before_placed_body(scan, prev, pos):
        return True  # 此次慰问活动|某县总工会筹措资金: the event is the sentence's, no name's
    if prev.text[-1].isspace() and scan.text[pos : pos + 1] in lex.level_head_chars:
        return True  # 某某 省总工会: a space, then a level-only name, which its level opens
    return prev.tag == "m" and not _ordinal_word(word, lex)


def _event_before_placed_body(scan: Scan, prev: Token, pos: int) -> bool:
    """Whether an event, a project or a meeting ``prev`` stands before a name the model reads
    as one organization from a known place on (此次慰问活动|某县总工会筹措资金): the event is
    the sentence's, and the name opens at the place."""
    here = scan.index.token(pos)
    if here is None or here.tag != "ORG" or here.start != pos:
        return False
    cues = scan.lex.cue_words
    if not scan.text.endswith(
        (*cues["meeting_words"], *cues["undertaking_nouns"]), prev.start, pos
    ):
        return False
    return any(h.start == pos and h.candidates for h in scan.places)


def _national_after_body(scan: Scan, pos: int) -> bool:
    """Whether a national prefix (中国, 全国 …) at ``pos`` follows a body's full name, its kind
    written out (中华全国总工会|中国某某工会): the prefix opens a name of its own, the body
    before it is the one it belongs to; or a generic word, a kind of firm (辖区央企|中国某某集团),
    that names nothing."""
    lex = scan.lex
    if not scan.text.startswith(lex.national_prefixes, pos):
        return False
    before = scan.text[:pos]
    prev = scan.index.token(pos - 1)
    kind = prev.text if prev is not None and prev.end == pos else ""
    if len(kind) > 1 and kind in lex.generic_name_words:
        return True  # 辖区央企|中国某某集团: a kind of firm, then the name
    whole = prev is not None and prev.end == pos and prev.tag == "ORG"  # 某省交通运输厅
    return any(
        (whole or len(suffix) > 1) and before.endswith(suffix) for suffix, _ in lex.org_suffixes
    )


def _names_run_together(scan: Scan, prev: Token, pos: int, suffix_start: int) -> bool:
    """Whether two names stand side by side, each read by the model as one organization
    and each opening with the same place (《某省总工会|某省发展和改革委员会关于…》): a name
    never writes its place twice, so the earlier one, a body's full name, is no part of the
    later one."""
    here = scan.index.token(pos)
    if here is None or here.tag != "ORG" or here.start != pos or here.end < suffix_start:
        return False
    if prev.tag != "ORG":
        return False
    heads = {p.start: p.name for p in scan.places if p.start in (prev.start, pos)}
    if len(heads) != 2 or len(set(heads.values())) != 1:
        return False  # 某工会|某省办事处: a body's office in another place, one name
    typed = scan.lex.org_type(prev.text)
    return typed is not None and typed[0] in {"Union", "Organization"}


def _joint_verb_as_name(scan: Scan, prev: Token) -> bool:
    """Whether the word before a name is a verb of joint work the model read as an
    organization of its own (，联合|某某集团推动…): the predicate, no part of the name (a bare
    suffix after it, 联合|某联, is left to the checks of a body named by its kind alone)."""
    return prev.tag == "ORG" and prev.text in scan.lex.joint_verbs


def _may_be_in_name(scan: Scan, prev: Token, pos: int, dotted: bool) -> bool:
    """Whether the word before ``pos`` may be part of a name by its tag, inside a dotted
    name, or as a verb that heads a name elsewhere (振兴|油田工会 where 振兴油田集团 is one)."""
    if prev.tag in _NAME_TAGS or (dotted and _in_dotted(prev)):
        return True
    if prev.tag == "TIME":
        return _time_inside_name(scan, prev, pos)
    if prev.tag == "v" and _stationed_office(scan, prev, pos):
        return True
    if prev.tag == "a":
        return _adjective_inside_name(scan, prev, pos)
    if prev.tag == "u":
        return _particle_inside_name(scan, prev, pos)
    if prev.tag in _VERB_TAGS and _verbs_after_verbal_noun(scan, prev):
        return True
    return prev.tag == "v" and _opens_a_name_elsewhere(scan, prev, pos)


def _particle_inside_name(scan: Scan, particle: Token, pos: int) -> bool:
    """Whether a one-character particle other than 的 sits inside a firm's name, right after a
    word the model reads as an organization's and before a noun (某某拉|得|电网自助化有限公司):
    a character of the brand; 的 after a name opens a clause's object (某公司的|员工), and 等
    closes a list (某某组织|等|工会).

    >>> from unionkg.extract.gazetteer import default_gazetteer
    >>> from unionkg.extract.lexicon import default_lexicon
    >>> def inside(words: list[tuple[str, str]]) -> bool:
    ...     text, tokens, at = "".join(w for w, _ in words), [], 0
    ...     for word, tag in words:
    ...         tokens.append(Token(word, tag, at, at + len(word)))
    ...         at += len(word)
    ...     index = TokenIndex(text, tokens)
    ...     scan = Scan.of(text, index, [], default_lexicon(), default_gazetteer())
    ...     return _particle_inside_name(scan, tokens[1], tokens[2].start)
    >>> inside([("远帆一拉", "ORG"), ("得", "u"), ("电网", "n")])
    True
    >>> inside([("远帆集团", "ORG"), ("的", "u"), ("员工", "n")])
    False
    >>> inside([("两新组织", "ORG"), ("等", "u"), ("工会", "n")])
    False
    """
    words = scan.lex.cue_words
    if len(particle.text) != 1 or particle.text in (*words["attributive_particles"], *words["etc"]):
        return False
    before, after = scan.index.token(particle.start - 1), scan.index.token(pos)
    if before is None or after is None or before.end != particle.start or after.start != pos:
        return False
    named = before.tag == "ORG" and scan.lex.org_type(before.text) is None
    return named and after.tag in {"n", "nz"}


_VERB_TAGS = {"v", "vd"}
_MAX_VERBS_IN_NAME = 2


def _verbs_after_verbal_noun(scan: Scan, verb: Token) -> bool:
    """Whether a verb the model reads as an adverb's, alone or with the verb it modifies
    (联合|调解, 联合调解), follows a verbal noun with nothing between (劳动争议|联合调解|中心):
    a noun phrase of what the body does, part of its name, not the sentence's predicate (a
    plain verb after a verbal noun, 打分|评定|某某公司, is the predicate)."""
    words = [verb]
    while len(words) <= _MAX_VERBS_IN_NAME and words[-1].tag in _VERB_TAGS:
        before = scan.index.token(words[-1].start - 1)
        if before is None:
            return False
        words.append(before)
    verbs, noun = words[:-1], words[-1]
    return noun.tag == "vn" and verbs[-1].tag == "vd"


def _adjective_inside_name(scan: Scan, adjective: Token, pos: int) -> bool:
    """Whether an adjective sits inside a firm's name, right after a word the model reads as
    an organization's and before a noun (某某机电|特种|装备有限公司, 某某|精密|机械厂): the
    firm's trade, not the sentence's word. A one-character word of the two is the sentence's
    (经审会主任某某|全|机场集团: the model cut a person's name).

    >>> from unionkg.extract.gazetteer import default_gazetteer
    >>> from unionkg.extract.lexicon import default_lexicon
    >>> def inside(words: list[tuple[str, str]]) -> bool:
    ...     text, tokens, at = "".join(w for w, _ in words), [], 0
    ...     for word, tag in words:
    ...         tokens.append(Token(word, tag, at, at + len(word)))
    ...         at += len(word)
    ...     index = TokenIndex(text, tokens)
    ...     scan = Scan.of(text, index, [], default_lexicon(), default_gazetteer())
    ...     return _adjective_inside_name(scan, tokens[1], tokens[2].start)
    >>> inside([("青禾机电", "ORG"), ("特种", "a"), ("装备", "n")])
    True
    >>> inside([("钟晓", "ORG"), ("全", "a"), ("机场", "n")])
    False
    """
    before, after = scan.index.token(adjective.start - 1), scan.index.token(pos)
    if before is None or after is None or after.start != pos:
        return False
    if _after_attributive(scan, before, adjective) and after.tag in {"n", "nz"}:
        return True  # 位于某园区内的|远帆|塑料制品有限公司: the clause ends at 的, the name opens
    named = before.tag == "ORG" and scan.lex.org_type(before.text) is None  # not 某某工会|原|工会
    if min(len(before.text), len(adjective.text)) < 2:
        return False  # 某某|全|机场集团, 在京|公立|高校工会: a one-character word is the sentence's
    return before.end == adjective.start and named and after.tag in {"n", "nz"}


def _after_attributive(scan: Scan, before: Token, adjective: Token) -> bool:
    """Whether an adjective of two characters or more follows the particle that ends a clause
    before a name (位于某园区内的|远帆): the model's adjective is the name's first word."""
    particles = scan.lex.cue_words["attributive_particles"]
    return before.text.endswith(particles) and len(adjective.text) >= 2


def _brand_before_bracket(scan: Scan, opening: int) -> int:
    """Where the walk goes on from a bracket that opens a place inside a firm's name (某某(北京)
    食品有限公司, the model reading the brand before it as a person): past the brand, which
    the name holds; else from the bracket itself."""
    before = scan.index.token(opening - 1)
    if before is None or before.tag != "PER" or before.end != opening:
        return opening
    return before.start if opening + 1 in scan.place_starts else opening


def _stationed_office(scan: Scan, verb: Token, pos: int) -> bool:
    """Whether ``verb`` is 驻 between a body's name and a place and an office's word
    (某市人民政府|驻|某地办事处, 某委员会|驻|某省工作委员会): the office's name holds both;
    a body's post in a firm (某总工会|驻|某律师事务所) is no office of it."""
    words = scan.lex.cue_words
    if verb.text not in words["stationed_words"]:
        return False
    offices = tuple(words["stationed_offices"])
    if not any(h.start == pos and scan.text.startswith(offices, h.end) for h in scan.places):
        return False
    body = scan.index.token(verb.start - 1)
    return body is not None and body.end == verb.start and body.tag == "ORG"


def _time_inside_name(scan: Scan, time: Token, pos: int) -> bool:
    """Whether a span of time written in Han numerals (三千年, 百年) sits inside a firm's name,
    between two words the model reads as one organization's (某地某家|三千年|餐饮有限公司): a
    date or a time of the text is written in digits or stands outside names."""
    if not _HAN_TIME.fullmatch(time.text):
        return False
    before, after = scan.index.token(time.start - 1), scan.index.token(pos)
    if before is None or after is None or before.end != time.start or after.start != pos:
        return False
    named = before.tag == "ORG" and scan.lex.org_type(before.text) is None
    return named and after.tag == "ORG"


def _opens_a_name_elsewhere(scan: Scan, verb: Token, pos: int) -> bool:
    """Whether a word the model reads as a verb, with the word after it, opens a name the
    model reads as one organization elsewhere in the article (振兴 of 振兴油田集团): there
    it is a name's head, here too."""
    after = scan.index.token(pos)
    if after is None or after.start != pos:
        return False
    head = scan.text[verb.start : after.end]
    return any(
        t.tag == "ORG" and len(t.text) > len(head) and t.text.startswith(head)
        for t in scan.index.tokens
    )


def _ends_in_preposition(word: str, after: Token | None, lex: Lexicon) -> bool:
    """Whether the model ran a preposition into the word before a name it reads as one
    organization or place (某某网讯据|某市总工会, 慰问团向|某某公司)."""
    name_next = after is not None and after.tag in {"ORG", "LOC"}
    return name_next and len(word) >= 2 and word[-1] in lex.cue_words["name_prepositions"]


def _bracketed_form(tok: Token) -> bool:
    """Whether the model read a bracketed word and the Han words after it as one punctuation
    mark ((集团)有限公司): a part of a name, brackets closed within it."""
    text = tok.text
    opened = text[:1] in OPEN and any(c in CLOSE for c in text)
    return tok.tag == "w" and opened and _HAN.search(text[-1]) is not None


def _dot_inside_name(scan: Scan, pos: int, limit: int) -> bool:
    """Whether the dot before ``pos`` joins two words of one name (老某·某某), not two names
    (某区·某县总工会, 某报·某日报: a place opens the part after the dot)."""
    text = scan.text
    return (
        text[pos - 1] in _NAME_DOTS
        and pos - 1 > limit
        and _HAN.match(text[pos - 2]) is not None
        and pos not in scan.place_starts
    )


def _in_dotted(tok: Token) -> bool:
    """Whether a word can open a name written with a dot (老某·某某): any word of Han
    characters the model reads as neither a function word nor a person."""
    return tok.tag not in _NOT_IN_NAMES and _HAN.match(tok.text) is not None


_PHASE = re.compile(r"[一二三四五六七八九十\d]+[期号]")  # 某线二期|工程项目部, 五号|线: phase, line


def _ordinal_word(word: str, lex: Lexicon) -> bool:
    """Whether a word the model tags as a number is an ordinal inside a name (第三, 第一直属)
    or a project's phase or line (某线二期工程项目部, 五号线).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _ordinal_word("第一直属", lex), _ordinal_word("3万家", lex), _ordinal_word("二期", lex)
    (True, False, True)
    """
    ordinal = lex.patterns["ordinal"].fullmatch(word) or _PHASE.fullmatch(word)
    return bool(ordinal or re.match("第[一二三四五六七八九十]", word))


def _bracket_in_name(scan: Scan, pos: int, limit: int) -> int | None:
    """The opening of the brackets that close at ``pos``, when what they hold is part of the
    name; None for a byline or a remark in brackets."""
    text, index = scan.text, scan.index
    opening = max(text.rfind(o, limit, pos - 1) for o in OPEN)
    if opening <= limit or "\n" in text[opening:pos]:
        return None
    before = index.token(opening - 1)
    # 某某(嘉兴)有限公司: a place in brackets keeps a brand the model reads as a person
    brand = (
        before is not None and before.tag == "PER" and scan.place_ends.get(pos - 1) == opening + 1
    )
    long_ok = scan.lex.org_type(text[opening + 1 : pos - 1]) is not None  # a glossed owner
    if before is None or (before.tag not in _NAME_TAGS and not brand):
        return None
    if pos - opening > 10 and not long_ok:
        return None
    if _photo_position(text[opening + 1 : pos - 1], scan.lex):
        return None  # 某某(左一)|某某有限公司: where one stands in a photo, no part of a name
    persons = (index.token(p) for p in range(opening, pos))
    if any(t is not None and t.tag == "PER" for t in persons):
        return None
    return before.start if brand else opening


def _photo_position(held: str, lex: Lexicon) -> bool:
    """Whether brackets hold where one stands in a photo (左一, 前排右二, 中).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> _photo_position("前排左二", default_lexicon()), _photo_position("嘉兴", default_lexicon())
    (True, False)
    """
    words = lex.cue_words
    row = next((r for r in words["photo_rows"] if held.startswith(r)), "")
    return held[len(row) :] in words["photo_positions"]


_CONJUNCT_TAGS = {"n", "vn", "nz", "nw", "j", "ORG", "LOC"}
_MAX_CONJUNCT = 6


def _across_joint(scan: Scan, pos: int, suffix_start: int) -> int:
    """The start of a name that holds 和 or 及 between two of its words (某市工业和信息产业工会,
    某区规划国土和建设交通局, 某市餐饮及住宿业工会联合会): the word before the joint follows a
    place and is no name of its own; ``pos`` otherwise (甲局和乙局, 推动工业和信息产业…: two
    bodies, or no name). 与 joins only two trades that way (某省酒店与餐饮行业工会)."""
    text, index = scan.text, scan.index
    trade_joints = scan.lex.cue_words["trade_joints"]
    joints = (scan.lex.name_joint, *scan.lex.cue_words["more_name_joints"], *trade_joints)
    after = pos  # 和 may come before a word the model reads as a verb (建设交通局)
    while not text.endswith(joints, 0, after):
        prev = index.token(after - 1)
        if prev is None or prev.tag not in _CONJUNCT_TAGS | {"v"} or pos - prev.start > 4:
            return pos
        after = prev.start
    if after >= suffix_start:
        return pos
    joint = next(j for j in joints if text.endswith(j, 0, after))
    j = after - len(joint)
    while j not in scan.place_ends:
        if _level_word_at(scan, j - 1):
            j -= 1  # 县交通和物流行业工会: a level head stands for the place
            break
        prev = index.token(j - 1)
        if prev is None or prev.tag not in _CONJUNCT_TAGS:
            return pos
        # a word the model wrote with its place (某区规划国土) ends the walk at that place
        ends = [e for e, s in scan.place_ends.items() if prev.start <= s and e < j]
        j = max(ends) if ends else prev.start
        if after - j > _MAX_CONJUNCT:
            return pos
    return j if _word_before_joint(text[j : after - len(joint)], joint, scan.lex) else pos


def _word_before_joint(left: str, joint: str, lex: Lexicon) -> bool:
    """Whether ``left``, written after a place and before ``joint``, is a word of a name (工业
    of 某市工业和信息产业工会, the trade 酒店 of 某省酒店与餐饮行业工会), not a body of its own
    (某地中联办和…: an office's short form) nor, before 与, a name (某快递与某某公司: two firms).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> [_word_before_joint(w, j, lex) for w, j in (("工业", "和"), ("酒店", "与"), ("工业", "与"))]
    [True, True, False]
    """
    trade = left in lex.cue_words["trade_kind_ends"]
    if not left or (lex.org_type("某" + left) is not None and not trade):
        return False
    if joint in lex.cue_words["trade_joints"] and not trade:
        return False
    return not left.endswith(tuple(lex.cue_words["office_short_ends"]))


def _level_word_at(scan: Scan, pos: int) -> bool:
    """Whether a level head written alone (县, 市, not 县城) sits at ``pos``, at the start of
    a name: after punctuation, a joint or the start of the text."""
    text = scan.text
    if pos < 0 or text[pos] not in scan.lex.level_head_chars:
        return False
    tok = scan.index.token(pos)
    before = scan.index.token(pos - 1) if pos > 0 else None
    alone = tok is not None and (tok.start, tok.end) == (pos, pos + 1)
    return alone and (before is None or before.tag in {"w", "c", "p", "v"})


def _unclosed(part: str) -> bool:
    """Whether ``part`` closes a bracket it does not open.

    >>> _unclosed("宁波)电池"), _unclosed("(宁波)电池")
    (True, False)
    """
    depth = 0
    for ch in part:
        depth += (ch in OPEN) - (ch in CLOSE)
        if depth < 0:
            return True
    return False


def _first_head(scan: Scan, pos: int, suffix_start: int) -> int:
    """Past the words that may sit inside a name but never start one, and past spaces; the
    bare suffix when nothing is left (kept only if it is a name by itself)."""
    while pos < suffix_start and pos not in scan.place_ends.values():
        tok = scan.index.token(pos)
        if tok is None or tok.tag not in _NO_HEAD_TAGS or tok.end > suffix_start:
            break
        pos = tok.end
    while pos < suffix_start and scan.text[pos].isspace():
        pos += 1
    return min(pos, suffix_start)


def _back_to_place(scan: Scan, pos: int) -> int:
    """A name that starts with places may hold a word the model tags as a verb (网约送餐员,
    职工跑团, 针织花边商会): reach back over such words to a place written just before, then
    over the places chained before it; a predicate (召开, 举行) ends the name."""
    whole = [p.start for p in scan.places if p.start < pos < p.end and _whole_place(p, scan, pos)]
    if whole:
        return min(whole)  # 阿勒腾|也|木勒乡党委: the name starts inside a place the model cut
    place_ends, j = scan.place_ends, pos
    while j > 0 and pos - j <= 10 and j not in place_ends:
        prev = scan.index.token(j - 1)
        placed = _placed_word_end(scan, prev, j) if prev is not None else None
        if placed is not None:
            j = placed  # 某市工交|建|工会: the model ran the place into the name's word
            break
        if prev is None or _ends_a_name(prev, scan.lex):
            return pos
        j = prev.start
    if j not in place_ends:
        return pos
    while j in place_ends:
        j = place_ends[j]
    return j


def _whole_place(place: PlaceHit, scan: Scan, pos: int) -> bool:
    """Whether a place a name may start inside (at ``pos``) is one: a place the gazetteer
    knows, or a site whose localizer stopped the walk (某湖|中部|片区, 某某|北|商圈)."""
    if place.candidates:
        return True
    word = scan.index.token(pos - 1)
    return place.level == "site" and word is not None and word.tag == "f"


def _placed_word_end(scan: Scan, tok: Token, end: int) -> int | None:
    """Where the place ends inside a word the model reads as an organization and that opens
    with a place, when the rest of the word holds no body's suffix (某市工交 of 某市工交|建|
    工会: a place and the head of the name, which a verb follows); None otherwise (某市总工会,
    某市总工会向: a name of its own, and what follows starts the sentence's predicate)."""
    if tok.tag != "ORG" or tok.end != end:
        return None
    inner = [e for e, s in scan.place_ends.items() if s == tok.start and e < tok.end]
    if not inner:
        return None
    rest = scan.text[max(inner) : tok.end]
    if not _HAN.match(rest) or any(suffix in rest for suffix, _ in scan.lex.org_suffixes):
        return None  # 某县总工会向: a body's name and the preposition the model ran into it
    return max(inner)


def _ends_a_name(tok: Token, lex: Lexicon) -> bool:
    """Whether a word before a name cannot be part of it: a function word, an organization,
    an adverb, a copula (也是, 就是) or a predicate (召开, 成立)."""
    if tok.tag in _NOT_IN_NAMES or tok.tag == "ORG":
        return True
    if tok.tag in {"d", "ad"} and len(tok.text) > 1:
        return True
    if tok.text.endswith("是"):
        return True
    return tok.tag in {"v", "vd", "a"} and (len(tok.text) > 2 or tok.text in lex.event_verbs)
