"""Mechanisms of posts found on the pooled held-out news G (an organ only a union has written
after a company, a deputy's head with 常务 in a list of posts), on sentences we wrote (invented
people and bodies)."""

from __future__ import annotations

from .conftest import edges


def test_a_womens_committee_post_after_a_company_is_in_the_companys_union():
    found = edges("青禾医疗集团召开大会，集团女职工委员会副主任钟晓岚主持会议。")
    assert ("钟晓岚", "holdsPosition", "青禾医疗集团工会") in found
    assert ("钟晓岚", "holdsPosition", "青禾医疗集团") not in found


def test_a_deputy_head_with_its_prefix_listed_after_a_name_shares_the_body():
    found = edges("省领导到青禾医院调研。院党委书记林启明、常务副院长钟晓岚陪同参观。")
    assert ("钟晓岚", "holdsPosition", "青禾医院") in found
