"""Titles and the bodies they name: whether words are a post's title (副主席, 党组书记, 副CEO),
and which of the article's organizations a title written with a kind of body (总工会主席,
工会主席, 院长) is a post in."""

from __future__ import annotations

import re

from ..model import EntityKey, ExtractedEntity
from .collect import company_union, main_of
from .cues import PostGrammar, post_grammar
from .entities import EntityTable
from .lexicon import Lexicon
from .orgbody import FEDERATION
from .references import one_body_of_kind

__all__ = [
    "assembly_delegate",
    "bare_title_at",
    "body_of_unit",
    "body_of_word",
    "body_word_endings",
    "company_of",
    "conferred_role",
    "is_organ_title",
    "is_place_body",
    "names_place_body",
    "one_institution",
    "own_body",
    "title_head_of",
    "title_of",
    "title_org",
    "union_of_place",
]


def company_of(table: EntityTable, union: EntityKey) -> EntityKey | None:
    """The company whose union ``union`` is (某某公司工会 → 某某公司), if it is one."""
    ent = table.entities[union]
    if ent.type != "Union":
        return None
    names, word = {ent.name, *ent.aliases}, table.lex.union_word
    owners = [e.key for e in table.entities.values() if e.type == "Company"
              and any(form + word in names for form in (e.name, *e.aliases))]  # fmt: skip
    return ent.derived_from or (owners[0] if owners else None)


def names_place_body(title: str, lex: Lexicon) -> bool:
    """Whether the words before a title's head name a place's party committee, congress or
    government (团县委书记, 区政协副主席): a body of its own, not an organ of another.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> names_place_body("团县委书记", lex), names_place_body("市场部经理", lex)
    (True, False)
    """
    head = lex.title_head(title) or ""
    return bool(post_grammar(lex).other_place_body.search(title[: len(title) - len(head)]))


def is_organ_title(title: str, lex: Lexicon) -> bool:
    """权益保障部部长, 纪委书记, 财务部长 (the organ's 部 written once) — but not 市委副书记 or
    开发区综合部部长 (another body).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> [is_organ_title(t, lex) for t in ("财务部长", "组织部部长", "市委副书记", "副县长")]
    [True, True, False, False]
    >>> is_organ_title("办公室副主任科员", lex), is_organ_title("组织部二级调研员", lex)
    (True, True)
    """
    head = lex.title_head(title) or ""
    rest = title[: len(title) - len(head)].removesuffix("副")  # 办公室副主任科员: 副 is the head's
    if head in lex.cue_words["ranks"]:  # 基层部二级调研员: the rank's grade is the rank's too
        grades = lex.cue_words["rank_grades"]
        rest = next((rest[: -len(g)] for g in grades if rest.endswith(g)), rest)
    g = post_grammar(lex)
    if g.place_word.search(rest) or any(w in rest for w in lex.government_words):
        return False  # 中央政府驻某地联络办秘书长: a government's office, a body of its own
    unit_head = head.removeprefix("副")  # 部长 of 财务部长: the organ's head, its 部 once
    organ = rest and (
        g.organ.search(rest) or (unit_head.endswith("长") and g.organ.match(unit_head[:1]))
    )
    return bool(g.party.match(title) or g.rank.match(title) or organ)


def title_org(table: EntityTable, org: EntityKey, title: str) -> tuple[EntityKey | None, str]:
    """The organization a title names when it begins with an organization word.

    区人大常委会副主任、总工会主席: 总工会主席 is a post in the 总工会 of the same place,
    工会主席 after a company is a post in that company's union.
    """
    if department := _party_department(table, org, title) or _congress_committee(table, org, title):
        return department
    g = post_grammar(table.lex)
    if former := g.former.match(title):  # 某会原工会主席: a post the body's union gave once
        target, rest = title_org(table, org, title[former.end() :])
        return target, former.group() + rest
    if _union_organ_post(table, org, title):  # 某集团女职工委员会副主任: the group's union's
        return company_union(table, org), title
    m = g.org_word.match(title)
    if not m and _names_other_union(title, table.lex):
        return None, title  # 某会副主席带领经信工会主任甲: a union of its own, not the body before
    if not m:
        return org, title
    word = m.group(1)
    ent = table.entities[org]
    if word in g.base_union_words and ent.type != "Union":
        head = _head_of_place_body(table, org)
        if head is not None:
            # 某街道党工委副书记、工会主席: the place's 总工会 when the article names it, else
            # the place's union by the name the title gives it (某区某街道工会)
            found = union_of_place(table, ent.place, FEDERATION)
            return found or _union_named(table, head + word, ent), title
        return company_union(table, org), title
    if ent.type == "Union" and word in g.union_words:
        return org, title
    rest = title[m.end() :]
    if word in g.union_words:
        place = ent.place
        found = union_of_place(table, place, word)
        public = ent.type == "Organization"  # 某县委宣传部部长、县总工会主席
        if found is None and word == "总工会" and place and public:
            found = _federation_of(table, place, ent)  # 某区人大常委会副主任、总工会主席
        return found, rest
    return org_of_place(table, ent.place, word), rest


