"""Mentions of an article's bodies written without their full name: 联合会 or 医院 alone
where the article names one body of that kind, a name written again where the model read its
words otherwise, and 公司工会 for the union of the company written before it.
"""

from __future__ import annotations

import re

from ..model import ORGANIZATION_TYPES, EntityKey, ExtractedEntity
from .entities import EntityTable
from .lexicon import Lexicon
from .namecompare import family_key, in_order
from .tokens import TokenIndex

__all__ = [
    "add_back_references",
    "add_brand_names",
    "add_company_union",
    "add_head_offices",
    "add_kind_references",
    "add_level_short_names",
    "add_own_unions",
    "add_repeated_names",
    "one_body_of_kind",
]


def add_back_references(table: EntityTable, boundaries: set[int]) -> None:
    """联合会, 联合工会, 该工会联合会 written alone after the union was named in full: a
    mention of the article's one union of that kind (加入联合会, 成为联合工会的会员).
    The word must start a word of the model's (``boundaries``) and lie in no name."""
    for m in table.lex.back_reference.finditer(table.text):
        start = m.start(1) if m.group(1) else m.start(2)
        if start not in boundaries or any(s < m.end() and m.start() < e for s, e in table.by_span):
            continue
        kind = m.group(2)
        unions = [e for e in table.entities.values()
                  if e.type == "Union" and _of_kind(e.name, kind) and len(e.name) > len(kind)
                  and min(x.start for x in e.mentions) < m.start()]  # fmt: skip
        if len(unions) == 1:
            union = unions[0]
            table.add_reference(union.key, "Union", union.name, m.span(), "back-reference/v1")


def _of_kind(name: str, kind: str) -> bool:
    """Whether a union's name ends with ``kind`` written in full or shortened (工联会 of
    某某工会联合会: the kind's characters taken in order from the name, the last one ending it).

    >>> _of_kind("某某工会联合会", "工联会"), _of_kind("某某工会联合会", "联合工会")
    (True, False)
    """
    return name.endswith(kind) or (name.endswith(kind[-1]) and in_order(kind, name))


def add_repeated_names(table: EntityTable) -> None:
    """An organization's name written again where the model read the words otherwise
    (某某康|和|医院), or a company's written by its core alone (某某鞋业 for 福建某某鞋业有限
    公司): each occurrence of a name, an alias or a core that lies in no mention is one."""
    place_forms = table.place_forms()
    forms = sorted(
        {(form, ent.key) for ent in table.entities.values()
         if ent.type in ORGANIZATION_TYPES
         for form in (ent.name, *ent.aliases, *_cores(table, ent, place_forms))
         if len(form) >= 4},
        key=lambda pair: (-len(pair[0]), pair),
    )  # fmt: skip
    for form, key in forms:
        ent = table.entities[key]
        table.add_free_occurrences(key, ent.type, ent.name, form, "repeated-name/v1")


def add_level_short_names(table: EntityTable) -> None:
    """A body's name written again with its place cut to the level's character (市某某工会
    for 某市某某工会, as 市总工会 is written for 某市总工会): where the article names one body
    so, each such form that opens a clause or follows a list's joint and lies in no mention
    is one. The rest of the name must be more than a bare suffix (市总工会 is read as a
    level-only head elsewhere)."""
    text, lex = table.text, table.lex
    owners: dict[str, set[EntityKey]] = {}
    place_forms = table.place_forms()
    for ent in table.entities.values():
        if ent.type in ORGANIZATION_TYPES:
            for form in _level_forms(ent.name, place_forms, lex):
                owners.setdefault(form, set()).add(ent.key)
    for form, keys in sorted(owners.items(), key=lambda pair: (-len(pair[0]), pair[0])):
        if len(keys) != 1:
            continue
        key = next(iter(keys))
        for m in re.finditer(re.escape(form), text):
            before = text[m.start() - 1 : m.start()]
            if "\u4e00" <= before <= "\u9fff" and before not in lex.list_joints:
                continue  # 某市工交建工会: the level's character ends a place written in full
            if not any(s < m.end() and m.start() < e for s, e in table.by_span):
                ent = table.entities[key]
                table.add_reference(key, ent.type, ent.name, m.span(), "level-short-name/v1")


