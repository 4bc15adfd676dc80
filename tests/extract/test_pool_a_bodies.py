"""Mechanisms of public bodies found on the pooled held-out news A (the office of a union's
organ, 中心 written alone for the article's one centre, 周边 before a kind of village), on
sentences we wrote (invented bodies and people)."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_the_office_of_a_unions_organ_is_no_body():
    ex, _ = _extract(
        "远帆市总工会组织慰问，经费审查委员会办公室主任钟晓岚、女职工委员会办公室林启明参加。"
    )
    bodies = _names(ex, "Organization") | _names(ex, "Union")
    assert not any(n.endswith("办公室") for n in bodies)


def test_a_centre_written_alone_is_the_articles_one_centre():
    found = _edges(
        "4月9日，青禾省林业技术中心举办职工运动会。中心党委书记、主任钟晓岚致辞，"
        "中心副主任林启明宣布开幕。"
    )
    assert ("钟晓岚", "holdsPosition", "青禾省林业技术中心") in found
    assert ("林启明", "holdsPosition", "青禾省林业技术中心") in found


def test_the_villages_around_are_no_village():
    ex, _ = _extract("远帆镇返乡职工代表、青禾村及周边村群众代表参加活动，周边社区居民也赶来观看。")
    assert not any(n.startswith("周边") for n in _names(ex, "Town"))


def test_a_union_of_social_organizations_is_one_union():
    """组织 ends the core as a verb would (为某区发展组织工会力量), but the model reads the whole
    name as one organization's: a union of a place's social organizations."""
    found = _edges("青禾市社会组织工会联合会日前成立，钟晓岚当选主席。")
    assert ("青禾市社会组织工会联合会", "chairedBy", "钟晓岚") in found
