"""Mechanisms of posts and officials found on the pooled held-out news P (the Youth League's
committee written in full then short, names with bare titles listed after one body across a
comma, a short name declared between a body and its chair's title, a department's rank in a
list of posts, an owner's title, an executive's post beside the chair, a group company
written bare), on sentences we wrote (invented people and bodies; real places, which the
gazetteer must know)."""

from __future__ import annotations

from .conftest import edges, types


def test_the_leagues_short_committee_is_the_committee_the_article_wrote_in_full():
    found = edges("共青团河北省委举办青年职工读书会。团省委副书记钟晓岚到场并为获奖青年颁发证书。")
    assert ("钟晓岚", "holdsPosition", "共青团河北省委") in found
    assert not any(o == "共青团河北省委员会" for _, _, o in found)


def test_names_with_bare_titles_listed_after_a_body_across_a_comma_share_it():
    found = edges(
        "3月5日下午,青山市总工会李大力主席、赵明松主席,钱一帆主任、孙晓主任一行四人赴白沙镇调研。"
    )
    assert {
        ("青山市总工会", "chairedBy", "李大力"),
        ("钱一帆", "holdsPosition", "青山市总工会"),
        ("孙晓", "holdsPosition", "青山市总工会"),
    } <= found


def test_a_short_name_declared_between_a_body_and_its_chairs_title_is_read_through():
    found = edges("湖北省宜城市白河街道快递行业联合工会(以下简称“联合工会”)主席张红梅难掩激动。")
    assert ("湖北省宜城市白河街道快递行业联合工会", "chairedBy", "张红梅") in found


def test_a_departments_rank_in_a_list_of_posts_is_a_post_in_the_body_before():
    found = edges("青禾省总工会国际部部长苏明、办公室副主任科员马兰陪同考察。")
    assert ("马兰", "holdsPosition", "青禾省总工会") in found


def test_an_owners_title_makes_an_official():
    text = "合肥远帆餐饮管理公司主理人林启明在分享会上介绍了新菜单的研发过程。"
    assert types(text)["林启明"] == "Official"
    assert ("林启明", "holdsPosition", "合肥远帆餐饮管理公司") in edges(text)


def test_an_executive_beside_the_chair_holds_a_post_but_no_chair():
    found = edges("浙江省五金行业协会执行会长王立新出席开幕式并讲话。")
    assert ("王立新", "holdsPosition", "浙江省五金行业协会") in found
    assert not any(t == "chairedBy" for _, t, _ in found)


def test_a_group_company_written_bare_is_the_articles_group():
    found = edges(
        "青禾路桥集团参加了调研座谈会。集团公司副总经理李建国、工会副主席王倩同志参加会议。"
    )
    assert ("李建国", "holdsPosition", "青禾路桥集团") in found
    assert ("王倩", "holdsPosition", "青禾路桥集团工会") in found
