"""Posts: ``ORG title PER``, ``PER 当选为 ORG title``, ``选举 PER 为 title`` — chairedBy for a
chair title (主席, 会长, 董事长 …), holdsPosition for any other post."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import EntityKey, ExtractedEntity
from .collect import (
    CLAUSE_BREAK,
    SLOT,
    Collector,
    Template,
    company_union,
    focus_union,
    main_of,
)
from .cues import PostGrammar, post_grammar
from .entities import EntityTable
from .lexicon import Lexicon

__all__ = ["post_links"]


@dataclass(frozen=True)
class _Holder:
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


def post_links(out: Collector, tpl: Template) -> None:
    """ORG title、ORG title PER — and PER 当选为 ORG title, 选举 PER 为 title."""
    lex = out.table.lex
    g = post_grammar(lex)
    last_org: EntityKey | None = None
    for m in SLOT.finditer(tpl.text):
        if m.group(1) != "P":
            continue
        holder = _Holder(out, tpl, tpl.slots[f"P{m.group(2)}"])
        left = tpl.text[: m.start()]
        cut = max((x.end() for x in CLAUSE_BREAK.finditer(left)), default=0)
        roster = g.roster.search(left)
        as_word = roster and roster.group("sep") not in "：:"
        if as_word and not g.clause_end.match(tpl.text, m.end()):
            roster = None  # 主席为甲颁奖: 为 is "for", the post is someone else's
        if roster and _title(roster.group("title"), lex):  # 主席：甲；副主席：乙、丙 / 主席为甲
            named = tpl.slots[f"O{roster.group('org')}"] if roster.group("org") else None
            _add_post(holder, named, roster.group("title"), "roster/v1")
            continue
        used = _posts_before(holder, left[cut:], last_org)
        last_org = used or (last_org if not SLOT.search(left[cut:]) else None)
        _posts_after(holder, left, tpl.text[m.end() :])


def _posts_before(holder: _Holder, left: str, inherit: EntityKey | None) -> EntityKey | None:
    """Posts written before the name; returns the organization of the last one."""
    elected = holder.grammar.elected_before.search(left)
    if elected:  # 当选工会联合会主席的某某
        named = holder.tpl.slots[f"O{elected.group(1)}"] if elected.group(1) else None
        _add_post(holder, named, elected.group(2), "elected-as/v2")
        return None
    pieces = SLOT.split(left)  # text, kind, n, text, kind, n, text ...
    if not holder.lex.title_head(pieces[-1].rstrip("同志 ")):
        return None
    found = _TitleWalk(holder, pieces, inherit).run()
    by_org: dict[EntityKey, list[str]] = {}
    for target, title in found:
        by_org.setdefault(target, []).append(title)
    for target, titles in by_org.items():
        _emit_post(holder, target, "、".join(titles), "post-before-name/v2")
    return found[-1][0] if found else None


@dataclass
class _TitleWalk:
    """The walk along the words before a name (``pieces`` of the template split at its
    slots): which organization each title written there is a post in."""

    holder: _Holder
    pieces: list[str]
    inherit: EntityKey | None
    org: EntityKey | None = None  # the organization the titles being read are posts in
    listed_org: EntityKey | None = None  # the last organization written
    company: EntityKey | None = None  # the company whose union a title of the list named
    found: list[tuple[EntityKey, str]] = field(default_factory=list)

    def run(self) -> list[tuple[EntityKey, str]]:
        """(organization, title) of every post written before the name, in order."""
        for i in range(0, len(self.pieces), 3):
            self._words(i)
            if i + 1 < len(self.pieces):
                self._slot(i + 1)
        return self.found

    def _words(self, i: int) -> None:
        named_here, chunk = self._body_named(i)
        if named_here is not None:
            self.org = named_here
        elif i == 0 and self.inherit is not None:
            self.org = self.inherit  # 主席甲，权益保障部部长乙: the organ is the same body's
        if self.org is not None or self.found:
            for part in self.holder.grammar.title_list.split(chunk):
                self._title_part(part.strip(), i == 0 and named_here is None)

    def _body_named(self, i: int) -> tuple[EntityKey | None, str]:
        """The body the words before the name say the post is in, and the words left.

        公司董事长甲, 集团党委书记乙, 该医院院长丙, 企业方代表、商会会长丁, 某会主席甲、
        合作社理事长乙: the article's body of that kind, named at the head of the titles or of
        the last of them."""
        chunk, table = self.pieces[i], self.holder.table
        own_body = self.holder.grammar.own_body
        own = own_body.match(chunk) or own_body.match(chunk.rsplit("、", 1)[-1])
        after_person = i > 0 and self.pieces[i - 2] == "P" and chunk.startswith("、")
        if (i == 0 or after_person) and own is not None:
            return _own_body(table, own.group(1)), own.string[own.end() :]
        if i == 0 and len(self.pieces) == 1:
            return _body_of_unit(table, chunk, self.holder.lex), chunk  # 院长甲 at a hospital
        return None, chunk

    def _title_part(self, part: str, organ_only: bool) -> None:
        lex, table = self.holder.lex, self.holder.table
        title = _title(part, lex)
        if not title or self.org is None:
            return
        if organ_only and not _is_organ_title(title, lex):
            return
        target, title = _title_org(table, self.org, title)
        if target is None:
            return
        if self.holder.grammar.org_word.match(part) and target != self.org:
            if table.entities[self.org].type == "Company":
                self.company = self.org
            self.org = target  # later titles of the list belong to the org just named
        elif self.company and lex.title_head(title) in lex.company_titles:
            target = self.company  # 公司工会主席、总监: the director is the company's
        self.found.append((target, title))

    def _slot(self, i: int) -> None:
        kind, n = self.pieces[i], self.pieces[i + 1]
        table, lex = self.holder.table, self.holder.lex
        self.org = self.holder.tpl.slots[f"{kind}{n}"] if kind == "O" else None
        self.company = _company_of(table, self.org) if self.org else None
        if kind == "O":
            self.listed_org = self.org
        if kind != "P":
            return
        held = self.found[-1][0] if self.found else self.listed_org
        self.found.clear()
        # 某会经审委主任甲、女职委主任乙, 某商会会长甲、秘书长乙: an organ's post, or a bare
        # title, after a name listed in a body is in the body of that name's post
        after = self.pieces[i + 2] if i + 2 < len(self.pieces) else ""
        title = _title(after.lstrip("、"), lex) if after.startswith("、") else None
        bare = title is not None and lex.title_head(title) == title
        if held and title and (bare or _is_organ_title(title, lex)):
            self.org = held


def _company_of(table: EntityTable, union: EntityKey) -> EntityKey | None:
    """The company whose union ``union`` is (某某公司工会 → 某某公司), if it is one."""
    ent = table.entities[union]
    if ent.type != "Union":
        return None
    names = {ent.name, *ent.aliases}
    owners = [e.key for e in table.entities.values() if e.type == "Company"
              and any(form + "工会" in names for form in (e.name, *e.aliases))]  # fmt: skip
    return ent.derived_from or (owners[0] if owners else None)


def _is_organ_title(title: str, lex: Lexicon) -> bool:
    """权益保障部部长, 纪委书记 — but not 市委副书记 or 开发区综合部部长 (another body)."""
    head = lex.title_head(title) or ""
    rest = title[: len(title) - len(head)]
    g = post_grammar(lex)
    if g.place_word.search(rest):
        return False
    return bool(g.party.match(title) or g.rank.match(title) or (rest and g.organ.search(rest)))


def _title_org(table: EntityTable, org: EntityKey, title: str) -> tuple[EntityKey | None, str]:
    """The organization a title names when it begins with an organization word.

    区人大常委会副主任、总工会主席: 总工会主席 is a post in the 总工会 of the same place,
    工会主席 after a company is a post in that company's union.
    """
    g = post_grammar(table.lex)
    m = g.org_word.match(title)
    if not m:
        return org, title
    word = m.group(1)
    ent = table.entities[org]
    if word in g.base_union_words and ent.type != "Union":
        if _is_place_body(table, org):
            return None, title  # 县委常委、工会主席: which union is not certain
        return company_union(table, org), title
    if ent.type == "Union" and word in g.union_words:
        return org, title
    rest = title[m.end() :]
    if word in g.union_words:
        place = ent.place
        found = _union_of_place(table, place, word)
        if found is None and word == "总工会" and place is not None and _is_place_body(table, org):
            found = _federation_of(table, place, ent)  # 某区人大常委会副主任、总工会主席
        return found, rest
    return _org_of_place(table, ent.place, word), rest


def _federation_of(table: EntityTable, place: EntityKey, body: ExtractedEntity) -> EntityKey:
    """The 总工会 of a place, named by a post (总工会主席) next to another body of the place."""
    town = table.entities[place]
    name = town.name + "总工会"
    key = EntityKey("Union", name, town.attributes.get("admin_code", ""))
    table.add_implied(key, name, body.mentions[0], place=place)
    return key


def _is_place_body(table: EntityTable, org: EntityKey) -> bool:
    """A party committee, congress or government of a place: 某市市委, 某区人大常委会."""
    ent = table.entities[org]
    place = ent.place
    if place is None or ent.type != "Organization":
        return False
    pname = table.entities[place].name
    rest = ent.name.split(pname, 1)[-1] if pname in ent.name else ent.name
    return bool(post_grammar(table.lex).place_body.fullmatch(rest))


def _union_of_place(table: EntityTable, place: EntityKey | None, word: str) -> EntityKey | None:
    cands = [e for e in table.entities.values()
             if e.type == "Union" and e.name.endswith(word)]  # fmt: skip
    if place:
        cands = [e for e in cands if e.place == place]
    return cands[0].key if len(cands) == 1 else None


def _org_of_place(table: EntityTable, place: EntityKey | None, word: str) -> EntityKey | None:
    if place is None:
        return None
    cands = [e for e in table.entities.values()
             if e.type == "Organization" and e.name.endswith(word)
             and e.place == place]  # fmt: skip
    return cands[0].key if len(cands) == 1 else None


def _posts_after(holder: _Holder, left: str, right: str) -> None:
    g = holder.grammar
    m = g.held_by.search(left) if g.held.match(right) else None
    m = m or g.elected.match(right)
    if not m and g.appointer.search(left):
        m = g.appointed.match(right)
    if not m:
        return
    org = holder.tpl.slots[f"O{m.group('org')}"] if m.group("org") else None
    _add_post(holder, org, m.group("title"), "elected-as/v2")


def _add_post(holder: _Holder, org: EntityKey | None, raw: str, rule: str) -> None:
    raw = holder.grammar.ordinal.sub("", raw.strip())
    if org is None:
        org, raw = _org_in_title(holder.out, raw)
    title = _title(raw, holder.lex)
    if not title or org is None:
        return
    _emit_post(holder, org, title, rule)


def _org_in_title(out: Collector, raw: str) -> tuple[EntityKey | None, str]:
    """The organization a bare title speaks of: 工会联合会主席 -> the article's 工会联合会."""
    table = out.table
    g = post_grammar(table.lex)
    m = g.body_in_title.match(raw)
    focus = focus_union(table, out)
    if not m:
        return focus, raw
    word = m.group(1)
    if word in g.base_union_words and raw.startswith(g.company_words):
        company = main_of(table, "Company")
        return (company_union(table, company) if company else None), raw[m.end() :]
    org = _body_of_word(table, word, focus)
    return (org, raw[m.end() :]) if org is not None else (None, raw)


