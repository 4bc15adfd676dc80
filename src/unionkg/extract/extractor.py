"""Extraction of one article: a pure function of the article and read-only resources."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Article, Extraction
from .entities import EntityTable
from .gazetteer import Gazetteer, default_gazetteer, family_names
from .lexicon import Lexicon, default_lexicon
from .ner import Tagger, Token, default_tagger
from .orgs import find_orgs, union_owner
from .places import PlaceHit, TokenIndex, find_places, zones_in_names
from .relations import find_relations

__all__ = ["Resources", "default_resources", "extract_article"]

_PERSON = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_ORG_TYPES = {"Union", "Company", "Organization"}


@dataclass(frozen=True)
class Resources:
    """What extraction reads besides the article: the model, the gazetteer, the rules."""

    tagger: Tagger
    gazetteer: Gazetteer
    lexicon: Lexicon


@lru_cache(maxsize=1)
def default_resources() -> Resources:
    """The shipped model, gazetteer and rules, loaded once per process."""
    return Resources(default_tagger(), default_gazetteer(), default_lexicon())


def extract_article(article: Article, resources: Resources | None = None) -> Extraction:
    """Entities and relations of one article.

    >>> from unionkg.model import Article
    >>> ex = extract_article(Article(id="t", text="瑞安市总工会主席林启明表示。"))
    >>> sorted((e.type, e.name) for e in ex.entities)
    [('Official', '林启明'), ('Town', '瑞安市'), ('Union', '瑞安市总工会')]
    """
    res = resources or default_resources()
    text = article.text
    tokens = res.tagger.tag(text)
    index = TokenIndex(text, tokens)
    places = find_places(text, index, res.gazetteer, res.lexicon)
    orgs = find_orgs(text, index, places, res.lexicon)
    for zone in zones_in_names(text, orgs, res.lexicon):
        if not any(p.start == zone.start and p.end == zone.end for p in places):
            places.append(zone)
        for org in orgs:  # the zone is the most specific place of every name that holds it
            if org.start <= zone.start and zone.end < org.end and zone not in org.places:
                org.places.append(zone)

    table = EntityTable(text, article.original, res.gazetteer, res.lexicon)
    for hit in places:
        table.add_place(hit, "gazetteer/v1" if hit.candidates else "place-grammar/v1")
    for span in sorted(orgs, key=lambda s: (s.start, -s.end)):
        table.add_org(span)
    _add_listed_federations(table, places)
    table.settle_branches()
    table.merge_short_forms()
    table.merge_variants()
    table.settle_names()
    _add_union_owners(table, index, res.lexicon)
    table.add_own_unions()
    _add_quoted_brands(table)
    table.add_back_references(index.starts)
    table.add_repeated_names()
    table.add_kind_references()
    _add_persons(table, article, tokens, res.lexicon)
    relations = find_relations(article, table, index, places, orgs, res.lexicon)
    _type_officials(table, text, res.lexicon)
    return Extraction(article, list(table.entities.values()), relations)


_LIST_OF_PLACES = re.compile(r"[、和与及]")
_FEDERATIONS_AFTER = re.compile(
    r"等?(?:[\d一二两三四五六七八九十]+个?)?(?:省区市|省市区?|省市|省区|市县区?|县区|区县|地|省|市|县|区)?"
    r"总?工会(?!联合会|委员会|联盟)"
)


def _add_listed_federations(table: EntityTable, places: list[PlaceHit]) -> None:
    """北京、深圳、广东等5省市工会, 甲市、乙州两地工会: each place's federation of unions
    (某地总工会), mentioned where its place is written in the list."""
    run: list[PlaceHit] = []
    for hit in sorted(places, key=lambda h: h.start):
        if run and _LIST_OF_PLACES.fullmatch(table.text[run[-1].end : hit.start]):
            run.append(hit)
            continue
        _federations_of(table, run)
        run = [hit]
    _federations_of(table, run)


def _federations_of(table: EntityTable, run: list[PlaceHit]) -> None:
    if len(run) < 2 or not _FEDERATIONS_AFTER.match(table.text, run[-1].end):
        return
    for hit in run:
        place_key = table.place_for_hit.get((hit.start, hit.end))
        if place_key is None:
            continue
        town = table.entities[place_key]
        name = town.name + "总工会"
        key = next(
            (e.key for e in table.entities.values() if e.type == "Union" and e.name == name),
            f"Union:{name}:{town.attributes.get('admin_code', '')}",
        )
        union = table.add_reference(
            key, "Union", name, (hit.start, hit.end), "listed-federation/v1"
        )
        union.attributes.setdefault("place", place_key)


# a brand in quotes after the kind of business it is: 外卖平台“某某”, 电商企业“某某”
_QUOTED_BRAND = re.compile(
    r"(?:平台|企业|公司|品牌|商家|网店|小程序|APP|App)[“\"]([\u4e00-\u9fffA-Za-z0-9]{2,10})[”\"]"
)


def _add_quoted_brands(table: EntityTable) -> None:
    """Companies known by a brand the text quotes after naming their kind of business; every
    quoted mention of the brand in the article is theirs."""
    for m in _QUOTED_BRAND.finditer(table.text):
        brand = m.group(1)
        if "工会" in brand or brand.endswith(("群", "号")):
            continue  # 企业“工会群”: a chat group or an account, not a business
        if any(brand in (e.name, *e.aliases) for e in table.entities.values()):
            continue
        key = f"Company:{brand}:"
        for quoted in re.finditer(f'(?<=[“"]){re.escape(brand)}(?=[”"])', table.text):
            if not any(s < quoted.end() and quoted.start() < e for s, e in table.by_span):
                table.add(key, "Company", brand, quoted.span(), "quoted-brand/v1")


def _add_union_owners(table: EntityTable, index: TokenIndex, lex: Lexicon) -> None:
    """The company a union is named after where no suffix says it is one (某某院工会): an
    entity, mentioned inside the union's name and wherever the text writes it alone."""
    for union in [e for e in table.entities.values() if e.type == "Union"]:
        if union.attributes.get("place"):
            continue
        owner = union_owner(union.name, table.text, index, lex)
        if owner is None or any(owner in (e.name, *e.aliases) for e in table.entities.values()):
            continue
        key = f"Company:{lex.expand(owner)}:"
        for m in re.finditer(re.escape(owner), table.text):
            inside = [(s, e) for s, e in table.by_span if s <= m.start() and m.end() <= e]
            if all(table.by_span[span] == union.key and span[0] == m.start() for span in inside):
                table.add(key, "Company", owner, m.span(), "union-owner/v1")