def _level_forms(name: str, place_forms: set[str], lex: Lexicon) -> list[str]:
    """The forms of ``name`` with the place at its head cut to the level's character.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> places = {"青禾市"}
    >>> _level_forms("青禾市工交建工会", places, lex), _level_forms("青禾市总工会", places, lex)
    (['市工交建工会'], [])
    """
    lead = max((p for p in place_forms if name.startswith(p)), key=len, default="")
    rest = name[len(lead) :]
    if not lead or lead[-1] not in lex.level_head_chars or len(rest) < 4:
        return []
    if rest in {suffix for suffix, _ in lex.org_suffixes} or lex.org_type("某" + rest) is None:
        return []
    return [lead[-1] + rest]


def _cores(table: EntityTable, ent: ExtractedEntity, place_forms: set[str]) -> list[str]:
    """A company's name without its legal suffix and place: 某某鞋业 of 福建某某鞋业有限公司."""
    if ent.type != "Company":
        return []
    core = family_key(ent.name, table.lex)
    lead = max((p for p in place_forms if core.startswith(p)), key=len, default="")
    return [core[len(lead) :]] if core != ent.name and lead else []


def add_kind_references(table: EntityTable) -> None:
    """医院, 该商会, 合作社 written alone where the article names one body of that kind:
    a mention of it (会上，某区总工会与医院签订协议), but not after a count or 各 (各医院)."""
    for m in table.lex.kind_reference.finditer(table.text):
        if any(s < m.end() and m.start() < e for s, e in table.by_span):
            continue
        before = table.text[m.start() - 1 : m.start()]
        if "\u4e00" <= before <= "\u9fff" and before not in table.lex.reference_preceders:
            continue  # 人民医院, 各医院: part of a name, or any body of the kind
        if key := one_body_of_kind(table, m.group(1)):
            body = table.entities[key]
            table.add_reference(key, body.type, body.name, m.span(), "kind-reference/v1")


def one_body_of_kind(table: EntityTable, kind: str) -> EntityKey | None:
    """The article's one company or organization whose name ends with ``kind`` (医院, 商会,
    院 …); None where there is none or more than one."""
    schools = table.lex.cue_words["school_kinds"]  # the general word first: 学校 for 某小学
    school = kind == schools[0] or kind in table.lex.cue_words["school_short_forms"]  # 校党委
    kinds = (kind, *schools[1:]) if school else (kind,)
    bodies = [e.key for e in table.entities.values()
              if e.type in {"Company", "Organization"} and e.name.endswith(kinds)
              and len(e.name) > len(kind)]  # fmt: skip
    return bodies[0] if len(bodies) == 1 else None


def add_own_unions(table: EntityTable) -> None:
    """公司工会, 集团工会, 该公司工会 written without a name: the union of the company (of
    the group, for 集团) written last before it, when there is one; not where the word was
    first written before any such company (the article's own body, left unnamed)."""
    orphans: set[str] = set()
    for m in table.lex.own_union.finditer(table.text):
        if any(s < m.end() and m.start() < e for s, e in table.by_span):
            continue  # part of a name written in full
        if m.start() > 0 and table.text[m.start() - 1] in table.lex.quantifiers:
            continue  # 各公司工会: every company's, not one
        kind = m.group(1) or m.group(2)
        start, company = _company_ending(table, m.start(), kind)
        company = company or _company_before(table, m.start(), kind)
        if company is None or m.group() in orphans:
            orphans.add(m.group())
            continue
        union = table.lex.union_word + (m.group("tail") or "")  # 集团工会联合会: a federation
        add_company_union(table, company, union, (start, m.end()))
    _add_listed_companies_unions(table)
    _add_institution_unions(table)


