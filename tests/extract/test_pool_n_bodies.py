"""Mechanisms of public bodies and unions found on the pooled held-out news N (an event run
into the name of a body from a known place),
on sentences we wrote (invented people and bodies; real places, which the gazetteer must
know)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_an_event_written_before_a_placed_body_is_no_part_of_its_name() -> None:
    text = "今年的金秋助学活动鹿城区总工会共发放助学金12万元。"
    assert _names(_extract(text)[0], "Union") == {"鹿城区总工会"}
