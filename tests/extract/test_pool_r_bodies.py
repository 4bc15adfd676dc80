"""Mechanisms of public bodies and unions found on the pooled held-out news R (a level-only
short form in an article whose places lie in a province it never writes), on sentences we
wrote (invented people; real places, which the gazetteer must know)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_provinces_short_forms_take_the_unwritten_province_its_places_lie_in():
    text = (
        "浙江宁波到武汉的返乡专列抵达武汉站,来自武汉、孝感、黄冈等地农民工乘坐列车。"
        "省总工会在武汉站举行接站仪式,省委常委、省总工会主席王大明出席。"
        "省交通运输厅参加。孝感、黄冈等地相关单位负责人参加。"
    )
    ex, _ = _extract(text)
    assert {"湖北省委", "湖北省交通运输厅"} <= _names(ex, "Organization")
    assert "湖北省总工会" in _names(ex, "Union")
    assert not any(n.startswith("浙江省") for n in _names(ex, "Organization"))
