"""Mechanisms of public bodies and places found on the pooled held-out news B (a sports
association under its short form, 体协, and 集体协商 which holds no such body; an old town, an
irrigation district, a theatre, an expo park and an economic district as places; 大学生 and 大学堂,
which hold no university), on sentences we wrote (invented bodies and sites)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_sports_association_under_its_short_form_is_a_body():
    text = "8月，青海省总工会与青海省老体协、海东市体协联合举办职工太极拳比赛。"
    ex, _ = _extract(text)
    assert {"青海省老体协", "海东市体协"} <= _names(ex, "Organization")
    # collective bargaining, a collective agreement: 体协 there opens a word, no body ends
    ex, _ = _extract("青禾市总工会推进工资集体协商，指导企业签订集体协议。")
    assert not any(n.endswith("体协") for n in _names(ex, "Organization"))


def test_old_towns_irrigation_districts_theatres_and_expo_parks_are_places():
    text = (
        "疗休养期间，职工们游览了青禾古城，参观了晨光灌区，"
        "晚上在青禾大剧院观看演出，次日前往远帆园艺博览园。"
    )
    ex, _ = _extract(text)
    assert {"青禾古城", "晨光灌区", "青禾大剧院", "远帆园艺博览园"} <= _names(ex, "Town")


def test_economic_districts_are_places():
    text = "青禾市总工会走访了远帆近海经济区的企业。"
    ex, _ = _extract(text)
    assert "远帆近海经济区" in _names(ex, "Town")


def test_a_university_student_or_a_lecture_hall_is_no_university():
    # 大学生 (students), 大学堂 (a lecture series): 大学 opens a word there, no body ends
    for text in ("青禾市总工会为远帆大学生运动会场馆建设者送清凉。", "晨光工友大学堂开讲。"):
        ex, _ = _extract(text)
        assert not any(n.endswith("大学") for n in _names(ex, "Organization"))
