"""Companies the pool I missed: brands listed before a platform word whose names the model
reads as a name (a person's name too) and a service word after it (某某|跑腿, 某某|出行), the
list's first item after a verb included; on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_brands_of_a_name_and_a_service_word_listed_before_platforms_are_companies():
    text = "林启明说，来自QM跑腿、KK闪送、晨光等平台的骑手都已入会。"
    ex, _ = _extract(text)
    assert {"QM跑腿", "KK闪送", "晨光"} <= _names(ex, "Company")


def test_a_brand_of_a_persons_name_and_a_service_word_opening_a_list_is_a_company():
    text = "青禾县总工会邀请钟晓岚出行、远帆约车等出行平台企业参加座谈。"
    ex, _ = _extract(text)
    assert {"钟晓岚出行", "远帆约车"} <= _names(ex, "Company")
    assert "钟晓岚" not in _names(ex, "Person")
