"""Companies the pool L got wrong: the items of a list counted as makes of a product
(某甲、某乙等4个品牌) are no businesses, as those counted as firms (等4家品牌) are, and a verb
of joint work the model reads as an organization before a firm's name after a comma
(，联合|某某集团推动…) is no part of the name, and a community named after a site (某某广场|社区)
is the community, not the site; on sentences we wrote (invented names)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_makes_counted_by_the_piece_are_no_businesses():
    ex, _ = _extract("汽车维修技能比赛决赛中，青禾、远帆、晨光、白鹭等4个品牌的维修工同台比武。")
    assert not {"青禾", "远帆", "晨光", "白鹭"} & _names(ex, "Company")
    ex, _ = _extract("物流行业工会成立，青禾、远帆、晨光、白鹭等4家品牌的快递员入会。")
    assert {"青禾", "远帆", "晨光", "白鹭"} <= _names(ex, "Company")


def test_a_joint_verb_read_as_a_name_is_no_part_of_the_next_name():
    ex, _ = _extract("市总工会积极参与重点工作，联合远帆集团推动货车司机入会。")
    assert "远帆集团" in _names(ex, "Company")


def test_a_community_named_after_a_site_is_the_community():
    ex, _ = _extract("在活动中，青禾路街道远帆广场社区、晨光道街道白鹭园社区分别召开职工大会。")
    assert "远帆广场社区" in _names(ex, "Town")
    assert "远帆广场" not in _names(ex, "Town")