def _add_institution_unions(table: EntityTable) -> None:
    """学校工会, 校工会, 学院工会, 院工会 written without a name: the union of the article's
    one body of that kind (某某中学 for 校工会; 院 a college's or a hospital's), not where a
    word ends in the kind (某某医院工会 is a name) nor where the article names several."""
    text, lex = table.text, table.lex
    schools, own = lex.cue_words["school_short_forms"], ("", *lex.demonstratives)
    visits = [a + d + s for a in lex.cue_words["arrival_words"] for d in own for s in schools]
    if any(v in text for v in visits):
        return  # 某大学工会一行来(我)校调研: the school words speak of the host
    for m in lex.institution_union.finditer(text):
        if table.covered(*m.span()):
            continue
        before = text[m.start() - 1 : m.start()]
        particles = lex.cue_words["institution_union_particles"]  # 肯定了学院工会的成绩
        if "\u4e00" <= before <= "\u9fff" and before not in (*lex.reference_preceders, *particles):
            continue  # 某某医院工会, 全校工会: a name, or every one of them
        key = one_body_of_kind(table, m.group(1))
        if key is not None:
            add_company_union(table, table.entities[key], lex.union_word, m.span())


_BRAND_TAGS = {"ORG", "nz", "nw", "n", "j"}


def add_brand_names(table: EntityTable, index: TokenIndex) -> None:
    """A company's brand written alone (某通 of 某通快递集团: its name without its company
    word and the trade words after the brand) where the model reads it as one word, a name
    or a noun, and no mention lies: a mention of the company, its brand an alias."""
    lex = table.lex
    words = sorted({*lex.company_legal_suffixes, *lex.cue_words["company_words"]},
                   key=lambda w: (-len(w), w))  # fmt: skip
    brands: dict[str, set[EntityKey]] = {}
    for ent in table.entities.values():
        if ent.type != "Company":
            continue
        core = next((ent.name[: -len(w)] for w in words if ent.name.endswith(w)), "")
        brand = lex.strip_generic(core, shortest=2)
        if brand != core and len(brand) >= 2 and core.startswith(brand):
            brands.setdefault(brand, set()).add(ent.key)
    for tok in index.tokens:
        keys = brands.get(tok.text)
        if tok.tag not in _BRAND_TAGS or keys is None or len(keys) != 1:
            continue
        if any(s < tok.end and tok.start < e for s, e in table.by_span):
            continue
        company = table.entities[next(iter(keys))]
        table.add(company.key, "Company", company.name, (tok.start, tok.end), "brand-name/v1")


def add_head_offices(table: EntityTable, index: TokenIndex) -> None:
    """总行, 总公司 (and 总行工会) written where the article names branches of one parent
    (某某银行某地分行): the parent, named as the branch is without its place and branch word
    (某某银行), and its union. The word must open a word of the model's that holds it whole
    (总|行程 is no head office) and lie in no name."""
    lex = table.lex
    for word in lex.cue_words["head_office_words"]:
        parent = _parent_of_branches(table, word)
        if parent is None:
            continue
        for m in re.finditer(re.escape(word), table.text):
            tok = index.token(m.start())
            if tok is None or tok.start != m.start() or tok.end < m.end():
                continue
            if any(s < m.end() and m.start() < e for s, e in table.by_span):
                continue
            company = table.add_reference(parent[0], "Company", parent[0].name, m.span(),
                                          "head-office/v1")  # fmt: skip
            if company.place is None:
                company.place = parent[1]
            if table.text.startswith(lex.union_word, m.end()):
                span = (m.start(), m.end() + len(lex.union_word))
                add_company_union(table, company, lex.union_word, span)


def _parent_of_branches(table: EntityTable, word: str
                        ) -> tuple[EntityKey, EntityKey | None] | None:  # fmt: skip
    """The one parent of the article's branches (某某银行 of 某某银行某地分行) that the head
    office ``word`` (总行: a 行) names, and the place its name opens with, if any."""
    lex = table.lex
    towns = {f: t.key for t in table.entities.values() if t.type == "Town"
             for f in (t.name, *t.aliases)}  # fmt: skip
    parents = {name for ent in table.entities.values()
               if (name := _branch_parent_name(ent, towns, lex))
               and name.endswith(word[1:])}  # fmt: skip
    if len(parents) != 1:
        return None
    name = parents.pop()
    home = max((f for f in towns if name.startswith(f)), key=len, default=None)
    known = next((e.key for e in table.entities.values()
                  if e.type == "Company" and name in (e.name, *e.aliases)), None)  # fmt: skip
    return known or EntityKey("Company", name), towns[home] if home else None


