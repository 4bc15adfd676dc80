"""Precision, recall and F1 of a graph against gold: the measure of ``../shared/eval/score.py``.

1. **Alignment.** A predicted entity may stand for a gold entity when they share a normalized
   name. It is a *label hit* when one of its labels is a gold name or alias, or the gold
   canonical name is one of its names; otherwise an *alias hit*. Pairs are taken one to one in
   this order: label hits before alias hits, same type before another type, then by IRI and
   gold key.
2. **Entities** count untyped (aligned at all) and typed (aligned, same type), and per type.
   Every predicted entity counts in ``pred``, aligned or not.
3. **Relations** map both ends through the alignment; ``partneredWith`` is compared without
   direction. An edge with an end that is not aligned counts as a false hit. A ``locatedIn``
   from a gold Town to a gold Town that gold does not list is ignored (a gazetteer may know
   what the annotator left out); a missed gold one still counts.
4. **Rules** (:attr:`Report.rules`): each edge counts for every rule on its evidence; an edge
   that matches gold is correct for each of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import RELATION_TYPES
from .gold import SYMMETRIC, Gold, GoldKey, load_gold
from .prediction import TYPE_PRECEDENCE, Prediction, Triple, read_dataset, read_prediction

__all__ = ["Counts", "Report", "RuleCounts", "align", "evaluate", "score_prediction"]


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, predictions and gold items; precision, recall and F1 from them.

    >>> Counts(3, 4, 6).as_dict()
    {'tp': 3, 'pred': 4, 'gold': 6, 'p': 0.75, 'r': 0.5, 'f1': 0.6}
    """

    tp: int
    pred: int
    gold: int

    @property
    def precision(self) -> float:
        """``tp / pred`` (0 without predictions)."""
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        """``tp / gold`` (0 without gold items)."""
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The counts and the three ratios rounded to 4 places, as the shared scorer prints them."""
        return {
            "tp": self.tp,
            "pred": self.pred,
            "gold": self.gold,
            "p": round(self.precision, 4),
            "r": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class RuleCounts:
    """What one extraction rule produced: its edges, how many match gold, how many are ignored."""

    edges: int = 0
    correct: int = 0
    ignored: int = 0

    @property
    def precision(self) -> float:
        """Correct edges among the rule's scored (not ignored) edges."""
        scored = self.edges - self.ignored
        return self.correct / scored if scored else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The counts and the precision rounded to 4 places."""
        return {
            "edges": self.edges,
            "correct": self.correct,
            "ignored": self.ignored,
            "precision": round(self.precision, 4),
        }


@dataclass(slots=True)
class Report:
    """The scores of one graph against one gold set, with every miss and false hit."""

    gold_files: int
    entities: dict[str, Counts]
    relations: dict[str, Counts]
    ignored_town_located_in: int = 0
    missed_entities: list[dict[str, str]] = field(default_factory=list)
    false_entities: list[dict[str, str]] = field(default_factory=list)
    mistyped_entities: list[dict[str, str]] = field(default_factory=list)
    missed_relations: list[dict[str, str]] = field(default_factory=list)
    false_relations: list[dict[str, str]] = field(default_factory=list)
    rules: dict[str, RuleCounts] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (what ``unionkg eval --json`` writes)."""
        return {
            "gold_files": self.gold_files,
            "entities": {k: v.as_dict() for k, v in self.entities.items()},
            "relations": {k: v.as_dict() for k, v in self.relations.items()},
            "ignored_town_locatedIn": self.ignored_town_located_in,
            "missed_entities": self.missed_entities,
            "false_entities": self.false_entities,
            "mistyped_entities": self.mistyped_entities,
            "missed_relations": self.missed_relations,
            "false_relations": self.false_relations,
            "rules": {k: v.as_dict() for k, v in sorted(self.rules.items())},
        }


def align(gold: Gold, prediction: Prediction) -> dict[str, GoldKey]:
    """Map predicted IRIs one to one onto gold keys (see the module's docstring, step 1)."""
    by_form: dict[str, list[GoldKey]] = {}
    for key, entity in gold.entities.items():
        for form in entity.forms:
            by_form.setdefault(form, []).append(key)
    candidates = []
    for iri, p in prediction.entities.items():
        keys = {key for form in p.forms for key in by_form.get(form, ())}
        for key in keys:
            g = gold.entities[key]
            label_hit = bool(p.labels & g.forms) or key[1] in p.forms
            candidates.append((0 if label_hit else 1, 0 if p.type == g.type else 1, iri, key))
    mapping: dict[str, GoldKey] = {}
    taken: set[GoldKey] = set()
    for _, _, iri, key in sorted(candidates):
        if iri not in mapping and key not in taken:
            mapping[iri] = key
            taken.add(key)
    return mapping


