"""Learned signals beside the rules, by cross-validation over articles: an edge scorer and a
classifier of organization pairs.

    pip install -e '.[learn]'        # scikit-learn (and python-crfsuite): only the benchmarks
    python benchmarks/learned.py [INPUT_DIR GOLD_DIR] [--folds 5] [--held-out INPUT_DIR GOLD_DIR]

Every article of INPUT_DIR (default: the development set beside the repository) is extracted
once with the shipped ``Resources``. Each relation the rules found is described by general
features (``unionkg.evaluation.learned.edge_features``: rule, relation type, types and sources
of both ends, distance and punctuation between their mentions, classes of cue words of the
lexicon between them; no words of the articles) and labelled by the gold of its article; so is
every pair of organizations written in one sentence (``unionkg.evaluation.pairs``), labelled by
whether gold partners them.

The articles are split into ``--folds`` folds by sorted gold id (as ``benchmarks/calibrate.py``
does). For each fold, side by side:

* **rules**: every edge, with the rules' confidences fitted on the other folds (what
  ``benchmarks/calibrate.py`` cross-validates);
* **rules, best cut**: the edges of at least the rules' confidence that gave the best relation
  F1 on the other folds;
* **learned**: a logistic regression (scikit-learn) trained on the other folds' edges; its
  probability replaces each edge's confidence, and edges below the probability that gave the
  best F1 on the other folds (their own probabilities cross-validated by article inside them)
  are dropped;
* **rules + pairs**: the rules' edges, plus a ``partneredWith`` for every pair the pair
  classifier (trained on the other folds) scores at least the cut that gave the best
  partneredWith F1 on the other folds (1.01: none added).

Then the relation P/R/F1 summed over the folds, overall and per relation type, the relation
precision and recall kept by ``--min-confidence 0.9`` with either confidence, how well each
score tells correct edges from wrong ones (ROC AUC over the held-out edges, 0.5 for not at all;
Brier score, lower is better; for the pair classifier, over the pairs), and the same for two
folds (halves A and B as ``benchmarks/twofold.py`` deals them: fit on one, score the other).
``--held-out`` fits everything on all the articles (cuts chosen by cross-validation on them) and
scores another set (its articles without a gold file yet are left out), the rules with their
shipped confidences.
Nothing is written. Entities are not touched: only edges are kept, dropped or added.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

try:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
except ImportError:  # pragma: no cover - what to do, not a traceback
    sys.exit("benchmarks/learned.py needs scikit-learn: pip install -e '.[learn]'")

from unionkg.evaluation.calibration import (
    Corpus,
    extract,
    fit_confidences,
    folds_of,
    load_corpus,
    mention_counts,
    score_extractions,
)
from unionkg.evaluation.gold import gold_files, load_gold
from unionkg.evaluation.learned import edge_features, edge_labels, with_confidences
from unionkg.evaluation.pairs import Pair, add_pairs, pair_features, pair_labels, pairs_of
from unionkg.evaluation.scoring import Counts, Report
from unionkg.extract.extractor import Resources, default_resources
from unionkg.loaders import iter_articles
from unionkg.model import RELATION_TYPES, Extraction

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
THRESHOLD = 0.9
CUTS = [round(0.05 * n, 2) for n in range(20)]  # 0.0 keeps every edge
INNER_FOLDS = 5


@dataclass
class Data:
    """Each article's extraction, edge features, edge labels and count of gold relations."""

    corpus: Corpus
    extractions: dict[str, Extraction]
    features: dict[str, list[dict[str, float]]]
    labels: dict[str, list[bool | None]]
    gold_relations: dict[str, int]
    pairs: dict[str, list[Pair]] = field(default_factory=dict)
    pair_features: dict[str, list[dict[str, float]]] = field(default_factory=dict)
    pair_labels: dict[str, list[bool | None]] = field(default_factory=dict)
    gold_partners: dict[str, int] = field(default_factory=dict)


@dataclass
class Column:
    """One way of scoring edges, summed over the folds."""

    reports: list[Report] = field(default_factory=list)
    strict: list[Report] = field(default_factory=list)
    cuts: list[float] = field(default_factory=list)
    scored: list[tuple[bool, float]] = field(default_factory=list)  # (label, score) per item

    def add(self, report: Report, strict: Report, cut: float,
            scored: Sequence[tuple[bool, float]]) -> None:  # fmt: skip
        self.reports.append(report)
        self.strict.append(strict)
        self.cuts.append(cut)
        self.scored.extend(scored)

    def total(self, relation: str = "all", strict: bool = False) -> Counts:
        reports = self.strict if strict else self.reports
        return Counts(*(sum(getattr(r.relations[relation], x) for r in reports)
                        for x in ("tp", "pred", "gold")))  # fmt: skip


