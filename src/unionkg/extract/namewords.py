"""Words the model reads as person names that name no one in particular: a family name with a
post (周主任), a word of familiarity (小王, 老周), or a word standing for the rest of a withheld
name or of an address (郭某, 赵总); and the names the gazetteer reads as places (黄南)."""

from __future__ import annotations

from .doc import ArticleDoc
from .gazetteer import common_words, family_led, family_names
from .lexicon import Lexicon
from .placehit import PlaceHit

__all__ = [
    "drop_titled_names",
    "is_common_word",
    "is_group_delegate",
    "is_nickname",
    "is_titled_address",
    "is_unnamed",
]


def is_titled_address(word: str, lex: Lexicon) -> bool:
    """周主任, 欧阳书记, 邝主席: a family name (jionlp's, or a common one its list lacks) and a
    post is how the text addresses someone it named before, not a name.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> [is_titled_address(w, default_lexicon()) for w in ("周主任", "邝主席", "邝明远")]
    [True, True, False]
    """
    single, double = family_names()
    beyond = lex.cue_words["family_names_beyond_gazetteer"]
    for family in (word[:2], word[:1]):
        rest = word[len(family) :]
        known = family in single or family in double or family in beyond
        if known and rest and lex.title_head(rest) == rest:
            return True
    return False


def is_nickname(word: str, lex: Lexicon) -> bool:
    """小王, 老周: a family name after a word of familiarity names no one in particular; nor
    does one before a word of address (王工 for an engineer, 周老 for an elder)."""
    single, _ = family_names()
    if len(word) != 2:
        return False
    cue = lex.cue_words
    return (word[0] in cue["nickname_prefixes"] and word[1] in single) or (
        word[0] in single and word[1] in cue["nickname_suffixes"]
    )


def is_common_word(word: str, lex: Lexicon) -> bool:
    """竭诚, 阖家, 小哥: two characters that open with no family name (jionlp's, or a common one
    its list lacks: 肖, 付 …) and that the language's word list holds are a word the model
    misread as a name, not a given name written alone.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> [is_common_word(w, default_lexicon()) for w in ("竭诚", "王刚", "肖军", "冼朗")]
    [True, False, False, False]
    """
    if len(word) != 2 or family_led(word):
        return False
    return word[0] not in lex.cue_words["family_names_beyond_gazetteer"] and word in common_words()


def is_unnamed(word: str, lex: Lexicon) -> bool:
    """郭某, 王某某 (a name withheld), 赵总 (how staff address a director): a family name and
    a word that stands for the rest of a name names no one; nor does a name whose middle
    character is withheld (陈某华).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> words = ("郭某", "欧阳某某", "赵总", "赵总成", "陈某华")
    >>> [is_unnamed(w, default_lexicon()) for w in words]
    [True, True, True, False, True]
    """
    single, double = family_names()
    for family in (word[:2], word[:1]):
        known = family in single or family in double
        rest = word[len(family) :]
        if known and (rest in lex.cue_words["unnamed_name_ends"] or rest.startswith("某")):
            return True
    return False


def drop_titled_names(doc: ArticleDoc) -> None:
    """副主席黄南及…: a place the text writes short, without its kind (黄南 of 黄南藏族自治州),
    right after a post and before what ends a name (、，及 同志), that opens with a family
    name, is the name of the post's holder, not a place."""
    text, lex = doc.text, doc.lex
    enders = ("、", "，", ",", "。", "（", "(", *lex.list_joints, *lex.cue_words["comrade"])

    def holder_name(hit: PlaceHit) -> bool:
        short = hit.text != hit.name and 2 <= len(hit.text) <= 3
        family = family_led(hit.text)
        titled = lex.title_head(text[max(0, hit.start - 6) : hit.start]) is not None
        return short and family and titled and text.startswith(enders, hit.end)

    doc.places = [hit for hit in doc.places if not holder_name(hit)]


def is_group_delegate(before: str, lex: Lexicon) -> bool:
    """劳模代表甲, 职工代表乙, 快递员代表丙: the words before a name make it the delegate of a
    group of people, which is no post (a Person, not an Official); so does the group as a
    side of a bargaining (职工方代表丁).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> is_group_delegate("县劳模代表", lex), is_group_delegate("法人代表", lex)
    (True, False)
    >>> is_group_delegate("职工方代表", lex)
    True
    """
    if not before.endswith("代表"):
        return False
    groups = (*lex.cue_words["delegated_groups"], *lex.cue_words["honor_titles"])
    return before[:-2].removesuffix(_SIDE).endswith((*groups, *lex.occupation_words))


_SIDE = "方"  # 职工方: the workers as one side of a bargaining
