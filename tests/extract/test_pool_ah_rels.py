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


def test_a_ministry_after_a_joint_or_preposition_is_a_body() -> None:
    # 甲还与某某部建立…制度: a ministry written right after 与 (a partner's joint) is the
    # country's body, as at the head of a sentence, not a department of the word before it
    text = "自2015年起，中国农林水利工会还与水利部建立了定期会商制度。"
    assert _partners(edges(text), "中国农林水利工会", "水利部")
    unit = "青禾县总工会组织部召开会议。"
    assert not any("组织部" in s or "组织部" in o for s, _, o in edges(unit))
