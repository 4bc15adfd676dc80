"""Relations a name states by itself: an organization lies in the place its name begins with,
a place lies in its gazetteer parent, X公司工会 belongs to X公司."""

from __future__ import annotations

import itertools
import re

from ..model import ORGANIZATION_TYPES, EntityKey, ExtractedEntity
from .collect import Collector, sentence_of
from .cues import fill
from .entities import LEVEL_RANK, EntityTable, parent_names
from .institutions import unit_union
from .lexicon import Lexicon
from .orgbody import FEDERATION
from .orgstart import after_national_union
from .placehit import PlaceHit, is_region
from .streets import past_office

__all__ = ["links_from_names", "placed_by_name"]


def links_from_names(out: Collector, places: list[PlaceHit]) -> None:
    """The relations the names of the article's entities (and its ``places``, in text order)
    state by themselves."""
    _placed_deeper_in_name(out.table)
    placed_by_name(out)
    _placed_by_short_head(out)
    _placed_inside_name(out)
    _placed_in_parent(out)
    _sites_by_short_head(out)
    _juxtaposed_places(out, places)
    _unions_of_owners(out)
    _unions_of_federations(out)


def placed_by_name(out: Collector) -> None:
    """An organization lies in the most specific place its name (or the article) gives it."""
    table = out.table
    for ent in list(table.entities.values()):
        place = ent.place
        if place in table.entities and _mine_off_place(ent, table.entities[place], table.lex):
            ent.place = place = None  # 某某煤矿: named for its field or its parent, not its place
        if place is not None and place in table.entities and ent.type != "Town":
            where = sentence_of(table.text, ent.mentions[0].start)
            out.add("locatedIn", ent.key, place, out.cite(where, "name-place/v1"))


def _is_mine(ent: ExtractedEntity, lex: Lexicon) -> bool:
    """Whether the entity is a mine (某某煤矿, 某某矿)."""
    return ent.type == "Company" and ent.name.endswith(tuple(lex.cue_words["mine_ends"]))


def _mine_off_place(ent: ExtractedEntity, town: ExtractedEntity, lex: Lexicon) -> bool:
    """Whether a mine's name holds its place other than written in full at its head (某某煤矿
    for a field that shares a county's name, 某省某某集团某某矿 for its parent's place): a
    mine is named for its field or after its parent, which says not where it lies."""
    return _is_mine(ent, lex) and not ent.name.startswith(town.name)


_DIVISIONS = {"province", "city", "county"}


def _placed_inside_name(out: Collector) -> None:
    """An organization whose name begins with no place but holds, after its head, a division
    the article names (某某能源某县发电厂 with 某县 written elsewhere, 中国某某工会某省工作委员会)
    or, right before 总工会, a town the article names (某某旗某镇总工会: the town's federation)
    lies in that division or town."""
    table = out.table
    central = table.lex.cue_words["central_body_heads"]
    people = tuple(table.lex.cue_words["people_after_place"])
    towns = [(form, e.key) for form, e in _division_forms(table)]
    seats = [(form + FEDERATION, e.key) for form, e in _division_forms(table, {"town"})]
    for ent in list(table.entities.values()):
        if ent.type not in ORGANIZATION_TYPES or ent.place is not None or _has_parent(out, ent.key):
            continue
        if _is_mine(ent, table.lex):
            continue  # a mine's name says not where it lies (_mine_off_place)
        if ent.name.startswith(central):
            continue  # 中共中央某省工作办公室: a central office for a place, not in it
        inner = {key for form, key in towns if _inside(ent.name, form, people)}
        inner |= {key for tail, key in seats if ent.name.endswith(tail) and ent.name != tail}
        if len(inner) != 1:
            continue  # none, or several: which one the body lies in is not certain
        ent.place = inner.pop()
        where = sentence_of(table.text, ent.mentions[0].start)
        out.add("locatedIn", ent.key, ent.place, out.cite(where, "name-inner-place/v1"))


