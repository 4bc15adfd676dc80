"""One body written two ways in one article (issue 13, categories 9 and 11): the full name
and the short form made of the first character of its words are one entity. Sentences we
wrote (invented bodies and people, real places)."""

from __future__ import annotations

import pytest

from unionkg.extract.initials import PLACE_MARKS, abbreviates_by_initials

from .conftest import edges, extracted, names

PLACE = chr(PLACE_MARKS[0])


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("文广旅局", "文化广电和旅游局"),
        ("经开区管委会", "经济开发区管理委员会"),
        ("工联会", "工会联合会"),
        ("劳模创新工作室", "劳动模范创新工作室"),
        ("城管局", "城市管理局"),
    ],
)
def test_a_short_form_of_first_characters_abbreviates_the_full_name(short, long):
    assert abbreviates_by_initials(PLACE + short, PLACE + long)


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("中国银行", "中国青禾银行"),  # a word dropped whole: two banks
        ("教育局", "教育体育局"),  # one run left out
        ("总工会", "总工会机关工会"),  # the head differs once the long name is read whole
        (PLACE + "总工会", PLACE + chr(PLACE_MARKS[0] + 1) + "总工会"),  # a place left out
        ("市监局", "市场监督管理局"),  # a run of three: the table of abbreviations knows it
    ],
)
def test_dropping_whole_words_or_places_is_no_abbreviation(short, long):
    assert not abbreviates_by_initials(short, long)


def test_a_bureau_and_its_federation_written_short_are_the_full_bodies():
    text = (
        "德清县文化广电和旅游局工会联合会成立。县文广旅局副局长柯远航出席会议，"
        "县文广旅局工联会主席钟晓岚作报告。"
    )
    ex, _ = extracted(text)
    assert names(ex, "Organization") == {"德清县文化广电和旅游局"}
    assert names(ex, "Union") == {"德清县文化广电和旅游局工会联合会"}
    found = edges(text)
    assert ("柯远航", "holdsPosition", "德清县文化广电和旅游局") in found


def test_a_federation_written_short_after_its_full_name_is_one_union():
    text = "青禾工会联合总会会长柯远航率团访问安吉县总工会。青禾工联会副会长钟晓岚同行。"
    ex, _ = extracted(text)
    unions = names(ex, "Union")
    assert "青禾工会联合总会" in unions
    assert "青禾工联会" not in unions


def test_a_union_named_after_a_place_and_a_brand_belongs_to_the_firm():
    text = "浙江星禾工会与浙江省教育工会签订共建协议，江苏省盐城市总工会派员出席。"
    ex, _ = extracted(text)
    assert names(ex, "Company") == {"浙江星禾"}  # a trade's union or a place's has no firm
    assert ("浙江星禾工会", "subOrganizationOf", "浙江星禾") in edges(text)


def test_a_zone_committee_written_short_is_the_full_committee():
    text = (
        "来源：德清经济开发区管理委员会。9月4日，德清经开区管委会配合德清县总工会"
        "在德清县工业园区启动劳动竞赛活动。"
    )
    ex, _ = extracted(text)
    assert names(ex, "Organization") == {"德清经济开发区管理委员会"}
