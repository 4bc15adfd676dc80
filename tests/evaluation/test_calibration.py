"""Calibration from ``Resources`` on four small gold articles we wrote (every name invented).

``benchmarks/calibrate.py`` must measure and print without touching the package's rule files;
only ``--write`` writes, and what it writes loads as a rule book.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

from unionkg.evaluation.calibration import (
    cross_validate,
    fit_confidences,
    folds_of,
    load_corpus,
)
from unionkg.extract.rulebook import read_rulebook

ROOT = Path(__file__).resolve().parents[2]
U, C1, C2, F = "德清县总工会", "远帆物流有限公司", "晨光电子有限公司", "德清县快递行业工会联合会"
ARTICLES = {
    "a1": (f"{U}与{C1}签订了职工服务合作协议。{U}主席钟晓岚出席。",
           [("U", "Union", U), ("C1", "Company", C1), ("P", "Official", "钟晓岚"),
            ("T", "Town", "德清县")],
           [("partneredWith", "U", "C1"), ("chairedBy", "U", "P"), ("locatedIn", "U", "T")]),
    "a2": (f"{U}牵头组建了{F}。{C2}加入了{F}，成为团体会员。",
           [("U", "Union", U), ("F", "Union", F), ("C2", "Company", C2), ("T", "Town", "德清县")],
           [("founded", "U", "F"), ("subOrganizationOf", "F", "U"), ("memberOf", "C2", "F"),
            ("locatedIn", "U", "T"), ("locatedIn", "F", "T")]),
    "a3": (f"{C1}工会召开职工代表大会。会上，林子航当选为{C1}工会主席。",
           [("CU", "Union", C1 + "工会"), ("C1", "Company", C1), ("P", "Official", "林子航")],
           [("subOrganizationOf", "CU", "C1"), ("chairedBy", "CU", "P")]),
    "a4": (f"{U}携手{C2}开展送清凉活动，{U}副主席沈楚禾带队。",
           [("U", "Union", U), ("C2", "Company", C2), ("P", "Official", "沈楚禾"),
            ("T", "Town", "德清县")],
           [("partneredWith", "U", "C2"), ("holdsPosition", "P", "U"), ("locatedIn", "U", "T")]),
}  # fmt: skip


@pytest.fixture(scope="module")
def corpus_dirs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("calibration")
    (root / "input").mkdir()
    (root / "gold").mkdir()
    lines = []
    for n, (aid, (text, entities, relations)) in enumerate(ARTICLES.items()):
        lines.append(json.dumps({"id": f"in-{n}", "text": text}, ensure_ascii=False))
        gold = {
            "id": aid,
            "source": {},
            "text": text,
            "entities": [{"id": i, "type": t, "name": name} for i, t, name in entities],
            "relations": [{"type": r, "subject": s, "object": o} for r, s, o in relations],
        }
        (root / "gold" / f"{aid}.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    (root / "input" / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root / "input", root / "gold"


def _rule_files() -> dict[str, str]:
    folder = files("unionkg.extract").joinpath("rules")
    return {
        name: hashlib.sha256(folder.joinpath(name).read_bytes()).hexdigest()
        for name in ("relations.json", "mentions.json", "lexicon.json")
    }


def test_articles_pair_with_their_gold_by_text(corpus_dirs: tuple[Path, Path]) -> None:
    corpus = load_corpus([corpus_dirs[0]], [corpus_dirs[1]])
    assert corpus.ids() == ["a1", "a2", "a3", "a4"]
    assert corpus.articles["a3"].id == "in-2"


def test_an_article_the_loader_cleaned_pairs_with_its_gold_by_id(tmp_path: Path) -> None:
    # the loader drops pinyin glosses (德清(qīng)县): the text no longer opens as the gold's
    glossed = "德清(qīng)县总工会召开会议，部署全年工作，钟晓岚出席。"
    (tmp_path / "input").mkdir()
    (tmp_path / "gold").mkdir()
    line = json.dumps({"id": "b1", "text": glossed}, ensure_ascii=False)
    (tmp_path / "input" / "articles.jsonl").write_text(line + "\n", encoding="utf-8")
    gold = {"id": "b1", "source": {}, "text": glossed, "entities": [], "relations": []}
    (tmp_path / "gold" / "b1.json").write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    corpus = load_corpus([tmp_path / "input"], [tmp_path / "gold"])
    assert corpus.ids() == ["b1"]
    assert "(qīng)" not in corpus.articles["b1"].as_written


def test_each_fold_is_scored_with_confidences_fitted_on_the_other(
    corpus_dirs: tuple[Path, Path],
) -> None:
    corpus = load_corpus([corpus_dirs[0]], [corpus_dirs[1]])
    folds = cross_validate(corpus, k=2, threshold=0.9)
    assert [f.ids for f in folds] == folds_of(corpus.ids(), 2) == [["a1", "a3"], ["a2", "a4"]]
    first, second = folds
    book = read_rulebook(*(files("unionkg.extract").joinpath("rules", n).read_text("utf-8")
                           for n in ("relations.json", "mentions.json")))  # fmt: skip
    assert first.confidences == fit_confidences(book, second.report.rules, second.mentions)
    assert second.confidences == fit_confidences(book, first.report.rules, first.mentions)
    # signed-with/v12 fired only in a1: fold 0 never saw it fitted, fold 1 saw it correct once
    assert "signed-with/v12" not in first.confidences
    assert second.confidences["signed-with/v12"] == round((1 + 1.4) / 3, 2)


def test_calibrate_measures_without_writing_unless_asked(
    corpus_dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    before = _rule_files()
    script = [sys.executable, str(ROOT / "benchmarks" / "calibrate.py"), *map(str, corpus_dirs)]
    run = subprocess.run([*script, "--folds", "2"], capture_output=True, text=True, check=True)
    assert "2-fold cross-validated: P=" in run.stdout
    assert any(line.startswith("org-suffix/v1 ") for line in run.stdout.splitlines())
    assert _rule_files() == before and not list(tmp_path.iterdir())

    args = ["--folds", "2", "--write", "--rules-dir", str(tmp_path)]
    run = subprocess.run([*script, *args], capture_output=True, text=True, check=True)
    assert _rule_files() == before
    written = [(tmp_path / n).read_text("utf-8") for n in ("relations.json", "mentions.json")]
    book = read_rulebook(*written)
    # every entity of these articles is right: org-suffix/v1 measured 1.0, shrunk towards 0.7
    assert book.confidence("org-suffix/v1") > 0.7
    assert f"wrote {tmp_path / 'relations.json'}" in run.stdout


def test_twofold_prints_each_half_beside_the_whole(corpus_dirs: tuple[Path, Path]) -> None:
    script = [sys.executable, str(ROOT / "benchmarks" / "twofold.py"), *map(str, corpus_dirs)]
    run = subprocess.run(script, capture_output=True, text=True, check=True)
    lines = run.stdout.splitlines()
    assert lines[0].split() == ["F1", "whole", "half", "A", "half", "B"]
    assert lines[1].split() == ["articles", "4", "2", "2"]
    assert any(line.startswith("relation_f1 ") for line in lines)
    assert sum(line.startswith("half ") and "fitted on the other half: P=" in line
               for line in lines) == 2  # fmt: skip


def test_calibrate_scores_a_held_out_set_with_the_confidences_fitted_on_the_others(
    corpus_dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    # the held-out set: two of the articles, with their gold; every relation of them is right
    (tmp_path / "input").mkdir()
    (tmp_path / "gold").mkdir()
    lines = corpus_dirs[0].joinpath("articles.jsonl").read_text("utf-8").splitlines()
    (tmp_path / "input" / "articles.jsonl").write_text("\n".join(lines[:2]) + "\n", "utf-8")
    for aid in ("a1", "a2"):
        (tmp_path / "gold" / f"{aid}.json").write_bytes(
            (corpus_dirs[1] / f"{aid}.json").read_bytes()
        )
    script = [sys.executable, str(ROOT / "benchmarks" / "calibrate.py"), *map(str, corpus_dirs)]
    held = ["--held-out", str(tmp_path / "input"), str(tmp_path / "gold")]
    run = subprocess.run([*script, "--folds", "2", *held], capture_output=True, text=True,
                         check=True)  # fmt: skip
    lines = run.stdout.splitlines()
    at = lines.index(next(line for line in lines if line.startswith("held out ")))
    assert "(2 articles)" in lines[at]
    every, cut = lines[at + 1], lines[at + 2]
    assert every.split()[:2] == ["all", "edges:"] and "F1=" in every
    assert cut.split()[:2] == ["--min-confidence", "0.9:"]
    names = {a: {i: name for i, _, name in ARTICLES[a][1]} for a in ("a1", "a2")}
    gold = {(r, names[a][s], names[a][o]) for a in names for r, s, o in ARTICLES[a][2]}
    assert f"gold {len(gold)})" in every and f"gold {len(gold)})" in cut  # one graph of both