def _placed_by_short_head(out: Collector) -> None:
    """An organization whose name opens with the short form of a division the article names
    (某县 named, then 某某一中, 某某二中) lies in that division, as if written in full."""
    table = out.table
    towns = [(form, e.key) for form, e in _division_forms(table)]
    for ent in list(table.entities.values()):
        if ent.type not in ORGANIZATION_TYPES or ent.place is not None or _has_parent(out, ent.key):
            continue
        if _is_mine(ent, table.lex):
            continue  # a mine's name says not where it lies (_mine_off_place)
        heads = {
            key
            for form, key in towns
            if ent.name.startswith(form) and len(ent.name) > len(form) + 1
        }
        if len(heads) != 1:
            continue
        ent.place = heads.pop()
        where = sentence_of(table.text, ent.mentions[0].start)
        out.add("locatedIn", ent.key, ent.place, out.cite(where, "name-place/v1"))


def _sites_by_short_head(out: Collector) -> None:
    """A named site (a harbour, a ruin, a living quarter) whose name opens with the short form
    (two characters at least) of the one village, town, county or city of the article it names
    (某镇 named, then 某某渔港, 某某遗址; 某某社区, then 某某西片生活区) lies there."""
    table = out.table
    levels = {*_DIVISIONS, "town", "village"}
    towns = [(form, e.key) for form, e in _division_forms(table, levels)]
    kinds = (*table.lex.place_suffixes["town"], *table.lex.place_suffixes["village"])
    towns += [
        (f[: -len(k)], key)
        for f, key in towns
        for k in kinds
        if len(f) - len(k) >= 2 and f.endswith(k)
    ]
    for ent in list(table.entities.values()):
        if ent.type != "Town" or ent.attributes.get("level") != "site":
            continue
        if _has_parent(out, ent.key):
            continue
        heads = {  # by name: a place the table holds twice (with and without its code) is one
            table.entities[key].name: key
            for form, key in towns
            if ent.name.startswith(form) and len(ent.name) > len(form) + 1
        }
        if len(heads) == 1:
            where = sentence_of(table.text, ent.mentions[0].start)
            out.add("locatedIn", ent.key, heads.popitem()[1], out.cite(where, "name-place/v1"))


def _inside(name: str, form: str, people: tuple[str, ...]) -> bool:
    """Whether a place's ``form`` is written in ``name`` after its head (two characters at
    least) and before its kind, not as its people (某某台湾同胞联谊会: 台湾同胞 is no place)
    nor as the whole tail (云上某县, a medium named for the place it serves), nor as the brand
    before the firm's own place in brackets (某某嘉善(某市)纸业有限公司: the bracket says where).

    >>> _inside("中华全国台湾同胞联谊会", "台湾", ("同胞",))
    False
    >>> _inside("远帆能源嘉善发电厂", "嘉善", ()), _inside("云上嘉善", "嘉善", ())
    (True, False)
    >>> _inside("远帆嘉善(宁波)纸业有限公司", "嘉善", ())
    False
    """
    at = name.find(form, 2)
    while at >= 0:
        tail = name[at + len(form) :]
        if tail and not tail.startswith(people) and tail[0] not in "(（":
            return True
        at = name.find(form, at + 1)
    return False


def _placed_deeper_in_name(table: EntityTable) -> None:
    """An organization whose name begins with a province or city and holds, further on, a
    division of that place (某省某某|某市|卷烟厂, 某市|某县|某某玻璃有限公司) lies in that
    division, the most specific place its name gives; a division written before 牌 names a
    brand (某省某市牌水表), not where the firm lies."""
    towns = _division_forms(table)
    for ent in table.entities.values():
        outer = table.entities.get(ent.place) if ent.place else None
        if ent.type not in ORGANIZATION_TYPES or outer is None:
            continue
        if outer.attributes.get("level") not in {"province", "city"}:
            continue
        inner = {town.key: town for form, town in towns
                 if outer.name in parent_names(town)
                 and _written_inside(ent.name, form)}  # fmt: skip
        deepest = [t for t in inner.values()
                   if not any(t.name in parent_names(o)
                              for o in inner.values())]  # fmt: skip
        if len(deepest) == 1:
            ent.place = deepest[0].key


