"""The article pass: a union whose founding the article reports was founded by the federation
(总工会) the article credits with the founding work, and belongs to it."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import EntityKey
from .collect import SLOT, Collector, Template, company_union, split_sentences
from .cues import Patterns
from .dates import founding_date
from .entities import LEVEL_RANK, EntityTable, parent_names
from .lexicon import Lexicon
from .orgbody import FEDERATION

__all__ = ["links_from_article"]


_TEMPLATES = {
    # 对新成立的工会表示祝贺: a new body's founding told as an attribute is no one's work
    # 推进快递员入会工作, 指导快递员扫码入会: a drive to enrol members, not founding work
    # (推动建会入会 still is: 建会 is); 发布指导信息, 指导性文件: a word naming a paper;
    # 对某工会的成立表示祝贺: the founding is what is congratulated, not the speaker's work
    # (在某总工会的推动下 is still work); 某工会筹备组组长甲: a group named for the work, a
    # post's body, not work done (筹备组建 still is)
    "founding_work": r"(?<![新刚])(?!(?<=的)(?:成立|组建|筹建|建会))"
    r"(?:{founding_work})(?!信息|意见|性|手册|文件|组(?!建|织))"
    r"(?![^〔〕，,。；;]{0,12}?(?<!建会)入会)",
    "strong_work": "(?<![新刚])(?:{strong_founding_work})",
    # 按照某市总工会…部署: the one giving instructions did not found it, nor any named with it
    # (落实全总、某市总工会关于建会的部署)
    "instructing": r"(?:{instructing})(?:{perfective})?(?:〔O\d+〕(?:、|和|及|与))*$",
    # 落实某市总工会的工作要求，某镇成立了…: the one whose demands are met did not found it
    "instructions_of": r"的(?:(?!{founding_work})[^〔〕，,。；;]){0,4}?(?:{instructions})",
    # 某镇总工会联合某商会, 某市总工会和市某局联合(举办)
    "joined_by": r"(?:{joint_verbs}|(?:{org_joints})(?=〔O\d+〕(?:{joint_verbs})))〔O(\d+)〕",
    # 某总工会副主席甲出席成立大会并讲话: attending or speaking, not founding work; 某总工会主席
    # 甲表示，成立联合会是…: what follows a speech verb is what was said, not work done
    "attending": "{attending}|{speech_verbs}",
    # 在某市总工会的大力支持下，组建了…: the one supporting did not found it (the guide);
    # 在某市总工会的指导帮助下 is guidance still (its 指导 is founding work)
    "supporting": r"(?:的|等)?(?:(?!{founding_work})[^〔〕，,。；;]){0,6}?(?:{supporting})下",
}


def _build(lex: Lexicon) -> Patterns:
    return Patterns(_TEMPLATES, lex.cue_words)


def _cues(out: Collector) -> Patterns:
    return out.table.lex.compiled(_build)


def links_from_article(out: Collector, templates: list[Template]) -> None:
    """The founding of each organization the article reports: its date, and, for a union,
    the federation above it that did the founding work (founded, and the union belongs to
    it). ``templates`` are the article's sentences."""
    for tpl in templates:
        _own_union(out, tpl)
        _unveiled_by_persons(out, tpl)
    dates = _founding_dates(out)
    for org in out.founding:
        if out.table.entities[org].type != "Union":
            continue
        founders = _work_founders(out, templates, org, dates)
        _credit(out, org, founders or _sentence_subject_founders(out, templates, org))
    out.relations = [replace(r, date=dates.get(r.object)) if r.type == "founded" else r
                     for r in out.relations]  # fmt: skip


# 某某跑团成立了工会组织, 某某公司率先在该县成立了民营企业工会, 某某农场1961年建立工会组织:
# the body set up a union of its own, which the sentence leaves unnamed
_OWN_UNION = re.compile(
    r"〔O(\d+)〕(?:于[^〔〕，,。；;]{1,12}?|\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?)?"
    r"(?:正式|已经|已|也|率先|顺利)?(?:在[^〔〕，,。；;]{1,8}?)?"
    r"(?:成立|组建|建立)了?(?:自己的)?(?:(?:私营|民营|非公)?企业)?工会(?:组织|委员会)?(?=$|[，,。；;])"
)


# 某某公司召开首届工会会员大会, 某某协会召开工会会员大会第一次全体会议, 某某公司…召开职工大会，
# 选举产生了第一届工会委员会: the body convened its union's first assembly or elected its
# first committee, setting the union up
_FIRST_ASSEMBLY = re.compile(
    r"〔O(\d+)〕[^〔〕。；;！？]{0,40}?(?:召开了?(?:首届|第一届|第一次)工会会员(?:代表)?大会"
    r"|召开了?工会会员(?:代表)?大会(?:第一次|首次)(?:全体)?会议"
    r"|召开了?工会成立(?:暨|大会)"
    r"|选举产生了?(?:首届|第一届)工会(?:委员会|组织))"
)


