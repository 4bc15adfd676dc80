"""Merging the names an article uses for one entity, and choosing its canonical name.

- A company's short form (its name without place and legal suffix) found elsewhere in the
  text is an alias of it; a branch named by its place only is the article's one branch of
  that name.
- A union's, a company's or a place's variants (某某镇工会 / 某某镇总工会, with and without
  有限公司, an abbreviation) are one entity; the fullest name stays canonical.
"""

from __future__ import annotations

import re

from ..model import ORGANIZATION_TYPES, EntityKey, ExtractedEntity
from .entities import EntityTable
from .initials import PLACE_MARKS, abbreviates_by_initials
from .lexicon import Lexicon
from .namecompare import (
    abbreviates,
    family_key,
    fullness,
    glossed,
    in_order,
    national_variant,
    same_family,
    short_form_of,
    shortens_place,
    transposed,
    unit_after_registered,
)
from .placehit import bare_place_name

__all__ = ["merge_short_forms", "merge_variants", "settle_branches", "settle_names"]

PLACE_GRAMMAR = "place-grammar/v1"


def settle_branches(table: EntityTable) -> None:
    """A branch named by its place only (温州分公司) is the one branch of the article whose
    name ends so (某某集团温州分公司); with none, it names nothing certain and is dropped, unless
    the article names it again (the branch it reports on)."""
    place_forms = table.place_forms()
    for ent in [e for e in table.entities.values() if e.type == "Company"]:
        place = max((f for f in place_forms if ent.name.startswith(f)), key=len, default=None)
        if place is None or ent.name[len(place) :] not in table.lex.company_branch_suffixes:
            continue  # the longest form: 青田 and 青田县 both begin 青田县分公司
        rest = ent.name[len(place) :]
        fits = [
            other.key
            for other in table.entities.values()
            if other.type == "Company"
            and other.key != ent.key
            and any(f.endswith(rest) and place in f for f in (other.name, *other.aliases))
        ]
        if len(fits) == 1:  # its forms name no branch outside the article: no aliases
            table.merge_into(ent.key, fits[0])
            table.entities[fits[0]].aliases -= {ent.name, *ent.aliases}
        elif not fits and len({m.start for m in ent.mentions}) < 2 and not _banks(table, rest):
            table.remove(ent.key)  # named again, it is a branch the article speaks of


def _banks(table: EntityTable, rest: str) -> bool:
    """Whether a bank's sub-branch named by its place (某区支行) is one of a bank the article
    names (某某银行某市分行): that bank's, reported with it."""
    words = table.lex.cue_words
    if rest not in words["bank_sub_branches"]:
        return False
    banks = tuple(words["bank_words"])
    firms = (e.name for e in table.entities.values() if e.type == "Company")
    return any(any(b in name for b in banks) for name in firms)


def merge_short_forms(table: EntityTable) -> None:
    """Merge a name written without its leading place into the one written with it:
    电子产业工会联盟 into 瑞安市电子产业工会联盟, 某某科技城 into 杭州某某科技城 (when the
    part left over is a place of the article), a company's short form (启衡电器,
    启衡公司) into the company, and a national union's local committee written without
    the national union's name (某市中学工作委员会 for 中国教育工会某市中学工作委员会), when
    exactly one entity fits."""
    place_forms = table.place_forms()
    kinds = {"Union", "Company", "Organization", "Town"}
    ents = [e for e in table.entities.values() if e.type in kinds]
    for ent in sorted(ents, key=lambda e: len(e.name)):
        if ent.key not in table.entities or len(ent.name) < 3:
            continue
        placed = ent.place is not None or ent.type == "Town"
        fits = [
            other.key
            for other in ents
            if other.key != ent.key
            and other.key in table.entities
            and not _listed_together(table, ent, other)
            and any(
                _written_shorter(ent, other.type, form, (placed, place_forms), table.lex)
                for form in (other.name, *other.aliases)
            )
        ]
        if len(fits) == 1:
            table.merge_into(ent.key, fits[0])