def _written_inside(name: str, form: str) -> bool:
    """Whether ``form`` is written in ``name`` after its first two characters, and not as a
    brand (某市牌).

    >>> _written_inside("青禾中烟白沙卷烟厂", "白沙"), _written_inside("青禾白沙牌水表厂", "白沙")
    (True, False)
    """
    at = name.find(form, 2)
    return at >= 2 and not name.startswith("牌", at + len(form))


def _division_forms(
    table: EntityTable, levels: set[str] = _DIVISIONS
) -> list[tuple[str, ExtractedEntity]]:
    """The article's provinces, cities and counties (or places of other ``levels``) by each of
    their names of two characters or more (see :func:`_forms`)."""
    return [(form, e) for e in table.entities.values()
            if e.type == "Town" and e.attributes.get("level") in levels
            for form in _forms(table, e) if len(form) >= 2]  # fmt: skip


def _forms(table: EntityTable, town: ExtractedEntity) -> list[str]:
    """A division's names: as the article writes it and the gazetteer's short form (某县 and
    某某), spelled also as the article spells the name (澂江县: 澂江 beside 澄江)."""
    standard = table.gaz.standard(town.name)
    shorts = {p.short for p in table.gaz.lookup(town.name) if p.name == standard and p.short}
    spelled = {town.name[: len(s)] for s in shorts if standard.startswith(s)}
    return sorted({town.name, *town.aliases, *shorts, *spelled})


def _placed_in_parent(out: Collector) -> None:
    """A place lies in the nearest of its gazetteer ancestors the article names."""
    ents = out.table.entities
    by_name = {e.name: e.key for e in ents.values() if e.type == "Town"}
    for ent in list(ents.values()):
        if ent.type != "Town":
            continue
        parents = parent_names(ent)
        parent = next((p for p in parents if p in by_name and by_name[p] != ent.key), None)
        if parent is not None:
            where = sentence_of(out.table.text, ent.mentions[0].start)
            out.add("locatedIn", ent.key, by_name[parent], out.cite(where, "gazetteer-parent/v1"))


def _juxtaposed_places(out: Collector, places: list[PlaceHit]) -> None:
    """Places written side by side: 瑞安市安阳街道 (the later one lies in the earlier one), also
    where the gazetteer's parent is another place of the article: 某省某县 with 某市 named
    elsewhere states the county's place in the province as written, and 某新区某街道 or
    某新区某片区 a place where the gazetteer does not know one of the two."""
    table = out.table
    for left, right in itertools.pairwise(places):
        if right.start not in (left.end, past_office(table.text, left)):
            continue
        lk = table.place_for_hit.get((left.start, left.end))
        rk = table.place_for_hit.get((right.start, right.end))
        if not lk or not rk or lk == rk or is_region(right.name, table.lex):
            continue  # 某省某三角: the province lies in the region, not the region in it
        if LEVEL_RANK.get(left.level, 5) >= LEVEL_RANK.get(right.level, 5):
            continue
        unknown = not left.candidates or not right.candidates  # a zone, a site, a new area
        if (
            unknown
            or _within(table.entities[rk], table.entities[lk].name)
            or _moved_within(table.entities[rk], table.entities[lk])
            or not _has_parent(out, rk)
        ):
            where = sentence_of(table.text, left.start)
            out.add("locatedIn", rk, lk, out.cite(where, "juxtaposed-places/v1"))


def _unions_of_owners(out: Collector) -> None:
    """A union named after an organization belongs to it (X公司工会 -> X公司) and, without a
    place of its own, lies where the organization does."""
    ents = out.table.entities
    heads = _owner_heads(ents, out.table.lex)
    for union in list(ents.values()):
        if union.type != "Union" or unit_union(union):
            continue
        owner = _owner(union.name, union.aliases, heads, out.table.lex)
        if owner is None and (owner := _branch_owner(union, ents, out.table.lex)):
            union.aliases.add(ents[owner].name + out.table.lex.union_word)
        if owner is None or not _owns_federation(union.name, ents[owner].name, out.table.lex):
            continue
        where = sentence_of(out.table.text, union.mentions[0].start)
        out.add("subOrganizationOf", union.key, owner, out.cite(where, "company-union/v1"))
        place = ents[owner].place
        if place is not None and place in ents and union.place is None:
            union.place = place
            out.add("locatedIn", union.key, place, out.cite(where, "company-union-place/v1"))


