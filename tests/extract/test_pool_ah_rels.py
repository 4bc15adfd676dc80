"""Relations between organizations on the study set AH (round 35), on sentences we wrote
(invented organizations and places)."""

from __future__ import annotations

from .conftest import edges


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "partneredWith", b) in got or (b, "partneredWith", a) in got


def test_a_body_whose_suffix_runs_into_together_is_cut_before_it() -> None:
    # 甲与乙电视台联合摄制: 联 opens 联合, so 台联 is no suffix of a 电视台联 and the two
    # bodies that make the film together are partners
    text = "由远帆市总工会与远帆市广播电视台联合摄制的五集专题片今起播出。"
    got = edges(text)
    assert _partners(got, "远帆市总工会", "远帆市广播电视台")
    assert not any("电视台联" in s or "电视台联" in o for s, _, o in got)