def _listed_together(table: EntityTable, a: ExtractedEntity, b: ExtractedEntity) -> bool:
    """Whether the article lists ``a`` and ``b`` side by side (某市某某集团、某某集团): two
    bodies a list names, not one name written twice."""
    return any(
        table.text[x.end : y.start] == "、"
        for m, n in ((a, b), (b, a))
        for x in m.mentions
        for y in n.mentions
    )


def _written_shorter(
    short: ExtractedEntity, etype: str, form: str, places: tuple[bool, set[str]], lex: Lexicon
) -> bool:
    """Whether ``short`` is ``form`` (an entity's name of type ``etype``) written shorter:
    without its place or as a company's short form (same type), or without the national
    union its committee belongs to (a union, whatever type its short form was read as)."""
    if etype == short.type:
        return short_form_of(short, places[0], form, places[1], lex)
    return etype == "Union" and _without_national_union(short.name, form, lex)


def _without_national_union(short: str, long: str, lex: Lexicon) -> bool:
    """Whether ``long`` is a national union's name, then ``short`` (its local committee).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _without_national_union("晨光市中学工作委员会", "中国教育工会晨光市中学工作委员会", lex)
    True
    >>> _without_national_union("晨光市中学工作委员会", "青禾工会晨光市中学工作委员会", lex)
    False
    """
    rest = long[: -len(short)] if long.endswith(short) and len(short) < len(long) else ""
    return rest.startswith(lex.national_prefixes) and rest.endswith(lex.union_word)


def settle_names(table: EntityTable) -> None:
    """An organization's canonical name is the fullest form the article writes of it (not
    the name of a union's committee of one term)."""
    lex = table.lex
    term = lex.patterns["term_committee"]
    for ent in table.entities.values():
        if ent.type not in ORGANIZATION_TYPES:
            continue
        written = {"".join(m.text.split()) for m in ent.mentions} & (ent.aliases | {ent.name})
        best = max(
            written | {ent.name},
            key=lambda n: (not term.search(n), not glossed(n, lex), fullness(n, lex), n),
        )
        if best != ent.name:
            ent.aliases.discard(best)
            ent.aliases.add(ent.name)
            ent.name = best
    for union in [e for e in table.entities.values() if e.type == "Union"]:
        _named_by_owner_s_forms(table, union)


def _named_by_owner_s_forms(table: EntityTable, union: ExtractedEntity) -> None:
    """A union named after one form of a body (某县直工委工会 of 某县直属机关工委, which the
    article also writes 某县直工委) goes by the body's other forms too."""
    owner = _owner_of(table, union)
    if owner is None:
        return
    body = table.entities[owner]
    suffix = union.name[len(table.lex.union_family.sub("", union.name)) :]
    union.aliases |= {form + suffix for form in (body.name, *body.aliases)} - {union.name}


def merge_variants(table: EntityTable) -> None:
    """Merge names an article uses for one organization.

    - a union's forms: 某某行业工会 / 某某行业工会联合会 / 某某行业工会委员会, and
      某某镇工会 / 某某镇总工会;
    - a company's forms with and without 集团 / (集团) / 有限公司;
    - one name spelled with a variant character and with its standard form (澂 and 澄);
    - an abbreviation: a name whose characters all appear, in order, in a longer name of the
      same type with the same suffix (启衡货运联合工会 in 瑞安启衡物流港货运联合工会).
    The fuller name stays canonical: the longer one, then the one with the fuller suffix
    (工会联合会 over 工会).
    """
    _merge_place_variants(table)  # 某高新区 and 某市高新区 first: the bodies of one zone
    orgs = sorted(
        (e for e in table.entities.values() if e.type in ORGANIZATION_TYPES),
        key=lambda e: (*(-x for x in fullness(e.name, table.lex)), e.key),
    )
    places = {f for e in table.entities.values() if e.type == "Town" for f in (e.name, *e.aliases)}
    for short in reversed(orgs):
        if short.key not in table.entities:
            continue
        long = next((o for o in orgs if _variant_of(table, short, o, places)), None)
        if long is not None:
            table.merge_into(short.key, long.key)


