"""Members who say so: a person quoted saying that they joined the union (“今天正式加入了工会
组织……”某某快递甲说道) is a member of the one union of the article that persons join."""

from __future__ import annotations

from ..model import EntityKey
from .collect import Collector
from .cues import Patterns
from .lexicon import Lexicon
from .orgbody import FEDERATION

__all__ = ["quoted_joiners"]


# the words are classes of ``cue_words`` in ``rules/lexicon.json``
_TEMPLATES = {
    # a quote that opens with joining: 今天正式加入了工会组织, 加入工会大家庭 (not 希望加入)
    "joined_quote": r"“([^“”，,。！!？?]{0,8}?)(?:{joining})[^“”]{0,200}”",
    "not_joining": "{not_joining}",
    # who said it, right after the quote: 中通快递甲激动说道, 货车司机甲开心地说
    "speaker_after": r"[^“”，,。；;！!？?〔〕]{0,10}?$",
    "speaking": r"(?:[^“”，,。；;]{0,6}?)(?:{speech_verbs})",
}


def _build(lex: Lexicon) -> Patterns:
    return Patterns(_TEMPLATES, lex.cue_words)


def quoted_joiners(out: Collector) -> None:
    """Each person quoted saying that they joined a union is a member of the article's one
    union that is not a place's federation (总工会: people join their trade's or firm's
    union); none when the article has no such union or several.

    >>> from unionkg.extract import extract_article
    >>> from unionkg.model import Article
    >>> text = "青禾县物流行业工会成立。“今天正式加入了工会组织。”快递员林子航说。"
    >>> ex = extract_article(Article(id="t", text=text))
    >>> names = {e.key: e.name for e in ex.entities}
    >>> [(names[r.subject], names[r.object]) for r in ex.relations if r.type == "memberOf"]
    [('林子航', '青禾县物流行业工会')]
    """
    table = out.table
    union = _joinable_union(out)
    if union is None:
        return
    cues = table.lex.compiled(_build)
    persons = sorted((span, key) for span, key in table.by_span.items()
                     if table.entities[key].type in {"Person", "Official"})  # fmt: skip
    for quote in cues.joined_quote.finditer(table.text):
        if cues.not_joining.search(quote.group(1)):
            continue  # “希望加入工会……”: a wish, not a joining
        speaker = _speaker(cues, table.text, quote.end(), persons)
        if speaker is not None:
            out.add("memberOf", speaker, union, out.cite(quote.span(), "quoted-joiner/v1"))


def _speaker(
    cues: Patterns, text: str, after: int, persons: list[tuple[tuple[int, int], EntityKey]]
) -> EntityKey | None:
    """The person named just after a quote (a few words of who they are before) who says it."""
    for (start, end), key in persons:
        if start < after or start > after + 10:
            continue
        if cues.speaker_after.match(text[after:start]) and cues.speaking.match(text, end):
            return key
    return None


def _joinable_union(out: Collector) -> EntityKey | None:
    """The one union of the article that is not a place's federation of unions."""
    own = [e.key for e in out.table.entities.values()
           if e.type == "Union" and e.mentions and not e.name.endswith(FEDERATION)]  # fmt: skip
    return own[0] if len(own) == 1 else None
