"""Ways to give an edge its confidence, compared by what ``--min-confidence 0.9`` keeps.

    python benchmarks/confidence_schemes.py [INPUT_DIR GOLD_DIR] [--folds 5]
                                            [--held-out INPUT_DIR GOLD_DIR ...] [--cut 0.9]

Every scheme is fitted on gold articles from the counts ``benchmarks/calibrate.py`` measures
(each relation rule's edges in the graph, each mention rule's entities) and gives every
extracted relation a confidence; an edge of the graph keeps the best of its evidence unless the
scheme says otherwise. Printed per scheme: relation precision and recall at the cut (0.9, or
``--cut``), cross-validated over articles (the folds of ``calibrate.py``), and on each
``--held-out`` set fitted on all of INPUT_DIR, with relation F1 of every edge.

- ``rule``: the rule's precision shrunk towards 0.7 with weight 2 (what ships);
- ``rule, prior 0.5 weight 10``: a rule needs many edges on gold to reach 0.9;
- ``rule x weaker end``: times the confidence of the weaker end, an end's being the best of the
  mention rules that found it (shrunk the same way);
- ``rule x both ends``: times both ends' confidences;
- ``rule, noisy-or``: an edge stated in several sentences, 1 - prod(1 - c) of its evidence.

Extraction runs once per article; the schemes only set the confidences on its evidence.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from unionkg.evaluation.calibration import (
    Corpus,
    extract,
    folds_of,
    load_corpus,
    mention_counts,
    score_extractions,
)
from unionkg.evaluation.gold import load_gold
from unionkg.evaluation.prediction import read_prediction
from unionkg.evaluation.scoring import Counts, RuleCounts, score_prediction
from unionkg.extract.extractor import default_resources
from unionkg.graph import build_graph
from unionkg.model import Edge, ExtractedRelation, Extraction
from unionkg.ontology import to_dataset

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
THRESHOLD = 0.9
Tables = tuple[dict[str, RuleCounts], dict[str, RuleCounts]]  # relation rules, mention rules
Scorer = Callable[[Extraction, ExtractedRelation], float]
BOOK = default_resources().rules


def shrink(table: Mapping[str, RuleCounts], prior: float = 0.7, weight: float = 2) -> dict:
    return {r: (c.correct + weight * prior) / (c.edges - c.ignored + weight)
            for r, c in table.items()}  # fmt: skip


def rule_of(fitted: Mapping[str, float], rel: ExtractedRelation) -> float:
    rule = rel.evidence.rule
    if rule not in BOOK.rules or BOOK.rules[rule].confidence == 0:
        return BOOK.confidence(rule)  # a rule that makes no edge of its own keeps its 0
    return fitted.get(rule, BOOK.confidence(rule))


def end_of(ex: Extraction, rel: ExtractedRelation, mentions: Mapping[str, float]) -> list[float]:
    ents = {e.key: e for e in ex.entities}
    return [max((mentions.get(m.source, 1.0) for m in ents[k].mentions), default=1.0)
            for k in (rel.subject, rel.object)]  # fmt: skip


def schemes() -> dict[str, Callable[[Tables], Scorer]]:
    def rule(t: Tables) -> Scorer:
        fitted = shrink(t[0])
        return lambda ex, rel: rule_of(fitted, rel)

    def strict_prior(t: Tables) -> Scorer:
        fitted = shrink(t[0], 0.5, 10)
        return lambda ex, rel: rule_of(fitted, rel)

    def weaker_end(t: Tables) -> Scorer:
        fitted, ends = shrink(t[0]), shrink(t[1])
        return lambda ex, rel: rule_of(fitted, rel) * min(end_of(ex, rel, ends))

    def both_ends(t: Tables) -> Scorer:
        fitted, ends = shrink(t[0]), shrink(t[1])
        return lambda ex, rel: (
            rule_of(fitted, rel) * end_of(ex, rel, ends)[0] * end_of(ex, rel, ends)[1]
        )

    return {"rule": rule, "rule, prior 0.5 weight 10": strict_prior,
            "rule x weaker end": weaker_end, "rule x both ends": both_ends,
            "rule, noisy-or": rule}  # fmt: skip


def best(edge: Edge) -> float:
    return edge.confidence


def noisy_or(edge: Edge) -> float:
    miss = 1.0
    for c in {(ev.article_id, ev.start): ev.confidence for ev in edge.evidence}.values():
        miss *= 1 - c
    return 1 - miss


def score(corpus: Corpus, extractions: Mapping[str, Extraction], ids: Sequence[str],
          scorer: Scorer, combine: Callable[[Edge], float],
          cut: float = THRESHOLD) -> tuple[Counts, Counts]:  # fmt: skip
    """Relation counts of the graph of ``ids``: every edge, and the edges kept by the cut."""
    out = []
    for i in ids:
        ex = extractions[i]
        out.append(replace(ex, relations=[
            replace(r, evidence=replace(r.evidence, confidence=round(scorer(ex, r), 4)))
            for r in ex.relations]))  # fmt: skip
    graph = build_graph(out)
    gold = load_gold([corpus.gold[i] for i in ids])
    every = score_prediction(gold, read_prediction(to_dataset(graph))).relations["all"]
    graph.edges = [e for e in graph.edges if combine(e) >= cut]
    return every, score_prediction(gold, read_prediction(to_dataset(graph))).relations["all"]


def tables(corpus: Corpus, extractions: Mapping[str, Extraction], ids: Sequence[str]) -> Tables:
    exs = [extractions[i] for i in ids]
    report = score_extractions(exs, [corpus.gold[i] for i in ids])
    return report.rules, mention_counts(exs, corpus)


def merged(parts: Sequence[Tables]) -> Tables:
    out: tuple[dict[str, RuleCounts], dict[str, RuleCounts]] = ({}, {})
    for part in parts:
        for n in (0, 1):
            for rule, c in part[n].items():
                t = out[n].setdefault(rule, RuleCounts())
                t.edges, t.correct, t.ignored = (t.edges + c.edges, t.correct + c.correct,
                                                 t.ignored + c.ignored)  # fmt: skip
    return out


def total(pairs: Sequence[tuple[Counts, Counts]], n: int) -> Counts:
    return Counts(*(sum(getattr(p[n], x) for p in pairs) for x in ("tp", "pred", "gold")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="?", type=Path, default=DEV / "input")
    parser.add_argument("gold", nargs="?", type=Path, default=DEV / "gold")
    parser.add_argument("--folds", type=int, default=5, help="folds of the cross-validation")
    parser.add_argument("--held-out", nargs=2, action="append", default=[], type=Path,
                        metavar=("INPUT_DIR", "GOLD_DIR"), help="score these")  # fmt: skip
    parser.add_argument("--cut", type=float, default=THRESHOLD, help="the cut to measure")
    args = parser.parse_args()
    res = default_resources()
    dev = load_corpus([args.inputs], [args.gold])
    dev_ex = dict(zip(dev.ids(), extract(dev, dev.ids(), res), strict=True))
    folds = folds_of(dev.ids(), args.folds)
    seen = [tables(dev, dev_ex, ids) for ids in folds]
    sets = []
    for inputs, gold in args.held_out:
        corpus = load_corpus([inputs], [gold])
        sets.append(
            (
                inputs,
                corpus,
                dict(zip(corpus.ids(), extract(corpus, corpus.ids(), res), strict=True)),
            )
        )
    print(f"P / R at --min-confidence {args.cut}; F1 = relation F1 of every edge")
    for name, make in schemes().items():
        combine = noisy_or if name.endswith("noisy-or") else best
        cv = [score(dev, dev_ex, ids, make(merged(seen[:n] + seen[n + 1 :])), combine, args.cut)
              for n, ids in enumerate(folds)]  # fmt: skip
        cut = total(cv, 1)
        line = f"{name:28} {args.folds}-fold P {cut.precision:.3f} R {cut.recall:.3f}"
        scorer = make(merged(seen))
        for inputs, corpus, exs in sets:
            every, kept = score(corpus, exs, corpus.ids(), scorer, combine, args.cut)
            line += (f" | {inputs.parent.name or inputs.name} P {kept.precision:.3f} "
                     f"R {kept.recall:.3f} F1 {every.f1:.3f}")  # fmt: skip
        print(line, flush=True)


if __name__ == "__main__":
    main()