_TRADE_MAX = 8  # the words naming a trade or a unit between a federation's name and 工会


def _unions_of_federations(out: Collector) -> None:
    """A union named after a federation of the article (某市总工会财贸工会, 某市总工会机关工会:
    the federation's name, a few words of a trade or unit, then 工会) belongs to it."""
    ents = out.table.entities
    word = out.table.lex.union_word
    federations = [e for e in ents.values() if e.type == "Union" and e.name.endswith(FEDERATION)]
    for union in list(ents.values()):
        if union.type != "Union" or not union.name.endswith(word):
            continue
        for fed in federations:
            trade = union.name[len(fed.name) : -len(word)]
            if union.name.startswith(fed.name) and 0 < len(trade) <= _TRADE_MAX:
                where = sentence_of(out.table.text, union.mentions[0].start)
                cite = out.cite(where, "federation-union/v1")
                out.add("subOrganizationOf", union.key, fed.key, cite)


def _owner_heads(ents: dict[EntityKey, ExtractedEntity], lex: Lexicon) -> dict[str, EntityKey]:
    """The names a union may be named after, each with its organization: every form of every
    company and organization, and a company's stem that is no place (某某电力 of 某某电力公司)."""
    heads: dict[str, EntityKey] = {}
    for ent in ents.values():
        if ent.type in {"Company", "Organization"}:
            for form in (ent.name, *ent.aliases):
                heads.setdefault(form, ent.key)
    towns = {f for e in ents.values() if e.type == "Town" for f in (e.name, *e.aliases)}
    for ent in ents.values():
        if ent.type == "Company":  # 某某电力工会 of 某某电力公司: the union named by a short owner
            for form in (ent.name, *ent.aliases):
                stem = _company_stem(form, lex)
                if stem and stem not in towns:
                    heads.setdefault(stem, ent.key)
    return heads


def _branch_owner(union: ExtractedEntity, ents: dict[EntityKey, ExtractedEntity],
                  lex: Lexicon) -> EntityKey | None:  # fmt: skip
    """The branch a union named by its branch's place alone (某地分行工会委员会) belongs to:
    the article's one branch named in full that ends so (某某银行某地分行)."""
    head = _union_head(union.name, lex)
    if union.place is None or not head.endswith(lex.company_branch_suffixes):
        return None
    fits = [
        e.key
        for e in ents.values()
        if e.type == "Company"
        and any(len(f) > len(head) and f.endswith(head) for f in (e.name, *e.aliases))
    ]
    return fits[0] if len(fits) == 1 else None


def _owns_federation(union: str, owner: str, lex: Lexicon) -> bool:
    """Whether a union named after ``owner`` is its own: a federation (某协会联合工会, 某中心工会
    联合会) unites the unions of the members, unless its owner is a group of companies
    (某集团工会联合会), a department of government uniting the unions of its own system
    (某市某局工会联合会) or a zone's administration uniting those of its zone (某园区管理委员会
    工会联合会, as the gold of the study set AL reads it), a chamber of commerce
    (某商会工会联合会: set up for the chamber's members, it belongs to the chamber, as the
    gold of the pooled sets reads it) or a brand with no kind of body in its name.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _owns_federation("远帆集团工会联合会", "远帆集团", lex)
    True
    >>> _owns_federation("青禾商贸协会联合工会", "青禾商贸协会", lex)
    False
    >>> _owns_federation("青禾市交通运输局工会联合会", "青禾市交通运输局", lex)
    True
    >>> _owns_federation("青禾镇商会工会联合会", "青禾镇商会", lex)
    True
    >>> _owns_federation("青禾物流园区管委会工会联合会", "青禾物流园区管委会", lex)
    True
    """
    tails = tuple(t for t in lex.cue_words["union_tails"] if "联合" in t)
    if not union.endswith(tails) or lex.org_type(owner) is None:
        return True
    cue = lex.cue_words
    return owner.endswith(
        (
            *lex.company_legal_suffixes,
            *cue["company_words"],
            *cue["department_ends"],
            *cue["administration_ends"],
            *cue["chamber_words"],
        )
    )


