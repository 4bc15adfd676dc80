"""Mechanisms of public bodies found on the pooled held-out news Q (a department's short
form written out for matching), on sentences we wrote (invented places, bodies and people)."""

from __future__ import annotations

from .conftest import extracted as _extract


def test_a_safety_bureaus_short_form_is_written_out():
    _, by_name = _extract("江阳市总工会联合市人社局、市安监局举办法律咨询活动。")
    bureau = by_name.get("江阳市安监局")
    assert bureau is not None and bureau.type == "Organization"
    assert "江阳市安全生产监督管理局" in bureau.aliases
