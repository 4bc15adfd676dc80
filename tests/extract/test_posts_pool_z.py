"""Posts in phrasings of the pool Z articles (studied after the eighth round), on sentences we
wrote: every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import types as _types


def test_a_post_held_by_each_name_listed_after_by() -> None:
    text = "东岭市总工会举行常委会议。副主席由赵丽萍、钱文斌和孙海涛出任；秘书长则由李红梅出任。"
    edges = _edges(text)
    for name in ("赵丽萍", "钱文斌", "孙海涛"):
        assert (name, "holdsPosition", "东岭市总工会") in edges
    assert ("李红梅", "holdsPosition", "东岭市总工会") in edges


def test_names_re_elected_respectively_take_the_titles_in_order() -> None:
    edges = _edges("东岭市总工会召开会议。刘明远及张建华分别连任主席及副主席。")
    assert ("东岭市总工会", "chairedBy", "刘明远") in edges
    assert ("张建华", "holdsPosition", "东岭市总工会") in edges


def test_names_holding_a_post_of_an_unnamed_body_are_officials() -> None:
    types = _types("工促会昨晚举行会议。副会长由赵丽萍、钱文斌和孙海涛出任。")
    assert [types[n] for n in ("赵丽萍", "钱文斌", "孙海涛")] == ["Official"] * 3


def test_a_union_named_only_in_a_list_is_no_focus_of_a_bare_title() -> None:
    text = (
        "工促会举行理事会议，刘明远及张建华分别连任会长及理事长。"
        "理事单位包括东岭海员工会、东岭航空职工总会、东岭文职人员总会等。"
    )
    edges = _edges(text)
    assert not [e for e in edges if e[1] in {"chairedBy", "holdsPosition"}]
    assert _types(text)["刘明远"] == "Official"


def test_a_level_only_body_is_of_the_place_visitors_come_to() -> None:
    text = (
        "日前，泉州市出租车行业工会联合会参访团一行来绍兴市参观访问。"
        "市总工会主席李国华接见了参访团。泉州市出租车行业工会联合会成立于2004年，"
        "由泉州市驾驶员工会等工会组成，泉州市的会员最多。"
    )
    edges = _edges(text)
    assert ("绍兴市总工会", "chairedBy", "李国华") in edges
    assert not any(s.startswith("泉州市总") for s, _, _ in edges)


def test_no_name_is_read_after_a_title_that_follows_a_name() -> None:
    text = "远帆集团工会主席钟晓岚讲话。钟晓岚主席简短讲话，代表集团领导慰问职工。"
    persons = {n for n, t in _types(text).items() if t in {"Person", "Official"}}
    assert persons == {"钟晓岚"}


def test_a_body_written_by_the_end_of_its_name_before_a_title() -> None:
    text = (
        "会议邀请湖州市总工会副主席刘倩到会指导，青禾高新技术产业开发区党工委副书记付晓明，"
        "开发区党工委委员、管委会副主任王立华出席。"
    )
    assert ("王立华", "holdsPosition", "青禾高新技术产业开发区党工委") in _edges(text)


def test_a_title_in_a_union_named_by_words_of_its_own_is_not_the_leaders_body() -> None:
    text = "青禾县总工会副主席闻国强带领财务部长李翔、教育工会主任焦利芳一行来到远帆物流有限公司。"
    assert not any(s == "焦利芳" for s, _, _ in _edges(text))


def test_a_department_of_unions_in_a_title_is_the_bodys_own() -> None:
    text = "青禾县总工会产业工会工作部部长刘文斌来到远帆物流有限公司指导。"
    assert ("刘文斌", "holdsPosition", "青禾县总工会") in _edges(text)


def test_a_name_listed_after_a_person_before_a_verb_of_appearing_is_a_name() -> None:
    edges = _edges("青禾县总工会副主席郑晓东、牛和松陪同慰问。")
    assert ("牛和松", "holdsPosition", "青禾县总工会") in edges


def test_a_bare_unit_head_after_a_verb_is_a_post_in_the_one_body_of_that_unit() -> None:
    edges = _edges("青禾县明远小学召开教代会。代表们审议了校长毛文清所作的报告。")
    assert ("毛文清", "holdsPosition", "青禾县明远小学") in edges


def test_a_bare_unit_head_after_a_post_of_no_body_is_the_units_alone() -> None:
    text = "青禾县明远小学召开教代会。会议由大会执行主席、副校长胡文武主持。"
    edges = {e for e in _edges(text) if e[0] == "胡文武"}
    assert edges == {("胡文武", "holdsPosition", "青禾县明远小学")}


def test_a_procurator_general_and_a_legislator_hold_posts() -> None:
    text = "会上，德清县人民检察院党组书记、检察长易文江与德清县总工会主席吴艳会签了协作机制。"
    assert ("易文江", "holdsPosition", "德清县人民检察院") in _edges(text)
    types = _types("青禾工会举办对话活动，邀请现任立法会议员关小杏和李文仪出席。")
    assert types["关小杏"] == types["李文仪"] == "Official"


def test_a_party_office_after_a_unions_post_is_its_companys() -> None:
    edges = _edges("远帆集团工会副主席陈静，党委办副主任崔海燕列会指导。")
    assert ("崔海燕", "holdsPosition", "远帆集团") in edges
    assert ("崔海燕", "holdsPosition", "远帆集团工会") not in edges


def test_a_rank_after_a_post_in_a_bodys_union_is_held_in_the_body() -> None:
    edges = _edges("德清县交通运输局工会副主席、一级主任科员范文锐说，将继续努力。")
    assert ("范文锐", "holdsPosition", "德清县交通运输局工会") in edges
    assert ("范文锐", "holdsPosition", "德清县交通运输局") in edges


def test_a_unions_titles_right_after_a_place_are_posts_in_its_federation() -> None:
    text = "近日，德清县党组书记、常务副主席黄文凌一行到企业调研。德清县总工会将继续推进工作。"
    assert ("黄文凌", "holdsPosition", "德清县总工会") in _edges(text)


def test_a_bare_party_title_is_a_post_in_the_articles_one_institution() -> None:
    assert ("张文静", "holdsPosition", "上海市青禾医院") in _edges(
        "上海市青禾医院召开职代会。会议由党委副书记张文静主持。"
    )
    text = "德清县新市镇召开大会，新市镇党委书记李明出席。会议由党委副书记张文静主持。"
    assert not [e for e in _edges(text) if e[0] == "张文静"]
