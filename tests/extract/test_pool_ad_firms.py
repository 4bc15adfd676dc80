"""Companies the pool AD got wrong: the bodies a visit goes on to after it went into a place
(深入某区，走访调研甲、乙等单位) lie in that place; on sentences we wrote (invented events
and firms)."""

from __future__ import annotations

from .conftest import edges as _edges


def test_bodies_visited_after_going_into_a_place_lie_there():
    text = "近日，市总工会一行深入德清县，走访调研远帆电子有限公司、晨光小学等单位。"
    edges = _edges(text)
    assert ("远帆电子有限公司", "locatedIn", "德清县") in edges
    assert ("晨光小学", "locatedIn", "德清县") in edges


def test_bodies_visited_without_going_into_a_place_get_none():
    text = "近日，市总工会一行在德清县召开会议，走访调研远帆电子有限公司、晨光小学等单位。"
    assert not [e for e in _edges(text) if e[0] == "远帆电子有限公司" and e[1] == "locatedIn"]
