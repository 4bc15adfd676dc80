"""Relations of one article: from names, from posts, and from sentence patterns.

Each sentence is rewritten as a template in which every entity mention is a placeholder
(``〔O3〕`` an organization, ``〔P1〕`` a person, ``〔T2〕`` a place); the patterns of
``rules/relations.json`` and the post grammar read those templates, so they speak of word
classes, never of particular names.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..model import Article, Evidence, ExtractedRelation, RelationType
from .dates import founding_date
from .entities import LEVEL_RANK, EntityTable
from .lexicon import Lexicon
from .orgs import OrgSpan
from .places import PlaceHit, TokenIndex

__all__ = ["PatternRule", "find_relations", "pattern_rules", "split_sentences"]

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
_SLOT = re.compile(r"〔([OPT])(\d+)〕")
_CLAUSE_BREAK = re.compile(r"[，,：:“”\"「」（）()]")
_MACROS = {
    "{ORGS}": r"〔O\d+〕(?:(?:[、，,]|和|与|及|以及)〔O\d+〕)*",
    "{ORG}": r"〔O\d+〕",
    "{PER}": r"〔P\d+〕",
    "{TOWN}": r"〔T\d+〕",
}


@dataclass(frozen=True)
class PatternRule:
    """A named, versioned relation pattern over sentence templates."""

    name: str
    version: int
    relation: RelationType
    confidence: float
    pattern: re.Pattern[str]

    @property
    def id(self) -> str:
        return f"{self.name}/v{self.version}"


@lru_cache(maxsize=1)
def pattern_rules() -> tuple[PatternRule, ...]:
    """The shipped relation patterns."""
    raw = files("unionkg.extract").joinpath("rules/relations.json").read_text(encoding="utf-8")
    rules = []
    for item in json.loads(raw)["rules"]:
        source = item["pattern"]
        for macro, regex in _MACROS.items():
            source = source.replace(macro, regex)
        rules.append(
            PatternRule(item["name"], item["version"], item["relation"], item["confidence"],
                        re.compile(source))
        )  # fmt: skip
    return tuple(rules)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets of ``text``.

    >>> split_sentences("甲成立了。乙加入！")
    [(0, 5), (5, 9)]
    """
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


@dataclass
class _Template:
    text: str
    slots: dict[str, str]  # "O3" -> entity key
    start: int
    end: int


class _Collector:
    def __init__(self, article: Article, table: EntityTable) -> None:
        self.article = article
        self.table = table
        self.relations: list[ExtractedRelation] = []
        self.seen: set[tuple[str, str, str]] = set()

    def add(self, rtype: RelationType, subj: str, obj: str, start: int, end: int, rule: str,
            confidence: float, title: str | None = None, date: str | None = None) -> None:  # fmt: skip
        if subj == obj:
            return
        if rtype == "partneredWith" and obj < subj:
            subj, obj = obj, subj
        key = (rtype, subj, obj)
        if key in self.seen and title is None:
            return
        self.seen.add(key)
        sentence = self.article.as_written[start:end].strip()
        evidence = Evidence(self.article.id, sentence, start, end, rule, confidence)
        self.relations.append(ExtractedRelation(rtype, subj, obj, evidence, title, date))


def find_relations(article: Article, table: EntityTable, index: TokenIndex,
                   places: list[PlaceHit], orgs: list[OrgSpan], lex: Lexicon
                   ) -> list[ExtractedRelation]:  # fmt: skip
    """Every relation the article states between its entities."""
    out = _Collector(article, table)
    _from_names(out, table, places, orgs, lex)
    for start, end in split_sentences(article.text):
        tpl = _template(article.text, start, end, table)
        if not tpl.slots:
            continue
        _posts(out, tpl, table, lex)
        _patterns(out, tpl, table, article)
    for rel in out.relations:
        if rel.type in {"chairedBy", "holdsPosition"}:
            person = rel.object if rel.type == "chairedBy" else rel.subject
            if table.entities[person].type == "Person":
                table.entities[person].type = "Official"
    return out.relations


# ---------------------------------------------------------------- from names