def _union_organ_post(table: EntityTable, org: EntityKey, title: str) -> bool:
    """Whether ``title`` is a post in an organ only a union has (女职工委员会副主任, 经审会主任;
    lexicon organ_only) written after a company or an organization that is no place's own body:
    the organ is that body's union's, not the body's (某医院女工委主任: 某医院工会).

    >>> from unionkg.extract import extract_article
    >>> from unionkg.model import Article
    >>> ex = extract_article(Article("d", "青禾纺织有限公司女职工委员会主任钟晓岚主持会议。"))
    >>> names = {e.key: e.name for e in ex.entities}
    >>> [(names[r.subject], names[r.object]) for r in ex.relations if r.type == "holdsPosition"]
    [('钟晓岚', '青禾纺织有限公司工会')]
    """
    ent = table.entities[org]
    if ent.type not in {"Company", "Organization"} or is_place_body(table, org):
        return False
    return title.startswith(table.lex.organ_only)


def _names_other_union(title: str, lex: Lexicon) -> bool:
    """Whether the words before the title's head are a union named by words of its own before
    the union word (经信工会主任, 教育工会副主席): a union other than the body written before
    (not a department of it: 产业工会工作部部长)."""
    words = title[: len(title) - len(lex.title_head(title) or "")]
    union = post_grammar(lex).base_union_words
    return any(words.endswith(w) and words != w for w in union)


def _party_department(table: EntityTable, org: EntityKey, title: str
                      ) -> tuple[EntityKey, str] | None:  # fmt: skip
    """区委常委、组织部部长: a department of a place's party committee (组织部, 统战部, 政法委)
    at the head of a title after the committee is an organization of its own (某区委组织部),
    and the rest of the title a post in it (宣传部长: the head 部长 written once); None for any
    other title."""
    ent = table.entities[org]
    words = table.lex.cue_words["party_departments"]
    posts = ((w, _department_post(w, title)) for w in words if title.startswith(w))
    # 政法委员: a 委员, no department
    word, post = next(((w, p) for w, p in posts if table.lex.title_head(p) == p), ("", ""))
    if not word or ent.place is None or not _is_party_committee(table, ent):
        return None
    return _body_of_place(table, ent, _without_party(ent.name, table.lex) + word), post


def _without_party(name: str, lex: Lexicon) -> str:
    """A party committee's name without the party written before it (中共某县委: 某县委)."""
    prefix = next((p for p in lex.cue_words["party_prefixes"] if name.startswith(p)), "")
    return name.removeprefix(prefix)


def _congress_committee(table: EntityTable, org: EntityKey, title: str
                        ) -> tuple[EntityKey, str] | None:  # fmt: skip
    """某省人大常委副主任: the standing committee of a place's congress written short (人大常委
    for 人大常委会) before a post in it is that committee (某省人大常委会), and the rest of
    the title the post; None for any other title (某省人大常委: a member, no post after)."""
    ent = table.entities[org]
    post = title.removeprefix("常委")
    if post == title or ent.place is None or not ent.name.endswith("人大"):
        return None
    if table.lex.title_head(post) != post:
        return None
    return _body_of_place(table, ent, ent.name + "常委会"), post


def _department_post(department: str, title: str) -> str:
    """The post in a department at the head of a title: 部长 of 组织部部长 and of 组织部长."""
    rest = title[len(department) :]
    return department[-1] + rest if rest == "长" else rest


def _body_of_place(table: EntityTable, ent: ExtractedEntity, name: str) -> EntityKey:
    """The organization ``name`` of the place of ``ent`` (a place's party committee): the one
    the article names so, else one implied where ``ent`` is written."""
    named = [e.key for e in table.entities.values()
             if e.type == "Organization" and name in (e.name, *e.aliases)]  # fmt: skip
    if named:
        return named[0]
    assert ent.place is not None
    code = table.entities[ent.place].attributes.get("admin_code", "")
    key = EntityKey("Organization", name, code)
    table.add_implied(key, name, ent.mentions[0], place=ent.place)
    return key


