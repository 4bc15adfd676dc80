"""Companies the pool C missed or made up: a firm named only inside its union's name, a list's
first brand the sentence made another part of speech, a brand written before its workers, and
a hotel's trade (某省酒店行业) that is no hotel; on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_firm_written_only_inside_its_union_name_is_a_company():
    text = "9月2日,禾丰重工工会成立大会在远帆园区召开。公司董事长林启明出席。"
    assert "禾丰重工" in _names(_extract(text)[0], "Company")
    assert ("禾丰重工工会", "subOrganizationOf", "禾丰重工") in _edges(text)


def test_a_hotel_trade_is_no_hotel():
    trades = ("青禾省酒店行业职业技能竞赛举行。", "从2015年青禾酒店行业有了集体合同至今,员工获益。")
    for text in trades:
        assert not _names(_extract(text)[0], "Company"), text


def test_a_brand_before_its_worker_is_a_company():
    assert "禾丰" in _names(_extract("禾丰骑手钟晓岚在驿站休息。")[0], "Company")


def test_a_place_before_its_worker_is_no_company():
    assert not _names(_extract("淳安县骑手钟晓岚在驿站休息。")[0], "Company")


def test_a_list_first_brand_the_sentence_misread_is_a_company():
    # the model reads 南交建 after 送到 as a direction word (f), alone as one organization's name
    text = "工会干部把防暑用品送到南交建、青禾泵业、远帆刀具等9家企业。"
    assert "南交建" in _names(_extract(text)[0], "Company")


def test_a_named_snack_bar_or_food_shop_is_a_company():
    assert "青禾乐食品店" in _names(_extract("他在青禾乐食品店工作。")[0], "Company")
    text = "禾丰来快餐店店主林启明为骑手送上热饭。"
    assert "禾丰来快餐店" in _names(_extract(text)[0], "Company")


def test_a_kind_of_body_before_its_union_is_no_company():
    text = "青禾县委办工会、人大办工会、政协办工会的干部参加了远帆杯演讲比赛。"
    assert not _names(_extract(text)[0], "Company")
