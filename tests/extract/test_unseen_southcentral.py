"""Constructions of union news from central, southern and south-western provinces that the
development articles hardly hold: every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_posts_after_a_semicolon_continue_the_election_before_it() -> None:
    text = ("青禾市家政行业工会联合会成立大会召开。大会选举产生委员,张明当选主席,"
            "李红为副主席;王强为经费审查委员会主任,赵丽为副主任;"
            "孙芳为女职工委员会主任,钱丽为副主任。")  # fmt: skip
    found = _edges(text)
    for name in ("王强", "赵丽", "孙芳", "钱丽"):
        assert (name, "holdsPosition", "青禾市家政行业工会联合会") in found


def test_a_places_post_office_or_telecom_is_a_firm_only_where_its_name_ends() -> None:
    # the cities are real (the gazetteer's); the firms are the sector's branches there
    text = ("浙江省总工会副主席张明来到龙泉市、永康市开展送清凉活动。在龙泉市电信、永康市邮政、"
            "龙泉市有线电视,张明一行看望一线职工。兰溪市邮政工会主席李红陪同。")  # fmt: skip
    ex, _ = _extract(text)
    assert {"龙泉市电信", "永康市邮政", "龙泉市有线电视"} <= _names(ex, "Company")
    assert "兰溪市邮政" not in _names(ex, "Company")  # the sector's union names no firm
    assert ("龙泉市有线电视", "locatedIn", "龙泉市") in _edges(text)


def test_a_zone_abbreviated_after_its_city_is_a_place_beside_a_park_of_the_city() -> None:
    # the zone is the gazetteer's (经开区: 经济技术开发区); the park, named between the city
    # and its kind, is another place, not the zone written otherwise
    text = ("大会在呼和浩特远帆国际物流园召开。呼和浩特市总工会副主席张明,"
            "呼和浩特经开区管委会副主任王强参加会议。")  # fmt: skip
    ex, _ = _extract(text)
    assert "呼和浩特经济技术开发区" in _names(ex, "Town")
    found = _edges(text)
    assert ("呼和浩特经开区管委会", "locatedIn", "呼和浩特经济技术开发区") in found
    assert ("呼和浩特经济技术开发区", "locatedIn", "呼和浩特市") in found


def test_a_union_chair_after_a_place_body_chairs_the_places_union() -> None:
    # 工会主席 after a party or congress committee of a place is a post in the place's union,
    # not in a union of the committee (the places are the gazetteer's, the people invented)
    text = ("会上,龙泉市剑池街道党工委副书记、工会主席李红,"
            "呼和浩特经开区人大工委主任、工会主席王强作交流发言。")  # fmt: skip
    found = _edges(text)
    assert ("龙泉市剑池街道工会", "chairedBy", "李红") in found
    assert ("呼和浩特经开区工会", "chairedBy", "王强") in found
    assert ("王强", "holdsPosition", "呼和浩特经开区人大工委") in found
    assert "呼和浩特经开区人大工委工会" not in _names(_extract(text)[0], "Union")


def test_congratulating_a_newly_founded_union_is_no_founding_work() -> None:
    text = ("7月12日,龙泉市家政行业联合工会第一届会员代表大会召开,联合工会成立。"
            "龙泉市人大常委会副主任,市总工会党组书记、主席李红对新成立的行业联合工会"
            "表示祝贺。")  # fmt: skip
    assert ("龙泉市总工会", "founded", "龙泉市家政行业联合工会") not in _edges(text)


def test_a_generic_word_before_the_first_listed_brand_is_not_its_name() -> None:
    text = "这意味着全市京东、申通、极兔等9家快递公司的快递员有了“娘家”。"
    companies = _names(_extract(text)[0], "Company")
    assert "京东" in companies
    assert "全市京东" not in companies


def test_a_union_named_by_verbs_after_a_place_is_what_is_done_there() -> None:
    text = "3月9日上午,丽水市总工会主席王明莅临青田县温溪镇调研指导工会联合会工作。"
    unions = _names(_extract(text)[0], "Union")
    assert not any(name.endswith("调研指导工会联合会") for name in unions)


def test_a_place_the_gazetteer_lacks_is_that_place_wherever_it_is_written_whole() -> None:
    # the model reads the new area as a person's name before 工会主席 (the area is invented)
    text = ("3月9日,柳南新区管委会副主任陈明陪同调研。\n\n"
            "柳南新区工会主席李慕华及镇领导参加了调研会。")  # fmt: skip
    assert ("柳南新区工会", "chairedBy", "李慕华") in _edges(text)
    assert "柳南新区" not in _names(_extract(text)[0], "Person")


def test_a_body_named_with_the_founder_before_a_joint_verb_founded_the_union_too() -> None:
    text = ("3月1日,丽水市总工会和市邮政管理局联合举办快递小哥集中入会活动,"
            "宣布丽水市快递行业联合工会正式成立。")  # fmt: skip
    found = _edges(text)
    assert ("丽水市总工会", "founded", "丽水市快递行业联合工会") in found
    assert ("丽水市邮政管理局", "founded", "丽水市快递行业联合工会") in found


def test_two_bodies_holding_a_meeting_together_are_partners() -> None:
    found = _edges("近日,龙泉市总工会与青田县总工会召开2021年对口帮扶工作座谈会。")
    assert any(t == "partneredWith" and {a, b} == {"龙泉市总工会", "青田县总工会"}
               for a, t, b in found)  # fmt: skip


def test_a_place_before_a_datelines_xun_is_where_it_was_filed_not_a_medium() -> None:
    text = "青禾区总工会推进集体协商\n\n柳州讯(通讯员王明)青禾区物流行业集体合同培训会日前召开。"
    ex, _ = _extract(text)
    assert "柳州" not in _names(ex, "Organization")
    assert "柳州市" in _names(ex, "Town")


def test_a_meeting_run_into_a_level_only_union_is_not_part_of_its_name() -> None:
    # no comma after the meeting: 座谈会|区总工会副主席 (the district is the gazetteer's)
    text = ("近日柯桥区总工会召开了入会工作座谈会区总工会党组成员、副主席王丽,"
            "各街道工会社会化工作者参加会议。")  # fmt: skip
    assert _names(_extract(text)[0], "Union") == {"柯桥区总工会"}
    assert ("王丽", "holdsPosition", "柯桥区总工会") in _edges(text)
