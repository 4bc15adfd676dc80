"""An organization mention's entity: keyed by its most specific place, so that
温州乐清柳市镇总工会, 乐清市柳市镇总工会 and 柳市镇总工会 are one; a level-only head (区总工会,
市人社局, 该镇总工会) takes the article's place of that level (瑞安市总工会).
"""

from __future__ import annotations

import re

from ..model import EntityKey, ExtractedEntity
from .entities import LEVEL_RANK, EntityTable, parent_names
from .lexicon import Lexicon
from .namecompare import after_own_level, expanded_name, place_written_with
from .orgbody import FEDERATION
from .orgspan import RULE_LEAGUE, OrgSpan
from .placehit import PlaceHit, generic_place

__all__ = ["add_org"]

_PLACE_RULE = "place-grammar/v1"  # a place the name grammar reads, as in the place pass

# a count right after a trade's union: 快递员工会组建88个, 外卖送餐员工会15家
_COUNTED_AFTER = re.compile(
    r"(?:组建|建立|成立|建成|共有|达到?)?了?(?:\d+|[一二三四五六七八九十百千两]+)[余多]?[个家]"
)


def add_org(table: EntityTable, span: OrgSpan) -> EntityKey | None:
    """Record an organization mention under the key of its most specific place (the key
    of ``span``'s entity), or None where the place a level-only head speaks of is not
    certain."""
    if span.branch_place is not None and (key := _add_branch(table, span)):
        return key
    if span.source == RULE_LEAGUE:
        return _add_league(table, span)
    found = _place_of_org(table, span)
    if found is None and _registered_firm(table, span):
        found = None, span.text  # 经开区某某集团有限公司: a registered name, whatever zone it means
    if found is None:
        return None
    place, rest = found
    if _federation_meant(table, span, place, rest):
        rest = FEDERATION  # 盟工会, 市工会 of a city: its federation of unions
    if place is None:
        canonical = span.text
        key = EntityKey(span.type, table.lex.expand(canonical))
    else:
        canonical = span.text if span.places else place.name + rest
        code = place.attributes.get("admin_code", "")
        key = EntityKey(span.type, table.lex.expand(place.name + rest), code)
    canonical = "".join(canonical.split())
    own_name = _firm_after_capital_kind(table, span, rest) if place is not None else ""
    if place is not None and (own_name or (own_name := _firm_after_town(table, span, place))):
        ent = table.add_reference(key, span.type, own_name, (span.start, span.end), span.source)
        ent.place = place.key  # 某镇某某公司: the town says where the firm is, not its name
        return key
    # 区总工会, or 人社局 listed after 某市教体局: the written form names nothing by itself
    level_only = (bool(span.level_head) and not span.places) or span.listed_after is not None
    where = (span.start, span.end)
    if level_only and (own := _union_of_place(table, span, place, rest)) is not None:
        table.add_reference(own.key, own.type, own.name, where, span.source)
        return own.key
    if level_only:
        ent = table.add_reference(key, span.type, canonical, where, span.source)
    else:
        ent = table.add(key, span.type, canonical, where, span.source)
    _add_other_names(table, ent, span, canonical, (place, rest))
    return key


def _add_other_names(table: EntityTable, ent: ExtractedEntity, span: OrgSpan, canonical: str,
                     placed: tuple[ExtractedEntity | None, str]) -> None:  # fmt: skip
    """The other names the entity of a mention written ``canonical`` goes by: abbreviations
    written out, the national short form, the unit's own name, and the names its place (and
    the rest of the name after it) gives it."""
    place, rest = placed
    if table.lex.expand(canonical) != canonical:  # 某市人社局 is also 某市人力资源和社会保障局
        ent.aliases.add(table.lex.expand(canonical))
    if table.lex.write_out(canonical) != canonical:  # 某省高院 is 某省高级人民法院
        ent.aliases.add(table.lex.write_out(canonical))
    if short_form := table.lex.national_short_form(canonical):
        ent.aliases.add(short_form)
    if span.type == "Company" and (unit := _unit_of_company(canonical, table.lex)):
        ent.aliases.add(unit)
    if span.type == "Company" and (brand := _brand_of_service(canonical, table.lex)):
        ent.aliases.add(brand)
    if span.type == "Organization" and (unit := _unit_of_union(canonical, table)):
        ent.aliases.add(unit)
    if span.type == "Union" and (union := _union_of_committee(canonical, table.lex)):
        ent.aliases.add(union)
    if place is not None and span.level_head and not span.places and _registered_firm(table, span):
        ent.aliases.add(rest)  # 我市某某股份有限公司: the level word says where, not the name
    if place is not None:
        _placed_names(table, ent, span, place, rest)
        if people := _peoples_form(rest, table.lex):  # 某县政府 is 某县人民政府
            ent.aliases.add(place.name + people)