def _merge_place_variants(table: EntityTable) -> None:
    """A place the gazetteer does not know whose name is a short form of another place of
    the article (its characters in order, the same kind): 某城街道 and 城新村街道 for
    某城新村街道, one written whole, the others cut by the model."""
    towns = sorted(
        (e for e in table.entities.values() if e.type == "Town"),
        key=lambda e: (-len(e.name), e.key),
    )
    for short in reversed(towns):
        if {m.source for m in short.mentions} != {PLACE_GRAMMAR}:
            continue
        long = next((t for t in towns if t.key in table.entities and
                     (shortens_place(short.name, t.name, table.lex)
                      or bare_place_name(short.name, t.name, table.lex))), None)  # fmt: skip
        if long is not None:
            table.merge_into(short.key, long.key)
            _named_by_both(table, long.key, (short.name, long.name))


def _named_by_both(table: EntityTable, place: EntityKey, forms: tuple[str, ...]) -> None:
    """A body of a place named by one of its forms (某市高新区党工委) is named by the others
    too (某高新区党工委)."""
    for ent in table.entities.values():
        if ent.place != place or ent.type == "Town":
            continue
        head = next((f for f in forms if ent.name.startswith(f)), None)
        if head is not None:
            rest = ent.name[len(head) :]
            ent.aliases |= {form + rest for form in forms} - {ent.name}


def _variant_of(
    table: EntityTable, short: ExtractedEntity, long: ExtractedEntity, places: set[str]
) -> bool:
    """Whether ``short`` is another form of the organization ``long`` names at least as
    fully (see :func:`merge_variants`)."""
    if long.key == short.key or long.key not in table.entities or long.type != short.type:
        return False
    if fullness(long.name, table.lex) < fullness(short.name, table.lex):
        return False
    if _two_registered_forms(short.name, long.name, table.lex):
        return False
    if same_family(short, long, table.lex, places) or transposed(short.name, long.name):
        return True
    if table.gaz.standard(short.name) == table.gaz.standard(long.name):
        return True  # 澂江一中 and 澄江一中: one name, spelled with a variant character
    if _ordinal_dropped(short.name, long.name):
        return True  # 某市三中学 and 某市第三中学: one numbered body, 第 left out
    return _form_of_owner_or_unit(table, short, long) or _form_in_place(table, short, long)


def _form_of_owner_or_unit(
    table: EntityTable, short: ExtractedEntity, long: ExtractedEntity
) -> bool:
    """Whether ``short`` names ``long`` through what it belongs to or is a unit of: a union's
    institution, a branch's union, a firm's short forms, the owner's two forms, a brand."""
    if _unit_named_after_union(short, long, table.lex):
        return True  # 某市工人疗养院 and 某省总工会某市工人疗养院: the union's institution
    if _branch_without_parent(short, long, table.lex):
        return True  # 某地分行工会委员会 and 某某银行某地分行工会: the branch's union
    if _branch_word_left_out(short, long, table.lex):
        return True  # 某市邮政 and 某市邮政分公司, or their unions: the branch's short form
    if _unit_without_group(short, long, table.lex):
        return True  # 某地供电公司 and 某某电力集团某地供电公司: the group's unit
    if _company_abbreviation(table, short, long):
        return True  # 某网某市公司 and 某网某市供电公司: the one firm of that place
    if _company_initials(table, short, long):
        return True  # 青汽集团 and 青禾汽车集团股份有限公司: its words' first characters
    owner = _owner_of(table, short) if short.type == "Union" else None
    if owner is not None and owner == _owner_of(table, long):
        return True  # 某园公司工会 and 某地某产业园有限公司工会: the owner's two forms
    return _brand_union(table, short, long)  # 某某工会 and 某地某某航空工业股份有限公司企业工会


