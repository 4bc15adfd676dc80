"""Public bodies, unions and places in the constructions pool AH showed the extraction
misreading, on sentences we wrote: every name of a body, place or person here is invented."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_place_s_bodies_written_bare_after_a_level_only_one_share_its_place() -> None:
    text = "青田县总工会召开座谈会,县供销社、人防办、电视台和气象局派员参加。"
    bodies = _names(_extract(text)[0], "Organization")
    assert {"青田县供销社", "青田县人防办", "青田县电视台", "青田县气象局"} <= bodies
    assert ("青田县人防办", "locatedIn", "青田县") in _edges(text)


def test_a_centre_s_union_written_by_its_kind_is_the_one_centre_s() -> None:
    text = "记者走访了青田县瓯南街道社区卫生服务中心。中心工会组织职工开展技能比武。"
    union = "青田县瓯南街道社区卫生服务中心工会"
    assert union in _names(_extract(text)[0], "Union")
    assert (union, "subOrganizationOf", "青田县瓯南街道社区卫生服务中心") in _edges(text)


def test_a_kindergarten_s_union_written_by_its_kind_is_the_one_kindergarten_s() -> None:
    text = "青田县总工会走访了县城西幼儿园。幼儿园工会主席王兰介绍了情况。"
    assert ("青田县城西幼儿园工会", "chairedBy", "王兰") in _edges(text)


def test_a_school_written_with_its_town_bare_is_the_school_written_in_full() -> None:
    text = "记者来到青田县瓯南镇中心小学。瓯南中心小学校长王兰介绍,学校工会开展了读书月活动。"
    ex, ents = _extract(text)
    assert _names(ex, "Organization") == {"青田县瓯南镇中心小学"}
    assert "瓯南中心小学" in ents["青田县瓯南镇中心小学"].aliases
    assert "瓯南中心小学工会" in ents["青田县瓯南镇中心小学工会"].aliases


def test_level_only_bodies_listed_after_a_placed_one_lie_in_its_place() -> None:
    text = "由丽水市总工会、丽水市农业农村局主办,龙泉市总工会、市委组织部、市农业农村局承办。"
    assert ("龙泉市委组织部", "locatedIn", "龙泉市") in _edges(text)
    assert ("龙泉市农业农村局", "locatedIn", "龙泉市") in _edges(text)
    assert "丽水市委组织部" not in _names(_extract(text)[0], "Organization")


def test_a_committee_s_talent_office_is_a_body_of_its_own() -> None:
    text = "青田县总工会联合县委人才办举办了技能培训班。"
    assert "青田县委人才办" in _names(_extract(text)[0], "Organization")


def test_a_union_named_after_a_body_s_short_form_goes_by_its_full_form_too() -> None:
    text = "青田县直属机关工委副书记王明、县直工委工会主任李强随行。"
    union = _extract(text)[1]["青田县直工委工会"]
    assert "青田县直属机关工委工会" in union.aliases


def test_a_town_written_whole_at_the_head_of_a_park_s_name_is_a_place_too() -> None:
    text = "近日,青田县总工会在温溪镇物流园区举办技能竞赛活动。"
    assert "温溪镇" in _names(_extract(text)[0], "Town")
    assert ("温溪镇物流园区", "locatedIn", "温溪镇") in _edges(text)


def test_a_time_the_model_reads_as_a_place_names_no_village() -> None:
    text = "青田县温溪镇蒋山村去年村集体收入330多万元。"
    towns = _names(_extract(text)[0], "Town")
    assert "蒋山村" in towns
    assert "去年村" not in towns


def test_a_place_s_union_written_short_is_its_federation_named_in_full() -> None:
    text = "《青田工会》青田计划新建20家母婴室。今天上午,青田县总工会组织企业参观。"
    ex, ents = _extract(text)
    assert _names(ex, "Union") == {"青田县总工会"}
    assert "青田工会" in ents["青田县总工会"].aliases


def test_a_town_written_after_its_county_is_that_county_s_town_of_the_name() -> None:
    text = "吴忠市利通区举办了培训班,彭阳县古城镇的职工也前来参加。"
    assert ("古城镇", "locatedIn", "彭阳县") in _edges(text)


def test_a_women_s_studio_named_by_its_honour_alone_is_no_studio() -> None:
    text = "女工们依托五一巾帼创新工作室等阵地开展练兵。"
    assert not _names(_extract(text)[0], "Organization")


def test_a_county_s_farmers_broadcast_school_written_short_is_a_body_of_the_county() -> None:
    text = "培训由青田县总工会主办,县农广校承办,为期五天。"
    assert ("青田县农广校", "locatedIn", "青田县") in _edges(text)


def test_a_suffix_cut_out_of_a_body_and_the_verb_of_joining_after_it_is_no_body() -> None:
    text = "青田县总工会与县电视台联合举办迎新晚会。"
    bodies = _names(_extract(text)[0], "Organization")
    assert "青田县电视台" in bodies
    assert "青田县电视台联" not in bodies


def test_a_body_of_generic_words_listed_after_no_named_one_is_no_name() -> None:
    text = "下一步,青禾园区将成立联合工会、企业联合会,共同协商工资。"
    assert "企业联合会" not in _names(_extract(text)[0], "Organization")


def test_a_trade_joined_to_a_kind_of_zone_in_a_list_is_no_place() -> None:
    text = "检查组将走访建筑工地、港口、交通和工业园区、商贸城等重点区域。"
    assert "交通和工业园区" not in _names(_extract(text)[0], "Town")
