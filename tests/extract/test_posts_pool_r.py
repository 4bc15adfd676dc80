"""Posts in phrasings of the pool R articles (studied in the tenth round), on sentences we
wrote: every name here is invented for these tests."""

from __future__ import annotations

from unionkg.extract.lexicon import default_lexicon
from unionkg.extract.nameends import name_span
from unionkg.extract.ner import Token
from unionkg.loaders.bylines import find_bylines

from .conftest import edges as _edges
from .conftest import types as _types


def test_a_delegate_elected_to_an_assembly_holds_no_post() -> None:
    text = (
        "远帆集团工会委员会召开会议，工会主席赵海涛参加会议。"
        "赵海涛、钱丽萍2名同志当选东岭县总工会第九次代表大会代表。"
    )
    edges = _edges(text)
    assert not [e for e in edges if e[1] == "holdsPosition" and e[2] == "东岭县总工会"]
    assert _types(text)["钱丽萍"] == "Person"


def test_a_copula_names_the_posts_a_name_holds() -> None:
    text = "林启明是远帆船舶制造有限公司党委书记、董事长，他带头设立了职工创新基金。"
    assert ("远帆船舶制造有限公司", "chairedBy", "林启明") in _edges(text)
    assert _types(text)["林启明"] == "Official"


def test_titles_chained_after_a_held_post_are_posts_in_the_same_body() -> None:
    edges = _edges("林子航现任远帆物流有限公司党委书记、董事长。")
    assert ("远帆物流有限公司", "chairedBy", "林子航") in edges


def test_a_work_report_after_the_verb_does_not_keep_the_verb_in_the_name() -> None:
    text = "财务总监林凌作公司“财务工作报告”"
    start = text.index("林凌")
    assert name_span(text, Token("林凌作", "PER", start, start + 3), default_lexicon()) == (
        start,
        start + 2,
    )


def test_a_role_right_after_a_name_ends_the_name_of_a_byline() -> None:
    found = find_bylines("本报讯(记者林小娟通讯员刘亚明)2月1日,东岭市总工会召开会议。")
    assert [(b.role, b.name) for b in found] == [("记者", "林小娟"), ("通讯员", "刘亚明")]


def test_a_unit_head_written_first_puts_the_union_title_after_it_in_its_union() -> None:
    text = (
        "青禾县远山中学召开教代会。8月29日上午，青禾县远山中学召开教职工代表大会，"
        "会议由副校长、工会主席杨志军主持。工会副主席贾会明作了解读。"
    )
    edges = _edges(text)
    assert ("杨志军", "holdsPosition", "青禾县远山中学") in edges
    assert ("青禾县远山中学工会", "chairedBy", "杨志军") in edges
    assert ("贾会明", "holdsPosition", "青禾县远山中学工会") in edges


def test_together_after_a_name_ends_the_slot_after_a_post() -> None:
    # 主任何某某: the model reads 任何 ("any") across the post and the family name
    types = _types("市总工会主席赵明与市总工会经审委主任何有军一起来到劳模王立家中。")
    assert types.get("何有军") == "Official"


def test_a_former_post_in_a_unions_organ_is_a_post_in_the_union() -> None:
    text = "东岭县总工会原女职工委员会主任钟晓岚为新入职的工会干部讲授维权知识。"
    assert ("钟晓岚", "holdsPosition", "东岭县总工会") in _edges(text)


def test_a_word_after_a_title_that_is_a_verb_too_is_no_name() -> None:
    types = _types("会上，全体代表要履行好代表义务，行使好代表权利。职工代表张立华发言。")
    assert "权利" not in types and "义务" not in types


def test_a_governments_office_before_a_title_is_no_organ_of_the_body_before() -> None:
    text = "东岭工联会会长赵明，中央政府驻东岭联络办秘书长钱亮，东岭省人大常委会副主任孙立出席。"
    assert not [e for e in _edges(text) if e[0] == "钱亮" and e[2] == "东岭工联会"]