def _own_union(out: Collector, tpl: Template) -> None:
    """A company or organization that set up its own union (某某公司成立了工会组织) or
    convened its first assembly (某某公司召开首届工会会员大会) founded that union (某某公司工会),
    which belongs to it, lies where it does, and is reported founded."""
    for m in (*_OWN_UNION.finditer(tpl.text), *_FIRST_ASSEMBLY.finditer(tpl.text)):
        owner = tpl.slots[f"O{m.group(1)}"]
        ent = out.table.entities[owner]
        if ent.type not in {"Company", "Organization"}:
            continue
        union = company_union(out.table, owner)
        cite = out.cite(tpl, "set-up-own-union/v4")
        out.add("founded", owner, union, cite)
        out.add("subOrganizationOf", union, owner, cite)
        if ent.place is not None and ent.place in out.table.entities:
            out.add("locatedIn", union, ent.place, out.cite(tpl, "company-union-place/v1"))
        out.founding.setdefault(union, []).append(tpl)


# 随后，甲和乙共同为联合会揭牌 (or 授牌, 甲同志为联合工会授牌): the persons who unveil or
# present a new body's plaque founded it (its name
# may be quoted: 为“某某学院”揭牌; or left unwritten: 甲与乙共同揭牌, the one union the article
# reports founded); so do several persons each named with a post in a body
# (某市总工会副主席甲和某县委副书记乙为某学院揭牌), while one such person (某总工会副主席甲为…)
# stands for the body (rule unveiled)
_UNVEILER = r"(?:(?:〔[OT]\d+〕[^〔〕。；;：:]{0,16}?)*|[^〔〕。；;：:，,]{1,20}?)〔P\d+〕(?:同志)?"
_PERSONS_UNVEIL = re.compile(
    r"(?:^|[，,。：:])(?:随后|当天|会上|现场|最后|仪式上)?[，,]?由?"
    rf"(?P<list>{_UNVEILER}(?:(?:、|和|与|及|[，,]){_UNVEILER})*)(?:等)?(?:还|也|又)?"
    r"(?:出席[^〔〕，,。；;]{0,6}?并)?"
    r"(?:(?:共同|一起|一同)?为(?:新成立的|新组建的)?"
    r"(?:[“\"「]?〔O(?P<slot>\d+)〕[”\"」]?|(?P<head>工会联合会|联合会|联合工会|工会))(?:成立)?"
    r"|(?:(?:与|和|及)[^〔〕，,。；;]{1,12}?代表)?(?P<bare>共同|一起|一同))(?P<verb>揭牌|授牌)"
)


def _unveiled_by_persons(out: Collector, tpl: Template) -> None:
    """Persons who unveil the plaque of a union (甲和乙共同为联合会揭牌) founded it: the union
    named, or the one union the article reports founded (else has at all) that the short
    head written (联合会, 工会) ends with."""
    for m in _PERSONS_UNVEIL.finditer(tpl.text):
        org = _unveiled(out, tpl, m)
        if org is None:
            continue
        persons = re.findall(r"〔(P\d+)〕", m.group("list"))
        if len(persons) < 2 and re.search(r"〔[OT]", m.group("list")):
            continue  # 某总工会副主席甲为…揭牌: the body unveils it (rule unveiled)
        cite = out.cite(tpl, "persons-unveiled/v4")
        for person in persons:
            out.add("founded", tpl.slots[person], org, cite)


def _unveiled(out: Collector, tpl: Template, m: re.Match[str]) -> EntityKey | None:
    ents = out.table.entities
    if m.group("slot"):  # a body named: a union, or one the article reports founded
        named = tpl.slots[f"O{m.group('slot')}"]
        # a union's plaque unveiled is its founding, and so is a body's (为某调解中心揭牌),
        # while a plaque presented (授牌) to a body is an award
        new = ents[named].type == "Union" or (
            ents[named].type == "Organization" and m["verb"] == "揭牌"
        )
        return named if named in out.founding or new else None
    unions = [k for k, e in ents.items()
              if e.type == "Union" and not e.name.endswith(FEDERATION)]  # fmt: skip
    if m.group("bare"):  # 甲与乙共同揭牌: the one union the article reports founded
        found = [k for k in unions if k in out.founding]
    else:  # 为工会联合会揭牌: the union of that kind, the one reported founded first
        unions = [k for k in unions if ents[k].name.endswith(m["head"])]
        found = [k for k in unions if k in out.founding] or unions
    return found[0] if len(found) == 1 else None


