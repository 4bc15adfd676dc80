"""Companies and places the pool Y missed: a zone written before a firm whose name opens with
its province (某市高新区某省某某科技有限公司), a city's station named by direction (某市北客站), a
street after a town's office in an address (某街道办事处某某路), the firm a unit's union is named
after (某某股份有限公司某某事业部工会); on sentences we wrote (invented names)."""

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


def test_a_city_station_by_direction_is_a_place():
    ex, _ = _extract("上午，在贵阳北客站3站台，市总工会慰问了返乡旅客。")
    assert "贵阳北客站" in _names(ex, "Town")


def test_a_street_after_a_towns_office_in_an_address_lies_in_the_town():
    text = "驿站位于龙泉街道办事处梧桐路18号，建于2019年。"
    ex, _ = _extract(text)
    assert "梧桐路" in _names(ex, "Town")
    assert ("梧桐路", "locatedIn", "龙泉街道") in _edges(text)


def test_the_firm_a_units_union_is_named_after_is_a_company():
    text = "湘潭百货股份有限公司超市事业部中心店工会被授予模范职工之家称号。"
    ex, _ = _extract(text)
    assert "湘潭百货股份有限公司" in _names(ex, "Company")
    assert ("湘潭百货股份有限公司", "locatedIn", "湘潭市") in _edges(text)
