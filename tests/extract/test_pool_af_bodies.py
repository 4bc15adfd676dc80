"""Public bodies, unions and places in the constructions pool AF showed the extraction
misreading, on sentences we wrote: every name of a body, place or person here is invented."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_living_quarter_is_a_site_named_with_what_is_written_before_it() -> None:
    text = "由青禾社区工联会主办的职工运动会在青禾东片生活区举行。"
    towns = _names(_extract(text)[0], "Town")
    assert "青禾东片生活区" in towns
    assert "生活区" not in towns


def test_a_bare_living_quarter_is_no_place() -> None:
    assert "生活区" not in _names(_extract("夜里,志愿者把物资送到生活区门口。")[0], "Town")


def test_a_site_named_after_the_article_s_one_community_lies_in_it() -> None:
    text = "由青禾社区工联会主办的职工运动会在青禾东片生活区举行。"
    assert ("青禾东片生活区", "locatedIn", "青禾社区") in _edges(text)


def test_a_market_that_opens_the_regulator_s_name_is_no_place() -> None:
    text = "此外,青禾市市场监管部门将联合快递协会,畅通骑手诉求渠道。"
    ex, by_name = _extract(text)
    assert not {n for n in _names(ex, "Town") if n.endswith("市场")}
    assert not [n for n in by_name if "将" in n]


def test_a_city_s_zones_taken_each_are_no_zone() -> None:
    text = "鹰潭市各开发区、各县(市、区)工会可推荐3名候选人。"
    towns = _names(_extract(text)[0], "Town")
    assert "鹰潭市" in towns
    assert not {n for n in towns if n.endswith("开发区")}


def test_a_body_of_districts_and_counties_is_not_the_district_s_own() -> None:
    text = "鹰潭市月湖区总工会开展普法活动。首批律师进驻区县调解中心,担任专职调解员。"
    assert not {n for n in _extract(text)[1] if "区县" in n}
