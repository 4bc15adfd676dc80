"""Constructions of district, county and street union news (issue #13, set U8): every name
here is invented for these tests."""

from __future__ import annotations

from .conftest import edges as _edges
from .conftest import extracted as _extract
from .conftest import types as _types


def test_village_committees_and_street_offices_are_bodies_in_their_place() -> None:
    text = "青禾区总工会来到柳溪镇石塘村村委会慰问。随后来到云杉街道办、桂园街道办慰问保洁员。"
    types = _types(text)
    assert types.get("柳溪镇石塘村村委会") == "Organization"
    assert types.get("云杉街道办") == types.get("桂园街道办") == "Organization"
    edges = _edges(text)
    assert ("柳溪镇石塘村村委会", "locatedIn", "石塘村") in edges
    assert ("桂园街道办", "locatedIn", "桂园街道") in edges


def test_a_residents_committee_is_a_body() -> None:
    types = _types("青禾区总工会来到桂园社区居委会慰问保洁员。")
    assert types.get("桂园社区居委会") == "Organization"


def test_a_district_committees_social_work_department_is_a_body() -> None:
    types = _types("青禾区总工会联合青禾区委社工部开展服务户外劳动者活动。")
    assert types.get("青禾区委社工部") == "Organization"


def test_unions_listed_after_the_count_of_a_district_union_belong_to_it() -> None:
    edges = _edges("青禾区总工会下辖三街一镇。包括：柳溪街道总工会、石塘街道总工会、云杉镇总工会。")
    for name in ("柳溪街道总工会", "石塘街道总工会", "云杉镇总工会"):
        assert (name, "subOrganizationOf", "青禾区总工会") in edges, name


def test_a_list_of_a_later_sentence_is_not_read_as_the_parents() -> None:
    edges = _edges("青禾区总工会下辖三街一镇。活动包括：柳溪街道总工会主办的职工运动会。")
    assert ("柳溪街道总工会", "subOrganizationOf", "青禾区总工会") not in edges


def test_a_doubled_character_the_model_reads_as_a_name_is_no_person() -> None:
    types = _types("炎炎夏日，青禾县总工会副主席林子航带队慰问环卫工人。")
    assert "炎炎" not in types
    assert types.get("林子航") == "Official"


def test_names_listed_before_a_kind_of_village_are_places() -> None:
    types = _types("下午，在石岭、杏沟、柳湾等村组，青禾县总工会慰问驻村干部。")
    assert types.get("石岭") == types.get("杏沟") == types.get("柳湾") == "Town"


def test_names_listed_before_village_cadres_are_no_places() -> None:
    types = _types("青禾县总工会慰问了，在林子航、许文彬等村干部家中座谈。")
    assert types.get("林子航") != "Town"


def test_a_districts_workers_service_centre_is_no_body() -> None:
    types = _types("青禾区职工服务中心负责人带队到青禾区公安分局进行验收。")
    assert "青禾区职工服务中心" not in types
    assert types.get("青禾区公安分局") == "Organization"


def test_a_union_relief_centre_is_no_body() -> None:
    types = _types("林子航一行到浙江省困难职工帮扶中心、远帆物流有限公司慰问。")
    assert not any(name.endswith("帮扶中心") for name in types)
    assert types.get("远帆物流有限公司") == "Company"


def test_a_source_line_naming_a_union_names_the_union() -> None:
    ex, _ = _extract(
        "青禾区总工会:柳溪街道总工会开展送清凉活动\n志愿者走上街头。\n来源:青禾区总工会"
    )
    kinds = {e.type for e in ex.entities if e.name == "青禾区总工会"}
    assert kinds == {"Union"}


def test_two_unions_listed_as_the_hosts_of_an_event_are_partners() -> None:
    edges = _edges("8月24日，青禾市总工会、青禾县总工会举办慰问农民工活动。")
    pair = {"青禾市总工会", "青禾县总工会"}
    assert any(t == "partneredWith" and {a, b} == pair for a, t, b in edges)


def test_a_community_union_written_alone_is_the_communitys_named_union() -> None:
    text = "柳溪街道桂园社区联合工会委员会开展送清凉活动。活动当天，社区工会志愿者走上街头。"
    unions = {e.name for e in _extract(text)[0].entities if e.type == "Union"}
    assert unions == {"柳溪街道桂园社区联合工会委员会"}


def test_a_community_named_after_a_street_is_one_place() -> None:
    text = "青禾县总工会在青禾县东关南街社区开展走访慰问活动。"
    ex, _ = _extract(text)
    towns = {e.name for e in ex.entities if e.type == "Town"}
    assert "东关南街社区" in towns, towns