def _is_party_committee(table: EntityTable, ent: ExtractedEntity) -> bool:
    """A place's party committee: 某县委, 某镇党委, 某区党工委."""
    assert ent.place is not None
    pname = table.entities[ent.place].name
    rest = _without_party(ent.name, table.lex).removeprefix(pname)
    return rest == "委" or rest in table.lex.party_committees


def _federation_of(table: EntityTable, place: EntityKey, body: ExtractedEntity) -> EntityKey:
    """The 总工会 of a place, named by a post (总工会主席) next to another body of the place."""
    town = table.entities[place]
    name = town.name + "总工会"
    key = EntityKey("Union", name, town.attributes.get("admin_code", ""))
    table.add_implied(key, name, body.mentions[0], place=place)
    return key


def is_place_body(table: EntityTable, org: EntityKey) -> bool:
    """Whether ``org`` is a place's own body: its party committee, congress or government."""
    return _head_of_place_body(table, org) is not None


def _head_of_place_body(table: EntityTable, org: EntityKey) -> str | None:
    """The place a party committee, congress or government is of, as its name writes it
    (某区某街道 of 某区某街道党工委, 某市经开区 of 某市经开区人大工委); None for another body."""
    ent = table.entities[org]
    place = ent.place
    if place is None or ent.type != "Organization":
        return None
    town = table.entities[place]
    forms = sorted((f for f in (town.name, *town.aliases) if f in ent.name), key=len)
    rest = ent.name.split(forms[-1], 1)[-1] if forms else ent.name
    body = post_grammar(table.lex).place_body.fullmatch(rest)
    return ent.name.removesuffix(rest) if body else None


def _union_named(table: EntityTable, name: str, body: ExtractedEntity) -> EntityKey:
    """The article's union called ``name``, else one the post beside ``body`` implies."""
    found = next((e.key for e in table.entities.values()
                  if e.type == "Union" and name in (e.name, *e.aliases)), None)  # fmt: skip
    if found is not None:
        return found
    code = table.entities[body.place].attributes.get("admin_code", "") if body.place else ""
    key = EntityKey("Union", name, code)
    table.add_implied(key, name, body.mentions[0], place=body.place)
    return key


def union_of_place(table: EntityTable, place: EntityKey | None, word: str) -> EntityKey | None:
    """The article's one union whose name ends with ``word`` (总工会), of ``place`` if given."""
    cands = [e for e in table.entities.values()
             if e.type == "Union" and e.name.endswith(word)]  # fmt: skip
    if place:
        cands = [e for e in cands if e.place == place]
    return cands[0].key if len(cands) == 1 else None


def org_of_place(table: EntityTable, place: EntityKey | None, word: str) -> EntityKey | None:
    """The place's one organization whose name ends with ``word`` (党委 of 某镇党委)."""
    if not place:
        return None
    full = table.lex.expand(word)  # 妇联 of 某区妇女联合会
    cands = [e for e in table.entities.values()
             if e.type == "Organization" and table.lex.expand(e.name).endswith(full)
             and e.place == place]  # fmt: skip
    return cands[0].key if len(cands) == 1 else None


def bare_title_at(text: str, lex: Lexicon) -> str | None:
    """The longest title head ``text`` opens with (副行长, 总经理), if a title ends there: the
    next character starts no longer word of the title (主任 of 主任科员 is not taken)."""
    for k in range(min(6, len(text)), 1, -1):
        word = text[:k]
        if lex.title_head(word) == word:
            return word
    return None


def conferred_role(raw: str, g: PostGrammar) -> str | None:
    """A role an election or an appointment confers (聘请甲为特约监督员): a post as well."""
    raw = raw.strip()
    if 0 < len(raw) <= 16 and raw.endswith(g.conferred_roles):
        return raw
    return None


def body_word_endings(word: str) -> tuple[str, ...]:
    """How the names of the bodies a title's word (工会, 协会 …) speaks of end: a union's
    committee is the union, so 工会 also ends 某公司工会委员会.

    >>> body_word_endings("工会委员会"), body_word_endings("协会")
    (('工会', '工会委员会'), ('协会',))
    """
    if word in {"工会", "工会委员会"}:
        return ("工会", "工会委员会")
    return (word,)


