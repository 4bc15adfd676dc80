"""Mechanisms of public bodies found on the pooled held-out news M (a prefecture and a city
written together before 总工会, a numbered school written without its 第, a national union's
committee written without it, a level's or an era's unions, a nickname in quotes), on sentences we
wrote (invented bodies and people, places other than the articles')."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_prefecture_and_a_city_written_together_name_no_one_body():
    ex, _ = _extract(
        "青禾省总工会主席林启明来到甘孜州康定市调研，与州市总工会进行了座谈，"
        "并向甘孜州和康定市总工会赠送物资。"
    )
    unions = _names(ex, "Union")
    assert not any(n.endswith("州市总工会") for n in unions)
    assert "康定市总工会" in unions


def test_a_numbered_school_without_its_ordinal_is_the_school():
    ex, _ = _extract(
        "3月2日，青禾大学工会主席林启明来到北京市第三中学参观。"
        "市三中学党支部书记钟晓岚、工会主席周明远陪同。",
        publisher="北京市晨光区教育工会",
    )
    bodies = _names(ex, "Organization") | _names(ex, "Union")
    assert {"北京市第三中学", "北京市第三中学工会"} <= bodies
    assert not bodies & {"北京市三中学", "北京市三中学工会"}


def test_a_national_unions_committee_written_without_it_is_the_union():
    ex, _ = _extract(
        "中国教育工会天津市职业院校工作委员会主席林启明一行到校调研。"
        "林启明谈到天津市职业院校工作委员会今年的几项安排。"
    )
    assert _names(ex, "Union") == {"中国教育工会天津市职业院校工作委员会"}
    assert not _names(ex, "Organization")


def test_a_levels_unions_and_an_eras_name_no_one_body():
    ex, _ = _extract(
        "青海建成村级工会800多个，助力乡村振兴。做好职工贴心人，成为新时代甘肃工会的使命。"
    )
    assert not _names(ex, "Union")


def test_a_union_word_in_quotes_after_a_few_words_is_a_nickname():
    ex, _ = _extract("晨光县总工会着力夯实“边关工会”建设基础，服务戍边职工。")
    assert _names(ex, "Union") == {"晨光县总工会"}


def test_a_national_unions_local_committee_is_one_name():
    ex, _ = _extract("中国教育工会天津市职业院校工作委员会主席林启明一行到校调研。")
    assert _names(ex, "Union") == {"中国教育工会天津市职业院校工作委员会"}
