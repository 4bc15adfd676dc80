"""A learned signal over extracted edges: general features of every relation an article's rules
found, whether gold holds it, and the extraction with new confidences on its evidence.

``benchmarks/learned.py`` trains a classifier (scikit-learn's logistic regression) on the
features and labels of some articles and scores the others with its probabilities in place of
the rules' confidences, to see whether the rules' own precision can be told apart edge by edge.
Nothing here learns or imports a learning library: it only describes edges.

The features are classes, never words of an article: the rule and the relation type, the
types of both ends, where each end's mentions came from, how far apart the two ends are written
in the evidence sentence, what punctuation and which classes of cue words of the lexicon
(``rules/lexicon.json``: ``cue_words``, joint and event verbs, posts) stand between them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from ..extract.lexicon import Lexicon
from ..model import EntityKey, ExtractedEntity, ExtractedRelation, Extraction, Mention
from .gold import Gold, normalize_name
from .prediction import PredictedEntity, Prediction
from .scoring import align

__all__ = [
    "article_prediction",
    "between_features",
    "cue_classes",
    "edge_features",
    "edge_labels",
    "gap_bin",
    "with_confidences",
]

_CLAUSE = re.compile(r"[，,：:；;“”\"「」（）()]")


def cue_classes(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """The word classes whose presence between two mentions is a feature, by class name.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> classes = cue_classes(default_lexicon())
    >>> "joint_verbs" in classes and "cue.elected_verbs" in classes
    True
    """
    classes = {f"cue.{name}": words for name, words in lex.cue_words.items()}
    classes.update({
        "joint_verbs": lex.joint_verbs,
        "event_verbs": lex.event_verbs,
        "title_heads": lex.title_heads,
        "company_titles": tuple(sorted(lex.company_titles)),
        "department_words": lex.department_words,
    })  # fmt: skip
    return {name: tuple(w for w in words if w) for name, words in classes.items()}


def gap_bin(gap: int) -> str:
    """A distance in characters, in one of a few ranges.

    >>> [gap_bin(n) for n in (0, 2, 5, 9, 30, 100)]
    ['0', '1-2', '3-5', '6-10', '21-40', '>40']
    """
    for top, name in ((0, "0"), (2, "1-2"), (5, "3-5"), (10, "6-10"), (20, "11-20"), (40, "21-40")):
        if gap <= top:
            return name
    return ">40"


def _nearest(a: Sequence[Mention], b: Sequence[Mention]) -> tuple[Mention, Mention] | None:
    """The two mentions of ``a`` and ``b`` written closest together (``None`` if one is empty)."""
    pairs = [(m, n) for m in a for n in b]
    if not pairs:
        return None
    return min(pairs, key=lambda p: (max(p[0].start - p[1].end, p[1].start - p[0].end, 0),
                                     p[0].start, p[1].start, p[0].end, p[1].end))  # fmt: skip


def _mentions_in(ent: ExtractedEntity, start: int, end: int) -> list[Mention]:
    return [m for m in ent.mentions if start <= m.start and m.end <= end]


def _relation_features(text: str, rel: ExtractedRelation, ents: Mapping[EntityKey, ExtractedEntity],
                       classes: Mapping[str, tuple[str, ...]]) -> dict[str, float]:  # fmt: skip
    subj, obj = ents[rel.subject], ents[rel.object]
    ev = rel.evidence
    f: dict[str, float] = {
        f"rule={ev.rule}": 1.0,
        f"type={rel.type}": 1.0,
        f"ends={subj.type}>{obj.type}": 1.0,
        f"rule_ends={ev.rule}|{subj.type}>{obj.type}": 1.0,
        "titled": float(rel.title is not None),
        "subject_implied": float(subj.derived_from is not None),
        "object_implied": float(obj.derived_from is not None),
        "object_in_subject_name": float(obj.name in subj.name),
        "subject_in_object_name": float(subj.name in obj.name),
        "log_subject_mentions": math.log1p(len(subj.mentions)),
        "log_object_mentions": math.log1p(len(obj.mentions)),
        "log_sentence_length": math.log1p(ev.end - ev.start),
    }
    for side, ent in (("subject", subj), ("object", obj)):
        for source in {m.source for m in ent.mentions}:
            f[f"{side}_source={source}"] = 1.0
    f.update(between_features(text, (subj, obj), (ev.start, ev.end), ents, classes))
    return f


def between_features(text: str, pair: tuple[ExtractedEntity, ExtractedEntity],
                     span: tuple[int, int], ents: Mapping[EntityKey, ExtractedEntity],
                     classes: Mapping[str, tuple[str, ...]]) -> dict[str, float]:  # fmt: skip
    """How the two entities of ``pair`` are written in ``text[span[0]:span[1]]``: the distance
    between their closest mentions, the punctuation, entities and cue classes between them.

    >>> from unionkg.model import EntityKey, ExtractedEntity, Mention
    >>> text = "甲工会和乙公司签约。"
    >>> a = ExtractedEntity(EntityKey("Union", "甲工会", ""), "Union", "甲工会",
    ...                     mentions=[Mention("甲工会", 0, 3, "org-suffix/v1")])
    >>> b = ExtractedEntity(EntityKey("Company", "乙公司", ""), "Company", "乙公司",
    ...                     mentions=[Mention("乙公司", 4, 7, "org-suffix/v1")])
    >>> f = between_features(text, (a, b), (0, 10), {}, {"joints": ("和",)})
    >>> f["gap=1-2"], f["between:joints"], f["clause_breaks"]
    (1.0, 1.0, 0.0)
    """
    subj, obj = pair
    start, end = span
    near = _nearest(_mentions_in(subj, start, end), _mentions_in(obj, start, end))
    if near is None:
        return {"not_both_in_sentence": 1.0}
    m, n = near
    first, second = (m, n) if m.start <= n.start else (n, m)
    between = text[first.end : second.start] if first.end < second.start else ""
    others = sum(1 for e in ents.values() if e.key not in (subj.key, obj.key)
                 for x in e.mentions if first.end <= x.start and x.end <= second.start)  # fmt: skip
    f = {
        "subject_first": float(m.start <= n.start),
        "overlap": float(first.end > second.start),
        f"gap={gap_bin(len(between))}": 1.0,
        "log_gap": math.log1p(len(between)),
        "clause_breaks": float(len(_CLAUSE.findall(between))),
        "list_comma": float("、" in between),
        "log_entities_between": math.log1p(others),
    }
    for name, words in classes.items():
        if any(w in between for w in words):
            f[f"between:{name}"] = 1.0
    return f


def edge_features(ex: Extraction, lex: Lexicon) -> list[dict[str, float]]:
    """The features of each of ``ex.relations``, in their order (a name to a value; a class
    present is 1.0).

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.extract.lexicon import default_lexicon
    >>> from unionkg.model import Article
    >>> text = "青禾县总工会与白桦镇新月制衣有限公司签订合作协议。"
    >>> ex = extract_article(Article(id="t", text=text))
    >>> features = edge_features(ex, default_lexicon())
    >>> partner = next(f for r, f in zip(ex.relations, features) if r.type == "partneredWith")
    >>> partner["ends=Company>Union"], partner["between:cue.list_joints"], partner["gap=1-2"]
    (1.0, 1.0, 1.0)
    >>> "confidence" in partner  # the rule's confidence is no feature: it was fitted on gold
    False
    """
    ents = {e.key: e for e in ex.entities}
    classes = cue_classes(lex)
    return [_relation_features(ex.article.text, rel, ents, classes) for rel in ex.relations]


def article_prediction(ex: Extraction) -> Prediction:
    """The entities of one article as the scorer reads a graph's (keyed by ``str(key)``)."""
    entities = {}
    for e in ex.entities:
        labels = {normalize_name(e.name)}
        forms = labels | {normalize_name(a) for a in e.aliases}
        entities[str(e.key)] = PredictedEntity(str(e.key), e.type, labels, forms)
    return Prediction(entities=entities)


