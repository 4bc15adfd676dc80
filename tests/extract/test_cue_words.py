"""The cue words of the passes are data: ``cue_words`` in ``rules/lexicon.json``.

A word added to a class in the rule file changes what extraction reads, with no code change;
every class the rule file holds is one some pass reads. The sentences are written for these
tests and every name in them is invented.
"""

from __future__ import annotations

import dataclasses
import re
from importlib.resources import files

import pytest

from unionkg.extract import default_resources, extract_article
from unionkg.extract.cues import fill
from unionkg.extract.dates import founding_date
from unionkg.extract.extractor import Resources
from unionkg.extract.lexicon import Lexicon, default_lexicon
from unionkg.model import Article


def _with_word(cls: str, word: str) -> Lexicon:
    lex = default_lexicon()
    cue_words = {**lex.cue_words, cls: (*lex.cue_words[cls], word)}
    return dataclasses.replace(lex, cue_words=cue_words)


def test_a_new_election_verb_is_a_rule_file_edit() -> None:
    text = "会上，柯明远被遴选为青禾县总工会主席。"
    resources = default_resources()
    before = extract_article(Article(id="t", text=text), resources)
    assert not before.relations
    lex = _with_word("elected_verbs", "被遴选为")
    after = extract_article(Article(id="t", text=text), Resources(resources.tagger,
                            resources.gazetteer, lex))  # fmt: skip
    assert [(r.type, r.evidence.rule) for r in after.relations] == [("chairedBy", "elected-as/v2")]
    assert {(e.type, e.name) for e in after.entities} >= {("Official", "柯明远")}


def test_a_new_recent_word_dates_a_founding() -> None:
    sentence = "前几天,青禾县快递行业工会联合会成立"
    assert founding_date(sentence, "2021-08-05") is None
    assert founding_date(sentence, "2021-08-05", _with_word("recent", "前几天")) == "2021-08"


def test_the_regexes_are_built_once_per_lexicon() -> None:
    lex = default_lexicon()
    first = founding_date("昨天,某某工会成立", "2021-08-05", lex)
    built = dict(lex.__dict__["_compiled"])
    assert founding_date("昨天,某某工会成立", "2021-08-05", lex) == first == "2021-08-04"
    assert all(lex.__dict__["_compiled"][k] is v for k, v in built.items())


def test_every_cue_class_is_read_by_a_pass_or_a_pattern() -> None:
    rules = files("unionkg.extract") / "rules"
    source = "\n".join(
        [
            f.read_text(encoding="utf-8")
            for f in files("unionkg.extract").iterdir()
            if f.name.endswith(".py")
        ]
        + [
            (rules / name).read_text(encoding="utf-8")
            for name in ("relations.json", "mentions.json")
        ]
    )
    unread = [
        name
        for name in default_lexicon().cue_words
        if f"{{{name}}}" not in source and f'"{name}"' not in source
    ]
    assert unread == []


def test_a_missing_cue_class_is_named() -> None:
    with pytest.raises(KeyError, match="no_such_class"):
        fill("(?:{no_such_class})", default_lexicon().cue_words)


@pytest.mark.parametrize("cls", sorted(default_lexicon().cue_words))
def test_cue_words_are_plain_words(cls: str) -> None:
    """Words, not regexes: machinery stays in the templates of the code."""
    words = default_lexicon().cue_words[cls]
    assert words and all(w and re.escape(w) == w for w in words), cls
