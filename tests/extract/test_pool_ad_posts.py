"""Mechanisms of posts and persons found on the pooled held-out news AD (a name the model did
not read that a conjunction ends), on sentences we wrote (invented people and bodies)."""

from __future__ import annotations

from .conftest import types


def test_a_name_after_a_post_ends_before_the_conjunction_after_it():
    text = "青禾集团副总经理、工会主席储立新以及各部门负责人一同走访困难职工。"
    assert types(text).get("储立新") == "Official"
    text = "远帆公司工会主席储立新及工会干部到车间送清凉。"
    assert types(text).get("储立新") == "Official"
