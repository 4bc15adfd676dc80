"""Places, short forms and locatedIn on news unlike the dev articles (issue 13), on sentences
we wrote (invented organizations and people, real places)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def _located(ex) -> set[tuple[str, str]]:
    return {(r.subject.name, r.object.name) for r in ex.relations if r.type == "locatedIn"}


def test_a_new_area_named_after_a_district_is_a_place_of_its_own():
    # 某某新区 is no 某某区: the text's name is the place, and 区总工会 is its federation
    ex, _ = _extract("鄞州新区钟公庙街道工会召开大会。区总工会主席林启明到会指导。")
    assert "鄞州新区" in _names(ex, "Town")
    assert "鄞州区" not in _names(ex, "Town")
    assert "鄞州新区总工会" in _names(ex, "Union")
    assert ("钟公庙街道", "鄞州新区") in _located(ex)


def test_a_short_form_of_a_city_and_its_county_is_the_city_the_article_names():
    # 铁岭 is the short form of 铁岭市 and of its 铁岭县: 铁岭市 named in full supports neither
    ex, _ = _extract("铁岭青禾机械有限公司的职工代表近日来到铁岭市总工会。")
    assert "铁岭市" in _names(ex, "Town")
    assert "铁岭县" not in _names(ex, "Town")


def test_a_county_in_the_middle_of_a_companys_name_is_where_it_lies():
    # a brand or an abbreviated owner, then the place, a trade and 公司
    ex, _ = _extract("远帆德清县供电公司工会主席林启明出席。")
    assert ("远帆德清县供电公司", "德清县") in _located(ex)
    assert ("远帆德清县供电公司工会", "德清县") in _located(ex)
    # a county's short form there, when the article writes the county in full
    ex, _ = _extract("德清县召开大会，远帆德清建材有限公司的代表参加。")
    assert ("远帆德清建材有限公司", "德清县") in _located(ex)


def test_a_town_written_without_its_level_after_its_county_is_the_town():
    ex, ents = _extract("青禾项目工会联合会在温州乐清柳市项目部挂牌成立。")
    assert "柳市镇" in _names(ex, "Town")
    assert "柳市" in ents["柳市镇"].aliases
    assert ("柳市镇", "乐清市") in _located(ex)


def test_a_trade_name_after_a_county_is_no_town_even_where_a_town_shares_it():
    ex, _ = _extract("乐清柳市电器有限公司召开职工大会。")
    assert "柳市镇" not in _names(ex, "Town")


def test_a_place_followed_by_its_people_is_no_place_of_the_article():
    ex, _ = _extract("作为一名江苏人，林启明在远帆物流有限公司工作了十年。")
    assert "江苏省" not in _names(ex, "Town")
    ex, _ = _extract("江苏远帆物流有限公司召开大会。")
    assert "江苏省" in _names(ex, "Town")


def test_a_name_and_a_kind_of_place_written_apart_make_one_place():
    ex, _ = _extract("职工们来到青禾温泉小镇，又去了青禾码头和青禾产业新城。")
    assert {"青禾温泉小镇", "青禾码头", "青禾产业新城"} <= _names(ex, "Town")
    ex, _ = _extract("西部地区的职工代表参加了交流。")
    assert not _names(ex, "Town")


def test_a_site_one_word_after_a_known_place_is_named_after_it_and_lies_in_it():
    ex, _ = _extract("期间,考察团先后走访了青禾温泉小镇、抚顺露天矿国家矿山公园等地。")
    assert "抚顺露天矿国家矿山公园" in _names(ex, "Town")
    assert "国家矿山公园" not in _names(ex, "Town")
    assert ("抚顺露天矿国家矿山公园", "抚顺市") in _located(ex)


def test_a_city_and_an_abbreviated_zone_kind_written_apart_are_the_gazetteers_zone():
    ex, ents = _extract("北京经开区总工会近日召开会议。北京经开区相关负责人表示。")
    assert "北京经济技术开发区" in _names(ex, "Town")
    assert "北京经开区" in ents["北京经济技术开发区"].aliases


def test_a_region_named_by_its_provinces_one_character_names_is_a_town():
    ex, _ = _extract("京津冀和长三角的职工代表参加了交流。")
    assert "京津冀" in _names(ex, "Town")


def test_the_union_of_this_factory_is_the_factorys_and_lies_where_it_does():
    ex, _ = _extract("德清县远帆纺织厂召开职工大会，该厂工会主席林启明讲话。")
    assert "德清县远帆纺织厂工会" in _names(ex, "Union")
    assert ("德清县远帆纺织厂工会", "德清县") in _located(ex)


def test_a_trade_union_named_once_after_a_list_of_places_is_each_places():
    ex, _ = _extract("德清县新市镇、乾元镇等渔业工会负责人参加了会议。")
    assert {"新市镇渔业工会", "乾元镇渔业工会"} <= _names(ex, "Union")
    assert ("新市镇渔业工会", "新市镇") in _located(ex)
    ex, _ = _extract("德清县新市镇、乾元镇等地的渔民参加了会议。")
    assert not _names(ex, "Union")


def test_a_park_written_only_at_the_head_of_a_companys_name_is_no_place():
    ex, ents = _extract("广州市海珠青禾产业园有限公司工会召开会员大会。")
    assert not {n for n in _names(ex, "Town") if n.endswith("产业园")}
    company = ents["广州市海珠青禾产业园有限公司"]
    assert company.place is not None and company.place.name == "海珠区"
    ex, _ = _extract("德清县青禾科技园发展有限公司在青禾科技园召开会议。")  # written alone too
    assert "青禾科技园" in _names(ex, "Town")


def test_a_scenic_area_written_in_full_is_a_place():
    ex, _ = _extract("德清县总工会在莫干山风景名胜区开展职工疗休养活动。")
    assert "莫干山风景名胜区" in _names(ex, "Town")


def test_an_ethnic_autonomous_township_is_a_town_and_keeps_its_village():
    # 某某族自治乡 is a township like 某某民族乡; the model splits the village after it (某某|村)
    ex, _ = _extract("青禾市总工会与三江侗族自治县远溪瑶族自治乡云岭村签订结对帮扶协议。")
    towns = _names(ex, "Town")
    assert "远溪瑶族自治乡" in towns
    assert "自治乡" not in towns
    assert "云岭村" in towns
    assert ("远溪瑶族自治乡", "三江侗族自治县") in _located(ex)


def test_a_count_closes_a_list_of_hamlets_and_a_list_closed_by_deng_stays_a_list():
    # 甲、乙、丙3个自然屯: the count and the kind close the list as 等 does
    ex, _ = _extract("云岭村地处山区，全村分上岭、中岭、下岭3个自然屯，共有455户。")
    assert {"上岭", "中岭", "下岭"} <= _names(ex, "Town")
    # 甲、乙等|村: the model's word 乙等 before 村 is an item of the list, not a village
    ex, _ = _extract("在石岭、杏沟等村组慰问困难户。")
    towns = _names(ex, "Town")
    assert "杏沟" in towns
    assert "杏沟等村" not in towns


def test_a_division_of_the_leading_place_further_in_a_name_is_where_it_lies():
    # province or city first, the owner's words, then a city or county inside it (real
    # places, invented firms): the deeper division is the firm's place, and a Town
    text = "浙江远帆丽水电机厂工会主席林启明出席。"
    assert "丽水市" in _names(_extract(text)[0], "Town")
    found = _edges(text)
    assert ("浙江远帆丽水电机厂", "locatedIn", "丽水市") in found
    assert ("浙江远帆丽水电机厂工会", "locatedIn", "丽水市") in found
    assert ("浙江远帆丽水电机厂", "locatedIn", "浙江省") not in found
    found = _edges("丽水缙云青禾玻璃有限公司举行技能竞赛。")
    assert ("丽水缙云青禾玻璃有限公司", "locatedIn", "缙云县") in found
    # a division of another province is no deeper place
    found = _edges("浙江远帆九江电机厂举行技能竞赛。")
    assert ("浙江远帆九江电机厂", "locatedIn", "九江市") not in found


def test_a_county_written_after_its_province_lies_in_it_as_written():
    # the city between them named elsewhere: the county keeps its gazetteer parent and
    # the province the text writes it in (real places, invented firm)
    found = _edges("丽水市总工会召开会议。浙江省缙云县远帆电机有限公司参加。")
    assert ("缙云县", "locatedIn", "丽水市") in found
    assert ("缙云县", "locatedIn", "浙江省") in found
    # a province next to a county not its own states nothing
    found = _edges("丽水市总工会召开会议。江西省缙云县远帆电机有限公司参加。")
    assert ("缙云县", "locatedIn", "江西省") not in found


def test_a_street_written_after_an_area_the_gazetteer_lacks_lies_in_that_area():
    # the street's city named elsewhere gives its gazetteer parent; the new area it is
    # written in (invented) is its place too
    found = _edges("丽水市召开会议。远帆新区白云街道举行活动。")
    assert ("白云街道", "locatedIn", "远帆新区") in found
    # a site named after another place, written right after the district it lies in
    found = _edges("丽水市召开会议。莲都区缙云片区劳动竞赛启动。")
    assert ("缙云片区", "locatedIn", "莲都区") in found


def test_a_zone_named_by_the_division_before_its_kind_is_a_place_in_it():
    # 某市|高新区: the model reads one word, the gazetteer only the city's short form
    ex, _ = _extract("常德高新区总工会主席林启明到远帆科技有限公司慰问职工。")
    assert "常德高新区" in _names(ex, "Town")
    assert ("常德高新区", "常德市") in _located(ex)
    assert ("常德高新区总工会", "常德高新区") in _located(ex)
    ex, _ = _extract("慰问组先后到武陵区和常德高新区走访。")
    assert "常德高新区" in _names(ex, "Town")


def test_a_zone_word_heading_a_trade_name_makes_no_place():
    # 某市新城|某某商业管理有限公司: a trade name after the kind, no zone
    ex, _ = _extract("桂林新城远帆商业管理有限公司工会成立。")
    assert not {n for n in _names(ex, "Town") if n.endswith("新城")}


def test_a_studio_title_of_a_place_and_honours_only_is_no_body():
    # 某省劳模和工匠人才创新工作室: the title a federation awards, not one studio
    ex, _ = _extract("德清县总工会为德清县劳模和工匠人才创新工作室授牌。")
    assert not {n for n in _names(ex, "Organization") if n.endswith("工作室")}
    assert not _names(ex, "Person")  # 劳模和: a family name's character opens no name here
    assert not [e for e in _edges("德清县总工会为德清县劳模创新工作室授牌。") if e[1] == "founded"]
    ex, _ = _extract("湖州市劳动模范创新工作室评选结果公布。")
    assert not _names(ex, "Organization")
    # a studio with a name of its own between the place and the honours stays a body
    ex, _ = _extract("湖州市远帆智能制造劳模创新工作室近日成立。")
    assert "湖州市远帆智能制造劳模创新工作室" in _names(ex, "Organization")
