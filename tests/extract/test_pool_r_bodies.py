"""Mechanisms of public bodies and unions found on the pooled held-out news R (a level-only
short form in an article whose places lie in a province it never writes, a body's office
stationed in another place, a person speaking on a body's behalf run into its name, an
office's short form ending like a verb of hosting, a union written only as its committee,
a special administrative region's unions spoken of together, 区 for an autonomous region,
a deputy's standing, a byline's role or the article itself read as a medium, a level
glossed with other levels),
on sentences we wrote (invented people and bodies; real places, which the gazetteer must
know)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_provinces_short_forms_take_the_unwritten_province_its_places_lie_in():
    text = (
        "浙江宁波到武汉的返乡专列抵达武汉站,来自武汉、孝感、黄冈等地农民工乘坐列车。"
        "省总工会在武汉站举行接站仪式,省委常委、省总工会主席王大明出席。"
        "省交通运输厅参加。孝感、黄冈等地相关单位负责人参加。"
    )
    ex, _ = _extract(text)
    assert {"湖北省委", "湖北省交通运输厅"} <= _names(ex, "Organization")
    assert "湖北省总工会" in _names(ex, "Union")
    assert not any(n.startswith("浙江省") for n in _names(ex, "Organization"))


def test_a_bodys_office_stationed_in_another_place_is_one_name():
    text = "江阳市总工会联合青溪市人民政府驻杭州办事处、白沙州人民政府驻杭州办事处组成慰问团。"
    bodies = _names(_extract(text)[0], "Organization")
    assert {"青溪市人民政府驻杭州办事处", "白沙州人民政府驻杭州办事处"} <= bodies
    assert "杭州办事处" not in bodies and "青溪市人民政府" not in bodies
    # a level-only body's office takes the level's place
    text = "湖南省总工会联合省政府驻深圳办事处、共青团湖南省委员会驻上海市工作委员会慰问农民工。"
    bodies = _names(_extract(text)[0], "Organization")
    assert {"湖南省政府驻深圳办事处", "共青团湖南省委员会驻上海市工作委员会"} <= bodies
    assert not bodies & {"深圳办事处", "上海市工作委员会", "湖南省政府"}
    # a body's post in a firm is no office of it
    text = "锡城区总工会驻江苏行正律师事务所工作站揭牌。"
    assert "江苏行正律师事务所" in _names(_extract(text)[0], "Organization")


def test_a_person_speaking_for_a_body_is_no_part_of_its_name():
    text = (
        "青禾高新技术产业开发区召开职工代表大会,高新区党工委书记王建、管委会主任林启明、"
        "总工会主席赵刚出席会议。会上,林启明代表高新区管委会作了工作报告。"
    )
    ex, _ = _extract(text)
    named = _names(ex, "Organization") | _names(ex, "Union") | _names(ex, "Town")
    assert not any("代表" in n for n in named)
    assert "青禾高新技术产业开发区管委会" in _names(ex, "Organization")
    assert "青禾高新技术产业开发区总工会" in _names(ex, "Union")


def test_an_offices_short_form_ending_like_a_verb_of_hosting_is_a_body():
    text = "林大明会见台州中联办和台州工会联合会代表团一行。"
    ex, _ = _extract(text)
    assert "台州中联办" in _names(ex, "Organization")
    assert "台州工会联合会" in _names(ex, "Union")
    assert not any("和" in n for n in _names(ex, "Union"))
    # a body, then a verb of hosting, names no office
    ex, _ = _extract("本次活动由青禾县总工会协办。")
    assert not any(n.endswith("协办") for n in _names(ex, "Organization"))


def test_a_union_written_as_its_committee_goes_by_the_unions_name_too():
    _, ents = _extract("6月18日,青禾建材集团工会委员会召开会议,工会主席王大明主持。")
    union = ents["青禾建材集团工会委员会"]
    assert union.type == "Union" and "青禾建材集团工会" in union.aliases


def test_special_administrative_regions_unions_spoken_of_together_are_no_federations():
    ex, _ = _extract("江阳市总工会邀请香港、澳门工会的代表参加职工书画展。")
    assert _names(ex, "Union") == {"江阳市总工会"}
    ex, _ = _extract("江阳市总工会邀请衢州、丽水工会的代表参加职工书画展。")
    assert {"衢州市总工会", "丽水市总工会"} <= _names(ex, "Union")


def test_a_districts_head_in_an_article_on_an_autonomous_region_is_the_regions():
    text = "近日,宁夏回族自治区总工会召开会议。区党委副书记李小明出席。要在区党委的领导下工作。"
    ex, _ = _extract(text)
    assert "宁夏回族自治区党委" in _names(ex, "Organization")
    # a district named: its committee, as before
    ex, _ = _extract("近日,西湖区总工会召开会议。区党委副书记李小明出席。")
    assert "西湖区党委" in _names(ex, "Organization")


def test_a_deputys_standing_names_no_assembly():
    text = "魏兴明是江阳水泥厂退休职工,第四届江阳市人大代表。江阳市人大常委会副主任张三出席。"
    bodies = _names(_extract(text)[0], "Organization")
    assert "江阳市人大" not in bodies and "江阳市人大常委会" in bodies


def test_a_bylines_role_and_the_article_itself_are_no_media():
    text = "本报讯(记者林晓娟通讯员王亚军)2月1日,渭南市总工会获表彰。(本文编辑:林大明 王小平)"
    ex, _ = _extract(text)
    assert _names(ex, "Organization") == set()
    assert "林晓娟" in _names(ex, "Person")


def test_a_level_glossed_with_other_levels_speaks_of_every_such_body():
    text = "江阳市是四川省的城市。省直部门和市(州)政府主动作为。市总工会主席王大明出席。"
    ex, _ = _extract(text)
    assert not any("(" in n for n in _names(ex, "Organization"))
    assert "江阳市总工会" in _names(ex, "Union")
