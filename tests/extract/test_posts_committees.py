"""Posts and officials as the W, S and H articles write them (study 8): the members of a
committee elected as a list of names that make it up (由甲、乙、丙3人组成的第五届工会委员会).
Every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import types as _types


def test_the_names_that_make_up_an_elected_committee_are_its_members() -> None:
    text = ("青禾县人民医院工会召开会员代表大会。会上选举产生了由钟晓岚、林子航、郑文博3人组成的"
            "第五届工会委员会，周明远、宋佳怡2人组成的第五届工会经费审查委员会。")  # fmt: skip
    edges, types = _edges(text), _types(text)
    for name in ("钟晓岚", "林子航", "郑文博", "周明远", "宋佳怡"):
        assert (name, "holdsPosition", "青禾县人民医院工会") in edges, name
        assert types[name] == "Official", name


def test_a_committee_named_with_its_union_is_the_union() -> None:
    edges = _edges("大会选举产生了由钟晓岚、林子航组成的青禾县总工会第一届委员会。")
    assert ("钟晓岚", "holdsPosition", "青禾县总工会") in edges
    assert ("林子航", "holdsPosition", "青禾县总工会") in edges


def test_names_making_up_a_gift_or_a_team_hold_no_post() -> None:
    edges = _edges("青禾县总工会送上由钟晓岚、林子航组成的志愿服务队的问候。")
    assert not any(rel == "holdsPosition" for _, rel, _ in edges)


def test_a_name_run_into_the_kind_words_of_its_studio_ends_before_them() -> None:
    text = ("青禾茶叶有限责任公司钟文杰创新工作室入选。"
            "青禾茶叶有限责任公司董事长钟文杰始终坚持创新。"
            "钟文杰创新工作室成立以来，成果丰硕。")  # fmt: skip
    types = _types(text)
    assert types.get("钟文杰") == "Official"
    assert "钟文杰创新" not in types
    assert ("青禾茶叶有限责任公司", "chairedBy", "钟文杰") in _edges(text)


def test_a_name_after_a_post_ends_before_a_verb_of_reporting() -> None:
    text = "青禾集团调研。听取了集团工会主席陆穗兰汇报集团工会制度建设情况。"
    assert _types(text).get("陆穗兰") == "Official"
    assert ("青禾集团工会", "chairedBy", "陆穗兰") in _edges(text)


def test_a_verb_of_speaking_after_a_post_is_no_name() -> None:
    types = _types("青禾县总工会主席钟晓岚出席。钟主任强调，要做好安全生产。")
    assert "强调" not in types


def test_a_name_set_off_by_spaces_keeps_its_last_character() -> None:
    types = _types("青禾县总工会召开会议。来源：市总工会 章明远 赵东圆")
    assert "赵东圆" in types
    assert "赵东" not in types


def test_a_holders_name_run_into_a_level_only_body_is_cut_from_it() -> None:
    text = "金华市产改行动启动仪式举行，市委副书记吴峰市总工会副主席林子航为企业颁牌。"
    types = _types(text)
    assert types.get("吴峰") == "Official"
    assert not any(name.startswith("吴峰市") for name in types)
    edges = _edges(text)
    assert ("林子航", "holdsPosition", "金华市总工会") in edges
    assert ("林子航", "holdsPosition", "金华市委") not in edges


def test_an_institutes_posts_written_after_its_unit_word_are_in_it() -> None:
    text = ("武义县社会科学院召开工会会员代表大会。院党组成员、副院长钟晓岚出席会议并讲话。"
            "会议由院机关党委专职副书记林子航主持。")  # fmt: skip
    edges = _edges(text)
    assert ("钟晓岚", "holdsPosition", "武义县社会科学院") in edges
    assert ("林子航", "holdsPosition", "武义县社会科学院") in edges


def test_a_unit_head_after_the_own_body_word_is_still_its_head() -> None:
    edges = _edges("青禾市第一中学召开工会会员代表大会。校长林子航出席。校党委书记钟晓岚讲话。")
    assert ("林子航", "holdsPosition", "青禾市第一中学") in edges
    assert ("钟晓岚", "holdsPosition", "青禾市第一中学") in edges


def test_a_body_named_by_its_kind_after_a_places_party_committee_is_the_places() -> None:
    text = ("劳动竞赛授旗仪式举行。武义县委副书记、政府县长钟晓岚，"
            "滇中新区党工委副书记、管委会主任林子航，"
            "兰溪市游埠镇党委副书记、镇长、政协联络室主任周明远出席。")  # fmt: skip
    edges = _edges(text)
    assert ("钟晓岚", "holdsPosition", "武义县政府") in edges
    assert ("林子航", "holdsPosition", "滇中新区管委会") in edges
    assert not any(obj.endswith("政协") for _, _, obj in edges)


def test_a_names_last_character_read_as_a_localizer_before_a_follower_stays_in_it() -> None:
    text = "青禾医药有限公司办公室主任、工会经审主任钟治中分别就职工之家建设作经验交流。"
    types = _types(text)
    assert types.get("钟治中") == "Official"
    assert "钟治" not in types
    assert ("钟治中", "holdsPosition", "青禾医药有限公司") in _edges(text)


def test_a_professional_rank_after_the_posts_before_a_name_leaves_them_its_posts() -> None:
    text = "青禾工人报社原常务副总编辑、高级记者钟晓岚出席。"
    assert _types(text).get("钟晓岚") == "Official"
    assert ("钟晓岚", "holdsPosition", "青禾工人报社") in _edges(text)


def test_a_name_after_a_post_ends_before_being_invited() -> None:
    text = "武义县总工会集体协商专家组成员钟国保受邀到会点评。"
    types = _types(text)
    assert types.get("钟国保") == "Official"
    assert "钟国" not in types
    assert ("钟国保", "holdsPosition", "武义县总工会") in _edges(text)


def test_a_name_with_a_family_name_the_gazetteer_lacks_after_a_post_is_read() -> None:
    for name in ("么海洋", "闭永康", "续海峰"):
        text = f"青禾集团调研。随后，集团党委书记、董事长{name}介绍了集团改革情况。"
        assert _types(text).get(name) == "Official", name
        assert ("青禾集团", "chairedBy", name) in _edges(text), name
