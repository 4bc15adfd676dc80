"""The country's own government bodies, which are named without a place: a ministry (某某部,
某某署) the model reads as an organization standing on its own, not a unit's department
(组织部, 权益保障部), and a national bureau or commission whose name opens with 国家
(国家某某局, 国家某某委员会). The kinds of names are the lexicon's."""

from __future__ import annotations

import re

from .initials import abbreviates_by_initials
from .lexicon import Lexicon
from .placehit import PlaceHit
from .tokens import TokenIndex

__all__ = ["national_bodies"]

Body = tuple[int, int, str]  # start, end, name
_WORD_BEFORE = re.compile(r"[\u4e00-\u9fff]")


def national_bodies(
    text: str, index: TokenIndex, places: list[PlaceHit], taken: list[tuple[int, int]],
    lex: Lexicon,
) -> list[Body]:  # fmt: skip
    """The national bodies ``text`` names where no span already ``taken`` lies, each read by
    the model as one word (so 教育部门, a kind of office, is none).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> from unionkg.extract.ner import Token
    >>> text = "某某部、国家某某局代表出席"
    >>> tokens = [Token("某某部", "ORG", 0, 3), Token("、", "w", 3, 4)]
    >>> tokens.append(Token("国家某某局", "ORG", 4, 9))
    >>> national_bodies(text, TokenIndex(text, tokens), [], [], default_lexicon())
    [(0, 3, '某某部'), (4, 9, '国家某某局')]
    """
    out = []
    inside_places = {p.start for p in places}
    for tok in index.tokens:
        start, end, name = tok.start, tok.end, tok.text
        if tok.tag == "ORG" and (party := _party_with_post(name, text, start, lex)):
            end, name = start + len(party), party
        elif tok.tag != "ORG" or not _national(name, text, start, lex):
            continue
        if any(start <= p < end for p in inside_places):
            continue  # 某省某某部: a place's body, read by the other passes
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        out.append((start, end, name))
    return out


def _party_with_post(word: str, text: str, start: int, lex: Lexicon) -> str | None:
    """The name of a national party (中国某某党) that the word ``word`` opens, where a post in
    it follows (中国某某党中常委, 中国某某党副主席): a party is named as a body only where it
    holds someone's post; elsewhere (中国某某党成立100周年) it is a word of the text.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> text = "中国青禾党中常委林启明、中国青禾党成立百年"
    >>> _party_with_post("中国青禾党中常委", text, 0, default_lexicon())
    '中国青禾党'
    >>> _party_with_post("中国青禾党", text, 12, default_lexicon()) is None
    True
    """
    heads = "|".join(re.escape(p) for p in lex.national_prefixes)
    m = re.match(f"(?:{heads})[\u4e00-\u9fff]{{2,4}}?党", word)
    posts = (*lex.cue_words["party_central_posts"], *lex.title_heads)
    return m.group() if m and text.startswith(posts, start + m.end()) else None


def _national(name: str, text: str, start: int, lex: Lexicon) -> bool:
    words = lex.cue_words
    organ = next((o for o in lex.organ_words if name.endswith(o)), None)
    if organ and lex.org_type(name.removesuffix(organ)):
        return False  # 国家某某公司工会女工委: an organ of a named body, not a national one
    if lex.compiled(_bureau).fullmatch(name):
        return True
    ministry = name.endswith(tuple(words["ministry_ends"])) and 3 <= len(name) <= 12
    if not ministry or name in words["unit_department_names"] or lex.org_type(name):
        return False  # 某某党支部: a suffix types it, and the other passes read it
    if any(abbreviates_by_initials(name, unit) for unit in words["unit_department_names"]):
        return False  # 宣教部, 组宣部: a unit's department by its short form (宣传教育部)
    if name.startswith(tuple(words["union_short_forms"])):
        return False  # 市总组织部: a department of the level's 总工会, by its short form
    before = text[start - 1 : start]
    joints = (*lex.list_joints, *words["org_joints"], *words["name_prepositions"])
    return not (before and _WORD_BEFORE.match(before) and before not in joints)


def _bureau(lex: Lexicon) -> re.Pattern[str]:
    words = lex.cue_words
    ends = "|".join(sorted(words["national_bureau_ends"], key=lambda w: (-len(w), w)))
    heads = "|".join(words["national_bureau_heads"])
    return re.compile(f"(?:{heads})[\u4e00-\u9fff]{{2,10}}?(?:{ends})")
