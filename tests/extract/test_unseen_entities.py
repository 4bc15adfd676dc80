"""Entity kinds and name grammars that the dev articles hold few of (issue 13), on sentences
we wrote (invented organizations and people, real places)."""

from __future__ import annotations

import pytest

from .conftest import extracted as _extract
from .conftest import names as _names


def test_places_that_are_not_administrative_units_are_towns():
    ex, _ = _extract("当天，百余名渔民在舟山朱家尖岛集合，随后前往温州龙湾国际机场和启明广场。")
    towns = _names(ex, "Town")
    assert {"朱家尖岛", "启明广场"} <= towns
    assert "温州龙湾国际机场" in towns  # named by its places only: it keeps them
    assert "国际机场" not in towns


def test_public_bodies_of_kinds_the_dev_articles_hardly_hold():
    text = (
        "德清县人大副主任钟晓岚出席。"
        "德清县产业工人队伍建设改革领导小组和德清县职业教育产教联合体召开会议。"
    )
    ex, _ = _extract(text)
    assert {
        "德清县人大",
        "德清县产业工人队伍建设改革领导小组",
        "德清县职业教育产教联合体",
    } <= _names(ex, "Organization")
    ents = {e.key: e.name for e in ex.entities}
    posts = {(ents[r.object], r.title) for r in ex.relations if r.type == "holdsPosition"}
    assert ("德清县人大", "副主任") in posts


def test_a_zone_kind_alone_speaks_of_the_articles_zone_of_that_kind():
    ex, _ = _extract("湖州青禾保税区总工会近日成立。保税区管委会主任林启明致辞。")
    assert "湖州青禾保税区管委会" in _names(ex, "Organization")


@pytest.mark.parametrize(
    "text, company",
    [
        ("青禾(宁波)材料有限公司召开职工大会。", "青禾(宁波)材料有限公司"),  # 宁波)电池…: one word
        ("远帆(湖州)电池有限公司工会主席林启明出席。", "远帆(湖州)电池有限公司"),  # 远帆: a person?
    ],
)
def test_a_place_in_brackets_inside_a_companys_name_keeps_the_name_whole(text, company):
    ex, _ = _extract(text)
    assert company in _names(ex, "Company")
    assert not any(name.startswith(("宁波)", "(")) for name in _names(ex, "Company"))
    assert "远帆" not in _names(ex, "Person")


def test_a_name_may_hold_and_between_two_of_its_words():
    ex, _ = _extract(
        "湖州市商贸和物流产业工会主席林启明出席。德清县规划国土和建设交通局局长钟晓岚到会。"
    )
    assert "湖州市商贸和物流产业工会" in _names(ex, "Union")
    assert "德清县规划国土和建设交通局" in _names(ex, "Organization")


def test_and_between_two_bodies_or_outside_a_name_joins_no_name():
    ex, _ = _extract("德清县总工会和建设交通局领导出席。会议推动工业和信息产业工会建设。")
    names = {e.name for e in ex.entities}
    assert not any("和" in name for name in names)


def test_a_division_renamed_since_the_gazetteers_snapshot_is_still_a_place():
    ex, ents = _extract("湖北襄樊市总工会近日召开全委会。")
    assert "襄樊市" in _names(ex, "Town")
    located = {(r.subject, r.object) for r in ex.relations if r.type == "locatedIn"}
    assert (ents["襄樊市"].key, ents["湖北省"].key) in located


def test_the_change_record_adds_a_former_division_under_its_successors_parent():
    from unionkg.extract.gazetteer import Gazetteer

    current = "甲省\t\n\t乙市\t100100\t乙\n\t\t丙区\t100101\t丙\n"
    history = "2021-01-01\t民批\t甲省\t甲\t乙市\t乙\t丁县\t丁=>甲省\t乙市\t丙区\n"
    gaz = Gazetteer.from_text(current, changes=history)
    [former] = gaz.lookup("丁")
    assert former.name == "丁县" and former.code == "100101"
    assert [p.name for p in gaz.chain(former)] == ["丁县", "乙市", "甲省"]
    assert not Gazetteer.from_text(current).lookup("丁县")


def test_a_generic_word_ending_in_a_place_suffix_makes_no_place_inside_a_name():
    ex, _ = _extract("9月5日,浙江德清远帆村镇银行顺利召开会员大会。")
    assert not any(name.endswith("村镇") for name in _names(ex, "Town"))
    assert any(name.endswith("远帆村镇银行") for name in _names(ex, "Company"))


