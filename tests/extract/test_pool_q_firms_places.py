"""Companies and places the pool Q missed: a firm whose name holds a span of time in Han
numerals (某地三千年餐饮有限公司); the items of a list of firms the model splits at a word it
reads as a time (某城现代码头) or into a name and a trade noun (某某电器); a hotel's hall
(某某宾馆某某厅); a district the gazetteer lacks after its city (某市某某区); a highway before
its service area (某某高速公路某地服务区); the items of a list closed by a trade's unions
(甲、乙等快递行业工会). On sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_span_of_time_in_han_numerals_inside_a_firms_name():
    text = "市总工会筹集专项资金,组织浙江石门三千年餐饮连锁有限公司等企业参与救援。"
    ex, _ = _extract(text)
    assert "浙江石门三千年餐饮连锁有限公司" in _names(ex, "Company")
    assert "餐饮连锁有限公司" not in _names(ex, "Company")


def test_the_items_of_a_list_of_firms_split_by_the_model():
    text = "现场,浙江省城市环境卫生行业协会和宁波现代码头、华松电器等9家企业工会代表提交要约书。"
    ex, _ = _extract(text)
    firms = _names(ex, "Company")
    assert "宁波现代码头" in firms
    assert "码头" not in firms


def test_a_hall_of_a_hotel_is_no_body_the_hotel_is_a_firm():
    text = "8月28日,甘肃省定西市总工会在定西宾馆临洮厅举行金秋助学金发放仪式。"
    ex, _ = _extract(text)
    assert "定西宾馆" in _names(ex, "Company")
    assert not any(n.endswith("厅") for n in _names(ex, "Organization"))
    assert "临洮县" not in _names(ex, "Town")


def test_a_district_the_gazetteer_lacks_after_its_city():
    text = "3日,市总工会法律服务活动在杭州市云岗区黄陂员工楼举行。"
    ex, _ = _extract(text)
    assert "云岗区" in _names(ex, "Town")
    assert ("云岗区", "locatedIn", "杭州市") in _edges(text)


def test_a_service_area_keeps_the_highway_written_before_it():
    text = "推进会在京广高速公路长沙服务区召开。"
    ex, _ = _extract(text)
    assert "京广高速公路长沙服务区" in _names(ex, "Town")
    assert "长沙服务区" not in _names(ex, "Town")
    assert ("京广高速公路长沙服务区", "locatedIn", "长沙市") in _edges(text + "长沙市总工会出席。")


def test_the_items_of_a_list_of_a_trades_unions_are_firms():
    text = "该工会联合会由青鸟、飞鹿、云舟、星达等快递行业工会组成,现有企业10家。"
    ex, _ = _extract(text)
    assert {"青鸟", "飞鹿", "云舟", "星达"} <= _names(ex, "Company")
