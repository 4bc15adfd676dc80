"""Mechanisms of persons and posts found on the pooled held-out news I (a word the model reads
as a name once and as a noun or verb elsewhere, a family name before a kinship address, a body
listed last with only a rank there after a chain of posts), on sentences we wrote (invented
people and bodies)."""

from __future__ import annotations

from .conftest import edges, types


def test_a_word_read_as_a_noun_elsewhere_in_the_article_is_no_person():
    found = types("远帆市总工会将暖心姜茶送到环卫工手中。热腾腾的姜茶让人暖心。")
    assert "姜茶" not in found


def test_a_family_name_before_a_kinship_address_is_no_person():
    found = types("远帆公司工会组织义诊，大家都喜欢找邱叔聊天。")
    assert "邱叔" not in found


def test_a_body_listed_last_with_only_a_rank_leaves_the_posts_before_it():
    text = "远帆集团董事长、全国劳动模范、晨光公司高级工程师钟晓岚出席。"
    assert types(text)["钟晓岚"] == "Official"
    assert ("远帆集团", "chairedBy", "钟晓岚") in edges(text)