def test_a_level_word_that_begins_a_generic_word_is_no_level_head():
    ex, _ = _extract("在杭州市拱墅区总工会推动下，区域性家政行业工会联合会正式成立。")
    assert not any("区域性" in name or "域性" in name for name in _names(ex, "Union"))


def test_two_levels_party_committees_written_back_to_back_are_two_bodies():
    ex, _ = _extract("湖州市总工会传达浙江省委市委全会精神。")
    assert {"浙江省委", "湖州市委"} <= _names(ex, "Organization")
    assert "浙江省委市委" not in _names(ex, "Organization")


def test_words_before_a_known_place_inside_a_name_make_no_place_with_it():
    ex, _ = _extract("活动由苏州工业园区总工会、共青团苏州工业园区委员会联合主办。")
    assert "共青团苏州工业园区委员会" in _names(ex, "Organization")
    assert _names(ex, "Town") == {"苏州工业园区"}


def test_a_store_of_a_brand_is_a_company():
    ex, _ = _extract("远帆通信城西营业厅开展便民服务活动。职工们来到青禾大药房。")
    assert {"远帆通信城西营业厅", "青禾大药房"} <= _names(ex, "Company")


def test_a_region_named_by_its_kind_is_a_town():
    ex, _ = _extract("粤港澳大湾区和成渝地区的职工代表参加了交流。")
    assert {"粤港澳大湾区", "成渝地区"} <= _names(ex, "Town")
    ex, _ = _extract("西部地区的职工代表参加了交流。")
    assert not _names(ex, "Town")


def test_a_companys_department_is_no_body_of_its_own():
    ex, _ = _extract("远帆电器有限公司办公室主任林启明说。德清县人民政府办公室发文。")
    orgs = _names(ex, "Organization")
    assert "远帆电器有限公司办公室" not in orgs
    assert "德清县人民政府办公室" in orgs  # a government's office is a body in its own right
    assert "远帆电器有限公司" in _names(ex, "Company")


def test_a_short_form_of_a_place_named_in_full_is_the_same_place():
    ex, ents = _extract("杭州市上城区青禾远帆街道召开会议。会上，青禾街道的职工代表发言。")
    towns = _names(ex, "Town")
    assert "青禾街道" not in towns
    full = next(name for name in towns if name.endswith("青禾远帆街道"))
    assert "青禾街道" in ents[full].aliases


def test_a_city_between_a_brand_and_a_companys_trade_is_where_it_lies():
    ex, ents = _extract("远帆淮安热电有限公司召开职代会。")
    assert "淮安市" in _names(ex, "Town")
    located = {(r.subject, r.object) for r in ex.relations if r.type == "locatedIn"}
    assert (ents["远帆淮安热电有限公司"].key, ents["淮安市"].key) in located


def test_a_zone_named_by_where_it_lies_is_a_town():
    ex, _ = _extract("推进南部新城建设。昨天，职工们在西部新城启明广场内集合。")
    assert {"南部新城", "西部新城"} <= _names(ex, "Town")
    assert not any(name.startswith("新城") for name in _names(ex, "Town"))


def test_an_arbitration_court_and_a_party_school_are_organizations():
    text = "德清县劳动人事争议仲裁院院长王立与中共德清县委党校副校长李明出席。"
    assert {"德清县劳动人事争议仲裁院", "中共德清县委党校"} <= _names(
        _extract(text)[0], "Organization"
    )


def test_business_outlets_are_companies_known_by_their_own_words_too():
    ex, ents = _extract("中国石化德清武康加油站站长王立与德清县邮政分公司新市邮政所所长李明出席。")
    assert {"中国石化德清武康加油站", "德清县邮政分公司新市邮政所"} <= _names(ex, "Company")
    assert "新市邮政所" in ents["德清县邮政分公司新市邮政所"].aliases


def test_a_firm_named_short_is_not_its_own_outlet():
    text = (
        "走进青禾石化江山路加油站调研。"
        "青禾石化党委书记、董事长张立，党委副书记、工会副主席李明接待。"
    )
    ex, _ = _extract(text)
    assert {"青禾石化", "青禾石化江山路加油站"} <= _names(ex, "Company")
