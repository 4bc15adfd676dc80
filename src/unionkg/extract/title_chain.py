"""A chain of titles written before a name (某部部长、总工会主席丙; 党委委员、副县长乙), walked
title by title: the body each title is a post in, by the body written with it, the one before
it, its kind or the place; used by :mod:`.posts`."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import EntityKey, ExtractedEntity
from .collect import company_union
from .entities import EntityTable
from .governments import government_of, government_of_level, place_head_unit
from .holders import Holder
from .lexicon import Lexicon
from .titles import (
    body_of_unit,
    company_of,
    is_organ_title,
    names_place_body,
    org_of_place,
    own_body,
    title_head_of,
    title_of,
    title_org,
)

__all__ = ["TitleWalk", "government_headed", "names_another_body"]


def government_headed(table: EntityTable, place: EntityKey | None, title: str
                      ) -> EntityKey | None:  # fmt: skip
    """The government of ``place`` when ``title`` heads a place of its unit (县长 of a 县)
    and the article names that government; with no place written (市长甲), the article's one
    government of a place of that unit."""
    unit = place_head_unit(title, table.lex)
    if unit is None:
        return None
    if place is None:
        return government_of_level(table, unit)
    if not table.entities[place].name.endswith(unit):
        return None
    return government_of(table, place)


def names_another_body(part: str, lex: Lexicon) -> bool:
    """Whether a title names a body before its party organ (某院纪委书记, 某厂工会主席): not a
    party organ alone (党委书记), a level of place (县委书记) nor an organ (权益保障部部长)."""
    title = part.strip()
    head = lex.title_head(title) or ""
    rest = title[: len(title) - len(head)]
    organ = next((o for o in lex.cue_words["party_organs"] if rest.endswith(o)), None)
    if organ is None:
        return False  # 权益保障部部长: an organ of the body, not a body
    rest = rest[: len(rest) - len(organ)]
    return len(rest) >= 2 and not all(c in lex.cue_words["place_words"] for c in rest)


def _party_organ_of(holder: Holder, org: EntityKey, title: str) -> EntityKey | None:
    """党委书记甲，党委委员、总工会主席乙，党委委员丙: a title that opens with a party organ
    (党委, 党工委) after a name whose last post was in another body of the same place is a
    post in that place's party organ, when the article names one; None otherwise."""
    table, lex = holder.table, holder.lex
    organ = next((o for o in lex.cue_words["party_organs"] if title.strip().startswith(o)), None)
    ent = table.entities[org]
    if organ is None or organ == "工会" or ent.name.endswith(organ):
        return None
    if ent.type == "Union" and (parent := _body_of_union(table, ent)) is not None:
        return (
            parent  # 某集团工会副主席甲，党委办副主任乙: a union has no party office, its body has
        )
    return org_of_place(table, ent.place, organ)


def _body_of_union(table: EntityTable, union: ExtractedEntity) -> EntityKey | None:
    """The company or organization whose union ``union`` is by its name (某集团 of 某集团工会)."""
    word = table.lex.union_word
    names = {n.removesuffix(word) for n in (union.name, *union.aliases) if n.endswith(word)}
    return next((e.key for e in table.entities.values()
                 if e.type in {"Company", "Organization"} and e.name in names), None)  # fmt: skip


def _post_in_sentence(holder: Holder, person: EntityKey) -> EntityKey | None:
    """The body of the last post recorded for ``person`` in the holder's sentence (总工会主席甲:
    the article's one 总工会, found by the title's kind, not by a body written there)."""
    for rel in reversed(holder.out.relations):
        if rel.evidence.start != holder.tpl.start or rel.type not in {"holdsPosition", "chairedBy"}:
            continue
        if person in (rel.subject, rel.object):
            return rel.object if rel.type == "holdsPosition" else rel.subject
    return None


