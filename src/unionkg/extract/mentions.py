"""Mention passes that add organizations the suffix grammar cannot see: the federations of a
list of places (甲市、乙市两地工会), a business known by a quoted brand (外卖平台“某某”) or
listed with others of its kind (某甲、某乙等8家快递企业), and the company a union is named after
(某某院工会)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import ORGANIZATION_TYPES, EntityKey, ExtractedEntity
from .brand_owners import placed_brand_owner
from .cues import Patterns
from .doc import ArticleDoc
from .entities import EntityTable, parent_names
from .lexicon import Lexicon
from .namecompare import in_order
from .ner import Token
from .orgbody import union_owner
from .orgkeys import add_org
from .orgspan import OrgSpan
from .placehit import PlaceHit

__all__ = [
    "add_appositions",
    "add_declared_short_names",
    "add_listed_brands",
    "add_listed_federations",
    "add_listed_peers",
    "add_listed_trades",
    "add_quoted_brands",
    "add_union_owners",
]


# the words are classes of ``cue_words`` in ``rules/lexicon.json``
_TEMPLATES = {
    "list_of_places": r"(?:、|{list_joints})",
    # 等5省市工会, 两地工会
    "federations_after": r"(?:{etc})?(?:[\d一二两三四五六七八九十]+(?:{place_counters})?)?"
    r"(?:{place_groups})?(?:{federation_words})(?!{not_federation_after})",
    # 甲乙两地工会, 甲—乙两地工会: the count says how many places were written back to back
    "counted_federations": r"({numeral_characters})(?:{place_groups})"
    r"(?:{federation_words})(?!{not_federation_after})",
    "back_to_back": r"[—\-－]?",
    # 甲乡、乙镇等渔业工会: a trade's union named once for each place of the list
    "shared_trade_union": r"(?:{etc})?([\u4e00-\u9fff]{1,4}业(?:{federation_words}))"
    r"(?!{not_federation_after})",
    # a brand in quotes after the kind of business it is: 外卖平台“某某”, 电商企业“某某”
    "quoted_brand": r"(?:{brand_kinds})[“\"]([\u4e00-\u9fffA-Za-z0-9]{2,10})[”\"]",
    # （以下简称“某某”）: a short name declared right after a name
    "declared_short_name": r"[（(](?:{short_name_markers})[:：]?[“\"]?"
    r"([\u4e00-\u9fffA-Za-z0-9]{2,12})[”\"]?[)）]",
    # 某某工会联合总会(某联): a short name in brackets with no marker, checked to abbreviate
    "bracketed_short_name": r"[（(]([\u4e00-\u9fff]{2,6})[)）]",
    # the close of a list of businesses: 等11家快递公司, 等10余家快递企业, 等平台企业, or a count
    # alone (5家物流公司)
    "brand_list_close": r"(?<=[^、])"
    r"(?:等(?:[\d一二三四五六七八九十百几多]+余?(?:{brand_list_counters}))?"
    r"|(?<=[\u4e00-\u9fff])[\d一二三四五六七八九十]+余?(?:{brand_list_counters}))"
    # 等湖南省大型企业: a place may come first; 等5家在某市经营的快递企业: a clause of 的
    r"(?:[\u4e00-\u9fff]{2,12}?(?:{attributive}))?"
    r"[\u4e00-\u9fff]{0,5}?(?:{brand_list_kinds})",
    # 等3家, or 3家 alone: an exact count opening a list's close (no 余, no 几)
    "exact_list_count": r"等?(\d+|[一二三四五六七八九十])(?:{brand_list_counters})",
    # 一批外资企业建立工会，其中包括甲、乙、丙……: a list that 其中 opens after a kind of
    # business of its sentence, its items up to the list's end
    "brand_list_open": r"(?:{brand_list_kinds})[^。；;！？]{0,16}?[，,]其中(?:包括|有)[:：]?"
    r"((?:[^、，。；…等]{2,11}、){2,}[^、，。；…等]{2,11})",
}


def _build(lex: Lexicon) -> Patterns:
    return Patterns(_TEMPLATES, lex.cue_words)


def add_listed_federations(doc: ArticleDoc) -> None:
    """北京、深圳、广东等5省市工会, 甲市、乙州两地工会: each place's federation of unions
    (某地总工会), mentioned where its place is written in the list."""
    table, cues = doc.table, doc.lex.compiled(_build)
    for run in _place_runs(doc, cues.list_of_places, with_parents=True):
        _federations_of(table, run, cues, doc.lex)
    for group in _place_runs(doc, cues.back_to_back):
        _counted_group(table, group, cues)


def _place_runs(
    doc: ArticleDoc, joint: re.Pattern[str], *, with_parents: bool = False
) -> Iterator[list[PlaceHit]]:
    """The article's places in runs, each joined to the one before it by ``joint``; with
    ``with_parents`` a place written right after another (北京市通州区) stands for the pair."""
    run: list[PlaceHit] = []
    for hit in sorted(doc.places, key=lambda h: h.start):
        if run and with_parents and hit.start == run[-1].end:
            run[-1] = hit
        elif run and joint.fullmatch(doc.table.text[run[-1].end : hit.start]):
            run.append(hit)
        else:
            if run:
                yield run
            run = [hit]
    if run:
        yield run


def _counted_group(table: EntityTable, group: list[PlaceHit], cues: Patterns) -> None:
    """甲乙两地工会, 甲—乙两省工会: places written back to back (or joined by a dash) that the
    count after them says are so many places, not a place and its parent: each one's
    federation of unions, mentioned where its place is written."""
    m = cues.counted_federations.match(table.text, group[-1].end) if len(group) > 1 else None
    if m is None or _count(m.group(1)) != len(group):
        return
    keys = [table.place_for_hit.get((h.start, h.end)) for h in group]
    names = {table.entities[k].name for k in keys if k is not None}
    if len(names) < len(group) or any(
        set(parent_names(table.entities[k])) & names for k in keys if k is not None
    ):
        return  # 某省某市: a place written with its parent
    _listed_unions(table, group, "总工会", "counted-federation/v1")


def _count(numeral: str) -> int:
    """The number one Chinese numeral character writes (两 2, 五 5; 0 for others).

    >>> _count("两"), _count("五"), _count("几")
    (2, 5, 0)
    """
    return 2 if numeral == "两" else "一二三四五六七八九十".find(numeral) + 1


_VILLAGE = "village"  # the level of a village or a community: one union, no federation


def _federations_of(table: EntityTable, run: list[PlaceHit], cues: Patterns, lex: Lexicon) -> None:
    if len(run) < 2:
        return
    if trade := cues.shared_trade_union.match(table.text, run[-1].end):
        _listed_unions(table, run, trade.group(1), "listed-trade-union/v1")
    elif cues.federations_after.match(table.text, run[-1].end):
        # 某村和某区总工会: a village has no federation of unions, only the district does; nor
        # has a special administrative region (香港、澳门工会: their unions, spoken of together)
        apart = tuple(lex.cue_words["places_without_federation"])
        towns = [hit for hit in run if hit.level != _VILLAGE and not hit.name.endswith(apart)]
        _listed_unions(table, towns, "总工会", "listed-federation/v1")


def _listed_unions(table: EntityTable, run: list[PlaceHit], union: str, rule: str) -> None:
    """Each listed place's union named ``union`` (总工会, 渔业工会), mentioned at its place."""
    for hit in run:
        place_key = table.place_for_hit.get((hit.start, hit.end))
        if place_key is None:
            continue
        town = table.entities[place_key]
        name = town.name + union
        code = town.attributes.get("admin_code", "")
        key = table.written_key("Union", name) or EntityKey("Union", name, code)
        ent = table.add_reference(key, "Union", name, (hit.start, hit.end), rule)
        if ent.place is None:
            ent.place = place_key