_UNION_WORD = "工会"


def _union_of_committee(name: str, lex: Lexicon) -> str | None:
    """The union whose elected committee the name is (某某公司工会 of 某某公司工会委员会): a
    union's committee is the union itself; None for any other name.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> _union_of_committee("青禾建材有限公司工会委员会", default_lexicon())
    '青禾建材有限公司工会'
    """
    for committee in lex.cue_words["union_committees"]:
        union = name.removesuffix(committee)
        if union != name and union.endswith(_UNION_WORD) and len(union) > len(_UNION_WORD) + 1:
            return union
    return None


def _brand_of_service(name: str, lex: Lexicon) -> str | None:
    """The brand a firm named after one of its services goes by (某某外卖 is also 某某): the
    name without a suffix that needs a name before it, when a name is left."""
    for suffix in lex.core_required_suffixes:
        brand = name.removesuffix(suffix)
        if brand != name and len(lex.strip_generic(brand)) >= 2:
            return brand
    return None


def _add_league(table: EntityTable, span: OrgSpan) -> EntityKey | None:
    """团市委: the Youth League's committee of the article's city, by the name the League
    writes in full (共青团某市委员会), or by the article's own full form where it writes one,
    before or after (共青团某市委), the other full form an alias; None where no place of that
    level is certain."""
    assert span.level_head is not None
    at = span.start + span.text.index(span.level_head)
    home = table.home_place(span.level_head, (at, at + 1))
    if home is None:
        return None
    short = span.text[: span.text.index(span.level_head)]  # 团, the end of 共青团
    league = next((p for p in table.lex.cue_words["body_prefixes"] if p.endswith(short)), short)
    name = league + home.name + "委员会"
    written = league + home.name + "委"
    if re.search(re.escape(written) + "(?!员会)", table.text):  # 共青团某市委, anywhere
        name = written
    key = EntityKey(span.type, name)
    ent = table.add_reference(key, span.type, name, (span.start, span.end), span.source)
    ent.place = home.key
    if name != written:
        ent.aliases.add(written)  # 共青团某市委: the other full form, as the League writes it too
    return key


def _peoples_form(rest: str, lex: Lexicon) -> str | None:
    """The official full form of a place's organ written short (政府 → 人民政府, 法院 →
    人民法院): the abbreviation whose full form ends in what the name has after its place.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> _peoples_form("政府", default_lexicon()), _peoples_form("总工会", default_lexicon())
    ('人民政府', None)
    """
    return next((full for full, short in lex.abbreviations.items()
                 if rest == short != full and full.endswith(short)), None)  # fmt: skip


def _in_level_only_zone(
    table: EntityTable, ent: ExtractedEntity, span: OrgSpan, place: ExtractedEntity, rest: str
) -> None:
    """市工业园区总工会 resolved to 某市: the zone the level-only form names (某市工业园区) is a
    place of its own, in that city, and the body lies in it."""
    lex = table.lex
    cuts = [
        cut
        for cut in range(2, len(rest))
        if lex.place_level(rest[:cut]) == "zone" and generic_place(rest[:cut], lex)
    ]
    if not cuts:
        return
    kind = rest[: cuts[-1]]
    known = [  # 某省某县工业园区 written in full elsewhere: that zone
        e
        for e in table.entities.values()
        if e.type == "Town"
        and e.name.endswith(kind)
        and e.attributes.get("parents", "").split("/")[0] == place.name
    ]
    if len(known) == 1:
        ent.place = known[0].key
        return
    name = place.name + kind
    written = (span.start, span.start + len(span.level_head or "") + cuts[-1])
    zone = table.add_reference(EntityKey("Town", name), "Town", name, written, _PLACE_RULE)
    zone.attributes["level"] = "zone"
    zone.attributes["parents"] = "/".join((place.name, *parent_names(place)))
    ent.place = zone.key


def _unit_of_union(name: str, table: EntityTable) -> str | None:
    """The name of a union's institution written after the union's (某省总工会|某市工人疗养院),
    by which it is known too when that name opens with a place of the article; None when
    there is none."""
    places = tuple(form for form in table.place_forms() if len(form) >= 2)
    for suffix in table.lex.union_family_suffixes:
        at = name.find(suffix)
        unit = name[at + len(suffix) :] if at > 0 else ""
        if len(unit) >= 4 and unit.startswith(places) and table.lex.org_type(unit):
            return unit
    return None


_FIRM_TOWN_LEVELS = ("town", "zone")  # a town or a zone written before a firm says where


