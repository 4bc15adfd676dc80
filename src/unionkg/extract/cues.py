"""Regexes written over the lexicon's cue words.

The passes' regexes hold only machinery (placeholders, punctuation, digits, repetition); the
words they look for live in ``rules/lexicon.json`` under ``cue_words``, a map of named word
classes. A regex names a class as ``{class_name}``, and :func:`fill` writes the class's words
there as an alternation, so a new phrasing is a new word in the rule file, not new code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

__all__ = ["Patterns", "fill", "words"]

_CLASS = re.compile(r"\{([a-z_]+)\}")


def words(cue_words: Mapping[str, Sequence[str]], name: str) -> str:
    """The words of class ``name`` as a regex alternation, in the order the rule file lists
    them (the first that matches wins, so a longer word is listed before its prefix).

    >>> words({"verbs": ["当选为", "当选", "任"]}, "verbs")
    '当选为|当选|任'
    """
    return "|".join(re.escape(w) for w in cue_words[name])


def fill(template: str, cue_words: Mapping[str, Sequence[str]]) -> str:
    """``template`` with every ``{class_name}`` written as the alternation of that class.

    >>> fill("^(?:{verbs})[：:]", {"verbs": ["当选", "担任"]})
    '^(?:当选|担任)[：:]'
    """
    return _CLASS.sub(lambda m: words(cue_words, m.group(1)), template)


class Patterns:
    """Named regexes, each written from a template over the word classes of ``cue_words``,
    read as attributes.

    >>> p = Patterns({"held": "^(?:{verbs})"}, {"verbs": ["担任", "兼任"]})
    >>> bool(p.held.match("兼任主席"))
    True
    """

    def __init__(self, templates: Mapping[str, str],
                 cue_words: Mapping[str, Sequence[str]]) -> None:  # fmt: skip
        self._patterns = {name: re.compile(fill(t, cue_words)) for name, t in templates.items()}

    def __getattr__(self, name: str) -> re.Pattern[str]:
        try:
            patterns: dict[str, re.Pattern[str]] = self.__dict__["_patterns"]
            return patterns[name]
        except KeyError:
            raise AttributeError(name) from None
