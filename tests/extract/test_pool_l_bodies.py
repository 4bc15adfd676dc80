"""Mechanisms of public bodies and unions found on the pooled held-out news L (a word of the
sentence run into the name of a place's federation of unions), on sentences we wrote (invented
people and bodies; real places, which the gazetteer must know)."""

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
