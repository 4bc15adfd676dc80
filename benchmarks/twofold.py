"""Two-fold figures: the development articles split by article into two fixed halves, each
scored on its own with confidences fitted on the other half, beside the whole set.

    python benchmarks/twofold.py [INPUT_DIR GOLD_DIR]

The halves are the gold ids in sorted order dealt in turn (half A: 1st, 3rd, 5th …; half B:
2nd, 4th …), the same every run. For the whole set and each half it prints entity_typed_f1,
relation_f1 and the F1 of every relation type (what ``../shared/eval/score.py`` prints; a
half's graph is built from that half's articles alone), then the relation precision and recall
kept by ``--min-confidence 0.9`` when each half's edges carry the confidences fitted on the
other half (``unionkg.evaluation.calibration``). Nothing is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from unionkg.evaluation.calibration import (
    cross_validate,
    extract,
    load_corpus,
    score_extractions,
)
from unionkg.evaluation.scoring import Counts, Report
from unionkg.extract.extractor import default_resources
from unionkg.model import RELATION_TYPES

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
THRESHOLD = 0.9


def rows(report: Report) -> dict[str, Counts]:
    out = {"entity_typed_f1": report.entities["typed"], "relation_f1": report.relations["all"]}
    out.update({r: report.relations[r] for r in RELATION_TYPES})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="?", type=Path, default=DEV / "input")
    parser.add_argument("gold", nargs="?", type=Path, default=DEV / "gold")
    args = parser.parse_args()

    corpus = load_corpus([args.inputs], [args.gold])
    resources = default_resources()
    ids = corpus.ids()
    whole = score_extractions(extract(corpus, ids, resources), [corpus.gold[i] for i in ids])
    halves = cross_validate(corpus, 2, THRESHOLD, resources)
    columns = [
        ("whole", whole),
        *((f"half {n}", h.report) for n, h in zip("AB", halves, strict=True)),
    ]
    sizes = [len(ids), *(len(h.ids) for h in halves)]
    print(f"{'F1':18}" + "".join(f"{name:>10}" for name, _ in columns))
    print(f"{'articles':18}" + "".join(f"{n:>10}" for n in sizes))
    tables = [rows(report) for _, report in columns]
    for key in tables[0]:
        print(f"{key:18}" + "".join(f"{t[key].f1:10.3f}" for t in tables))
    print()
    for n, half in zip("AB", halves, strict=True):
        c = half.strict.relations["all"]
        figure = f"P={c.precision:.3f} R={c.recall:.3f} (tp {c.tp}, pred {c.pred}, gold {c.gold})"
        print(f"half {n}, --min-confidence {THRESHOLD}, fitted on the other half: {figure}")


if __name__ == "__main__":
    main()