_ROLE_TAGS = {"v", "vd", "p", "u"}
_ACT_TAGS = {"v", "vn"}  # 当好企业“…”, 为企业“…”: the quote says what one acts as


def add_quoted_brands(doc: ArticleDoc) -> None:
    """Companies known by a brand the text quotes after naming their kind of business; every
    quoted mention of the brand in the article is theirs."""
    table, words = doc.table, doc.lex.cue_words
    for m in doc.lex.compiled(_build).quoted_brand.finditer(table.text):
        brand = m.group(1)
        before = doc.index.token(m.start() - 1)
        if before is not None and before.tag in _ROLE_TAGS:
            continue  # 做起了企业“红娘”, 为企业“私人定制”: a figure of speech, not a brand
        word = doc.index.token(m.start(1))
        if word is not None and word.tag in _ACT_TAGS and word.end >= m.end(1):
            continue  # 民营企业“产改”: an action the quote names (a verb), not a brand
        if any(w in brand for w in words["not_brand_parts"]) or brand.endswith(
            words["not_brand_endings"]
        ):
            continue  # 企业“工会群”: a chat group or an account, not a business
        if any(brand in (e.name, *e.aliases) for e in table.entities.values()):
            continue
        if any(e == m.start(1) - 1 for _, e in table.by_span):
            continue  # 某某有限公司“职工之家”: the named firm's own project or room, no brand
        key = EntityKey("Company", brand)
        for quoted in re.finditer(f'(?<=[“"]){re.escape(brand)}(?=[”"])', table.text):
            if not any(s < quoted.end() and quoted.start() < e for s, e in table.by_span):
                table.add(key, "Company", brand, quoted.span(), "quoted-brand/v1")