def _form_in_place(table: EntityTable, short: ExtractedEntity, long: ExtractedEntity) -> bool:
    """Whether ``short`` names ``long`` once their places are set aside: written with or
    without the national prefix or the place, abbreviated in the same place, by initials."""
    if _zone_by_its_county(table, short, long):
        return True  # 某县工业园区工会联合会 and 某省某某工业园区工会联合会: one zone's
    neutral = _place_neutral(table, short.name), _place_neutral(table, long.name)
    if national_variant(*neutral, table.lex) or neutral[0] == neutral[1]:
        return True  # 某某银行重庆市分行 and 中国某某银行重庆分行, 某某银行重庆分行
    if short.type == "Union" and len({family_key(n, table.lex) for n in neutral}) == 1:
        return True  # 某某工会 and 某某区总工会: one place's federation, its place written short
    # 商会工会联合会 and 某市某省商会工会联合会: the placed union, written without its places
    placed = short.type == "Union" and short.place is None and long.place is not None
    if placed and _PLACE_MARKS.sub("", neutral[1]) == neutral[0]:
        return True
    if _abbreviates_in_place(table, short, long):
        return True  # 某区家政行业工会 and 某市某区家政服务行业工会: one place, one trade
    if _initials_of(table, short, long):
        return True  # 某市文广旅局 and 某市文化广电和旅游局: the first character of each word
    if _branch_of_one_place(table, short, long):
        return True  # 某县邮政分公司 and 某某邮政集团有限公司某市某县分公司: one branch
    if _place_before_brand(table, short, long):
        return True  # 某县某某银行 and 某某银行某县支行: the branch, its place written first
    if _place_and_unit(table, short, long):
        return True  # 某县局 and 某县公路局: the place's one body of that unit
    if _town_written_bare(table, short, long):
        return True  # 某某实验小学 and 某某镇实验小学: the town without its level word
    return abbreviates(short, long, table.lex) and not _of_other_owners(table, short, long)


def _town_written_bare(table: EntityTable, short: ExtractedEntity, long: ExtractedEntity) -> bool:
    """Whether ``short`` is ``long`` with a place of the article written without its level
    word (某某实验幼儿园 of 某某镇实验幼儿园), two characters of the place left at least."""
    towns = [e.name for e in table.entities.values() if e.type == "Town"]
    for form in (long.name, *long.aliases):
        for town in (t for t in towns if t in form):
            bares = (town.removesuffix(level) for level in table.lex.level_prefixes)
            if any(bare_place_name(bare, town, table.lex)
                   and form.replace(town, bare, 1) == short.name for bare in bares):  # fmt: skip
                return True
    return False


def _place_and_unit(table: EntityTable, short: ExtractedEntity, long: ExtractedEntity) -> bool:
    """Whether ``short`` is a place written without its kind and the last character of a
    body's name alone (某某局) and ``long`` the article's one organization of that place whose
    name ends with it (某某县公路局): the short form the body's own staff use."""
    town = table.entities.get(long.place) if long.place is not None else None
    if short.type != "Organization" or long.type != short.type or town is None:
        return False
    unit, written = short.name[-1], short.name[:-1]
    if len(written) < 2 or not long.name.endswith(unit) or len(long.name) <= len(short.name):
        return False
    suffixes = table.lex.place_suffixes_longest_first
    forms = {town.name, *town.aliases}
    if not any(f == written + k for f in forms for k in suffixes):
        return False  # not the place written without its kind
    if any(e.type == "Town" and e.name == written for e in table.entities.values()):
        return False  # 某市委: a place's party committee, the place written in full
    same = [e for e in table.entities.values()
            if e.type == "Organization" and e.place == long.place
            and e.name.endswith(unit) and e.key != short.key]  # fmt: skip
    return len(same) == 1


