"""An organization whose name starts inside a place the model cut in two (甲|也|乙乡党委: the
model read the place's head as a name and 也 as an adverb) starts where the place does. The
words are tagged by hand here, as the model tags such a name; the place is invented."""

from __future__ import annotations

from unionkg.extract.gazetteer import Place, default_gazetteer
from unionkg.extract.lexicon import default_lexicon
from unionkg.extract.ner import Token
from unionkg.extract.orgstart import Scan, name_start
from unionkg.extract.placehit import PlaceHit
from unionkg.extract.tokens import TokenIndex

TEXT = "近年来,青禾也沙乡党委积极解决困难。"
TOKENS = [
    Token("近年来", "TIME", 0, 3),
    Token(",", "w", 3, 4),
    Token("青禾", "PER", 4, 6),
    Token("也", "d", 6, 7),
    Token("沙乡党委", "ORG", 7, 11),
    Token("积极", "ad", 11, 13),
]


def _start(places: list[PlaceHit]) -> int:
    scan = Scan.of(TEXT, TokenIndex(TEXT, TOKENS), places, default_lexicon(), default_gazetteer())
    return name_start(scan, TEXT.index("党委"))


def test_a_name_starting_inside_a_known_place_starts_with_the_place() -> None:
    town = Place(index=0, name="青禾也沙乡", level=3, code=None, parent=None)
    whole = PlaceHit(4, 9, "青禾也沙乡", "青禾也沙乡", "town", [town])
    assert TEXT[_start([whole]) :].startswith("青禾也沙乡党委")


def test_without_such_a_place_the_adverb_still_ends_the_name() -> None:
    assert TEXT[_start([]) :].startswith("沙乡党委")
