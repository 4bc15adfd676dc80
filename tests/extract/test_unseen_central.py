"""Constructions of union news from central and north-central China that the development
articles hardly hold (issue #13): every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_an_all_media_reporter_credits_the_paper_not_all_media() -> None:
    ex, _ = _extract("青禾日报全媒体记者林子航报道：近日，青禾市总工会举行活动。"
                     "(融媒体记者 许文彬 全媒体记者 钟晓岚)")  # fmt: skip
    orgs = _names(ex, "Organization")
    assert "青禾日报" in orgs
    assert not {"全媒体", "融媒体", "青禾日报全媒体"} & orgs


def test_a_family_name_and_a_post_address_a_person_already_named() -> None:
    ex, _ = _extract("青禾县总工会主席周立、副主席林子航一行走访企业。"
                     "周主任和林主席仔细询问职工情况。")  # fmt: skip
    people = _names(ex, "Person") | _names(ex, "Official")
    assert {"周立", "林子航"} <= people
    assert not {"周主任", "林主席"} & people


def test_a_name_ending_in_a_joint_before_another_joint_keeps_it() -> None:
    ex, _ = _extract("县人大常委会副主任、县总工会主席黄立和及县总工会班子成员参加启动仪式。")
    people = _names(ex, "Person") | _names(ex, "Official")
    assert "黄立和" in people
    assert "黄立" not in people


def test_a_level_only_union_in_a_chain_of_posts_is_of_the_chains_place() -> None:
    # the places are real (the gazetteer's), the bodies and persons invented
    text = ("省总工会在麻城市青禾服务区举行入会仪式。麻城市委副书记周立、麻城市副市长许文彬出席。"
            "黄冈市委常委、统战部部长、市总工会主席林子航主持活动。")  # fmt: skip
    edges = _edges(text)
    assert ("黄冈市总工会", "chairedBy", "林子航") in edges
    assert ("麻城市总工会", "chairedBy", "林子航") not in edges


def test_a_zone_glossed_in_brackets_inside_a_union_name_is_a_place_of_its_own() -> None:
    # the province and city are real (the gazetteer's), the zone names invented
    text = "湖北青禾新区(孝感高新区)总工会获评优秀组织单位。"
    ex, _ = _extract(text)
    towns = _names(ex, "Town")
    assert "孝感高新区" in towns
    assert not any(t.startswith(("(", "（")) for t in towns)
    assert ("湖北青禾新区(孝感高新区)总工会", "locatedIn", "青禾新区") in _edges(text)


def test_a_name_after_a_post_that_the_model_ran_into_the_verb_after_it() -> None:
    text = ("青禾县总工会常务副主席孙海珍获全国先进工作者称号。"
            "青禾市轻工工会主席马远方现场观摩指导。")  # fmt: skip
    people = _names(_extract(text)[0], "Official")
    assert {"孙海珍", "马远方"} <= people
    assert "孙海" not in people


def test_a_pharmacy_named_after_a_person_is_a_company() -> None:
    for name in ("周立", "许文彬"):
        text = f"青禾市文教卫工会联合{name}大药房在东林社区开展关爱活动。"
        ex, _ = _extract(text)
        assert f"{name}大药房" in _names(ex, "Company"), name
        assert (f"{name}大药房", "partneredWith", "青禾市文教卫工会") in _edges(text)


def test_an_honours_last_character_the_model_ran_into_a_name_stays_out() -> None:
    ex, _ = _extract("在全国劳动模范王万全所在的果品种植专业合作社，周立参观了创新工作室。")
    people = _names(ex, "Person") | _names(ex, "Official")
    assert "王万全" in people
    assert "范王万全" not in people


def test_the_unions_of_each_county_with_a_bracketed_list_of_levels_are_no_union() -> None:
    ex, _ = _extract("青禾市总工会开展送温暖活动。与此同时，青禾市各县(市、区)总工会也在开展中。")
    assert _names(ex, "Union") == {"青禾市总工会"}


def test_a_brand_before_a_chain_of_company_posts_is_a_firm_with_its_union() -> None:
    text = "青禾石化党委书记、董事长周立，党委副书记、工会副主席林子航热情接待。"
    edges = _edges(text)
    assert ("青禾石化", "chairedBy", "周立") in edges
    assert ("林子航", "holdsPosition", "青禾石化工会") in edges
    assert ("青禾石化工会", "subOrganizationOf", "青禾石化") in edges


def test_a_brand_short_for_a_company_named_in_full_is_that_company() -> None:
    ex, ents = _extract("来源：青禾工程装备集团有限公司\n青禾装备董事长周立出席。")
    assert _names(ex, "Company") == {"青禾工程装备集团有限公司"}
    assert "青禾装备" in ents["青禾工程装备集团有限公司"].aliases


def test_a_place_before_a_committees_posts_is_no_firm() -> None:
    ex, _ = _extract("青禾县党委书记、县长周立出席。")
    assert not _names(ex, "Company")


def test_a_photo_credit_after_a_full_stop_and_a_glossed_dateline_name_their_media() -> None:
    ex, _ = _extract("青禾网(青禾日报网)讯 4月28日，青禾市总工会举行活动。"
                     "职工代表发言。东林社记者 周立 摄")  # fmt: skip
    orgs = _names(ex, "Organization")
    assert {"青禾网", "东林社"} <= orgs


def test_an_editors_credit_names_the_medium_but_an_editor_in_charge_names_none() -> None:
    ex, _ = _extract("青禾市总工会举行活动。(东林网编辑周立)\n责任编辑：林子航")
    assert _names(ex, "Organization") == {"东林网"}


def test_a_hall_inside_a_body_is_a_venue_not_a_body() -> None:
    ex, _ = _extract("竞赛在青禾县职业高级中学多媒体报告厅正式启动。会议在东林大学学术报告厅举行。")
    orgs = _names(ex, "Organization")
    assert {"青禾县职业高级中学", "东林大学"} <= orgs
    assert not any(o.endswith("厅") for o in orgs)


def test_a_credited_medium_named_after_a_province_lies_in_it() -> None:
    # the province is real (the gazetteer's), the paper and the persons invented
    assert ("山西青禾报", "locatedIn", "山西省") in _edges("山西青禾报记者周立报道：活动举行。")


def test_a_wish_addressed_to_the_group_names_no_group() -> None:
    ex, _ = _extract("周立对青禾交投集团工作给予充分肯定，希望集团深入贯彻有关精神。")
    assert _names(ex, "Company") == {"青禾交投集团"}


def test_a_place_then_a_preposition_then_a_line_of_business_is_no_company() -> None:
    # the district is real (the gazetteer's)
    ex, _ = _extract("关爱新业态群体 海淀区为外卖、快递小哥送温暖")
    assert not _names(ex, "Company")


def test_a_name_after_an_honour_is_a_person_without_a_post() -> None:
    _, ents = _extract("短片展现全国劳模许文彬、省劳模甘露等先进事迹。")
    assert ents["甘露"].type == "Person"


def test_a_bare_kind_of_paper_in_a_dateline_names_no_medium() -> None:
    ex, _ = _extract("时报讯(记者周立)昨日，青禾市总工会举行大赛。据东林时报报道，大赛启动。")
    assert _names(ex, "Organization") == {"东林时报"}


def test_a_checkpoint_is_a_body_and_its_department_stays_inside_its_name() -> None:
    ex, _ = _extract("慰问组来到青禾市公安局东林公安检查站和青禾县治超检查站慰问。")
    orgs = _names(ex, "Organization")
    assert "青禾市公安局东林公安检查站" in orgs
    assert "青禾市公安局" not in orgs


def test_a_brands_store_named_before_is_not_the_brand_with_the_posts() -> None:
    text = ("周立莅临青禾石化东林路加油站。"
            "青禾石化党委书记、董事长许文彬，党委副书记、工会副主席林子航热情接待。")  # fmt: skip
    edges = _edges(text)
    assert ("青禾石化", "chairedBy", "许文彬") in edges
    assert ("林子航", "holdsPosition", "青禾石化工会") in edges
