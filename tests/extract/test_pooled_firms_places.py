"""Companies and places the pooled set X missed: brands listed before a rough count of
businesses (等10余家快递企业); on sentences we wrote (invented brands)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_brands_listed_before_a_rough_count_of_businesses_are_companies():
    ex, _ = _extract("他们来自丰达、乐通、汇达、美通等10余家快递企业，都加入了工会。")
    assert {"丰达", "乐通", "汇达", "美通"} <= _names(ex, "Company")


def test_brands_listed_before_a_rough_count_in_words_are_companies():
    ex, _ = _extract("来自丰达、乐通、汇达等二十余家物流公司的骑手参加了活动。")
    assert {"丰达", "乐通", "汇达"} <= _names(ex, "Company")
