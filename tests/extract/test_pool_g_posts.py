"""Mechanisms of posts found on the pooled held-out news G (an organ only a union has written
after a company, a deputy's head with 常务 in a list of posts, titles joined by 兼 after a
name, two titles a space separates, names listed before the title they share), on sentences
we wrote (invented people and bodies)."""

from __future__ import annotations

from .conftest import edges


def test_a_womens_committee_post_after_a_company_is_in_the_companys_union():
    found = edges("青禾医疗集团召开大会，集团女职工委员会副主任钟晓岚主持会议。")
    assert ("钟晓岚", "holdsPosition", "青禾医疗集团工会") in found
    assert ("钟晓岚", "holdsPosition", "青禾医疗集团") not in found


def test_a_deputy_head_with_its_prefix_listed_after_a_name_shares_the_body():
    found = edges("省领导到青禾医院调研。院党委书记林启明、常务副院长钟晓岚陪同参观。")
    assert ("钟晓岚", "holdsPosition", "青禾医院") in found


def test_titles_joined_by_jian_after_a_name_are_posts_in_the_body_before():
    found = edges("远帆市总工会主席林启明、女工委主任兼二级调研员钟晓岚一行到基层走访。")
    assert ("钟晓岚", "holdsPosition", "远帆市总工会") in found


def test_a_space_between_two_titles_lists_them():
    found = edges("青禾镇党委副书记 总工会主席林启明出席签约仪式。")
    assert ("青禾镇总工会", "chairedBy", "林启明") in found
    assert ("青禾镇党委", "chairedBy", "林启明") not in found


def test_names_listed_before_a_bare_title_share_it_and_the_body():
    found = edges("远帆市总工会林启明主席，钟晓岚、柯远帆副主席带着慰问品走访困难职工。")
    assert {
        ("钟晓岚", "holdsPosition", "远帆市总工会"),
        ("柯远帆", "holdsPosition", "远帆市总工会"),
    } <= found


def test_names_listed_before_a_chairs_title_make_no_two_chairs():
    found = edges("远帆市总工会钟晓岚、柯远帆主席走访困难职工。")
    assert ("远帆市总工会", "chairedBy", "钟晓岚") not in found
