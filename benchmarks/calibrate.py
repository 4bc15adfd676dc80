"""Calibrate each extraction rule's confidence from its measured precision on gold data.

    python benchmarks/calibrate.py [INPUT_DIR GOLD_DIR] [--write]

Builds the graph of INPUT_DIR (default: the development set beside the repository), scores it
with ``unionkg.evaluation`` (the shared scorer's measure) and, for every rule that produced an
edge, prints its edges, correct edges and precision, and the confidence it should carry:

    confidence = (correct + 2 * 0.7) / (scored + 2)

the precision shrunk towards a 0.7 prior, so that a rule seen a few times is not trusted blindly
(scored = edges the scorer counts, Town-to-Town edges the gold does not list left out). With
``--write`` the confidences go into ``src/unionkg/extract/rules/relations.json`` (pattern rules)
and its ``builtin`` table (rules written in code). Rules that never fired keep theirs. Then it
prints the relation precision of the graph filtered at ``--min-confidence 0.9``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

# benchmarks/html.py would shadow the standard library's html module for a script run from here
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from unionkg.evaluation import evaluate  # noqa: E402
from unionkg.extract.relations import pattern_rules, rule_confidence  # noqa: E402
from unionkg.pipeline import build  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
RULES = ROOT / "src" / "unionkg" / "extract" / "rules" / "relations.json"
PRIOR, WEIGHT = 0.7, 2


def shrunk(correct: int, scored: int) -> float:
    """The precision pulled towards the prior by ``WEIGHT`` pseudo-observations.

    >>> shrunk(9, 10), shrunk(0, 0)
    (0.87, 0.7)
    """
    return round((correct + WEIGHT * PRIOR) / (scored + WEIGHT), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="?", type=Path, default=DEV / "input")
    parser.add_argument("gold", nargs="?", type=Path, default=DEV / "gold")
    parser.add_argument("--write", action="store_true", help="write the confidences back")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        build([args.inputs], tmp, formats=["trig"])
        report = evaluate(Path(tmp) / "graph.trig", [args.gold])
    confidences: dict[str, float] = {}
    print(
        f"{'rule':32} {'edges':>6} {'correct':>8} {'scored':>7} {'precision':>9} {'confidence':>10}"
    )
    for rule, counts in sorted(report.rules.items(), key=lambda kv: -kv[1].edges):
        scored = counts.edges - counts.ignored
        confidences[rule] = shrunk(counts.correct, scored)
        print(f"{rule:32} {counts.edges:6} {counts.correct:8} {scored:7} "
              f"{counts.precision:9.3f} {confidences[rule]:10.2f}")  # fmt: skip

    if args.write:
        data = json.loads(RULES.read_text(encoding="utf-8"))
        for item in data["rules"]:
            rule = f"{item['name']}/v{item['version']}"
            if rule in confidences and item["confidence"] > 0:
                item["confidence"] = confidences[rule]
        for rule in data["builtin"]:
            if rule in confidences:
                data["builtin"][rule] = confidences[rule]
        RULES.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {RULES}")
        rule_confidence.cache_clear()  # the rules are read once per process
        pattern_rules.cache_clear()

    with tempfile.TemporaryDirectory() as tmp:
        build([args.inputs], tmp, formats=["trig"], min_confidence=0.9)
        strict = evaluate(Path(tmp) / "graph.trig", [args.gold]).relations["all"]
    print(f"--min-confidence 0.9: relation P={strict.precision:.3f} R={strict.recall:.3f} "
          f"(tp {strict.tp}, pred {strict.pred}, gold {strict.gold})")  # fmt: skip


if __name__ == "__main__":
    main()