def _firm_after_town(table: EntityTable, span: OrgSpan, place: ExtractedEntity) -> str:
    """The name of a company written after the town it lies in (某县某镇某某科技公司, 某镇北京
    某某有限公司) or the zone (某某园区某某酒业公司, no registered name): what follows the
    place, when that holds a name of its own; news writes a town before a firm to say where it
    is, and the firm does not go by it (a county before it is the firm's own, 某县某某有限公司).
    "" for any other name.

    >>> from unionkg.extract import extract_article
    >>> from unionkg.model import Article
    >>> ex = extract_article(Article(id="t", text="工会来到河西区枫林镇晨光电子科技公司慰问。"))
    >>> sorted(e.name for e in ex.entities if e.type == "Company")
    ['晨光电子科技公司']
    """
    level = place.attributes.get("level")
    if span.type != "Company" or level not in _FIRM_TOWN_LEVELS:
        return ""
    if level == "zone" and span.suffix in table.lex.company_legal_suffixes:
        return ""  # 某某园区某某有限公司: a zone a registered name may open with
    hits = (p for p in span.places if table.place_for_hit.get((p.start, p.end)) == place.key)
    town = next(hits, None)
    if town is None or table.lex.place_level(town.text) != level:
        return ""  # 某某农场, 某某盐场: a unit of the town's level named as a firm, no town word
    rest = span.text[town.end - span.start :]
    typed = table.lex.org_type(rest)
    core = rest[: len(rest) - len(typed[1])] if typed else ""
    return rest if len(table.lex.strip_generic(core)) >= 2 else ""


def _firm_after_capital_kind(table: EntityTable, span: OrgSpan, rest: str) -> str:
    """The name of a company written after its place and the kind of its capital (某市台资
    企业某某公司): what follows the kind; the place says where the firm is. "" for any other
    name.

    >>> from unionkg.extract import extract_article
    >>> from unionkg.model import Article
    >>> ex = extract_article(Article(id="t", text="青禾公司来到泉州外资企业远帆电子公司考察。"))
    >>> sorted(e.name for e in ex.entities if e.type == "Company")
    ['远帆电子公司', '青禾公司']
    """
    if span.type != "Company":
        return ""
    kind = next((k for k in table.lex.cue_words["capital_kinds"] if rest.startswith(k)), "")
    own = rest[len(kind) :]
    return own if kind and len(own) - len(span.suffix) >= 2 else ""


def _registered_firm(table: EntityTable, span: OrgSpan) -> bool:
    """Whether a company's name ends in a registered form (有限公司, 集团) after words of its
    own: a name by itself, even where the level-only head it opens with finds no place."""
    if span.type != "Company":
        return False
    suffix = next((s for s in table.lex.company_legal_suffixes if span.text.endswith(s)), "")
    core = span.text[len(span.level_head or "") : len(span.text) - len(suffix)]
    return suffix != "" and len(core) >= 4  # 区某某有限公司: too little of a name of its own


def _federation_meant(
    table: EntityTable, span: OrgSpan, place: ExtractedEntity | None, rest: str
) -> bool:
    """Whether a level-only 工会 of a county or a place above it (盟工会, 市工会), in an
    article that names no union of that place, is that place's federation (ANNOTATION.md: 区
    工会 of a district's congress is its 总工会); a town's or a village's union stays 工会."""
    if place is None or span.type != "Union" or rest != table.lex.union_word:
        return False
    if not span.level_head or span.places or span.level_head not in table.lex.level_head_chars:
        return False
    if LEVEL_RANK.get(place.attributes.get("level", ""), 5) > LEVEL_RANK["county"]:
        return False
    return not any(e.type == "Union" and e.place == place.key for e in table.entities.values())


def _union_of_place(
    table: EntityTable, span: OrgSpan, place: ExtractedEntity | None, rest: str
) -> ExtractedEntity | None:
    """社区工会 written alone in an article that names the one union of that 社区 in full
    (某社区联合工会, 某社区工会联合会): that union; None otherwise."""
    if place is None or span.type != "Union" or rest != "工会":
        return None
    own = [e for e in table.entities.values() if e.type == "Union" and e.place == place.key]
    return own[0] if len(own) == 1 else None


def _unit_of_company(name: str, lex: Lexicon) -> str | None:
    """The words of a business unit named after the company it belongs to (某某分公司|某某
    邮政所), by which it is known too; None when the name is no such unit.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> _unit_of_company("青禾市分公司东岭邮政所", default_lexicon())
    '东岭邮政所'
    >>> _unit_of_company("青禾物流有限公司", default_lexicon())
    """
    at = name.rfind(lex.company_word)
    unit = name[at + len(lex.company_word) :] if at >= 0 else ""
    typed = lex.org_type(unit) if len(unit) >= 4 else None
    return unit if typed is not None and typed[0] == "Company" else None


