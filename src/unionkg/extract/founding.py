"""The article pass: a union whose founding the article reports was founded by the federation
(总工会) the article credits with the founding work, and belongs to it."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Article
from .collect import SLOT, Collector, Template, split_sentences
from .dates import founding_date
from .entities import LEVEL_RANK, EntityTable

__all__ = ["links_from_article"]


_FOUNDING_WORK = re.compile(r"组建|筹建|筹备|建会|成立|部署|指导|推进|推动|牵头|揭牌|授牌|批复")


_STRONG_WORK = re.compile(r"组建|筹建|筹备|牵头|揭牌|授牌|批复")


def links_from_article(out: Collector, templates: list[Template], table: EntityTable,
                  article: Article) -> None:  # fmt: skip
    ents = table.entities
    # the founding: its date (the event's sentence first), and who did the founding work
    dates: dict[str, str | None] = {}
    for org in {**out.founded_by, **out.founding}:
        events = [(t.start, t.end) for t in out.founding.get(org, [])]
        tiers = [events, _neighbours(article.text, events),  # 10月20日,…。这标志着X正式成立。
                 [(t.start, t.end) for t in out.founded_by.get(org, [])]]  # fmt: skip
        dates[org] = None
        for spans in tiers:
            said = [
                d for a, b in spans if (d := founding_date(article.text[a:b], article.published))
            ]
            if said:  # the most precise date the sentences of this tier give
                dates[org] = max(said, key=len)
                break
        if found := dates[org]:
            ents[org].attributes.setdefault("founded", found)
    for org in out.founding:
        if ents[org].type != "Union":
            continue
        founders: list[tuple[str, Template, bool]] = []  # (founder, sentence, strong cue)
        for tpl in templates:
            for m in SLOT.finditer(tpl.text):
                if m.group(1) != "O":
                    continue
                z = tpl.slots[f"O{m.group(2)}"]
                if z == org or z in dates or ents[z].type != "Union":
                    continue
                if _INSTRUCTING.search(tpl.text[: m.start()]):
                    continue  # 按照某市总工会…部署: the one giving instructions did not found it
                rest = tpl.text[m.end() :]
                scope = rest
                co = _JOINED_BY.match(rest)  # 某镇总工会联合某商会…组建了: the work is both's
                for nxt in _ORG_SLOT.finditer(rest, co.end() if co else 0):
                    if tpl.slots.get(nxt.group()[1:-1]) == org:
                        break
                    if not _INSTRUCTING.search(rest[: nxt.start()]):
                        scope = rest[: nxt.start()]  # the work words belong to the next actor
                        break
                upper = ents[z].name.endswith("总工会") and _above(table, out, z, org)
                strong = bool(_STRONG_WORK.search(scope[:12]))
                if (upper and _FOUNDING_WORK.search(scope)) or strong:
                    founders.append((z, tpl, strong))
        if not founders:
            founders = _sentence_subject_founders(table, out, templates, org)
        # of the federations above that did founding work, the nearest one founded it
        weak = [f for f in founders if not f[2]]
        nearest = max((_place_rank(table, z) for z, _, _ in weak), default=None)
        for z, tpl, strong in founders:
            if not strong and _place_rank(table, z) != nearest:
                continue
            if out.has("subOrganizationOf", z, org) or out.has("founded", z, org):
                continue
            rule = "founding-work/v1"
            conf = out.confidence(rule)
            for founder in (z, *_joined_with(tpl, z)):
                if founder == org or out.has("founded", founder, org):
                    continue
                out.add("founded", founder, org, tpl.start, tpl.end, rule, conf)
                if ents[founder].type == "Union":
                    out.add("subOrganizationOf", org, founder, tpl.start, tpl.end, rule, conf)
    out.relations = [replace(r, date=dates.get(r.object)) if r.type == "founded" else r
                     for r in out.relations]  # fmt: skip


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


def _place_chain(table: EntityTable, out: Collector, place: str | None) -> list[str]:
    """``place`` and the places above it, nearest first, as the article and gazetteer know them."""
    chain: list[str] = []
    ents = table.entities
    by_name = {e.name: e.key for e in ents.values() if e.type == "Town"}
    while place and place not in chain:
        chain.append(place)
        up = next((r.object for r in out.relations
                   if r.type == "locatedIn" and r.subject == place), None)  # fmt: skip
        if up is None:
            parents = [p for p in ents[place].attributes.get("parents", "").split("/") if p]
            up = next((by_name[p] for p in parents if p in by_name), None)
        place = up
    return chain


_INSTRUCTING = re.compile(r"(?:按照|根据|依据|贯彻|落实|响应)(?:了)?$")


def _sentence_subject_founders(table: EntityTable, out: Collector, templates: list[Template],
                               org: str) -> list[tuple[str, Template, bool]]:  # fmt: skip
    """A federation above the new union that opens a sentence about founding work
    (某区总工会积极联动……探索出建会入会新路径) did that work."""
    ents = table.entities
    found = []
    for tpl in templates:
        m = _OPENING_SLOT.match(tpl.text)
        if not m or not _FOUNDING_WORK.search(tpl.text[m.end() :]):
            continue
        z = tpl.slots[f"O{m.group(1)}"]
        federation = ents[z].type == "Union" and ents[z].name.endswith("总工会")
        if z != org and federation and _above(table, out, z, org):
            found.append((z, tpl, False))
    return found


def _joined_with(tpl: Template, founder: str) -> list[str]:
    """The bodies the sentence has ``founder`` doing the work with (某镇总工会联合某商会)."""
    return [tpl.slots[f"O{co.group(1)}"] for m in _ORG_SLOT.finditer(tpl.text)
            if tpl.slots[m.group()[1:-1]] == founder
            and (co := _JOINED_BY.match(tpl.text, m.end()))]  # fmt: skip


_ORG_SLOT = re.compile(r"〔O\d+〕")
_JOINED_BY = re.compile(r"(?:联合|携手|会同|联手)〔O(\d+)〕")
_OPENING_SLOT = re.compile(r"^\s*(?:[^〔〕，,。]{0,12}[，,])?〔O(\d+)〕")


def _place_rank(table: EntityTable, key: str) -> int:
    """How specific an organization's place is (province 0 … village 4; 5 without one)."""
    place = table.entities[key].attributes.get("place")
    if not place or place not in table.entities:
        return -1
    return LEVEL_RANK.get(table.entities[place].attributes.get("level", "place"), 5)


def _above(table: EntityTable, out: Collector, upper: str, lower: str) -> bool:
    place = table.entities[upper].attributes.get("place")
    chain = _place_chain(table, out, table.entities[lower].attributes.get("place"))
    if place in chain:
        return True
    # the place of the union founded is not tied to a county or city the article names
    # (a street, a park): the article's own 总工会 is the one above it
    top = chain[-1] if chain else None
    tied = top is not None and table.entities[top].attributes.get("level") in {"province", "city"}
    return not tied and upper == _main_of_kind(table, "总工会")


def _main_of_kind(table: EntityTable, suffix: str) -> str | None:
    ents = [e for e in table.entities.values() if e.type == "Union" and e.name.endswith(suffix)]
    if not ents:
        return None
    return max(ents, key=lambda e: (len(e.mentions), -e.mentions[0].start)).key
