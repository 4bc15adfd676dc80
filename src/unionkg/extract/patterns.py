"""Relation patterns (``rules/relations.json``) over sentence templates.

Each sentence is a template in which every entity mention is a placeholder (``〔O3〕`` an
organization, ``〔P1〕`` a person, ``〔T2〕`` a place); the patterns speak of word classes and
cue verbs, never of particular names."""

from __future__ import annotations

import re

from ..model import ORGANIZATION_TYPES, EntityKey
from .collect import SLOT, Cite, Collector, Template, focus_union
from .cues import Patterns
from .entities import EntityTable
from .lexicon import Lexicon
from .rulebook import PatternRule

__all__ = ["PatternRule", "pattern_links"]


def pattern_links(out: Collector, tpl: Template) -> None:
    """Every relation pattern over one sentence template."""
    for rule in out.rules.patterns:
        if rule.context is not None and not rule.context.search(tpl.text):
            continue
        for m in rule.pattern.finditer(tpl.text):
            if rule.mode == "founding":
                _note_founding(out, tpl, m)
                continue
            for s, o in _pairs(out, rule, tpl, m):
                if _fits(rule, out.table, s, o):
                    _emit(out, rule, s, o, tpl)


def _objects(m: re.Match[str], tpl: Template) -> list[EntityKey]:
    groups = m.groupdict()
    objs = _slots(groups.get("b"), tpl) + _slots(groups.get("list"), tpl)
    return objs + _slots(groups.get("more"), tpl)


def _note_founding(out: Collector, tpl: Template, m: re.Match[str]) -> None:
    """A ``founding`` rule: the organizations it names are being founded (no edge by itself)."""
    for o in _objects(m, tpl):
        if out.table.entities[o].type in ORGANIZATION_TYPES:
            out.founding.setdefault(o, []).append(tpl)


def _pairs(out: Collector, rule: PatternRule, tpl: Template, m: re.Match[str]
           ) -> list[tuple[EntityKey, EntityKey]]:  # fmt: skip
    """The (subject, object) pairs a match of ``rule`` states, as its ``mode`` reads them."""
    subj = _subjects(out, rule, tpl, m)
    objs = _objects(m, tpl)
    if (count := m.groupdict().get("count")) is not None and _number(count) != len(objs):
        return []  # 与6省(市)总工会签订: the bodies just listed, if the count says all of them
    support = _slots(m.groupdict().get("support"), tpl)
    if rule.mode == "chain":
        pairs = list(zip(objs[1:], objs, strict=False))
    elif subj:
        pairs = [(s, o) for s in subj for o in objs]
    elif rule.relation == "memberOf":
        union = _union_named(out.table, tpl, m, out)
        pairs = [(o, union) for o in objs if union]
    elif len(objs) < 2 and not support:
        return []
    else:
        pairs = [(objs[0], o) for o in objs[1:]]
    if support and (subj or objs):
        host = subj[0] if subj else objs[0]
        pairs += [(host, s) for s in support]
    return pairs


def _number(written: str) -> int:
    """A count written in digits or as one Chinese numeral (6, 六, 两; 0 if neither).

    >>> _number("6"), _number("六"), _number("两"), _number("十二")
    (6, 6, 2, 0)
    """
    if written.isdigit():
        return int(written)
    return "一二三四五六七八九十".find(written.replace("两", "二")) + 1 if len(written) == 1 else 0


def _subjects(
    out: Collector, rule: PatternRule, tpl: Template, m: re.Match[str]
) -> list[EntityKey]:
    """The match's ``a`` slots; for a rule whose subject is the sentence's, the organization
    the sentence opens with, else the article's focus union (named in an earlier sentence)."""
    subj = _slots(m.groupdict().get("a"), tpl)
    if not subj and rule.subject == "lead":
        return [lead] if (lead := _lead_union(out.table)) else []
    if subj or rule.subject != "sentence":
        return subj
    focus = focus_union(out.table, out)
    return _sentence_subject(_cues(out), tpl, m.start()) or ([focus] if focus else [])


def _lead_union(table: EntityTable) -> EntityKey | None:
    """The union the article names first: the subject its sentences leave unwritten."""
    unions = [e for e in table.entities.values() if e.type == "Union" and e.mentions]
    first = min(unions, key=lambda e: (min(m.start for m in e.mentions), e.key), default=None)
    return first.key if first else None


def _emit(out: Collector, rule: PatternRule, s: EntityKey, o: EntityKey, tpl: Template) -> None:
    cite = Cite.of(tpl, rule.id, rule.confidence)
    relation = rule.relation
    if relation == "memberOf" and out.table.entities[s].type == "Union":
        relation = "subOrganizationOf"  # a union joining a federation is its member union
    out.add(relation, s, o, cite)
    if rule.relation == "founded":
        out.founded_by.setdefault(o, []).append(tpl)
        if out.table.entities[s].type == "Union" and out.table.entities[o].type == "Union":
            out.add("subOrganizationOf", o, s, cite)


