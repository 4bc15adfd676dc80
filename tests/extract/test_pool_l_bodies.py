"""Mechanisms of public bodies and unions found on the pooled held-out news L (a word of the
sentence run into the name of a place's federation of unions, a court or a federation of firms
written short: 市高院, 某地中院, 市企联), on sentences we wrote (invented people and bodies; real
places, which the gazetteer must know)."""

from __future__ import annotations

from .conftest import extracted as _extract
from .conftest import names as _names


def test_a_places_federation_of_unions_is_named_by_its_places_alone() -> None:
    text = (
        "近日,在结对部门宜昌市总工会的帮助下,晨光村办起了夜校。"
        "第8届东海农博会湖北省总工会展台人气很旺。"
    )
    assert _names(_extract(text)[0], "Union") == {"宜昌市总工会", "湖北省总工会"}


def test_a_federation_under_a_chain_of_places_keeps_every_place() -> None:
    text = "湖北省宜昌市总工会主席钟晓岚出席。"
    assert _names(_extract(text)[0], "Union") == {"湖北省宜昌市总工会"}


def test_a_places_courts_and_federations_written_short_are_bodies_of_that_place() -> None:
    text = (
        "宜昌市总工会与市司法局建立了联动机制。随后,市高院、市企联等单位相继加入,"
        "共同为远帆物流有限公司职工化解纠纷。"
    )
    names = _names(_extract(text)[0], "Organization")
    assert {"宜昌市高院", "宜昌市企联"} <= names


def test_a_court_written_short_is_one_body_with_its_full_name() -> None:
    text = "宜昌市总工会与宜昌市中级人民法院签订协议。宜昌中院院长钟晓岚表示,将加强合作。"
    assert _names(_extract(text)[0], "Organization") == {"宜昌市中级人民法院"}
