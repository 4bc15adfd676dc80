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
