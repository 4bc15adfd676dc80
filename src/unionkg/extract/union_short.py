"""A place's federation of unions written by its short form: 某市总 (某市总工会), and 县总 alone
in a county's article. News writes 总 for 总工会 right after a place or a level's character
(某市总联合…, 县总成立了…); the model reads that 总 as a word of its own (or runs the name
into the verb of working together after it), never as the head of a longer word (总经理,
总面积), which tells the short form from those. The short forms are
the lexicon's ``union_short_forms`` (省总, 市总, 县总 …)."""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .ner import Token
from .orgspan import OrgSpan
from .placehit import PlaceHit, places_ending_at
from .titles import bare_title_at
from .tokens import TokenIndex

__all__ = ["SHORT_UNION_RULE", "short_form_unions"]

SHORT_UNION_RULE = "union-short-form/v1"
_FULL = "总工会"
_SHORT = "总"
_OPEN = "（("


def short_form_unions(
    text: str, index: TokenIndex, places: list[PlaceHit], taken: list[tuple[int, int]],
    lex: Lexicon,
) -> list[OrgSpan]:  # fmt: skip
    """The federations ``index``'s text names by a short form where no span ``taken`` lies:
    a place's (its places at the head, as for 某市总工会) or a level-only head's (resolved
    against the article's places, as 县总工会 is). The span covers the short form as written;
    its name is the full one.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> from unionkg.extract.ner import Token
    >>> text = "青禾县总捐赠资金"
    >>> place = PlaceHit(0, 3, "青禾县", "青禾县", "county")
    >>> index = TokenIndex(text, [Token("青禾县", "LOC", 0, 3), Token("总", "d", 3, 4),
    ...                           Token("捐赠", "v", 4, 6), Token("资金", "n", 6, 8)])
    >>> found = short_form_unions(text, index, [place], [], default_lexicon())
    >>> [(s.text, s.start, s.end) for s in found]
    [('青禾县总工会', 0, 4)]
    """
    out = _national_short_forms(text, index, taken, lex)
    out += _department_short_forms(text, places, taken, lex)
    taken = taken + [(s.start, s.end) for s in out]
    forms = tuple(lex.cue_words["union_short_forms"])
    founding = tuple(lex.cue_words["founded"])
    for tok in index.tokens:
        at = _short_at(tok, lex)
        if at is None or not text.endswith(forms, 0, at + 1):
            continue
        head = places_ending_at(places, at)
        level = None
        if not head:
            before = index.token(at - 1)
            if before is None or (before.start, before.end) != (at - 1, at):
                continue  # 全市|总: the level's character is part of a word, no head
            level = text[at - 1]
        start = head[0].start if head else at - 1
        if any(s < at + 1 and start < e for s, e in taken):
            continue
        if text.endswith(founding, 0, start) or text[: start - 1].endswith(founding):
            continue  # 成立区总|统筹…: a short form names a standing body, never a new one
        name = text[start:at] + _FULL
        out.append(OrgSpan(start, at + 1, name, "Union", _FULL, head, level_head=level,
                           source=SHORT_UNION_RULE))  # fmt: skip
    return out


def _department_short_forms(
    text: str, places: list[PlaceHit], taken: list[tuple[int, int]], lex: Lexicon
) -> list[OrgSpan]:
    """A place's federation by its short form before one of its departments and the post held
    there (省总宣传部部长甲, 市总办公室主任乙), however the model cut the words: the short form
    of a level alone (省总, 市总) or after a place (某市总), where no span ``taken`` lies.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> text = "青禾县总宣传部部长钟晓岚"
    >>> place = PlaceHit(0, 3, "青禾县", "青禾县", "county")
    >>> [(s.text, s.start, s.end) for s in _department_short_forms(text, [place], [],
    ...                                                             default_lexicon())]
    [('青禾县总工会', 0, 4)]
    """
    out = []
    forms = "|".join(re.escape(f) for f in lex.cue_words["union_short_forms"])
    for m in re.finditer(f"(?:{forms})(?!{_FULL[1:]})", text):
        at = m.end() - 1
        if not _department_post_at(text[m.end() : m.end() + _DEPARTMENT_SPAN], lex):
            continue
        head = places_ending_at(places, at)
        start = head[0].start if head else at - 1
        if any(s < at + 1 and start < e for s, e in taken) or text[start - 1 : start] == "全":
            continue  # 全省总…: the whole province's, no body
        out.append(OrgSpan(start, at + 1, text[start:at] + _FULL, "Union", _FULL, head,
                           level_head=None if head else text[at - 1],
                           source=SHORT_UNION_RULE))  # fmt: skip
    return out


_DEPARTMENT_SPAN = 14  # how far a department's name and its post run after the short form


def _department_post_at(text: str, lex: Lexicon) -> bool:
    """Whether ``text`` opens with a department's name (a few characters and the word that
    ends one: cue_words.federation_department_ends) and a post held there (宣传部部长,
    法律服务中心主任)."""
    ends = lex.cue_words["federation_department_ends"]
    return any(text[:k].endswith(ends) and bare_title_at(text[k:], lex) for k in range(2, 11))


def _national_short_forms(
    text: str, index: TokenIndex, taken: list[tuple[int, int]], lex: Lexicon
) -> list[OrgSpan]:
    """The country's federation written by its short form (全总, as 省总 is a province's): a
    word of the model's of its own, whose head stands for the national prefix it opens
    (全 for 全国), where no span ``taken`` lies; a name that holds it (全总某某中心) is read
    by the other passes.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> from unionkg.extract.ner import Token
    >>> text = "当选全总副主席"
    >>> index = TokenIndex(text, [Token("当选", "v", 0, 2), Token("全总", "a", 2, 4),
    ...                           Token("副主席", "n", 4, 7)])
    >>> [span] = _national_short_forms(text, index, [], default_lexicon())
    >>> span.text == "全国" + _FULL, (span.start, span.end)
    (True, (2, 4))
    """
    out = []
    forms = lex.cue_words["national_union_short_forms"]
    for tok in index.tokens:
        if tok.text not in forms or any(s < tok.end and tok.start < e for s, e in taken):
            continue
        if text[tok.end : tok.end + 1] in _OPEN:
            continue  # 全总(某地)某某中心: the head of a name that holds it, not the federation
        prefix = next((p for p in lex.national_prefixes if p[0] == tok.text[0]), None)
        if prefix is not None:
            name = prefix + _FULL
            out.append(OrgSpan(tok.start, tok.end, name, "Union", _FULL, [],
                               source=SHORT_UNION_RULE))  # fmt: skip
    return out


def _short_at(tok: Token, lex: Lexicon) -> int | None:
    """Where the 总 of a short form stands in ``tok``: the token itself, or the end of a name
    the model ran into the verb of working together after it (某市总|联合); None if nowhere."""
    if tok.text == _SHORT:
        return tok.start
    if tok.tag != "ORG":
        return None
    for verb in lex.joint_verbs:
        if tok.text.endswith(_SHORT + verb):
            return tok.end - len(verb) - 1
    return None