def _founding_dates(out: Collector) -> dict[EntityKey, str | None]:
    """The founding date of every organization the article reports founded (an attribute of
    the organization, and the date of its ``founded`` edges)."""
    dates: dict[EntityKey, str | None] = {}
    for org in {**out.founded_by, **out.founding}:
        dates[org] = _founding_date_of(out, org)
        if found := dates[org]:
            out.table.entities[org].attributes.setdefault("founded", found)
    return dates


def _founding_date_of(out: Collector, org: EntityKey) -> str | None:
    """The most precise date the sentences give, the event's own sentences first, then their
    neighbours (10月20日,…。这标志着X正式成立。), then those naming who founded it."""
    text, published = out.article.text, out.article.published
    events = [(t.start, t.end) for t in out.founding.get(org, [])]
    tiers = [events, _neighbours(text, events),
             [(t.start, t.end) for t in out.founded_by.get(org, [])]]  # fmt: skip
    for spans in tiers:
        said = [d for a, b in spans if (d := founding_date(text[a:b], published, out.table.lex))]
        if said:
            return max(said, key=len)
    return None


def _work_founders(out: Collector, templates: list[Template], org: EntityKey,
                   dates: dict[EntityKey, str | None]
                   ) -> list[tuple[EntityKey, Template, bool]]:  # fmt: skip
    """The unions the sentences credit with founding work on ``org``: (founder, sentence,
    whether the cue is a strong one)."""
    founders = []
    for tpl in templates:
        for m in SLOT.finditer(tpl.text):
            found = _founder_at(out, tpl, m, org, dates)
            if found is not None:
                founders.append(found)
    return founders


def _founder_at(out: Collector, tpl: Template, m: re.Match[str], org: EntityKey,
                dates: dict[EntityKey, str | None]
                ) -> tuple[EntityKey, Template, bool] | None:  # fmt: skip
    """The union at the slot ``m`` as a founder of ``org``, if the words after it are
    founding work it did."""
    ents = out.table.entities
    if m.group(1) != "O":
        return None
    z = tpl.slots[f"O{m.group(2)}"]
    if z == org or z in dates or ents[z].type != "Union":
        return None
    cues = _cues(out)
    if cues.instructing.search(tpl.text[: m.start()]):
        return None  # 按照某市总工会…部署: the one giving instructions did not found it
    if cues.supporting.match(tpl.text, m.end()) or cues.instructions_of.match(tpl.text, m.end()):
        return None  # 在某市总工会的支持下, 某市总工会的要求: support or demands are not work
    scope = _work_scope(cues, tpl, tpl.text[m.end() :], org)
    upper = ents[z].name.endswith("总工会") and _above(out.table, out, z, org)
    strong = _did_strong_work(cues, scope[:12])
    if (upper and _did_work(cues, scope)) or strong:
        return z, tpl, strong
    return None


def _did_strong_work(cues: Patterns, scope: str) -> bool:
    """Whether the words just after an actor are a strong founding word it did, not one it
    attended (某区总工会负责人参加了揭牌活动: a guest at the plaque, not its founder)."""
    work = cues.strong_work.search(scope)
    return work is not None and cues.attending.search(scope[: work.start()]) is None


def _did_work(cues: Patterns, scope: str) -> bool:
    """Whether the words after an actor speak of founding work it did: a founding word not
    after a word of attending (出席成立大会, 在讲话中…要求工会成立后), nor inside the title of
    a paper it issued (发布了《关于…“双推进”工作指导意见》: the paper's words, not its work)."""
    scope = _BOOK_TITLE.sub(lambda t: "＿" * len(t.group()), scope)
    work = cues.founding_work.search(scope)
    attended = cues.attending.search(scope)
    return work is not None and (attended is None or work.start() < attended.start())


def _work_scope(cues: Patterns, tpl: Template, rest: str, org: EntityKey) -> str:
    """The words after an actor that speak of its work: up to the next actor, unless that
    one is the body founded or the actor's partner (某镇总工会联合某商会…组建了)."""
    co = cues.joined_by.match(rest)
    for nxt in _ORG_SLOT.finditer(rest, co.end() if co else 0):
        if tpl.slots.get(nxt.group()[1:-1]) == org:
            break
        if not cues.instructing.search(rest[: nxt.start()]):
            return rest[: nxt.start()]  # the work words belong to the next actor
    return rest