def _body_of_word(table: EntityTable, word: str, focus: EntityKey | None) -> EntityKey | None:
    """The article's body a title's organization word (工会, 联合会, 商会 …) names: the focus
    union if it is one, else the most mentioned; a company's union in a company's news."""
    base = post_grammar(table.lex).base_union_words
    ending = "工会" if word == "工会委员会" else word  # a union's committee is the union
    cands = [e for e in table.entities.values()
             if e.type in {"Union", "Organization"}
             and any(f.endswith(ending) for f in (e.name, *e.aliases))]  # fmt: skip
    if word in base:
        cands = [e for e in cands if e.type == "Union" and not e.name.endswith("总工会")]
    if focus and any(e.key == focus for e in cands):
        return focus
    if not cands and word in base and (company := main_of(table, "Company")):
        return company_union(table, company)  # 工会主席 in a company's news
    if not cands:
        return None
    return max(cands, key=lambda e: (len(e.mentions), -e.mentions[0].start)).key


def _emit_post(holder: _Holder, org: EntityKey, title: str, rule: str) -> None:
    cite = holder.out.cite(holder.tpl, rule)
    if holder.lex.is_chair_title(title):
        holder.out.add("chairedBy", org, holder.person, cite, title)
    else:
        holder.out.add("holdsPosition", holder.person, org, cite, title)


def _title(part: str, lex: Lexicon) -> str | None:
    part = part.strip().removesuffix("同志")
    if not part or len(part) > 16 or part in lex.vague_titles:
        return None
    head = lex.title_head(part)
    if head is None:
        return None
    if any(v in part for v in post_grammar(lex).vague_parts):
        return None
    return part


def _own_body(table: EntityTable, kind: str) -> EntityKey | None:
    """The article's company (公司, 集团) or its one body of a kind (医院, 管委会, 院 …)."""
    if kind in post_grammar(table.lex).company_words:
        return main_of(table, "Company")
    return table.one_body_of_kind(kind)


def _body_of_unit(table: EntityTable, chunk: str, lex: Lexicon) -> EntityKey | None:
    """A bare unit head's post (院长甲, 店长乙) in the one body of the article of that unit
    (某某医院, 某某店); None where there is none or more than one."""
    title = chunk.strip().removesuffix("同志")
    head = lex.title_head(title)
    if head is None or title != head or not head.endswith("长") or len(head) < 2:
        return None
    return _own_body(table, head[-2])