def read(corpus: Corpus, res: Resources) -> Data:
    ids = corpus.ids()
    extractions = dict(zip(ids, extract(corpus, ids, res), strict=True))
    golds = {i: load_gold([corpus.gold[i]]) for i in ids}
    data = Data(
        corpus,
        extractions,
        {i: edge_features(ex, res.lexicon) for i, ex in extractions.items()},
        {i: edge_labels(ex, golds[i]) for i, ex in extractions.items()},
        {i: len(g.relations) for i, g in golds.items()},
    )
    for i, ex in extractions.items():
        data.pairs[i] = pairs_of(ex)
        data.pair_features[i] = pair_features(ex, data.pairs[i], res.lexicon)
        data.pair_labels[i] = list(pair_labels(ex, data.pairs[i], golds[i]))
        data.gold_partners[i] = sum(1 for r in golds[i].relations if r[0] == "partneredWith")
    return data


def best_cut(data: Data, ids: Sequence[str], scores: Mapping[str, Sequence[float]]) -> float:
    """The cut of ``CUTS`` that gives the best F1 of the edges of ``ids`` by their labels."""
    gold = sum(data.gold_relations[i] for i in ids)

    def f1(cut: float) -> float:
        kept = [lab for i in ids for lab, s in zip(data.labels[i], scores[i], strict=True)
                if lab is not None and s >= cut]  # fmt: skip
        return Counts(sum(kept), len(kept), gold).f1

    return max(CUTS, key=lambda cut: (f1(cut), -cut))


def scored(data: Data, ids: Sequence[str], scores: Mapping[str, Sequence[float]]):
    """Each labelled edge of ``ids``: (in gold, its score)."""
    return [(bool(lab), float(s)) for i in ids
            for lab, s in zip(data.labels[i], scores[i], strict=True)
            if lab is not None]  # fmt: skip


Table = Mapping[str, Sequence]


def pair_scored(data: Data, ids: Sequence[str], scores: Mapping[str, Sequence[float]]):
    """Each pair of ``ids``: (partnered in gold, its score)."""
    return [(bool(lab), float(s)) for i in ids
            for lab, s in zip(data.pair_labels[i], scores[i], strict=True)]  # fmt: skip


def separation(items: Sequence[tuple[bool, float]]) -> str:
    """How well the scores tell the labels apart: ROC AUC (0.5: not at all) and Brier score."""
    labels, scores = [lab for lab, _ in items], [s for _, s in items]
    if len(set(labels)) < 2:
        return f"{len(items)} items, one class only"
    brier = sum((lab - s) ** 2 for lab, s in items) / len(items)
    auc = roc_auc_score(labels, scores)
    return f"AUC {auc:.3f}, Brier {brier:.3f} ({len(items)} items, {labels.count(False)} false)"


def train(
    features: Table, labels: Table, ids: Sequence[str]
) -> tuple[DictVectorizer, LogisticRegression]:
    rows = [(f, lab) for i in ids for f, lab in zip(features[i], labels[i], strict=True)
            if lab is not None]  # fmt: skip
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([f for f, _ in rows])
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(x, [lab for _, lab in rows])
    return vectorizer, model


def predict(features: Table, ids: Sequence[str], fitted: tuple[DictVectorizer, LogisticRegression]):
    vectorizer, model = fitted
    out = {}
    for i in ids:
        if not features[i]:
            out[i] = []
            continue
        proba = model.predict_proba(vectorizer.transform(features[i]))
        out[i] = list(proba[:, list(model.classes_).index(True)])
    return out


def learned_scores(data: Data, train_ids: Sequence[str], test_ids: Sequence[str]):
    """Probabilities of the test articles' edges, and the cut chosen on the training articles
    (their probabilities cross-validated by article inside them)."""
    inner = cross_predict(data.features, data.labels, train_ids)
    fitted = train(data.features, data.labels, train_ids)
    return predict(data.features, test_ids, fitted), best_cut(data, train_ids, inner)


def cross_predict(features: Table, labels: Table, ids: Sequence[str]) -> dict[str, list[float]]:
    """Probabilities of the items of ``ids``, each article's by a model trained on the others."""
    inner: dict[str, list[float]] = {}
    for inner_ids in folds_of(ids, INNER_FOLDS):
        rest = [i for i in ids if i not in set(inner_ids)]
        inner.update(predict(features, inner_ids, train(features, labels, rest)))
    return inner


