"""Public bodies, unions and places in the constructions pool AG showed the extraction
misreading, on sentences we wrote: every name of a body, place or person here is invented."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_county_s_sanitation_station_is_a_body_of_the_county() -> None:
    text = "上周,青田县总工会走访了县瑞达机械公司和县环卫站的职工。"
    assert "青田县环卫站" in _names(_extract(text)[0], "Organization")
    assert ("青田县环卫站", "locatedIn", "青田县") in _edges(text)


def test_a_hospital_s_medical_consortium_is_a_body() -> None:
    text = "青田县人民医院医共体召开首次职代会,审议了年度预算。"
    assert "青田县人民医院医共体" in _names(_extract(text)[0], "Organization")


def test_a_village_name_the_model_cut_in_two_is_joined_again() -> None:
    text = "志愿者先后建设了戴石岭村、白沙中桥社区两处服务点。"
    towns = _names(_extract(text)[0], "Town")
    assert {"戴石岭村", "白沙中桥社区"} <= towns
    assert not towns & {"石岭村", "中桥社区"}


def test_a_department_of_a_committee_named_with_the_party_is_the_committee_s() -> None:
    text = "副主席王明,中共青田县委常委、统战部部长李强陪同慰问。"
    assert "青田县委统战部" in _names(_extract(text)[0], "Organization")
    assert ("李强", "holdsPosition", "青田县委统战部") in _edges(text)


def test_a_county_s_and_its_towns_unions_together_are_no_one_union() -> None:
    text = "青田县总工会要求,县镇工会与信用社加强联系。"
    assert _names(_extract(text)[0], "Union") == {"青田县总工会"}


def test_a_congress_s_standing_committee_written_short_before_a_post_is_the_committee() -> None:
    text = "青田县人大常委副主任、县总工会主席李强主持会议。"
    assert "青田县人大常委会" in _names(_extract(text)[0], "Organization")
    assert ("李强", "holdsPosition", "青田县人大常委会") in _edges(text)


def test_a_congress_s_standing_member_is_no_committee() -> None:
    text = "青田县人大常委李强主持会议。"
    assert "青田县人大常委会" not in _names(_extract(text)[0], "Organization")
