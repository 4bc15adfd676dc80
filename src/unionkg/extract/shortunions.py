"""A level's federation by its short form: 省总, 市总, 县总 before one of its posts
(省总党组书记, 市总副主席) is the 总工会 of the place the article speaks of at that level."""

from __future__ import annotations

import re

from ..model import EntityKey
from .entities import EntityTable

__all__ = ["add_short_federations"]


def add_short_federations(table: EntityTable) -> None:
    """省总党组书记甲: a mention of the province's 总工会 (the province of the article's
    places or of its publisher), so that the post written after it is a post there.

    >>> from unionkg.extract import extract_article
    >>> from unionkg.model import Article
    >>> text = "省总党组书记、常务副主席林启明到杭州调研。"
    >>> ex = extract_article(Article(id="d", text=text))
    >>> by = {e.key: e.name for e in ex.entities}
    >>> [(by[r.subject], by[r.object]) for r in ex.relations if r.type == "holdsPosition"]
    [('林启明', '浙江省总工会')]
    """
    words = table.lex.cue_words
    forms = "|".join(map(re.escape, words["union_short_forms"]))
    posts = "|".join(map(re.escape, words["short_federation_posts"]))
    for m in re.finditer(rf"(?<![\u4e00-\u9fff])(?:{forms})(?={posts})", table.text):
        if any(s < m.end() and m.start() < e for s, e in table.by_span):
            continue
        place = table.home_place(m.group()[:-1], m.span())
        if place is None:
            continue
        name = place.name + "总工会"
        key = EntityKey("Union", name, place.attributes.get("admin_code", ""))
        named = [e.key for e in table.entities.values() if e.type == "Union" and e.name == name]
        ent = table.add_reference(named[0] if named else key, "Union", name, m.span(),
                                  "short-federation/v1")  # fmt: skip
        if ent.place is None:
            ent.place = place.key
