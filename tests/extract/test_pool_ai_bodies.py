"""Public bodies, unions and places in the constructions pool AI showed the extraction
misreading, on sentences we wrote: every name of a body, place or person here is invented."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_site_named_by_where_it_lies_in_another_holds_a_body() -> None:
    text = "由桃溪湖中部片区党委举办活动。"
    assert "桃溪湖中部片区" in _names(_extract(text)[0], "Town")
    assert ("桃溪湖中部片区党委", "locatedIn", "桃溪湖中部片区") in _edges(text)


def test_a_government_s_central_task_is_no_centre_of_the_government() -> None:
    text = "青州市总工会紧扣市委、市政府中心大局谋划工会工作。"
    bodies = _names(_extract(text)[0], "Organization")
    assert "青州市政府中心" not in bodies
    assert ("青州市政府", "locatedIn", "青州市") in _edges(text)


def test_a_site_crediting_its_news_before_the_date_is_named_whole() -> None:
    text = "青禾晚报网消息 6月3日上午,德清县总工会召开职工代表大会。"
    bodies = _names(_extract(text)[0], "Organization")
    assert "青禾晚报网" in bodies
    assert "青禾晚报" not in bodies


def test_a_zone_written_after_a_body_in_a_unit_s_name_does_not_open_with_the_body() -> None:
    text = "民警来自青州市公安局空港经济区治安检查站。"
    towns = _names(_extract(text)[0], "Town")
    assert "公安局空港经济区" not in towns
    assert "空港经济区" in towns


def test_a_site_named_after_a_street_s_stem_holds_the_body_named_after_it() -> None:
    text = "职工们来到荣华北街道。为关爱职工,荣华北商圈党委和荣华北街道总工会举办了活动。"
    assert "荣华北商圈" in _names(_extract(text)[0], "Town")
    assert ("荣华北商圈党委", "locatedIn", "荣华北商圈") in _edges(text)