def body_of_word(table: EntityTable, word: str, focus: EntityKey | None) -> EntityKey | None:
    """The article's body a title's organization word (工会, 联合会, 商会 …) names: the focus
    union if it is one, else the most mentioned; a company's union in a company's news."""
    base = post_grammar(table.lex).base_union_words
    endings = body_word_endings(word)
    cands = [e for e in table.entities.values()
             if e.type in {"Union", "Organization"}
             and any(f.endswith(endings) for f in (e.name, *e.aliases))]  # fmt: skip
    if word in base:
        cands = [e for e in cands if e.type == "Union" and not e.name.endswith("总工会")]
    if focus and any(e.key == focus for e in cands):
        return focus
    if not cands and word in base and (company := own_body(table, "公司")):
        return company_union(table, company)  # 工会主席 in a company's news
    if not cands and word in base and (school := one_institution(table)):
        return company_union(table, school)  # 当选为工会主席 in a hospital's or a school's news
    if not cands:
        return None
    return max(cands, key=lambda e: (len(e.mentions), -e.mentions[0].start)).key


def one_institution(table: EntityTable) -> EntityKey | None:
    """The article's one institution (某某医院, 某某学校: cue_words.institution_kinds) where it
    names no company: 工会 alone in its news is its union, as a company's in a company's news
    (a party committee or a medium named beside it has no union of its own there)."""
    kinds = tuple(table.lex.cue_words["institution_kinds"])
    bodies = [e for e in table.entities.values() if e.type in {"Company", "Organization"}]
    schools = [e.key for e in bodies if e.name.endswith(kinds)]
    companies = [e for e in bodies if e.type == "Company"]
    return schools[0] if len(schools) == 1 and not companies else None


def title_of(part: str, lex: Lexicon) -> str | None:
    part = part.strip().removesuffix("同志")
    if not part or len(part) > 16 or part in lex.vague_titles:
        return None
    head = title_head_of(part, lex)
    if head is None:
        return None
    if any(v in part for v in post_grammar(lex).vague_parts):
        return None
    if assembly_delegate(part, lex):
        return None
    return part


def assembly_delegate(part: str, lex: Lexicon) -> bool:
    """Whether ``part`` makes its holder a delegate to an assembly (第十一次代表大会代表,
    党代会代表): a seat for the assembly's term, no post in the body that holds it.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> assembly_delegate("第五次代表大会代表", lex), assembly_delegate("职工代表", lex)
    (True, False)
    """
    ends = tuple(lex.cue_words["assembly_ends"])
    return part.endswith("代表") and part[: -len("代表")].endswith(ends)


def title_head_of(text: str, lex: Lexicon) -> str | None:
    """The post word ``text`` ends with: a title of the lexicon, or one written in Latin
    letters (副CEO, 首席COO; cue_words.latin_titles)."""
    latin = post_grammar(lex).latin_title.search(text)
    return lex.title_head(text) or (latin.group() if latin else None)


def own_body(table: EntityTable, kind: str) -> EntityKey | None:
    """The article's company (公司, 集团) or its one body of a kind (医院, 管委会, 院 …); no
    company where the article writes the bare word before it names one (集团召开… at the head
    of a group's own news: the group is never named, and the company named is another). A body
    of another kind is the article's only one of that kind, so a bare word before its name
    (医院召开…, 我校) speaks of it."""
    if not kind.endswith(tuple(post_grammar(table.lex).company_words)):  # 集团公司 too
        return one_body_of_kind(table, kind)
    key = _source_company(table) or main_of(table, "Company")
    if key is None:
        return None
    named_at = min(m.start for m in table.entities[key].mentions)
    bare = (m.start() for m in re.finditer(re.escape(kind), table.text[:named_at]))
    if any(not any(s <= at < e for s, e in table.by_span) for at in bare):
        return None
    return key


def _source_company(table: EntityTable) -> EntityKey | None:
    """The company that publishes the article, where the text names it: a group's own news
    (集团董事长甲 in 远帆集团's news) speaks of it even where another is named more often."""
    return table.written_key("Company", table.source) if table.source else None


def body_of_unit(table: EntityTable, chunk: str, lex: Lexicon) -> EntityKey | None:
    """A bare unit head's post (院长甲, 店长乙) in the one body of the article of that unit
    (某某医院, 某某店), a modifier before it too (分管院长乙, 常务副院长丙); None where there is
    none or more than one."""
    title = chunk.strip().removesuffix("同志")
    modifier = next((w for w in lex.cue_words["unit_head_modifiers"] if title.startswith(w)), "")
    title = title[len(modifier) :]
    head = lex.title_head(title)
    if head is None or title != head or not head.endswith("长") or len(head) < 2:
        return None
    return own_body(table, head[-2])
