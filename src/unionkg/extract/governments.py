"""The head of a place is a post in its government: 县长, 常务副县长, 副州长 are posts in the
people's government of the county or prefecture (某县人民政府, 某县政府) when the article names
that government; written after the place's party committee (县委副书记、县长) the head's title
is still the government's, not the committee's. An article that names no government keeps the
post where the grammar put it."""

from __future__ import annotations

from ..model import EntityKey
from .cues import post_grammar
from .entities import EntityTable
from .lexicon import Lexicon

__all__ = ["government_of", "government_of_level", "place_head_unit"]


def place_head_unit(title: str, lex: Lexicon) -> str | None:
    """The unit of place a title heads (县 of 常务副县长, 省 of 省长), if it heads one.

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> [place_head_unit(title, lex) for title in ("常务副县长", "副州长", "校长")]
    ['县', '州', None]
    """
    head = lex.title_head(title.strip())
    m = post_grammar(lex).place_head.search(head) if head else None
    return m.group()[-2] if m else None


def government_of(table: EntityTable, place: EntityKey | None) -> EntityKey | None:
    """The article's government of ``place``: an organization named by the place and a word
    of government alone (某县人民政府, 某县政府); the fuller word first where both are read."""
    if place is None or place not in table.entities:
        return None
    words = table.lex.government_words
    town = table.entities[place]
    forms = (town.name, *town.aliases)
    found = [(words.index(rest), e.mentions[0].start, e.key)
             for e in table.entities.values() if e.type == "Organization" and e.place == place
             for rest in [_after_place(e.name, forms)] if rest in words]  # fmt: skip
    return min(found)[2] if found else None


def government_of_level(table: EntityTable, unit: str) -> EntityKey | None:
    """The article's one government of a place of the unit ``unit`` (省, 县 …): 省长 after a
    name, in an article naming one provincial government (某省人民政府)."""
    places = {e.place for e in table.entities.values()
              if e.type == "Organization" and e.place is not None
              and table.entities[e.place].name.endswith(unit)}  # fmt: skip
    governments = {government_of(table, place) for place in places} - {None}
    return governments.pop() if len(governments) == 1 else None


def _after_place(name: str, forms: tuple[str, ...]) -> str:
    """The words of ``name`` after the longest form of its place it opens with."""
    opens = [form for form in forms if form and name.startswith(form)]
    return name[len(max(opens, key=len)) :] if opens else ""
