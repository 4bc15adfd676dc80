"""Companies the pool AH missed: a station or outlet written after its firm's name (某某供电公司
某某供电所, 某某分公司某某加油站) is the firm's unit, the firm is named, and the unit written
alone later is no firm either; on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_station_after_its_firms_name_is_the_firm():
    text = "省总工会一行来到国网青山供电公司白沙湾供电所慰问。当天还为白沙湾供电所员工送去书籍。"
    ex, _ = _extract(text)
    assert _names(ex, "Company") == {"国网青山供电公司"}
    ex, _ = _extract("仪式在中石油青海白沙销售分公司河畔路加油站举行。")
    assert _names(ex, "Company") == {"中石油青海白沙销售分公司"}
    ex, _ = _extract("获奖者有青州电网有限责任公司白沙供电局电工赵一。")
    assert _names(ex, "Company") == {"青州电网有限责任公司"}


def test_a_station_with_no_firm_before_it_stays_a_firm():
    text = "青山县供电局工会成立。"
    assert ("青山县供电局工会", "subOrganizationOf", "青山县供电局") in _edges(text)


def test_a_firm_named_by_its_place_alone_is_the_one_firm_of_that_place():
    text = "国网衢州供电公司工会开展慰问。暴雨过后，衢州公司启动应急预案，该公司工会迅速下发通知。"
    ex, _ = _extract(text)
    assert _names(ex, "Company") == {"国网衢州供电公司"}
    assert _names(ex, "Union") == {"国网衢州供电公司工会"}


def test_a_list_that_its_kind_of_business_opens_with_qizhong_lists_firms():
    ex, _ = _extract("一批知名外资企业率先建会，其中有蓝岸咖啡、维朗克斯、德富乐、奥菲纳等。")
    assert {"蓝岸咖啡", "维朗克斯", "德富乐", "奥菲纳"} <= _names(ex, "Company")
    ex, _ = _extract("全市各类企业都在积极行动，其中包括开展培训、组织竞赛、慰问职工等。")
    assert not _names(ex, "Company")  # the model reads no names: things done, no firms


def test_a_place_outside_the_firms_own_place_is_a_word_of_its_brand():
    text = "昨天，在上海青禾莲花超市有限公司，几名员工忙着计票。"
    ex, _ = _extract(text)
    assert ("上海青禾莲花超市有限公司", "locatedIn", "上海市") in _edges(text)
    assert "莲花" not in _names(ex, "Town")
    text = "上海浦东发展银行杭州分行工会成立。"  # a branch serves its place, wherever the bank is
    assert ("上海浦东发展银行杭州分行", "locatedIn", "杭州市") in _edges(text)


def test_a_verb_of_being_located_ends_the_name_before_a_firm():
    ex, _ = _extract("无锡环卫工人服务总站位于工商银行白沙支行一楼。")
    assert _names(ex, "Company") == {"工商银行白沙支行"}


def test_a_union_of_a_firms_employees_is_the_firms():
    text = "宁波瑞丰雇员工会走访会员企业，在宁波瑞丰的客户中征集意见。"
    assert ("宁波瑞丰雇员工会", "subOrganizationOf", "宁波瑞丰") in _edges(text)
    text = "青岛城投职工工会召开会员大会，青岛城投的职工代表参加。"  # no brand read alone
    assert ("青岛城投职工工会", "subOrganizationOf", "青岛城投") in _edges(text)
    ex, _ = _extract("上海教育工会开展调研，上海教育系统职工参加。")
    assert not _names(ex, "Company")  # a trade's union, no employer named


def test_a_farm_named_like_a_county_of_another_province_is_no_county():
    text = "辽宁农垦长兴农场工会举办技能比武。长兴农场组织各作业区参加。"
    ex, _ = _extract(text)
    assert _names(ex, "Town") == {"辽宁省"}
    assert len(_names(ex, "Company")) == 1
    ex, _ = _extract("缙云林场工会成立。")  # no province named: the county it is named after
    assert "缙云县" in _names(ex, "Town")


def test_a_counties_supply_firm_is_the_grids_firm_of_that_county():
    text = "国网公司工会一行来到国网缙云供电公司慰问，县供电公司负责人陪同。"
    ex, _ = _extract(text)
    assert "缙云县供电公司" not in _names(ex, "Company")
    assert "国网缙云供电公司" in _names(ex, "Company")


def test_a_firms_union_before_its_staff_is_the_union():
    text = "青禾远帆包装有限公司工会工作人员赵一介绍，我们今年打算建立职工书屋。"
    assert ("青禾远帆包装有限公司工会", "subOrganizationOf", "青禾远帆包装有限公司") in _edges(text)
    ex, _ = _extract("远帆公司工会工作有声有色。")
    assert not _names(ex, "Union")  # the union's work, no union named


def test_the_union_of_a_firms_head_office_is_the_firms_union():
    text = "在杭州青禾超市有限公司，各门店的代表齐聚一堂，选举公司总部工会的委员。"
    assert ("杭州青禾超市有限公司工会", "subOrganizationOf", "杭州青禾超市有限公司") in _edges(text)


def test_a_state_farm_under_more_of_its_parents_names_is_one_farm():
    text = (
        "辽宁农垦长兴农场工会开展劳动竞赛。9月15日，辽宁农垦总局东山分局长兴农场工会召开"
        "表彰大会。长兴农场从调动各作业区积极性入手，长兴农场工会干部深入一线。"
    )
    ex, _ = _extract(text)
    assert len(_names(ex, "Company")) == 1
    assert len(_names(ex, "Union")) == 1
