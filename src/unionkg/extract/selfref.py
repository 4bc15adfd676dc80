"""A school's own news speaking of itself: 我校, 本校, and there 校 before one of its organs
(校党委副书记, 校工会主席), a mention of the one school the article names."""

from __future__ import annotations

import re

from ..model import EntityKey
from .entities import EntityTable

__all__ = ["add_school_self_references", "own_school"]


def add_school_self_references(table: EntityTable) -> None:
    """我校党委书记甲, 校党委副书记乙: mentions of the article's own school, so that the
    posts written after them are posts there.

    >>> from unionkg.extract import extract_article
    >>> from unionkg.model import Article
    >>> text = "青禾工匠学院在远帆大学揭牌。我校党委书记陈小灿出席。"
    >>> ex = extract_article(Article(id="d", text=text))
    >>> by = {e.key: e.name for e in ex.entities}
    >>> [(by[r.subject], by[r.object]) for r in ex.relations if r.type == "holdsPosition"]
    [('陈小灿', '远帆大学')]
    """
    words = table.lex.cue_words
    if not any(w in table.text for w in words["school_self_words"]):
        return  # no 我校: not the school's own news, 校 may be any school it visits
    school = own_school(table, words["school_kinds"])
    if school is None:
        return
    own = "|".join(map(re.escape, words["school_self_words"]))
    organs = "|".join(map(re.escape, words["school_organ_words"]))
    # 校 alone only where a clause or a list starts and one of the school's organs follows
    bare = rf"(?:^|(?<=[，,、。：:；;\n由与和及]))校(?={organs})"
    body = table.entities[school]
    for m in re.finditer(rf"(?:{own})|{bare}", table.text):
        if any(s < m.end() and m.start() < e for s, e in table.by_span):
            continue
        table.add_reference(school, body.type, body.name, m.span(), "school-self-reference/v1")


def own_school(table: EntityTable, kinds: tuple[str, ...]) -> EntityKey | None:
    """The one school the article names, by the first of ``kinds`` (大学, 学校 …) that ends
    the name of exactly one of its organizations; None if no kind does."""
    orgs = [e for e in table.entities.values() if e.type == "Organization"]
    for kind in kinds:
        schools = [e.key for e in orgs if e.name.endswith(kind) and len(e.name) > len(kind)]
        if len(schools) == 1:
            return schools[0]
        if schools:
            return None
    return None
