"""``unionkg eval`` and the shared scorer give the same figures on the development set.

Needs ``../shared`` beside the clone (the corpus and ``eval/score.py``); without it the test is
skipped, or fails when the environment variable CI is set.
"""

from __future__ import annotations

import gc
import os
import warnings
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from unionkg.evaluation import evaluate
from unionkg.pipeline import build

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEV = SHARED / "corpus" / "dev"
# one gold file per development article: the corpus grows, the test follows it
GOLD_FILES = len(list((DEV / "gold").glob("*.json")))


@pytest.fixture(scope="module")
def dev_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The development corpus built once for this module (about 15 s)."""
    if not (DEV / "input").is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"the development corpus is missing: {DEV}")
        pytest.skip(f"no development corpus at {DEV}")
    out = tmp_path_factory.mktemp("dev")
    result = build([DEV / "input"], out, formats=["turtle", "trig"])
    # every development article loads and extracts: a failure would only be reported, not raised
    assert not result.problems, [str(p) for p in result.problems]
    assert len(result.graph.articles) == GOLD_FILES > 0
    return out


def _reference(scorer: ModuleType, graph: Path) -> dict[str, Any]:
    with warnings.catch_warnings():  # the scorer's rdflib calls warn; it leaves its file open
        warnings.simplefilter("ignore")
        result: dict[str, Any] = scorer.score(graph, [DEV / "gold"])
        gc.collect()
    return result


@pytest.mark.parametrize("graph", ["graph.ttl", "graph.trig", "."])
def test_same_figures_as_the_shared_scorer_on_the_dev_set(
    dev_build: Path, scorer: ModuleType, graph: str
) -> None:
    reference = _reference(scorer, dev_build / "graph.ttl")
    ours = evaluate(dev_build / graph, [DEV / "gold"])
    data = ours.as_dict()
    assert data["gold_files"] == reference["gold_files"] == GOLD_FILES
    assert data["entities"] == reference["entities"]
    relations = dict(reference["relations"])
    assert data["ignored_town_locatedIn"] == relations.pop("ignored_town_locatedIn")
    assert data["relations"] == relations
    # the lists hold what the figures count (the scorer's own lists are cut at 60/80 items)
    found, related = ours.entities["untyped"], ours.relations["all"]
    assert len(data["missed_entities"]) == found.gold - found.tp
    assert len(data["false_entities"]) == found.pred - found.tp
    assert len(data["missed_relations"]) == related.gold - related.tp
    assert len(data["false_relations"]) == related.pred - related.tp
    assert len(reference["missed_entities"]) == min(60, len(data["missed_entities"]))


def test_rule_counts_add_up_on_the_dev_set(dev_build: Path) -> None:
    report = evaluate(dev_build, [DEV / "gold"])
    assert report.rules, "every edge of a build carries the rule that found it"
    correct = sum(c.correct for c in report.rules.values())
    # an edge found by two rules counts for both, so the rules' sum is at least the hits
    assert correct >= report.relations["all"].tp
    assert all(0.0 <= c.precision <= 1.0 for c in report.rules.values())
