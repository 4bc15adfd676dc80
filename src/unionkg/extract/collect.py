"""What the relation passes share: sentences, sentence templates, the collector of relations
with their evidence, rule confidences, and the article's main entities."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Article, Evidence, ExtractedRelation, RelationType
from .entities import EntityTable
from .schema import RelationsFile, read_rule_file

__all__ = [
    "CLAUSE_BREAK",
    "SLOT",
    "Collector",
    "Template",
    "company_union",
    "focus_union",
    "main_of",
    "main_union",
    "make_template",
    "rule_confidence",
    "sentence_of",
    "split_sentences",
]


_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*")


SLOT = re.compile(r"〔([OPT])(\d+)〕")


CLAUSE_BREAK = re.compile(r"[，,：:“”\"「」（）()]")


@lru_cache(maxsize=256)
def rule_confidence(rule: str) -> float:
    """The calibrated confidence of a rule (``name/vN``), from ``rules/relations.json``
    (``benchmarks/calibrate.py`` measures and writes them).

    >>> 0 < rule_confidence("name-place/v1") < 1
    True
    """
    data = read_rule_file("relations.json", RelationsFile)
    table = {f"{r['name']}/v{r['version']}": float(r["confidence"]) for r in data["rules"]}
    table.update({k: float(v) for k, v in data["builtin"].items()})
    return table[rule]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence offsets of ``text``.

    >>> split_sentences("甲成立了。乙加入！")
    [(0, 5), (5, 9)]
    """
    return list(_sentences(text))


@lru_cache(maxsize=4)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of the article being extracted, split once, not once per relation."""
    return tuple((m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip())


@dataclass
class Template:
    text: str
    slots: dict[str, str]  # "O3" -> entity key
    start: int
    end: int


class Collector:
    def __init__(self, article: Article, table: EntityTable) -> None:
        self.article = article
        self.table = table
        self.relations: list[ExtractedRelation] = []
        self.seen: set[tuple[str, str, str]] = set()
        # organization -> sentences reporting its founding / naming who founded it
        self.founding: dict[str, list[Template]] = {}
        self.founded_by: dict[str, list[Template]] = {}

    def add(self, rtype: RelationType, subj: str, obj: str, start: int, end: int, rule: str,
            confidence: float, title: str | None = None, date: str | None = None,
            ) -> None:  # fmt: skip
        if subj == obj:
            return
        if rtype == "partneredWith" and obj < subj:
            subj, obj = obj, subj
        key = (rtype, subj, obj)
        if key in self.seen and title is None:
            return
        self.seen.add(key)
        if date is None and rtype in {"chairedBy", "holdsPosition"}:
            date = self.article.published  # a post is stated as held on the article's date
        sentence = self.article.as_written[start:end].strip()
        evidence = Evidence(self.article.id, sentence, start, end, rule, confidence)
        self.relations.append(ExtractedRelation(rtype, subj, obj, evidence, title, date))

    def has(self, rtype: str, subj: str, obj: str) -> bool:
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


def company_union(table: EntityTable, org: str) -> str:
    ent = table.entities[org]
    name = ent.name + "工会"
    existing = next((e.key for e in table.entities.values()
                     if e.type == "Union" and (e.name == name or name in e.aliases)),
                    None)  # fmt: skip
    if existing:
        return existing
    key = f"Union:{name}:{ent.attributes.get('place_code', '')}"
    if key not in table.entities:
        m = ent.mentions[0]
        table.entities[key] = type(ent)(key=key, type="Union", name=name)
        table.entities[key].mentions.append(m)
        table.entities[key].attributes["derived_from"] = org
    return key


def main_union(table: EntityTable) -> str | None:
    return main_of(table, "Union")


def main_of(table: EntityTable, etype: str) -> str | None:
    ents = [e for e in table.entities.values() if e.type == etype]
    if not ents:
        return None
    return max(ents, key=lambda e: (len(e.mentions), -e.mentions[0].start)).key


def focus_union(table: EntityTable, out: Collector) -> str | None:
    """The union the article is about: the one it reports founded, else the most mentioned."""
    founded = [k for k in {**out.founding, **out.founded_by}
               if table.entities[k].type == "Union"]  # fmt: skip
    if len(founded) == 1:
        return founded[0]
    return main_union(table)
