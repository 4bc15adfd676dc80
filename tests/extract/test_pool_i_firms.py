"""Companies the pool I missed: brands listed before a platform word whose names the model
reads as a name and a service word after it (某某|跑腿, 某某|闪送), the
list's first item after a verb included; on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_brands_of_a_name_and_a_service_word_listed_before_platforms_are_companies():
    text = "林启明说，来自QM跑腿、KK闪送、晨光等平台的骑手都已入会。"
    ex, _ = _extract(text)
    assert {"QM跑腿", "KK闪送", "晨光"} <= _names(ex, "Company")