def _credit(
    out: Collector, org: EntityKey, founders: list[tuple[EntityKey, Template, bool]]
) -> None:
    """Of the federations above that did founding work, the nearest one founded ``org`` (with
    the bodies it worked with); a strong cue credits its actor whatever its level, and one
    nearer than the others leaves those above it uncredited."""
    table = out.table
    nearest = max((_place_rank(table, z) for z, _, _ in founders), default=None)
    for z, tpl, strong in founders:
        if not strong and _place_rank(table, z) != nearest:
            continue
        if out.has("subOrganizationOf", z, org) or out.has("founded", z, org):
            continue
        cite = out.cite(tpl, "founding-work/v1")
        for founder in (z, *_joined_with(_cues(out), tpl, z)):
            if founder == org or out.has("founded", founder, org):
                continue
            out.add("founded", founder, org, cite)
            if table.entities[founder].type == "Union":
                out.add("subOrganizationOf", org, founder, cite)


def _neighbours(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences just before and after each of ``spans`` within the same paragraph."""
    sentences = split_sentences(text)
    out = []
    for i, span in enumerate(sentences):
        if span not in spans:
            continue
        for j in (i - 1, i + 1):
            if (
                0 <= j < len(sentences)
                and "\n"
                not in text[min(span[0], sentences[j][0]) : max(span[1], sentences[j][1])].strip()
            ):
                out.append(sentences[j])
    return out


def _place_chain(table: EntityTable, out: Collector, place: EntityKey | None) -> list[EntityKey]:
    """``place`` and the places above it, nearest first, as the article and gazetteer know them."""
    chain: list[EntityKey] = []
    ents = table.entities
    by_name = {e.name: e.key for e in ents.values() if e.type == "Town"}
    while place and place not in chain:
        chain.append(place)
        up = next((r.object for r in out.relations
                   if r.type == "locatedIn" and r.subject == place), None)  # fmt: skip
        if up is None:
            parents = parent_names(ents[place])
            up = next((by_name[p] for p in parents if p in by_name), None)
        place = up
    return chain


def _sentence_subject_founders(out: Collector, templates: list[Template],
                               org: EntityKey
                               ) -> list[tuple[EntityKey, Template, bool]]:  # fmt: skip
    """A federation above the new union that opens a sentence about founding work
    (某区总工会积极联动……探索出建会入会新路径) did that work."""
    table = out.table
    ents = table.entities
    found = []
    for tpl in templates:
        m = _OPENING_SLOT.match(tpl.text)
        if not m or not _did_work(_cues(out), tpl.text[m.end() :]):
            continue
        z = tpl.slots[f"O{m.group(1)}"]
        federation = ents[z].type == "Union" and ents[z].name.endswith("总工会")
        if z != org and federation and _above(table, out, z, org):
            found.append((z, tpl, False))
    return found


def _joined_with(cues: Patterns, tpl: Template, founder: EntityKey) -> list[EntityKey]:
    """The bodies the sentence has ``founder`` doing the work with (某镇总工会联合某商会)."""
    return [tpl.slots[f"O{co.group(1)}"] for m in _ORG_SLOT.finditer(tpl.text)
            if tpl.slots[m.group()[1:-1]] == founder
            and (co := cues.joined_by.match(tpl.text, m.end()))]  # fmt: skip


_ORG_SLOT = re.compile(r"〔O\d+〕")
_BOOK_TITLE = re.compile(r"《[^《》]*》")
_OPENING_SLOT = re.compile(r"^\s*(?:[^〔〕，,。]{0,12}[，,])?〔O(\d+)〕")


def _place_rank(table: EntityTable, key: EntityKey) -> int:
    """How specific an organization's place is (province 0 … village 4; 5 without one)."""
    place = table.entities[key].place
    if place is None or place not in table.entities:
        return -1
    return LEVEL_RANK.get(table.entities[place].attributes.get("level", "place"), 5)


def _above(table: EntityTable, out: Collector, upper: EntityKey, lower: EntityKey) -> bool:
    place = table.entities[upper].place
    chain = _place_chain(table, out, table.entities[lower].place)
    if place in chain:
        return True
    # the place of the union founded is not tied to a county or city the article names
    # (a street, a park): the article's own 总工会 is the one above it
    top = chain[-1] if chain else None
    tied = top is not None and table.entities[top].attributes.get("level") in {"province", "city"}
    return not tied and upper == _main_of_kind(table, "总工会")


def _main_of_kind(table: EntityTable, suffix: str) -> EntityKey | None:
    ents = [e for e in table.entities.values() if e.type == "Union" and e.name.endswith(suffix)]
    if not ents:
        return None
    return max(ents, key=lambda e: (len(e.mentions), -e.mentions[0].start)).key
