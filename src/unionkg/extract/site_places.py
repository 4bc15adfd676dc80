"""Where a site lies when a level-only head is written right before it.

A site — a square, a park, a hall, a stadium — that the text writes after a lone level word
(在县青山广场, 来到市人民公园) lies in the place that word speaks of: the head is the same
level-only form as 县 in 县总工会, which the guideline resolves to the article's place of that
level. The model reads such a head as a word of its own (县|青山广场), so a head inside a
longer word (城区, 市区, 某某县) is never taken for one.
"""

from __future__ import annotations

from ..model import EntityKey
from .collect import Collector, sentence_of
from .entities import EntityTable
from .tokens import TokenIndex

__all__ = ["sites_after_level_heads"]

# the levels a lone head may name a division of (村, 社区 and zones are not divisions here)
_DIVISION_LEVELS = {"province", "city", "county", "town"}


def sites_after_level_heads(out: Collector, index: TokenIndex) -> None:
    """Each site with no place yet that is written right after a lone level-only head lies in
    the article's place the head speaks of (``site-after-level``).

    >>> from unionkg.extract import extract_article
    >>> from unionkg.model import Article
    >>> text = "德清县总工会举办活动。活动在县人民广场举行，德清县职工参加。"
    >>> ex = extract_article(Article(id="s", text=text))
    >>> names = {e.key: e.name for e in ex.entities}
    >>> sorted((names[r.subject], names[r.object]) for r in ex.relations
    ...        if r.type == "locatedIn" and names[r.subject] == "人民广场")
    [('人民广场', '德清县')]
    """
    table = out.table
    placed = {rel.subject for rel in out.relations if rel.type == "locatedIn"}
    for ent in list(table.entities.values()):
        if ent.type != "Town" or ent.attributes.get("level") != "site" or ent.key in placed:
            continue
        for mention in sorted(ent.mentions, key=lambda m: m.start):
            home = _home_before(table, index, mention.start)
            if home is not None and home != ent.key:
                where = sentence_of(table.text, mention.start)
                out.add("locatedIn", ent.key, home, out.cite(where, "site-after-level/v1"))
                break


def _home_before(table: EntityTable, index: TokenIndex, start: int) -> EntityKey | None:
    """The article's place a lone level-only head ending at ``start`` speaks of, if any."""
    tok = index.token(start - 1)
    if tok is None or tok.end != start or index.inside_name(start - 1):
        return None
    level = table.lex.level_prefixes.get(tok.text)
    if level not in _DIVISION_LEVELS:
        return None
    if any(s <= tok.start < e for s, e in table.by_span):
        return None
    home = table.home_place(tok.text)
    return home.key if home is not None else None
