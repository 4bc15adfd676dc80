"""The rule files are checked against their schema when read, and the word lists in them are
what the name grammar's regexes are built from.

The broken files here are the shipped ones with one key changed by the test itself.
"""

from __future__ import annotations

import copy
import json
from importlib.resources import files
from typing import Any

import pytest

from unionkg.errors import ResourceError, RuleFileError
from unionkg.extract.lexicon import Lexicon, default_lexicon
from unionkg.extract.schema import LexiconFile, RelationsFile, check, read_rule_file


def _shipped(name: str) -> dict[str, Any]:
    raw = files("unionkg.extract").joinpath(f"rules/{name}").read_text(encoding="utf-8")
    return json.loads(raw)


@pytest.fixture(scope="module")
def lexicon_data() -> dict[str, Any]:
    return _shipped("lexicon.json")


@pytest.fixture(scope="module")
def relations_data() -> dict[str, Any]:
    return _shipped("relations.json")


def _renamed(data: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    return {new if k == old else k: v for k, v in data.items()}


def test_the_shipped_rule_files_pass_their_schema():
    assert read_rule_file("lexicon.json", LexiconFile)["version"]
    assert read_rule_file("relations.json", RelationsFile)["rules"]


def test_a_mistyped_key_fails_naming_it_and_the_key_meant(lexicon_data):
    data = _renamed(lexicon_data, "org_suffixes", "org_sufixes")
    with pytest.raises(RuleFileError) as info:
        Lexicon.from_json(data, "rules/lexicon.json")
    message = str(info.value)
    assert message.startswith("rules/lexicon.json: ")
    assert "unknown key 'org_sufixes'" in message
    assert "did you mean 'org_suffixes'?" in message
    # a user sees it as one line, through the one exception base
    assert isinstance(info.value, ResourceError) and "\n" not in message


def test_a_missing_key_fails_naming_it(lexicon_data):
    data = {k: v for k, v in lexicon_data.items() if k != "event_verbs"}
    with pytest.raises(RuleFileError, match="missing key 'event_verbs'"):
        Lexicon.from_json(data)


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("channel_words",), "微信群", "channel_words: expected a list, got a string"),
        (("channel_words", 0), 3, r"channel_words\[0\]: expected a string, got an integer"),
        (("org_suffixes", "Unoin"), ["工会"], "org_suffixes key: unknown value 'Unoin'"),
        (("level_prefixes", "镇"), "towm", r"level_prefixes\.镇: unknown value 'towm'"),
        (("grammar_words", "unoin"), "工会", "grammar_words: unknown key 'unoin'"),
        (("patterns", "ordinal"), "第(", r"patterns\.ordinal: not a valid regex"),
        (
            ("patterns", "ordinals"),
            "第",
            r"patterns: unknown key 'ordinals' \(did you mean 'ordinal'",
        ),
    ],
)
def test_a_value_of_the_wrong_type_fails_naming_its_key(lexicon_data, path, value, expected):
    data = copy.deepcopy(lexicon_data)
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    with pytest.raises(RuleFileError, match=expected):
        Lexicon.from_json(data, "rules/lexicon.json")


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("mode", "pair", r"rules\[0\]\.mode: unknown value 'pair'; known: 'pairs'"),
        ("relation", "locatedin", r"rules\[0\]\.relation: unknown value 'locatedin'"),
        ("confidence", "high", r"rules\[0\]\.confidence: expected a number, got a string"),
        ("patern", "x", r"rules\[0\]: unknown key 'patern' \(did you mean 'pattern'\?\)"),
    ],
)
def test_a_broken_relation_rule_fails_naming_the_rule_and_key(
    relations_data, field, value, expected
):
    data = copy.deepcopy(relations_data)
    data["rules"][0][field] = value
    with pytest.raises(RuleFileError, match=expected):
        check(data, RelationsFile, "rules/relations.json")


def test_the_grammar_regexes_are_built_from_the_word_lists(lexicon_data):
    shipped = default_lexicon()
    assert shipped.channel.match("视频号") and not shipped.channel.match("工作站")
    assert shipped.joint_verb.match("携手") and not shipped.joint_verb.match("并肩")
    data = copy.deepcopy(lexicon_data)
    data["channel_words"] = [*data["channel_words"], "工作站"]
    data["cue_words"]["joint_verbs"] = [*data["cue_words"]["joint_verbs"], "并肩"]
    data["byline_roles"] = [*data["byline_roles"], "评论员"]
    lex = Lexicon.from_json(data)
    assert lex.channel.match("工作站") and lex.joint_verb.match("并肩")
    credit = lex.media_credits[1].search("（某某晚报评论员 王某）")
    assert credit is not None and credit.group(1) == "某某晚报"
    assert shipped.media_credits[1].search("（某某晚报评论员 王某）") is None


@pytest.mark.parametrize(
    ("text", "after_place", "branch"),
    [
        ("某某银行重庆分行", 6, True),
        ("某某银行杭州某某支行", 6, True),
        ("某某集团北京有限公司", 6, True),
        ("某某(东莞)有限公司", 5, True),
        ("重庆市总工会", 3, False),
    ],
)
def test_what_follows_a_place_in_a_branchs_name_is_one_list(text, after_place, branch):
    assert bool(default_lexicon().branch_after.match(text, after_place)) is branch