def _add_branch(table: EntityTable, span: OrgSpan) -> EntityKey | None:
    """某某银行重庆分行 lies in 重庆市: keyed by its name and that place's code."""
    assert span.branch_place is not None
    place = table.place_for_hit.get((span.branch_place.start, span.branch_place.end))
    if not place:
        return None
    canonical = "".join(span.text.split())
    if span.level_head and (home := _level_home(table, span)) is not None:
        canonical = home.name + canonical[len(span.level_head) :]  # 省政府驻某地办事处
    code = table.entities[place].attributes.get("admin_code", "")
    key = EntityKey(span.type, table.lex.expand(canonical), code)
    ent = table.add(key, span.type, canonical, (span.start, span.end), span.source)
    ent.place = place
    if span.type == "Company" and (unit := _unit_of_company(canonical, table.lex)):
        ent.aliases.add(unit)
    return key


def _place_of_org(table: EntityTable, span: OrgSpan) -> tuple[ExtractedEntity | None, str] | None:
    """The place an organization is named after and the rest of its name: the most
    specific of its leading places, the place of the body it is listed after, the
    article's own place (a trade's union) or the place its level-only head speaks of;
    None when a level-only head finds no place."""
    if span.places:
        rest = span.text[span.places[-1].end - span.start :].lstrip(")）")  # 某省(某市)…
        named = _most_specific(table, span.places)
        if named is not None:  # 宁夏|自治区总工会: the place's own level word, written again
            rest = after_own_level(named.name, span.places[-1].text, rest)
        return named, rest
    if span.listed_after is not None:  # 某市教体局、人社局: the place of the one before
        before = table.by_span.get((span.listed_after.start, span.listed_after.end))
        place = table.entities[before].place if before else None
        if not place or place not in table.entities:
            return None
        return table.entities[place], span.text
    if span.level_head == "":  # a trade's union: named after the article's own place
        if _COUNTED_AFTER.match(table.text, span.end):
            return None  # 快递员工会组建88个: a count of a trade's unions, no one body
        home = (
            place_written_with(table.entities, span.type, span.text)
            or table.main_place()
            or table.home_place("市")  # no county nor town named: the city the article is on
        )
        return None if home is None else (home, span.text)
    if span.level_head:
        head = span.level_head.lstrip("".join(table.lex.demonstratives))
        home = _level_home(table, span)
        if home is None:
            return None  # 市总工会 in an article naming no city: nothing certain to name
        zones = tuple(w for w, level in table.lex.level_prefixes.items() if level == "zone")
        # 区委 of 某某新区: 某某新区区委, the zone's word kept whole; 县委 of a county named by
        # one character and its level (某县): 某县县委, as its own name writes it
        whole = home.name.endswith(zones) or len(home.name) == _ONE_CHARACTER_PLACE
        if span.text == head + "委" and whole and home.name.endswith(head):
            return home, span.text
        return home, span.text[len(span.level_head) :]
    return None, span.text


_ONE_CHARACTER_PLACE = 2  # 某县: a name of one character and the level word


def _level_home(table: EntityTable, span: OrgSpan) -> ExtractedEntity | None:
    """The place the level-only head of ``span`` (市 of 市总工会, 该镇) speaks of."""
    assert span.level_head
    head = span.level_head.lstrip("".join(table.lex.demonstratives))
    return table.home_place(head, (span.start, span.start + len(span.level_head)))


def _most_specific(table: EntityTable, hits: list[PlaceHit]) -> ExtractedEntity | None:
    """Of the places at a name's head, the most specific; of two alike, the one written
    later (inside)."""
    keys = [table.place_for_hit.get((p.start, p.end)) for p in hits]
    places = [table.entities[k] for k in keys if k]
    if not places:
        return None
    return max(
        reversed(places), key=lambda e: LEVEL_RANK.get(e.attributes.get("level", "place"), 5)
    )


def _placed_names(
    table: EntityTable, ent: ExtractedEntity, span: OrgSpan, place: ExtractedEntity, rest: str
) -> None:
    """The place of an organization named after it, and the names that place gives it:
    温州市乐清市柳市镇总工会 and 柳市镇总工会; 某某州总工会 for 州总工会."""
    ent.place = place.key
    if span.places:
        ent.aliases.add(expanded_name(span, table.text))
        ent.aliases.add(place.name + rest)
    elif span.level_head:
        head = span.level_head[-1]
        for form in place.aliases:
            if form.endswith(head) and len(form) > 2:
                ent.aliases.add(form + rest)
        _in_level_only_zone(table, ent, span, place, rest)  # 市工业园区总工会
    ent.aliases.discard(ent.name)