def _zone_by_its_county(table: EntityTable, short: ExtractedEntity, long: ExtractedEntity) -> bool:
    """Whether two bodies the article places in one zone are named once after the zone (某省
    某某工业园区工会联合会) and once after a place of the article and the zone's kind alone
    (某县工业园区工会联合会), the rest of their names the same."""
    zone = table.entities.get(short.place) if short.place is not None else None
    if zone is None or zone.type != "Town" or long.place != short.place:
        return False
    kind = next((k for k in table.lex.place_suffixes_longest_first if zone.name.endswith(k)), "")
    forms = sorted(table.place_forms() - {zone.name}, key=len, reverse=True)
    for a, b in ((short.name, long.name), (long.name, short.name)):
        head = next((f for f in forms if a.startswith(f)), "")
        if (
            kind
            and head
            and b.startswith(zone.name)
            and a[len(head) :] == kind + b[len(zone.name) :]
        ):
            return True
    return False


def _brand_union(table: EntityTable, short: ExtractedEntity, long: ExtractedEntity) -> bool:
    """Whether ``short`` is a union named by a brand alone (某某工会, no place) and ``long``
    the one company union of the article whose firm's name opens with that brand once its
    places are set aside (某地某某新材料股份有限公司工会)."""
    if short.type != "Union" or short.place is not None:
        return False
    brand = table.lex.union_family.sub("", short.name)
    if len(brand) < 2 or table.lex.org_type(brand) is not None:
        return False

    def fits(union: ExtractedEntity) -> bool:
        firm = _owner_of(table, union) if union.type == "Union" else None
        if firm is None or table.entities[firm].type != "Company":
            return False
        core = _without_places(table, table.entities[firm]).name
        return core.startswith(brand) and len(core) > len(brand) + 1

    return fits(long) and sum(map(fits, table.entities.values())) == 1


def _abbreviates_in_place(
    table: EntityTable, short: ExtractedEntity, long: ExtractedEntity
) -> bool:
    """Whether two unions of one place abbreviate each other once their places are set
    aside (某区家政行业工会联合会 of 某市某区家政服务行业工会联合会), or two bodies of one place
    do, keeping the head and the last character of the long name (某市邮政局 of
    某市邮政管理局)."""
    if short.place is None or short.place != long.place:
        return False
    a, b = (_without_places(table, e) for e in (short, long))
    if _numbered_short(a.name, b.name, table.lex):
        return True  # 某市一院工会 of 某市第一人民医院工会: its number and its kind's last word
    if short.type == "Organization":
        kept = len(a.name) >= 3 and a.name[0] == b.name[0] and a.name[-1] == b.name[-1]
        return kept and len(a.name) < len(b.name) and in_order(a.name, b.name)
    if short.type != "Union":
        return False
    return abbreviates(a, b, table.lex) and not _of_other_owners(table, short, long)


def _numbered_short(short: str, long: str, lex: Lexicon) -> bool:
    """Whether ``short`` names the numbered body ``long`` (第一人民医院, 第三中学) by its number
    and the last character of its kind (一院, 三中), the same union suffix after both.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _numbered_short("一院工会", "第一人民医院工会", lex)
    True
    >>> _numbered_short("一院", "第二医院", lex)
    False
    """
    tail = lex.union_family.search(long)
    suffix = tail.group() if tail is not None and tail.end() == len(long) else ""
    if not long.startswith(_ORDINAL) or not short.endswith(suffix):
        return False
    a, b = short[: len(short) - len(suffix)], long[len(_ORDINAL) : len(long) - len(suffix)]
    kept = len(a) >= 2 and len(a) < len(b) and a[0] == b[0] and a[-1] == b[-1]
    return kept and a[0] in _NUMERALS and in_order(a, b)


