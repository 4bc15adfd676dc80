"""The units of an institution and its own voice: 我校 in a school's own news, and the unions
of its colleges and services written without the institution's name (法学院工会, 图书馆工会).

A school's union that publishes its own news calls the school 我校 and its union 我校工会 or
校工会: the annotation guide resolves such a form to the body the source names. In a list of
posts that opens with an institution's union (某某大学工会主席甲、副主席乙、某学院工会主席丙),
a union written by its unit alone is that institution's unit's union.
"""

from __future__ import annotations

import re

from ..model import EntityKey, ExtractedEntity, Mention
from .doc import ArticleDoc
from .entities import EntityTable
from .references import add_company_union

__all__ = ["add_institution_units", "add_own_institution", "name_colleges", "unit_union"]

RULE = "institution-units/v1"
_UNIT_UNION = re.compile(r"(?<=[、，,兼：:。\n])([\u4e00-\u9fff]{2,6}?)工会(?=(?:常务)?副?主席)")
_OWN_FORMS = ("我校", "本校")  # 我校 … 我校工会; 校工会 is the school's union too
_SCHOOL_UNION = "校工会"
_OWN_VOICE = {"院": ("我院", "本院"), "校": _OWN_FORMS, "学": _OWN_FORMS}
_QUOTES = "“「『\"'"
_NAMED = 6  # an institution's full name: 某某师范大学, not a unit's 心理学院 or 外国语学院


def add_institution_units(doc: ArticleDoc) -> None:
    """Mentions of the publishing school (我校) and its union (我校工会, 校工会), then the
    unions of the units of an institution listed after its union.

    >>> from unionkg.model import Article
    >>> from unionkg.extract import extract_article
    >>> text = "我校工会主席高某香、心理学院工会主席朱晓蕾、图书馆工会主席周文涛参加了活动。"
    >>> ex = extract_article(Article(id="t", text=text, publisher="青禾师范大学工会"))
    >>> names = {e.key: e.name for e in ex.entities}
    >>> for r in sorted(ex.relations, key=lambda r: names[r.object]):
    ...     print(names[r.subject], r.type, names[r.object]) if r.type == "chairedBy" else None
    青禾师范大学图书馆工会 chairedBy 周文涛
    青禾师范大学心理学院工会 chairedBy 朱晓蕾
    青禾师范大学工会 chairedBy 高某香
    """
    own = _add_own_school(doc)
    table = doc.table
    for m in _UNIT_UNION.finditer(doc.text):
        unit = m.group(1)
        if unit.endswith(_OWN_FORMS) or doc.lex.org_type(unit + "工会") is None:
            continue
        if own is not None and table.by_span.get((m.end() - len(_SCHOOL_UNION), m.end())) == own:
            continue  # 座谈会由校工会副主席甲: the school's own union, not a unit's
        written = table.by_span.get((m.start(1), m.end()))
        placed = written in table.entities and table.entities[written].place is not None
        if placed or _named(unit, doc.lex.cue_words["institution_kinds"]):
            continue  # 某某欧亚学院工会: an institution's own union, no unit's
        inst = _institution_before(table, m.start(), doc.text) or (
            table.entities.get(own) if own else None
        )
        if inst is None or unit in inst.name:
            continue
        owner = inst.name[: -len(table.lex.union_word)]
        name = owner + unit + table.lex.union_word
        key = EntityKey("Union", name, inst.key.code)
        if key not in table.entities:
            table.entities[key] = ExtractedEntity(key, "Union", name, place=inst.place)
        span = (m.start(1), m.end())
        if written is not None and written != key and written in table.entities:
            table.merge_into(written, key)
        table.add(key, "Union", name, span, RULE)
        _drop_unit_body(table, unit)


