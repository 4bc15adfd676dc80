"""The shape of the rule files, checked when they are read.

Each rule file has a schema written as a ``TypedDict``: its keys, which of them may be left out,
and the type of each value (a word list, a map of word lists, one of a few fixed values …).
:func:`check` walks a file's data along its schema and stops at the first key that is unknown,
missing or of the wrong type, naming it, so that a mistyped key (``org_sufixes``) fails at load
instead of leaving a word class silently empty (spaCy's ``schemas.py`` does the same with
pydantic; a walk over the type hints is enough here and adds no dependency).

(No ``from __future__ import annotations`` here: ``TypedDict`` reads ``NotRequired`` from
the annotations as written, which Python 3.11 cannot do once they are strings.)

>>> check({"version": "1", "rules": [], "builtin": [], "about": ""}, RelationsFile, "r.json")
>>> check({"version": "1", "rule": []}, RelationsFile, "r.json")
Traceback (most recent call last):
unionkg.errors.RuleFileError: r.json: unknown key 'rule' (did you mean 'rules'?)
"""

import difflib
import json
from functools import cache
from importlib.resources import files
from typing import Any, Literal, NotRequired, TypedDict, get_args, get_origin, get_type_hints

from ..errors import RuleFileError
from ..model import EntityType, RelationType

__all__ = ["LexiconFile", "MentionsFile", "RelationsFile", "check", "read_rule_file"]

_OrgType = Literal["Union", "Company", "Organization"]
_Level = Literal["province", "city", "county", "town", "village", "zone", "site"]


class GrammarWords(TypedDict):
    """Single words the name grammar is built around."""

    union: str
    committee: str
    head: str
    name_joint: str  # 和 between two words of one name (某市工业和信息产业工会)


class GrammarPatterns(TypedDict):
    """Short regexes of the name grammar, by the name the passes use them under."""

    ordinal: str  # 第三, 十二届: a number word that may sit inside a name
    # 第五届委员会, 第十四届执行委员会: the committee of one term; group ``executive`` marks
    # an executive committee, which after a union's name is that union (see terms.py)
    term_committee: str
    counted: str  # 5家, 一家: a count of bodies before a name
    collective: str  # 两地, 三级, 省市区: several bodies spoken of together
    paper_dateline: str  # what ends a paper's dateline after its name (1月5日讯)
    wire_dateline: str  # what follows the place in an agency's dateline (6月20日电)
    colon_credit: str  # what follows a medium's name before its byline (某某网:(记者 某某))
    demonym: str  # a word after a place making it no place: 江苏|人, 贵州|精神
    congress: str  # 工会十八大, 党的二十大: a body's congress by its ordinal, no name
    region_compound: str  # 沪浙滇, 粤港澳大湾区: several provinces' one-character names


class LexiconFile(TypedDict):
    """``rules/lexicon.json``: word classes, one key each."""

    version: str
    about: str
    org_suffixes: dict[_OrgType, list[str]]
    union_family_suffixes: list[str]
    back_reference_kinds: list[str]
    kind_reference_kinds: list[str]
    not_name_ends: dict[str, list[str]]
    core_required_suffixes: list[str]
    company_legal_suffixes: list[str]
    company_word: str
    own_union_heads: list[str]
    company_branch_suffixes: list[str]
    branch_units: list[str]
    registered_company_forms: list[str]
    party_committees: list[str]
    government_words: list[str]
    organ_words: list[str]
    department_words: list[str]  # a firm's or a union's department: no body of its own
    direction_words: list[str]  # 西部 in 西部新城: a zone named by where it lies
    national_prefixes: list[str]
    national_names: list[str]
    place_suffixes: dict[_Level, list[str]]
    zone_ranks: list[str]
    level_prefixes: dict[str, _Level]
    town_heads: list[str]
    town_level_ends: list[str]  # what a town's name ends in, left out after its county
    demonstratives: list[str]
    quantifiers: str
    reference_preceders: str
    list_joints: list[str]
    body_kind_words: list[str]
    generic_name_words: list[str]
    person_named_suffixes: list[str]
    person_stopwords: list[str]
    title_heads: list[str]
    deputy_prefixes: list[str]
    name_end_words: list[str]
    post_units: str
    chair_titles: list[str]
    company_titles: list[str]
    vague_titles: list[str]
    byline_roles: list[str]
    byline_role_modifiers: list[str]
    own_media_prefixes: list[str]
    source_line_labels: list[str]
    channel_words: list[str]
    organ_only: list[str]
    union_modifiers: list[str]
    honorifics: list[str]
    abbreviations: dict[str, str]
    world_regions: list[str]
    occupation_words: list[str]
    event_verbs: list[str]
    grammar_words: GrammarWords
    patterns: GrammarPatterns
    cue_words: dict[str, list[str]]


