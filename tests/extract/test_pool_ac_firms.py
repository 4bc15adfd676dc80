"""Companies the pool AC got wrong: a firm a case report leaves unnamed (某省某某有限公司), a
firm placed by the clause before it (坐落于某区某街道的某某公司), and a firm's usual short
form (某某油服公司 of 某省某某油田服务股份有限公司); on sentences we wrote (invented events and
firms)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_firm_left_unnamed_is_no_entity():
    text = "去年，湖北某建材有限公司拖欠李某某三个月工资。"
    ex, _ = _extract(text)
    assert not [n for n in _names(ex, "Company") if "建材" in n]
    assert not [e for e in _edges(text) if "建材" in e[0]]


def test_a_firm_after_an_anonymous_mark_is_no_entity():
    text = "其中，江西某电子科技有限公司积极响应号召，设立职工书屋。"
    ex, _ = _extract(text)
    assert not _names(ex, "Company")