_AFTER_NAME = re.compile(
    r"^(?:等?[一二三四五六七八九十\d]*(?:位|名)?同志)?(?:高票|全票|顺利)?"
    r"(?:当选为|当选|被选举为|担任|出任|兼任|任|为)"
)
_LEADERS_AFTER = re.compile(r"^等?(?:[一二三四五六七八九十\d]+位)?(?:领导|负责同志|负责人)")
_CLAUSE = re.compile(r"[，,。；;：:！？\n“”]")
_LIST_JOINT = re.compile(r"^(?:、|和|及|与)$")


def _has_post(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the text gives the name at ``start:end`` a post: 主席王某, 当选主席的王某,
    领导王某, 王某当选为主席, 王某等领导."""
    before = _CLAUSE.split(text[max(0, start - 20) : start])[-1].rstrip()
    before = before.removesuffix("同志").removesuffix("的")
    if lex.title_head(before) or before.endswith(tuple(lex.vague_titles)):
        return True
    after = _CLAUSE.split(text[end : end + 30])[0]
    if _LEADERS_AFTER.match(after):
        return True
    elected = _AFTER_NAME.match(after)
    if elected:
        rest = after[elected.end() :]
        return any(lex.title_head(rest[:n]) for n in range(2, min(len(rest), 16) + 1))
    return False


def _type_officials(table: EntityTable, text: str, lex: Lexicon) -> None:
    """A person the text gives a post is an Official, whether or not the organization of the
    post was found; so is every name listed with it (甲、乙、丙当选为委员)."""
    mentions = sorted(
        (m.start, m.end, ent.key)
        for ent in table.entities.values()
        if ent.type in {"Person", "Official"}
        for m in ent.mentions
        if m.source != "byline/v1"
    )
    groups: list[list[tuple[int, int, str]]] = []
    for mention in mentions:
        if groups and _LIST_JOINT.match(text[groups[-1][-1][1] : mention[0]]):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    for group in groups:
        first, last = group[0], group[-1]
        official = any(_has_post(text, s, e, lex) for s, e, _ in group) or (
            len(group) > 1 and _has_post(text, first[0], last[1], lex)
        )
        if official:
            for _, _, key in group:
                if table.entities[key].type == "Person":
                    table.entities[key].type = "Official"


def _person_within(table: EntityTable, s: int, e: int, start: int, end: int) -> bool:
    """Whether ``s:e`` is a person the model cut from the name at ``start:end`` by its head
    (副主席尚|江华): the same end, a later start."""
    return start < s and e == end and table.by_span.get((s, e), "").startswith("Person:")


def _add_persons(table: EntityTable, article: Article, tokens: list[Token], lex: Lexicon) -> None:
    """Persons: bylines, the model's PER words, and a name written right after a post
    (副主席柯明远，) that the model missed, when it starts with a family name."""
    for byline in article.bylines:
        where = (byline.start, byline.end)
        table.add(f"Person:{byline.name}", "Person", byline.name, where, "byline/v1")
    occupied = [(s, e) for (s, e) in table.by_span]
    text = article.text
    single, double = family_names()
    # the names of organizations, but not of those named by their owner (某某家庭农场)
    org_words = "|".join(
        e.name
        for e in table.entities.values()
        if e.type in _ORG_TYPES and not e.name.endswith(lex.person_named_suffixes)
    )
    for tok in tokens:
        if tok.tag != "PER" or not _PERSON.fullmatch(tok.text) or tok.text in lex.person_stopwords:
            continue
        if tok.text.endswith(lex.honorifics):
            continue
        if tok.text in org_words:
            continue  # a word of an organization's name (某某出行 of 某某出行科技有限公司)
        if any(s <= tok.start and tok.end <= e for s, e in occupied):
            continue
        end = tok.end
        if tok.text.endswith("当") and text.startswith("选", end) and len(tok.text) > 2:
            end -= 1  # 张某当|选为: the model ran the name into 当选
        start = tok.start
        if end - start == 2 and text[start - 2 : start - 1] == "、" and text[start - 1] in single:
            start -= 1  # 甲、那|某某: in a list of names the model read the family name as a word
        name = text[start:end]
        table.add(f"Person:{name}", "Person", name, (start, end), "lac-per/v1")
        occupied.append((start, end))
    for m in lex.title_then_name.finditer(text):
        start, end = m.span(1)
        name = m.group(1)
        clash = [(s, e) for s, e in occupied if s < end and start < e]
        if any(not _person_within(table, s, e, start, end) for s, e in clash):
            continue  # a person inside (副主席尚|江华) is merged into this one below
        if not (name[0] in single or name[:2] in double) or name in lex.generic_name_words:
            continue
        if lex.title_head(name) or lex.org_type(name):
            continue
        table.add(f"Person:{name}", "Person", name, (start, end), "title-then-name/v1")
        occupied.append((start, end))
    # 沈某 cut from 沈某某 by the model where the name runs into the next word, or 某某 from
    # 于某某 where it read the family name as a word of its own: one person
    persons = sorted(
        (e for e in table.entities.values() if e.type == "Person"), key=lambda e: e.name
    )
    for short in persons:
        longer = [p for p in persons if p is not short and p.name.startswith(short.name)]
        if not longer:  # 于|贺锐: the model read the family name 于 as a preposition
            longer = [
                p
                for p in persons
                if len(p.name) == len(short.name) + 1
                and p.name.endswith(short.name)
                and all(text[m.start - 1 : m.start] == p.name[0] for m in short.mentions)
            ]
        if len(longer) == 1 and short.key in table.entities:
            table.merge_into(short.key, longer[0].key)
            table.entities[longer[0].key].aliases.discard(short.name)
