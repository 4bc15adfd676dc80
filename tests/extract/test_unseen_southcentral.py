"""Constructions of union news from central, southern and south-western provinces that the
development articles hardly hold: every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges


def test_posts_after_a_semicolon_continue_the_election_before_it() -> None:
    text = ("青禾市家政行业工会联合会成立大会召开。大会选举产生委员,张明当选主席,"
            "李红为副主席;王强为经费审查委员会主任,赵丽为副主任;"
            "孙芳为女职工委员会主任,钱丽为副主任。")  # fmt: skip
    found = _edges(text)
    for name in ("王强", "赵丽", "孙芳", "钱丽"):
        assert (name, "holdsPosition", "青禾市家政行业工会联合会") in found
