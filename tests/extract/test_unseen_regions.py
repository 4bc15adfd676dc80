"""Places and bodies of union news from the east, the north and the southwest that the
development articles hardly hold (issue #13): a municipality's district, regions and sites that
are no administrative unit, and words that name no one body. Every person and body here is
invented for these tests; the places are real divisions, since a body's name is found from the
place at its head."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract


def test_the_city_federation_of_a_municipalitys_district_is_the_municipalitys() -> None:
    # 青浦区 lies in 上海市, a province-level city: 市总工会 there is 上海市总工会
    found = _edges("日前，青浦区某镇总工会成立。市总工会副主席林子航出席并致辞。")
    assert ("林子航", "holdsPosition", "上海市总工会") in found
    assert ("上海市总工会", "locatedIn", "上海市") in found


def test_a_union_named_alone_in_quotes_is_the_whole_quote() -> None:
    # the brand at the head reads as a verb phrase to the model: the quote bounds the name
    found = _edges("南京市总工会为新成立的“走了吗(南京)骑手联合工会”揭牌。")
    assert ("走了吗(南京)骑手联合工会", "locatedIn", "南京市") in found


def test_a_studio_in_quotes_known_by_its_keeper_stays_unnamed() -> None:
    # 老某 is a person: the studio is no body of its own name
    found = _edges("该镇打造“老周调解工作室”，守护渔港和谐。")
    assert not any("调解工作室" in s for s, _, _ in found)


def test_a_culture_bureau_by_its_common_short_form_is_the_full_body() -> None:
    # 文广旅局 is 文化广电和旅游局 written by the first character of each word (initials.py)
    text = (
        "大同市文化广电和旅游局工会联合会成立。市文广旅局副局长林子航出席，市文广旅局工联会揭牌。"
    )
    ex, _ = _extract(text)
    bodies = {e.name for e in ex.entities if e.type in {"Union", "Organization"}}
    assert bodies == {"大同市文化广电和旅游局", "大同市文化广电和旅游局工会联合会"}
    assert ("林子航", "holdsPosition", "大同市文化广电和旅游局") in _edges(text)


def _places(text: str) -> dict[str, set[str]]:
    ex, _ = _extract(text)
    return {e.name: set(e.aliases) for e in ex.entities if e.type == "Town"}


def test_a_delta_region_is_a_place_and_its_area_word_the_same_place() -> None:
    # 珠三角 is no division; 珠三角地区 is the same region, not a prefecture (地区)
    places = _places("青禾公司扎根珠三角。珠三角地区的职工代表参加交流。")
    assert "珠三角" in places
    assert "珠三角地区" not in places


def test_a_region_written_after_a_province_does_not_lie_in_it() -> None:
    found = _edges("福建、广东闽三角城市工会交流活动在厦门举行。")
    assert ("闽三角", "locatedIn", "广东省") not in found


def test_a_union_named_by_a_region_alone_is_the_unions_of_its_places() -> None:
    # 某经济圈工会协同发展: the unions of the region's cities together, no one union
    ex, _ = _extract("今天，闽三角工会协同发展联席会议在厦门举行，珠三角经济圈工会代表出席。")
    assert not [e.name for e in ex.entities if e.type == "Union"]


def test_a_region_written_short_is_the_region_its_full_name_names() -> None:
    places = _places("来自粤港澳大湾区的选手参赛。大湾区职工交流频繁。")
    assert places.get("粤港澳大湾区") == {"大湾区"}


def test_an_honour_that_opens_with_a_place_stays_part_of_the_appointees_words() -> None:
    text = (
        "青禾学院聘请了全国劳模、浙江海港集团周立群，长三角大工匠、"
        "柯桥区水务集团方晓岚等人为珠三角地区工匠培育共同体工匠导师。"
    )
    found = _edges(text)
    assert ("方晓岚", "holdsPosition", "珠三角地区工匠培育共同体") in found


def test_a_service_centre_serving_a_group_is_a_facility_not_a_body() -> None:
    # ANNOTATION.md: service centres are facilities; one run as an institution keeps its name
    text = (
        "考察团参观了青禾市困难职工帮扶服务中心、青禾市农民工维权服务中心。"
        "青禾市中小企业发展服务中心主任周立出席。"
    )
    ex, _ = _extract(text)
    bodies = {e.name for e in ex.entities if e.type == "Organization"}
    assert bodies == {"青禾市中小企业发展服务中心"}


def test_a_union_of_two_provinces_or_regions_together_is_no_one_union() -> None:
    # 两省区总工会: the federations of a province and an autonomous region together
    ex, _ = _extract("粤桂两省区总工会服务务工人员春节回家系列活动在肇庆市启动。")
    assert not [e.name for e in ex.entities if e.type == "Union"]


def test_the_first_body_of_its_kind_is_a_description_not_a_name() -> None:
    # 某区第一个镇总工会——某镇总工会: the dash names the body the ordinal describes
    ex, _ = _extract("日前，青浦区第一个镇总工会——白鹤镇总工会成立。")
    unions = {e.name for e in ex.entities if e.type == "Union"}
    assert unions == {"白鹤镇总工会"}


def test_a_quoted_action_after_a_kind_of_business_is_no_brand() -> None:
    # the model reads 产改 as a verbal noun: the quote names what firms do, not a firm
    ex, _ = _extract("会上交流了民营企业“产改”工作的经验。外卖平台“青禾”的骑手参加。")
    assert {e.name for e in ex.entities if e.type == "Company"} == {"青禾"}