def add_own_institution(doc: ArticleDoc) -> None:
    """我院, 本院 (我校 of a school) in the news an institution publishes itself: the
    publisher, placed where its name opens with a place (the place is the article's, even
    unwritten), and 我院工会, or its kind's union (医院工会), its union.

    >>> from unionkg.model import Article
    >>> from unionkg.extract import extract_article
    >>> text = "我院召开工会会员代表大会，医院工会主席周文涛作报告。"
    >>> ex = extract_article(Article(id="t", text=text, publisher="温州市鹿城区人民医院"))
    >>> sorted(e.name for e in ex.entities)
    ['周文涛', '温州市鹿城区人民医院', '温州市鹿城区人民医院工会', '鹿城区']
    """
    table, lex = doc.table, doc.lex
    publisher = "".join((doc.article.publisher or "").split())
    forms, spans = _own_voice(doc, publisher)
    if not spans:
        return
    named = next((e for e in table.entities.values() if publisher in (e.name, *e.aliases)), None)
    town = _publisher_town(table, min(spans)) if named is None else None
    home = town.key if town is not None else None
    code = town.attributes.get("admin_code", "") if town is not None else ""
    key = named.key if named is not None else EntityKey("Organization", publisher, code)
    for span in spans:
        if not table.covered(*span):
            table.add_reference(key, "Organization", publisher, span, RULE)
    own = table.entities.get(key)
    if own is None:
        return  # every 我院 part of a name written in full
    own.place = own.place or home
    kinds = [k for k in lex.cue_words["institution_kinds"] if publisher.endswith(k)]
    for m in re.finditer("|".join(f + lex.union_word for f in (*forms, *kinds)), doc.text):
        if not table.covered(*m.span()):  # 某某医院工会: a union named in full
            add_company_union(table, own, lex.union_word, m.span())


def _own_voice(doc: ArticleDoc, publisher: str) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    """The forms an institution that publishes the article calls itself by (我院 for a
    hospital or an academy, 我校 for a school) and where the text writes them; none where the
    publisher is no such body (a union's own school news is read by :func:`_add_own_school`)."""
    typed = doc.lex.org_type(publisher)
    if typed is None or typed[0] != "Organization":
        return (), []
    forms = _OWN_VOICE.get(publisher[-1:], ())
    return forms, [m.span() for f in forms for m in re.finditer(f, doc.text)]


def _publisher_town(table: EntityTable, at: tuple[int, int]) -> ExtractedEntity | None:
    """The place the publisher's name opens with, a place of the article, mentioned at ``at``
    (the institution's own voice) where the text never writes it."""
    return table.town_of(table.source_places[-1], at) if table.source_places else None


def name_colleges(doc: ArticleDoc) -> None:
    """A college written by its own name alone (电气学院), no place before it, in an article
    that names one university: that university's college (某某大学电气学院), the form
    written kept as an alias; an institution's kind of its own (某某职业技术学院) stays.

    >>> from unionkg.model import Article
    >>> from unionkg.extract import extract_article
    >>> text = "青禾大学召开教代会。电气学院党委书记周文涛出席。"
    >>> sorted(e.name for e in extract_article(Article(id="t", text=text)).entities)
    ['周文涛', '青禾大学', '青禾大学电气学院']
    """
    table, lex = doc.table, doc.lex
    college, university = lex.cue_words["college_kinds"]
    bodies = [e for e in table.entities.values() if e.type == "Organization"]
    owners = [e for e in bodies if e.name.endswith(university) and len(e.name) > len(university)]
    if not owners:
        _add_university_of_college(doc, bodies)
    if len(owners) != 1:
        return
    owner = owners[0]
    own_kinds = tuple(lex.cue_words["school_kinds"][1:])
    places = tuple(table.place_forms())
    for ent in bodies:
        name = ent.name
        if not name.endswith(college) or name.endswith(own_kinds):
            continue
        if university in name or college in name[: -len(college)]:
            continue  # 某某学院某某学院: a college of another institution, named in full
        if ent.place is not None or name.startswith(places) or len(name) <= len(college):
            continue  # 某市某学院, 某地区工匠学院: an institution of a place
        if any(m.start and doc.text[m.start - 1] in _QUOTES for m in ent.mentions):
            continue  # “某某工匠学院”揭牌: an institution named in its own right
        full = owner.name + name
        key = EntityKey("Organization", full, owner.key.code)
        if key not in table.entities:
            table.entities[key] = ExtractedEntity(key, "Organization", full, place=owner.place)
        table.merge_into(ent.key, key)