def _from_names(out: _Collector, table: EntityTable, places: list[PlaceHit],
                orgs: list[OrgSpan], lex: Lexicon) -> None:  # fmt: skip
    ents = table.entities
    # an organization lies in the most specific place its name (or the article) gives it
    for ent in list(ents.values()):
        place = ent.attributes.get("place")
        if place and place in ents and ent.type != "Town":
            m = ent.mentions[0]
            out.add("locatedIn", ent.key, place, *_sentence_of(table.text, m.start), "name-place/v1", 0.9)
    # a place lies in the nearest of its gazetteer ancestors the article names
    by_name = {e.name: e.key for e in ents.values() if e.type == "Town"}
    for ent in list(ents.values()):
        if ent.type != "Town":
            continue
        parents = [p for p in ent.attributes.get("parents", "").split("/") if p]
        m = ent.mentions[0]
        for parent in parents:
            if parent in by_name and by_name[parent] != ent.key:
                out.add("locatedIn", ent.key, by_name[parent], *_sentence_of(table.text, m.start),
                        "gazetteer-parent/v1", 0.9)  # fmt: skip
                break
    # places written side by side: 江北区前江街道 (the later one lies in the earlier one)
    for left, right in zip(places, places[1:], strict=False):
        if left.end != right.start:
            continue
        lk = table.place_for_hit.get((left.start, left.end))
        rk = table.place_for_hit.get((right.start, right.end))
        if not lk or not rk or lk == rk:
            continue
        if LEVEL_RANK.get(left.level, 5) < LEVEL_RANK.get(right.level, 5) and not _has_parent(out, rk):
            out.add("locatedIn", rk, lk, *_sentence_of(table.text, left.start), "juxtaposed-places/v1", 0.8)
    # a union named after an organization belongs to it: X公司工会 -> X公司
    spans = {(s.start, s.end): s for s in orgs}
    for span in orgs:
        if span.type != "Union":
            continue
        for (s, e), inner in spans.items():
            if s == span.start and e < span.end and inner.type in {"Company", "Organization"}:
                if span.text[e - s :] in {"工会", "工会委员会", "工会联合会", "联合工会"}:
                    uk, ok = table.by_span.get((span.start, span.end)), table.by_span.get((s, e))
                    if uk and ok:
                        out.add("subOrganizationOf", uk, ok, *_sentence_of(table.text, s), "company-union/v1", 0.9)


def _has_parent(out: _Collector, key: str) -> bool:
    return any(r.type == "locatedIn" and r.subject == key for r in out.relations)


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    for start, end in split_sentences(text):
        if start <= pos < end:
            return start, end
    return pos, pos


# ---------------------------------------------------------------- templates


def _template(text: str, start: int, end: int, table: EntityTable) -> _Template:
    spans = sorted(((s, e) for (s, e) in table.by_span if start <= s and e <= end),
                   key=lambda p: (p[0], -p[1]))  # fmt: skip
    chosen: list[tuple[int, int]] = []
    for s, e in spans:
        if chosen and s < chosen[-1][1]:
            continue
        chosen.append((s, e))
    parts, slots, pos = [], {}, start
    for n, (s, e) in enumerate(chosen):
        key = table.by_span[(s, e)]
        etype = table.entities[key].type
        kind = "T" if etype == "Town" else "P" if etype in {"Person", "Official"} else "O"
        parts.append(text[pos:s])
        parts.append(f"〔{kind}{n}〕")
        slots[f"{kind}{n}"] = key
        pos = e
    parts.append(text[pos:end])
    return _Template("".join(parts), slots, start, end)


# ---------------------------------------------------------------- posts


def _posts(out: _Collector, tpl: _Template, table: EntityTable, lex: Lexicon) -> None:
    """ORG title、ORG title PER — and PER 当选为 ORG title."""
    for m in _SLOT.finditer(tpl.text):
        if m.group(1) != "P":
            continue
        person = tpl.slots[f"P{m.group(2)}"]
        left = tpl.text[: m.start()]
        cut = max((x.end() for x in _CLAUSE_BREAK.finditer(left)), default=0)
        _posts_before(out, tpl, left[cut:], person, table, lex)
        _posts_after(out, tpl, tpl.text[m.end() :], person, table, lex)


def _posts_before(out: _Collector, tpl: _Template, left: str, person: str,
                  table: EntityTable, lex: Lexicon) -> None:  # fmt: skip
    pieces = _SLOT.split(left)
    # pieces: text, kind, n, text, kind, n, text ...
    last_text = pieces[-1]
    if not lex.title_head(last_text.rstrip("同志 ")):
        return
    org: str | None = None
    found: list[tuple[str, str]] = []
    i = 0
    while i < len(pieces):
        chunk = pieces[i]
        if i % 3 == 0:
            if org is not None or found:
                for part in re.split(r"[、]|兼", chunk):
                    part = part.strip()
                    title = _title(part, lex)
                    if title and org is not None:
                        target = org
                        if title.startswith("工会") and table.entities[org].type != "Union":
                            target = _company_union(table, org) or org
                            title = title if target == org else title
                        found.append((target, title))
            i += 1
        else:
            kind, n = chunk, pieces[i + 1]
            org = tpl.slots[f"{kind}{n}"] if kind == "O" else None
            if kind == "P":
                found.clear()
            i += 2
    by_org: dict[str, list[str]] = {}
    for target, title in found:
        by_org.setdefault(target, []).append(title)
    for target, titles in by_org.items():
        title = "、".join(titles)
        rtype: RelationType = "chairedBy" if lex.is_chair_title(title) else "holdsPosition"
        if rtype == "chairedBy":
            out.add(rtype, target, person, tpl.start, tpl.end, "post-before-name/v1", 0.85, title)
        else:
            out.add(rtype, person, target, tpl.start, tpl.end, "post-before-name/v1", 0.85, title)


