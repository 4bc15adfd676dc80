"""Rule confidences measured on gold articles, and how well they hold on articles not seen.

A rule's confidence is its precision on gold data, shrunk towards a prior so that a rule seen a
few times is not trusted blindly (:func:`shrunk`). Relation rules are measured on the graph
(:attr:`Report.rules`: an edge is correct when it matches gold); mention rules on each article's
entities (:func:`mention_counts`: an entity is correct for every rule that gave it a mention when
the scorer aligns it with a gold entity of its type).

Nothing here writes a file: extraction runs with ``Resources.with_confidences(...)``. Cross-
validation (:func:`cross_validate`) splits the articles into folds by their sorted gold ids and
scores each fold with confidences fitted on the other folds, so ``--min-confidence 0.9`` is
measured on articles the calibration did not see.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..extract.extractor import Resources, default_resources, extract_article
from ..extract.rulebook import RuleBook
from ..graph import build_graph
from ..loaders import iter_articles
from ..model import Article, Extraction
from ..ontology import to_dataset
from .gold import gold_files, load_gold, normalize_name
from .prediction import PredictedEntity, Prediction, read_prediction
from .scoring import Report, RuleCounts, align, score_prediction

__all__ = [
    "PRIOR",
    "Corpus",
    "FoldResult",
    "cross_validate",
    "extract",
    "fit_confidences",
    "folds_of",
    "load_corpus",
    "mention_counts",
    "score_extractions",
    "shrunk",
]

PRIOR, WEIGHT = 0.7, 2


def shrunk(correct: int, scored: int) -> float:
    """The precision pulled towards the prior by ``WEIGHT`` pseudo-observations.

    >>> shrunk(9, 10), shrunk(0, 0)
    (0.87, 0.7)
    """
    return round((correct + WEIGHT * PRIOR) / (scored + WEIGHT), 2)


@dataclass
class Corpus:
    """Gold articles: each article read from the inputs beside its gold file."""

    articles: dict[str, Article]  # by gold id
    gold: dict[str, Path]  # gold id -> its gold file

    def ids(self) -> list[str]:
        """The gold ids, sorted."""
        return sorted(self.articles)


def _opening(text: str) -> str:
    return "".join(text.split())[:40]


def load_corpus(inputs: Sequence[str | Path], gold: Sequence[str | Path]) -> Corpus:
    """Read the articles under ``inputs`` and pair each with its gold file under ``gold`` by
    the opening of its text (an input's file name need not be the gold id), else by its id
    (a text the loader cleaned, e.g. of pinyin glosses, opens otherwise than its gold's)."""
    files, by_id = {}, {}
    for path in gold_files(gold):
        doc = json.loads(path.read_text(encoding="utf-8"))
        files[_opening(doc["text"])] = by_id[str(doc["id"])] = (str(doc["id"]), path)
    problems: list[InputError] = []
    articles: dict[str, Article] = {}
    for article in iter_articles(list(inputs), problems.append):
        found = files.get(_opening(article.as_written)) or by_id.get(article.id)
        if found is None:
            raise InputError(article.source or article.id, "no gold file has this article's text",
                             "give the gold files of every input article")  # fmt: skip
        articles[found[0]] = article
    if problems:
        raise problems[0]
    return Corpus(articles, {gid: path for gid, path in files.values() if gid in articles})


def extract(corpus: Corpus, ids: Iterable[str], resources: Resources) -> list[Extraction]:
    """The extractions of the articles ``ids`` with ``resources``."""
    return [extract_article(corpus.articles[i], resources) for i in ids]


def score_extractions(extractions: Sequence[Extraction], gold: Sequence[Path],
                      min_confidence: float = 0.0) -> Report:  # fmt: skip
    """Resolve ``extractions`` into a graph, keep the edges of at least ``min_confidence`` (what
    ``unionkg build --min-confidence`` keeps) and score it against the ``gold`` files."""
    graph = build_graph(list(extractions))
    if min_confidence > 0:
        graph.edges = [e for e in graph.edges if e.confidence >= min_confidence]
    return score_prediction(load_gold(gold), read_prediction(to_dataset(graph)))


def mention_counts(extractions: Sequence[Extraction], corpus: Corpus) -> dict[str, RuleCounts]:
    """Each mention rule's entities and how many of them gold has, with their type, per article."""
    by_article = {a.id: gid for gid, a in corpus.articles.items()}
    counts: dict[str, RuleCounts] = {}
    for ex in extractions:
        gold = load_gold([corpus.gold[by_article[ex.article.id]]])
        entities = {}
        for e in ex.entities:
            labels = {normalize_name(e.name)}
            forms = labels | {normalize_name(a) for a in e.aliases}
            entities[str(e.key)] = PredictedEntity(str(e.key), e.type, labels, forms)
        mapping = align(gold, Prediction(entities=entities))
        for e in ex.entities:
            key = mapping.get(str(e.key))
            correct = key is not None and gold.entities[key].type == e.type
            for rule in sorted({m.source for m in e.mentions}):
                c = counts.setdefault(rule, RuleCounts())
                c.edges += 1
                c.correct += correct
    return counts


def fit_confidences(rules: RuleBook, *counts: Mapping[str, RuleCounts]) -> dict[str, float]:
    """The shrunk precision of every rule of ``rules`` that the ``counts`` saw (relation rules
    that make no edge of their own, with confidence 0, keep it)."""
    total: dict[str, RuleCounts] = {}
    for table in counts:
        for rule, c in table.items():
            t = total.setdefault(rule, RuleCounts())
            t.edges += c.edges
            t.correct += c.correct
            t.ignored += c.ignored
    return {
        rule: shrunk(c.correct, c.edges - c.ignored)
        for rule, c in sorted(total.items())
        if rule in rules.rules and rules.rules[rule].confidence > 0
    }


def folds_of(ids: Sequence[str], k: int) -> list[list[str]]:
    """``k`` folds of the sorted ``ids``, dealt in turn (the same every run).

    >>> folds_of(["d", "a", "c", "b", "e"], 2)
    [['a', 'c', 'e'], ['b', 'd']]
    """
    ordered = sorted(ids)
    return [ordered[i::k] for i in range(k)]


@dataclass
class FoldResult:
    """One fold: its articles, the confidences fitted on the others, and its scores."""

    ids: list[str]
    confidences: dict[str, float]
    report: Report  # every edge
    strict: Report  # the edges of at least the threshold, with the fitted confidences
    mentions: dict[str, RuleCounts] = field(default_factory=dict)


def cross_validate(corpus: Corpus, k: int = 5, threshold: float = 0.9,
                   resources: Resources | None = None) -> list[FoldResult]:  # fmt: skip
    """Score each of ``k`` folds with the confidences fitted on the other folds."""
    res = resources or default_resources()
    folds = folds_of(corpus.ids(), k)
    seen = []
    for ids in folds:
        extractions = extract(corpus, ids, res)
        files = [corpus.gold[i] for i in ids]
        seen.append((score_extractions(extractions, files), mention_counts(extractions, corpus)))
    results = []
    for n, ids in enumerate(folds):
        others = [table for m, (report, mentions) in enumerate(seen) if m != n
                  for table in (report.rules, mentions)]  # fmt: skip
        fitted = fit_confidences(res.rules, *others)
        extractions = extract(corpus, ids, res.with_confidences(fitted))
        strict = score_extractions(extractions, [corpus.gold[i] for i in ids], threshold)
        results.append(FoldResult(ids, fitted, seen[n][0], strict, seen[n][1]))
    return results
