"""A score report as text: the figures in the shared scorer's layout, then misses and false hits."""

from __future__ import annotations

from collections.abc import Iterator

from ..extract.rulebook import RuleBook, default_rulebook
from .calibration import shrunk
from .scoring import Counts, Report

__all__ = ["format_figures", "format_report", "format_rules"]


def _line(block: str, name: str, c: Counts) -> str:
    return (
        f"{block:9} {name:18} P={round(c.precision, 4):.3f} R={round(c.recall, 4):.3f} "
        f"F1={round(c.f1, 4):.3f}  (tp {c.tp}, pred {c.pred}, gold {c.gold})"
    )


def format_figures(report: Report) -> Iterator[str]:
    """Precision, recall and F1 per entity type and relation, one line each, as
    ``../shared/eval/score.py`` prints them, and the two headline figures.

    >>> from unionkg.evaluation.scoring import Counts, Report
    >>> report = Report(1, {"typed": Counts(3, 4, 6)}, {"all": Counts(1, 2, 2)})
    >>> print("\\n".join(format_figures(report)))
    gold files: 1
    entities  typed              P=0.750 R=0.500 F1=0.600  (tp 3, pred 4, gold 6)
    relations all                P=0.500 R=0.500 F1=0.500  (tp 1, pred 2, gold 2)
    entity_typed_f1=0.600 relation_f1=0.500
    """
    yield f"gold files: {report.gold_files}"
    for name, counts in report.entities.items():
        yield _line("entities", name, counts)
    for name, counts in report.relations.items():
        yield _line("relations", name, counts)
    if report.ignored_town_located_in:
        yield f"(ignored: {report.ignored_town_located_in} Town->Town locatedIn not in gold)"
    typed, relations = report.entities.get("typed"), report.relations.get("all")
    if typed and relations:
        yield f"entity_typed_f1={round(typed.f1, 4):.3f} relation_f1={round(relations.f1, 4):.3f}"


def format_rules(report: Report, rules: RuleBook | None = None) -> Iterator[str]:
    """Each extraction rule's precision and yield, most edges first, beside the confidence the
    rule book (``rules``, the shipped one by default) gives it and the one its precision here
    fits (:func:`~unionkg.evaluation.calibration.shrunk`; ``benchmarks/calibrate.py`` fits and,
    with ``--write``, writes them).

    >>> from unionkg.evaluation.scoring import Counts, Report, RuleCounts
    >>> report = Report(1, {}, {}, rules={"chair-title/v1": RuleCounts(4, 3, 0),
    ...                                   "name-place/v1": RuleCounts(10, 9, 0)})
    >>> print("\\n".join(format_rules(report)))
    rule                              edges  correct  ignored  precision  confidence  fitted
    name-place/v1                        10        9        0      0.900        0.96    0.87
    chair-title/v1                        4        3        0      0.750           -    0.73
    """
    book = rules or default_rulebook()
    yield (
        f"{'rule':32} {'edges':>6} {'correct':>8} {'ignored':>8} {'precision':>10} "
        f"{'confidence':>11} {'fitted':>7}"
    )
    for rule, c in sorted(report.rules.items(), key=lambda kv: (-kv[1].edges, kv[0])):
        info = book.rules.get(rule)
        shipped = f"{info.confidence:11.2f}" if info else f"{'-':>11}"
        fitted = shrunk(c.correct, c.edges - c.ignored)
        yield (
            f"{rule:32} {c.edges:6} {c.correct:8} {c.ignored:8} {c.precision:10.3f} "
            f"{shipped} {fitted:7.2f}"
        )


def format_report(report: Report, *, by_rule: bool = False) -> Iterator[str]:
    """The whole report: figures, then every missed and false entity and relation (and, with
    ``by_rule``, the rule table)."""
    yield from format_figures(report)
    sections: list[tuple[str, list[str]]] = [
        ("missed entities", [f"{m['type']} {m['name']}" for m in report.missed_entities]),
        ("false entities", [f"{m['type']} {m['label']}  <{m['iri']}>"
                            for m in report.false_entities]),
        (
            "entities of another type than gold",
            [f"{m['label']}: {m['type']}, gold {m['gold_type']}" for m in report.mistyped_entities],
        ),
        (
            "missed relations",
            [f"{m['type']}({m['subject']}, {m['object']})" for m in report.missed_relations],
        ),
        (
            "false relations",
            [f"{m['type']}({m['subject']}, {m['object']})  {m['why']}"
             for m in report.false_relations],
        ),
    ]  # fmt: skip
    for title, lines in sections:
        yield ""
        yield f"{title} ({len(lines)}):"
        yield from (f"  {line}" for line in lines)
    if by_rule:
        yield ""
        yield from format_rules(report)
