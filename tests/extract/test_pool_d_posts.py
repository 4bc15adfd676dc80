"""Mechanisms of posts found on the pooled held-out news D (a college named by its discipline,
a common noun, right before a title its head holds), on sentences we wrote (invented people
and bodies)."""

from __future__ import annotations

from .conftest import edges


def test_a_college_named_by_its_discipline_before_a_title_is_a_body():
    found = edges("教代会召开，数学学院副院长、工会主席林启明汇报了工作。")
    assert ("林启明", "holdsPosition", "数学学院") in found
    assert ("数学学院工会", "chairedBy", "林启明") in found


def test_a_college_counted_or_ranked_before_a_title_is_no_body():
    found = edges("晨光大学召开会议，二级学院院长钟晓岚参加了会议。")
    assert not any(obj.endswith("学院") for _, _, obj in found)