def add_union_owners(doc: ArticleDoc) -> None:
    """The company a union is named after where no suffix says it is one (某某院工会): an
    entity, mentioned inside the union's name and wherever the text writes it alone."""
    table, lex = doc.table, doc.lex
    for union in [e for e in table.entities.values() if e.type == "Union"]:
        owner = _owner_named(doc, union)
        if owner is None or any(owner in (e.name, *e.aliases) for e in table.entities.values()):
            continue
        key = _written_with_suffix(table, owner, lex) or EntityKey("Company", lex.expand(owner))
        for m in re.finditer(re.escape(owner), table.text):
            inside = [(s, e) for s, e in table.by_span if s <= m.start() and m.end() <= e]
            if all(table.by_span[span] == union.key and span[0] == m.start() for span in inside):
                ent = table.add(key, "Company", owner, m.span(), "union-owner/v1")
                ent.place = ent.place or union.place  # 某省某某: named after its union's place


def _owner_named(doc: ArticleDoc, union: ExtractedEntity) -> str | None:
    """The firm ``union`` is named after, as the text writes it, if one is."""
    table, lex = doc.table, doc.lex
    owner = union_owner(union.name, table.text, doc.index, lex) or _brand_read_alone(doc, union)
    if union.place is not None and not (owner and _parent_of_branch(table, owner, lex)):
        owner = placed_brand_owner(doc, union)  # 某市某某工会: a trade's, unless a brand's
    return owner or _firm_of_unit(union.name, lex)


def _brand_read_alone(doc: ArticleDoc, union: ExtractedEntity) -> str | None:
    """The brand a union is named after that the text writes only inside the union's name
    (某某重机工会), read by the model alone; none where it is the short form of a company the
    article names (某水 of 某京水泥厂)."""
    owner = union_owner(union.name, doc.text, doc.index, doc.lex, doc.tagger)
    if owner is None or any(
        e.type == "Company" and e.name[0] == owner[0] and in_order(owner, e.name)
        for e in doc.table.entities.values()
    ):
        return None
    return owner


def _firm_of_unit(name: str, lex: Lexicon) -> str | None:
    """The firm a union of one of its units is named after (某某股份有限公司某某事业部某某店
    工会): the name up to the last company's legal suffix, when a unit's words follow it."""
    head = name.removesuffix(lex.union_word)
    if head == name:
        return None
    legal = [s for s in lex.company_legal_suffixes if s.endswith(lex.company_word)]
    cuts = [at + len(s) for s in legal if (at := head.rfind(s)) > 1]
    cut = max(cuts, default=0)
    return head[:cut] if cut and len(head) - cut >= 2 else None


def _parent_of_branch(table: EntityTable, owner: str, lex: Lexicon) -> bool:
    """Whether the article names a branch of ``owner`` (某省某某 of 某省某某某地分公司): the
    owner is a company, though its name begins with a place."""
    return any(
        e.type == "Company"
        and e.name.startswith(owner)
        and e.name.endswith(lex.company_branch_suffixes)
        and len(e.name) > len(owner) + 3
        for e in table.entities.values()
    )


def _written_with_suffix(table: EntityTable, owner: str, lex: Lexicon) -> EntityKey | None:
    """The article's company that is the owner with a company's suffix (某某电力工会 and
    某某电力公司): the union's owner is that company, not a second one."""
    suffixes = (lex.company_word, *lex.company_legal_suffixes)
    places = tuple(f for e in table.entities.values() if e.type == "Town"
                   for f in (e.name, *e.aliases) if len(f) >= 2)  # fmt: skip
    found = [e.key for e in table.entities.values()
             if e.type == "Company"
             and _owner_with_suffix(e.name, owner, places, suffixes)]  # fmt: skip
    return found[0] if len(found) == 1 else None


