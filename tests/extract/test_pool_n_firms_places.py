"""Companies and places the pool N missed: a high-tech park whose kind the gazetteer lists a
tail of as a town (某某高新技术产业园区, not 新技术产业园区); on sentences we wrote (invented
names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_high_tech_park_is_named_whole_not_by_the_tail_of_its_kind():
    text = "市总工会工作组走访了青禾高新技术产业园区工会联合会，听取园区企业意见。"
    ex, _ = _extract(text)
    assert "新技术产业园区" not in _names(ex, "Town")
    assert "青禾高新技术产业园区" in _names(ex, "Town")
    found = _edges(text)
    assert ("青禾高新技术产业园区工会联合会", "locatedIn", "青禾高新技术产业园区") in found