def best_pair_cut(data: Data, ids: Sequence[str], scores: Mapping[str, Sequence[float]]) -> float:
    """The cut that gives the best partneredWith F1 of ``ids`` when the pairs scored at least it
    are added to the rules' partnerships (1.01: add none)."""
    gold = sum(data.gold_partners[i] for i in ids)
    rules = [lab for i in ids
             for r, lab in zip(data.extractions[i].relations, data.labels[i], strict=True)
             if r.type == "partneredWith" and lab is not None]  # fmt: skip
    partnered = {i: {frozenset((r.subject, r.object)) for r in data.extractions[i].relations
                     if r.type == "partneredWith"} for i in ids}  # fmt: skip

    def f1(cut: float) -> float:
        added = [lab for i in ids
                 for p, lab, s in zip(data.pairs[i], data.pair_labels[i], scores[i], strict=True)
                 if s >= cut and frozenset((p.first, p.second)) not in partnered[i]]  # fmt: skip
        return Counts(sum(rules) + sum(added), len(rules) + len(added), gold).f1

    return max([*CUTS[1:], 1.01], key=lambda cut: (f1(cut), cut))


def pair_scores(data: Data, train_ids: Sequence[str], test_ids: Sequence[str]):
    inner = cross_predict(data.pair_features, data.pair_labels, train_ids)
    fitted = train(data.pair_features, data.pair_labels, train_ids)
    return predict(data.pair_features, test_ids, fitted), best_pair_cut(data, train_ids, inner)


def score(data: Data, ids: Sequence[str], scores: Mapping[str, Sequence[float]],
          cut: float, pairs: tuple[Mapping[str, Sequence[float]], float] | None = None
          ) -> tuple[Report, Report]:  # fmt: skip
    """The fold's graph with these edge confidences (and the pairs scored at least their cut
    added), cut at ``cut`` and at ``THRESHOLD``."""
    extractions = [with_confidences(data.extractions[i], scores[i]) for i in ids]
    if pairs is not None:
        extractions = [add_pairs(ex, data.pairs[i], pairs[0][i], pairs[1])
                       for i, ex in zip(ids, extractions, strict=True)]  # fmt: skip
    gold = [data.corpus.gold[i] for i in ids]
    strict = score_extractions(extractions, gold, THRESHOLD)
    return score_extractions(extractions, gold, cut), strict


def run(data: Data, res: Resources, k: int) -> dict[str, Column]:
    folds = folds_of(data.corpus.ids(), k)
    seen = []
    for ids in folds:
        exs = [data.extractions[i] for i in ids]
        report = score_extractions(exs, [data.corpus.gold[i] for i in ids])
        seen.append((report.rules, mention_counts(exs, data.corpus)))
    columns = {name: Column() for name in ("rules", "rules, best cut", "learned", "rules + pairs")}
    for n, ids in enumerate(folds):
        train_ids = [i for m, fold in enumerate(folds) if m != n for i in fold]
        fitted = fit_confidences(res.rules, *(t for m, pair in enumerate(seen) if m != n
                                              for t in pair))  # fmt: skip
        book = res.rules.with_confidences(fitted)
        rules = {i: [book.confidence(r.evidence.rule) for r in data.extractions[i].relations]
                 for i in data.corpus.ids()}  # fmt: skip
        learned, learned_cut = learned_scores(data, train_ids, ids)
        pairs, pair_cut = pair_scores(data, train_ids, ids)
        for name, scores, cut in (
            ("rules", rules, 0.0),
            ("rules, best cut", rules, best_cut(data, train_ids, rules)),
            ("learned", learned, learned_cut),
        ):
            report, strict = score(data, ids, scores, cut)
            columns[name].add(report, strict, cut, scored(data, ids, scores))
        report, strict = score(data, ids, rules, 0.0, (pairs, pair_cut))
        columns["rules + pairs"].add(report, strict, pair_cut, pair_scored(data, ids, pairs))
    return columns


def figure(c: Counts) -> str:
    counts = f"tp {c.tp}, pred {c.pred}, gold {c.gold}"
    return f"P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f} ({counts})"


