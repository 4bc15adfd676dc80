"""Error categories that recur across many studied unseen sets (issue 13), each fixed by a
construction or a word class: two provinces' one-character names spoken of together are no
region, and words of the language the model reads as given names are no persons. Sentences
we wrote (invented people and bodies, real places)."""

from __future__ import annotations

import pytest

from .conftest import edges, extracted, names


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("青禾县总工会与邻县总工会开展川渝合作交流。", "川渝"),
        ("此次来湘访问，为湘澳工会沟通交流提供了机会。", "湘澳"),
        ("两地工会借粤澳工会交流营开展活动。", "粤澳"),
    ],
)
def test_two_provinces_written_together_are_no_region(text, pair):
    ex, _ = extracted(text)
    assert pair not in names(ex, "Town")


def test_three_provinces_written_together_stay_a_region():
    ex, _ = extracted("为推进京津冀协同发展，青禾县总工会发挥作用。")
    assert "京津冀" in names(ex, "Town")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("青禾县总工会把竭诚为职工群众服务作为工作的出发点。", "竭诚"),
        ("青禾县总工会向职工送去慰问，祝他们阖家幸福。", "阖家"),
        ("青禾县总工会为奔波忙碌的外卖小哥送去清凉。", "小哥"),
    ],
)
def test_a_word_of_the_language_opening_with_no_family_name_is_no_person(text, word):
    ex, _ = extracted(text)
    assert word not in names(ex, "Person") | names(ex, "Official")


def test_a_name_opening_with_a_family_name_the_gazetteer_lacks_stays_a_name():
    ex, _ = extracted("青禾县总工会副主席肖军出席会议并讲话。")
    assert "肖军" in names(ex, "Official")


@pytest.mark.parametrize(
    ("text", "compound"),
    [
        ("邻水县总工会持续深化渝邻工会协作，两地职工交流频繁。", "渝邻工会"),
        ("厦门市总工会推动厦台工会的交流合作进入常态化。", "厦台工会"),
        ("经北京通州、天津武清、河北廊坊三地总工会协商，通武廊工会签订协议。", "通武廊工会"),
    ],
)
def test_places_short_forms_run_together_before_a_union_suffix_are_no_union(text, compound):
    ex, _ = extracted(text)
    assert compound not in names(ex, "Union")
    assert compound[:-2] not in names(ex, "Company")


def test_a_union_named_by_a_firm_whose_first_character_opens_a_place_stays():
    ex, _ = extracted("青禾市总工会看望青钢工会的职工。")
    assert "青钢工会" in names(ex, "Union") | {a for e in ex.entities for a in e.aliases}


def test_a_zone_written_by_a_level_only_head_is_the_articles_citys_zone():
    text = "丽水市总工会召开会议。莲都区总工会、市工业园区总工会负责人参加会议。"
    ex, _ = extracted(text)
    assert "市工业园区" not in names(ex, "Town")
    assert "丽水市工业园区总工会" in names(ex, "Union")
    assert ("丽水市工业园区总工会", "locatedIn", "丽水市工业园区") in edges(text)
    assert ("丽水市工业园区", "locatedIn", "丽水市") in edges(text)


def test_a_level_only_zone_is_the_zone_the_article_writes_in_full():
    text = (
        "浙江莲都工业园区工会联合会成立。会上听取了区工业园区工会工作委员会的报告。"
        "莲都区总工会批复。"
    )
    found = edges(text)
    assert ("莲都区工业园区工会工作委员会", "locatedIn", "浙江莲都工业园区") in found
    assert "莲都区工业园区" not in names(extracted(text)[0], "Town")


def test_a_site_named_after_a_person_is_a_place_not_the_person():
    ex, _ = extracted("职工们参观了林远航故居。")
    assert "林远航故居" in names(ex, "Town")
    assert "林远航" not in names(ex, "Person")


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("工会来到丽水服务区慰问货车司机。", "丽水服务区"),
        ("比赛在青禾体育馆举行。", "青禾体育馆"),
        ("志愿者走进青禾胡同。", "青禾胡同"),
    ],
)
def test_a_service_area_a_stadium_or_a_lane_is_a_place(text, site):
    ex, _ = extracted(text)
    assert site in names(ex, "Town")


@pytest.mark.parametrize(
    ("text", "collective"),
    [
        ("丽水市总工会代表团与日本工会代表座谈。", "日本工会"),
        ("丽水市总工会与台湾工会开展交流。", "台湾工会"),
    ],
)
def test_a_country_or_province_before_a_bare_union_word_speaks_of_its_unions(text, collective):
    ex, _ = extracted(text)
    assert collective not in names(ex, "Union")
    assert "丽水市总工会" in names(ex, "Union")
