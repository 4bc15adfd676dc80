"""Offices of a place named by their short form: 某市台办, 某区政府新闻办, 某市商务委. The
short form ends in a character of an office's kind (办 for 办公室, 委 for 委员会) that no
suffix of the lexicon holds, so the suffix grammar misses them; the model reads each as one
organization's name, and its head is a place. The kinds are the lexicon's
``office_short_ends``."""

from __future__ import annotations

from .lexicon import Lexicon
from .ner import Token
from .orgspan import OrgSpan
from .placehit import PlaceHit, places_at_head
from .tokens import TokenIndex

__all__ = ["OFFICE_RULE", "with_office_short_forms"]

OFFICE_RULE = "office-short-form/v1"
_LONGEST_STEM = 8  # the words between the place and the office's kind


def with_office_short_forms(
    index: TokenIndex, places: list[PlaceHit], spans: list[OrgSpan], lex: Lexicon
) -> list[OrgSpan]:
    """``spans`` and the offices the model reads as one name after a place or a level-only
    head (某区创城办, 区创城办); a government body that only begins that name (某区政府 of
    某区政府新闻办) gives way to it.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> from unionkg.extract.ner import Token
    >>> text = "青禾县文明办主任"
    >>> place = PlaceHit(0, 3, "青禾县", "青禾县", "county")
    >>> index = TokenIndex(text, [Token("青禾县文明办", "ORG", 0, 6), Token("主任", "n", 6, 8)])
    >>> [(s.text, s.type) for s in with_office_short_forms(index, [place], [], default_lexicon())]
    [('青禾县文明办', 'Organization')]
    """
    out = list(spans)
    for tok in _office_words(index, lex):
        head = places_at_head(places, tok.start, tok.end)
        # 区创城办: a level-only head, resolved against the article's places as 区总工会 is
        level = None if head else tok.text[:1]
        if level is not None and level not in lex.level_head_chars:
            continue
        if not _office_name(tok.text, head[-1].end - tok.start if head else 1, lex):
            continue
        inside = [s for s in out if s.start < tok.end and tok.start < s.end]
        if any(not _gives_way(s, tok, lex) for s in inside):
            continue  # a name the suffix grammar reads otherwise stays as it reads it
        out = [s for s in out if s not in inside]
        out.append(OrgSpan(tok.start, tok.end, tok.text, "Organization", tok.text[-1], head,
                           level_head=level, source=OFFICE_RULE))  # fmt: skip
    return sorted(out, key=lambda s: (s.start, -s.end))


def _office_words(index: TokenIndex, lex: Lexicon) -> list[Token]:
    """The words the model reads as an organization, each with the office's kind it split off
    as a word of its own where it did (某省台|办: the kind read as a verb) and the word names
    no body by a suffix of its own.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> text = "省台办副主任"
    >>> index = TokenIndex(text, [Token("省台", "ORG", 0, 2), Token("办", "v", 2, 3),
    ...                           Token("副主任", "n", 3, 6)])
    >>> [t.text for t in _office_words(index, default_lexicon())]
    ['省台办']
    """
    ends = lex.cue_words["office_short_ends"]
    words = []
    for tok in index.tokens:
        if tok.tag != "ORG":
            continue
        after = index.token(tok.end)
        if after is None or after.start != tok.end or after.text not in ends:
            words.append(tok)
            continue
        if lex.org_type(tok.text) is None:  # not 某局|办(了): a body, then a verb
            tok = Token(tok.text + after.text, tok.tag, tok.start, after.end)
        words.append(tok)
    return words


def _office_name(name: str, place_len: int, lex: Lexicon) -> bool:
    """Whether a name is a place, a few words and an office's kind, no verb of hosting
    (某区总工会协办) and no suffix the other passes read it by."""
    stem = name[place_len:-1]
    words = lex.cue_words
    if not name.endswith(tuple(words["office_short_ends"])) or lex.org_type(name) is not None:
        return False
    return 1 <= len(stem) <= _LONGEST_STEM and not _hosted_by(name, place_len, lex)


def _hosted_by(name: str, place_len: int, lex: Lexicon) -> bool:
    """Whether a name ends in a verb of hosting after a body, a place alone or a level-only
    head (某区总工会|协办, 某区|主办, 区创城联|合办): the body hosts, or may; after a place
    and a word that is no body (某地中|联办), the name is an office's short form.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> _hosted_by("青禾县总工会协办", 3, lex), _hosted_by("青禾中联办", 2, lex)
    (True, False)
    """
    verb = next((v for v in lex.cue_words["office_verb_ends"] if name.endswith(v)), None)
    if verb is None:
        return False
    host = name[: -len(verb)]
    return place_len < 2 or len(host) <= place_len or lex.org_type(host) is not None


def _gives_way(span: OrgSpan, tok: Token, lex: Lexicon) -> bool:
    """Whether a span found before gives way to the office the model reads as ``tok``: a
    government body that only begins it (某区政府 of 某区政府办), but not a body that a
    committee of its own follows (某市政协社法委: an organ, which attaches to the body)."""
    organ = tok.text.endswith(tuple(lex.cue_words["office_organ_ends"]))
    inner = span.start == tok.start and span.end < tok.end and span.type == "Organization"
    return inner and not organ
