"""Posts and officials in phrasings of the pool M articles (studied in the seventeenth round),
on sentences we wrote: every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import types as _types


def test_members_listed_after_a_post_just_elected_each_hold_it() -> None:
    text = "青禾公司工会召开换届大会，选举产生新一届经审委员，成员分别是：钟晓岚、林启明、赵一帆。"
    edges = _edges(text)
    types = _types(text)
    for name in ("钟晓岚", "林启明", "赵一帆"):
        assert (name, "holdsPosition", "青禾公司工会") in edges
        assert types[name] == "Official"


def test_a_rare_family_name_and_a_post_addresses_someone_named_before() -> None:
    text = "远帆区总工会副主席邝明远出席。会上，邝主席对换届工作提出要求。"
    types = _types(text)
    assert "邝主席" not in types
    assert types["邝明远"] == "Official"


def test_a_word_the_model_read_as_a_name_that_opens_with_a_numeral_names_no_one() -> None:
    types = _types("七秩峥嵘 青禾供电公司与远帆市总工会开展慰问活动。副主席钟晓岚出席。")
    assert "七秩" not in types
    assert types["钟晓岚"] == "Official"


def test_a_deputy_general_manager_written_short_holds_a_post_in_the_firm() -> None:
    text = "远帆公司副总钟晓岚出席会议。"
    assert ("钟晓岚", "holdsPosition", "远帆公司") in _edges(text)
    assert _types(text)["钟晓岚"] == "Official"


def test_names_listed_after_a_vague_word_for_executives_hold_posts() -> None:
    types = _types("节日当天，公司高管钟晓岚、林启明、赵一帆和孙海涛来到车间看望一线职工。")
    assert [types[n] for n in ("钟晓岚", "林启明", "赵一帆", "孙海涛")] == ["Official"] * 4


def test_a_civil_servants_rank_after_a_comma_in_a_chain_of_posts_is_held_there() -> None:
    edges = _edges("青禾市总工会党组书记、副主席，二级巡视员钟晓岚出席。")
    assert ("钟晓岚", "holdsPosition", "青禾市总工会") in edges


def test_a_name_ending_in_a_particle_before_etc_is_whole_and_elected_by_a_full_vote() -> None:
    text = "大会进行了选举，林雄之等七名同志以全票当选为远帆县五金行业工会联合会委员。"
    types = _types(text)
    assert types.get("林雄之") == "Official"
    assert ("林雄之", "holdsPosition", "远帆县五金行业工会联合会") in _edges(text)


def test_names_alone_in_brackets_at_the_very_end_are_the_writers() -> None:
    types = _types("远帆市总工会开展送清凉活动，慰问一线职工。（柯旗 林启明）")
    assert types.get("柯旗") == "Person" and types.get("林启明") == "Person"
    assert "女工部" not in _types("远帆市总工会开展送清凉活动。（女工部 邱远帆）")