def _owner_with_suffix(
    name: str, owner: str, places: tuple[str, ...], suffixes: tuple[str, ...]
) -> bool:
    """Whether ``name`` is ``owner`` with a company's suffix, after a place of the article or
    none (某某有限公司, 某省某某有限公司 for the owner 某某 of 某某工会).

    >>> _owner_with_suffix("青省远帆有限公司", "远帆", ("青省",), ("有限公司",))
    True
    """
    rest = next((name[len(p) :] for p in places if name.startswith(p + owner)), name)
    return rest.startswith(owner) and rest[len(owner) :] in suffixes


# an item, and the brand it serves glossed in brackets after it (某某电子商务(某团))
# an item may join two words by a hyphen (甲运-乙豪: a joint venture's name)
_ITEM = re.compile(
    r"[“\"]?((?:[\u4e00-\u9fffA-Za-z0-9]|(?<=[\u4e00-\u9fff])[-－](?=[\u4e00-\u9fff])){2,11})"
    r"[”\"]?(?:[(（]([\u4e00-\u9fffA-Za-z0-9]{2,8})[)）])?$"
)
_NAMED_TAGS = {"ORG", "nz", "nw"}
_HAN_WORD = re.compile("[\u4e00-\u9fff]+")
_BRAND_TAGS = {"ORG", "nz", "nw", "n", "j", "LOC"}


def add_listed_brands(doc: ArticleDoc) -> None:
    """邮政、申通、圆通等11家快递公司, 依托某某、某某等平台企业: the items of a list closed by
    a count and a kind of business are businesses, when the model reads most of them as
    names (or the suffix grammar found them)."""
    table, cues = doc.table, doc.lex.compiled(_build)
    makes = tuple(doc.lex.cue_words["make_list_closes"])
    for close in cues.brand_list_close.finditer(table.text):
        if close.group().endswith(makes):
            continue  # 甲、乙等8个品牌: makes of a product, counted as such, not businesses
        items = _list_items(doc, close.start())
        _add_listed_items(doc, items, cues.exact_list_count.match(close.group()))
    for opened in cues.brand_list_open.finditer(table.text):
        items = [i for i in _list_items(doc, opened.end(1)) if i[0] >= opened.start(1)]
        _add_listed_items(doc, items, None)


def _add_listed_items(
    doc: ArticleDoc, items: list[tuple[int, int, bool]], count: re.Match[str] | None
) -> None:
    """Record the items of a list of businesses, when the model reads most of them as names
    (or the list's count bounds them, or a firm is among them)."""
    table = doc.table
    named = [i for i in items if i[2]]
    few = 2 * len(named) < len(items) and not (
        _counted(table.text, count, items) or _with_firm(doc, items)
    )
    if len(items) < 2 or few:
        return
    owner: tuple[int, EntityKey | None] = (-1, None)  # the item before, and its key
    for start, end, is_name in items:
        if owner[0] == start - 1 and owner[1] is not None and _latin_gloss(table.text, start, end):
            ent = table.entities[owner[1]]  # 甲运-乙豪(ABC): its short name, no other firm
            table.add(ent.key, ent.type, ent.name, (start, end), "listed-brand/v1")
            continue
        owner = (end, _add_listed_brand(doc, start, end, is_name))


def _latin_gloss(text: str, start: int, end: int) -> bool:
    """Whether the item at ``start:end`` is a name in Latin letters in brackets right after
    another: the firm's foreign short name (a brand in Han characters there, 某某电商(某团),
    is the platform the firm works for, a business of its own)."""
    return text[start - 1 : start] in {"(", "（"} and text[start:end].isascii()


def _add_listed_brand(doc: ArticleDoc, start: int, end: int, is_name: bool) -> EntityKey | None:
    """Record the list item at ``start:end`` as a business, unless it is no business's
    name; the key of the entity it names (one the suffix grammar read included)."""
    table = doc.table
    taken = next((k for (s, e), k in table.by_span.items() if s < end and start < e
                  and k.type in ORGANIZATION_TYPES), None)  # fmt: skip
    if taken is not None:
        return taken  # a name the suffix grammar read
    text = table.text[start:end]
    if not is_name and len(doc.lex.strip_generic(text)) < 2:
        return None
    places = [p for p in doc.places if start <= p.start and p.end <= end]
    if places and places[-1].end == end:
        return None  # a place in a list of businesses' places
    fuller = _fuller_company(table, text)
    if fuller is not None:  # 青禾 listed, 青禾外卖 written: one business
        table.add(fuller.key, "Company", fuller.name, (start, end), "listed-brand/v1")
        return fuller.key
    span = OrgSpan(start, end, text, "Company", "", _leading(places, start),
                   source="listed-brand/v1")  # fmt: skip
    return add_org(table, span)


