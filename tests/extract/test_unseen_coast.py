"""Constructions met in the reports of the coastal provinces' unions and the national industry
unions that the dev articles hold few of, on sentences we wrote (invented organizations and
people, real places)."""

from __future__ import annotations

from .conftest import types as _types


def test_a_centre_named_by_what_goes_on_in_it_is_a_venue_not_a_body():
    found = _types(
        "大会在启衡市职工文体中心举行。调研组走访了启衡经济开发区群团活动中心、"
        "云帆船模文化展示中心和启衡市职教中心。"
    )
    assert not any(name.endswith(("文体中心", "活动中心", "展示中心")) for name in found)
    assert found.get("启衡市职教中心") == "Organization"
