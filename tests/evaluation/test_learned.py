"""Edges and organization pairs described and labelled for a learned signal (names invented)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unionkg.evaluation.calibration import score_extractions
from unionkg.evaluation.gold import load_gold
from unionkg.evaluation.learned import edge_features, edge_labels, with_confidences
from unionkg.evaluation.pairs import PAIR_RULE, add_pairs, pair_features, pair_labels, pairs_of
from unionkg.extract.extractor import default_resources, extract_article
from unionkg.model import Article, Extraction

TEXT = "瑞安市总工会与瑞安市新月制衣有限公司签订协议。瑞安市总工会主席林远山出席。"
LISTED = "瑞安市总工会、瑞安市新月制衣有限公司和瑞安市青禾商会的代表出席。"


def _gold(tmp_path: Path, text: str, relations: list[dict[str, str]]) -> Path:
    doc = {
        "id": "g1",
        "text": text,
        "entities": [
            {"id": "u", "type": "Union", "name": "瑞安市总工会"},
            {"id": "c", "type": "Company", "name": "瑞安市新月制衣有限公司"},
            {"id": "b", "type": "Organization", "name": "瑞安市青禾商会"},
            {"id": "p", "type": "Official", "name": "林远山"},
            {"id": "t", "type": "Town", "name": "瑞安市"},
        ],
        "relations": relations,
    }
    path = tmp_path / "g1.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _extract(text: str) -> Extraction:
    return extract_article(Article(id="a1", text=text), default_resources())


def _labelled(ex: Extraction, gold: Path) -> dict[tuple[str, str, str], bool | None]:
    labels = edge_labels(ex, load_gold([gold]))
    return {(r.type, r.subject.name, r.object.name): lab
            for r, lab in zip(ex.relations, labels, strict=True)}  # fmt: skip


def test_an_edge_is_labelled_by_whether_its_gold_holds_it(tmp_path: Path) -> None:
    ex = _extract(TEXT)
    partner = {"type": "partneredWith", "subject": "u", "object": "c"}  # either direction counts
    chair = {"type": "chairedBy", "subject": "u", "object": "p"}
    union_in = {"type": "locatedIn", "subject": "u", "object": "t"}
    labels = _labelled(ex, _gold(tmp_path, TEXT, [partner, chair, union_in]))
    assert labels[("partneredWith", "瑞安市新月制衣有限公司", "瑞安市总工会")] is True
    assert labels[("chairedBy", "瑞安市总工会", "林远山")] is True
    assert labels[("locatedIn", "瑞安市总工会", "瑞安市")] is True
    assert labels[("locatedIn", "瑞安市新月制衣有限公司", "瑞安市")] is False  # gold lacks it
    labels = _labelled(ex, _gold(tmp_path, TEXT, [partner, union_in]))
    assert labels[("chairedBy", "瑞安市总工会", "林远山")] is False


def test_features_are_classes_not_the_words_of_the_article() -> None:
    ex = _extract(TEXT)
    for features in edge_features(ex, default_resources().lexicon):
        assert features
        assert not any("新月" in name or "林远山" in name for name in features)
    for features in pair_features(ex, pairs_of(ex), default_resources().lexicon):
        assert not any("新月" in name for name in features)


def test_new_confidences_are_what_a_min_confidence_cut_reads(tmp_path: Path) -> None:
    ex = _extract(TEXT)
    gold = _gold(tmp_path, TEXT, [{"type": "chairedBy", "subject": "u", "object": "p"}])
    assert score_extractions([ex], [gold], 0.9).relations["chairedBy"].tp == 1
    low = with_confidences(ex, [0.5] * len(ex.relations))
    assert score_extractions([low], [gold], 0.9).relations["all"].pred == 0
    assert score_extractions([low], [gold], 0.4).relations["chairedBy"].tp == 1
    with pytest.raises(ValueError):
        with_confidences(ex, [0.5])


def test_pairs_of_a_list_are_labelled_and_added_as_partnerships(tmp_path: Path) -> None:
    ex = _extract(LISTED)
    pairs = pairs_of(ex)
    names = {frozenset((p.first.name, p.second.name)) for p in pairs}
    assert frozenset(("瑞安市总工会", "瑞安市青禾商会")) in names
    gold = _gold(tmp_path, LISTED, [{"type": "partneredWith", "subject": "b", "object": "u"}])
    labels = dict(zip(pairs, pair_labels(ex, pairs, load_gold([gold])), strict=True))
    assert [frozenset((p.first.name, p.second.name)) for p, lab in labels.items() if lab] == [
        frozenset(("瑞安市总工会", "瑞安市青禾商会"))
    ]
    scores = [0.9 if lab else 0.1 for lab in labels.values()]
    added = add_pairs(ex, pairs, scores, 0.5).relations[len(ex.relations) :]
    assert [(r.type, r.evidence.rule, r.evidence.confidence) for r in added] == [
        ("partneredWith", PAIR_RULE, 0.9)
    ]
    assert (
        score_extractions([add_pairs(ex, pairs, scores, 0.5)], [gold]).relations["partneredWith"].tp
        == 1
    )


def test_a_pair_the_rules_partner_already_is_not_added_again() -> None:
    ex = _extract(TEXT)
    assert any(r.type == "partneredWith" for r in ex.relations)
    pairs = pairs_of(ex)
    assert len(add_pairs(ex, pairs, [1.0] * len(pairs), 0.5).relations) == len(ex.relations)