def _ordered(relation: str, s: GoldKey, o: GoldKey) -> tuple[str, GoldKey, GoldKey]:
    return (relation, o, s) if relation in SYMMETRIC and o < s else (relation, s, o)


def _entity_counts(gold: Gold, prediction: Prediction, mapping: dict[str, GoldKey]) -> Report:
    pred, gents = prediction.entities, gold.entities
    same_type = {iri for iri, key in mapping.items() if pred[iri].type == gents[key].type}
    counts = {
        "untyped": Counts(len(mapping), len(pred), len(gents)),
        "typed": Counts(len(same_type), len(pred), len(gents)),
    }
    for t in TYPE_PRECEDENCE:
        counts[t] = Counts(
            sum(1 for iri in same_type if pred[iri].type == t),
            sum(1 for p in pred.values() if p.type == t),
            sum(1 for g in gents.values() if g.type == t),
        )
    aligned = set(mapping.values())
    report = Report(len(gold.files), counts, {})
    report.missed_entities = sorted(
        ({"type": g.type, "name": g.name} for k, g in gents.items() if k not in aligned),
        key=lambda m: (m["name"], m["type"]),
    )
    report.false_entities = sorted(
        ({"iri": i, "type": p.type, "label": p.name} for i, p in pred.items() if i not in mapping),
        key=lambda m: (m["label"], m["iri"]),
    )
    report.mistyped_entities = sorted(
        (
            {"iri": i, "label": pred[i].name, "type": pred[i].type, "gold_type": gents[k].type}
            for i, k in mapping.items()
            if i not in same_type
        ),
        key=lambda m: (m["label"], m["iri"]),
    )
    return report


def score_prediction(gold: Gold, prediction: Prediction) -> Report:
    """Score ``prediction`` against ``gold`` (both already read)."""
    mapping = align(gold, prediction)
    report = _entity_counts(gold, prediction, mapping)
    gents, pred = gold.entities, prediction.entities
    status: dict[Triple, str] = {}  # each predicted edge: correct, false, ignored
    mapped: dict[tuple[str, GoldKey, GoldKey], Triple] = {}
    unmapped: Counter[str] = Counter()
    for triple in sorted(prediction.relations):
        relation, s, o = triple
        if s not in mapping or o not in mapping:
            unmapped[relation] += 1
            status[triple] = "false"
            continue
        key = _ordered(relation, mapping[s], mapping[o])
        if key in gold.relations:
            status[triple] = "correct"
        elif relation == "locatedIn" and gents[key[1]].type == gents[key[2]].type == "Town":
            status[triple] = "ignored"
        else:
            status[triple] = "false"
        mapped.setdefault(key, triple)
    scored = {k for k, t in mapped.items() if status[t] != "ignored"}
    hits = scored & gold.relations
    report.ignored_town_located_in = len(mapped) - len(scored)
    report.relations["all"] = Counts(len(hits), len(scored) + unmapped.total(), len(gold.relations))
    for r in RELATION_TYPES:
        report.relations[r] = Counts(
            sum(1 for k in hits if k[0] == r),
            sum(1 for k in scored if k[0] == r) + unmapped[r],
            sum(1 for k in gold.relations if k[0] == r),
        )
    report.missed_relations = sorted(
        ({"type": r, "subject": gents[s].name, "object": gents[o].name}
         for r, s, o in gold.relations - hits),
        key=lambda m: (m["type"], m["subject"], m["object"]),
    )  # fmt: skip
    report.false_relations = sorted(
        (
            {
                "type": r,
                "subject": pred[s].name if s in pred else s,
                "object": pred[o].name if o in pred else o,
                "subject_iri": s,
                "object_iri": o,
                "why": "not in gold" if s in mapping and o in mapping else "an end is not in gold",
            }
            for (r, s, o), state in status.items()
            if state == "false"
        ),
        key=lambda m: (m["type"], m["subject"], m["object"], m["subject_iri"], m["object_iri"]),
    )
    for triple, state in status.items():
        for rule in prediction.rules.get(triple, {"(no evidence)"}):
            counts = report.rules.setdefault(rule, RuleCounts())
            counts.edges += 1
            counts.correct += state == "correct"
            counts.ignored += state == "ignored"
    return report


def evaluate(graph: str | Path, gold: Sequence[str | Path]) -> Report:
    """Score the graph at ``graph`` (a build directory or RDF file) against the gold files or
    directories ``gold`` (``docs/gold-format.md``)."""
    return score_prediction(load_gold(gold), read_prediction(read_dataset(graph)))