class MatchExample(TypedDict):
    """An invented sentence a rule must match, and what it must yield there."""

    text: str
    yields: NotRequired[list[str]]


class Examples(TypedDict):
    """A rule's examples: sentences it must match, sentences it must not."""

    match: list[MatchExample]
    no_match: list[str]


class RelationRule(TypedDict):
    """One relation pattern of ``rules/relations.json``."""

    name: str
    version: int
    relation: RelationType
    confidence: float
    pattern: str
    examples: Examples
    does: NotRequired[str]
    mode: NotRequired[Literal["pairs", "chain", "founding"]]
    subject: NotRequired[Literal["", "sentence", "lead"]]
    context: NotRequired[str]


class BuiltinRule(TypedDict):
    """A relation rule written in code (names, posts, the gazetteer), described as data."""

    name: str
    version: int
    relation: RelationType
    confidence: float
    does: str
    examples: Examples


class RelationsFile(TypedDict):
    """``rules/relations.json``: the relation patterns and the rules written in code."""

    version: str
    about: NotRequired[str]
    rules: list[RelationRule]
    builtin: list[BuiltinRule]


class MentionRule(TypedDict):
    """A mention-level rule (how an entity is recognised), described as data."""

    name: str
    version: int
    confidence: float
    does: str
    examples: Examples
    type: NotRequired[EntityType]


class MentionsFile(TypedDict):
    """``rules/mentions.json``: the mention-level rules."""

    version: str
    about: NotRequired[str]
    rules: list[MentionRule]


def read_rule_file(name: str, schema: Any) -> dict[str, Any]:
    """The data of the package's rule file ``rules/<name>``, checked against ``schema``.

    >>> sorted(read_rule_file("lexicon.json", LexiconFile)["grammar_words"])
    ['committee', 'head', 'name_joint', 'union']
    """
    source = f"rules/{name}"
    try:
        raw = files("unionkg.extract").joinpath(source).read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError) as exc:
        raise RuleFileError(f"{source}: cannot be read as JSON ({exc}); reinstall unionkg") from exc
    check(data, schema, source)
    return data


def check(value: Any, schema: Any, source: str, path: str = "") -> None:
    """Raise :class:`RuleFileError` naming the first part of ``value`` that ``schema`` does
    not allow; ``source`` names the file, ``path`` the key being walked (``org_suffixes.Union``).

    >>> check({"version": 1, "rules": [], "builtin": []}, RelationsFile, "r.json")
    Traceback (most recent call last):
    unionkg.errors.RuleFileError: r.json: version: expected a string, got an integer
    """
    origin = get_origin(schema)
    if isinstance(schema, type) and hasattr(schema, "__required_keys__"):
        _check_object(value, schema, source, path)
    elif origin is list:
        _expect(value, list, source, path)
        for i, item in enumerate(value):
            check(item, get_args(schema)[0], source, f"{path}[{i}]")
    elif origin is dict:
        _expect(value, dict, source, path)
        key_type, value_type = get_args(schema)
        for key, item in value.items():
            check(key, key_type, source, f"{path} key")
            check(item, value_type, source, f"{path}.{key}")
    elif origin is Literal:
        if value not in get_args(schema):
            known = ", ".join(map(repr, get_args(schema)))
            raise _error(source, path, f"unknown value {value!r}; known: {known}")
    elif schema is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _error(source, path, f"expected a number, got {_kind(value)}")
    else:
        _expect(value, schema, source, path)


def _check_object(value: Any, schema: Any, source: str, path: str) -> None:
    _expect(value, dict, source, path)
    hints = _hints(schema)
    for key in value:
        if key not in hints:
            near = difflib.get_close_matches(key, list(hints), n=1)
            hint = f" (did you mean {near[0]!r}?)" if near else f"; known: {', '.join(hints)}"
            raise _error(source, path, f"unknown key {key!r}{hint}")
    for key in sorted(schema.__required_keys__ - set(value)):
        raise _error(source, path, f"missing key {key!r}")
    for key, hint in hints.items():
        if key in value:
            check(value[key], hint, source, f"{path}.{key}" if path else key)


@cache
def _hints(schema: Any) -> dict[str, Any]:
    return get_type_hints(schema)


def _expect(value: Any, kind: type, source: str, path: str) -> None:
    if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
        raise _error(source, path, f"expected {_kind_name(kind)}, got {_kind(value)}")


def _error(source: str, path: str, problem: str) -> RuleFileError:
    return RuleFileError(f"{source}: {path}: {problem}" if path else f"{source}: {problem}")


def _kind_name(kind: type) -> str:
    return {list: "a list", dict: "an object", str: "a string", int: "an integer",
            float: "a number", bool: "true/false"}.get(kind, kind.__name__)  # fmt: skip


def _kind(value: Any) -> str:
    return _kind_name(type(value))
