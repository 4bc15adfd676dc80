"""Mechanisms of posts and persons found on the pooled held-out news AC (a court named by its
short form, a name of three that the model ran into the preposition after it, a transliterated
name whose part after the dot the model did not read as a name), on sentences we wrote
(invented people and bodies)."""

from __future__ import annotations

from .conftest import edges, extracted, types


def test_a_court_by_its_short_form_also_goes_by_its_official_full_name():
    _, ents = extracted("江西省高院民二庭庭长钟晓岚到南昌市调研用工纠纷化解。")
    court = ents["江西省高院"]
    assert "江西省高级人民法院" in court.aliases
    assert ("钟晓岚", "holdsPosition", "江西省高院") in edges(
        "江西省高院民二庭庭长钟晓岚到南昌市调研用工纠纷化解。"
    )


def test_a_name_of_three_ends_before_the_preposition_the_model_ran_into_it():
    text = "活动邀请了区司法局法治宣传科科长周建华为工会志愿服务队队员作了辅导。"
    kinds = types(text)
    assert kinds.get("周建华") == "Official"
    assert "周建华为" not in kinds


def test_a_transliterated_name_goes_on_after_the_dot_to_the_joint_of_a_list():
    text = "副主任艾力江·买买提和工会干部一同走访困难职工。"
    assert types(text).get("艾力江·买买提") == "Official"
    text = "艾力江·买买提说，工会帮了大忙。"
    assert "艾力江·买买提" in types(text)


def test_posts_in_a_regiment_s_company_branch_and_a_division_s_committee_are_held_there():
    # in an article of the corps, a company's party branch and a division's party committee are
    # bodies (the places themselves: tests/extract/test_pool_ac_bodies.py)
    text = "团场春耕，七团三连党支部书记、指导员林启明带领职工修渠，十二团五连周远帆种枣。"
    assert ("林启明", "holdsPosition", "七团三连党支部") in edges(text)
    text = "五团六连连管会委员钟晓岚在兵团职工书画展上展出作品。"
    assert ("钟晓岚", "holdsPosition", "五团六连连管会") in edges(text)
    text = "三师党委常委、副政委艾力江·买买提和工会干部到一二一团调研兵团职工书屋建设。"
    assert ("艾力江·买买提", "holdsPosition", "三师党委") in edges(text)


def test_a_union_title_after_a_company_post_and_yu_is_the_company_union_chair():
    text = "青禾市总工会到远帆物流有限公司调研。公司董事长林子航与工会主席许文彬陪同调研。"
    assert ("远帆物流有限公司工会", "chairedBy", "许文彬") in edges(text)
    # 与 before a body's own title joins two sides: each post is in its own body
    text = "远帆物流有限公司董事长林子航与青禾县总工会主席许文彬签订协议。"
    assert ("远帆物流有限公司工会", "chairedBy", "许文彬") not in edges(text)


def test_a_branch_bank_by_its_short_form_holds_the_posts_after_it():
    text = "青禾银行远帆分行荣获先进集体称号；分行营业部总经理林子航荣获奖章。"
    assert ("林子航", "holdsPosition", "青禾银行远帆分行") in edges(text)


def test_a_court_by_its_level_alone_is_the_articles_court_of_that_level():
    text = "宁州中院副院长周远帆出席发布会。会上，中院民二庭庭长钟晓岚介绍了案件审理情况。"
    assert ("钟晓岚", "holdsPosition", "宁州中院") in edges(text)


def test_a_post_in_a_bureaus_unit_listed_after_a_company_post_is_not_the_companys():
    text = "远帆物业有限公司党委书记、董事长周远航、后勤管理处处长钟晓岚出席了比赛。"
    found = edges(text)
    assert ("远帆物业有限公司", "chairedBy", "周远航") in found
    assert ("钟晓岚", "holdsPosition", "远帆物业有限公司") not in found
