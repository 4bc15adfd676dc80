"""Mechanisms of posts and persons found on the pooled held-out news AH, on sentences we
wrote (invented people, bodies and places)."""

from __future__ import annotations

import pytest

from unionkg.loaders.bylines import find_bylines

from .conftest import edges, types


def test_a_delegate_of_award_winners_is_a_person_with_no_post():
    text = "表彰会上，技术革新获奖代表柯远、林平先后发言。"
    assert types(text).get("柯远") == "Person"
    assert types(text).get("林平") == "Person"
    text = "受表彰代表钟晓岚作了交流。"
    assert types(text).get("钟晓岚") == "Person"


def test_a_chief_specialist_after_a_workers_trade_or_a_shop_floor_is_no_post():
    text = "远帆重工有限公司焊工首席操作师柯远演示了新工法。"
    assert types(text).get("柯远") == "Person"
    assert ("柯远", "holdsPosition", "远帆重工有限公司") not in edges(text)
    text = "远帆酒业调配车间首席品酒师林平介绍了工艺。"
    assert types(text).get("林平") == "Person"
    text = "远帆重工有限公司首席工程师柯远作报告。"  # the firm's own chief engineer: a post
    assert ("柯远", "holdsPosition", "远帆重工有限公司") in edges(text)


def test_an_example_held_up_past_a_quoted_honour_is_no_post():
    text = "全市涌现出以“青禾巧匠”柯远为代表的一批技术骨干。"
    assert types(text).get("柯远") == "Person"


def test_a_company_cited_in_a_papers_title_is_no_antecedent_of_the_company_union():
    text = (
        "远山公司党委书记、工会主席柯远对照《青禾集团公司工会年度工作要点》部署工作。"
        "次日，公司工会副主席林平作了安排。"
    )
    assert ("林平", "holdsPosition", "远山公司工会") in edges(text)
    assert ("林平", "holdsPosition", "青禾集团公司工会") not in edges(text)


def test_a_name_between_a_group_word_and_the_home_visited_is_a_person():
    assert types("在困难职工于和平家中，慰问组详细询问了病情。").get("于和平") == "Person"
    assert types("在退休劳模于建设的家里，大家拉起了家常。").get("于建设") == "Person"
    assert "Person" not in set(types("慰问组来到困难职工家中。").values())


def test_a_counsellor_of_a_government_holds_a_post_there():
    text = "青禾省人民政府参事柯起航为学员授课。"
    assert types(text).get("柯起航") == "Official"
    assert ("柯起航", "holdsPosition", "青禾省人民政府") in edges(text)


def test_the_issuers_code_of_a_documents_number_is_no_name():
    text = "青禾县委办公室印发林文〔2021〕17号通知，部署全年工作。"
    assert "Person" not in set(types(text).values())


def test_a_preposition_and_a_family_name_before_a_title_are_no_name():
    text = "区总工会副主席闵晓雯出席。校长向闵主席汇报了情况。"
    assert "向闵" not in types(text)
    assert types(text).get("闵晓雯") == "Official"


def test_a_joint_after_a_body_opens_no_studio_leaders_name():
    text = "大会上组建了青禾工作室联盟和服务技能工作室联盟。"
    assert "Person" not in set(types(text).values())


def test_a_rare_family_name_the_model_reads_as_an_adverb_before_etc_is_a_name():
    text = "青禾市总工会权益保障部部长太立新等人作了答复。"
    assert types(text).get("太立新") == "Official"
    assert ("太立新", "holdsPosition", "青禾市总工会") in edges(text)


def test_a_credit_line_with_a_colon_after_the_role_and_a_role_printed_spaced_names_both():
    text = "青禾县总工会开展慰问。\n\n本站通讯员:柯立成 林 夏    校 对:钟远"
    assert [(b.role, b.name) for b in find_bylines(text)] == [
        ("通讯员", "柯立成"),
        ("通讯员", "林夏"),
        ("校对", "钟远"),
    ]


def test_a_name_alone_on_a_line_before_the_date_line_is_the_writer():
    text = (
        "青禾工匠走进远帆新区\n\n康立\n\n2022年03月08日 来源:青禾日报\n\n"
        "近日，青禾市总工会组织工匠参观。"
    )
    assert types(text).get("康立") == "Person"
    text = "青禾工匠走进远帆新区\n\n远帆新区\n\n2022年03月08日 来源:青禾日报\n\n近日，工匠参观。"
    assert "Person" not in set(types(text).values())


def test_a_person_written_as_a_unions_own_is_its_member():
    text = "座谈会上，远帆市总工会的钟宏宇介绍了当地经验。"
    assert ("钟宏宇", "memberOf", "远帆市总工会") in edges(text)


@pytest.mark.parametrize("name", ["柯振中", "周建中", "钟立中"])
def test_a_name_ending_in_zhong_before_he_keeps_its_last_character(name):
    found = types(f"来自远方的陶艺大师、青禾大工匠{name}和2023年模范劳工钟宏宇分享了经验。")
    assert found.get(name) == "Person"
    assert not {name[:2], name + "和"} & set(found)


def test_names_read_out_in_quotes_one_after_another_are_persons():
    found = types("“柯琴、钟珺、林夏……”几名员工忙着唱票。")
    assert {"柯琴", "钟珺", "林夏"} <= {n for n, t in found.items() if t == "Person"}


def test_items_of_a_list_of_things_counted_after_it_are_no_names():
    text = "竞赛分为春播、夏管和冬训三个阶段。"
    assert "Person" not in set(types(text).values())
    assert types("柯远、林平和钟晓三位同志出席。").get("钟晓") == "Person"
