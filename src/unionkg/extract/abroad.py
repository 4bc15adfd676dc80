"""Places abroad named at the head of a union's name (某国某某省工会联合会, 某国首都某某市工会),
which the model reads as one organization's word: the country (jionlp's world names) is a
place, and so is each province or city of it written right after it (a name the gazetteer
lacks, ending in a level's word), lying in the place before it; the same province or city is
that place wherever the model reads it as a word of its own, and a city of it written right
after it (某某省|某某市) lies in it.
"""

from __future__ import annotations

import re

from .gazetteer import world_names
from .lexicon import Lexicon
from .ner import Token
from .placehit import PlaceHit, PlaceScan

__all__ = ["add_places_abroad"]

_LEVELS = "省市州"  # the level words of a province or a city abroad, as the text writes them
_SUBDIVISION = re.compile(f"(?:首都)?([\u4e00-\u9fff]{{2,6}}?[{_LEVELS}])")


def add_places_abroad(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """Add the places abroad a union's name opens with, and their provinces and cities (see
    the module).

    >>> from unionkg.extract import extract_article
    >>> from unionkg.model import Article
    >>> ex = extract_article(Article(id="t", text="青禾市总工会会见了老挝远帆省工会代表团。"))
    >>> sorted(e.name for e in ex.entities if e.type == "Town")
    ['老挝', '远帆省']
    """
    unions = scan.lex.cue_words["union_words_abroad"]
    found: list[PlaceHit] = []
    for tok in scan.index.tokens:
        if tok.tag != "ORG" or not any(word in tok.text for word in unions):
            continue
        country = _world_name_at_head(tok.text, scan.lex)
        if country is None or any(_overlap(h, tok) for h in hits):
            continue
        chain = [PlaceHit(tok.start, tok.start + len(country), country, country, "province")]
        m = _SUBDIVISION.match(scan.text, chain[0].end, tok.end)
        if m is not None and _unknown_division(scan, m.group(1)):
            level = scan.lex.place_level(m.group(1)) or "place"
            chain.append(PlaceHit(m.start(1), m.end(1), m.group(1), m.group(1), level))
            chain[-1].inside = [chain[0]]
        found += chain
    if not found:
        return hits
    out = hits + found
    return sorted(out + _written_again(scan, out), key=lambda h: (h.start, -h.end))


def _world_name_at_head(word: str, lex: Lexicon) -> str | None:
    """The longest country or city abroad ``word`` opens with, if any; none where a place's
    level word follows it (巴黎镇: a town at home that shares a city's name abroad).

    >>> from unionkg.extract.lexicon import default_lexicon
    >>> [_world_name_at_head(w, default_lexicon()) for w in ("老挝远帆省工会", "巴黎镇总工会")]
    ['老挝', None]
    """
    names = world_names()
    heads = [word[:size] for size in range(len(word) - 2, 1, -1) if word[:size] in names]
    if not heads or word[len(heads[0]) :].startswith(lex.place_suffixes_longest_first):
        return None
    return heads[0]


def _written_again(scan: PlaceScan, hits: list[PlaceHit]) -> list[PlaceHit]:
    """A province or city abroad found in a union's name, written again as a word of its own,
    and the city written right after it there (某某省|某某市), which lies in it."""
    abroad = {h.text: h for h in hits if h.inside}
    again: list[PlaceHit] = []
    for tok in scan.index.tokens:
        hit = abroad.get(tok.text)
        if tok.tag != "LOC" or hit is None or any(_overlap(h, tok) for h in hits):
            continue
        again.append(PlaceHit(tok.start, tok.end, tok.text, tok.text, hit.level, inside=hit.inside))
        city = scan.index.token(tok.end)
        if city is not None and city.tag == "LOC" and _unknown_division(scan, city.text):
            level = scan.lex.place_level(city.text) or "place"
            again.append(PlaceHit(city.start, city.end, city.text, city.text, level))
            again[-1].inside = [again[-2]]
    return again


def _unknown_division(scan: PlaceScan, name: str) -> bool:
    """Whether ``name`` ends in a province's or a city's level word and the gazetteer lacks it."""
    return name[-1] in _LEVELS and len(name) >= 3 and not scan.gaz.lookup(name)


def _overlap(hit: PlaceHit, tok: Token) -> bool:
    return hit.start < tok.end and tok.start < hit.end
