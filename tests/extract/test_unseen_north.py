"""Constructions of union news from the north and west of the country that the development
articles hardly hold (issue #13): every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import types as _types


def test_a_unions_committee_of_one_term_is_the_union() -> None:
    text = ("青禾市总工会第十二次代表大会闭幕。王川当选青禾市总工会第十二届执行委员会主席，"
            "林子航、许文彬当选副主席。")  # fmt: skip
    types = _types(text)
    assert "青禾市总工会第十二届执行委员会" not in types
    edges = _edges(text)
    assert ("青禾市总工会", "chairedBy", "王川") in edges
    assert ("林子航", "holdsPosition", "青禾市总工会") in edges


def test_names_listed_with_notes_before_an_election_are_officials() -> None:
    types = _types("大会选举王川为主席。林子航、许文彬(兼,女)、钟晓岚(女)等3名同志当选副主席。")
    assert types["林子航"] == types["许文彬"] == types["钟晓岚"] == "Official"


def test_a_note_does_not_join_names_of_two_clauses() -> None:
    types = _types("记者林子航(实习)报道。许文彬当选青禾市总工会主席。")
    assert types["林子航"] == "Person"


def test_a_roster_with_notes_of_several_words_gives_every_name_the_post() -> None:
    edges = _edges(
        "青禾市总工会召开全委会，林子航、许文彬(兼,女)、钟晓岚(女)等3名同志当选青禾市总工会副主席。"
    )
    for name in ("林子航", "许文彬", "钟晓岚"):
        assert (name, "holdsPosition", "青禾市总工会") in edges, name


def test_a_post_in_brackets_after_a_name_in_a_list_stays_its_post() -> None:
    edges = _edges("青禾市总工会钟晓岚(主席)、林子航(副主席)出席。")
    assert ("青禾市总工会", "chairedBy", "钟晓岚") in edges


def test_a_transliterated_name_joined_by_a_middle_dot_is_one_person() -> None:
    text = "青禾市总工会主席艾山江·吐尔逊将慰问品送到一线。艾山江·吐尔逊说,职工辛苦了。"
    ex = _extract(text)[0]
    people = {e.name: e.type for e in ex.entities if e.type in {"Person", "Official"}}
    assert people == {"艾山江·吐尔逊": "Official"}
    assert ("青禾市总工会", "chairedBy", "艾山江·吐尔逊") in _edges(text)


def test_a_source_line_with_a_bar_or_title_marks_names_the_medium() -> None:
    for line in ("来源 | 青禾日报", "来源：《青禾日报》"):
        types = _types(f"青禾市总工会召开会议。(王川)\n\n{line}")
        assert types.get("青禾日报") == "Organization", line


def test_a_banner_level_form_resolves_to_the_articles_banner() -> None:
    text = "7月27日,鄂尔多斯市总工会调研达拉特旗工会工作,旗总工会副主席王川陪同。"
    edges = _edges(text)
    assert ("王川", "holdsPosition", "达拉特旗总工会") in edges
    assert ("达拉特旗总工会", "locatedIn", "达拉特旗") in edges


def test_a_name_cut_before_comrade_keeps_its_last_character() -> None:
    # the model reads 柯明|中|同志; a list word before 同志 (王川等同志) is no part of a name
    text = "青禾市总工会党组书记、常务副主席柯明中同志等相关工作人员陪同。王川等同志出席。"
    types = _types(text)
    assert "柯明中" in types and "柯明" not in types
    assert "王川" in types and "王川等" not in types
    assert ("柯明中", "holdsPosition", "青禾市总工会") in _edges(text)


def test_a_body_suffix_inside_a_title_ends_no_name() -> None:
    # 主席团委员: 团委 is no Youth League committee here, 委员 is the post
    types = _types("王川当选青禾市总工会第十二届委员会主席团委员。")
    assert not any(name.endswith("团委") for name in types)


def test_names_counted_before_a_title_hold_it() -> None:
    types = _types("会议听取了工作通报。林子航、许文彬、钟晓岚3位委员分别发言。王川等5名职工参加。")
    assert types["林子航"] == types["许文彬"] == types["钟晓岚"] == "Official"
    assert types["王川"] == "Person"


def test_places_written_with_their_parents_in_a_list_each_have_a_federation() -> None:
    types = _types("温州市鹿城区、台州市椒江区、浙江湖州市三地工会交流合作框架协议近日签订。")
    for union in ("鹿城区总工会", "椒江区总工会", "湖州市总工会"):
        assert types.get(union) == "Union", union


def test_a_place_named_in_a_spirit_is_no_place_of_the_article() -> None:
    types = _types("青禾市总工会号召职工弘扬艰苦奋斗的贵州精神。")
    assert "贵州省" not in types
