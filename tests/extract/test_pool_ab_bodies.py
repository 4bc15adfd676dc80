"""Public bodies, unions and places in the constructions pool AB showed the extraction
misreading, on sentences we wrote: every name here is invented for these tests."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_kind_of_village_a_campaign_names_is_no_place() -> None:
    text = "全村建成了小康村和文明村,先进村带后进村,工作队常到挂钩村和定点帮扶村走访。"
    ex, _ = _extract(text)
    assert not _names(ex, "Town")


def test_a_village_honoured_as_a_model_keeps_its_own_name_only() -> None:
    ex, _ = _extract("青禾县远帆镇晨光村被评为全国乡村治理示范村。")
    towns = _names(ex, "Town")
    assert "全国乡村治理示范村" not in towns
    assert "晨光村" in towns


def test_a_level_only_body_after_the_verb_lian_tong_is_no_place_s_body() -> None:
    ex, _ = _extract("青禾区总工会近日联同区人社局、区信访办等部门开展调研。")
    assert not any(n.startswith("联同") for n in _names(ex, "Organization"))
    assert "联同区" not in _names(ex, "Town")
