"""Words the model reads as person names that name no one in particular: a family name with a
post (周主任), a word of familiarity (小王, 老周), or a word standing for the rest of a withheld
name or of an address (郭某, 赵总)."""

from __future__ import annotations

from .gazetteer import family_names
from .lexicon import Lexicon

__all__ = ["is_nickname", "is_titled_address", "is_unnamed"]


def is_titled_address(word: str, lex: Lexicon) -> bool:
    """周主任, 欧阳书记: a family name and a post is how the text addresses someone it named
    before, not a name."""
    single, double = family_names()
    for family in (word[:2], word[:1]):
        rest = word[len(family) :]
        if (family in single or family in double) and rest and lex.title_head(rest) == rest:
            return True
    return False


def is_nickname(word: str, lex: Lexicon) -> bool:
    """小王, 老周: a family name after a word of familiarity names no one in particular."""
    single, _ = family_names()
    return len(word) == 2 and word[0] in lex.cue_words["nickname_prefixes"] and word[1] in single


def is_unnamed(word: str, lex: Lexicon) -> bool:
    """郭某, 王某某 (a name withheld), 赵总 (how staff address a director): a family name and
    a word that stands for the rest of a name names no one.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> [is_unnamed(w, default_lexicon()) for w in ("郭某", "欧阳某某", "赵总", "赵总成")]
    [True, True, True, False]
    """
    single, double = family_names()
    for family in (word[:2], word[:1]):
        known = family in single or family in double
        if known and word[len(family) :] in lex.cue_words["unnamed_name_ends"]:
            return True
    return False
