"""Companies and places the pool P missed: a list of firms' short names closed by a count and
a kind of business written as the trade alone (等6家头部快递), one whose count says how many it
lists where the model reads few of them as names, and a joint venture's name joined by a
hyphen, whose short name in brackets is no other firm; a zone two places build together
(甲市-乙县工业园) and a chemical industry zone (某市化工区); on sentences we wrote (invented
names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_list_closed_by_a_count_and_the_trade_alone_lists_firms():
    text = "青禾市召开协商会议，海通、星通、云达等3家头部快递的代表参加。"
    ex, _ = _extract(text)
    assert {"海通", "星通", "云达"} <= _names(ex, "Company")


def test_a_counted_list_holds_a_hyphened_joint_venture():
    text = (
        "青禾市物流行业工会联合会涵盖了包括远帆物流有限公司、远达、海通、星河天天、乔韵来、"
        "北运-南豪(NSX)等6家物流公司的职工。"
    )
    ex, _ = _extract(text)
    firms = _names(ex, "Company")
    assert {"北运-南豪", "乔韵来", "星河天天"} <= firms
    assert "NSX" not in firms  # the short name in brackets names the firm before it
    assert "星河" not in firms  # the word that opens a listed name is no firm of its own


def test_a_zone_two_places_build_keeps_the_partner_joined_by_a_hyphen():
    text = (
        "常州-泰兴工业园举办职工运动会。赛后，常州-泰兴工业园工会联合会主席钟晓岚为获奖职工颁奖。"
    )
    ex, _ = _extract(text)
    assert "常州-泰兴工业园" in _names(ex, "Town")
    assert "常州-泰兴工业园工会联合会" in _names(ex, "Union")
    found = _edges(text)
    assert ("常州-泰兴工业园工会联合会", "locatedIn", "常州-泰兴工业园") in found


def test_a_chemical_industry_zone_is_a_place_its_union_lies_in():
    text = "会上，江苏省苏州市总工会、宁波化工区工会签署了框架协议。"
    ex, _ = _extract(text)
    assert "宁波化工区" in _names(ex, "Town")
    assert ("宁波化工区工会", "locatedIn", "宁波化工区") in _edges(text)
