"""Pairs of organizations written in one sentence, as candidates of ``partneredWith`` for a
learned classifier: which pairs there are, their general features, whether gold partners them,
and the extraction with the pairs a classifier accepts added as edges.

``benchmarks/learned.py`` trains the classifier on some articles and adds the pairs it accepts
in the others, to see whether partnerships the rules miss can be found without new rules. As in
:mod:`unionkg.evaluation.learned`, the features are classes and structure, never article words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..extract.collect import split_sentences
from ..extract.lexicon import Lexicon
from ..model import (
    ORGANIZATION_TYPES,
    EntityKey,
    Evidence,
    ExtractedEntity,
    ExtractedRelation,
    Extraction,
)
from .gold import Gold
from .learned import article_prediction, between_features, cue_classes
from .scoring import align

__all__ = [
    "PAIR_RULE",
    "Pair",
    "add_pairs",
    "pair_features",
    "pair_labels",
    "pairs_of",
]

PAIR_RULE = "learned-pair/v1"
_CLAUSE_END = re.compile(r"[，,：:；;。！？!?]")


@dataclass(frozen=True, slots=True)
class Pair:
    """Two organizations of one article (keys in order) and the sentence that names both."""

    first: EntityKey
    second: EntityKey
    start: int
    end: int


def pairs_of(ex: Extraction) -> list[Pair]:
    """Every two organizations named in one sentence, with the first such sentence.

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> ex = extract_article(Article(id="t", text="青禾县总工会与新月制衣有限公司签订协议。"))
    >>> [(p.first.name, p.second.name) for p in pairs_of(ex)]
    [('新月制衣有限公司', '青禾县总工会')]
    """
    orgs = sorted((e for e in ex.entities if e.type in ORGANIZATION_TYPES), key=lambda e: e.key)
    found: dict[tuple[EntityKey, EntityKey], Pair] = {}
    for start, end in split_sentences(ex.article.text):
        inside = [e for e in orgs if any(start <= m.start and m.end <= end for m in e.mentions)]
        for n, a in enumerate(inside):
            for b in inside[n + 1 :]:
                if a.key != b.key and (a.key, b.key) not in found:
                    found[(a.key, b.key)] = Pair(a.key, b.key, start, end)
    return [found[k] for k in sorted(found)]


def _sentence_features(text: str, pair: tuple[ExtractedEntity, ExtractedEntity],
                       span: tuple[int, int],
                       classes: Mapping[str, tuple[str, ...]]) -> dict[str, float]:  # fmt: skip
    """Cue classes anywhere in the sentence, and in the clause after the later of the two."""
    start, end = span
    sentence = text[start:end]
    last = max(m.end for e in pair for m in e.mentions if start <= m.start and m.end <= end)
    clause = _CLAUSE_END.split(text[last:end], maxsplit=1)[0]
    f = {}
    for name, words in classes.items():
        if any(w in sentence for w in words):
            f[f"sentence:{name}"] = 1.0
        if any(w in clause for w in words):
            f[f"after:{name}"] = 1.0
    return f


def pair_features(ex: Extraction, pairs: Sequence[Pair], lex: Lexicon) -> list[dict[str, float]]:
    """The features of each pair, in order: the types of both, what the rules already say of
    them, how they are written in their sentence.

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.extract.lexicon import default_lexicon
    >>> from unionkg.model import Article
    >>> ex = extract_article(Article(id="t", text="青禾县总工会与新月制衣有限公司签订协议。"))
    >>> f = pair_features(ex, pairs_of(ex), default_lexicon())[0]
    >>> f["types=Company+Union"], f["linked:partneredWith"], f["after:event_verbs"]
    (1.0, 1.0, 1.0)
    """
    ents = {e.key: e for e in ex.entities}
    classes = cue_classes(lex)
    linked: dict[frozenset[EntityKey], set[str]] = {}
    for rel in ex.relations:
        linked.setdefault(frozenset((rel.subject, rel.object)), set()).add(rel.type)
    text = ex.article.text
    out = []
    for p in pairs:
        a, b = ents[p.first], ents[p.second]
        orgs = sum(1 for e in ents.values() if e.type in ORGANIZATION_TYPES
                   and any(p.start <= m.start and m.end <= p.end for m in e.mentions))  # fmt: skip
        f: dict[str, float] = {
            f"types={'+'.join(sorted((a.type, b.type)))}": 1.0,
            "one_in_other": float(a.name in b.name or b.name in a.name),
            "implied": float(a.derived_from is not None or b.derived_from is not None),
            "log_orgs_in_sentence": math.log1p(orgs),
            "log_sentence_length": math.log1p(p.end - p.start),
        }
        for rtype in linked.get(frozenset((p.first, p.second)), ()):
            f[f"linked:{rtype}"] = 1.0
        near = between_features(text, (a, b), (p.start, p.end), ents, classes)
        near.pop("subject_first", None)  # the order of a pair is that of its keys: no signal
        f.update(near)
        f.update(_sentence_features(text, (a, b), (p.start, p.end), classes))
        out.append(f)
    return out


def pair_labels(ex: Extraction, pairs: Sequence[Pair], gold: Gold) -> list[bool]:
    """Whether gold (of this article alone) partners each pair."""
    mapping = align(gold, article_prediction(ex))
    out = []
    for p in pairs:
        s, o = mapping.get(str(p.first)), mapping.get(str(p.second))
        out.append(s is not None and o is not None
                   and ("partneredWith", *sorted((s, o))) in gold.relations)  # fmt: skip
    return out


def add_pairs(ex: Extraction, pairs: Sequence[Pair], scores: Sequence[float],
              cut: float) -> Extraction:  # fmt: skip
    """The extraction with a ``partneredWith`` for every pair scored at least ``cut`` that the
    rules do not partner already; its evidence is the pair's sentence, at the pair's score.

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> ex = extract_article(Article(id="t", text="青禾县总工会、新月制衣有限公司。"))
    >>> [r.type for r in add_pairs(ex, pairs_of(ex), [0.8], 0.5).relations]
    ['partneredWith']
    """
    partnered = {frozenset((r.subject, r.object)) for r in ex.relations
                 if r.type == "partneredWith"}  # fmt: skip
    added = []
    for p, score in zip(pairs, scores, strict=True):
        if score < cut or frozenset((p.first, p.second)) in partnered:
            continue
        sentence = ex.article.as_written[p.start : p.end].strip()
        ev = Evidence(ex.article.id, sentence, p.start, p.end, PAIR_RULE, round(float(score), 4))
        added.append(ExtractedRelation("partneredWith", p.first, p.second, ev))
    return replace(ex, relations=[*ex.relations, *added])
