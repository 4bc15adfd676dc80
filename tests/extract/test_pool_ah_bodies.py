"""Public bodies, unions and places in the constructions pool AH showed the extraction
misreading, on sentences we wrote: every name of a body, place or person here is invented."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_place_s_bodies_written_bare_after_a_level_only_one_share_its_place() -> None:
    text = "青田县总工会召开座谈会,县供销社、人防办、电视台和气象局派员参加。"
    bodies = _names(_extract(text)[0], "Organization")
    assert {"青田县供销社", "青田县人防办", "青田县电视台", "青田县气象局"} <= bodies
    assert ("青田县人防办", "locatedIn", "青田县") in _edges(text)
