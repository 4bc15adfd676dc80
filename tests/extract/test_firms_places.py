"""Companies and places the studied sets missed: a county written with a variant character,
on sentences we wrote (invented bodies, real places)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_county_written_with_a_variant_character_is_the_county():
    text = "澂迈县总工会举办职工书画展，澂迈县总工会主席出席。"
    ex, _ = _extract(text)
    assert "澂迈县" in _names(ex, "Town")
    assert ("澂迈县总工会", "locatedIn", "澂迈县") in _edges(text)


def test_a_school_named_by_either_spelling_is_one_body_in_the_county():
    text = "澂迈县总工会举办职工书画展。澄迈一中工会、澂迈一中工会的职工参加了书画展。"
    ex, _ = _extract(text)
    assert len([n for n in _names(ex, "Union") if n.endswith("迈一中工会")]) == 1
    found = _edges(text)
    assert any(s.endswith("迈一中") and r == "locatedIn" and o == "澂迈县" for s, r, o in found)

