"""Mechanisms of posts and persons found on the pooled held-out news AD (a name the model did
not read that a conjunction ends, a post in a department of a federation written by its short
form), on sentences we wrote (invented people and bodies)."""

from __future__ import annotations

from .conftest import edges, types


def test_a_name_after_a_post_ends_before_the_conjunction_after_it():
    text = "青禾集团副总经理、工会主席储立新以及各部门负责人一同走访困难职工。"
    assert types(text).get("储立新") == "Official"
    text = "远帆公司工会主席储立新及工会干部到车间送清凉。"
    assert types(text).get("储立新") == "Official"


def test_a_post_in_a_department_of_a_federation_written_by_its_short_form_is_held_there():
    text = "浙江省总工会副主席林子航、省总财务部部长许文彬等一行到丽水市调研。"
    assert ("许文彬", "holdsPosition", "浙江省总工会") in edges(text)
    text = "杭州市总工会副主席林子航、市总办公室主任许文彬到西湖区走访企业。"
    assert ("许文彬", "holdsPosition", "杭州市总工会") in edges(text)