def _ordinal_dropped(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with the 第 of its number left out (某市八中学 for
    某市第八中学).

    >>> _ordinal_dropped("晨光市三中学", "晨光市第三中学"), _ordinal_dropped("三中学", "第三中学")
    (True, True)
    >>> _ordinal_dropped("晨光市三中学", "晨光市第二中学")
    False
    """
    at = long.find(_ORDINAL)
    numbered = 0 <= at < len(long) - 1 and long[at + 1] in _NUMERALS
    return numbered and long[:at] + long[at + 1 :] == short


def _initials_of(table: EntityTable, short: ExtractedEntity, long: ExtractedEntity) -> bool:
    """Whether ``short`` is ``long`` cut to the first characters of its words, its places
    kept whole (某市经开区管委会 of 某市经济开发区管理委员会), and not a union of another owner."""
    forms = {short.name, table.lex.expand(short.name)}
    marked = _place_marked(table, long.name)
    return any(
        abbreviates_by_initials(_place_marked(table, form), marked) for form in forms
    ) and not (short.type == "Union" and _of_other_owners(table, short, long))


def _branch_of_one_place(table: EntityTable, short: ExtractedEntity, long: ExtractedEntity) -> bool:
    """Whether two firms' branches of one place under one branch word are one branch: the
    short one, its places set aside, is named by a word of the long one's parent (某省某县邮政
    分公司 of 某某邮政集团有限公司某市某县分公司), the one such branch of the article."""

    def core(ent: ExtractedEntity) -> tuple[str, str]:
        neutral = _place_neutral(table, ent.name.removesuffix(suffix))
        marks = re.findall(r"<\d+>", neutral)
        return re.sub(r"<\d+>", "", neutral), marks[-1] if marks else ""

    def fits(other: ExtractedEntity) -> bool:
        name, mark = core(other)
        return other.type == "Company" and other.name.endswith(suffix) and mark == place \
            and brand in name and brand != name  # fmt: skip

    branches = table.lex.company_branch_suffixes
    suffix = next((s for s in branches if short.name.endswith(s)), "")
    if short.type != "Company" or not suffix:
        return False
    brand, place = core(short)
    if len(brand) < 2 or not place or not fits(long):
        return False
    return sum(map(fits, table.entities.values())) == 1


def _place_before_brand(table: EntityTable, short: ExtractedEntity, long: ExtractedEntity) -> bool:
    """Whether ``short`` is a firm's branch written as its place, then the firm's name (某县某某
    银行), and ``long`` the firm's name, then that place and a branch word (某某银行某县支行)."""
    if short.type != "Company" or long.type != "Company":
        return False
    head = re.match(r"(<\d+>)(.{2,})$", _place_neutral(table, short.name))
    if head is None or "<" in head.group(2):
        return False
    place, firm = head.groups()
    tail = _place_neutral(table, long.name).removeprefix(firm).removeprefix(place)
    return long.name.startswith(firm) and tail in table.lex.company_branch_suffixes


def _place_marked(table: EntityTable, name: str) -> str:
    """``name`` with each division of the article (not a zone, whose own name a short form
    cuts: 某市经开区 of 某市经济开发区) written as one private-use character."""
    forms = {f: i for i, e in enumerate(table.entities.values())
             if e.type == "Town" and e.attributes.get("level") != "zone"
             for f in (e.name, *e.aliases) if len(f) >= 2}  # fmt: skip
    if not forms:
        return name
    pattern = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return re.sub(pattern, lambda m: chr(PLACE_MARKS[0] + forms[m.group()]), name)


def _without_places(table: EntityTable, ent: ExtractedEntity) -> ExtractedEntity:
    """``ent`` under its name with the article's places left out, and no place."""
    name = re.sub(r"<\d+>", "", _place_neutral(table, ent.name))
    return ExtractedEntity(EntityKey(ent.type, name), ent.type, name)


def _unit_named_after_union(short: ExtractedEntity, long: ExtractedEntity, lex: Lexicon) -> bool:
    """Whether ``long`` is an institution written after its union's name (某省总工会某市工人
    疗养院) and ``short`` that institution's own name, which ``long`` is known by."""
    head = long.name[: -len(short.name)] if long.name.endswith(short.name) else ""
    return (
        short.type == "Organization"
        and short.name in long.aliases
        and head.endswith(tuple(lex.union_family_suffixes))
    )


def _branch_without_parent(short: ExtractedEntity, long: ExtractedEntity, lex: Lexicon) -> bool:
    """Whether ``short`` names a branch by its place alone (某地分行) and ``long`` is the
    same branch under its parent's name (某某银行某地分行), or their unions."""
    kx, ky = family_key(short.name, lex), family_key(long.name, lex)
    branch = kx.removesuffix(lex.union_word)
    branches = lex.company_branch_suffixes  # 某地分公司: its key (某地分) drops 公司
    return (
        short.place is not None
        and (branch.endswith(branches) or short.name.endswith(branches))
        and len(ky) > len(kx)
        and ky.endswith(kx)
    )