def _bare_title(title: str, lex: Lexicon) -> bool:
    """Whether ``title`` is its head alone, or a deputy's head with the deputy's prefix written
    whole (常务副院长: 常务副 before 院长), naming no body.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> [_bare_title(t, lex) for t in ("副院长", "常务副院长", "工会副主席", "纪委书记")]
    [True, True, False, False]
    """
    head = title_head_of(title, lex) or ""
    rest = title[: len(title) - len(head)]
    return bool(head) and (not rest or (rest + head[:1]) in lex.deputy_prefixes)


# what a title's head may follow within the words before a name: a verb's particle
_WORD_BEFORE_HEAD = ("了", "的")


@dataclass
class TitleWalk:
    """The walk along the words before a name (``pieces`` of the template split at its
    slots): which organization each title written there is a post in."""

    holder: Holder
    pieces: list[str]
    inherit: EntityKey | None
    org: EntityKey | None = None  # the organization the titles being read are posts in
    listed_org: EntityKey | None = None  # the last organization written
    company: EntityKey | None = None  # the company whose union a title of the list named
    # a body of the same kind listed with 、 right before the org (某办、某办副主任甲): the
    # titles written after both are posts in each
    partner: EntityKey | None = None
    found: list[tuple[EntityKey, str]] = field(default_factory=list)

    def run(self) -> list[tuple[EntityKey, str]]:
        """(organization, title) of every post written before the name, in order."""
        for i in range(0, len(self.pieces), 3):
            self._words(i)
            if i + 1 < len(self.pieces):
                self._slot(i + 1)
        return self.found

    def _words(self, i: int) -> None:
        # 某集团书记甲，公司总经理乙 where 公司 is written before any company is named: the
        # post is in a company the article does not name, not in the body of the list before
        named_here, chunk = self._body_named(i)
        if named_here is not None:
            self.org = named_here
        elif i == 0 and self.inherit is not None and chunk == self.pieces[i]:
            # 主席甲，权益保障部部长乙: the organ is the same body's; 某院纪委书记乙 is not
            first = self.holder.grammar.title_list.split(chunk)[0]
            if names_another_body(first, self.holder.lex):
                return
            self.org = _party_organ_of(self.holder, self.inherit, first) or self.inherit
            self.company = self.company or self._company_of_union(self.org)
        if named_here is None and self._bureau_unit_of_firm(chunk):
            self.org = None  # 某公司董事长甲、后勤管理处处长乙: no post of the company, nor after
            return
        if self.org is not None or self.found:
            fresh = self.holder.lex.cue_words["newly_in_post"]
            for part in self.holder.grammar.title_list.split(chunk):
                part = part.strip()  # 新当选的总工会主席: the post is 总工会主席
                part = part[next((len(w) for w in fresh if part.startswith(w)), 0) :]
                self._title_part(part, i == 0 and named_here is None)

    def _bureau_unit_of_firm(self, chunk: str) -> bool:
        """Whether the first title of ``chunk`` is in a bureau's unit (某管理处处长, 某科科长)
        while the body the titles are read in is a company (某公司董事长甲、后勤管理处处长乙):
        a company has departments (部), no bureau's units; the post is in a body the list
        leaves unnamed."""
        lex, org = self.holder.lex, self.org
        if org is None or self.holder.table.entities[org].type != "Company":
            return False
        first = self.holder.grammar.title_list.split(chunk.removeprefix("、"))[0].strip()
        unit = first[: len(first) - len(lex.title_head(first) or "")]
        return len(unit) > 1 and unit.endswith(tuple(lex.cue_words["bureau_unit_ends"]))

    def _company_of_union(self, org: EntityKey) -> EntityKey | None:
        """The company whose union ``org`` is (某集团工会主席甲，人力资源部总经理乙: a company's
        title after its union's post is the company's), None for any other body."""
        table = self.holder.table
        ent = table.entities[org]
        owner = _body_of_union(table, ent) if ent.type == "Union" else None
        return owner if owner and table.entities[owner].type == "Company" else None

    def _body_named(self, i: int) -> tuple[EntityKey | None, str]:
        """The body the words before the name say the post is in, and the words left.

        公司董事长甲, 集团党委书记乙, 该医院院长丙, 企业方代表、商会会长丁, 某会主席甲、
        合作社理事长乙: the article's body of that kind, named at the head of the titles or of
        the last of them."""
        chunk, table = self.pieces[i], self.holder.table
        own_kind = self.holder.grammar.own_body
        own = own_kind.match(chunk.removeprefix("、")) or own_kind.match(chunk.rsplit("、", 1)[-1])
        after_person = i > 0 and self.pieces[i - 2] == "P" and chunk.startswith("、")
        if (i == 0 or after_person) and own is not None:
            return own_body(table, own.group(1)), own.string[own.end() :]
        if i == 0 and len(self.pieces) == 1:
            unit = body_of_unit(table, chunk, self.holder.lex)  # 院长甲 at a hospital
            if unit is not None:
                return unit, chunk
            unit, rest = self._unit_head_last(chunk)
            return (unit, rest) if unit is not None else self._unit_head_first(chunk)
        return None, chunk

    def _unit_head_first(self, chunk: str) -> tuple[EntityKey | None, str]:
        """副校长、工会主席甲: a bare unit head written first is a post in the article's one body
        of that unit, and the titles after it, bare or in its union (工会主席), are posts
        there too."""
        lex = self.holder.lex
        parts = [p.strip() for p in self.holder.grammar.title_list.split(chunk)]
        if len(parts) < 2 or lex.title_head(parts[0]) != parts[0]:
            return None, chunk
        unions = tuple(self.holder.grammar.base_union_words)
        if not all(lex.title_head(p) == p or p.startswith(unions) for p in parts[1:]):
            return None, chunk
        return body_of_unit(self.holder.table, parts[0], lex), chunk

    def _unit_head_last(self, chunk: str) -> tuple[EntityKey | None, str]:
        """审议了校长甲的报告, 大会执行主席、副校长乙: a bare unit head written last, after a
        verb or another post, is a post in the article's one body of that unit; the posts
        before it there too if they are its organs' (党委书记、校长), else only it."""
        lex = self.holder.lex
        parts = self.holder.grammar.title_list.split(chunk)
        head = lex.title_head(parts[-1]) or ""
        before = parts[-1][: len(parts[-1]) - len(head)].strip()
        if not head or (before and not before.endswith(_WORD_BEFORE_HEAD)):
            return None, chunk
        unit = body_of_unit(self.holder.table, head, lex)
        if unit is None:
            return None, chunk
        organs = all(is_organ_title(p.strip(), lex) for p in parts[:-1])
        return unit, ("、".join([*parts[:-1], head]) if organs else head)

    def _title_part(self, part: str, organ_only: bool) -> None:
        lex, table = self.holder.lex, self.holder.table
        title = title_of(part, lex)
        if not title or self.org is None:
            return
        if lex.own_union.match(part):
            return  # 某会主席甲、公司工会主席乙: a company's union the article leaves unnamed
        if organ_only and not (is_organ_title(title, lex) or self._same_body(title)):
            return
        target, title = title_org(table, self.org, title)
        if target is None or (target == self.org and names_place_body(title, lex)):
            return  # 团县委书记 in a list of posts: a post in a body the article does not name
        if target == self.org and self.holder.grammar.rank.match(title.strip()):
            target = self._rank_body(target)
        self._share_with_partner(target, title)
        if table.entities[target].type == "Organization":  # 县委副书记、县长: the government's
            target = government_headed(table, table.entities[target].place, title) or target
        if self.holder.grammar.org_word.match(part) and target != self.org:
            if table.entities[self.org].type == "Company":
                self.company = self.org
            self.org = target  # later titles of the list belong to the org just named
        elif self.company and lex.title_head(title) in lex.company_titles:
            target = self.company  # 公司工会主席、总监: the director is the company's
        elif self._union_chair_after_company_post(target, title):
            target = company_union(table, target)  # 某公司某部经理、副主席甲: a company has no 主席
        self.found.append((target, title))

    def _rank_body(self, org: EntityKey) -> EntityKey:
        """某局工会副主席、一级主任科员: a civil servant's rank after a post in a body's union
        is held in the body (the union of 某局 ranks no one); ``org`` itself otherwise."""
        ent = self.holder.table.entities[org]
        body = _body_of_union(self.holder.table, ent) if ent.type == "Union" else None
        return body or org

    def _union_chair_after_company_post(self, target: EntityKey, title: str) -> bool:
        """A bare chair's title (主席, 副主席) listed after a post in a company: a company has
        no 主席 of its own, its union has."""
        head = self.holder.lex.title_head(title)
        company = self.holder.table.entities[target].type == "Company"
        return company and head == title and title.endswith("主席") and bool(self.found)

    def _same_body(self, title: str) -> bool:
        """A bare title after the posts of the clause before (某会党组书记甲，副主席乙) is a post
        in the same body, when the body has posts of its kind: no head of a place (副县长), no
        company's title in a union, only a company's in a company."""
        lex, org = self.holder.lex, self.org
        head = lex.title_head(title)
        if head != title or org is None or self.holder.grammar.place_head.search(head):
            return False
        company_title = head in lex.company_titles
        kind = self.holder.table.entities[org].type
        return company_title if kind == "Company" else not company_title

    def _place_of_org(self, i: int) -> bool:
        """Whether the place at slot ``i`` is written right after an organization and before
        the title itself, not a branch (某集团云南分部副总经理: the branch's post)."""
        after = self.pieces[i + 2] if i + 2 < len(self.pieces) else ""
        branch = after.startswith(("分", *self.holder.lex.branch_units))
        return i > 2 and self.pieces[i - 3] == "O" and not self.pieces[i - 1] and not branch

    def _share_with_partner(self, target: EntityKey, title: str) -> None:
        """A title in the org is a post in the body listed with it too; a title naming
        another body (某会主席) ends the sharing."""
        if target != self.org:
            self.partner = None
        elif self.partner is not None:
            self.found.append((self.partner, title))

    def _listed_partner(self, i: int) -> EntityKey | None:
        """The body of the same type listed with 、 alone right before the org at slot ``i``
        (某港集团有限公司、某港集团股份有限公司董事长甲: the chair of both)."""
        if self.org is None or i < 3 or self.pieces[i - 3] != "O" or self.pieces[i - 1] != "、":
            return None
        before = self.holder.tpl.slots[f"O{self.pieces[i - 2]}"]
        entities = self.holder.table.entities
        return before if entities[before].type == entities[self.org].type else None

    def _slot(self, i: int) -> None:
        kind, n = self.pieces[i], self.pieces[i + 1]
        table, lex = self.holder.table, self.holder.lex
        if kind == "T" and self._place_of_org(i):
            return  # 某集团某村经理, 某公司华东区总监: the post is the org's, in that place
        self.org = self.holder.tpl.slots[f"{kind}{n}"] if kind == "O" else None
        self.company = company_of(table, self.org) if self.org else None
        self.partner = self._listed_partner(i)
        if kind == "O":
            self.listed_org = self.org
        if kind != "P":
            return
        held = self.found[-1][0] if self.found else self.listed_org
        held = held or _post_in_sentence(self.holder, self.holder.tpl.slots[f"P{n}"])
        self.found.clear()
        # 某会经审委主任甲、女职委主任乙, 某商会会长甲、秘书长乙: an organ's post, or a bare
        # title, after a name listed in a body is in the body of that name's post
        after = self.pieces[i + 2] if i + 2 < len(self.pieces) else ""
        # 女工委主任兼调研员: the first of titles joined by 兼 names the body
        listed = after.lstrip("、")
        first = self.holder.grammar.title_list.split(listed)[0] or listed  # 兼职副主席: one
        title = title_of(first, lex) if after.startswith("、") else None
        if self.holder.grammar.own_body.match(listed):
            return  # 某局局长甲、学校党委书记乙: the title names a body of its own kind
        bare = title is not None and _bare_title(title, lex)
        bare = bare and not self.holder.grammar.place_head.search(title or "")  # 副县长: a place's
        if held and title and (bare or is_organ_title(title, lex)):
            self.org = held
            # 某公司工会主席甲、副总经理乙: a company's title is the company's, not its union's
            self.company = company_of(table, held)
