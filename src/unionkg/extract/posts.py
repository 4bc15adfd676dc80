"""Posts: ``ORG title PER`` and the lists, chains and rosters of posts written before a name
(某会主席甲、副主席乙; 某部部长、总工会主席丙; 主席：甲); the posts written after a name are read
by :mod:`.holders`."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import EntityKey
from .collect import CLAUSE_BREAK, SLOT, Collector, Template, company_union
from .cues import PostGrammar, post_grammar
from .entities import EntityTable
from .holders import Holder, add_post, drop_posts_of_chairs, emit_post, posts_after
from .lexicon import Lexicon
from .namewords import is_group_delegate
from .orgbody import FEDERATION
from .title_chain import TitleWalk, government_headed, names_another_body
from .titles import (
    body_word_endings,
    is_place_body,
    one_institution,
    own_body,
    title_head_of,
    title_of,
    union_of_place,
)

__all__ = ["drop_posts_of_chairs", "post_links"]


# a note in brackets naming no entity: a grade or a charge after a title (副主席(正处级)),
# a place in a photo after a name (甲(右二))
_NOTE = re.compile(r"[（(][^（）()〔〕，,。；;：:]{1,10}[）)]")
# a name's note of several words in a roster: 甲（兼，女）、乙 (a note of one word is a _NOTE,
# or the name's post: 甲（副主席）)
_NOTE_WORD = r"[^（）()〔〕、。；;：:]{1,3}"
_ROSTER_NOTE = re.compile(rf"(〔P\d+〕)[（(]{_NOTE_WORD}[，,]{_NOTE_WORD}[）)](?=、|等)")
# spaces around Latin letters: 副 CEO 甲 is 副CEO甲
_NAME_END = re.compile(r"〔P\d+〕$")
_LATIN_SPACE = re.compile(r"\s+(?=[A-Za-z])|(?<=[A-Za-z])\s+")


def post_links(out: Collector, tpl: Template) -> None:
    """ORG title、ORG title PER — and PER 当选为 ORG title, 选举 PER 为 title.

    A note in brackets that names no entity is read as if it were not written: it breaks no
    list of posts (某会主席甲、副主席(正科级)乙)."""
    lex = out.table.lex
    text = _spaced_titles(_LATIN_SPACE.sub("", _drop_notes(tpl.text, lex)), lex)
    tpl = replace(tpl, text=text)
    g = post_grammar(lex)
    last_org: EntityKey | None = None
    for m in SLOT.finditer(tpl.text):
        if m.group(1) != "P":
            continue
        holder = Holder(out, tpl, tpl.slots[f"P{m.group(2)}"])
        left = tpl.text[: m.start()]
        cut = _after_agent(left, max((x.end() for x in CLAUSE_BREAK.finditer(left)), default=0), g)
        cut = _after_elector(left, cut, lex)
        cut = _after_opener(left, cut, lex)
        roster = g.counted_roster.search(left) or g.roster.search(left)
        as_word = roster and not roster.group("sep").endswith(("：", ":"))
        if as_word and not g.roster_end.match(tpl.text, m.end()):
            roster = None  # 主席为甲颁奖: 为 is "for", the post is someone else's
        if roster and title_of(roster.group("title"), lex):  # 主席：甲；副主席：乙、丙 / 主席为甲
            named = tpl.slots[f"O{roster.group('org')}"] if roster.group("org") else None
            add_post(holder, named, roster.group("title"), "roster/v1")
            continue
        if _delegation_head(holder, left[cut:], tpl.text[m.end() :]):
            continue
        used = _posts_with_clause_before(holder, left, cut, last_org)
        last_org = used or (last_org if not SLOT.search(left[cut:]) else None)
        posts_after(holder, left, tpl.text[m.end() :])


_DELEGATION = re.compile(r"^为(?:{heads})的(〔O(\d+)〕)")


def _delegation_head(holder: Holder, left: str, right: str) -> bool:
    """以理事长甲为团长的某某工会代表团: the title before the name is the name's post in the
    body whose delegation the name leads (cue_words.delegation_heads: 团长, 领队 …), which
    is written after it; whether the post was read so."""
    opened = left.rsplit("以", 1)
    if len(opened) != 2 or SLOT.search(opened[1]) or not title_of(opened[1], holder.lex):
        return False  # 以某会副主席甲为团长: the body is written, the post is read as usual
    heads = "|".join(map(re.escape, holder.lex.cue_words["delegation_heads"]))
    m = re.match(_DELEGATION.pattern.format(heads=heads), right)
    if m is None:
        return False
    add_post(holder, holder.tpl.slots[f"O{m.group(2)}"], opened[1], "post-before-name/v2")
    return True


def _after_elector(left: str, cut: int, lex: Lexicon) -> int:
    """Where the titles before a name start after the verb of an election that gives them
    (会议选举产生|工会主席甲), when only words follow the verb, no body; else ``cut``.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> _after_elector("会议选举产生了工会主席", 0, default_lexicon())
    7
    """
    words = lex.cue_words
    found = ((left.rfind(v, cut), v) for v in words["appointing_verbs"])
    start, verb = max(((i, v) for i, v in found if i >= 0), key=lambda h: (h[0] + len(h[1])),
                      default=(-1, ""))  # fmt: skip
    end = start + len(verb)
    if start < 0 or "〔" in left[end:]:
        return cut
    return end + next((len(p) for p in words["perfective"] if left.startswith(p, end)), 0)


def _after_agent(left: str, cut: int, g: PostGrammar) -> int:
    """Where the titles before a name start: after 由 when the name is the agent of a clause
    (会议由公司党委书记甲主持, 首先由工会主席乙作报告), else at ``cut``; 自由, 理由 are words.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> g = post_grammar(default_lexicon())
    >>> _after_agent("会议由公司党委书记", 0, g), _after_agent("自由贸易区主任", 0, g)
    (3, 0)
    """
    agent = max(g.agent_before.finditer(left, cut), key=lambda m: m.start(), default=None)
    if agent is None or left[agent.start() - 1 : agent.end()] in g.by_compounds:
        return cut
    return agent.end()


def _after_opener(left: str, cut: int, lex: Lexicon) -> int:
    """Where the titles before a name start after a word that lists or equates the names
    (成员包括副会长甲, 秘书长是副会长乙), when a title alone follows it; else ``cut``.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _after_opener("成员包括副会长", 0, lex), _after_opener("包括工会主席在内的", 0, lex)
    (4, 0)
    """
    found = post_grammar(lex).titles_opened.finditer(left, cut)
    opener = max(found, key=lambda m: m.start(), default=None)
    if opener is None:
        return cut
    rest = left[opener.end() :].split("〔", 1)[0]  # 副会长甲、乙: 乙 shares the titles
    titles = all((head := title_head_of(p, lex)) and p.endswith(head) for p in rest.split("、"))
    return opener.end() if rest and titles else cut


def _without_elected(chunk: str, g: PostGrammar) -> str:
    """The titles before a name without the attribute of an election written among them
    (某会新当选的主席甲, 新当选的工会主席乙): the titles are the name's as if it were not.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> g = post_grammar(default_lexicon())
    >>> _without_elected("新当选的工会主席", g), _without_elected("〔O1〕当选的主席", g)
    ('工会主席', '〔O1〕主席')
    """
    elected = g.elected_attribute.search(chunk)
    return chunk[: elected.start()] + chunk[elected.end() :] if elected else chunk


def _spaced_titles(text: str, lex: Lexicon) -> str:
    """The text with a space between two titles written as the 、 it stands for (某镇党委副书记
    总工会主席甲: two posts, the second in the place's 总工会).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> _spaced_titles("〔O1〕副书记 总工会主席〔P1〕，记者 〔P2〕", default_lexicon())
    '〔O1〕副书记、总工会主席〔P1〕，记者 〔P2〕'
    """

    def joint(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - _TITLE_SPAN) : m.start()]
        after = text[m.end() : m.end() + _TITLE_SPAN].split("〔", 1)[0]
        titled = lex.title_head(before) and title_of(after, lex)
        return "、" if titled else m.group()

    return _HAN_SPACE.sub(joint, text)


_HAN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_TITLE_SPAN = 12  # the most characters a title before or after a space is read in


def _drop_notes(text: str, lex: Lexicon) -> str:
    """The text without its notes in brackets, but for a title right after a name (甲（副主席）):
    that is the name's post; a short name declared after a body (某会（以下简称“联合会”）主席甲)
    is dropped too, though it names the body."""

    def drop(m: re.Match[str]) -> str:
        after_name = _NAME_END.search(text, 0, m.start())
        return m.group() if after_name and title_of(m.group()[1:-1], lex) else ""

    markers = "|".join(lex.cue_words["short_name_markers"])
    declared = rf"(?<=〕)[（(](?:{markers})[:：]?[“\"]?[^（）()，,。；;“”\"]{{1,16}}[”\"]?[）)]"
    text = re.sub(declared, "", text)  # 某会（以下简称“〔O1〕”）主席甲: the body's post
    return _NOTE.sub(drop, _ROSTER_NOTE.sub(r"\1", text))


def _posts_before(holder: Holder, left: str, inherit: EntityKey | None) -> EntityKey | None:
    """Posts written before the name; returns the organization of the last one."""
    elected = holder.grammar.elected_before.search(left)
    if elected:  # 当选工会联合会主席的某某
        named = holder.tpl.slots[f"O{elected.group(1)}"] if elected.group(1) else None
        add_post(holder, named, elected.group(2), "elected-as/v2")
        return None
    pieces = SLOT.split(left)  # text, kind, n, text ...
    pieces = _joints_as_commas(pieces, holder.grammar, holder.lex)
    shared = False
    while len(pieces) > 3 and pieces[-1] == "、" and pieces[-3] == "P":
        pieces, shared = pieces[:-3], True  # 副主席甲、乙: 乙 is listed under 甲's title
    pieces = _without_ranked_body(pieces, holder.lex)
    pieces[-1] = _without_honours(pieces[-1], holder.lex)
    if is_group_delegate(pieces[-1].rstrip("同志 "), holder.lex):
        return None  # 某集团劳模代表甲: the delegate of a group of people holds no post in it
    if not title_head_of(pieces[-1].rstrip("同志 "), holder.lex):
        return None
    found = TitleWalk(holder, pieces, inherit).run()
    if shared:  # a chair is one person: 主席甲、乙 does not make 乙 a chair
        found = [(org, title) for org, title in found if not holder.lex.is_chair_title(title)]
    if not found and all(kind == "T" for kind in pieces[1::3]):  # no body, places at most
        town = holder.tpl.slots[f"T{pieces[-2]}"] if len(pieces) > 1 else None
        found = _posts_named_by_kind(holder, pieces[-1], town)
    by_org: dict[EntityKey, list[str]] = {}
    for target, title in found:
        by_org.setdefault(target, []).append(title)
    for target, titles in by_org.items():
        emit_post(holder, target, "、".join(titles), "post-before-name/v2")
    return found[-1][0] if found else None


def _without_honours(chunk: str, lex: Lexicon) -> str:
    """The titles before a name without the honours or professional ranks listed last
    (某公司董事长、全国劳动模范甲, 某报社副总编辑、高级记者乙): an honour or a rank is no
    post, and the posts before it are still the name's.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> _without_honours("董事长、总经理、全国劳动模范", default_lexicon())
    '董事长、总经理'
    >>> _without_honours("原常务副总编辑、高级记者", default_lexicon())
    '原常务副总编辑'
    """
    items = chunk.split("、")
    honours = (*lex.cue_words["honor_titles"], *lex.cue_words["professional_ranks"])
    while len(items) > 1 and items[-1].endswith(honours) and not lex.title_head(items[-1]):
        items.pop()
    return "、".join(items)


def _without_ranked_body(pieces: list[str], lex: Lexicon) -> list[str]:
    """The pieces of the titles before a name without a body or a place listed last with only
    an honour or a professional rank there (某会副主席、〔O2〕高级工程师甲, 某会巡视员、〔T2〕五一
    劳动奖章获得者甲): a rank at a body is no post, and the posts listed before it are still the
    name's.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> _without_ranked_body(["", "O", "1", "副主席、", "O", "2", "高级工程师"], default_lexicon())
    ['', 'O', '1', '副主席']
    """
    honours = (*lex.cue_words["honor_titles"], *lex.cue_words["professional_ranks"])
    while len(pieces) > 4 and _honour_only(pieces[-1], honours, lex) and pieces[-4].endswith("、"):
        pieces = [*pieces[:-4], pieces[-4][:-1]]
    return pieces


def _honour_only(chunk: str, honours: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether ``chunk`` is an honour or a rank and no post (劳动模范, 五一劳动奖章获得者)."""
    return chunk.endswith(honours) and not lex.title_head(chunk)


def _joints_as_commas(pieces: list[str], g: PostGrammar, lex: Lexicon) -> list[str]:
    """甲及工会主席乙 as 甲、工会主席乙: a joint after a name lists the next post as 、 does (与
    only before a union's bare title, 公司董事长甲与工会主席乙, or the deputy of the title just
    written, 主席甲与副主席乙); a joint right before the next name (某委副书记甲及乙) lists a
    name, not a post: 乙 does not share 甲's titles as 副主席甲、乙 does."""
    for i in range(3, len(pieces), 3):
        joint = g.post_list_joint.match(pieces[i]) or g.union_post_joint.match(pieces[i])
        joint = joint or _deputy_joint(pieces[i - 3], pieces[i], g, lex)
        if pieces[i - 2] == "P" and joint and joint.end() < len(pieces[i]):
            pieces[i] = "、" + pieces[i][joint.end() :]
    return pieces


def _deputy_joint(before: str, after: str, g: PostGrammar, lex: Lexicon) -> re.Match[str] | None:
    """The 与 of 某会主席甲与副主席乙: before the deputy of the title just written, and no body
    between, 与 lists the deputy's post at the same body (before a title of another kind, 董事长
    甲与总经理乙, it may join two sides)."""
    joint = g.post_joint.match(after)
    written = lex.title_head(before)
    if joint is None or not written:
        return None
    title = after[joint.end() :]
    plain = _without_deputy(title, lex)
    return joint if plain == _without_deputy(written, lex) and plain != title else None


def _without_deputy(title: str, lex: Lexicon) -> str:
    """A title without its deputy's prefix (副主席: 主席)."""
    prefix = next((d for d in lex.deputy_prefixes if title.startswith(d)), "")
    return title.removeprefix(prefix)


def _posts_with_clause_before(holder: Holder, left: str, cut: int, last_org: EntityKey | None
                              ) -> EntityKey | None:  # fmt: skip
    """The posts before a name (see :func:`_posts_before`) and those of a clause of posts
    alone before them (:func:`_clause_before_posts`); when the name's own titles name no body
    (某会书记处书记、党组成员，组织部部长甲: a comma in the chain of titles), they are posts
    in the last body of the clause before. Returns the organization of the last post."""
    chunk = _without_elected(left[cut:], holder.grammar)
    used = _posts_before(holder, chunk, last_org)
    before = _clause_before_posts(holder, left, cut)
    if used is None and before and not SLOT.search(chunk):
        used = _posts_before(holder, chunk, before[-1][0])
    if used is not None:
        for target, title in before:
            emit_post(holder, target, title, "post-before-name/v2")
    return used


def _clause_before_posts(holder: Holder, left: str, cut: int) -> list[tuple[EntityKey, str]]:
    """某协会会长、某联盟领衔人，某村党委书记甲: a clause of posts alone (bodies and titles,
    no name) before the clause of a name's posts lists more posts of that name; so do the
    clauses of bare titles between them, posts in the body of the first (某会副主席、党组成员，
    机关党委书记，某工会主席甲)."""
    if cut == 0 or left[cut - 1] not in "，,":
        return []
    start = _clause_start(left, cut - 1)
    while start > 0 and left[start - 1] in "，," and "〔" not in left[start : cut - 1]:
        start = _clause_start(left, start - 1)
    clause = re.sub("[，,]", "、", left[start : cut - 1].strip())
    pieces = SLOT.split(clause)
    kinds = pieces[1::3]
    if not clause.startswith("〔") or "P" in kinds or "O" not in kinds:
        return []
    words = [part for text in pieces[::3] for part in holder.grammar.title_list.split(text)]
    if any(part and not title_of(part, holder.lex) for part in words[1:]):
        return []  # words other than titles: not a clause of posts alone
    return TitleWalk(holder, pieces, None).run()


def _clause_start(left: str, end: int) -> int:
    """Where the clause that ends at ``end`` starts: after the last break before it."""
    return max((x.end() for x in CLAUSE_BREAK.finditer(left, 0, end)), default=0)


def _posts_named_by_kind(holder: Holder, chunk: str, town: EntityKey | None
                         ) -> list[tuple[EntityKey, str]]:  # fmt: skip
    """工会主席甲, 某区群团工作部部长、总工会主席乙 with no body written: a title that opens
    with a kind of body (工会, 总工会, 协会 …) is a post in the article's one body of that
    kind (of the place ``town`` written before the titles, if the article has one there)."""
    g = holder.grammar
    # 上一届工会主席: the union's chair, of a term before
    parts = [_after_term(part, g) for part in g.title_list.split(chunk)]
    other_body = names_another_body(parts[0], holder.lex)
    found = [post for part in parts if (post := _post_of_title(holder, part, town, other_body))]
    return found or _federation_titles(holder, parts, town) or _party_titles(holder, parts, town)


def _post_of_title(holder: Holder, part: str, town: EntityKey | None, other_body: bool
                   ) -> tuple[EntityKey, str] | None:  # fmt: skip
    """The post one title before a name holds with no body written: in the government of
    ``town`` the title heads, in the body the title's kind (工会, 协会 …) names (none when the
    first title names another body: 某院纪委书记、工会主席 is the union of that 院, which the
    article lacks), or, for a title with no kind, see :func:`_post_of_title_without_kind`."""
    m = holder.grammar.body_in_title.match(part.strip())
    title = title_of(part, holder.lex)
    if title and (government := government_headed(holder.table, town, title)):
        return government, title  # 某县常务副县长甲: the county's government
    if m is None:
        return _post_of_title_without_kind(holder, part, title, town) if title else None
    if title is None or (other_body and m.group(1) in holder.grammar.base_union_words):
        return None
    bodies = _bodies_of_kind(holder, m.group(1), town)
    return (bodies[0], title.strip()[m.end() - m.start() :] or title) if len(bodies) == 1 else None


def _post_of_title_without_kind(holder: Holder, part: str, title: str, town: EntityKey | None
                                ) -> tuple[EntityKey, str] | None:  # fmt: skip
    """The post a title that opens with no kind of body holds: in a body run into it, in a
    body written by the end of its name, or in the article's one company (for a company's
    title, with no place written)."""
    if fused := _fused_body(holder, part.strip()):
        return fused  # 某某局长甲: the post 局长 in the article's one 某某局
    if tail := _body_by_tail(holder, title.strip()):
        return tail  # 开发区党工委委员甲: a short form of the article's 某开发区党工委
    if title.strip() in holder.lex.company_titles and town is None:
        company = _one_company(holder.table)
        return (company, title.strip()) if company else None  # 董事长甲 in one company's news
    return None


def _party_titles(holder: Holder, parts: list[str], town: EntityKey | None
                  ) -> list[tuple[EntityKey, str]]:  # fmt: skip
    """会议由党委副书记甲主持, no body nor place written: a title in a party organ (党委, 纪委,
    党支部) is a post in the article's one company or organization that is no place's own
    body (某医院, 某公司; not 某镇党委), when it has exactly one."""
    lex, table = holder.lex, holder.table
    organs = tuple(o for o in lex.cue_words["party_organs"] if o not in _NO_PARTY_ORGANS)
    titles = [t.strip() for t in (title_of(p, lex) for p in parts) if t]
    if town is not None or not titles or not all(t.startswith(organs) for t in titles):
        return []
    kinds = {"Company", "Organization"}
    bodies = [e.key for e in table.entities.values()
              if e.type in kinds and not is_place_body(table, e.key)]  # fmt: skip
    return [(bodies[0], t) for t in titles] if len(bodies) == 1 else []


_NO_PARTY_ORGANS = ("工会", "监事会")  # organs of a body that are no party's


def _federation_titles(holder: Holder, parts: list[str], town: EntityKey | None
                       ) -> list[tuple[EntityKey, str]]:  # fmt: skip
    """某市党组书记、常务副主席甲: titles written right after a place, no body named, one of
    them a union's chair (主席, 副主席): posts in the place's 总工会, when the article names it."""
    titles = [t.strip() for t in (title_of(p, holder.lex) for p in parts) if t]
    if town is None or not any(t.endswith(_FEDERATION_CHAIR) for t in titles):
        return []
    union = union_of_place(holder.table, town, FEDERATION)
    return [(union, t) for t in titles] if union is not None else []


_FEDERATION_CHAIR = "主席"  # the head of a union's titles (主席, 副主席, 常务副主席)


def _fused_body(holder: Holder, title: str) -> tuple[EntityKey, str] | None:
    """A body's name run into its head's title, the unit's character written once (劳动局长
    for 劳动局局长; cue_words.fused_head_units): the article's one body whose name, in any
    of its forms, ends with the longest part of the title before 长 that ends one (three
    characters or more), and the head's title; None otherwise."""
    units = tuple(holder.lex.cue_words["fused_head_units"])
    head = holder.lex.title_head(title) or ""
    if head[:1] not in units or len(head) != 2 or len(title) < len(head) + 2:
        return None
    stem = title[: len(title) - 1]
    for start in range(len(stem) - 3 + 1):
        words = (stem[start:], holder.lex.expand(stem[start:]))  # 人社局长: 人力资源和社会保障局
        bodies = [e.key for e in holder.table.entities.values()
                  if e.type in {"Organization", "Company"}
                  and any(f.endswith(words) for f in (e.name, *e.aliases))]  # fmt: skip
        if bodies:
            return (bodies[0], head) if len(bodies) == 1 else None
    return None


def _body_by_tail(holder: Holder, title: str) -> tuple[EntityKey, str] | None:
    """A body written by the end of its name before a title (开发区党工委委员, 党工委副书记 for
    某某开发区党工委): the article's one organization whose name, in any of its forms, ends
    with the words before the title's head (three characters or more), and that head."""
    head = holder.lex.title_head(title) or ""
    words = title[: len(title) - len(head)]
    if len(words) < _SHORT_FORM_LEAST:
        return None
    bodies = [e.key for e in holder.table.entities.values()
              if e.type in {"Organization", "Union", "Company"}
              and any(f.endswith(words) and f != words for f in (e.name, *e.aliases))]  # fmt: skip
    return (bodies[0], head) if len(bodies) == 1 else None


_SHORT_FORM_LEAST = 3  # the fewest characters of a body's name that stand for it in a title


def _after_term(title: str, g: PostGrammar) -> str:
    """A title without the term it opens with (上一届工会主席, 第二届工会主席: 工会主席) or the
    mark of a post once held (原工会主席: 工会主席).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> g = post_grammar(default_lexicon())
    >>> _after_term("上一届工会主席", g), _after_term("原工会主席", g)
    ('工会主席', '工会主席')
    """
    term = g.ordinal.match(title.strip()) or g.former.match(title.strip())
    return title.strip()[term.end() :] if term else title


def _bodies_of_kind(holder: Holder, word: str, town: EntityKey | None) -> list[EntityKey]:
    """The article's bodies a title's word (工会, 协会 …) can speak of, those of ``town`` if
    any; 工会 alone in the news of one company, which names no union, is that company's."""
    g, table = holder.grammar, holder.table
    endings = body_word_endings(word)
    union_word = word in g.base_union_words
    bodies = [e.key for e in table.entities.values()
              if e.type in {"Union", "Organization"}
              and any(f.endswith(endings) for f in (e.name, *e.aliases))
              and not (union_word and e.name.endswith(FEDERATION))]  # fmt: skip
    placed = [k for k in bodies if table.entities[k].place == town]
    bodies = placed if town and placed else bodies
    if town is None and len(bodies) > 1 and not union_word:  # 总工会主席甲 in a city's news
        bodies = _of_source(table, bodies) or bodies
    if bodies or not union_word:
        return bodies
    if company := _one_company(table):
        return [company_union(table, company)]
    if (school := one_institution(table)) is None:
        return []
    union = company_union(table, school)
    forms = table.entities[school].aliases  # 青禾小学工会 of 某镇青禾小学: its forms too
    table.entities[union].aliases.update(form + table.lex.union_word for form in forms)
    return [union]


def _of_source(table: EntityTable, bodies: list[EntityKey]) -> list[EntityKey]:
    """The bodies of the place the article's source speaks for (its publisher's)."""
    own = {p.name for p in table.source_places}
    return [k for k in bodies if (place := table.entities[k].place) and place.name in own]


def _one_company(table: EntityTable) -> EntityKey | None:
    """The article's company when it names one only, and never writes 公司 before naming it."""
    companies = [e.key for e in table.entities.values() if e.type == "Company"]
    if len(companies) == 1 and own_body(table, "公司") == companies[0]:
        return companies[0]
    return None
