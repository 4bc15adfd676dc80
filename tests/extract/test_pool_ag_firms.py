"""Companies the pool AG missed: a firm whose registered name opens with its city, written
after a park or zone (某某创业园|某市某某有限公司): the zone is where it lies, no part of its
name; on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_zone_before_a_firms_city_is_no_part_of_its_name():
    ex, _ = _extract("区总工会在青年创业园温州禾丰食品有限公司开展了慰问活动。")
    assert "温州禾丰食品有限公司" in _names(ex, "Company")
    assert "青年创业园温州禾丰食品有限公司" not in _names(ex, "Company")
