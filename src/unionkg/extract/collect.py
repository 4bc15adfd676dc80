"""What the relation passes share: sentences, sentence templates, the collector of relations
with their evidence, rule confidences, and the article's main entities."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Article, EntityKey, Evidence, ExtractedRelation, RelationType
from .entities import EntityTable
from .rulebook import RuleBook, default_rulebook

__all__ = [
    "CLAUSE_BREAK",
    "SLOT",
    "Cite",
    "Collector",
    "Template",
    "company_union",
    "focus_union",
    "main_of",
    "main_union",
    "make_template",
    "sentence_of",
    "split_sentences",
]


_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")
# a fragment that only lists what the sentence before it counted (…下辖七个街道。包括：A、B)
_CONTINUATION = re.compile(r"\s*(?:其中)?包括[:：]")
# a dateline with its byline in brackets (某某网某市5月3日电（记者 甲 乙）, 某某报讯(通讯员 甲)):
# the lead sentence begins after it, its actors first
_DATELINE = re.compile(
    r"\s*[^。，,；;()（）]{0,30}?(?:\d{1,2}日电|讯)\s*[(（][^()（）。，,；;]{0,40}[)）]\s*"
)


SLOT = re.compile(r"〔([OPT])(\d+)〕")


CLAUSE_BREAK = re.compile(r"[，,：:“”\"「」（）()]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets of ``text``.

    >>> split_sentences("甲成立了。乙加入！")
    [(0, 5), (5, 9)]
    """
    return list(_sentences(text))


@lru_cache(maxsize=4)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of the article being extracted, split once, not once per relation; a
    fragment that only lists (。包括：A、B) stays with the sentence it continues.

    >>> [text[a:b] for text in ["甲下辖两街。包括：乙、丙。"] for a, b in _sentences(text)]
    ['甲下辖两街。包括：乙、丙。']
    """
    out: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        if not m.group().strip():
            continue
        head = _DATELINE.match(m.group())
        if head and head.end() < len(m.group()):
            out.append((m.start(), m.start() + head.end()))
            out.append((m.start() + head.end(), m.end()))
            continue
        if out and _CONTINUATION.match(m.group()) and text[out[-1][1] - 1] == "。":
            out[-1] = (out[-1][0], m.end())
        else:
            out.append((m.start(), m.end()))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Cite:
    """Where a relation is stated (the offsets of its sentence), by which rule, how surely.

    >>> Cite.of((0, 5), "name-place/v1", 0.9).rule
    'name-place/v1'
    """

    start: int
    end: int
    rule: str
    confidence: float

    @classmethod
    def of(cls, where: Template | tuple[int, int], rule: str, confidence: float) -> Cite:
        """The citation of ``where`` (a template or a span) by ``rule``, at ``confidence``."""
        start, end = (where.start, where.end) if isinstance(where, Template) else where
        return cls(start, end, rule, confidence)


@dataclass
class Template:
    text: str
    slots: dict[str, EntityKey]  # "O3" -> entity key
    start: int
    end: int


class Collector:
    """The relations of one article with their evidence; each rule's confidence comes from the
    rule book of the extraction's resources, and a rule switched off there makes no edge."""

    def __init__(self, article: Article, table: EntityTable, rules: RuleBook | None = None) -> None:
        self.article = article
        self.table = table
        self.rules = rules or default_rulebook()
        self.relations: list[ExtractedRelation] = []
        self.seen: set[tuple[str, EntityKey, EntityKey]] = set()
        # organization -> sentences reporting its founding / naming who founded it
        self.founding: dict[EntityKey, list[Template]] = {}
        self.founded_by: dict[EntityKey, list[Template]] = {}

    def add(self, rtype: RelationType, subj: EntityKey, obj: EntityKey, cite: Cite,
            title: str | None = None) -> None:  # fmt: skip
        """Record ``subj rtype obj`` on the evidence of ``cite``, once (a post again with its
        title: a second title of the same post is kept)."""
        if subj == obj or not self.rules.enabled(cite.rule):
            return
        if rtype == "partneredWith" and obj < subj:
            subj, obj = obj, subj
        key = (rtype, subj, obj)
        if key in self.seen and title is None:
            return
        self.seen.add(key)
        date = None
        if rtype in {"chairedBy", "holdsPosition"}:
            date = self.article.published  # a post is stated as held on the article's date
        sentence = self.article.as_written[cite.start : cite.end].strip()
        evidence = Evidence(self.article.id, sentence, cite.start, cite.end, cite.rule,
                            cite.confidence)  # fmt: skip
        self.relations.append(ExtractedRelation(rtype, subj, obj, evidence, title, date))

    def confidence(self, rule: str) -> float:
        """The confidence of ``rule`` in this extraction's rule book."""
        return self.rules.confidence(rule)

    def cite(self, where: Template | tuple[int, int], rule: str) -> Cite:
        """The citation of ``where`` by ``rule`` at the rule's confidence in the rule book."""
        return Cite.of(where, rule, self.confidence(rule))

    def has(self, rtype: str, subj: EntityKey, obj: EntityKey) -> bool:
        return (rtype, subj, obj) in self.seen


def sentence_of(text: str, pos: int) -> tuple[int, int]:
    """The offsets of the sentence holding ``pos`` (``(pos, pos)`` if none does)."""
    sentences = _sentences(text)
    i = bisect.bisect_right(sentences, (pos, len(text) + 1)) - 1
    if i >= 0 and sentences[i][0] <= pos < sentences[i][1]:
        return sentences[i]
    return pos, pos


def make_template(text: str, start: int, end: int, table: EntityTable) -> Template:
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
    return Template("".join(parts), slots, start, end)


def company_union(table: EntityTable, org: EntityKey) -> EntityKey:
    """The union of organization ``org``: the article's union named ``<org>工会`` (or after a
    short form of ``org``: 青禾纺织公司工会 of 浙江青禾纺织有限公司), else one it implies, keyed
    by that name alone."""
    ent = table.entities[org]
    name = ent.name + table.lex.union_word
    forms = {form + table.lex.union_word for form in (ent.name, *ent.aliases)}
    existing = next((e.key for e in table.entities.values()
                     if e.type == "Union" and not forms.isdisjoint({e.name, *e.aliases})),
                    None)  # fmt: skip
    if existing:
        union = table.entities[existing]
        if name != union.name:  # 浙江青禾纺织有限公司工会, the full name of 青禾纺织公司工会
            union.aliases.add(name)
        return existing
    key = EntityKey("Union", name)
    table.add_implied(key, name, ent.mentions[0], derived_from=org)
    return key


def main_union(table: EntityTable) -> EntityKey | None:
    return main_of(table, "Union")


def main_of(table: EntityTable, etype: str) -> EntityKey | None:
    ents = [e for e in table.entities.values() if e.type == etype]
    if not ents:
        return None
    return max(ents, key=lambda e: (len(e.mentions), -e.mentions[0].start)).key


def focus_union(table: EntityTable, out: Collector) -> EntityKey | None:
    """The union the article is about: the one it reports founded, else the most mentioned."""
    founded = [k for k in {**out.founding, **out.founded_by}
               if table.entities[k].type == "Union"]  # fmt: skip
    if len(founded) == 1:
        return founded[0]
    return main_union(table)
