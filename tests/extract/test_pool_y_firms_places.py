"""Companies and places the pool Y missed: a zone written before a firm whose name opens with
its province (某市高新区某省某某科技有限公司); on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_zone_before_a_firm_named_from_its_province_is_where_it_lies():
    text = "市总工会一行先后来到宜昌高新区湖南明远科技有限公司、湖南长丰汽车有限公司慰问职工。"
    ex, _ = _extract(text)
    assert "湖南明远科技有限公司" in _names(ex, "Company")
    assert "宜昌高新区" in _names(ex, "Town")
    assert not any(n.startswith("宜昌") for n in _names(ex, "Company"))
    found = _edges(text)
    assert ("湖南明远科技有限公司", "locatedIn", "宜昌高新区") in found
    assert ("宜昌高新区", "locatedIn", "宜昌市") in found