def _branch_parent_name(ent: ExtractedEntity, towns: dict[str, EntityKey], lex: Lexicon) -> str:
    """The parent's name a company branch is named with (某某银行 of 某某银行某地分行: the name
    before the branch's place), or "" where ``ent`` is no such branch."""
    branch = next((b for b in lex.company_branch_suffixes if ent.name.endswith(b)), None)
    if ent.type != "Company" or branch is None:
        return ""
    stem = ent.name[: -len(branch)]
    place = max((f for f in towns if stem.endswith(f)), key=len, default="")
    name = stem[: -len(place)] if place else ""
    return name if len(name) >= 3 and lex.org_type(name) else ""


def _add_listed_companies_unions(table: EntityTable) -> None:
    """某某有限公司等工会主席: the unions of the companies a list names, the last before 等."""
    union = table.lex.union_word
    for m in re.finditer(f"等({re.escape(union)})", table.text):
        after = table.text[m.end() : m.end() + 6]
        if not any(table.lex.title_head(after[:n]) for n in range(2, len(after) + 1)):
            continue  # 某某公司等工会组织: no post of the unions' written
        key = next((k for (s, e), k in table.by_span.items() if e == m.start()), None)
        company = table.entities.get(key) if key else None
        if company is not None and company.type == "Company":
            add_company_union(table, company, union, m.span(1))


def add_company_union(
    table: EntityTable, company: ExtractedEntity, union: str, span: tuple[int, int]
) -> None:
    """A mention at ``span`` of the company's union (its federation, for 工会联合会)."""
    name = company.name + union
    names = {form + union for form in (company.name, *company.aliases)}
    families = {family_key(n, table.lex) for n in names}  # its 工会委员会 is the union itself
    key = next(
        (e.key for e in table.entities.values()
         if e.type == "Union" and (names & {e.name, *e.aliases}
                                   or family_key(e.name, table.lex) in families)),
        EntityKey("Union", table.lex.expand(name), _code_of_place(table, company)),
    )  # fmt: skip
    ent = table.add_reference(key, "Union", name, span, "own-union/v1")
    ent.aliases |= names  # 某某幼儿园工会 of 某某镇某某幼儿园: the union of each of its forms
    ent.aliases.discard(ent.name)
    if company.place is not None and ent.place is None:
        ent.place = company.place


def _company_ending(table: EntityTable, pos: int, kind: str
                    ) -> tuple[int, ExtractedEntity | None]:  # fmt: skip
    """Where the company's short name written right before the kind at ``pos`` begins, and
    the one company whose name ends with it (机械公司工会: the union of 某某有限机械公司, not
    of the company written last); ``pos`` and None where the words name no one company."""
    text = table.text
    start = pos
    while start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    for at in range(start, pos - 1):  # the longest words first, two at least
        short = text[at:pos] + kind
        firms = {e.key: e for e in table.entities.values()
                 if e.type == "Company" and e.name.endswith(short) and e.name != short}  # fmt: skip
        if len(firms) == 1:
            return at, next(iter(firms.values()))
    return pos, None


def _company_before(table: EntityTable, pos: int, kind: str) -> ExtractedEntity | None:
    """The company mentioned last before ``pos`` (for 集团, the last group), not in the title
    of a paper (《某某集团公司工会工作要点》 cites the group, the article is not about it)."""
    titles = [m.span() for m in _BOOK_TITLE.finditer(table.text, 0, pos)]
    before = [
        (mention.end, ent)
        for ent in table.entities.values()
        if ent.type == "Company" and (kind == table.lex.company_word or kind in ent.name)
        for mention in ent.mentions
        if mention.end <= pos and not any(s < mention.start < e for s, e in titles)
    ]
    return max(before, key=lambda pair: pair[0])[1] if before else None


_BOOK_TITLE = re.compile(r"《[^《》]*》")


def _code_of_place(table: EntityTable, ent: ExtractedEntity) -> str:
    place = table.entities.get(ent.place) if ent.place else None
    return place.attributes.get("admin_code", "") if place else ""
