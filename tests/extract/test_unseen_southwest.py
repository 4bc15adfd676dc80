"""Constructions of union news from the south-west and of the national industry unions that
the dev articles hold few of (issue #13): every organization and person here is invented."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names
from .conftest import types as _types


def test_an_owner_before_qixia_is_no_part_of_the_firm_it_owns() -> None:
    text = "青禾区总工会推动远帆旗下启衡科技有限公司成立工会。"
    ex, _ = _extract(text)
    companies = _names(ex, "Company")
    assert "启衡科技有限公司" in companies
    assert not any("旗下" in name for name in companies | _names(ex, "Union"))
    assert ("启衡科技有限公司", "founded", "启衡科技有限公司工会") in _edges(text)


def test_an_owner_before_suoshu_is_no_part_of_the_union_of_its_firm() -> None:
    ex, _ = _extract("晨光区总工会表彰了远帆集团所属锻压公司工会等先进单位。")
    unions = _names(ex, "Union")
    assert "锻压公司工会" in unions
    assert not any("所属" in name for name in unions | _names(ex, "Company"))


def test_a_name_the_model_runs_into_the_verb_lead_ends_before_it() -> None:
    text = "5月9日，启衡省总工会党组成员、副主席林子航率调研组到青禾市调研。"
    assert _types(text).get("林子航") == "Official"
    assert ("林子航", "holdsPosition", "启衡省总工会") in _edges(text)


def test_a_source_label_inside_a_line_credits_a_medium() -> None:
    text = (
        "发布时间:2024-01-31 10:48:00来源: 青禾商报\n\n"
        "近日，青禾市总工会开展慰问活动。(来源:启衡教育报)"
    )
    orgs = _names(_extract(text)[0], "Organization")
    assert {"青禾商报", "启衡教育报"} <= orgs


def test_a_source_label_before_a_union_credits_no_medium() -> None:
    text = "来源:青禾县总工会 时间:2020/12/2\n\n青禾县总工会召开全委会。"
    types = _types(text)
    assert types.get("青禾县总工会") == "Union"


def test_a_levels_short_union_before_a_joint_verb_is_not_in_the_partners_name() -> None:
    text = "今年3月，安顺市总联合市人社局和市工商联推出“百日要约”活动。"
    ex, _ = _extract(text)
    orgs = _names(ex, "Organization")
    assert "安顺市人社局" in orgs
    assert not any("联合" in name for name in orgs)


def test_a_national_unions_committee_of_one_term_is_the_union() -> None:
    text = (
        "青禾水利工会第四届全国委员会第一次全体会议在北京召开。会议回顾了青禾水利工会三届全国"
        "委员会的工作，选举林子航为青禾水利工会主席。"
    )
    ex, _ = _extract(text)
    assert _names(ex, "Union") == {"青禾水利工会"}


def test_the_countrys_ministries_and_bureaus_are_bodies_without_a_place() -> None:
    text = (
        "青禾水利工会全委会召开。民政部、水利部等部门代表出席会议。民政部党组成员、"
        "副部长林子航出席并讲话。国家统计局有关负责人出席。"
    )
    ex, _ = _extract(text)
    assert {"民政部", "水利部", "国家统计局"} <= _names(ex, "Organization")
    assert ("林子航", "holdsPosition", "民政部") in _edges(text)


def test_a_units_department_on_its_own_is_no_ministry() -> None:
    ex, _ = _extract(
        "青禾县总工会召开会议。组织部副部长林子航、权益保障部许文彬出席。各级教育部门要落实。"
    )
    orgs = _names(ex, "Organization")
    assert not {"组织部", "权益保障部", "教育部"} & orgs


def test_a_named_union_written_with_zuzhi_in_a_list_is_the_union() -> None:
    text = (
        "慰问团还将前往青禾市人民医院工会组织、启衡市气象局进行调研。各级工会组织要加强服务，"
        "与地区相关工会组织、启衡大学开展交流。"
    )
    ex, _ = _extract(text)
    assert _names(ex, "Union") == {"青禾市人民医院工会"}
    assert ("青禾市人民医院工会", "subOrganizationOf", "青禾市人民医院") in _edges(text)


def test_a_groups_union_first_written_before_any_group_stays_the_articles_own() -> None:
    text = (
        "4月25日，集团召开工会工作会议，集团工会委员参加。青禾康养(集团)有限公司工会作交流"
        "发言。冯某主席代表集团工会分别与启衡置业股份有限公司工会、远帆贸易有限公司工会签订"
        "责任书。"
    )
    partners = {(s, o) for s, t, o in _edges(text) if t == "partneredWith"}
    assert not any("青禾康养" in s or "青禾康养" in o for s, o in partners), partners


def test_cities_listed_before_a_count_of_prefectures_each_have_their_federation() -> None:
    ex, _ = _extract("省总工会主席林子航率遵义、安顺、六盘水等9个地市总工会到企业调研。")
    unions = _names(ex, "Union")
    assert {"遵义市总工会", "安顺市总工会", "六盘水市总工会"} <= unions
    assert "地市总工会" not in unions


def test_a_groups_bracketed_legal_form_read_as_a_mark_stays_in_its_unions_name() -> None:
    ex, _ = _extract("随后,远帆山谷康养度假运营开发(集团)有限公司工会作交流发言。")
    assert _names(ex, "Union") == {"远帆山谷康养度假运营开发(集团)有限公司工会"}


def test_a_branch_named_with_its_citys_short_and_full_name_is_one_company() -> None:
    text = (
        "青禾银行重庆市分行副行长林子航出席活动。市司法局、青禾银行重庆分行相关负责同志参加"
        "启动仪式。"
    )
    ex, _ = _extract(text)
    assert {n for n in _names(ex, "Company") if n.startswith("青禾银行")} == {"青禾银行重庆市分行"}


def test_a_preposition_the_model_runs_into_the_word_before_a_name_is_not_in_it() -> None:
    text = (
        "青禾网讯据安顺市总工会消息，活动当天举行。林子航带领慰问团向启衡物流集团有限公司"
        "安顺办事处的一线职工表达感谢。"
    )
    ex, _ = _extract(text)
    names = {e.name for e in ex.entities}
    assert "安顺市总工会" in names
    assert not any(n.startswith(("青禾网讯", "团向")) for n in names), names


def test_a_companys_office_in_a_city_is_a_company_and_a_governments_stays_a_body() -> None:
    text = "慰问团来到启衡物流集团有限公司遵义办事处。青禾县人民政府驻京办事处主任林子航出席。"
    types = _types(text)
    assert types.get("启衡物流集团有限公司遵义办事处") == "Company"
    assert types.get("青禾县人民政府驻京办事处") == "Organization"


def test_names_elected_together_after_a_chair_keep_their_posts_a_rare_family_name_too() -> None:
    text = "会议选举产生了青禾水利工会领导机构，选举林子航为主席，许文彬、枚青松、钟晓岚为副主席。"
    edges = _edges(text)
    assert ("青禾水利工会", "chairedBy", "林子航") in edges
    for name in ("许文彬", "枚青松", "钟晓岚"):
        assert (name, "holdsPosition", "青禾水利工会") in edges, name


def test_a_groups_post_written_before_any_company_is_named_is_in_no_named_company() -> None:
    text = (
        "4月25日，集团召开年度工会工作会议，集团党委副书记、工会主席冯某出席会议。"
        "青禾会展中心有限公司工会作交流发言。"
    )
    assert not any("冯某" in (s, o) for s, _, o in _edges(text))
    assert ("青禾机械有限公司", "chairedBy", "林子航") in _edges(
        "青禾机械有限公司召开职代会。公司董事长林子航出席。"
    )


def test_an_autonomous_county_written_with_its_short_name_and_level_is_that_county() -> None:
    ex, _ = _extract("会上，长阳县总工会作交流发言。记者来到石柱县调研。")
    towns = _names(ex, "Town")
    assert {"长阳土家族自治县", "石柱土家族自治县"} <= towns
    assert ("长阳县总工会", "locatedIn", "长阳土家族自治县") in _edges(
        "会上，长阳县总工会作交流发言。记者来到石柱县调研。"
    )


def test_the_unions_concerned_are_no_one_union() -> None:
    ex, _ = _extract("贵州省总工会副主席林子航率省有关产业工会负责同志到青禾公司调研。")
    assert _names(ex, "Union") == {"贵州省总工会"}


def test_a_national_committee_named_by_its_term_alone_is_no_body() -> None:
    text = "会议回顾了青禾水利工会三届全国委员会的工作，确定了四届全国委员会今后的目标任务。"
    ex, _ = _extract(text)
    assert not any(e.name == "全国委员会" for e in ex.entities)
    assert _names(ex, "Union") == {"青禾水利工会"}


def test_a_unions_term_committee_written_without_gonghui_is_the_union() -> None:
    text = (
        "中国青禾水利工会二届一次全委会在北京召开。会议选举产生了中国青禾水利第二届全国委员会"
        "常委会，林子航当选为主席。"
    )
    ex, _ = _extract(text)
    assert _names(ex, "Union") == {"中国青禾水利工会"}
    assert not _names(ex, "Organization")
