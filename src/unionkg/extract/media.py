"""The media an article credits: its dateline, its byline credits and its source line.

A wire dateline names the agency before the place it filed from (某某社某城6月20日电); a paper's
dateline (某某在线1月5日讯), a credit (某某日报记者, 某某日报-某某网记者) and a source line
(来源:某某网) name the medium before a role or after a label; a paper's name may run on into its
site's (某某新报某某网记者). The roles, their modifiers (见习, 特约 …) and the labels are the
lexicon's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import Lexicon
from .placehit import PlaceHit

__all__ = ["media_credits"]

Credit = tuple[int, int, str]  # start, end, the medium's name
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
_NATIONAL_MEDIA_HEADS = {"新华", "人民"}  # the head of a national agency's name, not a medium
# the media of one credit: apart at a dash (a hyphen or an em dash), a dot or a slash, or a
# paper's name run on into its site's (某某新报某某网)
_PIECES = re.compile(r"[\u4e00-\u9fff]{2,}报(?=[\u4e00-\u9fff]{2,}网$)|[^-－–—·/]+")


def media_credits(
    text: str, taken: list[tuple[int, int]], places: list[PlaceHit], lex: Lexicon
) -> list[Credit]:
    """The media an article credits in its dateline, byline or source line, where no span
    already ``taken`` lies (``taken`` grows by the credits found).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> media_credits("（某某日报记者 王某）", [], [], default_lexicon())
    [(1, 5, '某某日报')]
    """
    out = list(_wire_agencies(text, places, lex, taken))
    # 某城讯: a place's dateline names where the news was filed from, no medium
    filed_from = {(hit.start, hit.end) for hit in places}
    for pattern in lex.media_credits:
        for m in pattern.finditer(text):
            out += [c for c in _credited(m, lex, taken) if c[:2] not in filed_from]
    return out


def _wire_agencies(
    text: str, places: list[PlaceHit], lex: Lexicon, taken: list[tuple[int, int]]
) -> Iterator[Credit]:
    """某某社某城6月20日电: the agency, then the place it filed from; a paper's dateline with
    the place too (某某网某省讯, 某某网某市6月20日讯), after a name a medium's kind ends."""
    media_ends = tuple(lex.cue_words["media_name_ends"])
    for hit in places:
        line_start = text.rfind("\n", 0, hit.start) + 1
        name = text[line_start : hit.start].strip()
        if not (
            lex.patterns["wire_dateline"].match(text, hit.end)
            or (name.endswith(media_ends) and lex.patterns["paper_dateline"].match(text, hit.end))
        ):
            continue
        start = hit.start - len(name)
        if name.startswith(lex.own_media_prefixes):
            continue  # 本报某市6月20日讯: the paper itself, named by the source line if at all
        if 2 <= len(name) <= 8 and _HAN_WORD.fullmatch(name):
            taken.append((start, hit.start))
            yield start, hit.start, name


def _credited(m: re.Match[str], lex: Lexicon, taken: list[tuple[int, int]]) -> list[Credit]:
    """The media one credit names (some credits name two: 某某日报-某某网记者)."""
    out = []
    for piece in _PIECES.finditer(m.group(1)):  # 某某日报社/某某新闻, 某某报某某网: two media
        part = piece.group()
        start, end = m.start(1) + piece.start(), m.start(1) + piece.end()
        while part.endswith(lex.byline_role_modifiers):  # 某某报见习记者: the paper, not 见习
            cut = next(r for r in lex.byline_role_modifiers if part.endswith(r))
            part, end = part[: -len(cut)], end - len(cut)
        if m.group().endswith("讯"):
            part, end = _without_filing_place(part, end, lex)
        if len(part) < 2 or part.startswith(lex.own_media_prefixes):
            continue
        if part.startswith(lex.byline_roles):
            continue  # (记者某某通讯员某某): a role and its holder, no medium before the role
        if any(part == suffix for suffix, _ in lex.org_suffixes):
            continue  # 时报讯, 日报讯: a bare kind of medium names none
        if part in _NATIONAL_MEDIA_HEADS or any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        out.append((start, end, part))
    return out


def _without_filing_place(part: str, end: int, lex: Lexicon) -> tuple[str, int]:
    """A paper's dateline with the place it filed from (某某日报济南讯) whose place the
    gazetteer did not read: the medium's name ends with its kind, and the two or three
    characters after it, no medium's word, are the place.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _without_filing_place("青禾日报临川", 6, lex), _without_filing_place("青禾网络报", 5, lex)
    (('青禾日报', 4), ('青禾网络报', 5))
    """
    media_ends = tuple(lex.cue_words["media_name_ends"])
    for cut in (2, 3):
        head, rest = part[:-cut], part[-cut:]
        if len(head) >= 3 and head.endswith(media_ends) and not any(e in rest for e in media_ends):
            return head, end - cut
    return part, end