def _branch_word_left_out(short: ExtractedEntity, long: ExtractedEntity, lex: Lexicon) -> bool:
    """Whether ``long`` is ``short`` with a branch word (分公司, 支行) written before its
    union's word, if any: the one branch, named without it (某市邮政 for 某市邮政分公司).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> def firm(name: str) -> ExtractedEntity:
    ...     return ExtractedEntity(EntityKey("Company", name), "Company", name)
    >>> lex = default_lexicon()
    >>> _branch_word_left_out(firm("远帆邮政"), firm("远帆邮政分公司"), lex)
    True
    >>> _branch_word_left_out(firm("远帆邮政"), firm("远帆邮政集团公司"), lex)
    False
    """
    union = lex.union_word if short.type == "Union" else ""
    stem = short.name.removesuffix(union) if union else short.name
    if short.type not in ("Company", "Union") or (union and stem == short.name):
        return False
    return any(long.name == stem + word + union for word in lex.company_branch_suffixes)


def _unit_without_group(short: ExtractedEntity, long: ExtractedEntity, lex: Lexicon) -> bool:
    """Whether ``short`` names a firm of a group by its own name (某地供电公司) and ``long`` is
    that firm under its group's name (某某电力集团某地供电公司), or a state farm under the
    names of its system and bureau (某省农垦某某农场), or their unions.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> def firm(name: str) -> ExtractedEntity:
    ...     return ExtractedEntity(EntityKey("Company", name), "Company", name)
    >>> lex = default_lexicon()
    >>> _unit_without_group(firm("远帆供电公司"), firm("青禾电力集团远帆供电公司"), lex)
    True
    >>> _unit_without_group(firm("远帆供电公司"), firm("青禾电力远帆供电公司"), lex)
    False
    """
    head = long.name.removesuffix(short.name) if long.name.endswith(short.name) else ""
    groups = tuple(lex.cue_words["sub_brand_parents"])
    grouped = head.endswith(groups) or _farm_under_more_parents(short.name, long.name, lex)
    return short.type in {"Company", "Union"} and len(short.name) >= 4 and grouped


def _farm_under_more_parents(short: str, long: str, lex: Lexicon) -> bool:
    """Whether two names end in one state farm's name (某某农场, or its union) and the longer
    writes more of its parents before it (某省农垦某某农场, 某省农垦总局某分局某某农场).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _farm_under_more_parents("青省农垦远帆农场", "青省农垦总局白沙分局远帆农场", lex)
    True
    >>> _farm_under_more_parents("东远帆农场", "西远帆农场", lex)
    False
    """
    size = 0
    while size < min(len(short), len(long)) and short[-1 - size] == long[-1 - size]:
        size += 1
    farm = short[len(short) - size :].removesuffix(lex.union_word)
    own, parents = short[: len(short) - size], long[: len(long) - size]
    ends = tuple(lex.cue_words["state_farm_ends"])
    return (
        len(farm) >= 4
        and farm.endswith(ends)
        and parents.startswith(own)
        and len(parents) >= len(own) + 2
    )


