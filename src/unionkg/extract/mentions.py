"""Mention passes that add organizations the suffix grammar cannot see: the federations of a
list of places (甲市、乙市两地工会), a business known by a quoted brand (外卖平台“某某”), and
the company a union is named after (某某院工会)."""

from __future__ import annotations

import re

from ..model import EntityKey
from .cues import Patterns
from .doc import ArticleDoc
from .entities import EntityTable
from .lexicon import Lexicon
from .orgs import union_owner
from .places import PlaceHit

__all__ = ["add_listed_federations", "add_quoted_brands", "add_union_owners"]


# the words are classes of ``cue_words`` in ``rules/lexicon.json``
_TEMPLATES = {
    "list_of_places": r"(?:、|{list_joints})",
    # 等5省市工会, 两地工会
    "federations_after": r"(?:{etc})?(?:[\d一二两三四五六七八九十]+(?:{place_counters})?)?"
    r"(?:{place_groups})?(?:{federation_words})(?!{not_federation_after})",
    # a brand in quotes after the kind of business it is: 外卖平台“某某”, 电商企业“某某”
    "quoted_brand": r"(?:{brand_kinds})[“\"]([\u4e00-\u9fffA-Za-z0-9]{2,10})[”\"]",
}


def _build(lex: Lexicon) -> Patterns:
    return Patterns(_TEMPLATES, lex.cue_words)


def add_listed_federations(doc: ArticleDoc) -> None:
    """北京、深圳、广东等5省市工会, 甲市、乙州两地工会: each place's federation of unions
    (某地总工会), mentioned where its place is written in the list."""
    table, cues = doc.table, doc.lex.compiled(_build)
    run: list[PlaceHit] = []
    for hit in sorted(doc.places, key=lambda h: h.start):
        if run and cues.list_of_places.fullmatch(table.text[run[-1].end : hit.start]):
            run.append(hit)
            continue
        _federations_of(table, run, cues)
        run = [hit]
    _federations_of(table, run, cues)


def _federations_of(table: EntityTable, run: list[PlaceHit], cues: Patterns) -> None:
    if len(run) < 2 or not cues.federations_after.match(table.text, run[-1].end):
        return
    for hit in run:
        place_key = table.place_for_hit.get((hit.start, hit.end))
        if place_key is None:
            continue
        town = table.entities[place_key]
        name = town.name + "总工会"
        key = next(
            (e.key for e in table.entities.values() if e.type == "Union" and e.name == name),
            EntityKey("Union", name, town.attributes.get("admin_code", "")),
        )
        union = table.add_reference(
            key, "Union", name, (hit.start, hit.end), "listed-federation/v1"
        )
        if union.place is None:
            union.place = place_key


_ROLE_TAGS = {"v", "vd", "p", "u"}  # 当好企业“…”, 为企业“…”: the quote says what one acts as


def add_quoted_brands(doc: ArticleDoc) -> None:
    """Companies known by a brand the text quotes after naming their kind of business; every
    quoted mention of the brand in the article is theirs."""
    table, words = doc.table, doc.lex.cue_words
    for m in doc.lex.compiled(_build).quoted_brand.finditer(table.text):
        brand = m.group(1)
        before = doc.index.token(m.start() - 1)
        if before is not None and before.tag in _ROLE_TAGS:
            continue  # 做起了企业“红娘”, 为企业“私人定制”: a figure of speech, not a brand
        if any(w in brand for w in words["not_brand_parts"]) or brand.endswith(
            words["not_brand_endings"]
        ):
            continue  # 企业“工会群”: a chat group or an account, not a business
        if any(brand in (e.name, *e.aliases) for e in table.entities.values()):
            continue
        key = EntityKey("Company", brand)
        for quoted in re.finditer(f'(?<=[“"]){re.escape(brand)}(?=[”"])', table.text):
            if not any(s < quoted.end() and quoted.start() < e for s, e in table.by_span):
                table.add(key, "Company", brand, quoted.span(), "quoted-brand/v1")


def add_union_owners(doc: ArticleDoc) -> None:
    """The company a union is named after where no suffix says it is one (某某院工会): an
    entity, mentioned inside the union's name and wherever the text writes it alone."""
    table, lex = doc.table, doc.lex
    for union in [e for e in table.entities.values() if e.type == "Union"]:
        if union.place is not None:
            continue
        owner = union_owner(union.name, table.text, doc.index, lex)
        if owner is None or any(owner in (e.name, *e.aliases) for e in table.entities.values()):
            continue
        key = EntityKey("Company", lex.expand(owner))
        for m in re.finditer(re.escape(owner), table.text):
            inside = [(s, e) for s, e in table.by_span if s <= m.start() and m.end() <= e]
            if all(table.by_span[span] == union.key and span[0] == m.start() for span in inside):
                table.add(key, "Company", owner, m.span(), "union-owner/v1")
