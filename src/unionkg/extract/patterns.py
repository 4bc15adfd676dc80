"""Relation patterns (``rules/relations.json``) over sentence templates.

Each sentence is a template in which every entity mention is a placeholder (``〔O3〕`` an
organization, ``〔P1〕`` a person, ``〔T2〕`` a place); the patterns speak of word classes and
cue verbs, never of particular names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Article, RelationType
from .collect import SLOT, Collector, Template, focus_union
from .entities import EntityTable
from .schema import RelationsFile, read_rule_file

__all__ = ["PatternRule", "pattern_links", "pattern_rules"]


_MACROS = {
    "{ORGS}": r"[“\"「]?〔O\d+〕[”\"」]?(?:(?:[、，,]|和|与|及|以及|同)?[“\"「]?〔O\d+〕[”\"」]?)*",
    "{ORGSEQ}": r"[“\"「]?〔O\d+〕[”\"」]?(?:(?:[、，,]|和|及|以及)[“\"「]?〔O\d+〕[”\"」]?)*",
    "{ORG}": r"[“\"「]?〔O\d+〕[”\"」]?",
    "{PERS}": r"〔P\d+〕(?:(?:[、，,]|和|与|及)〔P\d+〕)*",
    "{PER}": r"〔P\d+〕",
    "{TOWN}": r"〔T\d+〕",
    # members of a list the recogniser did not name, before 等 (甲、乙、某某单位等多家单位)
    "{UNNAMED}": r"(?:、(?:〔T\d+〕|[^〔〕，,。；;、]){1,10}?)*",
}


@dataclass(frozen=True)
class PatternRule:
    """A named, versioned relation pattern over sentence templates.

    ``mode`` says how the matched slots become edges: ``pairs`` (the subject ``a``, or else
    the first of ``list``, to each other party; ``support`` to the first host), ``chain``
    (each of ``list`` belongs to the one before it: 市、区、街道三级联动) or ``founding`` (the
    ``b``/``list`` organizations are being founded; no edge by itself). ``subject`` =
    ``sentence`` takes the sentence's subject when the pattern has no ``a`` (并与B签约).
    ``context`` must also occur somewhere in the sentence.
    """

    name: str
    version: int
    relation: RelationType
    confidence: float
    pattern: re.Pattern[str]
    mode: str = "pairs"
    subject: str = ""
    context: re.Pattern[str] | None = None

    @property
    def id(self) -> str:
        return f"{self.name}/v{self.version}"


def _expand(source: str) -> str:
    for macro, regex in _MACROS.items():
        source = source.replace(macro, regex)
    return source


@lru_cache(maxsize=1)
def pattern_rules() -> tuple[PatternRule, ...]:
    """The shipped relation patterns.

    >>> sorted({r.relation for r in pattern_rules()})[:3]
    ['founded', 'locatedIn', 'memberOf']
    """
    rules = []
    for item in read_rule_file("relations.json", RelationsFile)["rules"]:
        context = re.compile(item["context"]) if item.get("context") else None
        rules.append(
            PatternRule(item["name"], item["version"], item["relation"], item["confidence"],
                        re.compile(_expand(item["pattern"])), item.get("mode", "pairs"),
                        item.get("subject", ""), context)
        )  # fmt: skip
    return tuple(rules)


def pattern_links(out: Collector, tpl: Template, table: EntityTable, article: Article) -> None:
    for rule in pattern_rules():
        if rule.context is not None and not rule.context.search(tpl.text):
            continue
        for m in rule.pattern.finditer(tpl.text):
            groups = m.groupdict()
            subj = _slots(groups.get("a"), tpl)
            objs = _slots(groups.get("b"), tpl) + _slots(groups.get("list"), tpl)
            objs += _slots(groups.get("more"), tpl)
            support = _slots(groups.get("support"), tpl)
            if rule.mode == "founding":
                for o in objs:
                    if table.entities[o].type in _ORGS:
                        out.founding.setdefault(o, []).append(tpl)
                continue
            if not subj and rule.subject == "sentence":
                subj = _sentence_subject(tpl, m.start())
                focus = focus_union(table, out)
                if not subj and focus:
                    subj = [focus]  # the subject is the article's, named in an earlier sentence
            if rule.mode == "chain":
                pairs = list(zip(objs[1:], objs, strict=False))
            elif not subj:
                if rule.relation == "memberOf":
                    union = _union_named(table, tpl, m, out)
                    pairs = [(o, union) for o in objs if union]
                else:
                    if len(objs) < 2 and not support:
                        continue
                    pairs = [(objs[0], o) for o in objs[1:]]
            else:
                pairs = [(s, o) for s in subj for o in objs]
            if support and (subj or objs):
                host = subj[0] if subj else objs[0]
                pairs += [(host, s) for s in support]
            for s, o in pairs:
                if not _fits(rule, table, s, o):
                    continue
                _emit(out, rule.relation, s, o, tpl, rule.id, rule.confidence, table, article)


def _emit(out: Collector, relation: RelationType, s: str, o: str, tpl: Template, rule: str,
          confidence: float, table: EntityTable, article: Article) -> None:  # fmt: skip
    out.add(relation, s, o, tpl.start, tpl.end, rule, confidence)
    if relation == "founded":
        out.founded_by.setdefault(o, []).append(tpl)
        if table.entities[s].type == "Union" and table.entities[o].type == "Union":
            out.add("subOrganizationOf", o, s, tpl.start, tpl.end, rule, confidence)


_GUIDANCE = re.compile(r"在[^，,。；]{0,40}?下[，,]?")


_LISTED_AFTER = re.compile(r"(?:[、和及]〔O\d+〕)*")


def _sentence_subject(tpl: Template, before: int) -> list[str]:
    """The organization (or place) a sentence opens with, outside 在…下 phrases; every one
    of a list it opens with (甲公司、乙公司作为试点企业，与某医院签订协议)."""
    head = _GUIDANCE.sub(lambda m: "＿" * len(m.group()), tpl.text[:before])
    m = SLOT.search(head)
    if not m or m.group(1) not in {"O", "T"}:
        return []
    while (nxt := SLOT.match(head, m.end())) and nxt.group(1) in {"O", "T"}:
        m = nxt  # 虹口区凉城新村街道: the place written last is the party
    listed = _LISTED_AFTER.match(head, m.end())
    more = re.findall(r"〔O(\d+)〕", listed.group()) if listed else []
    return [tpl.slots[f"{m.group(1)}{m.group(2)}"], *(tpl.slots[f"O{n}"] for n in more)]


_KINDS = r"(工会联合会|联合工会|工会联盟|联盟|工会)"
# the clause after a member clause that says which union was joined: 成为联合工会的新会员
_JOINED = re.compile(
    r"[^〔〕，,。；;]{0,4}[，,]?(?:并|随即|当场)?(?:成为|加入了?)(?:〔O(\d+)〕|" + _KINDS + ")"
)


def _union_named(table: EntityTable, tpl: Template, m: re.Match[str], out: Collector) -> str | None:
    """The union a member clause names by its kind (…等19家工会联合会成员单位), else the union
    the next clause joins (甲扫码入会，成为联合工会的新会员), else the focus."""
    union = _union_of_kind(table, SLOT.sub("", m.group()))
    joined = _JOINED.match(tpl.text, m.end())
    if not union and joined and joined.group(1):
        key = tpl.slots[f"O{joined.group(1)}"]
        union = key if table.entities[key].type == "Union" else None
    elif not union and joined:
        union = _union_of_kind(table, joined.group(2))
    return union or focus_union(table, out)


def _union_of_kind(table: EntityTable, text: str) -> str | None:
    """The one union whose name ends with the kind ``text`` names, written in full and in short."""
    m = re.search(_KINDS, text)
    if not m:
        return None
    cands = [e for e in table.entities.values()
             if e.type == "Union" and e.name.endswith(m.group(1))]  # fmt: skip
    full = max(cands, key=lambda e: len(e.name), default=None)
    if full and all(e.name in full.name for e in cands):
        return full.key
    return None


def _slots(group: str | None, tpl: Template) -> list[str]:
    if not group:
        return []
    return [tpl.slots[f"{k}{n}"] for k, n in SLOT.findall(group)]


_ORGS = {"Union", "Company", "Organization"}


def _fits(rule: PatternRule, table: EntityTable, subj: str, obj: str) -> bool:
    s, o = table.entities[subj].type, table.entities[obj].type
    if rule.relation == "memberOf":
        return o == "Union" and s in {"Person", "Official", "Company"}
    if rule.relation == "locatedIn":
        return o == "Town"
    if rule.relation == "subOrganizationOf":
        return s == "Union" and o in _ORGS
    if rule.relation == "founded":
        return s in _ORGS | {"Official"} and o in _ORGS
    if rule.relation == "partneredWith" and rule.subject == "sentence" and s == "Town":
        return o in _ORGS  # 凉城新村街道…与A公司工会正式签约: the place acts as a party
    return s in _ORGS and o in _ORGS