def _with_firm(doc: ArticleDoc, items: list[tuple[int, int, bool]]) -> bool:
    """Whether a list of businesses holds a company's full name the suffix grammar read
    (甲、乙、丙国际大酒店等品牌酒店) and its other items are short words, most of them no
    place: the full name tells what the short ones are, even where the model reads them as
    persons."""
    firms = {(s, e) for (s, e), k in doc.table.by_span.items() if k.type == "Company"}
    short = [i for i in items if (i[0], i[1]) not in firms]
    places = [i for i in short if any(p.start < i[1] and i[0] < p.end for p in doc.places)]
    return (
        len(short) < len(items)
        and all(e - s <= 4 for s, e, _ in short)
        and (2 * len(places) < len(short))
    )


def _counted(text: str, count: re.Match[str] | None, items: list[tuple[int, int, bool]]) -> bool:
    """Whether the close's exact ``count`` (甲、乙、丙等3家公司) is the number of items
    listed: the count bounds the list, so its items are the businesses even where the model
    reads no name (an item's short name in brackets after it is no item of its own)."""
    own = [i for i in items if text[i[0] - 1 : i[0]] not in "(（"]
    return count is not None and _number(count.group(1)) == len(own)


def _number(numeral: str) -> int:
    """The number of a count written in digits or one Chinese numeral character."""
    return int(numeral) if numeral.isdigit() else _count(numeral)


_PEER_TAGS = {"ORG", "nz", "nw", "n", "j"}
_SHORT_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,4}")


def add_listed_peers(doc: ArticleDoc) -> None:
    """甲乙、丙丁、戊己: a 、-list of short words whose known items are all companies (two at
    least) lists companies, so its other items are companies too; a list that holds a place,
    a person, a body of another type, a generic word or a kind of business is left alone."""
    table = doc.table
    known = {form: e.type for e in table.entities.values() for form in (e.name, *e.aliases)}
    for run in _short_word_lists(doc):
        types = [known.get(tok.text) for tok in run]
        if any(t not in (None, "Company") for t in types) or types.count("Company") < 2:
            continue
        if any(p.start <= tok.start and tok.end <= p.end for p in doc.places for tok in run):
            continue  # a place listed: a list of places (a firm may open with one: 某省航空)
        others = [tok for tok, t in zip(run, types, strict=True) if t is None]
        if not all(_brand_like(doc.lex, tok) for tok in others):
            continue  # 甲、乙、快递、外卖: a list of trades, not of firms
        spans = _org_spans(table)
        for tok in others:
            if any(s < tok.end and tok.start < e for s, e in spans):
                continue  # 苏宁|天天: the word opens a longer name already read
            add_org(table, OrgSpan(tok.start, tok.end, tok.text, "Company", "",
                                   source="listed-peer/v1"))  # fmt: skip


_ITEM_OPENERS = "、，,。；;：:由（(\n"
_HOST_VERBS = ("主办", "承办", "协办")
_DECLARED_FIRM = re.compile(r"作为[^，,。；;、]{0,12}企业")  # 某某铝业作为某市支柱企业
_NOT_NAME_TAGS = {"v", "vd", "d", "p", "c", "u", "r", "w", "ad"}


def add_listed_trades(doc: ArticleDoc) -> None:
    """甲工人文化宫、乙物流协办, 甲航空、乙航空: a short name ending in a trade word (物流, 投资,
    航空) is a firm when it is listed right next to an organization the article names or to
    another such name of the same trade, written right before the role of a host
    (某某投资承办), or before a person it has (某某水务的某某). A place and a trade word alone
    (某市铝业) is a firm only where the text says it is one (某市铝业作为某市支柱企业)."""
    table = doc.table
    spans = _org_spans(table)
    found = [c for c in _trade_names(doc) if not any(s < c[1] and c[0] < e for s, e in spans)]
    for start, end, trade, lead, hosted in found:
        peer = any(
            t == trade and (s == end + 1 or e == start - 1) and table.text[min(e, end)] == "、"
            for s, e, t, _, _ in found
        )
        if hosted or peer or _listed_by_body(table.text, start, end, spans) or _of_person(doc, end):
            add_org(table, OrgSpan(start, end, table.text[start:end], "Company", "", lead,
                                   source="listed-trade/v1"))  # fmt: skip