_ELECTED = re.compile(r"^(?:同志)?(?:当选为|当选|被选举为|担任|出任|兼任|任)(〔O(\d+)〕)?([^〔〕，。、；]{0,14})")


def _posts_after(out: _Collector, tpl: _Template, right: str, person: str,
                 table: EntityTable, lex: Lexicon) -> None:  # fmt: skip
    m = _ELECTED.match(right)
    if not m:
        return
    title = _title(m.group(3).strip(), lex)
    if not title:
        return
    if m.group(1):
        org = tpl.slots[f"O{m.group(2)}"]
    else:
        org = _main_union(table)
        if org is None:
            return
    rtype: RelationType = "chairedBy" if lex.is_chair_title(title) else "holdsPosition"
    if rtype == "chairedBy":
        out.add(rtype, org, person, tpl.start, tpl.end, "elected-as/v1", 0.8, title)
    else:
        out.add(rtype, person, org, tpl.start, tpl.end, "elected-as/v1", 0.8, title)


def _title(part: str, lex: Lexicon) -> str | None:
    part = part.strip().removesuffix("同志")
    if not part or len(part) > 16 or part in lex.vague_titles:
        return None
    head = lex.title_head(part)
    if head is None:
        return None
    if any(v in part for v in ("相关负责", "有关负责")):
        return None
    return part


def _company_union(table: EntityTable, org: str) -> str | None:
    ent = table.entities[org]
    name = ent.name + "工会"
    key = f"Union:{name}:{ent.attributes.get('place_code', '')}"
    if key not in table.entities:
        m = ent.mentions[0]
        table.entities[key] = type(ent)(key=key, type="Union", name=name)
        table.entities[key].mentions.append(m)
        table.entities[key].attributes["derived_from"] = org
    return key


def _main_union(table: EntityTable) -> str | None:
    unions = [e for e in table.entities.values() if e.type == "Union"]
    if not unions:
        return None
    return max(unions, key=lambda e: (len(e.mentions), -e.mentions[0].start)).key


# ---------------------------------------------------------------- patterns


def _patterns(out: _Collector, tpl: _Template, table: EntityTable, article: Article) -> None:
    for rule in pattern_rules():
        for m in rule.pattern.finditer(tpl.text):
            groups = m.groupdict()
            subj = _slots(groups.get("a"), tpl)
            objs = _slots(groups.get("b"), tpl) + _slots(groups.get("list"), tpl)
            support = _slots(groups.get("support"), tpl)
            if not subj:
                if rule.relation == "memberOf":
                    union = _main_union(table)
                    pairs = [(o, union) for o in objs if union]
                else:
                    if len(objs) < 2:
                        continue
                    pairs = [(objs[0], o) for o in objs[1:]]
            else:
                pairs = [(subj[0], o) for o in objs]
            if support and (subj or objs):
                host = subj[0] if subj else objs[0]
                pairs += [(host, s) for s in support]
            date = None
            if rule.relation == "founded":
                date = founding_date(article.text[tpl.start : tpl.end], article.published)
            for s, o in pairs:
                if not _fits(rule.relation, table, s, o):
                    continue
                out.add(rule.relation, s, o, tpl.start, tpl.end, rule.id, rule.confidence, None, date)
                if rule.relation == "founded":
                    if table.entities[s].type == "Union" and table.entities[o].type == "Union":
                        out.add("subOrganizationOf", o, s, tpl.start, tpl.end, rule.id, rule.confidence)
                    if date:
                        table.entities[o].attributes.setdefault("founded", date)


def _slots(group: str | None, tpl: _Template) -> list[str]:
    if not group:
        return []
    return [tpl.slots[f"{k}{n}"] for k, n in _SLOT.findall(group)]


_ORGS = {"Union", "Company", "Organization"}


def _fits(relation: RelationType, table: EntityTable, subj: str, obj: str) -> bool:
    s, o = table.entities[subj].type, table.entities[obj].type
    if relation == "memberOf":
        return o == "Union" and s in {"Person", "Official", "Company"}
    if relation == "locatedIn":
        return o == "Town"
    if relation == "subOrganizationOf":
        return s == "Union" and o in _ORGS
    return s in _ORGS and o in _ORGS


def _count(values: list[str]) -> Counter[str]:
    return Counter(values)
