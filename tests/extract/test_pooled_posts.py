"""Posts in constructions that recur across the studied sets (issue #13): the head of a place
in its named government, and the article's own school or hospital written by a bare word
(我校, 校党委). Every person and body here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_deputy_head_of_a_county_is_in_the_county_government_the_article_names() -> None:
    edges = _edges("德清县人民政府召开会议，德清县常务副县长林子航出席。")
    assert ("林子航", "holdsPosition", "德清县人民政府") in edges


def test_a_head_after_the_party_committee_is_in_the_government_not_the_committee_only() -> None:
    edges = _edges("德清县政府召开会议。县委副书记、县长林子航出席会议并讲话。")
    assert ("林子航", "holdsPosition", "德清县政府") in edges
    assert ("林子航", "holdsPosition", "德清县委") in edges


def test_no_government_is_made_up_for_a_head_when_the_article_names_none() -> None:
    text = "德清县召开会议。县委副书记、县长林子航出席会议并讲话。"
    ex, _ = _extract(text)
    assert not any(name.endswith("政府") for name in _names(ex, "Organization"))
    assert ("林子航", "holdsPosition", "德清县委") in _edges(text)


def test_a_head_of_another_place_is_not_in_the_government_named() -> None:
    edges = _edges("湖州市人民政府召开会议，德清县副县长林子航出席。")
    assert ("林子航", "holdsPosition", "湖州市人民政府") not in edges


def test_a_governor_after_the_name_is_in_the_one_provincial_government() -> None:
    edges = _edges("浙江省人民政府召开会议。林子航省长作报告。")
    assert ("林子航", "holdsPosition", "浙江省人民政府") in edges


def test_our_school_and_its_party_committee_are_the_articles_one_school() -> None:
    edges = _edges("揭牌仪式在我校举行，青禾大学师生参加。青禾市总工会副主席许文彬和我校党委书记"
                   "林子航，党委副书记钟晓岚，党委委员、副校长周启明出席。")  # fmt: skip
    for person in ("林子航", "钟晓岚", "周启明"):
        assert (person, "holdsPosition", "青禾大学") in edges, person
        assert (person, "holdsPosition", "青禾市总工会") not in edges, person


def test_a_bare_school_word_speaks_of_no_school_when_the_article_names_two() -> None:
    edges = _edges("青禾大学与远帆大学签约。校党委副书记钟晓岚讲话。")
    assert not any(s == "钟晓岚" for s, _, _ in edges)


def test_a_post_after_two_bodies_listed_with_a_comma_is_held_in_both() -> None:
    edges = _edges("远帆港口集团有限公司、远帆港口集团股份有限公司党委书记、董事长林子航出席。")
    assert ("远帆港口集团有限公司", "chairedBy", "林子航") in edges
    assert ("远帆港口集团股份有限公司", "chairedBy", "林子航") in edges


def test_a_post_after_bodies_of_two_kinds_is_held_in_the_last_only() -> None:
    edges = _edges("远帆物流有限公司、青禾县总工会负责人林子航出席。")
    assert ("林子航", "holdsPosition", "青禾县总工会") in edges
    assert ("林子航", "holdsPosition", "远帆物流有限公司") not in edges


def test_a_name_joined_by_及_alone_does_not_take_the_title_of_the_name_before() -> None:
    edges = _edges("青禾县总工会副主席林子航及许文彬等人出席。")
    assert ("林子航", "holdsPosition", "青禾县总工会") in edges
    assert not any(s == "许文彬" for s, _, _ in edges)
    joined = _edges("远帆物流有限公司总经理林子航及工会主席许文彬陪同调研。")
    assert ("远帆物流有限公司工会", "chairedBy", "许文彬") in joined


def test_names_appointed_to_as_many_titles_take_them_in_order() -> None:
    edges = _edges("青禾县文化局工会联合会成立，选举花立祥、郑长文为工联会第一届委员会"
                   "主席、副主席。")  # fmt: skip
    assert ("青禾县文化局工会联合会", "chairedBy", "花立祥") in edges
    assert ("郑长文", "holdsPosition", "青禾县文化局工会联合会") in edges
    assert ("青禾县文化局工会联合会", "chairedBy", "郑长文") not in edges
