"""Posts in phrasings of the pool N articles (studied in the sixteenth round), on sentences we
wrote: every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import types as _types


def test_each_name_listed_after_a_counted_post_holds_it() -> None:
    text = (
        "青禾市远帆医院工会换届大会召开，选出了5名工会委员，分别是钟晓岚、林启明、陈思远、"
        "王立群、赵红。会议还评出了3名先进个人，分别是李明华、张建国、刘芳。"
    )
    edges, types = _edges(text), _types(text)
    for name in ("钟晓岚", "林启明", "陈思远", "王立群", "赵红"):
        assert (name, "holdsPosition", "青禾市远帆医院工会") in edges
        assert types[name] == "Official"
    assert types["李明华"] == "Person"


def test_a_post_in_the_audit_organ_written_short_is_a_post_in_the_union() -> None:
    edges = _edges("晨光县总工会召开全委会。林启明任女工主任，钟晓岚任经审主任。")
    assert ("钟晓岚", "holdsPosition", "晨光县总工会") in edges


def test_a_studio_without_an_honour_in_a_list_of_honoured_ones_names_its_leader() -> None:
    text = (
        "青禾市总工会公布劳模工匠创新工作室名单，6家创新工作室入选，包括远帆机械厂林秋燕"
        "创新工作室、晨光集团周海峰创新工作室等。"
    )
    types = _types(text)
    assert types.get("林秋燕") == "Person" and types.get("周海峰") == "Person"
    assert not [n for n in types if n.endswith("工作室")]


def test_an_office_of_the_place_in_a_chain_of_titles_is_a_body_of_its_own() -> None:
    edges = _edges(
        "会议由青禾街道党工委副书记、办事处副主任、总工会主席钟晓岚主持，"
        "远帆村党支部书记、村委会主任陈思远出席。"
    )
    assert ("钟晓岚", "holdsPosition", "青禾街道办事处") in edges
    assert ("钟晓岚", "holdsPosition", "青禾街道党工委") in edges
    assert ("陈思远", "holdsPosition", "远帆村村委会") in edges


def test_the_committee_of_a_county_named_by_one_character_keeps_its_level() -> None:
    edges = _edges("萧县举行职工运动会。县委副书记钟晓岚、县总工会主席林启明出席。")
    assert ("钟晓岚", "holdsPosition", "萧县县委") in edges


def test_a_name_credited_before_the_reporter_role_is_a_person_not_a_medium() -> None:
    types = _types("本报讯（林晓燕记者钟晓岚）近日，青禾市总工会开展送清凉活动。")
    assert types.get("林晓燕") == "Person"
    assert types.get("钟晓岚") == "Person"


def test_a_place_head_listed_after_a_post_in_another_body_is_not_a_post_there() -> None:
    edges = _edges(
        "萧县总工会开展慰问。县委副书记钟晓岚、县人大副主任林启明、副县长陈思远、"
        "县政协副主席王立群参加慰问。"
    )
    assert ("林启明", "holdsPosition", "萧县人大") in edges
    assert ("陈思远", "holdsPosition", "萧县人大") not in edges
    assert ("王立群", "holdsPosition", "萧县政协") in edges


def test_a_school_inspector_is_an_official() -> None:
    types = _types("青禾区教育局党委书记钟晓岚、副主任督学林启明参加活动，会议由林启明主持。")
    assert types["林启明"] == "Official"


def test_the_own_body_word_after_a_sequence_opener_names_the_article_s_body() -> None:
    edges = _edges("青禾县远帆小学召开教代会。最后学校支部书记林启明作总结发言。")
    assert ("林启明", "holdsPosition", "青禾县远帆小学") in edges