def _listed_by_body(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the item at ``start:end`` is listed (、) right next to an organization."""
    after = text[end : end + 1] == "、" and any(s == end + 1 for s, _ in spans)
    return after or (text[start - 1 : start] == "、" and any(e == start - 1 for _, e in spans))


def _of_person(doc: ArticleDoc, end: int) -> bool:
    """Whether a person of the firm follows its name (某某水务的某某)."""
    person = doc.index.token(end + 1)
    return doc.table.text[end : end + 1] == "的" and person is not None and person.tag == "PER"


def _trade_names(doc: ArticleDoc) -> Iterator[tuple[int, int, str, list[PlaceHit], bool]]:
    """The items ending in a trade word that may be a firm's short name: (start, end, trade
    word, places opening it, written right before a host's role)."""
    table, lex = doc.table, doc.lex
    trades = "|".join(sorted(lex.cue_words["firm_trade_words"], key=len, reverse=True))
    joints = lex.cue_words["list_joints"]
    for m in re.finditer(f"(?:{trades})", table.text):
        end, hosted = m.end(), table.text[m.end() : m.end() + 2] in _HOST_VERBS
        declared = _DECLARED_FIRM.match(table.text, end) is not None
        if not (hosted or _name_ends_at(doc, end)):
            continue  # 某某快递行业工会: a trade written before more of a name
        start = _item_start(doc, m.start(), end)
        if start <= 0 or any(start <= t.start < end and t.text in joints for t in doc.index.tokens):
            continue  # 甲和乙快递: two items
        places = [p for p in doc.places if start <= p.start and p.end <= end]
        lead = _leading(places, start)
        opens = lead[-1].end if lead else start
        own = lex.strip_generic(table.text[opens : m.start()], shortest=2)
        if not declared and (len(own) < 2 or any(p.end > opens for p in places)):
            continue  # 某省航空: the place's trade, unless said to be one firm (某市铝业作为…企业)
        yield start, end, m.group(), lead, hosted or declared


def _name_ends_at(doc: ArticleDoc, end: int) -> bool:
    """Whether a name may end at ``end``: a word boundary before punctuation, a verb, a
    preposition or a particle, or the end of the text."""
    after = doc.index.token(end)
    return doc.index.is_boundary(end) and (after is None or after.tag in {"w", "v", "p", "u"})


def _item_start(doc: ArticleDoc, trade_start: int, end: int) -> int:
    """Where the list item ending in a trade word at ``end`` opens: after the last item opener
    within reach, past the words of the clause before the name (仍希望某某航空)."""
    text = doc.table.text
    start = max(text.rfind(c, max(0, end - 11), trade_start) for c in _ITEM_OPENERS) + 1
    while (tok := doc.index.token(start)) and tok.tag in _NOT_NAME_TAGS and tok.end < trade_start:
        start = tok.end
    return start


def _brand_like(lex: Lexicon, tok: Token) -> bool:
    """Whether a word may be a firm's short name: read as a name, or a noun that is neither a
    generic word nor a kind of business."""
    if tok.tag in _NAMED_TAGS:
        return True
    kinds = (*lex.cue_words["brand_kinds"], *lex.cue_words["brand_list_kinds"])
    return len(lex.strip_generic(tok.text)) >= 2 and tok.text not in kinds


def _short_word_lists(doc: ArticleDoc) -> Iterator[list[Token]]:
    """The 、-lists of three or more words of two to four characters that the model reads as
    names or nouns, each list a whole."""
    toks, run = doc.index.tokens, list[Token]()
    for k, tok in enumerate(toks):
        if tok.text == "、" and run and toks[k - 1] is run[-1]:
            continue
        item = tok.tag in _PEER_TAGS and _SHORT_WORD.fullmatch(tok.text) is not None
        if item and run and toks[k - 1].text == "、" and toks[k - 2] is run[-1]:
            run.append(tok)
            continue
        if len(run) >= 3:
            yield run
        run = [tok] if item else []
    if len(run) >= 3:
        yield run


def _leading(places: list[PlaceHit], start: int) -> list[PlaceHit]:
    """The places written back to back at ``start``, where a name opens (某省某市某某实业:
    both, so that the firm lies in the more specific)."""
    run: list[PlaceHit] = []
    for hit in places:
        if hit.start != (run[-1].end if run else start):
            break
        run.append(hit)
    return run


def _fuller_company(table: EntityTable, brand: str) -> ExtractedEntity | None:
    """The one company of the article whose name holds the brand (a line of business after
    it: 某某外卖; a place and a legal form around it: 某省某某酒业有限公司), if there is
    exactly one."""
    fits = [
        e
        for e in table.entities.values()
        if e.type == "Company" and any(brand in form for form in (e.name, *e.aliases))
    ]
    return fits[0] if len(fits) == 1 else None


def _list_items(doc: ArticleDoc, close: int) -> list[tuple[int, int, bool]]:
    """The items of the 、-list ending at ``close``, last first: (start, end, read as a name);
    its last item may be joined by a word (甲、乙和丙等公司)."""
    text, items, end = doc.table.text, [], close
    while True:
        joint = max(text.rfind("、", max(0, end - 23), end), _quote_joint(text, end))
        if end == close:
            joint = max(joint, _word_joint(doc, end))
        item = _ITEM.search(text, joint + 1, end) if joint >= 0 else None
        if item is None or item.start() != joint + 1:
            break
        items.append((item.start(1), item.end(1), _named(doc, item.start(1), item.end(1))))
        if item.group(2):
            items.append((item.start(2), item.end(2), True))
        end = joint
    first = _first_item(doc, end)
    if first is not None:
        items.append(first)
    return items


_WORD_JOINT = re.compile(r"、[\u4e00-\u9fffA-Za-z0-9]{2,10}$")


def _word_joint(doc: ArticleDoc, end: int) -> int:
    """Where the last item of a 、-list is joined by a word (甲、乙和丙) before ``end``: the
    joining word's index, -1 if none is, or if no 、-item comes right before it."""
    text = doc.table.text
    for at in range(end - 3, max(0, end - 11), -1):
        tok = doc.index.token(at)
        if (
            text[at] in doc.lex.cue_words["list_joints"]
            and tok is not None
            and (tok.start, tok.end) == (at, at + 1)
        ):
            return at if _WORD_JOINT.search(text, max(0, at - 12), at) else -1
    return -1


def _quote_joint(text: str, end: int) -> int:
    """Where two quoted items meet (“甲”“乙”) before ``end``: the closing quote's index, -1
    if none is near."""
    at = max(text.rfind("”“", max(0, end - 14), end), text.rfind('""', max(0, end - 14), end))
    return at if at >= 0 and text[end - 1 : end] in '”"' else -1


def _first_item(doc: ArticleDoc, end: int) -> tuple[int, int, bool] | None:
    """The item that opens the list: the name-like words written right before its first 、."""
    quoted = doc.table.text[end - 1 : end] in '”"'
    pos = end - 1 if quoted else end
    start, read = _item_words(doc, pos)
    if read and read[0].tag == "PER" and len(read) == 1:
        return None  # a person's name: no item of a list of businesses
    glued = len(read) > 1 and any(t.tag == "PER" for t in read)  # 某某|某某森: a name, no person
    taken = next((s for s, e in _org_spans(doc.table) if e == pos and s < pos), None)
    if taken is not None:
        return taken, pos, True
    written = doc.table.text[start:pos]
    core = doc.lex.strip_generic(written, shortest=2)
    if core and written.endswith(core):  # 全县|京东、顺丰等9家快递公司: a generic word opens it
        start = pos - len(core)
    if pos - start < 2:
        return None
    misread = len(read) == 1 and read[0].tag not in _BRAND_TAGS and _name_alone(doc, read[0])
    return start, pos, glued or misread or _named(doc, start, pos)


def _item_words(doc: ArticleDoc, pos: int) -> tuple[int, list[Token]]:
    """The name-like words written right before ``pos`` (a time word in Han characters inside
    them, 某城|现代|码头), and where they start."""
    start, read = pos, list[Token]()
    while start > pos - 10:
        tok = doc.index.token(start - 1)
        if tok is None or tok.start < pos - 10:
            break
        named = tok.tag in {*_BRAND_TAGS, "PER"} or (bool(read) and _han_time(tok))
        if not named and not read and tok.end == pos and _name_alone(doc, tok):
            return tok.start, [tok]  # 送到|某交建、: a word the model reads as a name alone
        if not named and (read or not _brand_tail(doc, tok)):
            break
        start, read = tok.start, [tok, *read]
    while read and read[0].tag == "TIME":  # a time word opens no name
        start, read = read[0].end, read[1:]
    return start, read


def _named(doc: ArticleDoc, start: int, end: int) -> bool:
    """Whether the model reads ``text[start:end]`` as a name (one name-tagged word, or a name
    found by the suffix grammar)."""
    tok = doc.index.token(start)
    if tok is not None and (tok.start, tok.end) == (start, end) and tok.tag in _NAMED_TAGS:
        return True
    if (
        tok is not None
        and tok.start == start
        and tok.tag in _NAMED_TAGS
        and _trade_after(doc, tok, end)
    ):
        return True
    return any(s <= start and end <= e for s, e in _org_spans(doc.table))


def _han_time(tok: Token) -> bool:
    """Whether a word the model reads as a time is written in Han characters only (现代, 百年),
    a word a name may hold, not a date."""
    return tok.tag == "TIME" and _HAN_WORD.fullmatch(tok.text) is not None


def _trade_after(doc: ArticleDoc, name: Token, end: int) -> bool:
    """Whether one noun follows the name the model read, up to ``end`` (某某|电器): a firm's
    name and the trade it is known by."""
    if len(name.text) < 2:
        return False  # 央|视频: one character is no name
    noun = doc.index.token(name.end)
    return (
        noun is not None
        and (noun.start, noun.end) == (name.end, end)
        and noun.tag in _BRAND_TAIL_TAGS
    )


# the word a brand may end in after a name the model read (某某|跑腿, 某某|优选): a service
_BRAND_TAIL_TAGS = {"n", "vn", "v"}


def _name_alone(doc: ArticleDoc, tok: Token) -> bool:
    """Whether the model, reading ``tok``'s word alone, reads it as one organization's name
    (a brand the sentence around it made a direction or a verb of)."""
    if doc.tagger is None or len(tok.text) < 2:
        return False
    return doc.tagger.one_organization(tok.text)


def _brand_tail(doc: ArticleDoc, tok: Token) -> bool:
    """Whether ``tok``, a word no name holds, closes a brand: a service word written right
    after a word the model reads as a name (某某|闪送), a person's name too (某某|出行)."""
    before = doc.index.token(tok.start - 1)
    return (
        tok.tag in _BRAND_TAIL_TAGS
        and before is not None
        and before.tag in {*_NAMED_TAGS, "PER"}
        and len(before.text) >= 2
    )


def _org_spans(table: EntityTable) -> list[tuple[int, int]]:
    """The spans of the article's mentions of organizations (not of places or persons)."""
    return [span for span, key in table.by_span.items() if key.type in ORGANIZATION_TYPES]


def add_declared_short_names(doc: ArticleDoc) -> None:
    """某某物业管理有限公司（以下简称某某物业）: the short name the text declares for the
    organization written right before is an alias of it, so its later mentions (and a union
    named after it) find it."""
    table, cues = doc.table, doc.lex.compiled(_build)
    ends = {e: (s, key) for (s, e), key in table.by_span.items() if key.type in ORGANIZATION_TYPES}
    declared = [(m, ends.get(m.start())) for m in cues.declared_short_name.finditer(table.text)]
    for m in cues.bracketed_short_name.finditer(table.text):
        found = ends.get(m.start())
        if found is not None and _abbreviates(m.group(1), table.text[found[0] : m.start()]):
            declared.append((m, found))
    for m, found in declared:
        if found is None or found[1] not in table.entities:
            continue
        key, short = found[1], m.group(1)
        table.entities[key].aliases.add(short)
        table.add_reference(key, key.type, short, m.span(1), "declared-short-name/v1")
        # the short name written again later in the article is the body, however short it is
        table.add_free_occurrences(key, key.type, short, short, "declared-short-name/v1")


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is a short form of ``name`` as bodies shorten their names: its
    characters taken from the name in order, starting with one of its first words.

    >>> _abbreviates("某联", "某某工会联合总会"), _abbreviates("宁波", "某某电池有限公司")
    (True, False)
    """
    return len(short) < len(name) and short[0] in name[:4] and in_order(short, name)


_APPOSITION_DASH = re.compile(r"[”\"」]\s*(?:——|—|－－|--)\s*")


def add_appositions(doc: ArticleDoc) -> None:
    """“某某联盟”——某区职工创新工作室联盟: a quoted name that a dash glosses with a body's name
    of the same type is that body's other name (the quoted mention is folded into it)."""
    table = doc.table
    starts = {s: key for (s, _), key in table.by_span.items() if key.type in ORGANIZATION_TYPES}
    ends = {e: key for (_, e), key in table.by_span.items() if key.type in ORGANIZATION_TYPES}
    for m in _APPOSITION_DASH.finditer(table.text):
        # the closing quote mark may lie inside the quoted mention's span or right after it
        quoted = ends.get(m.start()) or ends.get(m.start() + 1)
        full = starts.get(m.end())
        if quoted is None or full is None or quoted == full or quoted.type != full.type:
            continue
        if quoted in table.entities and full in table.entities:
            table.merge_into(quoted, full)