_TEMPLATES = {
    "guidance": r"(?:{guidance_open})[^，,。；]{0,40}?(?:{guidance_close})[，,]?",  # 在…指导下
    "listed_after": r"(?:(?:、|{listed_joints})〔O\d+〕)*",
    "union_kind": r"({union_kinds})",
    # the clause after a member clause that says which union was joined: 成为联合工会的新会员
    "joined": r"[^〔〕，,。；;]{0,4}[，,]?(?:{join_adverbs})?(?:{join_verbs})"
    r"(?:〔O(\d+)〕|({union_kinds}))",
}


def _build(lex: Lexicon) -> Patterns:
    return Patterns(_TEMPLATES, lex.cue_words)


def _cues(out: Collector) -> Patterns:
    return out.table.lex.compiled(_build)


_DATELINE = re.compile(r"\s*\d{1,2}月\d{1,2}日(?:电|讯|消息)")
# a news credit after the paper's name: 某网讯（记者 甲 通讯员 乙）
_CREDIT = re.compile(r"(?:讯|消息)\s*(?:[（(][^（()）]*[）)])?")


def _opening_slot(head: str, start: int) -> re.Match[str] | None:
    """The organization or place slot a sentence's head opens with from ``start``: the last
    of a run of them (某区某某新村街道: the place written last is the party), past a
    dateline (某网某城9月12日消息: the place the news was filed from is no party) and a
    paper's credit (某网讯（记者 甲）: the paper is no party)."""
    m = SLOT.search(head, start)
    if not m or m.group(1) not in {"O", "T"}:
        return None
    while (nxt := SLOT.match(head, m.end())) and nxt.group(1) in {"O", "T"}:
        m = nxt
    if m.group(1) == "T" and _DATELINE.match(head, m.end()):
        return _opening_slot(head, m.end())
    if m.group(1) == "O" and (credit := _CREDIT.match(head, m.end())):
        return _opening_slot(head, credit.end())
    return m


def _sentence_subject(cues: Patterns, tpl: Template, before: int) -> list[EntityKey]:
    """The organization (or place) a sentence opens with, outside 在…下 phrases; every one
    of a list it opens with (甲公司、乙公司作为试点企业，与某医院签订协议)."""
    head = cues.guidance.sub(lambda m: "＿" * len(m.group()), tpl.text[:before])
    m = _opening_slot(head, 0)
    if m is None:
        return []
    listed = cues.listed_after.match(head, m.end())
    more = re.findall(r"〔O(\d+)〕", listed.group()) if listed else []
    return [tpl.slots[f"{m.group(1)}{m.group(2)}"], *(tpl.slots[f"O{n}"] for n in more)]


def _union_named(
    table: EntityTable, tpl: Template, m: re.Match[str], out: Collector
) -> EntityKey | None:
    """The union a member clause names by its kind (…等19家工会联合会成员单位), else the union
    the next clause joins (甲扫码入会，成为联合工会的新会员), else the focus."""
    union = _union_of_kind(table, SLOT.sub("", m.group()))
    joined = _cues(out).joined.match(tpl.text, m.end())
    if not union and joined and joined.group(1):
        key = tpl.slots[f"O{joined.group(1)}"]
        union = key if table.entities[key].type == "Union" else None
    elif not union and joined:
        union = _union_of_kind(table, joined.group(2))
    return union or focus_union(table, out)


def _union_of_kind(table: EntityTable, text: str) -> EntityKey | None:
    """The one union whose name ends with the kind ``text`` names, written in full and in short."""
    m = table.lex.compiled(_build).union_kind.search(text)
    if not m:
        return None
    cands = [e for e in table.entities.values()
             if e.type == "Union" and e.name.endswith(m.group(1))]  # fmt: skip
    full = max(cands, key=lambda e: len(e.name), default=None)
    if full and all(e.name in full.name for e in cands):
        return full.key
    return None


def _slots(group: str | None, tpl: Template) -> list[EntityKey]:
    if not group:
        return []
    return [tpl.slots[f"{k}{n}"] for k, n in SLOT.findall(group)]


def _fits(rule: PatternRule, table: EntityTable, subj: EntityKey, obj: EntityKey) -> bool:
    s, o = table.entities[subj].type, table.entities[obj].type
    if rule.relation == "memberOf":
        return o == "Union" and s in {"Person", "Official", "Company", "Union"}
    if rule.relation == "locatedIn":
        return o == "Town"
    if rule.relation == "subOrganizationOf":
        return s == "Union" and o in ORGANIZATION_TYPES
    if rule.relation == "founded":
        return s in ORGANIZATION_TYPES | {"Official"} and o in ORGANIZATION_TYPES
    if rule.relation == "partneredWith" and rule.subject == "sentence" and s == "Town":
        return o in ORGANIZATION_TYPES  # 某某街道…与A公司工会正式签约: the place acts as a party
    return s in ORGANIZATION_TYPES and o in ORGANIZATION_TYPES
