"""Every extraction rule as data: its name, version, confidence, what it does and its examples.

Two rule files, read and checked once when the rule book loads:

- ``rules/relations.json``: the relation patterns over sentence templates (``rules``) and the
  relation rules written in code (``builtin``: names, posts, the gazetteer, the article);
- ``rules/mentions.json``: the mention-level rules (how a span becomes an entity mention:
  ``gazetteer``, ``org-suffix``, ``lac-per`` …).

A :class:`RuleBook` is part of the extraction ``Resources``: extraction asks it for a rule's
confidence, so calibration and ablation hand extraction another rule book
(:meth:`RuleBook.with_confidences`, :meth:`RuleBook.without`) instead of rewriting the
package's files. A key or value the schema does not know fails at load with a message naming it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.resources import files
from typing import Any

from ..errors import ResourceError, RuleFileError
from ..model import RelationType
from .cues import fill
from .lexicon import Lexicon, default_lexicon
from .schema import MentionsFile, RelationsFile, check

__all__ = ["Example", "PatternRule", "RuleBook", "RuleInfo", "default_rulebook", "read_rulebook"]


# a body's departments written after it in a list stand for it (由甲人事司、乙联合主办;
# 携手甲宣教部、基层部以及乙): departments are no entities; so does a team of it named by a
# word or two before its kind (甲协会某某志愿服务队、乙等支持); so does a firm's project
# named by a line or site before 项目 (甲工程局某某高速项目、乙联合举办)
_TEAM = r"[^〔〕，,。；;、]{0,6}?(?:{body_team_words})"
_PROJECT = r"[^〔〕，,。；;、的在与和及]{2,8}?(?:{project_unit_ends})"
_DEPT = rf"(?:{{unit_department_names}}|{{office_departments}}|{_TEAM}|{_PROJECT})"
_DEPTS = rf"(?:{_DEPT}(?:、{_DEPT})*)?"

# one organization, optionally quoted; a group mark the recogniser left out of its name
# stays with it (甲传媒中心(集团)、乙联合主办)
_ORG = r"[“\"「]?〔O\d+〕(?:[(（]集团[)）])?[”\"」]?"

# the words of the macros are classes of ``cue_words`` in ``rules/lexicon.json``
_MACROS = {
    "{ORGS}": _ORG + _DEPTS + r"(?:(?:[、，,]|{org_joints})?" + _ORG + _DEPTS + ")*",
    "{ORGSEQ}": _ORG + r"(?:(?:[、，,]|{sequence_joints})" + _ORG + ")*",
    "{ORG}": _ORG,
    # a gloss listing, written bare, the bodies the one before it stands for (甲群团工作部
    # (工会、团委)、乙局举办)
    "{GLOSS}": r"(?:[(（][^〔〕()（），,。；;、]{1,6}(?:、[^〔〕()（），,。；;、]{1,6})+[)）])?",
    # a list within one clause: a comma ends it (甲携手乙，丙公司负责人表示…: 丙 is not listed)
    "{ORGLIST}": _ORG + _DEPTS + r"(?:(?:、|{org_joints})?" + _ORG + _DEPTS + ")*",
    "{PERS}": r"〔P\d+〕(?:(?:[、，,]|{person_joints})〔P\d+〕)*",
    "{PER}": r"〔P\d+〕",
    "{TOWN}": r"〔T\d+〕",
    # members of a list the recogniser did not name, before 等 (甲、乙、某某单位等多家单位)
    "{UNNAMED}": r"(?:、(?:〔T\d+〕|[^〔〕，,。；;、]){1,10}?)*",
    # a quoted name the parties just listed go by together (甲、乙和丙“三方三家”共同主办)
    "{TOGETHER_AS}": r"(?:[“\"「][^〔〕“”\"「」，,。；;]{1,8}[”\"」])?",
    # a date written between an actor and its verb (甲工会于11月22日上午联合乙公司…)
    "{WHEN}": r"(?:(?:于|在)?(?:\d{4}(?:{year}))?\d{1,2}(?:{month})(?:\d{1,2}(?:{day}))?"
    r"(?:{times_of_day})?)?",
    # when or where in the event a clause opens before its actors (会上, 随后, 近日上午)
    "{OPENER}": r"(?:(?:{clause_openers})(?:{opener_times})?)?",
    # not a facility named after the body just before (甲工会(乙)法律服务站, 甲工会职工驿站):
    # a station or room is no entity, so setting it up founds nothing
    "{NOT_FACILITY}": r"(?!(?:[(（](?:[^〔〕()（）。；;]|〔[OT]\d+〕){1,12}[)）])?"
    r"[^〔〕，,。；;]{0,6}?(?:{facility_words}))",
}


@dataclass(frozen=True)
class PatternRule:
    """A named, versioned relation pattern over sentence templates.

    ``mode`` says how the matched slots become edges: ``pairs`` (the subject ``a``, or else
    the first of ``list``, to each other party; ``support`` to the first host), ``chain``
    (each of ``list`` belongs to the one before it: 市、区、街道三级联动) or ``founding`` (the
    ``b``/``list`` organizations are being founded; no edge by itself). ``subject`` =
    ``sentence`` takes the sentence's subject when the pattern has no ``a`` (并与B签约);
    ``lead`` takes the union the article names first, for a sentence that leaves its subject
    to the article (。与B联合开展…).
    ``context`` must also occur somewhere in the sentence.
    """

    name: str
    version: int
    relation: RelationType
    confidence: float
    pattern: re.Pattern[str]
    mode: str = "pairs"
    subject: str = ""
    context: re.Pattern[str] | None = None

    @property
    def id(self) -> str:
        return f"{self.name}/v{self.version}"


@dataclass(frozen=True)
class Example:
    """An invented sentence a rule must match, yielding ``yields`` (a mention's text, or the
    subject and object names of an edge), or, with ``match`` false, must not match."""

    text: str
    match: bool
    yields: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleInfo:
    """One rule of either level: what it is, what it does and how sure its output is."""

    name: str
    version: int
    level: str  # "mention" or "relation"
    confidence: float
    does: str = ""
    relation: str = ""  # relation rules: the relation they state
    examples: tuple[Example, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.name}/v{self.version}"


@dataclass(frozen=True)
class RuleBook:
    """Every rule by id, the compiled relation patterns, and the rules switched off.

    >>> book = default_rulebook()
    >>> book.confidence("lac-per/v1") == book.rules["lac-per/v1"].confidence
    True
    >>> book.with_confidences({"name-place/v1": 0.5}).confidence("name-place/v1")
    0.5
    >>> "joined/v3" in {r.id for r in book.without(["joined/v3"]).patterns}
    False
    """

    rules: Mapping[str, RuleInfo]
    patterns: tuple[PatternRule, ...]
    off: frozenset[str] = field(default_factory=frozenset)

    def confidence(self, rule: str) -> float:
        """The confidence of the rule ``rule`` (``name/vN``)."""
        try:
            return self.rules[rule].confidence
        except KeyError:
            raise ResourceError(f"no extraction rule {rule!r} in the rule files") from None

    def enabled(self, rule: str) -> bool:
        """Whether the rule ``rule`` is switched on."""
        return rule not in self.off

    def ids(self, level: str | None = None) -> list[str]:
        """The ids of the rules (of one ``level``), sorted."""
        return sorted(k for k, r in self.rules.items() if level in (None, r.level))

    def with_confidences(self, confidences: Mapping[str, float]) -> RuleBook:
        """The same rules carrying the given confidences (rules not named keep theirs)."""
        self._known(confidences)
        rules = {k: replace(r, confidence=confidences.get(k, r.confidence))
                 for k, r in self.rules.items()}  # fmt: skip
        patterns = tuple(replace(p, confidence=rules[p.id].confidence) for p in self.patterns)
        return RuleBook(rules, patterns, self.off)

    def without(self, rules: Iterable[str]) -> RuleBook:
        """The same rule book with the relation rules ``rules`` switched off (their edges are
        not made). Mention rules are switched off with the extraction pass that applies them."""
        off = frozenset(rules)
        self._known(off)
        mentions = sorted(r for r in off if self.rules[r].level == "mention")
        if mentions:
            raise ResourceError(
                f"{mentions[0]!r} is a mention rule; only relation rules switch off"
            )
        patterns = tuple(p for p in self.patterns if p.id not in off)
        return RuleBook(self.rules, patterns, self.off | off)

    def _known(self, ids: Iterable[str]) -> None:
        unknown = sorted(set(ids) - self.rules.keys())
        if unknown:
            raise ResourceError(
                f"no extraction rule {unknown[0]!r}; known: {', '.join(self.ids())}"
            )


def _examples(where: str, item: dict[str, Any]) -> tuple[Example, ...]:
    raw = item["examples"]
    if not raw["match"] or not raw["no_match"]:
        raise RuleFileError(
            f"{where}: rule {item['name']!r} needs examples in both 'match' and 'no_match'"
        )
    if not 0 <= item["confidence"] <= 1:
        raise RuleFileError(
            f"{where}: rule {item['name']!r} has a confidence {item['confidence']!r} outside 0..1"
        )
    out = [Example(e["text"], True, tuple(e.get("yields", ()))) for e in raw["match"]]
    return tuple(out + [Example(text, False) for text in raw["no_match"]])


def _info(where: str, item: dict[str, Any], level: str) -> RuleInfo:
    examples = _examples(where, item)
    return RuleInfo(item["name"], item["version"], level, float(item["confidence"]),
                    item.get("does", ""), item.get("relation", ""), examples)  # fmt: skip


def _pattern(item: dict[str, Any], cue_words: Mapping[str, Sequence[str]]) -> PatternRule:
    source = item["pattern"]
    for macro, regex in _MACROS.items():
        source = source.replace(macro, fill(regex, cue_words))
    source = fill(source, cue_words)
    context = re.compile(item["context"]) if item.get("context") else None
    return PatternRule(item["name"], item["version"], item["relation"], item["confidence"],
                       re.compile(source), item.get("mode", "pairs"), item.get("subject", ""),
                       context)  # fmt: skip


def _load(name: str, text: str, schema: Any) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RuleFileError(f"{name}: not JSON ({exc})") from exc
    check(data, schema, name)
    return data


def read_rulebook(relations: str, mentions: str, lexicon: Lexicon | None = None) -> RuleBook:
    """The rule book of the texts of a ``relations.json`` and a ``mentions.json``, checked
    against their schemas (:mod:`unionkg.extract.schema`); the patterns' macros are written
    from the word classes of ``lexicon`` (the shipped one by default).

    >>> try:
    ...     read_rulebook('{"version": "1", "rules": [{"name": "x", "verison": 1}], '
    ...                   '"builtin": []}', '{"version": "1", "rules": []}')
    ... except ResourceError as exc:
    ...     print(exc)
    rules/relations.json: rules[0]: unknown key 'verison' (did you mean 'version'?)
    """
    rel = _load("rules/relations.json", relations, RelationsFile)
    men = _load("rules/mentions.json", mentions, MentionsFile)
    sections = (
        [("rules/relations.json", r, "relation") for r in rel["rules"] + rel["builtin"]]
        + [("rules/mentions.json", r, "mention") for r in men["rules"]]
    )  # fmt: skip
    rules: dict[str, RuleInfo] = {}
    for where, item, level in sections:
        info = _info(where, item, level)
        if info.id in rules:
            raise ResourceError(f"{where}: rule {info.id!r} is defined twice")
        rules[info.id] = info
    try:
        words = (lexicon or default_lexicon()).cue_words
        patterns = tuple(_pattern(item, words) for item in rel["rules"])
    except re.error as exc:
        raise RuleFileError(
            f"rules/relations.json: a pattern is not a valid regex ({exc})"
        ) from exc
    return RuleBook(rules, patterns)


@lru_cache(maxsize=1)
def default_rulebook() -> RuleBook:
    """The shipped rules, loaded once per process.

    >>> book = default_rulebook()
    >>> len(book.ids("relation")) > 30, "gazetteer/v1" in book.ids("mention")
    (True, True)
    """
    folder = files("unionkg.extract").joinpath("rules")
    return read_rulebook(
        folder.joinpath("relations.json").read_text(encoding="utf-8"),
        folder.joinpath("mentions.json").read_text(encoding="utf-8"),
    )
