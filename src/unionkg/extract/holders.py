"""Posts written after a name (``PER 当选为 ORG title``, ``选举 PER 为 title``, 甲（某会副主席）,
为甲颁发聘书, 甲副行长), and how a post is recorded: chairedBy for a chair title (主席, 会长,
董事长 …), holdsPosition for any other post, none for a chair in the body it chairs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import EntityKey
from .collect import (
    SLOT,
    Collector,
    Template,
    company_union,
    focus_union,
    main_of,
    make_template,
    split_sentences,
)
from .cues import PostGrammar, post_grammar
from .entities import EntityTable
from .governments import government_of_level, place_head_unit
from .lexicon import Lexicon
from .titles import (
    bare_title_at,
    body_of_unit,
    body_of_word,
    conferred_role,
    is_organ_title,
    title_head_of,
    title_of,
)

__all__ = ["Holder", "add_post", "drop_posts_of_chairs", "emit_post", "posts_after"]


@dataclass(frozen=True)
class Holder:
    """A person named in a sentence template, whose posts the grammar reads around the name."""

    out: Collector
    tpl: Template
    person: EntityKey

    @property
    def table(self) -> EntityTable:
        return self.out.table

    @property
    def lex(self) -> Lexicon:
        return self.out.table.lex

    @property
    def grammar(self) -> PostGrammar:
        return post_grammar(self.out.table.lex)


def posts_after(holder: Holder, left: str, right: str) -> None:
    """The posts written after the holder's name (``right``; ``left`` is the sentence before
    it): an election or appointment, a post held (由甲兼任), a post in brackets, a letter of
    appointment, a bare title.

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> ex = extract_article(Article(id="t", text="钟晓岚（青禾县总工会主席）出席会议。"))
    >>> [(r.type, r.title, r.evidence.rule) for r in ex.relations if r.type == "chairedBy"]
    [('chairedBy', '主席', 'name-bracketed-post/v1')]
    """
    g = holder.grammar
    if _respective_post(holder, left, right) or _committee_member(holder, right):
        return
    m = g.held_by.search(left) if g.held.match(right) else None
    m = m or g.elected.match(right)
    appointer = None
    if not m and (appointer := g.appointer.search(left)):
        m = g.appointed.match(right)
    if not m and any(read(holder, left, right) for read in _OTHER_POSTS_AFTER):
        return
    if not m:
        _title_after_name(holder, left, right)
        return
    org = holder.tpl.slots[f"O{m.group('org')}"] if m.group("org") else None
    if org is None and appointer is not None:
        org = _body_before(holder.tpl, left[: appointer.start()])  # 某会聘请甲为顾问
    title = _title_before_clause(m.group("title"), holder.lex)
    title += _titles_chained(right[m.end() :], holder.lex)
    add_post(holder, org, title, "elected-as/v2")


def _title_before_clause(title: str, lex: Lexicon) -> str:
    """The title an election gives when the clause goes on after it with no comma (甲当选工会
    主席并讲话, 甲当选主席作表态发言): the longest title the words read open with, when what
    follows it opens with a verb of the clause (cue_words.clause_after_post) or a word that
    ends a name (表示, 发言); else the words as read.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _title_before_clause("工会主席作了表态发言", lex), _title_before_clause("工会主席", lex)
    ('工会主席', '工会主席')
    """
    if title_of(title, lex):
        return title
    verbs = tuple(lex.cue_words["clause_after_post"]) + tuple(lex.name_end_words)
    for k in range(len(title) - 1, 1, -1):
        if title.startswith(verbs, k) and title_of(title[:k], lex):
            return title[:k]
    return title


def _titles_chained(rest: str, lex: Lexicon) -> str:
    """The bare titles a 、 chains to the title just read (甲现任某公司党委书记、董事长): more
    posts in the same body, each ending where the clause or the chain goes on.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _titles_chained("、董事长，1995年", lex), _titles_chained("、〔P2〕为副主席", lex)
    ('、董事长', '')
    """
    chained = ""
    while rest.startswith("、") and (title := bare_title_at(rest[1:], lex)) is not None:
        after = rest[1 + len(title) :]
        if after and after[0] not in _CHAIN_BREAKS:
            break
        chained += "、" + title
        rest = after
    return chained


_CHAIN_BREAKS = "、，,。；;"  # where a bare title chained after another ends


def _committee_member(holder: Holder, right: str) -> bool:
    """由甲、乙、丙3人组成的第五届工会委员会: each name listed is a member (委员) of the
    committee the names make up, a post in its union (经费审查委员会委员: in the organ).

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> text = "大会选举产生了由钟晓岚、林子航组成的青禾县总工会第一届委员会。"
    >>> sorted((r.type, r.title) for r in extract_article(Article(id="t", text=text)).relations
    ...        if r.title)
    [('holdsPosition', '委员'), ('holdsPosition', '委员')]
    """
    m = holder.grammar.composed.match(right)
    if m is None:
        return False
    org = holder.tpl.slots[f"O{m.group('org')}"] if m.group("org") else None
    body = holder.grammar.ordinal.sub("", m.group("title"))
    # a union's committee is the union itself (某会第一届委员会): a member of it is a 委员
    add_post(holder, org, "委员" if body == "委员会" else body + "委员", "elected-as/v2")
    return True


def _as_next_post(holder: Holder, left: str, right: str) -> bool:
    """甲当选为工会主席，乙为副主席; 甲被推选为主席、乙同志为副主席: after an election in the
    sentence, a name and 为 alone is elected too; a bare title is in the body elected to."""
    g = holder.grammar
    elections = list(g.elected_earlier.finditer(left))
    earlier, slots = (elections[-1], holder.tpl.slots) if elections else _election_before(holder)
    m = g.as_next.match(right) if earlier is not None else None
    if m is None or earlier is None:
        return False
    raw = m.group("title")
    org = holder.tpl.slots[f"O{m.group('org')}"] if m.group("org") else None
    bare = title_head_of(raw.strip().removesuffix("同志"), holder.lex) == raw.strip()
    if org is None and bare and earlier.group("org"):
        org = slots[f"O{earlier.group('org')}"]
    add_post(holder, org, raw, "elected-as/v2")
    return True


def _election_before(holder: Holder) -> tuple[re.Match[str] | None, dict[str, EntityKey]]:
    """甲当选主席，乙为副主席；丙为经费审查委员会主任: a sentence that opens with the name
    continues, after a semicolon, the posts of an election in the sentences before it; the
    last election there, with the slots of its sentence."""
    text, tpl = holder.out.article.text, holder.tpl
    if not tpl.text.lstrip().startswith("〔P"):
        return None, {}
    sentences = [s for s in split_sentences(text) if s[1] <= tpl.start]
    for start, end in reversed(sentences[-_SEMICOLON_CHAIN:]):
        if text[end - 1] not in "；;":
            break
        before = make_template(text, start, end, holder.table)
        elections = list(holder.grammar.elected_earlier.finditer(before.text))
        if elections:
            return elections[-1], before.slots
    return None, {}


_SEMICOLON_CHAIN = 4  # the sentences, each ended by a semicolon, looked back through


def _bracketed_post(holder: Holder, left: str, right: str) -> bool:
    """甲（青禾县总工会副主席）出席: the post written in brackets right after the name."""
    m = holder.grammar.bracketed_post.match(right)
    if m is None or not title_of(m.group("title"), holder.lex):
        return False
    org = holder.tpl.slots[f"O{m.group('org')}"] if m.group("org") else None
    add_post(holder, org, m.group("title"), "name-bracketed-post/v1")
    return True


def _apposed_post(holder: Holder, left: str, right: str) -> bool:
    """甲，青禾县总工会副主席，…: the post set off by commas after a name that opens the
    sentence."""
    g = holder.grammar
    m = g.apposed_post.match(right) if g.sentence_open.search(left) else None
    if m is None or not title_of(m.group("title"), holder.lex):
        return False
    add_post(holder, holder.tpl.slots[f"O{m.group('org')}"], m.group("title"),
             "name-apposed-post/v1")  # fmt: skip
    return True


def _letter_of_appointment(holder: Holder, left: str, right: str) -> bool:
    """某校为甲等三人颁发校外辅导员聘书: a letter of appointment handed to the name by the
    organization the sentence opens with confers the role named on it."""
    g = holder.grammar
    m = g.letter_given.match(right) if g.letter_to.search(left) else None
    subject = g.subject_org.match(holder.tpl.text)
    if m is None or subject is None:
        return False
    role = m.group("role") or m.group("title")  # 颁发聘书，聘请其为特约监督员
    add_post(holder, holder.tpl.slots[f"O{subject.group(1)}"], role, "appointment-letter/v1")
    return True


def _respective_post(holder: Holder, left: str, right: str) -> bool:
    """甲、乙分别当选为工会主席、副主席: each name takes the title of its rank in the list."""
    g = holder.grammar
    m = g.respectively.match(right) or _listed_appointment(holder, left, right)
    if m is None:
        return False
    before = g.names_before.search(left)
    rank = SLOT.findall(before.group()) if before else []
    names = len(rank) + 1 + len(SLOT.findall(m.group("names")))
    titles = [t for t in g.title_sep.split(m.group("titles")) if t]
    if len(titles) != names:  # titles not one to a name: which is whose is not certain
        return m.re is g.respectively  # without 分别, the post is read as one for all
    first_org = re.match(r"〔O(\d+)〕", titles[0])
    title = titles[len(rank)]
    slot = re.match(r"〔O(\d+)〕", title)
    org_slot = slot or (first_org if title_head_of(title, holder.lex) == title else None)
    org = holder.tpl.slots[f"O{org_slot.group(1)}"] if org_slot else None
    add_post(holder, org, SLOT.sub("", title), "elected-as/v2")
    return True


def _listed_appointment(holder: Holder, left: str, right: str) -> re.Match[str] | None:
    """选举甲、乙为主席、副主席: names listed after an appointing verb and as many titles
    after 为 take them in order, as with 分别 (the caller checks the counts).

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> ex = extract_article(Article(id="t", text="青禾县总工会选举钟晓岚、林子航为主席、副主席。"))
    >>> names = {e.key: e.name for e in ex.entities}
    >>> sorted((r.type, names[r.object]) for r in ex.relations if r.title)
    [('chairedBy', '钟晓岚'), ('holdsPosition', '青禾县总工会')]
    """
    g = holder.grammar
    m = g.listed_as.match(right) if g.appointer.search(left) else None
    before = g.names_before.search(left)
    listed = bool(m and m.group("names")) or bool(before and before.group())
    return m if listed else None


_OTHER_POSTS_AFTER = (_as_next_post, _bracketed_post, _apposed_post, _letter_of_appointment)


def _title_after_name(holder: Holder, left: str, right: str) -> None:
    """A bare title written after the name (某公司甲总经理讲话, 乙副行长主持): a post in the
    organization written right before the name, else in the article's one body of the title's
    unit (行长: the one 银行)."""
    names = _NAMES_LISTED.match(right)  # 甲、乙副主席: the title after the list is each name's
    title = bare_title_at(right[names.end() if names else 0 :], holder.lex)
    if title is None or title in holder.grammar.verb_titles:
        return
    if names and holder.lex.is_chair_title(title):
        return  # a chair is one person: 甲、乙主席 is no chair's title of 甲
    left = _DEPARTMENT_END.sub("", left)  # 某会财务部甲主任: a post in the body of the department
    org_before = SLOT.search(left[-8:]) if left.endswith("〕") else None
    listed = _LISTED_AFTER_BODY.search(left)
    if org_before is not None and org_before.end() == len(left[-8:]):
        if org_before.group(1) != "O":
            return
        org: EntityKey | None = holder.tpl.slots[f"O{org_before.group(2)}"]
    elif listed is not None and _bare_titles(listed.group(2), holder.lex):
        org = holder.tpl.slots[f"O{listed.group(1)}"]  # 某会甲主席、乙副主席: the same body
    else:
        org = body_of_unit(holder.table, title, holder.lex)
        unit = place_head_unit(title, holder.lex)
        if org is None and unit is not None:  # 甲省长: the article's one provincial government
            org = government_of_level(holder.table, unit)
    if org is not None:
        emit_post(holder, org, title, "name-then-title/v1")


# a department of a body written right after it and before a name (某会财务部甲主任)
_DEPARTMENT = r"[\u4e00-\u9fff]{1,6}(?:部|办公室)"
_DEPARTMENT_END = re.compile(rf"(?<=[〕、]){_DEPARTMENT}$")
# 某会甲主席、乙副主席 (某会某部甲主任、某部乙主任; 某会甲主席、乙主席，丙主任): names with
# bare titles listed after one body, a comma between them too
_LISTED_AFTER_BODY = re.compile(
    rf"〔O(\d+)〕(?:{_DEPARTMENT})?((?:〔P\d+〕(?:[^〔〕，,。；;、]{{2,8}})?[、，,])+)$"
)
# the names listed with 、 after a name and before the title they share (甲、乙、丙副主席)
_NAMES_LISTED = re.compile(r"(?:、〔P\d+〕)+")


def _bare_titles(listed: str, lex: Lexicon) -> bool:
    """Whether every name of ``listed`` (〔P1〕主席、〔P2〕副主席、) has a bare title after it."""
    pieces = [p for p in re.split(r"〔P\d+〕", listed) if p and p != "、"]  # 甲、乙副主席
    return all(bare_title_at(p, lex) == p[:-1] for p in pieces)


def add_post(holder: Holder, org: EntityKey | None, raw: str, rule: str) -> None:
    """Record the post ``raw`` (a title, its ordinal of term dropped) in ``org``, or, with no
    organization, in the body the title names (工会主席: the article's union), if any."""
    raw = holder.grammar.ordinal.sub("", raw.strip())
    if org is None:
        org, raw = org_in_title(holder.out, raw)
    title = title_of(raw, holder.lex) or conferred_role(raw, holder.grammar)
    if not title or org is None:
        return
    emit_post(holder, org, title, rule)


def _body_before(tpl: Template, left: str) -> EntityKey | None:
    """The organization written right before a verb: the one that elects or appoints."""
    last = SLOT.search(left[-8:]) if left.endswith("〕") else None
    if last is None or last.end() != len(left[-8:]) or last.group(1) != "O":
        return None
    return tpl.slots[f"O{last.group(2)}"]


def org_in_title(out: Collector, raw: str) -> tuple[EntityKey | None, str]:
    """The organization a bare title speaks of: 工会联合会主席 -> the article's 工会联合会; a
    title naming no body is a post in the focus union only if a union has such a post (主席,
    经审委主任), not 市人大代表 or 小组组长 (a post in a body the text does not name)."""
    table = out.table
    g = post_grammar(table.lex)
    m = g.body_in_title.match(raw)
    focus = focus_union(table, out)
    if focus is not None and _only_listed(out, focus):
        focus = None  # 包括甲工会、乙工会、丙工会等: one of the bodies listed, no focus
    if not m:
        bare = title_head_of(raw.strip(), table.lex) == raw.strip()
        if bare and raw.strip() in table.lex.cue_words["association_titles"]:
            return _main_association(table), raw  # 当选为会长: an association's, no union's
        return (focus if bare or is_organ_title(raw.strip(), table.lex) else None), raw
    word = m.group(1)
    if word in g.base_union_words and raw.startswith(g.company_words):
        company = main_of(table, "Company")
        return (company_union(table, company) if company else None), raw[m.end() :]
    org = body_of_word(table, word, focus)
    if org is None and word in g.base_union_words and focus in out.founding:
        org = focus  # 某镇总工会成立…当选为工会主席: the union founded there, a 总工会 too
    return (org, raw[m.end() :]) if org is not None else (None, raw)


def _main_association(table: EntityTable) -> EntityKey | None:
    """The association the article names most (a 协会, 商会, 学会 …), whose chair is its 会长."""
    ends = table.lex.cue_words["association_suffixes"]
    bodies = [e for e in table.entities.values()
              if e.type == "Organization" and e.name.endswith(ends)]  # fmt: skip
    if not bodies:
        return None
    return max(bodies, key=lambda e: (len(e.mentions), -e.mentions[0].start)).key


def _only_listed(out: Collector, key: EntityKey) -> bool:
    """Whether every mention of the entity ``key`` is an item of a list (、 before or after
    it): one of several bodies named alike, not the body the article is about."""
    text = out.article.text
    mentions = out.table.entities[key].mentions
    return all(text[m.start - 1 : m.start] == "、" or text[m.end : m.end + 1] == "、"
               for m in mentions)  # fmt: skip


def emit_post(holder: Holder, org: EntityKey, title: str, rule: str) -> None:
    """chairedBy for a chair title, holdsPosition for any other, cited by ``rule``."""
    cite = holder.out.cite(holder.tpl, rule)
    if holder.lex.is_chair_title(title):
        holder.out.add("chairedBy", org, holder.person, cite, title)
    else:
        holder.out.add("holdsPosition", holder.person, org, cite, title)


def drop_posts_of_chairs(out: Collector) -> None:
    """A chair of a body holds no other post there: 甲当选为委员 … 选举甲担任主席 leaves
    chairedBy alone (the chair's other titles are of the same seat)."""
    chairs = {(r.subject, r.object) for r in out.relations if r.type == "chairedBy"}
    out.relations = [
        r for r in out.relations if r.type != "holdsPosition" or (r.object, r.subject) not in chairs
    ]