def _company_abbreviation(
    table: EntityTable, short: ExtractedEntity, long: ExtractedEntity
) -> bool:
    """Whether ``short`` is the one company of the article, named after the same place, whose
    name holds the short name's characters in order, with its head and its company word
    (某网某市公司 of 某网某市供电公司), or with the place the short name is only (某市公司 of
    某网某市供电公司), or which ends as the short name once places are marked whatever their
    form (某县供电公司 of 某网某县供电公司, the county written short)."""

    def written_short(other: ExtractedEntity) -> bool:
        if _place_neutral(table, other.name).endswith(neutral):
            return other.place in (None, short.place)  # the mark names the same place
        if other.name[:2] == short.name[:2] or (bare and head in other.name):
            return other.place == short.place and in_order(short.name, other.name)
        return False

    def fits(other: ExtractedEntity) -> bool:
        return (
            other.key != short.key
            and other.type == "Company"
            and len(other.name) > len(short.name)
            and other.name.endswith(word)
            and written_short(other)
        )

    word = next((w for w in table.lex.cue_words["company_words"] if short.name.endswith(w)), "")
    if short.type != "Company" or short.place is None or not word:
        return False
    head, place = short.name.removesuffix(word), table.entities.get(short.place)
    bare = place is not None and head in {place.name, *place.aliases}
    neutral = _place_neutral(table, short.name)  # 某县供电公司 of 某网某县供电公司
    neutral = neutral if neutral.startswith("<") and neutral != short.name else "\0"
    if not fits(long) or unit_after_registered(short.name, long.name, table.lex):
        return False
    return sum(map(fits, table.entities.values())) == 1


def _company_initials(table: EntityTable, short: ExtractedEntity, long: ExtractedEntity) -> bool:
    """Whether ``short`` is the one registered company of the article whose name, its
    registered form left out, and a bracketed word before it (某某(集团)有限公司), ``short``
    cuts to the first characters of its words, a place's too (青汽集团 of 青禾汽车集团股份有限
    公司, 中青一局 of 中国青禾一局(集团)有限公司)."""

    def core(other: ExtractedEntity) -> str:
        form = next((f for f in forms if other.name.endswith(f)), "")
        return _BRACKETED_END.sub("", other.name.removesuffix(form)) if form else ""

    def fits(other: ExtractedEntity) -> bool:
        return other.type == "Company" and abbreviates_by_initials(short.name, core(other))

    forms = sorted(table.lex.registered_company_forms, key=len, reverse=True)
    if short.type != "Company" or core(short) or not fits(long):
        return False
    return sum(map(fits, table.entities.values())) == 1


def _two_registered_forms(a: str, b: str, lex: Lexicon) -> bool:
    """Whether two names end in two different registered forms (某某集团有限公司 and
    某某集团股份有限公司): a firm is registered under one, so they are two firms, a group and
    its listed company."""
    ends = lex.cue_words["registered_firm_ends"]
    end_a = next((e for e in ends if a.endswith(e)), None)
    end_b = next((e for e in ends if b.endswith(e)), None)
    return end_a is not None and end_b is not None and end_a != end_b


def _of_other_owners(table: EntityTable, a: ExtractedEntity, b: ExtractedEntity) -> bool:
    """Whether two unions belong to two different organizations of the article (某某集团工会
    and 某某电器集团有限公司工会: the group's and its company's)."""
    heads = [_owner_of(table, x) for x in (a, b)]
    return None not in heads and heads[0] != heads[1]


def _owner_of(table: EntityTable, union: ExtractedEntity) -> EntityKey | None:
    """The company or body of the article whose name, in any of its forms, is the union's
    name without its union suffix (某某公司工会 → 某某公司)."""
    head = table.lex.union_family.sub("", union.name)
    return next((e.key for e in table.entities.values() if e.type in {"Company", "Organization"}
                 and head in (e.name, *e.aliases)), None)  # fmt: skip


_BRACKETED_END = re.compile(r"[(（][^()（）]+[)）]$")  # (集团) before a registered form
_ORDINAL, _NUMERALS = "第", "一二三四五六七八九十"  # 第一人民医院: a numbered body of its kind
_PLACE_MARKS = re.compile(r"^(?:<\d+>)+")  # the places a neutral name opens with


def _place_neutral(table: EntityTable, name: str) -> str:
    """``name`` with each place of the article, however written, as one mark (重庆 and
    重庆市 alike)."""
    forms = {f: i for i, e in enumerate(table.entities.values()) if e.type == "Town"
             for f in (e.name, *e.aliases) if len(f) >= 2}  # fmt: skip
    if not forms:
        return name
    pattern = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return re.sub(pattern, lambda m: f"<{forms[m.group()]}>", name)
