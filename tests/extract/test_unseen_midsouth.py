"""Constructions of union news from central and southern provinces that the development
articles hardly hold (issue #13): every name here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_company_union_written_as_its_committee_is_the_one_union() -> None:
    # the guideline reads an elected 工会委员会 as its union: 公司工会 names the same body
    text = ("青禾县云杉建材有限公司召开第一届工会成立大会。随着“青禾县云杉建材有限公司工会委员会”"
            "揭牌,意味着公司工会正式成立。")  # fmt: skip
    unions = _names(_extract(text)[0], "Union")
    assert "青禾县云杉建材有限公司工会委员会" in unions
    assert "青禾县云杉建材有限公司工会" not in unions
    assert not any(rel == "founded" for _, rel, _ in _edges(text))


def test_a_federation_only_attending_the_plaque_did_not_found_the_union() -> None:
    text = ("青州市云溪区汽车产业园工会联合会挂牌成立。区总工会主席李明,"
            "以及海滨、北岭区总工会的主要负责人等参加了揭牌活动。")  # fmt: skip
    assert not any(rel == "founded" for _, rel, _ in _edges(text))


def test_two_unions_of_one_place_abbreviating_each_other_are_one() -> None:
    text = ("全市第一个区级家政行业工会联合会——青州市云溪区家政服务行业工会联合会挂牌成立。"
            "云溪区家政行业工联会是云溪区总工会指导成立的第3家行业工联会。")  # fmt: skip
    unions = _names(_extract(text)[0], "Union")
    assert unions == {"青州市云溪区家政服务行业工会联合会", "云溪区总工会"}
    assert ("云溪区总工会", "founded", "青州市云溪区家政服务行业工会联合会") in _edges(text)


def test_a_county_after_a_groups_short_name_places_the_firm() -> None:
    # the county is real (the gazetteer's), the group and firm invented
    text = "近日,青禾缙云电机有限公司工会开展技能竞赛。"
    assert ("青禾缙云电机有限公司", "locatedIn", "缙云县") in _edges(text)
    # a name that begins with the place is read by the name's head, not as an inner one
    assert "青禾市" not in _names(_extract("缙云青禾电机有限公司举行活动。")[0], "Town")


def test_a_district_after_a_groups_short_name_places_the_plant() -> None:
    # the district is real (the gazetteer's), the group invented
    assert ("青禾田家庵发电厂", "locatedIn", "田家庵区") in _edges("青禾田家庵发电厂举行技能竞赛。")