def edge_labels(ex: Extraction, gold: Gold) -> list[bool | None]:
    """Whether gold (of this article alone) holds each of ``ex.relations``: ``None`` where the
    scorer would ignore it (a ``locatedIn`` between two gold towns that gold does not list).

    The article's entities are aligned with gold as the scorer aligns a graph's (by name, one to
    one), so the label of an edge is what its scoring in a graph of this article would say.
    """
    mapping = align(gold, article_prediction(ex))
    out: list[bool | None] = []
    for rel in ex.relations:
        s, o = mapping.get(str(rel.subject)), mapping.get(str(rel.object))
        if s is None or o is None:
            out.append(False)
            continue
        key = (rel.type, *sorted((s, o))) if rel.type == "partneredWith" else (rel.type, s, o)
        if key in gold.relations:
            out.append(True)
        elif rel.type == "locatedIn" and gold.entities[s].type == gold.entities[o].type == "Town":
            out.append(None)
        else:
            out.append(False)
    return out


def with_confidences(ex: Extraction, confidences: Sequence[float]) -> Extraction:
    """The extraction with each relation's evidence at the given confidence, in order.

    >>> from unionkg.extract.extractor import extract_article
    >>> from unionkg.model import Article
    >>> ex = extract_article(Article(id="t", text="青禾县总工会主席林远山表示。"))
    >>> [r.evidence.confidence for r in with_confidences(ex, [0.5] * len(ex.relations)).relations]
    [0.5]
    """
    if len(confidences) != len(ex.relations):
        raise ValueError("one confidence per relation")
    relations = [replace(r, evidence=replace(r.evidence, confidence=round(float(c), 4)))
                 for r, c in zip(ex.relations, confidences, strict=True)]  # fmt: skip
    return replace(ex, relations=relations)