def show(title: str, columns: Mapping[str, Column]) -> None:
    names = list(columns)
    print(title)
    print(f"  {'relation F1':20}" + "".join(f"{n:>17}" for n in names))
    for rel in ("all", *RELATION_TYPES):
        print(f"  {rel:20}" + "".join(f"{columns[n].total(rel).f1:17.3f}" for n in names))
    for n in names:
        cuts = " ".join(f"{c:.2f}" for c in columns[n].cuts)
        print(f"  {n:16} cut per fold: {cuts}; {separation(columns[n].scored)}")
    for n in names:
        print(f"  {n:16} all edges kept by its cut: {figure(columns[n].total())}")
    for n in ("rules", "learned", "rules + pairs"):
        print(f"  {n:16} --min-confidence {THRESHOLD}: {figure(columns[n].total(strict=True))}")


def partial_corpus(inputs: Path, gold: Path) -> Corpus:
    """The articles of ``inputs`` that have a gold file under ``gold`` (a set still being
    annotated may hold articles without one yet)."""
    opening = lambda text: "".join(text.split())[:40]  # noqa: E731  (as load_corpus pairs them)
    files = {}
    for path in gold_files([gold]):
        doc = json.loads(path.read_text(encoding="utf-8"))
        files[opening(doc["text"])] = (str(doc["id"]), path)
    articles, paths = {}, {}
    for article in iter_articles([inputs], lambda problem: None):
        found = files.get(opening(article.as_written))
        if found is not None:
            articles[found[0]], paths[found[0]] = article, found[1]
    return Corpus(articles, paths)


def held_out(dev: Data, res: Resources, test: Data) -> dict[str, Column]:
    """Everything fitted on all of ``dev`` (cuts chosen on it by cross-validation), scored on
    ``test``: the rules with their shipped confidences beside the learned signals."""
    dev_ids, ids = dev.corpus.ids(), test.corpus.ids()
    shipped = {i: [res.rules.confidence(r.evidence.rule) for r in test.extractions[i].relations]
               for i in ids}  # fmt: skip
    dev_rules = {i: [res.rules.confidence(r.evidence.rule) for r in dev.extractions[i].relations]
                 for i in dev_ids}  # fmt: skip
    learned = predict(test.features, ids, train(dev.features, dev.labels, dev_ids))
    learned_cut = best_cut(dev, dev_ids, cross_predict(dev.features, dev.labels, dev_ids))
    fitted = train(dev.pair_features, dev.pair_labels, dev_ids)
    pairs = predict(test.pair_features, ids, fitted)
    pair_cut = best_pair_cut(
        dev, dev_ids, cross_predict(dev.pair_features, dev.pair_labels, dev_ids)
    )
    columns = {name: Column() for name in ("rules", "rules, best cut", "learned", "rules + pairs")}
    for name, scores, cut in (
        ("rules", shipped, 0.0),
        ("rules, best cut", shipped, best_cut(dev, dev_ids, dev_rules)),
        ("learned", learned, learned_cut),
    ):
        report, strict = score(test, ids, scores, cut)
        columns[name].add(report, strict, cut, scored(test, ids, scores))
    report, strict = score(test, ids, shipped, 0.0, (pairs, pair_cut))
    columns["rules + pairs"].add(report, strict, pair_cut, pair_scored(test, ids, pairs))
    return columns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="?", type=Path, default=DEV / "input")
    parser.add_argument("gold", nargs="?", type=Path, default=DEV / "gold")
    parser.add_argument("--folds", type=int, default=5, help="folds of the cross-validation")
    parser.add_argument("--held-out", nargs=2, action="append", default=[], type=Path,
                        metavar=("INPUT_DIR", "GOLD_DIR"),
                        help="fit on all the articles, score these (repeatable)")  # fmt: skip
    args = parser.parse_args()

    res = default_resources()
    data = read(load_corpus([args.inputs], [args.gold]), res)
    edges = [lab for labels in data.labels.values() for lab in labels]
    labels = f"{edges.count(True)} in gold, {edges.count(False)} not, {edges.count(None)} ignored"
    print(f"{len(data.extractions)} articles, {len(edges)} extracted relations ({labels})")
    show(f"{args.folds}-fold cross-validation over articles", run(data, res, args.folds))
    show("two folds (halves A and B: fit on one, score the other)", run(data, res, 2))
    for inputs, gold in args.held_out:
        test = read(partial_corpus(inputs, gold), res)
        title = f"fitted on all {len(data.extractions)} articles, scored on {inputs}"
        show(f"{title} ({len(test.extractions)} articles with gold)", held_out(data, res, test))


if __name__ == "__main__":
    main()
