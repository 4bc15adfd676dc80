"""Companies the pool D missed: an airport written as the employer of its staff (某某机场张三,
某某机场安全检查部) is the firm that runs it, one the text goes to stays a place; on sentences
we wrote (invented bodies and persons)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_an_airport_written_before_its_staff_is_a_company():
    text = "技能比武在远帆机场举行。青禾机场林启明、青禾机场钟晓岚分获一等奖和二等奖。"
    ex, _ = _extract(text)
    assert "青禾机场" in _names(ex, "Company")
    assert "远帆机场" in _names(ex, "Town")


def test_an_airport_written_before_its_department_is_a_company():
    text = "青禾机场安全检查部荣获先进集体，青禾机场钟晓岚获评岗位能手。"
    ex, _ = _extract(text)
    assert "青禾机场" in _names(ex, "Company")


def test_an_airport_visited_stays_a_place():
    text = "慰问组来到青禾机场，看望林启明等一线职工。"
    ex, _ = _extract(text)
    assert "青禾机场" in _names(ex, "Town")


def test_a_post_sub_office_is_a_company():
    text = "工会慰问组走进青禾县邮政远帆路支局，看望一线投递员。"
    ex, _ = _extract(text)
    assert "青禾县邮政远帆路支局" in _names(ex, "Company")