def _owner(name: str, aliases: set[str], heads: dict[str, EntityKey],
           lex: Lexicon) -> EntityKey | None:  # fmt: skip
    """The organization a union is named after: its whole head (X公司 of X公司工会), else the
    longest organization its head begins with, for the union of a group of its workers
    (X公司货车司机工会, X集团退休职工工会), not of a unit that is a body of its own kind
    (X大学附属学校工会)."""
    forms = (name, *sorted(aliases), name[after_national_union(name, lex) :])
    stems = [h for form in forms if (h := _union_head(form, lex) or _split_union_head(form, lex))]
    exact = next((heads[h] for h in stems if h in heads), None)
    if exact is not None or not stems:
        return exact
    head = stems[0]
    owners = [
        h
        for h in heads
        if len(h) >= 3
        and head.startswith(h)
        and len(head) > len(h)
        and _group_or_project(_unsited(head[len(h) :]), lex)
    ]
    if not owners:
        return None
    owner = max(owners, key=len)
    unit = _unsited(head[len(owner) :])
    if lex.org_type(unit) is not None or unit.endswith(lex.branch_units):
        return None  # X大学法学院工会, X银行某分行工会, X科学院某分院工会: a unit's union, not X's
    return heads[owner]


_GROUP_MAX = 8  # the words naming a group of workers after the owner's name


def _group_or_project(unit: str, lex: Lexicon) -> bool:
    """Whether the words after an owner's name name a group of its workers (货车司机) or one
    of its projects, however long (某某路二期改造工程项目部): a project's union is the owner's."""
    return len(unit) <= _GROUP_MAX or unit.endswith(tuple(lex.cue_words["project_unit_ends"]))


# the place of an owner's site written in brackets after its name (某集团(某市)科技园工会)
_SITE_IN_BRACKETS = re.compile(r"^[(（][^()（）]{1,8}[)）]")


def _unsited(unit: str) -> str:
    """The words after an owner's name without the place of its site in brackets before them.

    >>> _unsited("(青禾)科技工业园"), _unsited("货车司机")
    ('科技工业园', '货车司机')
    """
    return _SITE_IN_BRACKETS.sub("", unit)


def _company_stem(name: str, lex: Lexicon) -> str:
    """A company's name without its legal suffix (某某电力 of 某某电力有限公司; '' if none).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _company_stem("青禾电力有限公司", lex), _company_stem("青禾公司", lex)
    ('青禾电力', '')
    """
    suffixes = sorted({*lex.company_legal_suffixes, *lex.cue_words["company_words"]},
                      key=lambda w: (len(w), w))  # fmt: skip
    for suffix in reversed(suffixes):  # the longest first
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            return stem if len(stem) >= 3 else ""
    return ""


def _union_tail(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(fill("(?:{union_tails})$", lex.cue_words))


def _union_head(name: str, lex: Lexicon) -> str:
    """What a union is the union of: 某某有限公司 in 某某有限公司工会 ('' if nothing)."""
    head = lex.compiled(_union_tail).sub("", name)
    return head if head != name and len(head) >= 2 else ""


def _split_union_head(name: str, lex: Lexicon) -> str:
    """What a union named with its word between a company and the company's branch is the
    union of: 某某银行某地分行 in 某某银行工会某地分行(委员会) ('' if the name is not so)."""
    before, word, after = name.partition(lex.union_word)
    branch = after.removesuffix("委员会")
    if not word or not branch.endswith(lex.company_branch_suffixes):
        return ""
    return before + branch if len(before) >= 2 else ""


def _within(town: ExtractedEntity, name: str) -> bool:
    return name in parent_names(town)


def _moved_within(town: ExtractedEntity, written_before: ExtractedEntity) -> bool:
    """Whether ``town`` is written right after a place that is not among its gazetteer
    parents but lies in one of them (某区某街道|某某社区 where the gazetteer files the community
    under another street of that district): the text says where it lies now."""
    above = parent_names(written_before)
    return bool(above) and above[0] in parent_names(town) and not _within(town, written_before.name)


def _has_parent(out: Collector, key: EntityKey) -> bool:
    return any(r.type == "locatedIn" and r.subject == key for r in out.relations)
