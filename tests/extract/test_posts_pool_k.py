"""Posts in phrasings of the pool K articles (studied in the nineteenth round), on sentences we
wrote: every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted, names


def test_a_name_before_as_is_said_ends_before_it() -> None:
    # the model reads 韩志光如 (如是坦言: "so says") as one name; 如 opens the phrase
    edges = _edges("“我们要守住安全底线。”三号井工会主席韩志光如是坦言。")
    assert ("三号井工会", "chairedBy", "韩志光") in edges
    assert not [e for e in edges if "韩志光如" in e]


def test_the_school_union_after_a_preposition_is_the_school_s_own() -> None:
    # 由校工会副主席甲: 校工会 is the publishing school's union, not a unit "某某由校" of it
    text = "远帆学院工会一行来我校交流。座谈会由校工会常务副主席赵明主持，校工会副主席李红参加。"
    ex, _ = extracted(text, publisher="青禾大学工会")
    by_key = {e.key: e.name for e in ex.entities}
    rels = {(by_key[r.subject], r.type, by_key[r.object]) for r in ex.relations}
    assert ("赵明", "holdsPosition", "青禾大学工会") in rels
    assert names(ex, "Union") == {"远帆学院工会", "青禾大学工会"}


def test_the_publishing_school_named_after_its_province_is_one_school() -> None:
    # 江西大学 carries its province's code where the text names it: 校 and 校工会 in its own
    # news are that school and its union, not the visiting college's
    text = (
        "晨光学院工会主席一行来我校调研。晨光学院党委副书记、工会主席赵明率队赴我校调研。"
        "校党委副书记、工会主席林启明对晨光学院一行表示欢迎。"
        "林启明介绍了江西大学工会工作的总体情况。"
    )
    ex, _ = extracted(text, publisher="江西大学工会")
    by_key = {e.key: e.name for e in ex.entities}
    rels = {(by_key[r.subject], r.type, by_key[r.object]) for r in ex.relations}
    assert ("江西大学工会", "chairedBy", "林启明") in rels
    assert ("晨光学院工会", "chairedBy", "林启明") not in rels
    assert [e.name for e in ex.entities].count("江西大学") == 1


def test_the_group_in_its_own_news_is_the_publisher_not_the_most_named_one() -> None:
    # 集团工会主席 in 远帆集团's news: the publisher's group, though the host is named more
    text = (
        "远帆集团代表队参加省职工技能大赛。大赛由晨光集团承办，晨光集团工会主席赵明致辞。"
        "晨光集团共派出20名选手。集团职工董事、工会主席林启明参加开幕式。"
    )
    ex, _ = extracted(text, publisher="远帆集团")
    by_key = {e.key: e.name for e in ex.entities}
    rels = {(by_key[r.subject], r.type, by_key[r.object]) for r in ex.relations}
    assert ("远帆集团工会", "chairedBy", "林启明") in rels
    assert ("林启明", "holdsPosition", "远帆集团") in rels
    assert ("晨光集团工会", "chairedBy", "林启明") not in rels


def test_a_former_union_post_is_a_post_in_the_union() -> None:
    # 原工会主席: 原 (former) before the union word of the title, bare or after the union
    edges = _edges(
        "远帆大学工会主席林启明主持座谈会，远帆大学工会原工会主席钟晓岚，副主席赵明参加。"
    )
    assert ("远帆大学工会", "chairedBy", "钟晓岚") in edges
    assert ("赵明", "holdsPosition", "远帆大学工会") in edges
    edges = _edges("青禾县人民医院工会召开第五次会员代表大会。会议由原工会主席钟晓岚同志主持。")
    assert ("青禾县人民医院工会", "chairedBy", "钟晓岚") in edges


def test_a_name_listed_after_a_post_holder_opens_with_a_rarer_family_name() -> None:
    # 招 (a family name of the south the gazetteer lacks) opens the second name of the list
    edges = _edges(
        "青禾镇人大副主任、镇总工会主席林启明，副镇长赵明及镇总工会副主席郭晓东、招雨湘"
        "为镇内一线工作者送去慰问品。"
    )
    assert ("招雨湘", "holdsPosition", "青禾镇总工会") in edges


def test_a_family_name_before_a_word_of_address_is_no_person() -> None:
    # 王工 (an engineer), 周老 (an elder): a way of address, no one's name
    ex, _ = extracted(
        "活动中，远帆建设公司的王工说：“感谢工会送来的清凉。”退休职工周老也来到现场。"
    )
    assert not names(ex, "Person") & {"王工", "周老"}


def test_a_company_title_after_its_union_s_post_is_the_company_s() -> None:
    # 某集团工会主席甲，人力资源部总经理乙: 总经理 is a company's title, the union has none
    edges = _edges(
        "出席开幕式的有：远帆集团工会主席林启明，人力资源部总经理钟晓岚；晨光公司负责人等。"
    )
    assert ("钟晓岚", "holdsPosition", "远帆集团") in edges
    assert ("钟晓岚", "holdsPosition", "远帆集团工会") not in edges


def test_an_election_to_the_body_named_with_a_demonstrative() -> None:
    # 当选为该园区工会联合会主席: 该 (that) before the body's short form, the body itself
    edges = _edges(
        "晨光产业园区工会联合会成立。经过大会选举，晨光产业园区党委书记钟晓岚同志当选为"
        "该园区工会联合会第一届委员会主席。"
    )
    assert ("晨光产业园区工会联合会", "chairedBy", "钟晓岚") in edges
