"""Every rule's own examples, run through the real extractor.

Each rule of ``rules/relations.json`` and ``rules/mentions.json`` carries invented sentences it
must match (yielding the mention or edge written beside it, found by that rule) and sentences it
must not match. Every name in them is invented for the rule files. ``founding``-mode relation
rules make no edge themselves: they note that the article reports a founding, and the edge is
made by ``founding-work/v1``; their examples run with every other founding rule switched off.
"""

from __future__ import annotations

import json
import re
from importlib.resources import files

import pytest

from unionkg.errors import ResourceError
from unionkg.extract.extractor import Resources, default_resources, extract_article
from unionkg.extract.rulebook import Example, default_rulebook, read_rulebook
from unionkg.loaders.bylines import find_bylines
from unionkg.model import Article

BOOK = default_rulebook()
FOUNDING = {p.id for p in BOOK.patterns if p.mode == "founding"}
CASES = [
    pytest.param(rule, example, id=f"{rule}-{'match' if example.match else 'no'}{n}")
    for rule in BOOK.ids()
    for n, example in enumerate(BOOK.rules[rule].examples)
]


def _resources(rule: str) -> Resources:
    if rule in FOUNDING:
        return default_resources().without_rules(FOUNDING - {rule})
    return default_resources()


def _found(rule: str, text: str) -> set[tuple[str, ...]]:
    """What ``rule`` yields on ``text``: its mentions' texts, or its edges' (subject, relation,
    object) names (a founding rule: the edges ``founding-work/v1`` makes from it)."""
    article = Article("example", text, published="2024-06-15", bylines=find_bylines(text))
    extraction = extract_article(article, _resources(rule))
    if BOOK.rules[rule].level == "mention":
        return {(m.text,) for e in extraction.entities for m in e.mentions if m.source == rule}
    names = {e.key: e.name for e in extraction.entities}
    source = "founding-work/v1" if rule in FOUNDING else rule
    found = set()
    for rel in extraction.relations:
        if rel.evidence.rule == source:
            found.add((names[rel.subject], rel.type, names[rel.object]))
            if rel.type == "partneredWith":
                found.add((names[rel.object], rel.type, names[rel.subject]))
    return found


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule: str, example: Example) -> None:
    found = _found(rule, example.text)
    if not example.match:
        assert not found, f"{rule} must not match {example.text!r}; it yields {found}"
    elif example.yields:
        assert example.yields in found, f"{rule} on {example.text!r} yields {found}"
    else:
        assert found, f"{rule} must match {example.text!r}"


def test_every_rule_written_in_the_code_is_in_the_rule_files() -> None:
    """The mention rules the passes name and the relation rules the code names are all listed."""
    source = "".join(
        path.read_text(encoding="utf-8")
        for path in files("unionkg.extract").iterdir()
        if path.name.endswith(".py")
    )
    named = set(re.findall(r'"([a-z][a-z-]+/v\d+)"', source))
    assert named <= set(BOOK.ids()), sorted(named - set(BOOK.ids()))
    assert len(BOOK.ids("relation")) >= 42 and len(BOOK.ids("mention")) >= 17


def _shipped() -> tuple[dict, str]:
    folder = files("unionkg.extract").joinpath("rules")
    relations = json.loads(folder.joinpath("relations.json").read_text(encoding="utf-8"))
    return relations, folder.joinpath("mentions.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("section", "key", "mistyped", "message"),
    [
        ("rules", "confidence", "confidance", r"rules\[0\]: unknown key 'confidance'"),
        ("builtin", "relation", "relaton", r"builtin\[0\]: unknown key 'relaton'"),
    ],
)
def test_a_mistyped_key_fails_naming_it(
    section: str, key: str, mistyped: str, message: str
) -> None:
    relations, mentions = _shipped()
    relations[section][0][mistyped] = relations[section][0].pop(key)
    with pytest.raises(ResourceError, match=message):
        read_rulebook(json.dumps(relations, ensure_ascii=False), mentions)


def test_a_mistyped_mention_rule_key_fails_naming_it() -> None:
    relations, mentions = _shipped()
    data = json.loads(mentions)
    data["rules"][0]["exampels"] = data["rules"][0].pop("examples")
    with pytest.raises(ResourceError, match=r"mentions\.json: rules\[0\]: unknown key 'exampels'"):
        read_rulebook(json.dumps(relations, ensure_ascii=False), json.dumps(data))


def test_a_rule_without_a_counter_example_fails() -> None:
    relations, mentions = _shipped()
    relations["rules"][0]["examples"]["no_match"] = []
    with pytest.raises(ResourceError, match="'joint-hosts' needs examples"):
        read_rulebook(json.dumps(relations, ensure_ascii=False), mentions)


def test_switched_off_rules_make_no_edge_and_other_confidences_change_the_evidence() -> None:
    text = "青禾县总工会与远帆物流有限公司签订了职工服务合作协议。"
    article = Article(id="t", text=text)
    res = default_resources()
    assert {r.evidence.rule for r in extract_article(article, res).relations} == {"signed-with/v12"}
    # pairs-listed/v3 and parties-signed-document/v1 read the same sentence: off too, no rule
    # is left to link the two
    off_rules = ["signed-with/v12", "pairs-listed/v3", "parties-signed-document/v1"]
    off = extract_article(article, res.without_rules(off_rules))
    assert off.relations == []
    named = Article(id="t", text="德清县总工会召开全委会议。")
    assert extract_article(named, res).relations
    assert extract_article(named, res.without_rules(["name-place/v1"])).relations == []
    low = extract_article(article, res.with_confidences({"signed-with/v12": 0.31}))
    assert [r.evidence.confidence for r in low.relations] == [0.31]
    with pytest.raises(ResourceError, match="no extraction rule 'signed-with/v10'"):
        res.with_confidences({"signed-with/v10": 0.5})