def _add_university_of_college(doc: ArticleDoc, bodies: list[ExtractedEntity]) -> None:
    """The university named only at the head of its one college's name (某某大学 of 某某大学
    教育学院) where the text speaks of the school's union (校工会): an entity of its own."""
    lex = doc.lex
    college, university = lex.cue_words["college_kinds"]
    school = ("学校", *lex.cue_words["school_short_forms"])
    if not any(m.group(1) in school for m in lex.institution_union.finditer(doc.text)):
        return
    colleges = [
        e for e in bodies if e.name.endswith(college) and university in e.name[: -len(college)]
    ]
    if len(colleges) != 1:
        return
    unit = colleges[0]
    name = unit.name[: unit.name.index(university) + len(university)]
    first = min(unit.mentions, key=lambda m: m.start)
    key = EntityKey("Organization", name, unit.key.code)
    if key in doc.table.entities or first.text != unit.name:
        return
    ent = ExtractedEntity(key, "Organization", name, place=unit.place)
    ent.mentions.append(Mention(name, first.start, first.start + len(name), RULE))
    doc.table.entities[key] = ent


def _drop_unit_body(table: EntityTable, unit: str) -> None:
    """A unit of an institution (心理学院) written only inside its union's name is a department,
    not an entity (the annotation guide's organs and departments)."""
    unions = [span for span, key in table.by_span.items() if table.entities[key].type == "Union"]
    for body in [e for e in table.entities.values() if e.name == unit and e.type != "Union"]:
        if all(any(s <= m.start and m.end <= e for s, e in unions) for m in body.mentions):
            table.remove(body.key)


def _add_own_school(doc: ArticleDoc) -> EntityKey | None:
    """我校, 我校工会 and 校工会 in the news of a school's union (the source names it); the
    key of that union, None where the source is no school's union."""
    table, lex = doc.table, doc.lex
    publisher = doc.article.publisher or ""
    typed = lex.org_type(publisher)
    if typed is None or typed[0] != "Union" or not any(f in doc.text for f in _OWN_FORMS):
        return None
    owner = publisher[: -len(typed[1])]
    if not owner.endswith(tuple(lex.cue_words["school_kinds"][1:])):
        return None
    # a school named after its province is written with the province's code already: 某省大学
    school = table.written_key("Organization", owner) or EntityKey("Organization", owner)
    union = table.written_key("Union", publisher) or EntityKey("Union", publisher)
    for form in _OWN_FORMS:
        for m in re.finditer(form, doc.text):
            if not table.covered(m.start(), m.end()):
                table.add_reference(school, "Organization", owner, m.span(), RULE)
    for form in (*(f + lex.union_word for f in _OWN_FORMS), _SCHOOL_UNION):
        for m in re.finditer(form, doc.text):
            table.add_reference(union, "Union", publisher, m.span(), RULE)
    return union if union in table.entities else None


def unit_union(ent: ExtractedEntity) -> bool:
    """Whether a union is the union of an institution's unit, which this pass read from the
    unit alone (心理学院工会 of 某某大学心理学院工会): it belongs to no body by its name."""
    own = (*_OWN_FORMS, _SCHOOL_UNION)
    return any(
        m.source == RULE and m.end - m.start < len(ent.name) and not m.text.startswith(own)
        for m in ent.mentions
    )


def _institution_before(table: EntityTable, pos: int, text: str) -> ExtractedEntity | None:
    """The union of a school, college or hospital named in full (not a unit's: 心理学院工会)
    that the sentence mentions first before ``pos``, when one is."""
    sentence_start = max(text.rfind(c, 0, pos) for c in "。！？\n") + 1
    kinds = table.lex.cue_words["institution_kinds"]
    best: tuple[int, ExtractedEntity] | None = None
    for (start, end), key in table.by_span.items():
        ent = table.entities.get(key)
        if ent is None or ent.type != "Union" or not sentence_start <= start < end <= pos:
            continue
        if any(m.source == RULE and m.end - m.start < len(ent.name) for m in ent.mentions):
            continue  # a unit's union read by this pass (written shorter than its name)
        if (
            _named(ent.name[: -len(table.lex.union_word)], kinds)
            and ent.name.endswith(table.lex.union_word)
            and (best is None or start < best[0])
        ):
            best = (start, ent)
    return best[1] if best else None


def _named(owner: str, kinds: tuple[str, ...]) -> bool:
    """Whether a name is an institution's full name (某某师范大学), not a unit's (心理学院)."""
    return len(owner) >= _NAMED and owner.endswith(kinds)
