"""Constructions of union news from the east, the north and the northeast that the development
articles hardly hold (issue #13): posts whose body is written far from the title or by a short
form. Every person and body here is invented for these tests; the places are real divisions,
since a body's name is found from the place at its head."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract

_NATIONAL = "全国" + "总工会"  # the country's federation, as the short form 全总 names it
_TRADE_UNION = (
    "大同市总工会党组成员、副主席、市工交建工会主席林子航，"
    "大同市工交建工会常务副主席许文彬，副主席钟晓岚出席。"
)


def test_a_trade_union_whose_word_the_model_runs_into_the_place_is_found() -> None:
    # the model reads 大同市工交 as one organization and 建 as a verb: the name still
    # reaches back to the place
    edges = _edges(_TRADE_UNION)
    assert ("许文彬", "holdsPosition", "大同市工交建工会") in edges
    assert ("钟晓岚", "holdsPosition", "大同市工交建工会") in edges
    assert ("大同市工交建工会", "locatedIn", "大同市") in edges


def test_a_finished_name_before_a_verb_does_not_run_on() -> None:
    # 大同市总工会 names a body of its own: the verb after it starts the predicate
    for text in ("大同市总工会助基层工会建家。", "大同市总工会帮企业工会解难题。"):
        assert {s for s, _, _ in _edges(text)} == {"大同市总工会"}


def test_a_body_written_again_with_its_place_cut_to_the_level_is_the_same_body() -> None:
    # 市工交建工会 after 大同市工交建工会: the chair holds the post there, and the deputy chair
    # written before it in the same chain holds hers in the city's federation
    edges = _edges(_TRADE_UNION)
    assert ("大同市工交建工会", "chairedBy", "林子航") in edges
    assert ("林子航", "holdsPosition", "大同市总工会") in edges
    assert ("大同市总工会", "chairedBy", "林子航") not in edges


def test_a_level_form_two_bodies_share_names_neither() -> None:
    text = "大同市工交建工会、朔州市工交建工会联合召开会议。市工交建工会主席林子航出席。"
    assert not any(o == "林子航" for _, _, o in _edges(text))


def test_the_countrys_federation_by_its_short_form_takes_the_posts_of_a_list() -> None:
    text = ("三位劳模林子航、许文彬、钟晓岚当选为全总兼职副主席。"
            "许文彬于2016年首次当选全总兼职副主席。")  # fmt: skip
    edges = _edges(text)
    for name in ("林子航", "许文彬", "钟晓岚"):
        assert (name, "holdsPosition", _NATIONAL) in edges, name


def test_the_short_form_at_the_head_of_a_name_in_brackets_is_no_federation() -> None:
    edges = _edges("青禾县总工会与全总(厦门)远帆疗养中心签订协议。")
    assert not any(_NATIONAL in (s, o) for s, _, o in edges)


def test_a_name_never_written_without_the_adverb_after_it_keeps_that_character() -> None:
    # the model reads 钱永|才 before a verb and 钱永才 elsewhere: 才 is the name's, since the
    # two characters never stand without it
    text = ("青禾市总工会副主席钱永才带领调研组到基层调研。钱永才一行首先来到县文化宫参观。"
            "钱永才强调，要做好服务。")  # fmt: skip
    assert _edges(text) == {("钱永才", "holdsPosition", "青禾市总工会")}


def test_an_honorary_chair_holds_a_post_but_does_not_chair() -> None:
    edges = _edges("远帆协会名誉会长林子航、会长许文彬出席。")
    assert ("林子航", "holdsPosition", "远帆协会") in edges
    assert ("远帆协会", "chairedBy", "林子航") not in edges
    assert ("远帆协会", "chairedBy", "许文彬") in edges


def test_a_spokesperson_holds_a_post_in_the_body() -> None:
    edges = _edges("青禾县总工会新闻发言人林子航介绍了情况。")
    assert ("林子航", "holdsPosition", "青禾县总工会") in edges


_GATHERED = (
    "12月6日，青禾区总工会把区域内各行业的33个职工创新工作室联合起来，"
    "成立“远帆联盟”——青禾区职工创新工作室联盟，包括18家工作室。"
)


def test_a_quoted_name_glossed_by_a_dash_is_the_same_body() -> None:
    _, bodies = _extract(_GATHERED)
    assert "远帆联盟" not in bodies
    assert "远帆联盟" in bodies["青禾区职工创新工作室联盟"].aliases


def test_a_body_that_gathers_units_into_a_new_one_founded_it() -> None:
    assert ("青禾区总工会", "founded", "青禾区职工创新工作室联盟") in _edges(_GATHERED)


def test_an_office_whose_kind_the_model_split_off_is_one_office() -> None:
    # the model reads 省台|办 (办 as a verb); the level head resolves to the article's province
    edges = _edges("青海省总工会副主席林子航，省台办副主任许文彬出席并致辞。")
    assert ("许文彬", "holdsPosition", "青海省台办") in edges
    assert ("青海省台办", "locatedIn", "青海省") in edges


def test_a_body_named_by_its_suffix_then_the_verb_is_no_office() -> None:
    _, found = _extract("德清县文旅局办了一场活动。")
    assert "德清县文旅局" in found
    assert not any(name.endswith("局办") for name in found)


def test_full_division_names_chained_inside_one_word_of_the_model_are_places() -> None:
    # the model reads 延边朝鲜族自治州敦化市总工会 as one verb: the chain of full names,
    # each lying in the one before, still gives the places and their parents
    text = "十一前夕，吉林省延边朝鲜族自治州敦化市总工会走访慰问劳模。"
    edges = _edges(text)
    assert ("延边朝鲜族自治州", "locatedIn", "吉林省") in edges
    assert ("敦化市", "locatedIn", "延边朝鲜族自治州") in edges


def test_a_name_after_a_workers_trade_is_a_person() -> None:
    _, found = _extract(
        "辽源市总工会授予远帆汽车零部件股份公司泵业分公司焊工丁照航等10名职工荣誉称号。"
    )
    assert found["丁照航"].type == "Person"


def test_a_trade_joined_to_another_gives_no_person() -> None:
    _, found = _extract("工会有驾驶员和护工等培训。")
    assert "和护工" not in found


def test_a_companys_union_left_unnamed_takes_no_post_of_the_union_listed_before() -> None:
    text = "大同市城建工会主席林子航、公司工会主席许文彬通过视频参加启动仪式。"
    edges = _edges(text)
    assert ("大同市城建工会", "chairedBy", "林子航") in edges
    assert not any("许文彬" in (s, o) for s, _, o in edges)
