"""Measure every rule's confidence on gold articles, and how well confidences hold on articles
the calibration did not see.

    python benchmarks/calibrate.py [INPUT_DIR GOLD_DIR] [--folds 5] [--write [--rules-dir DIR]]
                                   [--held-out INPUT_DIR GOLD_DIR ...]

Extracts the articles of INPUT_DIR (default: the development set beside the repository) with
the shipped ``Resources`` and scores them with ``unionkg.evaluation``. For every rule that
produced something (relation rules: edges of the graph; mention rules: entities of each article)
it prints its count, correct ones, precision, the shipped confidence and the fitted one:

    confidence = (correct + 2 * 0.7) / (scored + 2)

the precision shrunk towards a 0.7 prior (``unionkg.evaluation.calibration.shrunk``). Then the
relation precision and recall of the graph cut at ``--min-confidence 0.9``: with the shipped
confidences (fitted on these same articles), and cross-validated: the articles split into
``--folds`` folds by sorted gold id, each fold's edges carrying confidences fitted on the other
folds (extraction runs with ``Resources.with_confidences``), summed over the folds.

``--held-out INPUT_DIR GOLD_DIR`` (repeatable) scores a set of articles the rules were not
written on: extracted with the confidences fitted on all of INPUT_DIR, its relation precision
and recall with every edge and at the cut. Cross-validation over articles the rules were written
on cannot show how the rules fail elsewhere; this can.

Nothing is written unless ``--write`` is given: then the confidences fitted on all articles go
into ``relations.json`` and ``mentions.json`` of the package (or of ``--rules-dir``). Rules that
produced nothing keep theirs.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from pathlib import Path

from unionkg.evaluation.calibration import (
    cross_validate,
    extract,
    fit_confidences,
    load_corpus,
    mention_counts,
    score_extractions,
)
from unionkg.evaluation.scoring import Counts, RuleCounts
from unionkg.extract.extractor import default_resources
from unionkg.extract.rulebook import RuleBook

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
RULES = ROOT / "src" / "unionkg" / "extract" / "rules"
THRESHOLD = 0.9


def figure(c: Counts) -> str:
    return f"P={c.precision:.3f} R={c.recall:.3f} (tp {c.tp}, pred {c.pred}, gold {c.gold})"


def print_rules(
    book: RuleBook, counts: Mapping[str, RuleCounts], fitted: Mapping[str, float]
) -> None:
    print(f"{'rule':30} {'level':8} {'count':>6} {'correct':>8} {'scored':>7} {'precision':>9} "
          f"{'shipped':>8} {'fitted':>7}")  # fmt: skip
    for rule, c in sorted(counts.items(), key=lambda kv: (-kv[1].edges, kv[0])):
        info = book.rules.get(rule)
        shipped = f"{info.confidence:8.2f}" if info else f"{'-':>8}"
        level = info.level if info else "?"
        fit = f"{fitted[rule]:7.2f}" if rule in fitted else f"{'-':>7}"
        print(f"{rule:30} {level:8} {c.edges:6} {c.correct:8} {c.edges - c.ignored:7} "
              f"{c.precision:9.3f} {shipped} {fit}")  # fmt: skip


def score_held_out(paths: tuple[Path, Path], fitted: Mapping[str, float]) -> None:
    """Score the articles of ``paths`` (input and gold folders) extracted with ``fitted``."""
    corpus = load_corpus([paths[0]], [paths[1]])
    resources = default_resources().with_confidences(fitted)
    extractions = extract(corpus, corpus.ids(), resources)
    gold = [corpus.gold[i] for i in corpus.ids()]
    every = score_extractions(extractions, gold).relations["all"]
    cut = score_extractions(extractions, gold, THRESHOLD).relations["all"]
    print(f"held out {paths[0]} ({len(corpus.articles)} articles), confidences fitted on all "
          f"the articles above:")  # fmt: skip
    print(f"  all edges:                  {figure(every)} F1={every.f1:.3f}")
    print(f"  --min-confidence {THRESHOLD}:     {figure(cut)}")


def write(fitted: Mapping[str, float], folder: Path) -> None:
    """Write the fitted confidences into the rule files in ``folder``."""
    for name, sections in (("relations.json", ("rules", "builtin")), ("mentions.json", ("rules",))):
        path = folder / name
        source = path if path.exists() else RULES / name
        data = json.loads(source.read_text(encoding="utf-8"))
        for section in sections:
            for item in data[section]:
                rule = f"{item['name']}/v{item['version']}"
                if rule in fitted:
                    item["confidence"] = fitted[rule]
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="?", type=Path, default=DEV / "input")
    parser.add_argument("gold", nargs="?", type=Path, default=DEV / "gold")
    parser.add_argument("--folds", type=int, default=5, help="folds of the cross-validation")
    parser.add_argument("--write", action="store_true", help="write the fitted confidences")
    parser.add_argument("--rules-dir", type=Path, default=RULES, help="where --write writes")
    parser.add_argument("--held-out", nargs=2, action="append", default=[], type=Path,
                        metavar=("INPUT_DIR", "GOLD_DIR"),
                        help="also score these, fitted on all the others")  # fmt: skip
    args = parser.parse_args()

    corpus = load_corpus([args.inputs], [args.gold])
    resources = default_resources()
    extractions = extract(corpus, corpus.ids(), resources)
    gold = [corpus.gold[i] for i in corpus.ids()]
    report = score_extractions(extractions, gold)
    mentions = mention_counts(extractions, corpus)
    fitted = fit_confidences(resources.rules, report.rules, mentions)
    print(f"{len(corpus.articles)} articles")
    print_rules(resources.rules, {**report.rules, **mentions}, fitted)

    shipped = score_extractions(extractions, gold, THRESHOLD).relations["all"]
    folds = cross_validate(corpus, args.folds, THRESHOLD, resources)
    held_out = Counts(*(sum(getattr(f.strict.relations["all"], x) for f in folds)
                        for x in ("tp", "pred", "gold")))  # fmt: skip
    print()
    print(f"all edges:                               {figure(report.relations['all'])}")
    print(f"--min-confidence {THRESHOLD}, shipped confidences: {figure(shipped)}")
    print(f"--min-confidence {THRESHOLD}, {args.folds}-fold cross-validated: {figure(held_out)}")
    for n, fold in enumerate(folds):
        print(f"  fold {n} ({len(fold.ids)} articles): {figure(fold.strict.relations['all'])}")
    for paths in args.held_out:
        print()
        score_held_out(paths, fitted)

    if args.write:
        write(fitted, args.rules_dir)


if __name__ == "__main__":
    main()
