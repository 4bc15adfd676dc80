"""The word classes the rules read, loaded from ``rules/lexicon.json``.

The lexicon is data: organization-name suffixes by entity type, place suffixes by level, the
words that make up posts, generic words that never name anything on their own. Kept apart from
the engine so each list can be reviewed and measured on its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib.resources import files
from typing import Any, TypeVar

from ..model import EntityType

__all__ = ["Lexicon", "default_lexicon"]


_NAME_END = (
    r"(?=同志|[，,、。；;\s（(]|等|表示|说|指出|介绍|出席|参加|主持|讲话|致辞|带队|一行|率队)"
)


_Built = TypeVar("_Built")


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Lexicon:
    """Suffixes, titles and generic words, longest first where order matters.

    >>> lex = default_lexicon()
    >>> lex.org_type("杭州某某科技有限公司")
    ('Company', '有限公司')
    >>> lex.org_type("某某镇总工会")
    ('Union', '总工会')
    >>> lex.is_chair_title("党组书记、主席"), lex.is_chair_title("副主席")
    (True, False)
    """

    version: str
    org_suffixes: tuple[tuple[str, EntityType], ...]
    company_legal_suffixes: tuple[str, ...]
    not_name_ends: dict[str, tuple[str, ...]]
    core_required_suffixes: frozenset[str]
    organ_words: tuple[str, ...]
    national_prefixes: tuple[str, ...]
    national_names: frozenset[str]
    place_suffixes: dict[str, tuple[str, ...]]
    zone_ranks: tuple[str, ...]
    level_prefixes: dict[str, str]
    demonstratives: tuple[str, ...]
    generic_name_words: frozenset[str]
    person_named_suffixes: tuple[str, ...]
    person_stopwords: frozenset[str]
    title_heads: tuple[str, ...]
    post_units: str
    chair_titles: tuple[str, ...]
    company_titles: frozenset[str]
    vague_titles: frozenset[str]
    organ_only: tuple[str, ...]
    union_modifiers: tuple[str, ...]
    honorifics: tuple[str, ...]
    abbreviations: dict[str, str]
    world_regions: frozenset[str]
    occupation_words: tuple[str, ...]
    event_verbs: tuple[str, ...]
    cue_words: dict[str, tuple[str, ...]]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Lexicon:
        suffixes: list[tuple[str, EntityType]] = []
        for etype, words in data["org_suffixes"].items():
            suffixes += [(w, etype) for w in words]
        suffixes.sort(key=lambda pair: (-len(pair[0]), pair[0]))
        return cls(
            version=data["version"],
            org_suffixes=tuple(suffixes),
            company_legal_suffixes=_longest_first(data["company_legal_suffixes"]),
            not_name_ends={k: tuple(v) for k, v in data["not_name_ends"].items()},
            core_required_suffixes=frozenset(data["core_required_suffixes"]),
            organ_words=_longest_first(data["organ_words"]),
            national_prefixes=_longest_first(data["national_prefixes"]),
            national_names=frozenset(data["national_names"]),
            place_suffixes={k: _longest_first(v) for k, v in data["place_suffixes"].items()},
            zone_ranks=_longest_first(data["zone_ranks"]),
            level_prefixes=dict(data["level_prefixes"]),
            demonstratives=_longest_first(data["demonstratives"]),
            generic_name_words=frozenset(data["generic_name_words"]),
            person_named_suffixes=_longest_first(data["person_named_suffixes"]),
            person_stopwords=frozenset(data["person_stopwords"]),
            title_heads=_longest_first(data["title_heads"]),
            post_units=data["post_units"],
            chair_titles=tuple(data["chair_titles"]),
            company_titles=frozenset(data["company_titles"]),
            vague_titles=frozenset(data["vague_titles"]),
            organ_only=_longest_first(data["organ_only"]),
            union_modifiers=_longest_first(data["union_modifiers"]),
            honorifics=_longest_first(data["honorifics"]),
            abbreviations=dict(data["abbreviations"]),
            world_regions=frozenset(data["world_regions"]),
            occupation_words=_longest_first(data["occupation_words"]),
            event_verbs=_longest_first(data["event_verbs"]),
            cue_words={k: tuple(v) for k, v in data["cue_words"].items()},
        )

    @cached_property
    def title_then_name(self) -> re.Pattern[str]:
        """A post followed by a 2–3 character word that ends where a name ends (主席王某，)."""
        heads = "|".join(re.escape(h) for h in self.title_heads)
        return re.compile(f"(?:{heads}|{self._unit_head})([\u4e00-\u9fff]{{2,3}}?){_NAME_END}")

    @property
    def _unit_head(self) -> str:
        """The head of a unit's post: a unit character and 长 (店长, 园长, 工段长, 副司长)."""
        return f"(?:常务副|副)?[{self.post_units}]长"

    def org_type(self, name: str) -> tuple[EntityType, str] | None:
        """The entity type a name's suffix gives, with the suffix; None if none fits."""
        for suffix, etype in self.org_suffixes:
            if name.endswith(suffix) and len(name) > len(suffix):
                return etype, suffix
        return None

    def national_short_form(self, name: str) -> str | None:
        """The name without the first of two national prefixes (中华全国某会 → 全国某会), the
        form news writes most; None when the name has no such pair.

        >>> default_lexicon().national_short_form("中华全国某某联合会")
        '全国某某联合会'
        """
        for prefix in self.national_prefixes:
            rest = name[len(prefix) :]
            if name.startswith(prefix) and rest.startswith(self.national_prefixes):
                return rest
        return None

    def expand(self, name: str) -> str:
        """A name with its abbreviated parts written out (工联会 → 工会联合会), for matching.

        >>> default_lexicon().expand("某市家政行业工联会")
        '某市家政行业工会联合会'
        """
        for short, full in self.abbreviations.items():
            name = name.replace(short, full)
        return name

    @cached_property
    def _generic_longest_first(self) -> tuple[str, ...]:
        return tuple(sorted(self.generic_name_words, key=lambda w: (-len(w), w)))

    def strip_generic(self, text: str, shortest: int = 1) -> str:
        """What is left of ``text`` once generic words (of at least ``shortest`` characters,
        longest first) are taken off both its ends.

        >>> default_lexicon().strip_generic("快递物流行业启衡")
        '启衡'
        """
        words = [w for w in self._generic_longest_first if len(w) >= shortest]
        rest, changed = text, True
        while rest and changed:
            changed = False
            for word in words:
                if rest.startswith(word) or rest.endswith(word):
                    rest = rest[len(word) :] if rest.startswith(word) else rest[: -len(word)]
                    changed = True
                    break
        return rest

    @cached_property
    def place_suffixes_longest_first(self) -> tuple[str, ...]:
        """Every place suffix, longest first."""
        words = {w for ws in self.place_suffixes.values() for w in ws}
        return tuple(sorted(words, key=lambda w: (-len(w), w)))

    def place_level(self, name: str) -> str | None:
        """The level a place name's suffix gives (province … village, or zone)."""
        best: tuple[int, str] | None = None
        for level, words in self.place_suffixes.items():
            for word in words:
                if name.endswith(word) and len(name) > len(word):
                    if best is None or len(word) > best[0]:
                        best = (len(word), level)
                    break
        return best[1] if best else None

    def title_head(self, text: str) -> str | None:
        """The post word ``text`` ends with, if any: one of the list (主席, 副主任 …) or a
        unit's head (店长, 工段长: a unit character and 长).

        >>> lex = default_lexicon()
        >>> lex.title_head("门店店长"), lex.title_head("副司长"), lex.title_head("家长")
        ('店长', '副司长', None)
        """
        for head in self.title_heads:
            if text.endswith(head):
                return head
        unit = re.search(self._unit_head + "$", text)
        return unit.group() if unit else None

    def is_chair_title(self, title: str) -> bool:
        """Whether a (possibly compound) title holds a chair post: 主席 but not 副主席."""
        for part in title.replace("兼", "、").split("、"):
            for chair in self.chair_titles:
                if part.endswith(chair) and not part.endswith("副" + chair):
                    return True
        return False

    @cached_property
    def _compiled(self) -> dict[Callable[[Lexicon], object], object]:
        return {}

    def compiled(self, build: Callable[[Lexicon], _Built]) -> _Built:
        """What ``build`` makes of this lexicon's words (a pass's regexes), made once.

        >>> import dataclasses
        >>> lex = dataclasses.replace(default_lexicon())
        >>> lex.compiled(lambda lx: len(lx.cue_words)) == len(lex.cue_words)
        True
        """
        if build not in self._compiled:
            self._compiled[build] = build(self)
        return self._compiled[build]  # type: ignore[return-value]


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped with the package."""
    raw = files("unionkg.extract").joinpath("rules/lexicon.json").read_text(encoding="utf-8")
    return Lexicon.from_json(json.loads(raw))
